"""``mentions.spacy.v2``: find the spans of text that may name an actor.

Candidates, in the non-boilerplate sentences only:

* spaCy entities that can be actors (PERSON, ORG, NORP, GPE, FAC, LOC);
* names of the actor knowledge base, matched case-insensitively (careless text writes "Marco rubio"
  and "honduras'"; spaCy misses or mislabels such names) — acronyms ("US", "UN") case-sensitively,
  so that the pronoun "us" is never the United States;
* noun phrases headed by role words, with their modifiers and an "of" phrase ("Honduran officials",
  "the government of Honduras", "a Duke University professor", "gang members");
* personal pronouns ("he", "she"), which the actors stage links to an earlier person.

Where candidates overlap the longest wins, so "the office of Honduran President Juan Orlando
Hernández" is one mention, not three.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import Any

from dyadwatch.actors import ActorKB, knowledge_base
from dyadwatch.actors.roles import ROLE_WORDS
from dyadwatch.actors.text import key
from dyadwatch.models import Document, Mention, Sentence
from dyadwatch.nlp import load_spacy
from dyadwatch.pipeline import Stage, register_stage

ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him"})  # "her" is as often a possessive
_NEEDS_OF = frozenset({"office"})
_TRIM = frozenset({"'s", "’s", "'", "’", ",", ".", ";", ":", "-", "—", "–", "“", "”", '"'})


@register_stage
class SpacyMentions(Stage):
    """Candidate actor spans from spaCy entities, knowledge-base names, role phrases and pronouns."""

    name = "mentions.spacy.v2"
    requires = ("spacy_doc", "sentences")
    provides = ("mentions",)

    def __init__(
        self,
        *,
        entities: bool = True,
        kb_names: bool = True,
        role_phrases: bool = True,
        pronouns: bool = True,
        actors: Sequence[str] = (),
    ) -> None:
        self.entities = entities
        self.kb_names = kb_names
        self.role_phrases = role_phrases
        self.pronouns = pronouns
        self.actor_files = tuple(actors)

    def __call__(self, doc: Document) -> Document:
        if doc.spacy_doc is None:
            return doc.evolve(mentions=())
        kb = knowledge_base(self.actor_files)
        return doc.evolve(mentions=tuple(find_mentions(doc.spacy_doc, doc.sentences, kb, self)))


def find_mentions(sdoc: Any, sentences: Sequence[Sentence], kb: ActorKB, options: SpacyMentions) -> list[Mention]:
    """The mentions of one parsed article, ordered by position."""
    coded = [s for s in sentences if not s.boilerplate]
    if not coded:
        return []
    starts = [s.start for s in coded]
    # Doc.text rebuilds the whole string on every access: read it once.
    full = sdoc.text
    candidates: list[tuple[int, int, str]] = []  # (char start, char end, label)

    if options.entities:
        for ent in sdoc.ents:
            if ent.label_ in ENTITY_LABELS:
                span = _trim(ent, full)
                if span is not None:
                    label = ent.label_
                    if label == "PERSON":
                        label = _person_label(kb, full[span[0] : span[1]])
                    candidates.append((*span, label))
    if options.kb_names:
        for start, end in _kb_matches(sdoc, kb, full):
            text = full[start:end]
            if kb.resolve(text) is not None or kb.is_place(text):
                candidates.append((start, end, "KB"))
    if options.role_phrases:
        for chunk in sdoc.noun_chunks:
            root = chunk.root
            if root.pos_ == "PRON" or root.tag_ in ("WDT", "WP"):
                continue
            # A role phrase ("Honduran officials"), or a name with its title ("Mexican President
            # Claudia Sheinbaum"), but not any phrase that merely holds a role word.
            titled_name = root.pos_ == "PROPN" and kb.has_role_word(sdoc[chunk.start : root.i].text)
            if not (_role_head(root) or titled_name):
                continue
            end_token = _of_phrase_end(root, chunk.end)
            if root.lower_ in _NEEDS_OF and end_token == chunk.end:
                continue  # "took office" names no actor; "the office of the president" does
            for part in _conjuncts(sdoc, chunk.start, end_token, root):
                span = _trim(part, full)
                if span is None:
                    continue
                text = full[span[0] : span[1]]
                ref = kb.resolve(text)
                if ref is not None or kb.has_role_word(text):
                    candidates.append((*span, _label(kb, ref, part.root)))
    if options.pronouns:
        for token in sdoc:
            if token.lower_ in PERSONAL_PRONOUNS and token.tag_ == "PRP":
                candidates.append((token.idx, token.idx + len(token.text), "PRON"))

    # Longest first; among equals prefer entities and knowledge-base names over role phrases.
    rank = {"PRON": 3, "NOUN": 2, "KB": 1}
    candidates.sort(key=lambda c: (-(c[1] - c[0]), rank.get(c[2], 0), c[0]))
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    for start, end, label in candidates:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        index = bisect_right(starts, start) - 1
        if index < 0 or end > coded[index].end:
            continue  # outside the coded sentences, or straddling two sentences
        sentence = coded[index]
        taken.append((start, end))
        mentions.append(Mention(sentence.index, start, end, full[start:end], label))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _trim(span: Any, full: str) -> tuple[int, int] | None:
    """Character offsets of a span without trailing possessives, punctuation or line breaks."""
    tokens = list(span)
    while tokens and (tokens[-1].is_space or tokens[-1].text in _TRIM or tokens[-1].tag_ == "POS"):
        tokens.pop()
    while tokens and (tokens[0].is_space or tokens[0].is_punct):
        tokens.pop(0)
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = full[start:end]
    if "\n" in text:  # a span across paragraphs is a parsing accident
        return None
    return start, end


def _conjuncts(sdoc: Any, start: int, end: int, root: Any) -> list[Any]:
    """Split coordinated modifiers: "U.S. and Russian negotiators" is two actors, "U.S." and
    "Russian negotiators" (the actors stage reads the first with the shared head noun)."""
    cuts = [t.i for t in sdoc[start:end] if t.dep_ == "cc" and t.i < root.i and t.head.i != root.i]
    if not cuts:
        return [sdoc[start:end]]
    parts, begin = [], start
    for cut in cuts:
        parts.append(sdoc[begin:cut])
        begin = cut + 1
    parts.append(sdoc[begin:end])
    return [p for p in parts if len(p)]


def _label(kb: ActorKB, ref: Any, root: Any) -> str:
    """PERSON for a titled name ("Mexican President Claudia Sheinbaum"), so that later pronouns and
    titles can refer back to it; NOUN for a role phrase ("Honduran officials")."""
    entry = kb.entry(ref.kb_id) if ref is not None and ref.kb_id else None
    if entry is not None:
        return "PERSON" if entry.kind == "person" and ref.name == entry.name else "NOUN"
    return "PERSON" if root.ent_type_ == "PERSON" else "NOUN"


_KIND_LABELS = {"country": "GPE", "organisation": "ORG", "igo": "ORG"}


def _person_label(kb: ActorKB, text: str) -> str:
    """The parser's PERSON, unless the knowledge base knows the name as something else: "MS-13" is
    a gang and a headline's "Honduras Seeks" a country, and neither may become "he" later."""
    ref = kb.resolve(text)
    entry = kb.entry(ref.kb_id) if ref is not None and ref.kb_id else None
    return _KIND_LABELS.get(entry.kind, "PERSON") if entry is not None else "PERSON"


