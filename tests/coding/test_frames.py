"""The grammar of event frames, on sentences written for these tests with hand-given actors."""

from __future__ import annotations

import pytest

from dyadwatch.coding.annotate import annotate
from dyadwatch.coding.frames import FrameFinder, frame_code
from dyadwatch.coding.lexicon import lexicon, parse_lexicon
from dyadwatch.errors import KnowledgeBaseError

ACTORS = {
    "Trump": "USAGOV", "Donald Trump": "USAGOV", "Washington": "USA", "United States": "USA", "U.S.": "USA",
    "Honduras": "HND", "Asfura": "HNDGOV", "Hernández": "HNDGOV", "Creamer": "USAGOV", "Mexico": "MEX",
    "Guatemala": "GTM", "El Salvador": "SLV", "Arnor": "ARN", "Gondor": "GON", "Bree": "BRE",
}  # fmt: skip
PERSONS = frozenset({"Trump", "Donald Trump", "Asfura", "Hernández", "Creamer"})


def frames_of(text: str) -> list:
    doc = annotate(text, ACTORS, persons=PERSONS)
    finder = FrameFinder(doc.spacy_doc, doc.actors, text)
    return [f for s in doc.spacy_doc.sents for f in finder.frames(s)]


def codes(frame) -> tuple[list[str], list[str]]:
    return [a.actor.code for a in frame.sources], [a.actor.code for a in frame.targets]


def test_active_voice_source_and_target() -> None:
    [frame] = frames_of("Arnor condemned Gondor on Tuesday.")
    assert frame.kind == "event" and frame.codes[0] == "111"
    assert codes(frame) == (["ARN"], ["GON"])


def test_passive_with_agent() -> None:
    [frame] = frames_of("Gondor was attacked by Arnor.")
    assert codes(frame) == (["ARN"], ["GON"])
    assert "passive agent" in " ".join(frame.notes)


def test_passive_aid_cut_by_washington() -> None:
    [frame] = frames_of("Aid to Honduras was cut by Washington.")
    assert frame.codes[0] == "162"
    assert [a.actor.code for a in frame.sources] == ["USA"]


def test_threat_is_not_the_act_threatened() -> None:
    [frame] = frames_of("Trump threatened to cut aid to Honduras.")
    assert frame.kind == "threat" and frame.codes == ("1311",)
    assert codes(frame) == (["USAGOV"], ["HND"])
    assert frame.stance.stance == "asserted"


def test_suggested_he_would_cut_aid_is_a_threat() -> None:
    [frame] = frames_of("Trump hinted he would halt military aid to Honduras.")
    assert frame.kind == "threat" and frame.codes[0] == "1311"
    assert codes(frame) == (["USAGOV"], ["HND"])


def test_pledge_to_work_with_is_agree() -> None:
    [frame] = frames_of("Honduras pledged to work with the United States against gangs.")
    assert frame.kind == "promise" and frame.codes[0].startswith("03")
    assert codes(frame) == (["HND"], ["USA"])


def test_reported_speech_codes_the_embedded_subject() -> None:
    [frame] = frames_of("Trump said Honduras would attack Mexico.")
    assert codes(frame) == (["HND"], ["MEX"])
    assert frame.stance.stance == "future"


def test_bare_statement_is_no_event() -> None:
    assert frames_of("Trump said the economy is strong.") == []


def test_quotation_we_is_the_speaker() -> None:
    frames = frames_of('"We will deepen our cooperation with the United States," Hernández said.')
    assert len(frames) == 1
    assert codes(frames[0]) == (["HNDGOV"], ["USA"])
    assert frames[0].kind == "promise"


def test_compound_target_gives_every_conjunct() -> None:
    [frame] = frames_of("Arnor condemned Mexico, Guatemala and El Salvador.")
    assert codes(frame) == (["ARN"], ["MEX", "GTM", "SLV"])


def test_relative_clause_subject_is_the_modified_noun() -> None:
    [frame] = frames_of("Bree praised Arnor, which invaded Gondor last week.")[1:]
    assert codes(frame) == (["ARN"], ["GON"])


def test_noun_events_with_possessor_and_of() -> None:
    [frame] = frames_of("Trump's pardon of Hernández angered Honduras.")
    assert frame.codes[0] == "0841"
    assert codes(frame) == (["USAGOV"], ["HNDGOV"])


