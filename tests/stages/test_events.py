"""events.plover.v3 end to end on sentences written for these tests, with hand-given actors."""

from __future__ import annotations

from datetime import date

from dyadwatch.coding.annotate import annotate
from dyadwatch.models import Document
from dyadwatch.stages.events import PloverEventStage

ACTORS = {
    "Trump": "USAGOV", "Washington": "USA", "United States": "USA", "Honduras": "HND", "Asfura": "HNDGOV",
    "Hernández": "HNDGOV", "Creamer": "USAGOV", "Mexico": "MEX", "Guatemala": "GTM", "El Salvador": "SLV",
    "La Tribuna": "HNDMED", "Arnor": "ARN", "Gondor": "GON",
}  # fmt: skip
PERSONS = frozenset({"Trump", "Asfura", "Hernández", "Creamer"})


def coded(text: str, **settings: object) -> Document:
    stage = PloverEventStage(use_classifier=False, **settings)  # type: ignore[arg-type]
    return stage(annotate(text, ACTORS, persons=PERSONS, published=date(2026, 2, 10)))


def triples(doc: Document) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.code if e.source else "-", e.plover_type, e.target.code if e.target else "-", e.stance)
        for e in doc.events
    }


def test_stage_is_registered_with_its_wiring() -> None:
    assert PloverEventStage.name == "events.plover.v3"
    assert PloverEventStage.requires == ("spacy_doc", "sentences", "actors")
    assert PloverEventStage.provides == ("events",)


def test_threat_conditioned_on_election_is_asserted_threat_not_cut() -> None:
    doc = coded("Trump warned of cuts to aid if Asfura lost the election.")
    assert ("USAGOV", "THREATEN", "HNDGOV", "asserted") in triples(doc)
    assert not any(e.plover_type == "SANCTION" and e.stance == "asserted" for e in doc.events)


def test_compound_targets_give_one_event_each() -> None:
    doc = coded("Trump criticized Mexico, Guatemala and El Salvador.")
    assert {t[2] for t in triples(doc)} == {"MEX", "GTM", "SLV"}


def test_reciprocal_meeting_both_directions() -> None:
    doc = coded("Trump and Asfura met at Mar-a-Lago on Saturday.")
    assert {("USAGOV", "CONSULT", "HNDGOV", "asserted"), ("HNDGOV", "CONSULT", "USAGOV", "asserted")} <= triples(doc)


def test_negated_and_future_events() -> None:
    assert ("ARN", "CONSULT", "GON", "negated") in triples(coded("Arnor did not meet Gondor."))
    assert ("ARN", "CONSULT", "GON", "future") in triples(coded("Arnor will meet Gondor next week."))


def test_attribution_is_not_an_actor() -> None:
    doc = coded("Hernández met Creamer on Monday, according to La Tribuna.")
    assert all(
        "HNDMED" not in (e.source.code if e.source else "", e.target.code if e.target else "") for e in doc.events
    )
    assert ("HNDGOV", "CONSULT", "USAGOV", "asserted") in triples(doc)


def test_quotation_attributed_to_speaker() -> None:
    doc = coded('"We will deepen our cooperation with the United States," Hernández said.')
    assert ("HNDGOV", "AGREE", "USA", "asserted") in triples(doc)


def test_events_carry_evidence_offsets_and_confidence() -> None:
    text = "In a short statement, Trump threatened to cut aid to Honduras."
    doc = coded(text)
    [event] = doc.events
    assert text[event.trigger.start : event.trigger.end] == "threatened"
    assert "threatened" in (event.evidence or "") and "Trump" in (event.evidence or "")
    assert 0.0 < event.confidence <= 1.0
    assert event.cameo_code == "1311"
    assert event.to_record()["cameo"]["root"] == "13"


