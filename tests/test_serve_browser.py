"""The dashboard in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) over
the real server: charts drawn, filters applied, evidence highlighted, article text inert.

Screenshots go to tests/artifacts/. Without /usr/bin/chromium these tests are skipped, saying why.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

pytest_plugins = ["serve_fixtures"]

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LAPTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium chromium-driver)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


class Watched:
    """A page whose console errors, script errors and dialogs are recorded: a dashboard page
    should have none (a dialog would mean article text ran as a script)."""

    def __init__(self, browser, base: str, viewport: dict) -> None:
        self.base = base
        self.page = browser.new_page(viewport=viewport)
        self.problems: list[str] = []
        self.page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        self.page.on("console", self._console)
        self.page.on("dialog", self._dialog)

    def _console(self, message) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text}")

    def _dialog(self, dialog) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def open(self, path: str):
        response = self.page.goto(self.base + path)
        assert response.status == 200, path
        self.page.wait_for_load_state("load")
        return self.page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)


@pytest.fixture
def laptop(browser, live_server) -> Iterator[Watched]:
    watched = Watched(browser, live_server, LAPTOP)
    yield watched
    watched.page.close()
    assert watched.problems == []


@pytest.fixture
def phone(browser, live_server) -> Iterator[Watched]:
    watched = Watched(browser, live_server, PHONE)
    yield watched
    watched.page.close()
    assert watched.problems == []


PAINTED_PIXELS = """canvas => {
  const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
  return painted;
}"""


def test_the_dashboard_draws_the_timeline_and_the_network(laptop, serve_store):
    page = laptop.open("/")
    canvas = page.locator("canvas#timeline-chart")
    page.wait_for_function("() => window.Chart && Chart.getChart('timeline-chart')")
    assert canvas.evaluate(PAINTED_PIXELS) > 5_000
    months = page.evaluate("() => Chart.getChart('timeline-chart').data.labels.length")
    assert months >= 12
    edges = len(serve_store.network())
    assert page.locator("svg#network line").count() == edges > 5
    assert page.locator("svg#network circle").count() > 5
    box = page.locator("svg#network").bounding_box()
    assert box["width"] > 300 and box["height"] > 200
    laptop.shot("dashboard")


def test_a_filter_changes_the_event_list(laptop, serve_store):
    page = laptop.open("/")
    assert page.locator("li.event").count() == 50
    page.select_option("select[name=type]", "SANCTION")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?*type=SANCTION*")
    sanctions = serve_store.events(type="SANCTION")
    assert page.locator("li.event").count() == len(sanctions) > 0
    assert set(page.locator("li.event .badge").all_inner_texts()) == {"Sanction"}
    assert page.locator("select[name=type]").input_value() == "SANCTION"
    laptop.shot("dashboard-filtered")


def test_an_event_page_highlights_its_evidence(laptop, serve_store):
    page = laptop.open("/?actor=MAR&other=FRA")
    event = next(e for e in serve_store.events(between=("MAR", "FRA")) if e.source_count > 1)
    page.click(f"a[href='/events/{event.id}']")
    page.wait_for_url(f"**/events/{event.id}")
    marks = page.locator("mark.evidence").all_inner_texts()
    sentences = [e.sentence for s in event.sources for e in s.evidence]
    assert sorted(marks) == sorted(sentences)
    assert page.locator("article.source").count() == event.source_count
    laptop.shot("event")


def test_article_markup_shows_as_text(laptop, hostile, hostile_event):
    for path, name in (
        (f"/events/{hostile_event}", "hostile-event"),
        (f"/documents/{quote(hostile.id, safe='')}", "hostile-document"),
    ):
        page = laptop.open(path)
        assert "<script>alert(1)</script>" in page.locator(".doctext").first.inner_text()
        assert page.locator(".doctext script, .doctext b").count() == 0
        laptop.shot(name)
    assert laptop.problems == []  # no dialog opened


def test_the_labels_switch_to_french(laptop):
    page = laptop.open("/?type=CONSULT")
    page.click("text=FR")
    page.wait_for_url("**lang=fr*")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert "Rencontre, appel, visite" in page.locator("li.event .badge").first.inner_text()
    assert page.locator("select[name=type]").input_value() == "CONSULT"


def test_the_dyad_page_charts_the_pair(laptop, serve_store):
    page = laptop.open("/dyads/CHN/USA")
    page.wait_for_function("() => window.Chart && Chart.getChart('dyad-chart')")
    totals = page.evaluate(
        "() => Chart.getChart('dyad-chart').data.datasets"
        ".filter(d => d.type === 'bar').flatMap(d => d.data).reduce((a, b) => a + b, 0)"
    )
    assert totals == len(serve_store.events(between=("CHN", "USA"))) > 0
    laptop.shot("dyad")


def test_the_dashboard_fits_a_phone(phone):
    page = phone.open("/")
    page.wait_for_function("() => window.Chart && Chart.getChart('timeline-chart')")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    filters = page.locator("form.filters").bounding_box()
    assert filters["width"] <= PHONE["width"]
    phone.shot("dashboard-phone")


def test_the_api_docs_render_offline(laptop):
    page = laptop.open("/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    assert page.locator(".opblock").count() >= 8
    laptop.shot("api-docs")
