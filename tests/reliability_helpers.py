"""Shared by the reliability tests: a generated corpus, running `kg`, and what the graph holds.

The generated articles are ours: wire-style stories built from a few sentence patterns, so that many
articles name the same ministry, monitor, armed group, spokesmen and towns (which is what makes
concurrent writers collide) while every article's text is different. Every story about one town
carries the same date, so reports of a strike there resolve to one event in any order of writing.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from graph.db import Graph
from graph.settings import Settings
from ingest.model import ArticleGraph, ArticleInput, Claim, Entity, Membership, Strike

LABELS = ("Article", "Person", "Group", "Place", "Strike", "Claim")
RELATIONSHIPS = (
    "CLAIMED_BY", "DISPUTED_BY", "REPORTED_IN", "ABOUT", "LOCATED_IN", "CARRIED_OUT_BY", "TARGETED",
    "MENTIONS", "MEMBER_OF",
)  # fmt: skip

TOWNS = {
    "Idlib": "March 2, 2021", "Aleppo": "March 9, 2021", "Hama": "April 6, 2021", "Saraqeb": "April 20, 2021",
    "Jisr al-Shughur": "May 11, 2021", "Maarat al-Numan": "June 1, 2021",
}  # fmt: skip
MINISTRIES = ("Russia's Defence Ministry", "The Russian Defence Ministry")
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
    ministry, spokesman, rebel = r.choice(MINISTRIES), r.choice(SPOKESMEN), r.choice(REBEL_SPOKESMEN)
    fighters, civilians, day = r.randint(5, 60), r.randint(2, 30), r.choice(WEEKDAYS)
    return (
        f"Strike near {town} killed {fighters} fighters, ministry says\n\n"
        f"{TOWNS[town]}\n\n"
        f"MOSCOW — {ministry} said on {day} that its aircraft struck a command post near {town}, "
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
    return [sys.executable, "-m", "graph.cli", *args]


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
    """Ids held by more than one node of a label, and names held by more than one actor or place."""
    found = {}
    for label in LABELS:
        rows = graph.read(
            f"MATCH (n:{label}) WITH n.id AS id, count(n) AS copies WHERE copies > 1 RETURN id, copies"
        )
        if rows:
            found[f"{label}.id"] = rows
    for label in ("Person", "Group", "Place"):
        rows = graph.read(
            f"MATCH (n:{label}) WITH n.name AS name, collect(n.id) AS ids "
            "WHERE size(ids) > 1 RETURN name, ids"
        )
        if rows:
            found[f"{label}.name"] = rows
    return found


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
            claims.append(
                (row["claim"], row["sentence"], row["start"], row["end"], tuple(sorted(row["claimants"])))
            )
    return {article: sorted(claims) for article, claims in found.items()}


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]