def _role_head(root: Any) -> bool:
    """The phrase is headed by a role word ("officials", "gang members"), not merely holding one
    ("the movement of narcotics and gang recruits")."""
    words = {root.text, root.lemma_}
    if root.i > 0:
        words.add(f"{root.doc[root.i - 1].text} {root.text}")
    return any(key(w) in ROLE_WORDS for w in words)


def _of_phrase_end(root: Any, chunk_end: int) -> int:
    """Extend "the government" to "the government of Honduras"."""
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == chunk_end:
            return child.right_edge.i + 1
    return chunk_end


@cache
def _matchers(kb: ActorKB) -> tuple[Any, Any]:
    from spacy.matcher import PhraseMatcher

    nlp = load_spacy()
    names, acronyms = kb.surface_forms()
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    lower.add("KB", list(nlp.tokenizer.pipe(n.lower() for n in names)))
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    variants = {a for a in acronyms} | {".".join(a) + "." for a in acronyms if "." not in a}
    exact.add("KB", list(nlp.tokenizer.pipe(sorted(variants))))
    return lower, exact


def _kb_matches(sdoc: Any, kb: ActorKB, full: str) -> list[tuple[int, int]]:
    lower, exact = _matchers(kb)
    spans = []
    for _, start, end in [*lower(sdoc), *exact(sdoc)]:
        trimmed = _trim(sdoc[start:end], full)
        if trimmed is not None:
            spans.append(trimmed)
    return spans
