"""The JSON API and the server-rendered pages, through FastAPI's TestClient, over the examples store."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from typer.testing import CliRunner

from entente.serve.charts import from_timeline
from entente.serve.labels import labels
from entente.serve.marks import Piece, pieces

pytest_plugins = ["serve_fixtures"]
SCRIPT = "<script>alert(1)</script>"

CONTRACT_FIELDS = {
    "event_type", "mode", "status", "source", "target", "participants", "speaker", "date",
    "date_text", "location", "cameo", "goldstein", "confidence",
    "id", "sources", "source_count", "conflicts",
}  # fmt: skip


def all_events(client, **params) -> list[dict]:
    """Every event the API lists for ``params``, following the cursor."""
    items, cursor = [], None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/events", params=query)
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items


def day(event: dict) -> str:
    """The day the store sorts an event by: its date, else when it was first reported, else last."""
    published = [s["published"] for s in event["sources"] if s["published"]]
    return event["date"] or min(published, default="9999-12-31")


# --- events ---------------------------------------------------------------------------------


def test_events_carry_the_contract_fields_in_date_order(client):
    body = client.get("/api/events", params={"limit": 20}).json()
    assert len(body["items"]) == 20 and body["next_cursor"]
    for item in body["items"]:
        assert item.keys() >= CONTRACT_FIELDS
        assert item["source_count"] == len({s["doc"] for s in item["sources"]})
    days = [day(e) for e in body["items"]]
    assert days == sorted(days)


def test_the_cursor_walks_every_event_once(client, serve_store):
    walked = all_events(client, limit=7)
    ids = [e["id"] for e in walked]
    assert len(ids) == len(set(ids)) == serve_store.stats()["events"]
    assert [day(e) for e in walked] == sorted(day(e) for e in walked)


def test_default_and_maximum_page_sizes(client):
    assert len(client.get("/api/events").json()["items"]) == 50
    assert client.get("/api/events", params={"limit": 500}).json()["next_cursor"] is None
    assert client.get("/api/events", params={"limit": 501}).status_code == 422


@pytest.mark.parametrize(
    "params",
    [
        {"actor": "CHN"},
        {"actor": "Chine"},
        {"between": "CHN,USA"},
        {"type": "CONSULT", "mode": "phone"},
        {"since": "2022-01-01", "until": "2022-12-31"},
        {"min_sources": 2},
    ],
)
def test_filters_select_what_the_store_selects(client, serve_store, params):
    expected = serve_store.events(
        actor=params.get("actor"),
        between=tuple(params["between"].split(",")) if "between" in params else None,
        type=params.get("type"),
        mode=params.get("mode"),
        since=params.get("since"),
        until=params.get("until"),
        min_sources=params.get("min_sources", 1),
    )
    got = all_events(client, limit=10, **params)
    assert got, f"the examples should have events for {params}"
    assert [e["id"] for e in got] == [e.id for e in expected]


def test_type_mode_and_dates_filter_the_events(client):
    calls = all_events(client, type="CONSULT", mode="phone")
    assert calls and all(e["event_type"] == "CONSULT" and e["mode"] == "phone" for e in calls)
    in_2022 = all_events(client, since="2022-01-01", until="2022-12-31")
    assert in_2022 and all("2022-01-01" <= day(e) <= "2022-12-31" for e in in_2022)
    assert len(in_2022) < len(all_events(client))


def test_between_takes_two_actors(client):
    pair = all_events(client, between="CHN,USA")
    parties = [{a["country"] or a["code"] for a in actors(e)} for e in pair]
    assert pair and all({"CHN", "USA"} <= p for p in parties)


def actors(event: dict) -> list[dict]:
    people = [event["source"], event["target"], event["speaker"], *event["participants"]]
    return [a for a in people if a]


def test_a_blank_filter_means_no_filter(client):
    blank = client.get("/api/events", params={"since": "", "type": "", "actor": ""})
    assert blank.json() == client.get("/api/events").json()


# --- one event, its evidence and its documents ------------------------------------------------


def test_an_event_has_every_source_and_its_evidence_points_into_the_text(client):
    fused = next(e for e in all_events(client) if e["source_count"] > 1)
    event = client.get(f"/api/events/{fused['id']}").json()
    assert event == fused and len(event["sources"]) > 1
    for source in event["sources"]:
        text = client.get(f"/api/documents/{source['doc']}").json()["text"]
        for evidence in source["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_a_document_marks_the_spans_of_its_events(client):
    doc = client.get("/api/documents/ex13_alger_voisins_libye_reunion.txt").json()
    assert doc["published"] == "2020-01-23" and doc["spans"]
    for span in doc["spans"]:
        event = client.get(f"/api/events/{span['event']}").json()
        sentences = {e["sentence"] for s in event["sources"] for e in s["evidence"]}
        assert doc["text"][span["start"] : span["end"]] in sentences


def test_a_document_id_may_be_a_url(client, hostile):
    found = client.get(f"/api/documents/{quote(hostile.id, safe='')}")
    assert found.status_code == 200 and found.json()["doc"] == hostile.id


# --- actors, dyads, network, stats -------------------------------------------------------------


def test_actors_search_and_lookup(client):
    found = client.get("/api/actors", params={"search": "chin"}).json()
    china = next(a for a in found if a["code"] == "CHN" and a["type"] == "state")
    assert client.get(f"/api/actors/{china['id']}").json() == china
    top = client.get("/api/actors", params={"limit": 3}).json()
    assert len(top) == 3 and top[0]["events"] >= top[-1]["events"]


@pytest.mark.parametrize("by", ["month", "week", "year"])
def test_dyad_timeline_counts_the_dyads_events(client, by):
    timeline = client.get("/api/dyads/CHN/USA/timeline", params={"by": by}).json()
    events = all_events(client, between="CHN,USA")
    assert timeline["by"] == by
    assert sum(p["total"] for p in timeline["periods"]) == len(events)
    assert all(sum(p["counts"].values()) == p["total"] for p in timeline["periods"])


def test_network_edges_count_the_events_of_each_pair(client):
    edges = client.get("/api/network").json()
    assert len(edges) > 5
    for edge in edges[:5]:
        assert edge["a"] < edge["b"] and -10 <= edge["goldstein"] <= 10
        assert edge["events"] == len(all_events(client, between=f"{edge['a']},{edge['b']}"))
    consult = client.get("/api/network", params={"type": "CONSULT"}).json()
    assert sum(e["events"] for e in consult) < sum(e["events"] for e in edges)


def test_stats_are_the_stores(client, serve_store):
    assert client.get("/api/stats").json() == serve_store.stats()


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "names"),
    [
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=abc", "limit"),
        ("/api/events?since=2020-13-01", "since"),
        ("/api/events?until=yesterday", "until"),
        ("/api/events?type=PARTY", "type"),
        ("/api/events?mode=car", "mode"),
        ("/api/events?between=CHN", "between"),
        ("/api/events?between=CHN,RUS,USA", "between"),
        ("/api/events?cursor=2020-01-01_x", "cursor"),
        ("/api/events?min_sources=0", "min_sources"),
        ("/api/events?actor=a%00b", "actor"),
        ("/api/events/abc", "event_id"),
        ("/api/events/0", "event_id"),
        ("/api/events/99999999999999999999999", "event_id"),
        ("/api/actors?limit=10000", "limit"),
        ("/api/dyads/CHN/RUS/timeline?by=day", "by"),
    ],
)
def test_invalid_parameters_are_422_naming_the_parameter(client, url, names):
    response = client.get(url)
    assert response.status_code == 422
    assert names in {error["loc"][-1] for error in response.json()["detail"]}


def test_an_unknown_actor_in_a_filter_is_a_422_that_says_so(client):
    response = client.get("/api/events", params={"actor": "Atlantide"})
    assert response.status_code == 422
    assert "Atlantide" in response.json()["detail"][0]["msg"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/events/999999",
        "/api/actors/999999",
        "/api/documents/no-such-document.txt",
        "/api/dyads/CHN/Atlantide/timeline",
        "/api/nothing",
    ],
)
def test_unknown_ids_are_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json()["detail"]


# --- posting documents ----------------------------------------------------------------------


def posted(n: int) -> dict:
    text = (
        f"PARIS, {n} avril 2024 (AFP) - Le ministre chinois des Affaires étrangères, Wang Yi, a "
        "reçu jeudi à Pékin son homologue indien Subrahmanyam Jaishankar."
    )
    return {"id": f"posted-{n}.txt", "text": text, "published": f"2024-04-{n:02d}"}


def test_posting_is_off_without_a_token(client):
    refused = client.post("/api/documents", json=posted(1))
    assert refused.status_code == 403 and "--token" in refused.json()["detail"]
    assert "/api/documents" not in client.get("/openapi.json").json()["paths"]


def test_posting_needs_the_bearer_token(writer_client):
    assert writer_client.post("/api/documents", json=posted(2)).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    response = writer_client.post("/api/documents", json=posted(2), headers=wrong)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


def test_a_posted_document_is_extracted_and_stored_once(writer_client, token):
    auth = {"Authorization": f"Bearer {token}"}
    first = writer_client.post("/api/documents", json=posted(3), headers=auth)
    assert first.status_code == 200, first.text
    assert first.json()["outcome"] == "new" and first.json()["events"]
    event = writer_client.get(f"/api/events/{first.json()['events'][0]}").json()
    assert "posted-3.txt" in {s["doc"] for s in event["sources"]}
    again = writer_client.post("/api/documents", json=posted(3), headers=auth)
    assert again.json()["outcome"] == "skipped"
    invalid = writer_client.post("/api/documents", json={"id": "x", "text": ""}, headers=auth)
    assert invalid.status_code == 422


# --- pages ------------------------------------------------------------------------------------


class Marks(HTMLParser):
    """The text of every <mark> in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self._depth += 1
            self.marks.append("")

    def handle_endtag(self, tag):
        if tag == "mark":
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            self.marks[-1] += data


