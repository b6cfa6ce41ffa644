"""Every node id, built and parsed here and nowhere else.

Ids are stable strings, so writing the same article twice changes nothing: an article's from its url
or source name, actors' and places' from their canonical names or gazetteer keys, claims' and
strikes' from their article and position. The prefix is the kind of node; what follows never holds
':'. Parsing is only ever needed for the country code inside a state's or a country's id.
"""

from __future__ import annotations

from graph.vocab import short_hash, slug

_STATE = "group:state-"
_COUNTRY = "place:country-"


def article(url_or_source_name: str) -> str:
    return f"article:{short_hash(url_or_source_name)}"


def claim(article_id: str, *position: object) -> str:
    return f"claim:{short_hash(article_id, *position)}"


def strike(article_id: str, *position: object) -> str:
    return f"strike:{short_hash(article_id, *position)}"


def person(name: str) -> str:
    return f"person:{slug(name)}"


def group(name: str) -> str:
    """A group known by its name alone ("Syrian Observatory for Human Rights")."""
    return f"group:{slug(name)}"


def unnamed_group(description: str) -> str:
    """A source the text describes but does not name ("a medical official", "witnesses")."""
    return f"group:anon-{slug(description)}"


def is_unnamed(actor_id: str) -> bool:
    return actor_id.startswith("group:anon-")


def state(country_code: str) -> str:
    return f"{_STATE}{country_code.lower()}"


def national_body(country_code: str, body: str) -> str:
    """A country's own ministry, military or air force: `national_body("SY", "ministry-defense")`."""
    return f"group:{country_code.lower()}-{slug(body)}"


def country(country_code: str) -> str:
    return f"{_COUNTRY}{country_code.lower()}"


def admin1(country_code: str, admin_code: str) -> str:
    return f"place:{country_code.lower()}-adm1-{slug(admin_code)}"


def geonames_place(geonameid: int | str) -> str:
    return f"place:gn-{geonameid}"


def listed_place(name: str) -> str:
    """A place of the project's own list that GeoNames lacks."""
    return f"place:{slug(name)}"


def text_place(country_code: str | None, name: str) -> str:
    """A place the gazetteers do not know, named as one in the text ("the village of X")."""
    return f"place:{(country_code or 'xx').lower()}-{slug(name)}"


def state_code(actor_id: str) -> str | None:
    """The upper-case country code of a state's id, None for any other id (such as a group named
    "State Department", whose id shares the state prefix)."""
    return _code_after(_STATE, actor_id)


def country_code(place_id: str) -> str | None:
    """The upper-case country code of a country's id, None for any other id."""
    return _code_after(_COUNTRY, place_id)


def _code_after(prefix: str, node_id: str) -> str | None:
    code = node_id.removeprefix(prefix)
    return code.upper() if node_id.startswith(prefix) and len(code) == 2 and code.isalpha() else None
