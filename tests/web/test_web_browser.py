"""The pages in real headless Chromium (Debian's /usr/bin/chromium, installed by
scripts/install_browser.sh), against a server on 127.0.0.1 serving the hand-coded demo store.
Screenshots land in test-artifacts/screenshots/."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def ready(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")


def test_dashboard_shows_usa_hnd_and_opens_evidence(page, screenshot):
    ready(page, "/")
    assert page.url.endswith("/dyads/USA/HND")
    assert page.inner_text("#dyad-title").startswith("United States (USA) – Honduras (HND)")
    assert page.inner_text("#total-events") == "25"
    months = page.evaluate("new Set(JSON.parse(document.getElementById('page-data').textContent)"
                           ".events.map(e => e.date.slice(0, 7))).size")  # fmt: skip
    assert page.locator("#balance svg rect.period").count() == months == 15  # one bar per month with events
    assert page.locator("#timeline .event-mark").count() == 25
    assert page.locator("#types svg rect").count() == 9
    screenshot(page, "dashboard-usa-hnd")

    # The timeline mark of the 2019 asylum agreement opens its sentence with the parts marked.
    record = page.evaluate("JSON.parse(document.getElementById('page-data').textContent).events"
                           ".find(e => e.trigger.text === 'signed')")  # fmt: skip
    page.click(f"#timeline .event-mark[data-event-id='{record['event_id']}']")
    sentence = page.wait_for_selector("#drawer.open #evidence-sentence")
    assert (
        sentence.inner_text()
        == "Honduras signed an agreement with the United States on Wednesday to take in some asylum seekers."
    )
    assert page.inner_text("#evidence-sentence .seg.trigger") == "signed"
    assert page.inner_text("#evidence-sentence .seg.source") == "Honduras"
    assert page.inner_text("#evidence-sentence .seg.target") == "the United States"
    assert page.locator(f"tr.current[data-event-id='{record['event_id']}']").count() == 1
    screenshot(page, "dashboard-evidence", full=False)

    # ... and from there the article, with that sentence selected.
    page.click("#open-article")
    page.wait_for_selector("#article-text")
    assert page.inner_text("#article-text .seg.selected.sentence >> nth=0").startswith("Honduras")
    assert [t.inner_text() for t in page.query_selector_all("#article-text .seg.trigger")] == ["signed", "signed"]
    assert page.inner_text("#article-text .seg.source") == "Honduras"
    screenshot(page, "article")


def test_dashboard_change_dyad_and_date_range(page, screenshot):
    ready(page, "/dyads/USA/HND")
    page.fill("input[name=from]", "2019-01-01")
    page.fill("input[name=to]", "2019-12-31")
    page.select_option("select[name=by]", "year")
    page.click("#dyad-form button[type=submit]")
    page.wait_for_url("**/dyads/USA/HND?from=2019-01-01&to=2019-12-31&by=year")
    page.wait_for_selector("body[data-ready='1']")
    assert page.inner_text("#total-events") == "3"
    dates = [d.get_attribute("data-event-id") for d in page.query_selector_all("#timeline .event-mark")]
    assert len(dates) == 3
    assert all("2019-" in row.inner_text() for row in page.query_selector_all("table.events tbody tr"))
    screenshot(page, "dashboard-2019")

    page.fill("input[name=a]", "usa")
    page.fill("input[name=b]", "mex")
    page.fill("input[name=from]", "")
    page.fill("input[name=to]", "")
    page.click("#dyad-form button[type=submit]")
    page.wait_for_url("**/dyads/USA/MEX?by=year")
    page.wait_for_selector("body[data-ready='1']")
    assert page.inner_text("#dyad-title").startswith("United States (USA) – Mexico (MEX)")
    assert page.inner_text("#total-events") == "3"

    page.select_option("#dyad-pick", "/dyads/RUS/UKR")
    page.wait_for_url("**/dyads/RUS/UKR")
    page.wait_for_selector("body[data-ready='1']")
    assert page.inner_text("#total-events") == "2"


def test_actor_page_network(page, screenshot):
    ready(page, "/actors/USA")
    nodes = {n.get_attribute("data-node") for n in page.query_selector_all("#network a.node")}
    assert nodes == {"USA", "HND", "GTM", "MEX", "SLV"}
    assert page.locator("#network line").count() >= 4
    assert page.inner_text("#counterparties tbody tr >> nth=0").startswith("Honduras")
    screenshot(page, "actor-usa")
    page.click("#network a.node[data-node='GTM']")
    page.wait_for_url("**/dyads/USA/GTM")
    assert page.inner_text("#total-events") == "5"


def test_map_draws_countries_and_places(page, screenshot):
    ready(page, "/map")
    assert page.locator("#map path[data-country]").count() > 150
    assert page.locator("#map circle.place").count() == 11
    shaded = page.get_attribute("#map path[data-country='HND']", "fill")
    assert shaded.startswith("rgba(37,84,166"), shaded
    assert page.get_attribute("#map path[data-country='BRA']", "fill") == "#fbfcfd"
    page.click("#map circle.place[data-place='Kyiv']", force=True)
    assert "Kyiv" in page.inner_text("#place-info h2")
    screenshot(page, "map")
    ready(page, "/map?dyad=USA,HND")
    assert page.locator("#map circle.place").count() == 6
    assert page.get_attribute("#map svg", "viewBox") != "0 0 960 500"  # zoomed to the dyad's places
    screenshot(page, "map-usa-hnd")


def test_events_table_filters_and_downloads(page, screenshot):
    ready(page, "/events")
    assert page.inner_text("#events-total") == "41"
    page.select_option("select[name=type]", "ACCUSE")
    page.fill("input[name=dyad]", "USA,HND")
    page.click("#events-form button[type=submit]")
    page.wait_for_selector("body[data-ready='1']")
    assert "type=ACCUSE" in page.url
    assert page.inner_text("#events-total") == "5"
    assert {b.inner_text() for b in page.query_selector_all("table.events .badge")} == {"ACCUSE"}
    page.fill("input[name=q]", "ambassador")
    page.click("#events-form button[type=submit]")
    page.wait_for_selector("body[data-ready='1']")
    assert page.inner_text("#events-total") == "1"
    page.click("table.events tbody tr >> nth=0")
    page.wait_for_selector("#drawer.open #evidence-sentence")
    assert page.inner_text("#evidence-sentence .seg.source") == "The US ambassador"
    screenshot(page, "events-filtered", full=False)
    page.keyboard.press("Escape")
    page.wait_for_selector("#drawer:not(.open)", state="attached")

    with page.expect_download() as got:
        page.click("#download-csv")
    rows = list(csv.DictReader(io.StringIO(got.value.path().read_text(encoding="utf-8"))))
    assert [r["trigger"] for r in rows] == ["criticised"] and got.value.suggested_filename == "dyadwatch-events.csv"
    with page.expect_download() as got:
        page.click("#download-jsonl")
    lines = got.value.path().read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["plover"]["type"] for line in lines] == ["ACCUSE"]


def test_api_reference_page(page, screenshot):
    ready(page, "/docs")
    assert "/dyads/{a}/{b}/series" in page.inner_text("main")
    screenshot(page, "api-docs")


def test_no_request_leaves_localhost(page, screenshot, live_server):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    for url in ("/", "/events", "/actors/HND", "/docs", "/actors", "/map"):
        ready(page, url)
    page.click("#map circle.place >> nth=0", force=True)
    ready(page, "/dyads/USA/HND")
    page.click("#timeline .event-mark >> nth=0")
    page.wait_for_selector("#drawer.open #evidence-sentence")
    page.click("#open-article")
    page.wait_for_selector("#article-text")
    hosts = {urlparse(u).hostname for u in requests if not u.startswith(("data:", "blob:", "about:"))}
    assert len(requests) > 20
    assert hosts <= {"127.0.0.1", "localhost"}, f"requests left this machine: {sorted(hosts)}"
