"""``actors.kb.v1`` and ``actors.dated.v1``: who each mention is, at the right date.

``actors.kb.v1`` resolves every mention against the knowledge base at the article's published date,
with coreference inside the article:

* a later partial name ("Trump", "Hernández", "Bermeo") is the full person named earlier;
* a bare definite title ("the president") is the latest person holding that title;
* "he" / "she" / "him" is the latest compatible person, subjects first;
* a person the knowledge base does not know takes the actor of their apposition ("Sarah Bermeo, an
  assistant professor ... at Duke University" -> USAEDU);
* a country or place after "in", "at", "near" ... is where something happened: a place, not an actor.

``actors.dated.v1`` runs after the dates stage and re-resolves person actors at each event's own
date (Hernández: HND government in 2018, a former president in 2026).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from dyadwatch.actors import ActorKB, knowledge_base
from dyadwatch.actors.roles import TITLES
from dyadwatch.actors.text import key
from dyadwatch.models import ActorRef, Document, Event, Mention, ResolvedMention
from dyadwatch.pipeline import Stage, register_stage

LOCATIVE = frozenset({"in", "at", "near", "inside", "across", "throughout", "within", "outside", "around"})
_PLACE_PREPOSITIONS = frozenset({"in", "of", "from", "throughout", "across", "at", "inside", "within", "near"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "KB"})
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})


@dataclass(slots=True)
class _Person:
    ref: ActorRef
    words: frozenset[str]  # name words, for "Hernández" -> "Juan Orlando Hernández"
    gender: str | None
    subject: bool
    sentence: int


@register_stage
class KBActors(Stage):
    """Resolve mentions to actors with the knowledge base, dates and in-article coreference."""

    name = "actors.kb.v1"
    requires = ("mentions",)
    provides = ("actors",)

    def __init__(self, *, coreference: bool = True, pronoun_window: int = 3, actors: Sequence[str] = ()) -> None:
        self.coreference = coreference
        self.pronoun_window = pronoun_window  # sentences back a pronoun may reach
        self.actor_files = tuple(actors)

    def __call__(self, doc: Document) -> Document:
        kb = knowledge_base(self.actor_files)
        return doc.evolve(actors=tuple(self.resolve_all(doc, kb)))

    def resolve_all(self, doc: Document, kb: ActorKB) -> list[ResolvedMention]:
        on = doc.article.published
        sdoc = doc.spacy_doc
        people: list[_Person] = []
        out: list[ResolvedMention] = []
        for mention in doc.mentions:
            token = _root(sdoc, mention)
            if mention.label == "PRON":
                ref = self._pronoun(mention, people) if self.coreference else None
                out.append(ResolvedMention(mention, ref))
                continue
            if token is not None and _locative(token) and mention.label in _PLACE_LABELS | {"NOUN"}:
                ref = kb.resolve(mention.text, on=on)
                if ref is None or (ref.kb_id or "").startswith("country.") or kb.is_place(mention.text):
                    out.append(ResolvedMention(mention, None, is_place=True))
                    continue
            ref = self._earlier_person(mention, people, kb, on) if self.coreference else None
            if ref is None and self.coreference:
                ref = self._title(mention, people, kb, on)
            if ref is None and token is not None:
                ref = _with_shared_head(token, mention, kb, on)
            if ref is None:
                ref = kb.resolve(mention.text, on=on)
            if ref is None and mention.label == "PERSON" and token is not None:
                ref = _apposition(token, mention, kb, on)
            if (
                ref is not None
                and token is not None
                and ((ref.country is None and ref.kb_id is None) or key(mention.text).startswith("ethnic "))
            ):
                ref = _country_from_context(ref, token, mention, doc, kb, on)
            is_place = ref is None and kb.is_place(mention.text)
            out.append(ResolvedMention(mention, ref, is_place=is_place))
            if ref is not None and _is_person(ref, mention, kb):
                people.append(
                    _Person(
                        ref=ref,
                        words=_name_words(ref.name if ref.kb_id else mention.text),
                        gender=kb.gender(ref.kb_id),
                        subject=token is not None and token.dep_ in ("nsubj", "nsubjpass"),
                        sentence=mention.sentence_index,
                    )
                )
        return out

    def _earlier_person(self, mention: Mention, people: list[_Person], kb: ActorKB, on: date | None) -> ActorRef | None:
        """A shorter name of a person already seen in the article ("Trump", "Hernández")."""
        if mention.label not in ("PERSON", "ORG", "KB", "NORP", "GPE") or not people:
            return None
        words = _name_words(mention.text) - TITLES
        if not words:
            return None
        for person in reversed(people):
            if words <= person.words and words != person.words | {""}:
                return _again(person.ref, mention.text, kb, on, 0.9)
        return None

    def _title(self, mention: Mention, people: list[_Person], kb: ActorKB, on: date | None) -> ActorRef | None:
        """ "the president" -> the latest person in the article whose title is president."""
        k = key(mention.text)
        if mention.label != "NOUN" or k not in TITLES or not mention.text.lower().startswith("the "):
            return None
        for person in reversed(people):
            title = (kb.title_at(person.ref.kb_id, on) or "").lower()
            if k in title:
                return _again(person.ref, mention.text, kb, on, 0.75)
        return None

    def _pronoun(self, mention: Mention, people: list[_Person]) -> ActorRef | None:
        word = mention.text.lower()
        wanted = "m" if word in _MALE else "f" if word in _FEMALE else None
        recent = [
            p for p in people
            if mention.sentence_index - p.sentence <= self.pronoun_window and p.gender in (None, wanted)
        ]  # fmt: skip
        if not recent:
            return None
        subjects = [p for p in recent if p.subject]
        chosen = (subjects or recent)[-1]
        return replace(chosen.ref, text=mention.text, confidence=round(min(chosen.ref.confidence, 0.6), 2))


@register_stage
class DatedActors(Stage):
    """Re-resolve the person actors of each event at the event's own date."""

    name = "actors.dated.v1"
    requires = ("events.date",)
    provides = ("events.actors_dated",)

    def __init__(self, *, actors: Sequence[str] = ()) -> None:
        self.actor_files = tuple(actors)

    def __call__(self, doc: Document) -> Document:
        kb = knowledge_base(self.actor_files)
        return doc.evolve(events=tuple(redate_event(e, kb) for e in doc.events))


