"""The registry of one article: the entities it names, their mentions, memberships and sides."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from graph import ids
from graph.vocab import name_key
from ingest.extract.gazetteer import Country, Gazetteer, PlaceRef
from ingest.extract.names import ascii_name, clean_surface, surname_key
from ingest.extract.rules import mapping, terms, words
from ingest.model import Entity, Membership

GOVERNING = re.compile(r"\b(?:" + "|".join(words("governing_words")) + r")\b", re.I)
DESCRIPTION_HEADS = terms("description_heads")
KIND_FOR_HEAD = {head: frozenset(kinds) for head, kinds in mapping("kind_for_head").items()}


@dataclass
class Mention:
    start: int  # token indexes in the doc
    end: int
    entity_id: str
    surface: str


@dataclass
class Registry:
    """What one article names, built while reading it in order."""

    gz: Gazetteer
    context: set[str]  # ISO codes of the countries the article names
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    given_names: dict[str, str | None] = field(default_factory=dict)  # None: two people share it
    memberships: dict[tuple[str, str], str] = field(default_factory=dict)
    affiliation: dict[str, str] = field(default_factory=dict)  # actor id → ISO code of the side it belongs to
    heads: dict[str, list[str]] = field(default_factory=dict)  # head noun → actor ids in order of mention

    # ------------------------------------------------------------------ adding entities

    def _put(self, entity: Entity, surface: str | None) -> str:
        known = self.entities.get(entity.id)
        if known is None:
            self.entities[entity.id] = known = entity
        elif entity.mentioned and not known.mentioned:
            known.mentioned = True
        if surface:
            surface = clean_surface(surface)
            if surface and surface != known.name and surface not in known.aliases:
                known.aliases.append(surface)
        return known.id

    def add_place(self, ref: PlaceRef, surface: str | None, *, mentioned: bool = True) -> str:
        name = ascii_name(ref.name)
        aliases = [a for a in {ref.name, *ref.aliases} if a != name]
        pid = self._put(
            Entity(
                id=ref.id,
                label="Place",
                name=name,
                aliases=sorted(aliases),
                kind=ref.kind,
                country_code=ref.country_code,
                lat=ref.lat,
                lon=ref.lon,
                parent_id=ref.parent,
                mentioned=mentioned,
            ),
            surface,
        )
        parent = self.gz.parent(ref)
        if parent and parent.id not in self.entities:
            self.add_place(parent, None, mentioned=False)
        return pid

    def add_text_place(self, name: str, kind: str, parent_id: str | None, country_code: str | None) -> str:
        """A place the gazetteers do not know, named in the text ("the village of Kalaz Taktani")."""
        pid = ids.text_place(country_code, name)
        return self._put(
            Entity(
                id=pid, label="Place", name=name, kind=kind, country_code=country_code, parent_id=parent_id
            ),
            name,
        )

    def add_actor(self, actor: dict, surface: str | None) -> str:
        if actor["label"] == "Person":
            entity = Entity(
                id=actor["id"], label="Person", name=actor["name"], aliases=list(actor["aliases"])
            )
            for word in {actor["name"].split()[-1], *(a for a in actor["aliases"] if " " not in a)}:
                self.surnames.setdefault(surname_key(word), actor["id"])
        else:
            entity = Entity(
                id=actor["id"],
                label="Group",
                name=actor["name"],
                aliases=list(actor["aliases"]),
                kind=actor["kind"],
            )
        aid = self._put(entity, surface)
        if actor.get("country"):
            self.affiliation.setdefault(aid, actor["country"])
        if actor.get("member_of"):
            group_id, role = actor["member_of"]
            group = self.group_by_id(group_id)
            if group:
                self.memberships.setdefault((aid, group), role)
                self.affiliation.setdefault(aid, self.affiliation.get(group, ""))
        self._note_heads(aid, entity.name, surface)
        return aid

    def group_by_id(self, group_id: str) -> str | None:
        if group_id in self.entities:
            return group_id
        code = ids.state_code(group_id)
        if code:
            country = self.gz.countries.get(code)
            return self.add_state(country, None, mentioned=False) if country else None
        actor = self.gz.actors.get(group_id)
        if actor:
            aid = self.add_actor(actor, None)
            self.entities[aid].mentioned = aid in {m.entity_id for m in self.mentions}
            return aid
        return None

    def add_group(
        self,
        gid: str,
        name: str,
        kind: str,
        surface: str | None,
        country: str | None,
        aliases: list[str] | None = None,
    ) -> str:
        actor = self.gz.actor(name)
        if actor and actor["label"] == "Group":
            return self.add_actor(actor, surface)
        aid = self._put(
            Entity(id=gid, label="Group", name=name, kind=kind, aliases=sorted(set(aliases or []) - {name})),
            surface,
        )
        if country:
            self.affiliation.setdefault(aid, country)
        self._note_heads(aid, name, surface)
        return aid

    def add_state(self, country: Country, surface: str | None, *, mentioned: bool = True) -> str:
        """A country acting: a Group of kind state beside its Place."""
        names = sorted(country.names | {f"{country.demonym} government"} - {country.name})
        sid = self._put(
            Entity(
                id=country.state_id,
                label="Group",
                name=country.name,
                aliases=names,
                kind="state",
                mentioned=mentioned,
            ),
            surface,
        )
        self.affiliation[sid] = country.code
        self._note_heads(sid, "government", None)
        return sid

    def add_person(self, name: str, surface: str) -> str:
        actor = self.gz.actor(name)
        if actor and actor["label"] == "Person":
            return self.add_actor(actor, surface)
        words = name.split()
        if len(words) == 1 and (known := self.person_by_name_part(name)):
            return self._put(self.entities[known], surface)
        pid = self._put(Entity(id=ids.person(name), label="Person", name=name), surface)
        if len(words) > 1:
            self.surnames.setdefault(surname_key(words[-1]), pid)
        if len(words) == 2:  # "Abiy Ahmed" … "Abiy said": some naming customs keep the given name
            key = name_key(words[0])
            self.given_names[key] = pid if self.given_names.get(key, pid) == pid else None
        return pid

    def person_by_name_part(self, word: str) -> str | None:
        """The person a one-word name stands for: a surname met, else a given name only one person has."""
        return self.surnames.get(surname_key(word)) or self.given_names.get(name_key(word))

    def _note_heads(self, aid: str, name: str, surface: str | None) -> None:
        for text in (name, surface or ""):
            for word in name_key(text).split():
                if word in DESCRIPTION_HEADS:
                    order = self.heads.setdefault(word, [])
                    if aid in order:
                        order.remove(aid)
                    order.append(aid)
        kind = self.entities[aid].kind
        for head, kinds in KIND_FOR_HEAD.items():
            # a ministry or a town council is no "the government": only a state or one named a government is
            if kind in kinds and (kind != "government" or GOVERNING.search(name)):
                order = self.heads.setdefault(head, [])
                if aid not in order:
                    order.append(aid)

    def mention(self, span: Span | tuple[int, int], entity_id: str, surface: str) -> None:
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        m = Mention(start, end, entity_id, surface)
        self.mentions.append(m)
        for i in range(start, end):
            self.by_token[i] = m

    def memberships_list(self) -> list[Membership]:
        return [
            Membership(person_id=p, group_id=g, role=r)
            for (p, g), r in self.memberships.items()
            if p in self.entities and g in self.entities
        ]

    # ------------------------------------------------------------------ looking up

    def label(self, entity_id: str) -> str:
        return self.entities[entity_id].label

    def describe(self, head: str, before: int | None = None, *, ahead: bool = True) -> str | None:
        """The actor a definite description ("the ministry", "the Observatory") names: the latest so named,
        and with `before` (a token index) the one last mentioned before that point in the text."""
        order = self.heads.get(head.lower())
        if not order:
            return None
        if before is not None:
            last_seen = {
                m.entity_id: m.start for m in self.mentions if m.start < before and m.entity_id in order
            }
            if last_seen:
                return max(last_seen, key=last_seen.get)
            if not ahead:
                return None
            first_seen: dict[str, int] = {}
            for m in self.mentions:
                if m.entity_id in order:
                    first_seen.setdefault(m.entity_id, m.start)
            return min(first_seen, key=first_seen.get) if first_seen else None  # a lead names it later
        return order[-1]

    def side(self, actor_id: str) -> str | None:
        """The country an actor speaks for, to tell a denial from a rebuttal of one's own side."""
        if self.affiliation.get(actor_id):
            return self.affiliation[actor_id]
        for (person, group), _ in self.memberships.items():
            if person == actor_id and self.affiliation.get(group):
                return self.affiliation[group]
        return None