def marks_of(page: str) -> list[str]:
    parser = Marks()
    parser.feed(page)
    return parser.marks


def test_article_text_is_escaped_on_the_event_and_document_pages(client, hostile, hostile_event):
    assert SCRIPT in hostile.text
    for url in (f"/events/{hostile_event}", f"/documents/{quote(hostile.id, safe='')}"):
        page = client.get(url)
        assert page.status_code == 200
        assert SCRIPT not in page.text and "<script>alert(" not in page.text
        assert html.escape(SCRIPT, quote=False) in page.text
        assert "<b>la coopération</b>" not in page.text
        assert 'href="javascript:' not in page.text
        assert "default-src 'self'" in page.headers["content-security-policy"]


def test_the_event_page_highlights_each_evidence_sentence(client, serve_store):
    event = next(e for e in serve_store.events() if e.source_count > 1)
    page = client.get(f"/events/{event.id}").text
    sentences = [e.sentence for s in event.sources for e in s.evidence]
    assert sorted(marks_of(page)) == sorted(sentences)


def test_the_document_page_links_each_highlight_to_its_event(client, hostile, hostile_event):
    page = client.get(f"/documents/{quote(hostile.id, safe='')}").text
    assert any(SCRIPT in mark for mark in marks_of(page))
    assert f'href="/events/{hostile_event}"' in page


