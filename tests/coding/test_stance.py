"""Stance of triggers: asserted, future, hypothetical, negated, historical (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.stance import stance_of
from dyadwatch.nlp import load_spacy


def stance(text: str, trigger: str, published: date | None = None, **kw: bool) -> str:
    doc = load_spacy()(text)
    tok = next(t for t in doc if t.text == trigger)
    return stance_of(tok, published=published, **kw).stance


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Arnor met Gondor on Monday.", "met", "asserted"),
        ("Arnor did not meet Gondor.", "meet", "negated"),
        ("Arnor never visited Gondor.", "visited", "negated"),
        ("Arnor will meet Gondor next week.", "meet", "future"),
        ("Gondor plans to visit Arnor next week.", "visit", "future"),
        ("Bree is expected to sign an agreement with Arnor.", "sign", "future"),
        ("Bree is about to conclude a treaty with Rohan.", "conclude", "future"),
        ("If Asfura lost, Washington would cut aid to Honduras.", "cut", "hypothetical"),
        ("Arnor could impose sanctions on Gondor.", "impose", "hypothetical"),
        ("Arnor had invaded Gondor before the war.", "invaded", "historical"),
        ("The potential cuts worried Honduras.", "cuts", "hypothetical"),
        ("The upcoming talks will be held in Tegucigalpa.", "talks", "future"),
        ("No talks were held.", "talks", "negated"),
    ],
)
def test_stance(text: str, trigger: str, expected: str) -> None:
    assert stance(text, trigger) == expected


def test_year_before_publication_is_historical() -> None:
    text = "Hernández took office in 2017 after a close vote."
    assert stance(text, "took", published=date(2018, 2, 21)) == "historical"
    assert stance(text, "took", published=date(2017, 6, 1)) == "asserted"


def test_threat_ignores_its_condition() -> None:
    text = "Washington warned it would cut aid if Asfura lost."
    assert stance(text, "cut") in ("hypothetical", "future")
    assert stance(text, "warned", conditional_ok=False) == "asserted"


def test_negation_wins_over_future() -> None:
    assert stance("Arnor will not meet Gondor.", "meet") == "negated"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an infinitive of purpose or of a noun's content is a goal, not a deed
        ("Arnor faces pressure from Gondor to crack down on smugglers.", "crack", "future"),
        ("Arnor sent envoys to Bree to negotiate a truce.", "negotiate", "future"),
        # the main verb of the same sentences is still what happened
        ("Arnor sent envoys to Bree to negotiate a truce.", "sent", "asserted"),
    ],
)
def test_infinitive_goals_are_not_deeds(text: str, trigger: str, expected: str) -> None:
    assert stance(text, trigger) == expected
