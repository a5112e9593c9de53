"""States not yet born at an event's date: the place belongs to the state that held it then."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from dyadwatch.actors.succession import country_at, held_by
from dyadwatch.models import Article, Event
from dyadwatch.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline.build()


def events_of(text: str, published: date) -> tuple[Event, ...]:
    [coded] = list(_pipeline().code([Article.create(text, published=published)]))
    return coded.events


@pytest.mark.parametrize(
    ("country", "on", "then"),
    [
        ("SSD", date(2005, 3, 1), "SDN"),
        ("SSD", date(2011, 7, 8), "SDN"),
        ("SSD", date(2011, 7, 9), "SSD"),
        ("ERI", date(1990, 1, 1), "ETH"),
        ("ERI", date(2000, 1, 1), "ERI"),
        ("SDN", date(2005, 3, 1), "SDN"),
        ("SSD", None, "SSD"),
        (None, date(2005, 3, 1), None),
    ],
)
def test_country_at_a_date(country, on, then):
    assert country_at(country, on) == then


def test_a_state_held_the_territory_of_those_born_later():
    assert held_by("SDN", date(2005, 3, 1)) == ("SDN", "SSD")
    assert held_by("SDN", date(2015, 3, 1)) == ("SDN",)


def test_a_town_shelled_before_independence_was_in_the_older_state():
    text = "Sudanese rebels shelled Juba on Monday, killing ten people in the town of Yei."
    before = events_of(text, date(2005, 3, 1))
    after = events_of(text, date(2015, 3, 1))
    assert {e.target.country for e in before if e.target} == {"SDN"}
    assert {e.location.country for e in before if e.location} == {"SDN"}
    assert "SSD" in {e.target.country for e in after if e.target}
    assert {e.location.country for e in after if e.location} == {"SSD"}
    # a state that did not exist is no government: Juba in 2005 is Sudan itself
    assert all(e.target.sector != "GOV" or e.target.country != "SSD" for e in before if e.target)
