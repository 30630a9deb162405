"""The ingest stage: every format, every kind of bad input, and streaming."""

from __future__ import annotations

import io
import os
import shutil
import time
from pathlib import Path
from typing import BinaryIO, TextIO

import pytest
import trafilatura

from entente.ingest import read
from entente.ingest.feeds import entry_date, fragment_text, parse_feed
from entente.ingest.html import parse_html
from entente.ingest.jsonl import parse_record
from entente.ingest.paths import sniff
from entente.ingest.text import CP1252_WARNING, looks_binary
from entente.ingest.urls import date_from_url
from entente.records import Document, Failure

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def one(*inputs: str | Path, stdin: TextIO | BinaryIO | None = None) -> Document | Failure:
    """The single record read from ``inputs``."""
    [record] = read(*inputs, stdin=stdin)
    return record


def documents(*inputs: str | Path) -> list[Document]:
    return [r for r in read(*inputs) if isinstance(r, Document)]


# Plain text


def test_text_file_is_kept_whole_with_its_base_name_as_id() -> None:
    doc = one(FIXTURES / "depeche.txt")
    assert isinstance(doc, Document)
    assert doc.id == "depeche.txt"
    assert doc.origin == str(FIXTURES / "depeche.txt")
    assert doc.text.startswith("Mise à jour le 04/02/2021 à 18h05\nLe ministre norvégien")
    assert doc.title is None and doc.published is None
    assert doc.warnings == ()


def test_file_without_extension_is_plain_text() -> None:
    doc = one(FIXTURES / "sans_extension")
    assert isinstance(doc, Document)
    assert doc.id == "sans_extension"
    assert doc.text.startswith("Lisbonne et Rabat")


def test_cp1252_bytes_are_decoded_with_a_warning() -> None:
    doc = one(FIXTURES / "cp1252.txt")
    assert isinstance(doc, Document)
    assert "a déclaré à Genève : « Nous sommes prêts" in doc.text
    assert doc.warnings == (CP1252_WARNING,)


def test_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Déclaration commune.".encode())
    doc = one(path)
    assert isinstance(doc, Document)
    assert doc.text == "Déclaration commune."
    assert doc.warnings == ()


# HTML


def test_html_article_with_metadata() -> None:
    doc = one(FIXTURES / "article.html")
    assert isinstance(doc, Document)
    assert doc.id == "article.html"
    assert doc.title == "Entretien à Oslo"
    assert doc.url == "https://gazette-fjord.example/monde/entretien-oslo"
    assert doc.source == "La Gazette du Fjord"
    assert doc.published == "2021-03-08"
    assert "a reçu lundi à Oslo son homologue finlandais" in doc.text
    assert "Accueil" not in doc.text and "©" not in doc.text


def test_html_date_the_page_does_not_state_is_none() -> None:
    """No copyright year, file time or current date stands in for a missing date."""
    doc = one(FIXTURES / "article_sans_date.html")
    assert isinstance(doc, Document)
    assert doc.published is None
    assert doc.url is None
    assert doc.source == "Le Petit Andin"


def test_html_date_from_compact_url() -> None:
    doc = one(FIXTURES / "article_date_url.html")
    assert isinstance(doc, Document)
    assert doc.published == "2021-11-16"


def test_html_without_article_fails() -> None:
    assert one(FIXTURES / "accueil.html") == Failure(
        str(FIXTURES / "accueil.html"), "no article text found"
    )


def test_html_file_that_is_not_html(tmp_path: Path) -> None:
    path = tmp_path / "faux.html"
    path.write_text("Juste une phrase, sans balise.")
    assert one(path) == Failure(str(path), "not a readable HTML page")


def test_html_is_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "page"
    shutil.copy(FIXTURES / "article.html", path)
    doc = one(path)
    assert isinstance(doc, Document)
    assert doc.title == "Entretien à Oslo"
    assert doc.id == "page"


def test_html_without_file_name_takes_its_canonical_url_as_id() -> None:
    html = (FIXTURES / "article.html").read_text()
    doc = parse_html(html, None, "stdin")
    assert isinstance(doc, Document)
    assert doc.id == "https://gazette-fjord.example/monde/entretien-oslo"


# JSON Lines


