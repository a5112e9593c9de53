"""dates.v1 on Documents built by hand (events made directly with the models), on the project's
labelled examples, and on the seed articles through the full pipeline when they are available."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.models import Document
from dyadwatch.pipeline import Pipeline
from dyadwatch.stages.dates import DatesStage

from .when_where_cases import case_document, document_with_events, when_where_cases

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def dated(doc: Document) -> dict[str, tuple]:
    out = DatesStage()(doc)
    return {e.trigger.text: (e.date, e.date_precision, e.date_source) for e in out.events}


@pytest.mark.slow
@pytest.mark.parametrize("case", when_where_cases(), ids=lambda c: c["id"])
def test_labelled_example_dates(case):
    event = DatesStage()(case_document(case)).events[0]
    expected = (date.fromisoformat(case["date"]) if case["date"] else None, case["precision"], case["date_source"])
    assert (event.date, event.date_precision, event.date_source) == expected


def test_own_clause_wins_over_a_date_elsewhere_in_the_sentence():
    doc = document_with_events(
        "Hernández, who came to power in 2014, met the envoy last week.",
        ["met", "came"],
        published=date(2018, 2, 21),
    )
    got = dated(doc)
    assert got["met"] == (date(2018, 2, 12), "week", "text")
    assert got["came"] == (date(2014, 1, 1), "year", "text")


def test_future_weekday_looks_forward():
    doc = document_with_events("The ministers will meet on Friday.", ["meet"], published=date(2024, 10, 8))
    assert dated(doc)["meet"] == (date(2024, 10, 11), "day", "text")


def test_past_weekday_looks_back_to_the_most_recent_one():
    doc = document_with_events("The ministers met on Friday.", ["met"], published=date(2024, 10, 8))
    assert dated(doc)["met"] == (date(2024, 10, 4), "day", "text")


def test_days_later_moves_from_the_previous_sentence():
    doc = document_with_events(
        "The envoy arrived in Tegucigalpa on March 3, 2021. Days later, she met the president.",
        ["met"],
        published=date(2021, 4, 1),
    )
    # A few days after a known day, at week precision: the week of 2021-03-01 (a Monday).
    assert dated(doc)["met"] == (date(2021, 3, 1), "week", "text")


def test_anchor_table_dates_shortly_before_an_inauguration():
    doc = document_with_events(
        "Trump pardoned Hernández shortly before Asfura took office.", ["pardoned"], published=date(2026, 2, 10)
    )
    value, precision, source = dated(doc)["pardoned"]
    assert source == "text" and precision == "month"
    assert value < date(2026, 1, 27)


def test_no_publication_date_and_no_time_gives_unknown_never_today():
    doc = document_with_events("Officials met in Tegucigalpa.", ["met"], published=None)
    assert dated(doc)["met"] == (None, None, "unknown")


def test_relative_time_without_publication_date_is_unknown():
    doc = document_with_events("Officials met last week.", ["met"], published=None)
    assert dated(doc)["met"] == (None, None, "unknown")


def test_fallback_can_be_switched_off():
    doc = document_with_events("Officials met.", ["met"], published=date(2020, 1, 1))
    event = DatesStage(fallback_to_published=False)(doc).events[0]
    assert (event.date, event.date_source) == (None, "unknown")


def test_a_document_without_events_is_returned_unchanged():
    doc = document_with_events("Nothing happened.", [], published=date(2020, 1, 1))
    assert DatesStage()(doc) is doc


def _full_pipeline() -> Pipeline | None:
    try:
        return Pipeline.build()
    except Exception:
        return None


@pytest.mark.slow
@pytest.mark.shared
def test_seed_004_dates_through_the_full_pipeline():
    seed = SEEDS / "004_ddb78a8c298c6725.txt"
    pipeline = _full_pipeline()
    if not seed.exists() or pipeline is None:
        pytest.skip("../shared/seeds or a pipeline stage is not available")
    from dyadwatch.models import Article

    text = seed.read_text(encoding="utf-8")
    coded = pipeline.code_article(Article.create(text, published=date(2018, 2, 21)))
    by_sentence: dict[str, list] = {}
    for event in coded.events:
        by_sentence.setdefault(event.sentence, []).append(event)

    def events_in(fragment: str) -> list:
        return [e for sentence, events in by_sentence.items() if fragment in sentence for e in events]

    threat = events_in("floated the idea")
    assert threat, "the events stage coded nothing in the aid-threat sentence"
    assert all((e.date, e.date_precision) == (date(2018, 2, 1), "month") for e in threat)
    statement = events_in("released a statement on Tuesday")
    assert statement and all(e.date == date(2018, 2, 20) for e in statement)
    meeting = [
        e for e in events_in("at a meeting last week") if "meeting" in e.trigger.text or e.plover_type == "CONSULT"
    ]
    for event in meeting:
        assert (event.date, event.date_precision) == (date(2018, 2, 12), "week")


@pytest.mark.slow
@pytest.mark.shared
def test_seed_000_pardon_is_dated_before_the_inauguration():
    seed = SEEDS / "000_b24b891656fd3bca.txt"
    pipeline = _full_pipeline()
    if not seed.exists() or pipeline is None:
        pytest.skip("../shared/seeds or a pipeline stage is not available")
    from dyadwatch.models import Article

    text = seed.read_text(encoding="utf-8")
    coded = pipeline.code_article(Article.create(text, published=date(2026, 2, 10)))
    pardon = [e for e in coded.events if "pardon of former Honduran President" in e.sentence]
    if not pardon:
        pytest.skip("the events stage codes no event in the pardon sentence")
    for event in pardon:
        assert event.date_source == "text" and event.date is not None and event.date < date(2026, 1, 27)


def test_the_anchor_event_takes_the_anchor_date():
    doc = document_with_events(
        "Earlier this month, Trump suggested cutting aid.\n"
        "Honduras is pledging to cooperate, two weeks after Trump suggested cutting aid to the region.",
        ["pledging"],
        published=date(2018, 2, 21),
    )
    text = doc.article.text
    start = text.index("suggested cutting aid to")
    from dataclasses import replace

    from dyadwatch.models import Trigger

    anchor_event = replace(
        doc.events[0], sentence_index=1, trigger=Trigger("suggested", start, start + len("suggested"))
    )
    got = DatesStage()(doc.evolve(events=(anchor_event,))).events[0]
    assert (got.date, got.date_precision, got.date_source) == (date(2018, 2, 1), "month", "text")


def test_events_without_sentences_are_dated_from_their_own_sentence_text():
    doc = document_with_events("The envoys met on Tuesday.", ["met"], published=date(2018, 2, 21))
    got = DatesStage()(doc.evolve(sentences=(), spacy_doc=None)).events[0]
    assert (got.date, got.date_source) == (date(2018, 2, 20), "text")


def test_historical_event_without_a_time_is_not_dated_at_publication():
    doc = document_with_events(
        "Hernández had pardoned several officials.",
        ["pardoned"],
        published=date(2018, 2, 21),
        stances={"pardoned": "historical"},
    )
    assert dated(doc)["pardoned"] == (None, None, "unknown")
