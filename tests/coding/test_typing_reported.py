"""Charges and demands in reported speech (sentences written for these tests, hand-given actors,
lexicon only)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.annotate import annotate
from dyadwatch.stages.events import PloverEventStage

ACTORS = {"Arnor": "ARN", "Gondor": "GON", "Bree": "BRE"}


def events(text: str) -> set[tuple[str, str, str]]:
    doc = annotate(text, ACTORS, published=date(2026, 2, 10))
    return {
        (e.source.code if e.source else "-", e.plover_type, e.target.code if e.target else "-")
        for e in PloverEventStage(use_classifier=False)(doc).events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge against the one said to have acted, not the act itself
        ("Arnor claimed that Gondor had attacked Bree.", {("ARN", "ACCUSE", "GON")}),
        ("Arnor alleged that Gondor helped the rebels in Bree.", {("ARN", "ACCUSE", "GON")}),
        # an unnamed source still names the accused
        ("A report alleged that Gondor had attacked Bree.", {("-", "ACCUSE", "GON")}),
    ],
)
def test_alleged_acts_are_accusations(text: str, expected: set) -> None:
    assert events(text) == expected


def test_claiming_ones_own_act_is_not_an_accusation() -> None:
    assert ("ARN", "ACCUSE", "ARN") not in events("Arnor claimed that it had attacked Bree.")
    assert not any(t == "ACCUSE" for _s, t, _t in events("Arnor claimed that it had attacked Bree."))


def test_claimed_cooperation_is_reported_news_not_a_charge() -> None:
    assert not any(t == "ACCUSE" for _s, t, _t in events("Arnor claimed that Gondor had agreed to talks with Bree."))


def test_must_in_reported_speech_is_a_demand_even_for_unknown_verbs() -> None:
    assert events("Arnor declared on Tuesday that Gondor must drop its tariffs.") == {("ARN", "REQUEST", "GON")}


def test_must_about_oneself_is_no_demand() -> None:
    assert events("Arnor said on Tuesday that it must drop its tariffs.") == set()


def test_what_is_demanded_is_not_coded_as_done() -> None:
    # neither a return nor a capture: Arnor demands something of Gondor
    text = "Arnor said on Tuesday that Gondor must return the prisoners that it captured last week."
    assert events(text) == {("ARN", "REQUEST", "GON")}


def test_should_is_a_demand_only_of_an_act_the_lexicon_knows() -> None:
    assert events("Arnor said on Tuesday that Gondor should withdraw its troops from Bree.") == {
        ("ARN", "REQUEST", "GON")
    }
    assert not any(t == "REQUEST" for _s, t, _t in events("Arnor said on Tuesday that Gondor should think twice."))


def test_a_demand_of_a_known_act_carries_its_code() -> None:
    doc = annotate("Arnor said on Tuesday that Gondor must release the prisoners.", ACTORS, published=date(2026, 2, 10))
    [event] = PloverEventStage(use_classifier=False)(doc).events
    assert event.plover_type == "REQUEST" and event.cameo_code != "100"
    assert "release" in event.evidence
