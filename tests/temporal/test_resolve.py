from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.errors import KnowledgeBaseError  # noqa: F401  (the anchor table raises it when malformed)
from dyadwatch.temporal import anchor_table, find_anchor, find_time_expressions, floor, resolve, shift

PUBLISHED = date(2018, 2, 21)  # a Wednesday


def value(text: str, *, language: str = "en", future: bool = False, published: date | None = PUBLISHED):
    [expr] = find_time_expressions(text, language=language)
    anchor = find_anchor(expr.anchor, on=published) if expr.anchor else None
    got = resolve(expr, published, future=future, anchor=anchor.value if anchor else None)
    return (got.date, got.precision) if got else None


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("on Tuesday", False, (date(2018, 2, 20), "day")),
        ("on Wednesday", False, (date(2018, 2, 21), "day")),
        ("on Tuesday", True, (date(2018, 2, 27), "day")),
        ("last Wednesday", False, (date(2018, 2, 14), "day")),
        ("last week", False, (date(2018, 2, 12), "week")),
        ("earlier this month", False, (date(2018, 2, 1), "month")),
        ("next month", True, (date(2018, 3, 1), "month")),
        ("last year", False, (date(2017, 1, 1), "year")),
        ("yesterday", False, (date(2018, 2, 20), "day")),
        ("in 2017", False, (date(2017, 1, 1), "year")),
        ("in March", False, (date(2017, 3, 1), "month")),
        ("in March", True, (date(2018, 3, 1), "month")),
        ("in January", False, (date(2018, 1, 1), "month")),
        ("three days ago", False, (date(2018, 2, 18), "day")),
    ],
)
def test_resolves_against_publication_date(text, future, expected):
    assert value(text, future=future) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el martes", (date(2018, 2, 20), "day")),
        ("la semana pasada", (date(2018, 2, 12), "week")),
        ("a principios de este mes", (date(2018, 2, 1), "month")),
        ("en 2017", (date(2017, 1, 1), "year")),
        ("ayer", (date(2018, 2, 20), "day")),
    ],
)
def test_resolves_spanish(text, expected):
    assert value(text, language="es") == expected


def test_shortly_before_a_known_anchor_lies_wholly_before_it():
    got = value("shortly before Asfura took office", published=date(2026, 2, 10))
    assert got is not None and got[1] == "month"
    assert got[0] < date(2026, 1, 27) and shift(got[0], "month", 1) <= date(2026, 1, 27)


def test_unknown_anchor_falls_back_before_publication_at_month_precision():
    assert value("shortly before the scandal broke") == (date(2018, 1, 1), "month")


def test_relative_needs_a_previous_date():
    [expr] = find_time_expressions("days later")
    assert resolve(expr, PUBLISHED) is None


def test_relative_time_without_publication_date_is_none():
    assert value("last week", published=None) is None


def test_anchor_picks_the_term_known_at_publication():
    assert find_anchor("Trump took office", on=date(2019, 6, 1)).value.date == date(2017, 1, 20)
    assert find_anchor("Trump took office", on=date(2025, 6, 1)).value.date == date(2025, 1, 20)
    assert find_anchor("the storm hit", on=PUBLISHED) is None
    assert len(anchor_table()) >= 15


def test_floor_and_shift_conventions():
    assert floor(date(2018, 2, 21), "week") == date(2018, 2, 19)  # Monday
    assert floor(date(2018, 2, 21), "month") == date(2018, 2, 1)
    assert shift(date(2018, 1, 31), "month", 1) == date(2018, 2, 28)