def test_meeting_between_is_mutual() -> None:
    [frame] = frames_of("The meeting between Hernández and Creamer was friendly.")
    assert frame.mutual
    assert sorted(codes(frame)[0]) == ["HNDGOV", "USAGOV"]


def test_noun_threat_frames_the_cut() -> None:
    frames = frames_of("Trump's threats to halt military aid to Honduras angered voters.")
    assert [f.kind for f in frames] == ["threat"]
    assert frames[0].codes[0] == "1311"


def test_request_targets_the_one_asked() -> None:
    [frame] = frames_of("Arnor urged Bree to help Gondor.")
    assert frame.kind == "request"
    assert codes(frame) == (["ARN"], ["BRE"])


def test_refusal_to_meet_is_reject() -> None:
    [frame] = frames_of("Gondor refused to meet Arnor.")
    assert frame.kind == "refuse" and frame.codes[0] == "125"


def test_accusation_phrasal_verb_is_not_a_request() -> None:
    [frame] = frames_of("Trump called out Mexico for not doing enough.")
    assert frame.codes[0] == "111"


def test_sentence_without_actor_gives_no_frame() -> None:
    assert frames_of("The talks were long and the weather was cold.") == []


@pytest.mark.parametrize(
    ("kind", "inner", "expected"),
    [("threat", "162", "1311"), ("threat", "190", "138"), ("threat", None, "130"), ("promise", "070", "033"),
     ("promise", "040", "036"), ("request", "070", "023"), ("refuse", "040", "125"), ("promise", "057", "032"),
     ("promise", "166", "136")],
)  # fmt: skip
def test_frame_code(kind: str, inner: str | None, expected: str) -> None:
    assert frame_code(kind, inner, "ask") == expected


def test_shipped_lexicon_loads_and_knows_core_triggers() -> None:
    lex = lexicon()
    assert lex.verb("meet").codes[0] == "040"
    assert lex.frame("threaten") == "threat"
    assert lex.frame("say") == "speech"
    assert lex.noun("pardon").codes[0] == "0841"
    assert lex.verb("cut").code_for(["aid"]) == "162"
    assert lex.verb("cut").code_for(["bread"]) is None


def test_lexicon_rejects_unknown_codes() -> None:
    with pytest.raises(KnowledgeBaseError, match="unknown CAMEO code"):
        parse_lexicon({"verbs": {"frobnicate": "999"}})


def test_wanting_to_attack_is_a_threat() -> None:
    [frame] = frames_of("Arnor wants to attack Gondor.")
    assert frame.kind == "threat" and frame.codes[0] == "138"
    assert codes(frame) == (["ARN"], ["GON"])


def test_wanting_another_to_act_is_a_request_to_them() -> None:
    [frame] = frames_of("Arnor wants Bree to attack Gondor.")
    assert frame.kind == "request"
    assert codes(frame) == (["ARN"], ["BRE"])


def test_seeking_to_deepen_ties_is_intent_to_cooperate() -> None:
    [frame] = frames_of("Arnor is seeking to strengthen its partnership with Gondor.")
    assert frame.kind == "promise"
    assert codes(frame) == (["ARN"], ["GON"])


def test_said_they_will_attack_is_a_threat_by_each_speaker() -> None:
    [frame] = frames_of("Arnor and Bree said they will attack Gondor.")
    assert frame.kind == "threat"
    assert codes(frame) == (["ARN", "BRE"], ["GON"])


def test_said_would_not_provide_is_a_refusal() -> None:
    [frame] = frames_of("Trump said he would not send aid to Honduras.")
    assert frame.kind == "refuse"
    assert codes(frame) == (["USAGOV"], ["HND"])


def test_receiving_reverses_the_roles() -> None:
    [frame] = frames_of("Gondor received weapons from Arnor.")
    assert frame.codes[0] == "072"
    assert codes(frame) == (["ARN"], ["GON"])


def test_release_needs_an_actor_released() -> None:
    assert [f.codes[0] for f in frames_of("Arnor released Bree.")] == ["0841"]
    assert all(f.codes[0] != "0841" for f in frames_of("A report released in Arnor criticized Gondor."))


def test_main_clause_event_is_more_salient_than_its_purpose() -> None:
    frames = frames_of("Arnor blocked roads in Gondor to demand reforms from Bree.")
    by_kind = {f.kind: f for f in frames}
    assert by_kind["event"].certainty > by_kind["request"].certainty
