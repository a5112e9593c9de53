"""Senses of trigger words that depend on their object or modifier (sentences written for these
tests, coded with the lexicon alone, hand-given actors)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.annotate import annotate
from dyadwatch.coding.lexicon import lexicon
from dyadwatch.stages.events import PloverEventStage

ACTORS = {"Arnor": "ARN", "Gondor": "GON", "Bree": "BRE", "Rohan": "ROH"}


def codes(text: str) -> set[tuple[str, str]]:
    doc = annotate(text, ACTORS, published=date(2026, 2, 10))
    return {(e.plover_type, e.cameo_code) for e in PloverEventStage(use_classifier=False)(doc).events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighting side by side is cooperation; fighting someone is an assault
        ("Arnor and Gondor are fighting together against smugglers.", "COOPERATE"),
        ("Arnor fought alongside Gondor.", "COOPERATE"),
        ("Arnor fought Gondor near the river.", "ASSAULT"),
        # cracking down on gangs is coercion, not (by itself) violent repression
        ("Arnor cracked down on smugglers from Gondor.", "COERCE"),
        # suspending a newspaper is censorship, suspending aid a sanction
        ("Arnor suspended the newspaper of Gondor.", "COERCE"),
        ("Arnor suspended aid to Gondor.", "SANCTION"),
        # receiving observers lets others in; receiving a minister is a meeting
        ("Arnor received observers from Gondor.", "RETREAT"),
        ("Arnor received the foreign minister of Gondor.", "CONSULT"),
        ("Rebels from Arnor surrendered to Gondor.", "RETREAT"),
        ("Arnor allowed Gondor to hold the rally.", "CONCEDE"),
        ("Arnor defaced the embassy of Gondor.", "COERCE"),
        ("Arnor battled Gondor for the bridge.", "ASSAULT"),
    ],
)
def test_sense_by_object(text: str, expected: str) -> None:
    assert expected in {t for t, _ in codes(text)}, codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Arnor shared the assessment of Gondor that the situation was calm.",  # an opinion, not intelligence
        "Arnor denied responsibility for the bombing in Gondor.",  # a denial is a statement
        "Arnor denied any involvement in the raid on Gondor.",
    ],
)
def test_statements_are_not_events(text: str) -> None:
    assert codes(text) == set()


def test_sharing_intelligence_is_still_cooperation():
    assert ("COOPERATE", "064") in codes("Arnor has shared intelligence about the smugglers with Gondor.")


def test_every_new_code_is_in_the_cameo_table():
    lex = lexicon()  # loading checks every code; these senses must be present
    assert lex.verb("fight").code_for(["together"]) == "062"
    assert lex.verb("crack").code_for([], "down") == "170"
    assert lex.verb("share").code_for(["assessment"]) is None
