"""roles.place.v2 and the recipient rules of the frames, through the full default pipeline."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from dyadwatch.models import Article, Event
from dyadwatch.pipeline import Pipeline


@cache
def _pipeline(**options) -> Pipeline:
    return Pipeline.build(options={"roles.place.v2": options} if options else None)


def events_of(text: str, **options) -> tuple[Event, ...]:
    [coded] = list(_pipeline(**options).code([Article.create(text, published=date(2024, 3, 4))]))
    return coded.events


def only(events: tuple[Event, ...], plover_type: str) -> Event:
    found = [e for e in events if e.plover_type == plover_type]
    assert found, f"no {plover_type} among {[(e.plover_type, e.evidence) for e in events]}"
    return found[0]


def test_visit_host_is_the_recipient():
    text = "The Honduran foreign minister arrived in Managua on Monday for two days of talks."
    event = only(events_of(text), "CONSULT")
    assert event.source.country == "HND"
    assert event.target.country == "NIC"
    assert event.target.code == "NIC"
    assert "country of the place" in event.evidence
    assert event.location.country == "NIC"  # the place stays the location


def test_foreign_place_gives_the_recipient_and_a_named_one_wins():
    lifted = only(events_of("The UN mission lifted the security restrictions in Tegucigalpa on Thursday."), "CONCEDE")
    assert lifted.source.code.startswith("IGO") and lifted.target.country == "HND"
    named = only(events_of("Honduras expelled two Nicaraguan diplomats in Managua on Friday."), "SANCTION")
    assert named.target.text == "two Nicaraguan diplomats"
    assert "country of the place" not in named.evidence


def test_domestic_recipient_and_its_switch():
    text = "Honduran police imposed a curfew in San Pedro Sula after the riots."
    event = next(e for e in events_of(text) if e.source is not None and e.source.country == "HND")
    assert event.target is not None and event.target.country == "HND"
    assert event.target.confidence < 0.6
    coded = events_of(text, domestic=False, domestic_acts=False)
    off = [e for e in coded if e.source is not None and e.source.country == "HND"]
    assert off and all(e.target is None for e in off)


def test_sourceless_violence_takes_the_country_of_its_place():
    event = only(events_of("A roadside bomb killed two American soldiers near Kandahar on Sunday."), "ASSAULT")
    assert event.source is not None and event.source.country == "AFG"
    assert event.target.country == "USA"


def test_place_of_the_previous_sentence_gives_no_role():
    text = "The delegation landed in Managua on Monday.\nHonduras lifted the curfew the next day."
    event = only(events_of(text), "CONCEDE")
    assert event.target is None or event.target.country != "NIC"


@pytest.mark.parametrize(
    ("text", "plover_type", "target_country"),
    [
        ("Mexico offered its soldiers to the Honduran government after the hurricane.", "AGREE", "HND"),
        ("Nicaragua has agreed to move its soldiers away from the border with Honduras.", "AGREE", None),
        ("China demanded that the United States drop its new tariffs.", "REQUEST", "USA"),
        ("Canada promised to keep up its economic aid to Honduras.", "AGREE", "HND"),
        ("A complaint against Nicaragua was lodged by Costa Rica with the court.", "ACCUSE", "NIC"),
    ],
)
def test_recipients_of_giving_moving_and_demanding(text, plover_type, target_country):
    event = only(events_of(text), plover_type)
    if target_country is None:
        assert event.target is None or event.target.sector not in ("MIL",)  # never its own troops
    else:
        assert event.target is not None and event.target.country == target_country, event.evidence


def test_a_list_read_as_an_apposition_is_every_member():
    events = events_of("Honduras, Guatemala, and El Salvador met in Tegucigalpa on Friday.")
    pairs = {(e.source.country, e.target.country) for e in events if e.plover_type == "CONSULT"}
    assert {("HND", "GTM"), ("GTM", "SLV"), ("SLV", "HND")} <= pairs


@pytest.mark.parametrize(
    ("text", "source_country", "target_country"),
    [
        ("Guatemala is opposed to any Mexican role in the border talks.", "GTM", "MEX"),
        ("Honduras is committed to opening its economy, the minister said.", "HND", None),
        ("On Monday Honduras accepted the mediators' plan to settle the quarrel with Nicaragua.", "HND", None),
        ("Honduras accepted emergency aid from Taiwan after the floods.", "TWN", "HND"),
    ],
)
def test_states_and_acceptance_keep_their_subject_as_source(text, source_country, target_country):
    event = max(events_of(text), key=lambda e: e.confidence)
    assert event.source is not None and event.source.country == source_country, event.evidence
    assert (event.target.country if event.target else None) == target_country, event.evidence


def test_a_place_outside_the_trigger_clause_gives_no_role():
    text = "The summit in Managua came a month after the Honduran government lifted the curfew."
    event = only(events_of(text), "CONCEDE")
    assert event.target is None or event.target.country != "NIC", event.evidence


def test_the_state_protesting_gets_no_government_target():
    events = events_of("Riot police blocked the avenue in San Pedro Sula as students marched against the reform.")
    assert not any(e.target is not None and e.target.name.startswith("government of") and e.source is not None
                   and e.source.sector == "COP" for e in events)  # fmt: skip


def test_restrictions_with_no_one_named_land_on_the_own_country():
    event = only(events_of("The Honduran government imposed a nationwide curfew after the riots."), "COERCE")
    assert event.target is not None and event.target.country == "HND" and event.target.confidence <= 0.4
    seized = [e for e in events_of("Nicaraguan troops seized the island on Sunday.") if e.plover_type == "COERCE"]
    assert all(e.target is None or e.target.country != "NIC" for e in seized)
    off = only(events_of("The Honduran government lifted the curfew.", domestic_acts=False), "CONCEDE")
    assert off.target is None


def test_the_common_enemy_of_a_cooperation_is_not_its_partner():
    events = [e for e in events_of("Honduras and Guatemala will cooperate against drug traffickers.")]
    partners = {(e.source.country, e.target.country) for e in events if e.plover_type == "COOPERATE" and e.target}
    assert partners == {("HND", "GTM"), ("GTM", "HND")}
    alone = events_of("Honduran soldiers are fighting together against the gangs, the minister said.")
    assert not any(e.plover_type == "COOPERATE" and e.target is not None and e.target.sector == "CRM" for e in alone)