def test_jsonl_records_and_bad_lines() -> None:
    origin = str(FIXTURES / "corpus.jsonl")
    records = list(read(FIXTURES / "corpus.jsonl"))
    assert [r.origin for r in records] == [f"{origin}:{n}" for n in (1, 2, 3, 5, 6, 7)]
    first, second, malformed, no_text, url_only, numbered = records
    assert first == Document(
        id="j-001",
        text="Le ministre grec a reçu son homologue chypriote à Athènes.",
        title="Athènes et Nicosie",
        url="https://ex.example/athenes",
        source="Le Nautile",
        published="2022-05-03",
        origin=f"{origin}:1",
    )
    assert isinstance(second, Document) and second.published == "2022-05-04"
    assert isinstance(malformed, Failure) and malformed.reason.startswith("malformed JSON")
    assert no_text == Failure(f"{origin}:5", "record has no text")
    assert isinstance(url_only, Document)
    assert url_only.id == "https://ex.example/europe/2022-05-06/copenhague"
    assert url_only.published == "2022-05-06"
    assert isinstance(numbered, Document) and numbered.id == "7"
    assert numbered.published is None
    assert numbered.warnings == ('ignored published "hier": not a date',)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"text": "Sans identifiant."}', "record has no id (and no url)"),
        (b'{"id": "x", "text": "   "}', "record has no text"),
        (b'["id", "text"]', "not a JSON object"),
        (b'{"id": "x", "text": ', "malformed JSON (Expecting value at column 21)"),
    ],
)
def test_jsonl_record_failures(line: bytes, reason: str) -> None:
    assert parse_record(line, "c.jsonl:4") == Failure("c.jsonl:4", reason)


def test_jsonl_record_in_cp1252_is_decoded_with_a_warning() -> None:
    doc = parse_record('{"id": "a", "text": "Genève"}'.encode("cp1252"), "c.jsonl:1")
    assert isinstance(doc, Document)
    assert doc.text == "Genève"
    assert doc.warnings == (CP1252_WARNING,)


def test_jsonl_published_datetime_keeps_the_written_day() -> None:
    line = b'{"id": "a", "text": "t", "published": "2021-02-04T23:30:00-05:00"}'
    doc = parse_record(line, "c.jsonl:1")
    assert isinstance(doc, Document) and doc.published == "2021-02-04"


def test_jsonl_impossible_date_is_ignored() -> None:
    doc = parse_record(b'{"id": "a", "text": "t", "published": "2021-02-30"}', "c.jsonl:1")
    assert isinstance(doc, Document) and doc.published is None
    assert doc.warnings == ('ignored published "2021-02-30": not a date',)


# RSS and Atom


def test_rss_entries() -> None:
    origin = str(FIXTURES / "flux.rss")
    content, summary, bare = read(FIXTURES / "flux.rss")
    assert isinstance(content, Document)
    assert content.id == content.url == "https://veilleur.example/europe/berne-vienne"
    assert content.title == "Berne et Vienne renforcent leur coopération"
    assert content.source == "Le Veilleur diplomatique"
    assert content.text == (
        "Les ministres suisse et autrichien se sont rencontrés à Berne.\n"
        "Ils ont signé une déclaration commune."
    )
    # 00:30 in Paris is the day before in UTC: the day as written is kept.
    assert content.published == "2020-11-19"
    assert content.origin == f"{origin}#1"
    assert isinstance(summary, Document)
    assert summary.text.startswith("Les présidents équatorien et colombien")
    assert summary.published == "2021-02-04"  # from the link: the item has no date
    assert bare == Failure(
        f"{origin}#3 (https://veilleur.example/asie/sommet-hanoi)",
        "entry has no content; use --fetch to download it",
    )


def test_atom_entries() -> None:
    linked, unlinked = read(FIXTURES / "flux.atom")
    assert isinstance(linked, Document)
    assert linked.id == "https://chroniques.example/baltes/tallinn-riga"
    assert (
        linked.text == "Le Premier ministre letton a été reçu à Tallinn par son homologue estonien."
    )
    assert linked.published == "2021-06-01"
    assert linked.source == "Chroniques des chancelleries"
    assert isinstance(unlinked, Document)
    assert unlinked.id == "urn:uuid:entree-sans-lien"
    assert unlinked.url is None
    assert unlinked.published == "2021-05-30"  # no published date: the updated one


