"""The graph's own vocabulary: labels, kinds, stances and the keys names are compared by.

Every layer speaks it: extraction produces these values, the writer stores them, the API filters by
them. It lives at the bottom so that neither the API nor the writer has to import the extractor.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Literal

EntityLabel = Literal["Person", "Group", "Place"]
GroupKind = Literal[
    "state", "military", "government", "armed_group", "media", "ngo", "intl_org", "other"
]  # fmt: skip
PlaceKind = Literal["country", "admin", "city", "village", "site", "region"]
StrikeKind = Literal[
    "airstrike", "shelling", "bombing", "missile", "drone", "chemical", "ground_attack", "other"
]  # fmt: skip
DatePrecision = Literal["day", "week", "month", "year"]
Stance = Literal["claimed", "disputed", "unconfirmed"]
Fate = Literal["killed", "wounded", "captured", "alive"]


_NOT_KEY = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-': the readable part of an id."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("’", "'").lower()
    return re.sub(r"[^a-z0-9]+", "-", text.replace("'", "")).strip("-") or "x"


def name_key(text: str) -> str:
    """The one key names are compared by, everywhere (gazetteer, resolution, search, the writer's
    search names): ASCII-folded, lower case, punctuation to single spaces, a leading "the" dropped.
    Fast enough for half a million place names."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace("'", "")
    key = _NOT_KEY.sub(" ", folded).strip()
    return key[4:] if key.startswith("the ") else key


def short_hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]
