"""The claims matrix: who says what about which strike, one row per claimant, one cell per strike (or,
for one strike, per fact: toll, perpetrator, target), each cell claimed / disputed / unconfirmed with the
figure and the claims whose sentences back it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from api import models as m
from api.store import Store, strike_name

MAX_COLUMNS = 50
STANCE_ORDER = ("disputed", "claimed", "unconfirmed")  # a cell shows the strongest a source takes


def figure_text(killed: int | None, wounded: int | None, qualifier: str | None) -> str | None:
    parts = []
    if killed is not None:
        parts.append(f"{killed} killed")
    if wounded is not None:
        parts.append(f"{wounded} wounded")
    return f"{qualifier} {', '.join(parts)}" if parts and qualifier else ", ".join(parts) or None


class _Cells:
    """Cells being filled: (row, column) → the stances taken and the claims behind them."""

    def __init__(self) -> None:
        self.rows: dict[str, m.ActorRef] = {}
        self.stances: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.claims: dict[tuple[str, str], list[m.ClaimDetail]] = defaultdict(list)

    def add(self, actor: m.ActorRef, column: str, stance: str, claim: m.ClaimDetail) -> None:
        self.rows.setdefault(actor.id, actor)
        self.stances[actor.id, column].add(stance)
        if claim not in self.claims[actor.id, column]:
            self.claims[actor.id, column].append(claim)

    def add_claim(self, claim: m.ClaimDetail, column: str) -> None:
        """The claimants take the claim's own stance; its disputers dispute it."""
        for actor in claim.claimants:
            self.add(actor, column, claim.stance or "claimed", claim)
        for actor in claim.disputers:
            self.add(actor, column, "disputed", claim)

    def cells(self) -> list[m.MatrixCell]:
        found = []
        for (row, column), stances in self.stances.items():
            claims = self.claims[row, column]
            own = [c for c in claims if any(a.id == row for a in c.claimants) and c.stance != "disputed"]
            figure = next((c for c in reversed(own) if c.killed is not None or c.wounded is not None), None)
            found.append(
                m.MatrixCell(
                    row=row, column=column, stance=next(s for s in STANCE_ORDER if s in stances),
                    killed=figure.killed if figure else None, wounded=figure.wounded if figure else None,
                    qualifier=figure.qualifier if figure else None,
                    figure=figure_text(figure.killed, figure.wounded, figure.qualifier) if figure else None,
                    claim_ids=[c.id for c in claims],
                )
            )  # fmt: skip
        return found


def _rows(cells: _Cells) -> list[m.ActorRef]:
    counts: dict[str, int] = defaultdict(int)
    for row, _ in cells.stances:
        counts[row] += 1
    return sorted(cells.rows.values(), key=lambda a: (-counts[a.id], (a.name or "").lower(), a.id))


def strikes_matrix(store: Store, strike_ids: Iterable[str], total: int) -> m.Matrix:
    """Rows are claimants and disputers, columns the strikes, newest first."""
    strikes = store.strikes(list(strike_ids)[:MAX_COLUMNS])
    cells = _Cells()
    for strike in strikes:
        detail = store.read("api_strike_detail", id=strike.id)[0]
        for claim in store.claims(i for _, i in sorted(detail["claims"], key=lambda p: (p[0] or "", p[1]))):
            cells.add_claim(claim, strike.id)
    columns = [
        m.MatrixColumn(
            id=s.id, kind="strike", name=strike_name(s.kind, s.date, s.place.name if s.place else None)
        )
        for s in strikes
    ]
    return m.Matrix(rows=_rows(cells), columns=columns, cells=cells.cells(), truncated=total > len(strikes))


def strike_facts_matrix(store: Store, strike_id: str) -> m.Matrix:
    """For one strike, columns are its facts: the toll, the perpetrator, the target's identity."""
    strike = store.strike(strike_id)
    claims = store.claims(c.id for stance in ("claimed", "disputed", "unconfirmed")
                          for c in getattr(strike.claims, stance))  # fmt: skip
    cells = _Cells()
    for claim in claims:
        if claim.killed is not None or claim.wounded is not None:
            cells.add_claim(claim, "toll")
    named = {s.perpetrator.id: s for s in strike.perpetrator_sources}
    by_id = {c.id: c for c in claims}
    for source in named.values():
        for claim_id in source.claim_ids:
            cells.add_claim(by_id[claim_id], "perpetrator")
    targets = {t.id for t in strike.targets}
    for claim in claims:
        if targets & {s.id for s in claim.about}:
            cells.add_claim(claim, "target")
    perpetrators = ", ".join(p.name or p.id for p in strike.perpetrators) or "?"
    target_names = ", ".join(t.name or t.id for t in strike.targets) or "?"
    columns = [
        m.MatrixColumn(id="toll", kind="fact", name="toll"),
        m.MatrixColumn(id="perpetrator", kind="fact", name=f"carried out by {perpetrators}"),
        m.MatrixColumn(id="target", kind="fact", name=f"target: {target_names}"),
    ]
    return m.Matrix(rows=_rows(cells), columns=columns, cells=cells.cells(), truncated=False)
