"""Targets the grammar finds beyond the object: the doer of what an accusation, a refusal or a
protest is about; a purpose clause's addressee; a restriction threatened at home; one protest
named twice. Through the full default pipeline, on sentences written for these tests."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from dyadwatch.models import Article, Event
from dyadwatch.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline.build()


def events_of(text: str) -> tuple[Event, ...]:
    [coded] = list(_pipeline().code([Article.create(text, published=date(2024, 3, 4))]))
    return coded.events


def only(events: tuple[Event, ...], plover_type: str) -> Event:
    found = [e for e in events if e.plover_type == plover_type]
    assert found, f"no {plover_type} among {[(e.plover_type, e.evidence) for e in events]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "plover_type", "source", "target", "cue"),
    [
        ("Peru is investigating alleged abuses by Chilean soldiers along the border.", "ACCUSE", "PER", "CHL", "'by'"),
        ("France condemned as reckless Russia's annexation of Crimea.", "ACCUSE", "FRA", "RUS", "possessor"),
        ("Jordan complained to the Security Council about three Syrian artillery strikes.",
         "ACCUSE", "JOR", "SYR", "Syrian"),
        ("A Lebanese television station defied a ban by the Syrian army.", "REJECT", "LBN", "SYR", "'by'"),
        ("The Bolivian energy minister refused to resign despite mounting pressure from the Senate of Bolivia.",
         "REJECT", "BOL", "BOL", "'from'"),
        ("The Kenyan opposition refused to answer a demand from the Ugandan president to withdraw its claims.",
         "REJECT", "KEN", "UGA", "'from'"),
        ("Japan refused to commit troops to the Saudi-led campaign in Yemen.",
         "REJECT", "JPN", "SAU", "modifier 'Saudi'"),
    ],
)  # fmt: skip
def test_the_target_is_the_doer_of_what_is_accused_or_refused(text, plover_type, source, target, cue):
    event = only(events_of(text), plover_type)
    assert (event.source.country, event.target.country) == (source, target), event.evidence
    assert cue in event.evidence


def test_a_refusal_to_promise_is_no_promise():
    events = events_of("Japan refused to commit troops to the Saudi-led campaign in Yemen.")
    assert [e.plover_type for e in events] == ["REJECT"]


def test_declining_to_comment_on_a_charge_refuses_no_one():
    events = events_of("The Chilean government declined to comment on the accusations by Peru.")
    assert not [e for e in events if e.plover_type == "REJECT"]


def test_an_agreement_despite_someones_objection_is_not_with_them():
    event = only(events_of("Argentina agreed to the new fishing quotas despite Chile's objections."), "AGREE")
    assert event.target is None or event.target.country != "CHL"


def test_the_own_possessive_is_never_the_target():
    event = only(events_of("Benin opened its borders to refugees on Monday."), "RETREAT")
    assert event.target is None or event.target.code != "BEN" or "possessor" not in event.evidence


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Polish foreign minister summoned Belarus's ambassador to protest the border incident.", "BLR"),
        ("The European Union has sent 30 monitors to Georgia to investigate the ceasefire violations.", "GEO"),
    ],
)
def test_a_purpose_clause_is_aimed_where_its_act_is(text, target):
    event = only(events_of(text), "ACCUSE")
    assert event.target is not None and event.target.country == target
    assert "of 's" in event.evidence  # "dobj of 'summoned'", "'to' of 'sent'"


def test_a_threatened_curfew_lands_on_the_own_country():
    text = "The president of Peru threatened to impose a curfew in Lima after days of looting."
    event = only(events_of(text), "THREATEN")
    assert (event.source.country, event.target.country) == ("PER", "PER")
    assert "own country" in event.evidence
    assert event.target.confidence < event.source.confidence


def test_a_threat_to_cut_aid_abroad_is_not_domestic():
    event = only(events_of("The president of Peru threatened to cut aid to Bolivia."), "THREATEN")
    assert event.target.country == "BOL"
    assert "own country" not in event.evidence


def test_a_demand_repeated_names_its_author_and_who_must_act():
    events = events_of("The UN repeated its demand that Myanmar release all political prisoners.")
    event = only(events, "REQUEST")
    assert event.source.code.startswith("IGO") or event.source.sector == "IGO" or "UN" in event.source.text
    assert event.target.country == "MMR"
    assert not [e for e in events if e.source is not None and e.source.country == "MMR"]  # nothing was released


def test_pushing_for_someone_to_act_asks_them_and_they_have_not_acted():
    events = events_of("Britain is pushing hard for the United States to back its climate plan.")
    event = only(events, "REQUEST")
    assert (event.source.country, event.target.country) == ("GBR", "USA")
    assert not [e for e in events if e.plover_type == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "plover_type", "target"),
    [
        ("Thousands marched in Caracas in defiance of Venezuelan authorities.", "PROTEST", "VEN"),
        ("Ethiopian troops were engaged in fighting near the border against Eritrean units.", "ASSAULT", "ERI"),
        ("Russia has trained thousands of reservists ready for an offensive against Ukraine.", "MOBILIZE", "UKR"),
        ("Rebels blew up a pipeline leading into Baghdad.", "ASSAULT", "IRQ"),
        ("Greece announced a suspension of ferry services with Turkey on Monday.", "SANCTION", "TUR"),
        ("The European Union may halt its mediation efforts among Bosnia's rival parties.", "SANCTION", "BIH"),
    ],
)
def test_targets_deeper_in_the_phrase(text, plover_type, target):
    event = only(events_of(text), plover_type)
    assert event.target is not None and event.target.country == target, event.evidence


def test_an_engaged_subject_is_the_source_not_the_target():
    text = "Ethiopian troops were engaged in fighting near the border against Eritrean units."
    event = only(events_of(text), "ASSAULT")
    assert event.source.country == "ETH"


def test_a_strike_to_protest_is_one_protest_against_whom_it_protests():
    events = events_of("Opposition deputies in Chile began a hunger strike to protest President Boric's decree.")
    protests = [e for e in events if e.plover_type == "PROTEST"]
    assert protests and all(e.target is not None for e in protests)
    assert protests[0].target.country == "CHL"


def test_the_backdrop_of_a_sentence_is_not_its_news():
    events = events_of(
        "Italy said on Monday it would suspend flights to Libya, a day after a Libyan militia shelled the airport."
    )
    top = max(events, key=lambda e: e.confidence)
    assert top.source.country == "ITA"


@pytest.mark.parametrize(
    ("text", "plover_type", "target"),
    [
        ("Chile established diplomatic relations with and then sent food aid to Vietnam.", "SUPPORT", "VNM"),
        ("Norway condemned and later sanctioned Russia.", "ACCUSE", "RUS"),
    ],
)
def test_an_object_shared_by_coordinated_verbs(text, plover_type, target):
    event = only(events_of(text), plover_type)
    assert event.target is not None and event.target.country == target
    assert "shared with" in event.evidence


def test_stopping_work_is_a_strike_against_whoever_made_the_law():
    text = "Thousands of dockers stopped work on Monday over a pension law signed by the Chilean labour minister."
    event = only(events_of(text), "PROTEST")
    assert event.cameo_code == "143"
    assert event.target.country == "CHL" and "'law'" in event.evidence
    assert not [e for e in events_of("Chile stopped the border talks with Peru.") if e.cameo_code == "143"]


def test_a_preposition_the_parser_left_without_its_object_still_names_the_recipient():
    # the parser makes the officers the subject of "holed up"; the words after "to" still name them
    text = (
        "Venezuela has granted diplomatic asylum to three Colombian army officers holed up inside a consulate "
        "since the border clashes, the Venezuelan embassy said on Friday."
    )
    event = only(events_of(text), "AID")
    assert (event.source.country, event.target.country) == ("VEN", "COL")
    assert event.target.sector == "MIL"


def test_a_camp_for_refugees_stands_for_the_refugees():
    event = only(events_of("A shelter for Syrian refugees was shelled by Turkish artillery."), "ASSAULT")
    assert (event.source.country, event.target.country) == ("TUR", "SYR")
    assert event.target.sector == "REF"


def test_whose_decision_it_is_does_what_it_decides():
    events = events_of("The Thai army welcomed Cambodia's decision to reopen the border.")
    assert only(events, "SUPPORT").target.country == "KHM"
    assert only(events, "RETREAT").source.country == "KHM"  # not the army that welcomed it
