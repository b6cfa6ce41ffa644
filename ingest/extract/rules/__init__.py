"""The extractor's word lists, mappings and Matcher patterns, kept as data beside it and loaded by name.

- `NAME.txt`: one term a line; `#` starts a comment, blank lines are ignored. `terms` gives the set,
  `words` the terms in file order (for lists read in order: months, qualifiers, regex alternatives).
- `NAME.json`: a mapping (`mapping`) or a list of Matcher patterns (`patterns`).

Read with importlib.resources, so the rules ship inside an installed wheel.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

PACKAGE = "ingest.extract.rules"


class MissingRules(LookupError):
    """No data file of that name beside the extractor."""


def _read(name: str, suffix: str) -> str:
    resource = files(PACKAGE) / f"{name}{suffix}"
    if not resource.is_file():
        raise MissingRules(f"no rule file {name}{suffix} in {PACKAGE}")
    return resource.read_text(encoding="utf-8")


@cache
def words(name: str) -> tuple[str, ...]:
    """The terms of NAME.txt in file order, without comments and blank lines."""
    found = (line.split("#", 1)[0].strip() for line in _read(name, ".txt").splitlines())
    return tuple(term for term in found if term)


@cache
def terms(name: str) -> frozenset[str]:
    return frozenset(words(name))


def mapping(name: str) -> dict:
    """NAME.json as a dict: a fresh copy, so a caller extending it changes no one else's."""
    return json.loads(_read(name, ".json"))


def patterns(name: str, /, **lists) -> list:
    """NAME.json's patterns. A string "@key" stands for a list filled in here: as a token of a pattern it
    becomes the tokens in `lists[key]`; as a value ("IN": "@key") it becomes `lists[key]` if given,
    else the sorted terms of key.txt. Matcher patterns are lists of token dicts, so JSON holds them as is."""
    return _fill(json.loads(_read(name, ".json")), lists)


def _fill(value, lists: dict):
    if isinstance(value, dict):
        return {k: _fill(v, lists) for k, v in value.items()}
    if isinstance(value, list):
        out = []
        for item in value:
            stands_for = lists.get(item[1:]) if isinstance(item, str) and item.startswith("@") else None
            if isinstance(stands_for, list) and all(isinstance(token, dict) for token in stands_for):
                out.extend(stands_for)  # a placeholder token: the tokens it stands for
            else:
                out.append(_fill(item, lists))
        return out
    if isinstance(value, str) and value.startswith("@"):
        key = value[1:]
        return lists[key] if key in lists else sorted(terms(key))
    return value
