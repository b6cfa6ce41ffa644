"""Clean: what of a text is story. Unwrap hard-wrapped lines and blank page furniture, bylines, credits
and captions, keeping the text's length so every offset still points into the text as given."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.rules import words

WRAP_FILL = 0.7  # a line at least this share of the widest is filled to the wrap margin
MAX_WRAP_WIDTH = 100  # wider lines are paragraphs, not a hard-wrapped column
MIN_WRAPPED_LINES = 3
# A line that ends a sentence: closing punctuation, perhaps inside quotes or brackets. A quote closed
# on a comma ("… on Aleppo,”) goes on into its attribution.
SENTENCE_END = re.compile(r"[.!?:][\"”’')\]]*$")
SHORT_WORDS = 15
HYPHEN_END = re.compile(r"[^\W\d_]-$")  # a line cut at the hyphen of a word such as "al-Shimali"
WORD_START = re.compile(r"[^\W\d_][\w'’-]*")


def _any_of(name: str, anchor: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One regex from the patterns of a rule file, each in `anchor`'s place of {}."""
    return re.compile(anchor.format("|".join(f"(?:{p})" for p in words(name))), flags)


FURNITURE = _any_of("furniture_lines", "^(?:{})$")
FURNITURE_START = _any_of("furniture_starts", "^(?:{})")
CREDIT = _any_of("credit_lines", "^(?:{})")
# Case counts in these two: a byline's names and an agency's credit are capitalised.
BYLINE = _any_of("bylines", "^(?:{})$", flags=0)
CREDIT_END = _any_of("credit_ends", "(?:{})$", flags=0)
NEWSLETTER = _any_of("newsletter_words", r"\b(?:{})\b")
CUE = _any_of("cue_words", r"\b(?:{})\b")


def is_boilerplate(line: str) -> bool:
    """Page furniture, credits and captions: never story, so nothing is extracted from them."""
    stripped = line.strip()
    if any(p.search(stripped) for p in (FURNITURE, CREDIT, BYLINE, CREDIT_END)):
        return True
    short = len(stripped.split()) <= SHORT_WORDS and not CUE.search(stripped)
    return short and bool(FURNITURE_START.match(stripped) or NEWSLETTER.search(stripped))


def unwrap(text: str) -> str:
    """Hard-wrapped text (newlines inside sentences, as pasted from e-mail, a PDF or a terminal) with
    each wrap turned into a space. The text keeps its length, so offsets into it are offsets into the
    text as given; paragraph breaks (a short line, a blank line) stay."""
    lines = text.split("\n")
    width = max((len(ln.rstrip()) for ln in lines), default=0)
    filled = [ln.rstrip() for ln in lines if width and len(ln.rstrip()) >= WRAP_FILL * width]
    mid_sentence = [ln for ln in filled if not SENTENCE_END.search(ln)]
    # A column of filled lines that mostly stop mid-sentence is a wrapped text; anything else is not.
    if width > MAX_WRAP_WIDTH or len(filled) < MIN_WRAPPED_LINES or 2 * len(mid_sentence) < len(filled):
        return text
    out: list[str] = []
    for i in range(len(lines) - 1):
        line, after = lines[i], lines[i + 1]
        end = line.rstrip()
        mid_sentence = len(end) >= WRAP_FILL * width and not SENTENCE_END.search(end)
        # The first line may be a headline, unwrapped only into a sentence that goes on in lower case.
        if not (mid_sentence and after.strip() and (i or after.lstrip()[:1].islower())):
            out.append(line + "\n")
        elif end == line and HYPHEN_END.search(line) and (word := WORD_START.match(after)):
            # "al-\nShimali": the word comes up to its hyphen and the space goes after it.
            out.append(line + word.group())
            lines[i + 1] = " " + after[word.end() :]
        else:
            out.append(line + " ")
    out.append(lines[-1])
    return "".join(out)


def without_furniture(text: str) -> str:
    """`text` with every furniture, credit and caption line blanked to spaces: the same length, so an
    offset into it is an offset into the text as given; nothing is extracted from what is blank."""
    return "\n".join(" " * len(line) if is_boilerplate(line) else line for line in text.split("\n"))


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each (start, end) span turned to spaces."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


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
