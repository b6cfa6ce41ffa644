"""Shared by the reliability tests: a generated corpus, running `kg`, and what the graph holds.

The generated articles are ours: wire-style stories built from a few sentence patterns, so that many
articles name the same ministry, monitor, armed group, spokesmen and towns (which is what makes
concurrent writers collide) while every article's text is different. Every story about one town
carries the same date, so the reports of strikes there fall in one window of the strike resolver.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from graph.db import Graph
from graph.settings import Settings
from ingest.model import ArticleGraph, ArticleInput, Claim, Entity, Membership, Strike
from ingest.pipeline import IngestReport
from ingest.read import read_paths
from ingest.resolve import STRIKE_WINDOW_DAYS
from ingest.run import prepare_ingest

LABELS = ("Article", "Person", "Group", "Place", "Strike", "Claim")
RELATIONSHIPS = (
    "CLAIMED_BY", "DISPUTED_BY", "REPORTED_IN", "ABOUT", "LOCATED_IN", "CARRIED_OUT_BY", "TARGETED",
    "MENTIONS", "MEMBER_OF",
)  # fmt: skip

TOWNS = {
    "Idlib": "March 2, 2021", "Aleppo": "March 9, 2021", "Hama": "April 6, 2021", "Saraqeb": "April 20, 2021",
    "Jisr al-Shughur": "May 11, 2021", "Maarat al-Numan": "June 1, 2021",
}  # fmt: skip
MINISTRY = "Russia's Defence Ministry"
GROUPS = ("Hayat Tahrir al-Sham", "the Free Syrian Army")
MONITORS = ("The Syrian Observatory for Human Rights", "The White Helmets rescue group")
SPOKESMEN = ("Ivan Sokolov", "Pavel Orlov")
REBEL_SPOKESMEN = ("Abu Khalid al-Hamwi", "Omar Haddad")
AGENCIES = ("Reuters", "The Associated Press", "Agence France-Presse")
SITES = ("market", "bakery", "school", "hospital")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def article_text(seed: int) -> str:
    """One wire story; the same seed always gives the same text."""
    r = random.Random(seed)
    town, group, monitor = r.choice(sorted(TOWNS)), r.choice(GROUPS), r.choice(MONITORS)
    spokesman, rebel = r.choice(SPOKESMEN), r.choice(REBEL_SPOKESMEN)
    fighters, civilians, day = r.randint(5, 60), r.randint(2, 30), r.choice(WEEKDAYS)
    return (
        f"Strike near {town} killed {fighters} fighters, ministry says\n\n"
        f"{TOWNS[town]}\n\n"
        f"MOSCOW — {MINISTRY} said on {day} that its aircraft struck a command post near {town}, "
        f"killing {fighters} fighters of {group}.\n\n"
        f"{monitor} said the strike hit a {r.choice(SITES)} in {town} and killed {civilians} civilians.\n\n"
        f"{group[0].upper() + group[1:]} denied that any of its commanders were killed, "
        f"spokesman {rebel} told {r.choice(AGENCIES)}.\n\n"
        f"Ministry spokesman {spokesman} said the operation near {town} would continue "
        f"until the last of the militants had left (story {seed}).\n"
    )


SHARED_ENTITIES = [
    Entity(id="place:syria", label="Place", name="Syria", kind="country", country_code="SY"),
    Entity(id="place:idlib", label="Place", name="Idlib", kind="city", parent_id="place:syria"),
    Entity(id="group:ministry", label="Group", name="Defence Ministry", kind="government"),
    Entity(id="group:monitor", label="Group", name="War Monitor", kind="ngo"),
    *(Entity(id=f"person:speaker-{k}", label="Person", name=f"Speaker {k}") for k in range(4)),
]


def shared_story(writer_no: int, number: int) -> ArticleGraph:
    """A hand-built article that names the same people, groups and places as every other one."""
    article = ArticleInput(source_name=f"w{writer_no}-{number}.txt", text=f"story {writer_no} {number}")
    strike = Strike(
        id=f"strike:{article.id}", kind="airstrike", date="2021-03-02", place_id="place:idlib",
        perpetrator_ids=["group:ministry"],
    )  # fmt: skip
    claims = [
        Claim(
            id=f"claim:{article.id}:{k}", text="t", sentence="s", start=k, end=k + 1, cue="said",
            confidence=0.9, claimant_ids=[f"person:speaker-{k}"], about_ids=[strike.id, "place:idlib"],
            disputer_ids=["group:monitor"] if k == 0 else [],
        )
        for k in range(4)
    ]  # fmt: skip
    return ArticleGraph(
        article=article, entities=SHARED_ENTITIES, claims=claims, strikes=[strike],
        memberships=[Membership(person_id="person:speaker-0", group_id="group:ministry", role="spokesman")],
    )  # fmt: skip


def write_corpus(directory: Path, count: int, first_seed: int = 0) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in range(first_seed, first_seed + count):
        path = directory / f"story_{seed:04d}.txt"
        path.write_text(article_text(seed), encoding="utf-8")
        paths.append(path)
    return paths


def ingest_here(graph: Graph, extractor, *paths: Path) -> IngestReport:
    """What `kg ingest PATHS` does, in this process: a reference run without a second model load."""
    report = prepare_ingest(graph, Settings(_env_file=None), extractor)(read_paths(paths))
    assert not report.failed, report.failed
    return report


def kg_env(settings: Settings) -> dict[str, str]:
    """The environment that points a `kg` subprocess at the test server."""
    env = {
        **os.environ,
        "KG_DATA_DIR": str(settings.data_dir),
        "KG_BOLT_PORT": str(settings.bolt_port),
        "KG_HTTP_PORT": str(settings.http_port),
        "COLUMNS": "200",
    }
    for name in ("KG_BOLT_URI", "KG_PASSWORD", "KG_USER", "KG_DATABASE"):
        env.pop(name, None)
    return env


def kg_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimgraph", *args]


def run_kg(settings: Settings, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        kg_command(*args), env=kg_env(settings), capture_output=True, text=True, timeout=timeout
    )


def start_kg(settings: Settings, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        kg_command(*args), env=kg_env(settings), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def counts(graph: Graph) -> dict[str, int]:
    """Nodes per label and relationships per type: what a repeated ingest must leave unchanged."""
    found = {}
    for label in LABELS:
        found[label] = graph.read(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"]
    for rel in RELATIONSHIPS:
        found[rel] = graph.read(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n")[0]["n"]
    return found


def duplicates(graph: Graph) -> dict[str, list]:
    """Ids held by more than one node of a label, relationships repeated between the same two nodes, and
    names held by more than one actor or place (which extraction, not a race, may explain); sorted."""
    found = {}
    for label in LABELS:
        rows = graph.read(
            f"MATCH (n:{label}) WITH n.id AS id, count(n) AS copies WHERE copies > 1 RETURN id, copies"
        )
        found[f"{label}.id"] = sorted((r["id"], r["copies"]) for r in rows)
    rows = graph.read(
        "MATCH (a)-[r]->(b) WITH a.id AS source, type(r) AS type, b.id AS target, count(r) AS copies "
        "WHERE copies > 1 RETURN source, type, target, copies"
    )
    found["relationships.id"] = sorted((r["source"], r["type"], r["target"], r["copies"]) for r in rows)
    for label in ("Person", "Group", "Place"):
        rows = graph.read(
            f"MATCH (n:{label}) WITH n.name AS name, collect(n.id) AS ids "
            "WHERE size(ids) > 1 RETURN name, ids"
        )
        found[f"{label}.name"] = sorted((r["name"], sorted(r["ids"])) for r in rows)
    return {key: rows for key, rows in found.items() if rows}


def claims_by_article(graph: Graph) -> dict[str, list[tuple]]:
    """Every article's claims (id, sentence, offsets, claimants), to compare whole articles between runs."""
    rows = graph.read(
        "MATCH (a:Article) OPTIONAL MATCH (c:Claim)-[:REPORTED_IN]->(a) "
        "OPTIONAL MATCH (c)-[:CLAIMED_BY]->(x) "
        "WITH a, c, collect(x.id) AS claimants "
        "RETURN a.id AS article, c.id AS claim, c.sentence AS sentence, c.start AS start, c.end AS end, "
        "claimants"
    )
    found: dict[str, list[tuple]] = {}
    for row in rows:
        claims = found.setdefault(row["article"], [])
        if row["claim"]:
            claimants = tuple(sorted(row["claimants"]))
            claims.append((row["claim"], row["sentence"], row["start"], row["end"], claimants))
    return {article: sorted(claims) for article, claims in found.items()}


