# ruff: noqa: E501  (PAGE is one paragraph per line, as pasted from a web page)
from __future__ import annotations

import pytest

from dyadwatch.models import Article, Document
from dyadwatch.stages.sentences import SpacySentences, boilerplate_spans, paragraph_is_boilerplate

PAGE = """Ministers Meet To Discuss Border Security
Example Wire logo
Ana Example Security and Defense Correspondent
Font Size:
  • Guatemala and Mexico agreed on Monday to share intelligence on smuggling networks.
  • The agreement follows months of talks.

Mexican Foreign Minister Marcelo Ebrard met his Guatemalan counterpart in Mexico City on Monday. "We will work together," he said [in Spanish] after the meeting.

Follow Ana on Twitter
Send tips to

Journalism Needs You
Example Wire is an independent newsroom. For as little as $5, you can help us. Chip in with a one-time donation to keep our reporting going.

Any news outlet may republish stories by Example Wire free of charge. All republished articles must include our reporter's byline.
"""


def _split(text: str) -> Document:
    return SpacySentences()(Document(article=Article.create(text)))


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Font Size:", True),
        ("Daily Planet logo", True),
        ("Follow Jo on Twitter", True),
        ("Make a one-time donation today and keep the Planet's newsroom independent.", True),
        ("All republished articles must include our reporter's byline.", True),
        ("Jo Example Immigration and Foreign Policy Reporter", True),
        ("Honduras pledged to deepen security cooperation with the United States.", False),
        ("The donation of medical supplies by Japan arrived in Tegucigalpa on Friday.", False),
    ],
)
def test_paragraph_rules(paragraph, expected):
    assert paragraph_is_boilerplate(paragraph) is expected


def test_page_furniture_is_marked_and_news_is_not():
    doc = _split(PAGE)
    news = [s.text for s in doc.sentences if not s.boilerplate]
    furniture = [s.text for s in doc.sentences if s.boilerplate]
    assert news[0] == "Ministers Meet To Discuss Border Security"
    assert any(t.startswith("• Guatemala and Mexico agreed") for t in news)
    assert any("met his Guatemalan counterpart" in t for t in news)
    assert all("donation" not in t and "republished" not in t and "Font Size" not in t for t in news)
    assert "Journalism Needs You" in furniture
    assert "Follow Ana on Twitter" in furniture


def test_sentences_never_cross_line_breaks_and_offsets_point_into_the_text():
    doc = _split(PAGE)
    for s in doc.sentences:
        assert "\n" not in s.text
        assert doc.article.text[s.start : s.end] == s.text
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))


def test_a_bracket_inside_a_quote_does_not_cut_the_sentence():
    doc = _split(PAGE)
    assert any(s.text.startswith('"We will work together," he said [in Spanish]') for s in doc.sentences)


@pytest.mark.shared
def test_seed_004_boilerplate(seed_text):
    text = seed_text("004_ddb78a8c298c6725.txt")
    doc = _split(text)
    furniture = " ".join(s.text for s in doc.sentences if s.boilerplate)
    news = " ".join(s.text for s in doc.sentences if not s.boilerplate)
    for phrase in ("Font Size", "logo", "one-time donation", "republished", "Follow Will", "Send tips"):
        assert phrase in furniture
        assert phrase not in news
    assert "MS-13" in news
    assert len(boilerplate_spans(text)) >= 8
