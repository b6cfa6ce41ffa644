"""Which article links may be stored and shown: absolute http(s) URLs only.

Anything else (`javascript:`, `data:`, `file:`, a relative path) would land in an explorer link's
`href`: a script run by whoever clicks it, or a link to nowhere.
"""

from __future__ import annotations

from urllib.parse import urlsplit

WEB_SCHEMES = frozenset({"http", "https"})


def web_url(value: str | None) -> str | None:
    """`value` without surrounding spaces when it is an absolute http or https URL, else None."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    # urlsplit drops tabs and newlines anywhere, as browsers do, so "java\tscript:" is seen as javascript.
    parts = urlsplit(value)
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return value