def test_feed_without_entries() -> None:
    assert one(FIXTURES / "flux_vide.rss") == Failure(
        str(FIXTURES / "flux_vide.rss"), "feed has no entries"
    )


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "notes.xml"
    path.write_text('<?xml version="1.0"?>\n<notes><note>Rien</note></notes>\n')
    assert one(path) == Failure(str(path), "not an RSS or Atom feed")


def test_entry_without_content_is_fetched_when_allowed() -> None:
    page = (FIXTURES / "article.html").read_text()
    asked: list[str] = []

    def fetcher(url: str) -> str | None:
        asked.append(url)
        return page

    records = list(parse_feed((FIXTURES / "flux.rss").read_bytes(), "flux.rss", fetcher))
    assert asked == ["https://veilleur.example/asie/sommet-hanoi"]
    fetched = records[2]
    assert isinstance(fetched, Document)
    assert fetched.id == fetched.url == "https://veilleur.example/asie/sommet-hanoi"
    assert fetched.title == "Sommet à Hanoï"  # the feed's title comes first
    assert fetched.published == "2021-03-08"  # the page's date, as the feed gives none
    assert "son homologue finlandais" in fetched.text
    assert fetched.origin == "flux.rss#3"


def test_read_with_fetch_downloads_with_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trafilatura, "fetch_url", lambda url: None)
    *_, failed = read(FIXTURES / "flux.rss", fetch=True)
    assert failed == Failure(
        f"{FIXTURES / 'flux.rss'}#3 (https://veilleur.example/asie/sommet-hanoi)",
        "could not download the entry's page",
    )


def test_feed_dates() -> None:
    assert entry_date({"published": "Thu, 04 Feb 2021 23:50:00 -0500"}) == "2021-02-04"
    assert entry_date({"updated": "2021-02-04T01:00:00+09:00"}) == "2021-02-04"
    assert entry_date({"published": "jeudi", "published_parsed": None}) is None
    assert entry_date({}) is None


def test_fragment_text_keeps_paragraphs() -> None:
    assert fragment_text("<p>Un.</p><p>Deux<br>trois &amp; quatre</p>") == (
        "Un.\nDeux\ntrois & quatre"
    )
    assert fragment_text("<p>Un.</p>suite<div>Deux.</div>") == "Un.\nsuite\nDeux."
    assert fragment_text("Texte brut.") == "Texte brut."
    assert fragment_text("<!-- rien --><img src='x.png'>") == ""
    assert fragment_text("  ") == ""


# URL dates


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://french.xinhuanet.com/2020-11/19/c_139526150.htm", "2020-11-19"),
        ("https://ex.example/monde/2020/11/19/rencontre", "2020-11-19"),
        ("https://ex.example/afrique/20211116-appel", "2021-11-16"),
        ("https://ex.example/europe/sommet-2021-02-04.html", "2021-02-04"),
        ("https://ex.example/2021/13/45/erreur", None),
        ("https://ex.example/2020/11/sans-jour", None),
        ("https://ex.example/article/202111161234", None),
        ("https://2021-02-04.example/page?date=2021-02-04", None),
        ("", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, day: str | None) -> None:
    assert date_from_url(url) == day


# Paths, folders, globs and standard input


def test_folder_is_walked_recursively_in_order_skipping_hidden_files() -> None:
    ids = [d.origin for d in documents(FIXTURES / "dossier")]
    folder = FIXTURES / "dossier"
    assert ids == [str(folder / "a.txt"), str(folder / "b.txt"), str(folder / "sous" / "c.txt")]


def test_glob_patterns_are_expanded_recursively() -> None:
    ids = [d.id for d in documents(str(FIXTURES / "dossier" / "**" / "*.txt"))]
    assert ids == ["a.txt", "b.txt", "c.txt"]


def test_glob_reaching_a_file_twice_gives_it_once() -> None:
    ids = [d.id for d in documents(str(FIXTURES / "dossier" / "**"))]
    assert ids == ["a.txt", "b.txt", "c.txt"]


