"""Objects the parser hides: counted objects read as a particle's phrase, and prepositions left
without their object. Parses are built by hand (spaCy ``Doc`` with given heads and labels) so the
structure under test does not depend on a model's mood."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dyadwatch.coding.grammar import objects_of


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_up_to_a_number_is_the_counted_object():
    # "Rebels kidnapped up to 16 advisers": "up" a particle, "to 16 advisers" its phrase
    doc = parsed(
        ["Rebels", "kidnapped", "up", "to", "16", "advisers"],
        [1, 1, 1, 2, 5, 3],
        ["nsubj", "ROOT", "prt", "prep", "nummod", "pobj"],
        ["NOUN", "VERB", "ADP", "ADP", "NUM", "NOUN"],
    )
    assert [t.text for t in objects_of(doc[1])] == ["advisers"]


def test_up_to_a_place_is_no_object():
    doc = parsed(
        ["Troops", "moved", "up", "to", "the", "front"],
        [1, 1, 1, 2, 5, 3],
        ["nsubj", "ROOT", "prt", "prep", "det", "pobj"],
        ["NOUN", "VERB", "ADP", "ADP", "DET", "NOUN"],
    )
    assert objects_of(doc[1]) == []


def test_a_real_object_wins():
    doc = parsed(
        ["Rebels", "freed", "up", "to", "16", "advisers"],
        [1, 1, 1, 1, 5, 1],
        ["nsubj", "ROOT", "prt", "quantmod", "nummod", "dobj"],
        ["NOUN", "VERB", "ADP", "ADP", "NUM", "NOUN"],
    )
    assert [t.text for t in objects_of(doc[1])] == ["advisers"]