def mentions_by_article(graph: Graph) -> dict[str, list[str]]:
    """What each article mentions. A strike is named by the articles that report it, not by its id:
    reports of one event keep the id of whichever was written first, so only the grouping is stable."""
    reporters = {
        row["strike"]: "strike reported in " + ", ".join(sorted(row["articles"]))
        for row in graph.read(
            "MATCH (s:Strike)<-[:MENTIONS]-(a:Article) RETURN s.id AS strike, collect(a.id) AS articles"
        )
    }
    rows = graph.read(
        "MATCH (a:Article) OPTIONAL MATCH (a)-[:MENTIONS]->(n) RETURN a.id AS article, n.id AS node"
    )
    found: dict[str, list[str]] = {}
    for row in rows:
        node = row["node"]
        found.setdefault(row["article"], []).extend([reporters.get(node, node)] if node else [])
    return {article: sorted(nodes) for article, nodes in found.items()}


def ungrouped(mentions: list[str]) -> list[str]:
    """An article's mentions with each strike as just "strike": what the article itself wrote, whichever
    other articles' reports its strikes were since grouped with."""
    return sorted("strike" if m.startswith("strike ") else m for m in mentions)


def mergeable_strikes(graph: Graph) -> list[tuple[str, str]]:
    """Pairs of strikes the writer would have made one, had it seen them one after the other: same
    place and kind, dates within its window, perpetrators shared or unknown on one side. A pair left
    standing after concurrent runs is a strike duplicated by a race."""
    rows = graph.read(
        "MATCH (a:Strike)-[:LOCATED_IN]->(:Place)<-[:LOCATED_IN]-(b:Strike) "
        "WHERE a.id < b.id AND a.kind = b.kind AND a.date IS NOT NULL AND b.date IS NOT NULL "
        "OPTIONAL MATCH (a)-[:CARRIED_OUT_BY]->(x) WITH a, b, collect(x.id) AS by_a "
        "OPTIONAL MATCH (b)-[:CARRIED_OUT_BY]->(y) "
        "RETURN a.id AS a, a.date AS a_date, by_a, b.id AS b, b.date AS b_date, collect(y.id) AS by_b"
    )
    return [
        (row["a"], row["b"])
        for row in rows
        if abs((date.fromisoformat(row["a_date"]) - date.fromisoformat(row["b_date"])).days)
        <= STRIKE_WINDOW_DAYS
        and (not row["by_a"] or not row["by_b"] or set(row["by_a"]) & set(row["by_b"]))
    ]


def summary_count(stderr: str, status: str) -> int:
    """The number of articles in one row ("written", "unchanged", "failed") of `kg ingest`'s summary."""
    match = re.search(rf"{status}\s*│\s*(\d+)", stderr)
    assert match, f"no {status!r} row in:\n{stderr}"
    return int(match.group(1))


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]
