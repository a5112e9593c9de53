"""Locating an event's sentence, trigger, source and target in its article text."""

from __future__ import annotations

import pytest

from dyadwatch.web.evidence import locate, segments

TEXT = "Title line.\n\nThe United States criticised Honduras. Honduras rejected the criticism of the United States."


def _record(trigger, start, end, source="The United States", target="Honduras", index=1, sentence=None):
    sentence = sentence or "The United States criticised Honduras."
    return {
        "sentence_index": index,
        "sentence": sentence,
        "trigger": {"text": trigger, "start": start, "end": end},
        "source": {"text": source} if source else None,
        "target": {"text": target} if target else None,
    }


SENTENCES = [
    {"index": 0, "start": 0, "end": 11, "text": "Title line.", "boilerplate": False},
    {"index": 1, "start": 13, "end": 51, "text": "The United States criticised Honduras.", "boilerplate": False},
    {
        "index": 2,
        "start": 52,
        "end": 104,
        "text": "Honduras rejected the criticism of the United States.",
        "boilerplate": False,
    },
]


def test_segments_cut_at_every_boundary_and_keep_the_text():
    segs = segments("abcdefgh", [(1, 4, "source"), (3, 6, "trigger")])
    assert segs == [
        {"text": "a", "roles": []},
        {"text": "bc", "roles": ["source"]},
        {"text": "d", "roles": ["source", "trigger"]},
        {"text": "ef", "roles": ["trigger"]},
        {"text": "gh", "roles": []},
    ]
    assert segments("", []) == []


@pytest.mark.parametrize(
    ("start", "end", "why"),
    [(31, 41, "article offsets"), (18, 28, "sentence-relative offsets"), (0, 0, "no usable offsets")],
)
def test_trigger_found_however_its_offsets_were_recorded(start, end, why):
    where = locate(TEXT, _record("criticised", start, end), SENTENCES, [])
    assert TEXT[slice(*where["trigger"])] == "criticised", why
    assert where["sentence"] == (13, 51)


def test_source_and_target_prefer_the_resolved_mention():
    record = _record("rejected", 61, 69, source="Honduras", target="the United States", index=2,
                     sentence=SENTENCES[2]["text"])  # fmt: skip
    mentions = [{"start": 87, "end": 104, "text": "the United States"}, {"start": 52, "end": 60, "text": "Honduras"}]
    where = locate(TEXT, record, SENTENCES, mentions)
    assert where["source"] == (52, 60) and where["target"] == (87, 104)


def test_same_text_on_both_sides_gets_two_spans():
    text = "Honduras and Honduras met."
    record = {"sentence_index": 0, "sentence": text, "trigger": {"text": "met", "start": 22, "end": 25},
              "source": {"text": "Honduras"}, "target": {"text": "Honduras"}}  # fmt: skip
    where = locate(text, record, [], [])
    assert where["source"] == (0, 8) and where["target"] == (13, 21)


def test_missing_actor_is_not_marked():
    where = locate(TEXT, _record("criticised", 31, 41, target=None), SENTENCES, [])
    assert where["target"] is None and where["source"] == (13, 30)
