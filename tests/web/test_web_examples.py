"""The web UI over the bundled example corpus as the real pipeline codes it (`dyadwatch serve --demo`).
These assert what the corpus is about, not exact coder output: the coder improves over time."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_example_corpus_puts_usa_hnd_first(example_store):
    from fastapi.testclient import TestClient

    from dyadwatch.web import create_app

    client = TestClient(create_app(example_store))
    top = client.get("/").json()["dyads"][0]
    assert {top["a"], top["b"]} == {"USA", "HND"}
    board = client.get(f"/dyads/{top['a']}/{top['b']}?by=year").json()
    assert board["total"] >= 10 and len(board["series"]) >= 4
    for event in board["events"]:
        evidence = client.get(f"/events/{event['event_id']}").json()["evidence"]
        assert "".join(s["text"] for s in evidence["segments"]) == event["sentence"]
        marked = [s["text"] for s in evidence["segments"] if "trigger" in s["roles"]]
        assert marked == [event["trigger"]["text"]], event


@pytest.mark.browser
def test_example_dashboard_in_the_browser(chromium, example_server, screenshot):
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, base_url=example_server.url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto("/")
        page.wait_for_selector("body[data-ready='1']")
        assert "United States" in page.inner_text("#dyad-title") and "Honduras" in page.inner_text("#dyad-title")
        assert page.locator("#timeline .event-mark").count() >= 10
        screenshot(page, "examples-dashboard")
        # the mark painted last is on top: marks of events on the same day overlap
        page.click("#timeline .event-mark >> nth=-1")
        page.wait_for_selector("#drawer.open #evidence-sentence .seg.trigger")
        screenshot(page, "examples-evidence", full=False)
    finally:
        context.close()
    assert not errors
