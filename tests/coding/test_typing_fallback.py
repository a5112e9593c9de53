"""The classifier's event for a sentence in which the lexicon finds no trigger (sentences written
for these tests, with hand-given actors)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding import typing as typing_
from dyadwatch.coding.annotate import annotate
from dyadwatch.coding.frames import FrameFinder
from dyadwatch.coding.typing import fallback_frame

ACTORS = {"Arnor": "ARN", "Gondor": "GON", "Bree": "BRE"}


def _sentence(text: str):
    doc = annotate(text, ACTORS, published=date(2026, 2, 10))
    finder = FrameFinder(doc.spacy_doc, doc.actors, doc.article.text, published=date(2026, 2, 10))
    return finder, doc.spacy_doc[:]


class _Model:
    """A stand-in classifier: the same scores for every question."""

    uses_embeddings = False

    def __init__(self, scores: dict[str, float]) -> None:
        self._scores = scores

    def scores(self, sentence: str, clause: str, trigger_lemma: str) -> dict[str, float]:
        return self._scores


@pytest.fixture
def sure_of_alert(monkeypatch):
    from dyadwatch.coding import classifier

    monkeypatch.setattr(classifier, "load_classifier", lambda backend=None: _Model({"152": 0.8, "NONE": 0.2}))


def test_a_confident_type_with_an_actor_gives_an_event(sure_of_alert):
    finder, sent = _sentence("Arnor's troops remained on high alert near Gondor.")
    assert finder.frames(sent) == []  # nothing the lexicon knows: the fallback's case
    frame = fallback_frame(finder, sent)
    assert frame is not None
    assert frame.codes == ("152",)
    assert {a.actor.code for a in frame.sources} == {"ARN"}
    assert frame.certainty < 1.0
    assert any("classifier" in note for note in frame.notes)


def test_an_unsure_type_gives_no_event(monkeypatch):
    from dyadwatch.coding import classifier

    monkeypatch.setattr(classifier, "load_classifier", lambda backend=None: _Model({"152": 0.4, "NONE": 0.6}))
    finder, sent = _sentence("Arnor's troops remained on high alert near Gondor.")
    assert fallback_frame(finder, sent) is None


def test_no_actor_means_no_event(sure_of_alert):
    finder, sent = _sentence("The troops remained on high alert near the river.")
    assert fallback_frame(finder, sent) is None


def test_statements_are_never_the_anchor(sure_of_alert):
    # the only candidate verb is a speech verb; "according" is a preposition in disguise
    finder, sent = _sentence("Arnor said so, according to Gondor.")
    assert fallback_frame(finder, sent) is None


def test_without_a_model_there_is_no_fallback(monkeypatch):
    from dyadwatch.coding import classifier

    monkeypatch.setattr(classifier, "load_classifier", lambda backend=None: None)
    finder, sent = _sentence("Arnor's troops remained on high alert near Gondor.")
    assert fallback_frame(finder, sent) is None


def test_the_events_stage_uses_the_fallback_only_when_no_frame_is_found(sure_of_alert):
    from dyadwatch.stages.events import PloverEventStage

    doc = annotate("Arnor's troops remained on high alert near Gondor.", ACTORS, published=date(2026, 2, 10))
    events = PloverEventStage()(doc).events
    assert [(e.source.code, e.plover_type, e.cameo_code) for e in events] == [("ARN", "MOBILIZE", "152")]
    assert "classifier" in events[0].evidence
    # a sentence with a lexicon trigger keeps its own reading
    doc = annotate("Arnor attacked Gondor.", ACTORS, published=date(2026, 2, 10))
    assert {e.plover_type for e in PloverEventStage(use_classifier=False)(doc).events} == {"ASSAULT"}


@pytest.mark.slow
def test_the_shipped_classifier_codes_a_hunger_strike():
    finder, sent = _sentence("Prisoners from Arnor continued their hunger strike for a third week.")
    frame = fallback_frame(finder, sent)
    if frame is None:  # the lexicon may know this one; then the frame finder codes it
        assert finder.frames(sent)
    else:
        assert frame.codes[0].startswith("14")


def test_threshold_is_a_probability():
    assert 0.0 < typing_.FALLBACK_MIN_PROBABILITY < 1.0
