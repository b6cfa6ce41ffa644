"""The reader: a bad document is one clear error naming it; a good one keeps the text claims point into."""

from __future__ import annotations

import codecs
import json
import os
import random
import sys
import threading
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from graph.errors import InputError
from ingest.clean import without_furniture
from ingest.model import ArticleInput
from ingest.read import from_text, parse_date, read_paths
from tests.support import CORPUS, SHARED

STORY = (
    "Ministry says strike destroyed depot near Harran\n\n"
    "March 3, 2021\n\n"
    "HARRAN — The Defence Ministry said on Tuesday that its aircraft destroyed a weapons depot near Harran, "
    "killing 12 fighters.\n\n"
    "The Northern Front denied the claim, saying the building was a grain store.\n"
)


def read_all(*paths: Path | str, **options) -> list:
    return list(read_paths([str(p) for p in paths], **options))


def the_error(path: Path) -> InputError:
    [item] = read_all(path)
    assert isinstance(item, InputError), item
    return item


def written(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


BAD_DOCUMENTS = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n   \n", "empty file (only whitespace)"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file (PNG image), not text"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document), not text"),
    ("noise.txt", random.Random(7).randbytes(4096), "binary file, not text"),
    (
        "broken.txt",
        "The minister said “no” and left.".encode() + b" Then \xe2\x80 he returned.",
        "invalid UTF-8 (broken byte sequence at byte 42)",
    ),
    (
        "bad.json",
        b'{"title": "Strike", "text": "The army said',
        "malformed JSON at line 1, column 29: Unterminated string",
    ),
    ("notext.json", b'{"title": "Strike", "url": "https://example.org/a"}', "JSON article has no 'text'"),
    ("blanktext.json", b'{"text": "   "}', "JSON article has no 'text'"),
    ("string.json", b'"The army said it shot down two drones."', "must be an object with a 'text' field"),
    (
        "app.html",  # a page saved before its scripts filled it in
        b"<!doctype html><html><head><script>window.app = {}</script></head>"
        b"<body><div id=root></div></body></html>",
        "no article text found in the HTML page",
    ),
    ("furniture.txt", b"Load More\n\nAdvertisement\n", "no article text"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_DOCUMENTS, ids=[b[0] for b in BAD_DOCUMENTS])
def test_a_bad_document_is_one_line_naming_it_and_why(tmp_path, name, content, reason):
    path = written(tmp_path, name, content)
    error = the_error(path)
    assert reason in error.reason
    assert error.source == str(path)
    assert str(error) == f"{path}: {error.reason}" and "\n" not in str(error)


def test_bad_documents_do_not_stop_the_good_ones(tmp_path):
    for name, content, _ in BAD_DOCUMENTS:
        written(tmp_path, name, content)
    written(tmp_path, "good.txt", STORY.encode())
    items = read_all(tmp_path)
    assert len([i for i in items if isinstance(i, InputError)]) == len(BAD_DOCUMENTS)
    assert [i.source_name for i in items if isinstance(i, ArticleInput)] == ["good.txt"]


def test_latin1_text_is_read_as_windows_1252_with_a_warning(tmp_path):
    text = (
        "Le ministère a déclaré que la frappe a visé un dépôt.\n\x93Nous démentons\x94, a dit le porte-parole"
    )
    path = written(tmp_path, "depeche.txt", text.replace("\x93", "“").replace("\x94", "”").encode("cp1252"))
    warnings = []
    [article] = read_all(path, warn=warnings.append)
    assert "Le ministère a déclaré" in article.text
    assert "“Nous démentons”" in article.text  # Windows-1252 quotes, not C1 control characters
    assert warnings == [f"{path}: not UTF-8; read as Windows-1252 (Latin-1)"]


def test_utf8_with_bom_and_utf16_with_bom_are_read_silently(tmp_path):
    body = "The ministry said “the strike hit a depot” near Harran."
    with_bom = written(tmp_path, "bom.txt", codecs.BOM_UTF8 + body.encode())
    utf16 = written(tmp_path, "wide.txt", body.encode("utf-16"))
    warnings = []
    articles = read_all(with_bom, utf16, warn=warnings.append)
    assert [a.text for a in articles] == [body, body]
    assert warnings == []


