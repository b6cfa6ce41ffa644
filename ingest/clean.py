"""Remove page furniture (donation appeals, "Load More", related-story lists) without touching story text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Lines that are furniture whatever their context.
FURNITURE = re.compile(
    r"^(?:load more|read more|related(?: articles| stories| coverage)?:?|advertisement|"
    r"share this (?:article|story)|you might also like|recommended(?: for you)?|trending now|most read|"
    r"all rights reserved\.?|getty images|comments?|print|email|facebook|twitter|whatsapp|linkedin|"
    r"expand / collapse search)$",
    re.IGNORECASE,
)
# Lines that start like furniture. Only short ones without an attribution are dropped: "More in
# Kabul were wounded, police said." starts like a section link but is story text.
FURNITURE_START = re.compile(
    r"^(?:more in\b|sign up\b|subscribe\b|(?:please )?(?:donate|make a donation)\b|"
    r"support (?:us|our|independent)\b|click here\b|follow us\b|join our\b|get our\b|"
    r"become a (?:member|subscriber)\b|copyright\b|©|photo:|image:)",
    re.IGNORECASE,
)
NEWSLETTER = re.compile(r"\bnewsletters?\b", re.IGNORECASE)
CUE = re.compile(r"\b(?:said|says|told|according|reported|claimed|denied|announced|stated)\b", re.IGNORECASE)
SHORT_WORDS = 15


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    if FURNITURE.match(stripped):
        return True
    short = len(stripped.split()) <= SHORT_WORDS and not CUE.search(stripped)
    return short and bool(FURNITURE_START.match(stripped) or NEWSLETTER.search(stripped))


def clean_text(text: str) -> str:
    """Drop furniture lines; keep every other line exactly as written, so offsets stay meaningful."""
    kept = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept = [ln for ln in kept if not is_boilerplate(ln)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None = None
    url: str | None = None  # the page's canonical url, when it names one
    outlet: str | None = None
    date: str | None = None


def html_to_text(html: str) -> HtmlPage:
    """The main text and metadata of an HTML page, with trafilatura's boilerplate removal."""
    import trafilatura

    found = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    if found is None:
        return HtmlPage("")
    return HtmlPage(found.text or "", found.title, found.url, found.sitename, found.date)
