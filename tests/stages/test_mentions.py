from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.models import Article, Document
from dyadwatch.pipeline import Pipeline

TEXT = (
    "Honduran officials met U.S. authorities in Tegucigalpa on Monday. "
    "The government of Honduras said gang members and migrants cross the border every week. "
    "Secretary of State Marco rubio praised the office of Honduran President Juan Orlando Hernández. "
    "He said the Salvadoran army would help. Hungarian and Romanian officials agreed to cooperate.\n"
    "Follow Dyadwatch on Twitter\n"
)


@pytest.fixture(scope="module")
def mentions():
    pipeline = Pipeline.build(["sentences.spacy.v1", "mentions.spacy.v2"])
    doc = pipeline.run(Document(article=Article.create(TEXT, published=date(2018, 2, 20))))
    return doc.mentions


def _texts(mentions):
    return [m.text for m in mentions]


def test_role_phrases_with_their_modifiers(mentions):
    texts = _texts(mentions)
    for phrase in (
        "Honduran officials",
        "U.S. authorities",
        "The government of Honduras",
        "gang members",
        "migrants",
        "the Salvadoran army",
    ):
        assert phrase in texts, phrase


def test_longest_span_wins(mentions):
    texts = _texts(mentions)
    assert "the office of Honduran President Juan Orlando Hernández" in texts
    assert "Juan Orlando Hernández" not in texts  # inside the longer span


def test_careless_case_is_matched(mentions):
    assert any("Marco rubio" in t for t in _texts(mentions))


def test_pronouns_and_places_are_candidates(mentions):
    labels = {m.text: m.label for m in mentions}
    assert labels.get("He") == "PRON"
    assert "Tegucigalpa" in labels


def test_coordinated_modifiers_are_split(mentions):
    texts = _texts(mentions)
    assert "Hungarian" in texts
    assert "Romanian officials" in texts


def test_offsets_point_into_the_text(mentions):
    for m in mentions:
        assert TEXT[m.start : m.end] == m.text


def test_boilerplate_is_never_mined(mentions):
    assert not any("Twitter" in t or "Dyadwatch" in t for t in _texts(mentions))


def test_no_parse_no_mentions():
    from dyadwatch.stages.mentions import SpacyMentions

    doc = SpacyMentions()(Document(article=Article.create("Honduras.")))
    assert doc.mentions == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [("MS-13", "ORG"), ("Honduras Seeks", "GPE"), ("Claudia Sheinbaum", "PERSON"), ("Sarah Bermeo", "PERSON")],
)
def test_a_person_the_knowledge_base_knows_as_something_else_is_relabelled(text, label):
    from dyadwatch.actors import knowledge_base
    from dyadwatch.stages.mentions import _person_label

    assert _person_label(knowledge_base(), text) == label