def redate_event(event: Event, kb: ActorKB) -> Event:
    """The event with its person source/target resolved at ``event.date`` (when it has one)."""
    if event.date is None:
        return event
    return replace(event, source=_redate(event.source, event.date, kb), target=_redate(event.target, event.date, kb))


def _redate(ref: ActorRef | None, on: date, kb: ActorKB) -> ActorRef | None:
    if ref is None or not ref.kb_id:
        return ref
    entry = kb.entry(ref.kb_id)
    if entry is None or entry.kind != "person":
        return ref
    dated = kb.role_at(ref.kb_id, on)
    if dated is None:
        return ref
    return replace(dated, text=ref.text, confidence=ref.confidence)


def _again(ref: ActorRef, text: str, kb: ActorKB, on: date | None, confidence: float) -> ActorRef:
    again = kb.role_at(ref.kb_id, on) if ref.kb_id else None
    return replace(again or ref, text=text, confidence=round(min(ref.confidence, confidence), 2))


def _is_person(ref: ActorRef, mention: Mention, kb: ActorKB) -> bool:
    if ref.kb_id:
        entry = kb.entry(ref.kb_id)
        return entry is not None and entry.kind == "person" and key(mention.text) not in TITLES
    return mention.label == "PERSON"


def _name_words(name: str) -> frozenset[str]:
    return frozenset(key(name).split())


def _root(sdoc: Any, mention: Mention) -> Any:
    if sdoc is None:
        return None
    span = sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _locative(token: Any) -> bool:
    """The mention is the object of "in", "at", "near" ...: where something happened."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE


def _with_shared_head(token: Any, mention: Mention, kb: ActorKB, on: date | None) -> ActorRef | None:
    """A modifier split off a coordination takes the shared head noun: "Hungarian" in "Hungarian
    and Romanian officials" is read as "Hungarian officials"."""
    head = token.head
    if token.dep_ not in ("amod", "compound", "nmod", "npadvmod") or head.i == token.i:
        return None
    if mention.start <= head.idx < mention.end or head.idx < mention.start or not kb.has_role_word(head.text):
        return None
    alone = kb.resolve(mention.text, on=on)
    if alone is not None and (alone.sector is not None or not (alone.kb_id or "").startswith("country.")):
        return None  # a named actor ("President Donald Trump") is not a modifier
    ref = kb.resolve(f"{mention.text} {head.text}", on=on)
    return replace(ref, text=mention.text) if ref is not None else None


def _country_from_context(
    ref: ActorRef, token: Any, mention: Mention, doc: Document, kb: ActorKB, on: date | None
) -> ActorRef:
    """A generic actor without a country ("security forces", "rebels") takes the country of a place
    or country named in its own phrase: "Security forces in Guinea", "rebels in Darfur"."""
    end = token.right_edge.idx + len(token.right_edge.text)
    for other in doc.mentions:
        if other.sentence_index != mention.sentence_index or not (mention.end <= other.start < end):
            continue
        other_root = _root(token.doc, other)
        if other_root is None or other_root.head.lower_ not in _PLACE_PREPOSITIONS:
            continue  # "secretary of state for Cuba" does not make the secretary Cuban
        country = kb.country_of(other.text, on=on)
        if country:
            return replace(
                ref, country=country, code=f"{country}{ref.sector or ''}", confidence=round(min(ref.confidence, 0.6), 2)
            )
    return ref


def _apposition(token: Any, mention: Mention, kb: ActorKB, on: date | None) -> ActorRef | None:
    """An unknown person's actor from an apposition or a "role of X" phrase next to the name."""
    for child in token.children:
        if child.dep_ == "appos":
            span = token.doc[child.left_edge.i : child.right_edge.i + 1]
            ref = kb.resolve(span.text, on=on)
            if ref is not None:
                return ActorRef(
                    mention.text,
                    mention.text,
                    ref.code,
                    ref.country,
                    ref.sector,
                    None,
                    round(min(ref.confidence, 0.7), 2),
                )
    return None
