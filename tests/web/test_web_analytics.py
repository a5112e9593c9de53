"""The read-side queries in ``dyadwatch.store.analytics`` that the web layer is built on."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pyarrow as pa
import pytest

from dyadwatch.errors import StoreError
from dyadwatch.store import EventFilter, Store, series
from dyadwatch.store import analytics as A
from dyadwatch.store.schema import EVENT_COLUMNS


def test_breakdown_matches_the_events(demo_store, all_events):
    got = A.breakdown(demo_store, EventFilter(actor="GTM"))
    gtm = [e for e in all_events if "GTM" in {e.source.country, e.target.country}]
    assert got["type"] == dict(Counter(e.plover_type for e in gtm))
    assert got["stance"] == dict(Counter(e.stance for e in gtm))
    assert sum(got["quad"].values()) == len(gtm)


def test_counterparties_count_both_directions(demo_store, all_events):
    rows = {r["code"]: r for r in A.counterparties(demo_store, "HND")}
    usa = rows["USA"]
    assert (usa["events"], usa["sent"] + usa["received"]) == (25, 25)
    assert usa["sent"] == 7  # events with Honduras as source
    assert "HND" not in rows  # an actor is not its own counterparty
    window = A.counterparties(demo_store, "HND", date_from=date(2024, 1, 1))
    since = [e for e in all_events if e.date >= date(2024, 1, 1) and "HND" in {e.source.country, e.target.country}]
    assert {r["code"]: r["events"] for r in window} == {"USA": len(since)} == {"USA": 9}


def test_network_has_ties_among_counterparties(demo_store):
    graph = A.network(demo_store, "HND")
    ids = {n["id"] for n in graph["nodes"]}
    assert {"HND", "USA", "CHN", "TWN"} <= ids
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    assert any({e["source"], e["target"]} == {"SLV", "USA"} for e in graph["edges"])


def test_places_group_by_location(demo_store):
    places = {p["name"]: p for p in A.places(demo_store, EventFilter(country="UKR"))}
    assert set(places) == {"Kyiv", "Kharkiv"}
    assert places["Kyiv"]["top_type"] == "ASSAULT" and places["Kyiv"]["mean_goldstein"] == -10.0


def test_top_dyads_name_the_more_active_side_first(demo_store):
    pairs = [(d["a"], d["b"], d["events"]) for d in A.top_dyads(demo_store, limit=3)]
    assert pairs == [("USA", "HND", 25), ("USA", "GTM", 5), ("USA", "MEX", 3)]


def test_iter_events_pages_through_everything(demo_store):
    ids = [e["event_id"] for e in A.iter_events(demo_store, EventFilter(limit=3), page=4)]
    assert len(ids) == len(set(ids)) == demo_store.count_events()


def test_load_event_table_appends_rows(tmp_path, demo_store):
    rows = demo_store.events(EventFilter(actor="RUS"))
    with Store(tmp_path / "bulk.duckdb") as store:
        table = pa.Table.from_pylist([dict(zip(EVENT_COLUMNS, _row(r), strict=True)) for r in rows])
        assert A.load_event_table(store, table) == 2
        assert A.count_all(store) == 2
        assert store.events(EventFilter(actor="RUS")) == rows


def _row(record):
    # A stored record back to a row of the events table, column by column.
    src, tgt, loc = record["source"], record["target"], record["location"]

    values = {
        "event_id": record["event_id"], "article_id": record["article_id"], "sentence_index": record["sentence_index"],
        "sentence": record["sentence"], "trigger_text": record["trigger"]["text"],
        "trigger_start": record["trigger"]["start"], "trigger_end": record["trigger"]["end"],
        "plover_type": record["plover"]["type"], "plover_mode": record["plover"]["mode"],
        "plover_context": record["plover"]["context"], "stance": record["stance"],
        "cameo_code": record["cameo"]["code"], "cameo_root": record["cameo"]["root"],
        "quad_class": record["cameo"]["quad_class"], "goldstein": record["cameo"]["goldstein"],
        "event_date": date.fromisoformat(record["date"]), "date_precision": record["date_precision"],
        "date_source": record["date_source"], "location_name": loc["name"], "location_country": loc["country"],
        "lat": loc["lat"], "lon": loc["lon"], "geonameid": loc["geonameid"], "location_admin1": loc["admin1"],
        "location_precision": loc["precision"], "confidence": record["confidence"], "coder": record["coder"],
        "evidence": record["evidence"],
    }  # fmt: skip
    for prefix, actor in (("source", src), ("target", tgt)):
        for key in ("name", "text", "code", "country", "sector", "kb_id"):
            values[f"{prefix}_{key}"] = actor[key]
    return [values[c] for c in EVENT_COLUMNS]


@pytest.mark.parametrize(
    ("a", "b", "by", "lo", "hi"),
    [
        ("USA", "HND", "month", None, None),
        ("HND", "USA", "week", None, None),
        ("USA", "HND", "year", date(2019, 1, 1), date(2022, 12, 31)),
        ("USAGOV", "HNDGOV", "month", None, None),  # code prefixes
        ("Q30", "HND", "month", None, None),  # a knowledge-base id
        ("usa", "hndelI", "year", None, None),
        ("RUS", "UKR", "week", date(2022, 2, 24), date(2022, 2, 24)),
        ("USA", "ZZZ", "month", None, None),
    ],
)
def test_fast_series_equals_the_store_series(demo_store, a, b, by, lo, hi):
    fast = series.dyad_series(demo_store, a, b, by=by, date_from=lo, date_to=hi)
    slow = demo_store.dyad_series(a, b, by=by, date_from=lo, date_to=hi)
    assert [(r.period, r.events, r.by_type, r.by_quad) for r in fast] == [
        (r.period, r.events, r.by_type, r.by_quad) for r in slow
    ]
    # Means may differ in the last rounded digit: the two sum floats in another order.
    assert all(abs(f.mean_goldstein - s.mean_goldstein) <= 0.0011 for f, s in zip(fast, slow, strict=True))
    assert (len(fast) > 0) == (b != "ZZZ")


def test_fast_series_sees_new_events(tmp_path, all_events):
    from dataclasses import replace

    from dyadwatch.models import Article, CodedArticle

    with Store(tmp_path / "grow.duckdb") as store:
        article = Article.create("Growing store.")
        first = [replace(e, article_id=article.article_id) for e in all_events[:5]]
        store.add_coded([CodedArticle(article, (), (), tuple(first))])
        before = sum(r.events for r in series.dyad_series(store, "USA", "HND", by="year"))
        more = Article.create("Growing store, again.")
        rest = [replace(e, article_id=more.article_id) for e in all_events]
        store.add_coded([CodedArticle(more, (), (), tuple(rest))])
        after = sum(r.events for r in series.dyad_series(store, "USA", "HND", by="year"))
        assert (before, after) == (
            sum(1 for e in first if {e.source.country, e.target.country} == {"USA", "HND"}),
            before + 25,
        )


def test_fast_series_rejects_an_unknown_period(demo_store):
    with pytest.raises(StoreError, match="not one of week, month, year"):
        series.dyad_series(demo_store, "USA", "HND", by="day")