def test_glob_that_matches_nothing(tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.txt")
    assert one(pattern) == Failure(pattern, "no file matches this pattern")


def test_missing_path() -> None:
    assert one("/nulle/part.txt") == Failure("/nulle/part.txt", "no such file or directory")


def test_folder_without_files(tmp_path: Path) -> None:
    (tmp_path / ".cache").write_text("caché")
    record = one(tmp_path)
    assert isinstance(record, Failure)
    assert record.origin == str(tmp_path)
    assert record.reason.startswith("no readable files in this folder")


def test_stdin_text_and_binary_streams() -> None:
    doc = one("-", stdin=io.StringIO("Le sommet s'est tenu à Lima."))
    assert isinstance(doc, Document)
    assert (doc.id, doc.origin, doc.text) == ("stdin", "stdin", "Le sommet s'est tenu à Lima.")
    html = (FIXTURES / "article.html").read_bytes()
    page = one("-", stdin=io.BytesIO(html))
    assert isinstance(page, Document) and page.title == "Entretien à Oslo"


def test_stdin_jsonl_is_streamed() -> None:
    line = b'{"id": "%d", "text": "Un texte assez court."}\n'
    data = b"".join(line % n for n in range(50_000))
    stream = io.BytesIO(data)
    records = read("-", stdin=stream)
    first = next(records)
    assert isinstance(first, Document) and first.id == "0"
    assert stream.tell() < len(data) / 4
    assert sum(1 for _ in records) == 49_999


def test_inputs_are_read_in_order_and_failures_do_not_stop_reading() -> None:
    records = list(read("/nulle/part.txt", FIXTURES / "vide.txt", FIXTURES / "depeche.txt"))
    assert [type(r) for r in records] == [Failure, Failure, Document]


# Bad input


def test_empty_file() -> None:
    assert one(FIXTURES / "vide.txt") == Failure(str(FIXTURES / "vide.txt"), "empty file")


def test_blank_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blanc.txt"
    path.write_text("  \n\n \t\n")
    assert one(path) == Failure(str(path), "empty file")


def test_binary_file() -> None:
    assert one(FIXTURES / "image.png") == Failure(
        str(FIXTURES / "image.png"), "binary file, not text"
    )


def test_binary_check() -> None:
    assert looks_binary(b"abc\x00def")
    assert looks_binary(bytes(range(1, 32)) * 4 + b"un peu de texte")
    assert not looks_binary("Texte français\tavec tabulation\r\n".encode())
    assert not looks_binary("Genève".encode("cp1252"))


def test_large_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "enorme.txt"
    line = "Le ministre a parlé.\n".encode()
    path.write_bytes(line * (50 * 2**20 // len(line)))
    started = time.perf_counter()
    record = one(path)
    assert time.perf_counter() - started < 2
    assert record == Failure(str(path), "file too large (52 MB > 20 MB limit)")


def test_large_stdin_is_refused(tmp_path: Path) -> None:
    stream = io.BytesIO(b"Texte. " * (3 * 2**20))
    assert one("-", stdin=stream) == Failure("stdin", "input too large (over the 20 MB limit)")


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated, because the tests may run as root, who can read anything."""
    locked = tmp_path / "verrouille.txt"
    locked.write_text("secret")
    (tmp_path / "libre.txt").write_text("Texte lisible.")
    real_open = Path.open

    def guarded_open(self: Path, *args: object, **kwargs: object) -> object:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", guarded_open)
    readable, locked_failure = read(tmp_path / "libre.txt", locked)
    assert locked_failure == Failure(str(locked), "permission denied")
    assert isinstance(readable, Document)


def test_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", refuse)
    records = list(read(tmp_path))
    assert records[0] == Failure(str(tmp_path), "permission denied")


def test_path_that_cannot_be_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path) -> bool:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "exists", refuse)
    assert one("/verrou/texte.txt") == Failure("/verrou/texte.txt", "permission denied")


def test_parser_crash_becomes_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(trafilatura, "extract", crash)
    record, after = read(FIXTURES / "article.html", FIXTURES / "depeche.txt")
    assert record == Failure(
        str(FIXTURES / "article.html"), "could not be read (RuntimeError: boom)"
    )
    assert isinstance(after, Document)


# Sniffing


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("a.html", b"nothing", "html"),
        ("a.jsonl", b"nothing", "jsonl"),
        ("a.atom", b"nothing", "feed"),
        ("a.txt", b"\xef\xbb\xbf  <!DOCTYPE html><html>", "html"),
        (None, b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
        (None, b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (None, b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "html"),
        (None, b'{"id": "1", "text": "t"}\n', "jsonl"),
        (None, b'{\n  "not": "jsonl"\n}', "text"),
        ("notes.md", b"Du texte.", "text"),
    ],
)
def test_sniff(name: str | None, head: bytes, kind: str) -> None:
    assert sniff(name, head) == kind