def test_a_50_mb_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    line = b"The ministry said the strike hit a depot near the town, killing 12 fighters. " * 20 + b"\n"
    with path.open("wb") as fh:
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    tracemalloc.start()
    try:
        error = the_error(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error.reason == "50.0 MB is over the 10 MB limit for one article"
    assert peak < 1_000_000


def test_jsonl_is_read_a_line_at_a_time_and_bad_lines_are_skipped(tmp_path):
    path = tmp_path / "feed.jsonl"
    with path.open("wb") as fh:
        fh.write(json.dumps({"text": "Police said two people died in the blast."}).encode() + b"\n")
        fh.write(b'{"text": "' + b"x" * 11_000_000 + b'"}\n')
        fh.write(b"{not json\n\n")
        fh.write(b'{"title": "no text here"}\n')
        fh.write(
            json.dumps({"id": "wire-7", "text": "The army said it shot down two drones."}).encode() + b"\n"
        )
    tracemalloc.start()
    try:
        items = read_all(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(i.source_name, i.text[:10]) for i in items if isinstance(i, ArticleInput)] == [
        ("feed.jsonl:1", "Police sai"),
        ("wire-7", "The army s"),
    ]
    assert [str(i) for i in items if isinstance(i, InputError)] == [
        f"{path}:2: line over the 10 MB limit for one article",
        f"{path}:3: malformed JSON line: Expecting property name enclosed in double quotes (column 2)",
        f"{path}:5: JSON article has no 'text'",
    ]
    assert peak < 25_000_000  # the over-long line is read up to the limit, never whole


def test_a_json_list_holds_several_articles(tmp_path):
    records = [{"id": "a", "text": "The army said it shot down two drones."}, {"title": "none"}]
    path = written(tmp_path, "batch.json", json.dumps(records).encode())
    first, second = read_all(path)
    assert first.source_name == "a" and first.text.startswith("The army said")
    assert isinstance(second, InputError) and second.source == f"{path}#2"


def test_html_page_is_read_with_its_metadata(tmp_path):
    page = (
        "<!doctype html><html><head><title>Ministry says strike hit depot | The Example Post</title>"
        '<meta property="og:url" content="https://example.org/news/depot">'
        '<meta name="date" content="2021-03-04">'
        '<meta property="og:site_name" content="The Example Post"></head>'
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
        "<h1>Ministry says strike hit depot</h1>"
        "<p>The defence ministry said on Tuesday that its aircraft struck a weapons depot near the town of "
        "Harran, killing at least four fighters, a claim the local council denied.</p>"
        "<p>A council spokesman, Jan Novak, told reporters that the building was a grain store and that two "
        "farm workers were wounded in the attack on Monday night.</p>"
        "<p>An independent monitor said it could not confirm either account.</p></article>"
        "<footer>Subscribe to our newsletter</footer></body></html>"
    )
    [article] = read_all(written(tmp_path, "depot.html", page.encode()))
    assert article.title == "Ministry says strike hit depot"
    assert (article.url, article.outlet, article.published) == (
        "https://example.org/news/depot", "The Example Post", date(2021, 3, 4)
    )  # fmt: skip
    assert article.story.lstrip().startswith("The defence ministry said on Tuesday")
    assert "Jan Novak, told reporters" in article.story
    assert "Subscribe" not in article.story and "Home" not in article.story


def test_unreadable_paths_are_explained_and_never_block(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    empty_dir = tmp_path / "folder.txt"
    empty_dir.mkdir()
    result = []
    reader = threading.Thread(
        target=lambda: result.extend(
            read_all(
                *(tmp_path / name for name in ("pipe.txt", "dangling.txt", "loop.txt", "missing.txt")),
                empty_dir,
            )
        ),
        daemon=True,
    )  # fmt: skip
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a named pipe blocked"
    assert [str(e) for e in result] == [
        f"{tmp_path / 'pipe.txt'}: not a regular file (a named pipe)",
        f"{tmp_path / 'dangling.txt'}: broken symbolic link (to {tmp_path / 'gone.txt'})",
        f"{tmp_path / 'loop.txt'}: symbolic link loop",
        f"{tmp_path / 'missing.txt'}: no such file",
        f"{empty_dir}: no article files (.htm, .html, .json, .jsonl, .txt) in this directory",
    ]


def test_a_file_we_may_not_read_is_explained(tmp_path):
    secret = written(tmp_path, "secret.txt", STORY.encode())
    secret.chmod(0)
    if os.geteuid() != 0:
        assert str(the_error(secret)) == f"{secret}: cannot read: Permission denied"
        return
    # Root reads every file: read it from a child process that has given up root first.
    tmp_path.chmod(0o755)
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:
        try:
            os.setgid(65534)  # nobody
            os.setuid(65534)
            os.write(write_end, str(the_error(secret)).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    os.waitpid(child, 0)
    with os.fdopen(read_end, "rb") as answer:
        assert answer.read().decode() == f"{secret}: cannot read: Permission denied"


def test_directory_walk_survives_links_back_up_and_skips_hidden_files(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    written(corpus, "a.txt", STORY.encode())
    written(corpus / "sub", "b.txt", STORY.replace("Harran", "Saraqeb").encode())
    (corpus / "sub" / "up").symlink_to(corpus, target_is_directory=True)
    (corpus / "sub" / "folder.txt").mkdir()
    written(corpus, "._a.txt", b"\x00\x05\x16\x07Mac OS X")
    written(corpus, ".notes.txt", STORY.encode())
    items = read_all(corpus)
    assert [(type(i).__name__, i.source_name) for i in items] == [
        ("ArticleInput", "a.txt"),
        ("ArticleInput", "b.txt"),
    ]


def test_standard_input_is_named_by_its_content(monkeypatch):
    def from_stdin(text: str) -> ArticleInput:
        read_end, write_end = os.pipe()
        os.write(write_end, text.encode())
        os.close(write_end)
        with os.fdopen(read_end, "rb") as stream:
            monkeypatch.setattr(sys, "stdin", stream)
            [article] = read_all("-")
        return article

    first, again, other = from_stdin(STORY), from_stdin(STORY), from_stdin(STORY.replace("12", "13"))
    assert first.source_name.startswith("stdin-") and first.id == again.id
    assert other.id != first.id  # two different articles piped in do not replace each other


# ---------------------------------------------------------------- plain-text conventions


def test_headline_date_line_and_dateline():
    article = from_text(STORY, "depot.txt")
    assert article.title == "Ministry says strike destroyed depot near Harran"
    assert article.published == date(2021, 3, 3)
    assert article.text == STORY  # kept as given: offsets point into it
    assert article.story.lstrip().startswith(
        "HARRAN — The Defence Ministry said on Tuesday"
    )  # the dateline is story text


def test_a_date_run_into_the_first_sentence_is_taken_out():
    text = "Russia claims strikes killed 40 militants\nSeptember 8, 2017Russia's Ministry of Defense said"
    article = from_text(text + " that four leaders were killed.\nMore text.", "s.txt")
    assert article.title == "Russia claims strikes killed 40 militants"
    assert article.published == date(2017, 9, 8)
    assert article.story.lstrip().startswith("Russia's Ministry of Defense said that four")


def test_a_first_sentence_is_not_taken_for_a_headline():
    text = "MOSCOW — Russia said Wednesday its airstrikes killed 12 commanders.\n\nThere was no comment."
    article = from_text(text, "s.txt")
    assert article.title is None
    assert article.text == text


def test_a_given_title_repeated_atop_the_text_is_dropped_but_other_first_lines_stay():
    repeated = from_text(
        "Army downs drones\n\nThe army said it shot down two drones.", "a", title="Army downs drones"
    )
    assert repeated.story.strip() == "The army said it shot down two drones."
    subtitle = "US says strike reaffirms its commitment to the region"
    kept = from_text(f"{subtitle}\n\nThe army said it shot down two drones.", "a", title="Army downs drones")
    assert kept.story.startswith(subtitle)


def test_story_lines_reach_the_article_text_verbatim():
    article = from_text(STORY, "depot.txt")
    for line in STORY.splitlines()[4:]:
        if line:
            assert line in article.story


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside the project")
def test_every_gold_claim_sentence_survives_reading():
    """The text the reader keeps is what claim offsets point into: no gold sentence may be cut or altered."""
    checked = 0
    for path in sorted(p for folder in ("seeds", "real") for p in (CORPUS / folder).iterdir()):
        gold = json.loads((SHARED / "eval" / "gold" / path.parent.name / f"{path.stem}.json").read_text())
        [article] = read_all(path)
        for claim in gold["claims"]:
            if not claim.get("optional"):
                assert claim["sentence"] in article.text, (path.name, claim["sentence"][:60])
                checked += 1
    assert checked > 50


def test_seed_article_conventions_are_recognised():
    seed = CORPUS / "seeds" / "002_8222c0e55944e862.txt"
    if not seed.exists():
        pytest.skip("../shared/corpus is not beside the project")
    [article] = read_all(seed)
    assert article.published == date(2017, 9, 8)
    assert article.story.lstrip().startswith("Russia's Ministry of Defense said on Friday")


# ---------------------------------------------------------------- cleaning and dates


def test_furniture_goes_and_story_lines_that_start_like_it_stay():
    text = "\n".join(
        [
            "Load More",
            "Donations poured in after the strike.",
            "More in Kabul were wounded, police said.",
            "Support independent journalism — donate today",
            "Sign up for our daily newsletter",
            "Photo: Reuters",
            "The ministry said the group's newsletter was banned.",
        ]
    )
    kept = without_furniture(text)
    assert len(kept) == len(text)
    assert [line for line in kept.splitlines() if line.strip()] == [
        "Donations poured in after the strike.",
        "More in Kabul were wounded, police said.",
        "The ministry said the group's newsletter was banned.",
    ]


def test_a_caption_that_ends_with_its_photo_credit_is_no_story():
    captions = [
        "Residents inspect a flattened house in Rafah, May 2, 2024. Photo: AFP/Said Khatib",
        "A man walks past a burnt tram in Kharkiv on Monday. Picture: Getty Images",
        "Mourners carry a coffin in Beirut. Photo credit: Hassan Ammar",
    ]
    story = "The army said the photo lab it hit was a drone workshop."
    kept = without_furniture("\n".join([*captions, story]))
    assert [line for line in kept.splitlines() if line.strip()] == [story]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-05-03", date(2023, 5, 3)),
        ("September 8, 2017", date(2017, 9, 8)),
        ("March 2017", date(2017, 3, 1)),
        ("Tuesday", None),  # no year: the parser would invent one from today
        ("Aug 8", None),
        ("not a date", None),
        (None, None),
    ],
)
def test_dates_need_a_year(value, expected):
    assert parse_date(value) == expected