def test_links_to_a_document_open_it(client, hostile_event):
    page = client.get(f"/events/{hostile_event}").text
    link = re.search(r'href="(/documents/[^"]+)"', page).group(1)
    opened = client.get(html.unescape(link))
    assert opened.status_code == 200 and "Pékin et Moscou" in opened.text


@pytest.mark.parametrize(("lang", "word"), [("en", "Meeting, call, visit"), ("fr", "Rencontre")])
def test_labels_follow_the_language(client, lang, word):
    page = client.get("/", params={"lang": lang, "type": "CONSULT"})
    assert page.status_code == 200 and word in page.text
    assert f'<html lang="{lang}">' in page.text


def test_the_timeline_page_filters_and_pages(client, serve_store):
    both = client.get("/", params={"actor": "CHN", "other": "USA"}).text
    expected = serve_store.events(between=("CHN", "USA"))
    assert both.count('class="event"') == len(expected)
    assert 'href="/dyads/CHN/USA"' in both
    first = client.get("/").text
    assert first.count('class="event"') == 50
    after = re.search(r'rel="next" href="([^"]+)"', first).group(1)
    second = client.get(html.unescape(after)).text
    assert second.count('class="event"') == serve_store.stats()["events"] - 50


def test_the_dyad_page_lists_the_dyads_events(client, serve_store):
    page = client.get("/dyads/CHN/USA", params={"lang": "fr"}).text
    assert page.count('class="event"') == len(serve_store.events(between=("CHN", "USA")))
    assert "Événements par mois" in page


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/?since=2020-02-30", 422),
        ("/?lang=de", 422),
        ("/?actor=Atlantide", 422),
        ("/events/999999", 404),
        ("/documents/nothing-here", 404),
        ("/dyads/CHN/Atlantide", 404),
    ],
)
def test_page_errors_are_pages_with_the_reason(client, url, status):
    page = client.get(url)
    assert page.status_code == status
    assert page.headers["content-type"].startswith("text/html")
    assert re.search(r"since|lang|Atlantide|999999|nothing-here", page.text)


