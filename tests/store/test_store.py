from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.errors import StoreError
from dyadwatch.ontology import cameo_info
from dyadwatch.schema import validate_event
from dyadwatch.store import EventFilter, Store


def test_add_coded_counts_what_it_stores(fresh_store, coded_thread):
    result = fresh_store.add_coded(coded_thread)
    assert (result.articles_added, result.articles_skipped, result.events) == (4, 0, 5)
    assert fresh_store.counts()["events"] == 5
    assert fresh_store.counts()["sentences"] == 4


def test_ingesting_the_same_articles_twice_adds_nothing(fresh_store, coded_thread):
    fresh_store.add_coded(coded_thread)
    again = fresh_store.add_coded(coded_thread + coded_thread[:1])
    assert again.articles_added == 0
    assert again.articles_skipped == 5
    assert fresh_store.counts() == {"articles": 4, "sentences": 4, "actors": 0, "events": 5, "failures": 0}


def test_a_failing_batch_leaves_nothing_behind(fresh_store, coded_thread, monkeypatch):
    import dyadwatch.store.duckdb_store as mod

    def broken(self, con, rows):
        raise RuntimeError("disk full")

    monkeypatch.setattr(mod.Store, "_insert_events", broken)
    with pytest.raises(RuntimeError):
        fresh_store.add_coded(coded_thread)
    assert fresh_store.counts()["articles"] == 0
    assert fresh_store.counts()["sentences"] == 0


def test_stored_events_read_back_as_valid_contract_records(fresh_store, coded_thread):
    fresh_store.add_coded(coded_thread)
    records = fresh_store.events()
    assert len(records) == 5
    for record in records:
        validate_event(record)
    originals = {e.event_id: e.to_record() for c in coded_thread for e in c.events}
    for record in records:
        assert record == originals[record["event_id"]]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(dyad=("USA", "HND")), 4),
        (EventFilter(dyad=("HND", "USA")), 4),
        (EventFilter(dyad=("USA", "MEX")), 1),
        (EventFilter(actor="MEX"), 1),
        (EventFilter(plover_type="threaten"), 1),
        (EventFilter(date_from=date(2018, 2, 15), date_to=date(2018, 12, 31)), 3),
        (EventFilter(text="pledged"), 1),
        (EventFilter(country="HND", stance="asserted"), 4),
        (EventFilter(stance="negated"), 0),
        (EventFilter(limit=2), 2),
    ],
)
def test_event_filters(fresh_store, coded_thread, flt, expected):
    fresh_store.add_coded(coded_thread)
    assert len(fresh_store.events(flt)) == expected


def test_dyad_series_counts_types_quads_and_goldstein(fresh_store, coded_thread):
    fresh_store.add_coded(coded_thread)
    series = fresh_store.dyad_series("USA", "HND", by="month")
    assert [row.period for row in series] == [date(2018, 2, 1), date(2018, 3, 1)]
    feb, mar = series
    assert feb.events == 2
    assert feb.by_type == {"THREATEN": 1, "AGREE": 1}
    assert feb.by_quad == {3: 1, 1: 1}
    expected = (cameo_info("1311").goldstein + cameo_info("0312").goldstein) / 2
    assert feb.mean_goldstein == pytest.approx(expected, abs=1e-3)
    assert mar.by_type == {"CONSULT": 2}


def test_read_only_store_that_does_not_exist_says_what_to_do(tmp_path: Path):
    with pytest.raises(StoreError, match="dyadwatch ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_store_survives_reopening(tmp_path: Path, coded_thread):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add_coded(coded_thread)
    with Store(path, read_only=True) as store:
        assert store.count_events() == 5
        assert store.events(EventFilter(text="threatened"))[0]["plover"]["type"] == "THREATEN"