def test_boilerplate_sentences_are_never_coded() -> None:
    doc = coded("Arnor attacked Gondor.")
    assert doc.events
    marked = doc.evolve(sentences=tuple(s.__class__(s.index, s.start, s.end, s.text, True) for s in doc.sentences))
    assert PloverEventStage(use_classifier=False)(marked).events == ()


def test_require_target_drops_one_sided_events() -> None:
    text = "Trump hinted that he would halt military aid to several nations nearby."
    assert coded(text).events
    assert coded(text, require_target=True).events == ()


def test_with_type_decision_still_codes_framed_events() -> None:
    stage = PloverEventStage()
    doc = stage(annotate("Trump threatened to cut aid to Honduras.", ACTORS, persons=PERSONS))
    assert [e.plover_type for e in doc.events] == ["THREATEN"]


def _fake_typing(monkeypatch, decision) -> None:
    from dyadwatch.coding.typing import TypeDecision
    from dyadwatch.stages import events as events_module

    def decide(sentence, clause, trigger_lemma, candidates):
        return None if decision is None else TypeDecision(*decision)

    monkeypatch.setattr(events_module, "_typing", lambda: (decide, None))


def test_unsure_type_decision_does_not_overrule_the_lexicon(monkeypatch) -> None:
    _fake_typing(monkeypatch, ("042", "CONSULT", "visit", 0.5))
    doc = PloverEventStage(classify="all")(annotate("Arnor condemned Gondor.", ACTORS))
    assert [e.plover_type for e in doc.events] == ["ACCUSE"]


def test_sure_type_decision_overrules_the_lexicon(monkeypatch) -> None:
    _fake_typing(monkeypatch, ("042", "CONSULT", "visit", 0.95))
    doc = PloverEventStage(classify="all")(annotate("Arnor condemned Gondor.", ACTORS))
    assert [e.cameo_code for e in doc.events] == ["042"]


def test_no_event_decision_lowers_confidence_or_drops(monkeypatch) -> None:
    _fake_typing(monkeypatch, None)
    kept = PloverEventStage(classify="all")(annotate("Arnor condemned Gondor.", ACTORS)).events
    assert [e.plover_type for e in kept] == ["ACCUSE"] and kept[0].confidence < 0.5
    strict = PloverEventStage(classify="all", trust_no_event=True)
    assert strict(annotate("Arnor condemned Gondor.", ACTORS)).events == ()


def test_imagined_cut_in_a_subject_clause_is_hypothetical() -> None:
    doc = coded("Cutting aid to Honduras would undermine Washington.")
    assert {e.stance for e in doc.events if e.plover_type == "SANCTION"} == {"hypothetical"}


def test_type_decision_only_asked_about_ambiguous_triggers_by_default(monkeypatch) -> None:
    _fake_typing(monkeypatch, ("042", "CONSULT", "visit", 0.95))
    assert [e.plover_type for e in PloverEventStage()(annotate("Arnor condemned Gondor.", ACTORS)).events] == ["ACCUSE"]
    # "strike" may be a labour strike (PROTEST) or an attack (ASSAULT): the decision is asked
    _fake_typing(monkeypatch, ("143", "PROTEST", "boycott", 0.7))
    doc = PloverEventStage()(annotate("Arnor said workers will strike against Gondor.", ACTORS))
    assert "PROTEST" in {e.plover_type for e in doc.events}


def test_unknown_classify_setting_is_a_config_error() -> None:
    import pytest

    from dyadwatch.errors import ConfigError

    with pytest.raises(ConfigError, match="classify"):
        PloverEventStage(classify="sometimes")


def test_future_act_stays_the_act_unless_read_as_intent() -> None:
    text = "Arnor will give aid to Gondor."
    assert triples(coded(text)) == {("ARN", "AID", "GON", "future")}
    assert triples(coded(text, future_as_intent=True)) == {("ARN", "AGREE", "GON", "asserted")}
    assert triples(coded("Arnor will attack Gondor.", future_as_intent=True)) == {
        ("ARN", "THREATEN", "GON", "asserted")
    }
