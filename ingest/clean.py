"""Remove page furniture (donation appeals, "Load More", related-story lists) without touching story text."""

from __future__ import annotations

import re

BOILERPLATE = re.compile(
    r"^\s*(?:"
    r"load more|read more|more in\b.*|related(?: articles| stories| coverage)?:?|advertisement|"
    r"sign up for .*newsletter.*|subscribe to .*|.*\bnewsletter\b.*sign up.*|share this (?:article|story)|"
    r"(?:please )?(?:donate|support our journalism|make a donation).*|click here to .*|"
    r"follow us on .*|you might also like|recommended(?: for you)?|trending now|most read|"
    r"copyright ©.*|© \d{4}.*|all rights reserved\.?|photo:.*|image:.*|getty images|"
    r"comments?|print|email|facebook|twitter|whatsapp|linkedin"
    r")\s*$",
    re.IGNORECASE,
)
APPEAL = re.compile(r"\b(?:donat|subscri|newsletter|support (?:us|our)|sign up)\w*", re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    if BOILERPLATE.match(stripped):
        return True
    # Short imperative appeals ("Support independent journalism — donate today") are furniture;
    # a long sentence that mentions a newsletter is story text and stays.
    return bool(APPEAL.search(stripped)) and len(stripped.split()) <= 25 and not stripped.endswith(('"', "”"))


def clean_text(text: str) -> str:
    """Drop furniture lines; keep every other line exactly as written, so offsets stay meaningful."""
    kept = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept = [ln for ln in kept if not is_boilerplate(ln)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def html_to_text(html: str) -> tuple[str | None, str]:
    """(title, main text) of an HTML page, with trafilatura's boilerplate removal."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    if extracted is None:
        return None, ""
    title = getattr(extracted, "title", None)
    return title, getattr(extracted, "text", None) or ""
