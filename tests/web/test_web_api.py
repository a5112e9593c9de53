"""The HTTP API in-process: every resource as JSON, filters, downloads, errors, ingest."""

from __future__ import annotations

import csv
import io
import json

import pytest

from dyadwatch.store import EventFilter


def test_index_lists_usa_hnd_first_and_redirects_browsers(api_client):
    body = api_client.get("/").json()
    assert body["counts"]["events"] == 41
    assert (body["dyads"][0]["a"], body["dyads"][0]["b"], body["dyads"][0]["events"]) == ("USA", "HND", 25)
    r = api_client.get("/", headers={"accept": "text/html"}, follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/dyads/USA/HND"


def test_same_handler_answers_html_and_json(api_client):
    as_json = api_client.get("/dyads/USA/HND", headers={"accept": "application/json"})
    as_param = api_client.get("/dyads/USA/HND?format=json")
    as_html = api_client.get("/dyads/USA/HND", headers={"accept": "text/html"})
    assert as_json.headers["content-type"].startswith("application/json")
    assert as_json.json() == as_param.json()
    assert as_html.headers["content-type"].startswith("text/html")
    assert "Honduras" in as_html.text and 'id="page-data"' in as_html.text


def test_dyad_dashboard_counts_both_directions(api_client):
    d = api_client.get("/dyads/USA/HND?format=json").json()
    assert d["dyad"]["a_name"] == "United States" and d["dyad"]["b_name"] == "Honduras"
    assert d["total"] == 25 == len(d["events"])
    sides = {(e["source"]["country"], e["target"]["country"]) for e in d["events"]}
    assert sides == {("USA", "HND"), ("HND", "USA")}
    assert sum(d["counts"]["type"].values()) == 25
    assert d["counts"]["stance"]["negated"] == 1 and d["counts"]["stance"]["hypothetical"] == 2
    assert d["summary"]["cooperation"] + d["summary"]["conflict"] == 25
    assert d["extent"] == {"first": "2017-06-15", "last": "2026-01-27"}
    assert [e["date"] for e in d["events"]] == sorted((e["date"] for e in d["events"]), reverse=True)


def test_dyad_date_range_and_period(api_client):
    d = api_client.get("/dyads/USA/HND?from=2019-01-01&to=2019-12-31&by=year&format=json").json()
    assert d["total"] == 3
    assert all("2019-01-01" <= e["date"] <= "2019-12-31" for e in d["events"])
    assert [(r["period"], r["events"]) for r in d["series"]] == [("2019-01-01", 3)]


def test_series_endpoint_by_month(api_client, demo_store):
    rows = api_client.get("/dyads/HND/USA/series?by=month").json()["series"]
    store_rows = demo_store.dyad_series("USA", "HND", by="month")
    assert [(r["period"], r["events"], r["mean_goldstein"]) for r in rows] == [
        (r.period.isoformat(), r.events, r.mean_goldstein) for r in store_rows
    ]
    first = rows[0]
    assert (
        first["period"] == "2017-06-01"
        and first["by_quad"] == {"1": 2}
        and first["by_type"] == {"CONSULT": 1, "AGREE": 1}
    )


def _countries(e):
    return {e.source.country, e.target.country}


# Each filter against an oracle computed from the hand-coded events themselves, not from SQL.
@pytest.mark.parametrize(
    ("query", "oracle"),
    [
        ("dyad=USA,HND", lambda e: _countries(e) == {"USA", "HND"}),
        ("dyad=HND-USA", lambda e: _countries(e) == {"USA", "HND"}),
        ("actor=GTM", lambda e: "GTM" in _countries(e)),
        ("actor=USAJUD", lambda e: e.source.code == "USAJUD"),
        ("country=UKR", lambda e: "UKR" in _countries(e)),
        ("sector=JUD", lambda e: "JUD" in {e.source.sector, e.target.sector}),
        ("type=ACCUSE", lambda e: e.plover_type == "ACCUSE"),
        ("type=disapprove", lambda e: e.plover_type == "ACCUSE"),  # the pre-2021 PLOVER name
        ("stance=negated", lambda e: e.stance == "negated"),
        ("mode=deport", lambda e: e.plover_mode == "deport"),
        ("context=economic", lambda e: "economic" in e.plover_context),
        ("from=2022-01-01&to=2022-12-31", lambda e: e.date.year == 2022),
        ("min_confidence=0.9", lambda e: e.confidence >= 0.9),
        ("min_confidence=&type=&q=&from=", lambda e: True),  # an empty form field means "any"
        ("q=asylum", lambda e: "asylum" in e.sentence),
        (
            "dyad=USA,HND&type=SANCTION&stance=hypothetical",
            lambda e: _countries(e) == {"USA", "HND"} and e.plover_type == "SANCTION" and e.stance == "hypothetical",
        ),
    ],
)
def test_event_filters(api_client, all_events, query, oracle):
    expected = sorted(e.event_id for e in all_events if oracle(e))
    body = api_client.get(f"/events?{query}&per_page=100").json()
    assert expected, "the oracle selects no event: the test would prove nothing"
    assert body["total"] == len(expected)
    assert sorted(e["event_id"] for e in body["events"]) == expected


def test_event_filters_agree_with_the_store(api_client, demo_store):
    body = api_client.get("/events?dyad=USA,MEX&per_page=100").json()
    assert [e["event_id"] for e in body["events"]] == [
        e["event_id"] for e in demo_store.events(EventFilter(dyad=("USA", "MEX")))
    ]


def test_pagination_walks_every_event_once(api_client):
    seen, url = [], "/events?per_page=15"
    while url:
        body = api_client.get(url).json()
        seen += [e["event_id"] for e in body["events"]]
        url = body["links"]["next"] and body["links"]["next"] + "&format=json"
    assert len(seen) == len(set(seen)) == 41
    assert api_client.get("/events?per_page=15&page=3").json()["links"]["prev"].startswith("/events?")


def test_csv_download_has_every_match(api_client):
    r = api_client.get("/events?dyad=USA,HND&format=csv")
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 25
    assert {r["source_country"] for r in rows} == {"USA", "HND"}
    signed = next(r for r in rows if r["trigger"] == "signed")
    assert signed["plover_type"] == "SUPPORT" and signed["cameo_code"] == "057" and signed["goldstein"] == "8.0"


def test_jsonl_download_is_the_event_contract(api_client, demo_store):
    r = api_client.get("/events?type=ASSAULT&format=jsonl")
    records = [json.loads(line) for line in r.text.splitlines()]
    assert len(records) == 2
    assert records == demo_store.events(EventFilter(plover_type="ASSAULT"))
    assert set(records[0]) >= {"event_id", "sentence", "trigger", "source", "target", "plover", "cameo", "stance"}


def test_event_evidence_marks_trigger_source_and_target(api_client):
    event = api_client.get("/events?q=asylum").json()["events"][0]
    body = api_client.get(f"/events/{event['event_id']}").json()
    marked = {role: s["text"] for s in body["evidence"]["segments"] for role in s["roles"]}
    assert marked == {"source": "Honduras", "trigger": "signed", "target": "the United States"}
    assert "".join(s["text"] for s in body["evidence"]["segments"]) == event["sentence"]
    assert body["evidence"]["article"]["title"] == "Honduras signs asylum agreement with United States"
    assert body["evidence"]["after"] == "Guatemala signed a similar accord in July."


def test_article_marks_every_event_and_the_selected_one(api_client):
    event = api_client.get("/events?q=caravan&type=THREATEN").json()["events"][0]
    body = api_client.get(f"/articles/{event['article_id']}?event={event['event_id']}").json()
    assert len(body["events"]) == 3 and body["selected"] == event["event_id"]
    triggers = [s["text"] for s in body["segments"] if "trigger" in s["roles"]]
    assert triggers == ["threatened", "rejected", "deployed"]
    assert [s["text"] for s in body["segments"] if "source" in s["roles"]] == ["President Donald Trump"]
    assert [s["text"] for s in body["segments"] if "target" in s["roles"]] == ["Honduras"]


def test_boilerplate_sentences_are_marked(api_client):
    event = api_client.get("/events?q=smuggling&per_page=1").json()["events"][0]
    body = api_client.get(f"/articles/{event['article_id']}").json()
    furniture = [s["text"] for s in body["segments"] if "boilerplate" in s["roles"]]
    assert furniture == ["Follow Gulf Wire on Twitter for more regional news."]


def test_actor_lookup_and_page(api_client):
    found = api_client.get("/actors?q=HND").json()["actors"]
    assert found[0]["code"] == "HNDGOV" and {a["country"] for a in found} == {"HND"}
    assert [a["code"] for a in api_client.get("/actors?q=kamala").json()["actors"]] == ["USAGOV"]
    assert api_client.get("/actors?q=Atlantis").json()["actors"] == []
    page = api_client.get("/actors/USA").json()
    assert page["actor"]["name"] == "United States"
    top = page["counterparties"][0]
    assert (top["code"], top["events"], top["cooperation"] + top["conflict"]) == ("HND", 25, 25)
    assert {n["id"] for n in page["network"]["nodes"]} == {"USA", "HND", "GTM", "MEX", "SLV"}
    assert {"source": "USA", "target": "HND", "events": 25}.items() <= page["network"]["edges"][0].items()
    by_code = api_client.get("/actors/USA?by=code").json()["counterparties"]
    assert by_code[0]["code"] == "HNDGOV"


def test_map_places_and_countries(api_client):
    body = api_client.get("/map?dyad=USA,HND").json()
    names = {p["name"]: p for p in body["places"]}
    assert set(names) == {"Washington", "Tegucigalpa", "Miami", "New York", "San Pedro Sula", "Soto Cano Air Base"}
    assert names["Tegucigalpa"]["lat"] == pytest.approx(14.0818)
    assert sum(body["countries"].values()) == 25
    assert api_client.get("/map?type=ASSAULT").json()["countries"] == {"UKR": 2}


@pytest.mark.parametrize(
    ("url", "status", "phrase"),
    [
        ("/events/e0000", 404, "no event 'e0000'"),
        ("/articles/a0000", 404, "no article"),
        ("/actors/ZZZ", 404, "no event involves actor 'ZZZ'"),
        ("/events?from=21-02-2018", 400, "write it as YYYY-MM-DD"),
        ("/events?type=FIGHTING", 400, "not a PLOVER type"),
        ("/events?stance=maybe", 400, "not one of asserted"),
        ("/events?dyad=USA", 400, "must name two actors"),
        ("/events?format=xml", 400, "format='xml'"),
        ("/events?per_page=5000", 400, "per_page"),
        ("/events?min_confidence=high", 400, "between 0 and 1"),
        ("/events?min_confidence=1.5", 400, "between 0 and 1"),
        ("/dyads/USA/HND?by=day", 400, "by"),
    ],
)
def test_errors_say_what_to_do(api_client, url, status, phrase):
    r = api_client.get(url)
    assert r.status_code == status
    assert phrase in r.json()["error"]
    if "format=" in url:  # an explicit format wins over Accept, so the error comes as JSON
        return
    html = api_client.get(url, headers={"accept": "text/html"})
    assert html.status_code == status and "text/html" in html.headers["content-type"]


def test_openapi_and_offline_docs(api_client):
    schema = api_client.get("/openapi.json").json()
    assert {"/events", "/dyads/{a}/{b}", "/dyads/{a}/{b}/series", "/actors/{spec}", "/articles/{article_id}",
            "/map", "/ingest"} <= set(schema["paths"])  # fmt: skip
    docs = api_client.get("/docs", headers={"accept": "text/html"}).text
    assert "/dyads/{a}/{b}/series" in docs and "min_confidence" in docs
    assert "cdn" not in docs.lower() and "https://" not in docs


def test_static_assets_are_served_and_local(api_client):
    for name in ("app.js", "charts.js", "viz.js", "app.css", "world.json", "favicon.svg"):
        r = api_client.get(f"/static/{name}")
        assert r.status_code == 200, name
        if name != "world.json":
            assert "http://" not in r.text.replace("http://www.w3.org/2000/svg", "") and "https://" not in r.text
    world = api_client.get("/static/world.json").json()
    ids = {c["id"] for c in world["countries"]}
    assert {"USA", "HND", "GTM", "MEX", "UKR"} <= ids and len(ids) > 150


def test_an_empty_store_says_what_to_do(tmp_path):
    from fastapi.testclient import TestClient

    from dyadwatch.store import Store
    from dyadwatch.web import create_app

    with Store(tmp_path / "empty.duckdb") as store:
        client = TestClient(create_app(store))
        assert client.get("/").json() == {"counts": store.counts(), "dyads": []}
        page = client.get("/", headers={"accept": "text/html"})
        assert page.status_code == 200 and "dyadwatch serve --demo" in page.text
        assert client.get("/dyads/USA/HND").json()["series"] == []
        assert client.get("/map").json()["places"] == []