def test_the_api_docs_use_the_vendored_swagger_ui(client):
    page = client.get("/docs").text
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page):
        assert client.get(asset).status_code == 200
    assert "//" not in "".join(re.findall(r'(?:src|href)="([^"]+)"', page))


# --- pieces of the serve stage -------------------------------------------------------------------


def test_labels_name_the_same_things_in_both_languages():
    english, french = labels("en"), labels("fr")
    for group in english:
        assert english[group].keys() == french[group].keys(), group


def test_pieces_cover_the_text_and_know_their_events():
    text = "Un. Deux. Trois."
    cut = pieces(text, [(4, 9, 1), (4, 9, 2), (4, 16, 3)])
    assert "".join(p.text for p in cut) == text
    assert cut == [
        Piece("Un. "),
        Piece("Deux.", (1, 2, 3), (1, 2)),
        Piece(" Trois.", (3,), (3,)),
    ]


def test_monthly_series_has_every_month_between_the_first_and_last(serve_store):
    events = serve_store.events(between=("CHN", "USA"))
    series = from_timeline(serve_store.timeline(between=("CHN", "USA")), labels("en"))
    first, last = series["labels"][0], series["labels"][-1]
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:]) - int(first[5:]) + 1
    assert len(series["labels"]) == span
    assert sum(sum(d["counts"]) for d in series["datasets"]) == len(events)


def test_serve_refuses_a_missing_database_in_one_line(tmp_path):
    import entente.cli.serve  # noqa: F401  (registers the command)
    from entente.cli.app import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no database at" in result.output and len(result.output.strip().splitlines()) == 1


def test_serve_refuses_a_port_in_use_in_one_line(serve_store):
    import entente.cli.serve  # noqa: F401  (registers the command)
    from entente.cli.app import app
    from entente.serve import listen

    with listen("127.0.0.1", 0) as taken:
        taken.listen()
        port = str(taken.getsockname()[1])
        db = serve_store.engine.url.database
        result = CliRunner().invoke(app, ["serve", "--db", db, "--port", port])
    assert result.exit_code == 2
    assert "cannot listen on http://127.0.0.1:" in result.output
