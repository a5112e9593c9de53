"""``actors.kb.v2`` and ``actors.dated.v3``: who each mention is, at the right date.

``actors.kb.v2`` resolves every mention against the knowledge base at the article's published date,
with coreference inside the article:

* a later partial name ("Trump", "Hernández", "Bermeo") is the full person named earlier;
* a bare definite title ("the president") is the latest person holding that title;
* "he" / "she" / "him" is the latest compatible person, subjects first;
* a person the knowledge base does not know takes the actor of their apposition ("Sarah Bermeo, an
  assistant professor ... at Duke University" -> USAEDU);
* a country or place after "in", "at", "near" ... is where something happened: a place, not an actor;
* an actor without a country of its own ("police", "Kurds", "ethnic Albanians", a judge the knowledge
  base does not know) takes the country its text places it in: its own phrase, the sentence's place,
  the sentence's countries, the article's dominant country (:mod:`dyadwatch.actors.context`; the
  ``context_countries`` setting switches this off).

``actors.dated.v3`` runs after the dates stage and re-resolves person actors at each event's own
date (Hernández: HND government in 2018, a former president in 2026); a person the knowledge base
gives no country keeps the country the article placed them in. Every actor is put on the map of
the event's date: a state not yet born is the state that held its place then
(:mod:`dyadwatch.actors.succession`: Juba in 2005 is Sudan).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from dyadwatch.actors import ActorKB, knowledge_base
from dyadwatch.actors.context import (
    PLACE_PREPOSITIONS,
    ArticleCountries,
    demonym_group,
    ethnic_country,
    needs_country,
    placed,
)
from dyadwatch.actors.roles import TITLES
from dyadwatch.actors.succession import actor_at
from dyadwatch.actors.text import key
from dyadwatch.models import ActorRef, Document, Event, Mention, ResolvedMention
from dyadwatch.pipeline import Stage, register_stage

LOCATIVE = frozenset({"in", "at", "near", "inside", "across", "throughout", "within", "outside", "around"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "KB"})
_CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
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

    name = "actors.kb.v2"
    requires = ("mentions",)
    provides = ("actors",)

    def __init__(
        self,
        *,
        coreference: bool = True,
        pronoun_window: int = 3,
        context_countries: bool = True,
        actors: Sequence[str] = (),
    ) -> None:
        self.coreference = coreference
        self.context_countries = context_countries  # place countryless actors by their text
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
        if self.context_countries:
            out = self._place_by_context(doc, out, kb, on)
        return out

    def _place_by_context(
        self, doc: Document, resolved: list[ResolvedMention], kb: ActorKB, on: date | None
    ) -> list[ResolvedMention]:
        """Give actors without a country of their own the country their text places them in
        (see :mod:`dyadwatch.actors.context`)."""
        sdoc = doc.spacy_doc
        todo: list[tuple[int, str | None, bool, bool]] = []
        people: set[tuple[str, str]] = set()
        for i, rm in enumerate(resolved):
            ref, mention = rm.actor, rm.mention
            if ref is None or rm.is_place:
                continue
            if mention.label == "PRON" or (mention.label != "NOUN" and (ref.name, ref.code) in people):
                continue  # "he", "Rivera": placed with the person they refer back to
            if mention.label == "PERSON":
                people.add((ref.name, ref.code))
            ethnic = ethnic_country(ref, mention.text, _word_before(sdoc, mention))
            generic = needs_country(ref, kb)
            group = ethnic is not None or demonym_group(ref, mention.text, kb)
            if generic or group:
                todo.append((i, ethnic, generic, group))
        if not todo:
            return list(resolved)
        ethnic_groups = frozenset(i for i, ethnic, _g, _grp in todo if ethnic is not None)
        cues = ArticleCountries(doc.article.text, resolved, kb, on, skip=ethnic_groups)
        if sdoc is not None:
            cues.add_places(_unlisted_places(sdoc, doc))
        out = list(resolved)
        for i, ethnic, generic, group in todo:
            rm = resolved[i]
            ref, mention = rm.actor, rm.mention
            if ref is None:
                continue
            token = _root(sdoc, mention)
            # An ethnic community keeps its own name ("Albanians"), not the state's ("Albania").
            sector, name = (ref.sector or "CVL", mention.text) if group else (None, None)
            # "the Albanians of southern Serbia" are an ethnic group; "Americans in Iraq" are Americans
            preps = PLACE_PREPOSITIONS if generic or ethnic else frozenset({"of"})
            own = _own_phrase_country(token, mention, doc, cues, preps) if token is not None else None
            if own is not None and own[0] is None:
                continue  # placed in a region: no country to give
            if own is not None and own[0] is not None and own[0] != ref.country:
                out[i] = replace(rm, actor=placed(ref, own[0], own[1], "own phrase", kb, sector=sector, name=name))
                continue
            if not (generic or ethnic):
                continue  # "Albanians" alone: the demonym's country stands
            found = cues.country_for(i, mention.start, mention.sentence_index, exclude=ethnic)
            if found is not None:
                country, cue, how = found
                out[i] = replace(rm, actor=placed(ref, country, cue, how, kb, sector=sector, name=name))
        return _follow_placed_people(resolved, out)

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
    """Re-resolve the person actors of each event at the event's own date, and every actor on
    the map of that date (a state not yet born is the state that held its place then)."""

    name = "actors.dated.v3"
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
    source = actor_at(_redate(event.source, event.date, kb), event.date, kb)
    target = actor_at(_redate(event.target, event.date, kb), event.date, kb)
    return replace(event, source=source, target=target)


def _redate(ref: ActorRef | None, on: date, kb: ActorKB) -> ActorRef | None:
    if ref is None or not ref.kb_id:
        return ref
    entry = kb.entry(ref.kb_id)
    if entry is None or entry.kind != "person":
        return ref
    dated = kb.role_at(ref.kb_id, on)
    if dated is None:
        return ref
    if dated.country is None and ref.country is not None:
        # A person the knowledge base gives no country keeps the one the article placed them in.
        dated = replace(dated, name=ref.name, country=ref.country, code=f"{ref.country}{dated.sector or ''}")
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


def _follow_placed_people(before: list[ResolvedMention], after: list[ResolvedMention]) -> list[ResolvedMention]:
    """A person placed by context ("Judge Alejandro Rivera" -> Chile) is placed for the later
    mentions that refer back to them too ("Rivera", "he"), which copied the first reading."""
    placed_people: dict[tuple[str, str], ActorRef] = {}
    for old, new in zip(before, after, strict=True):
        if (
            old.actor is not None
            and new.actor is not None
            and new.actor is not old.actor
            and old.mention.label == "PERSON"
        ):
            placed_people.setdefault((old.actor.name, old.actor.code), new.actor)
    if not placed_people:
        return after
    out = []
    for old, new in zip(before, after, strict=True):
        ref = old.actor
        follows = ref is not None and new.actor is ref and old.mention.label != "NOUN"
        target = placed_people.get((ref.name, ref.code)) if ref is not None and follows else None
        if ref is not None and target is not None and target is not ref:
            confidence = round(min(ref.confidence, target.confidence), 2)
            new = replace(new, actor=replace(target, text=ref.text, confidence=confidence))
        out.append(new)
    return out


def _own_phrase_country(
    token: Any, mention: Mention, doc: Document, cues: ArticleCountries, preps: frozenset[str] = PLACE_PREPOSITIONS
) -> tuple[str | None, str] | None:
    """(country, place text) of a place or country named in the actor's own phrase: "Security
    forces in Guinea", "rebels in Darfur", "the Albanians of southern Serbia"; (None, region) for a
    region that lies in no one country."""
    end = token.right_edge.idx + len(token.right_edge.text)
    for other in doc.mentions:
        if other.sentence_index != mention.sentence_index or not (mention.end <= other.start < end):
            continue
        other_root = _root(token.doc, other)
        if other_root is None or other_root.head.lower_ not in preps:
            continue  # "secretary of state for Cuba" does not make the secretary Cuban
        if cues.kb.is_region(other.text):
            return None, other.text  # "cartels operating across Central America": in no one country
        country = cues.place_country(other.text, mention.sentence_index)
        if country:
            return country, other.text
    return None


def _unlisted_places(sdoc: Any, doc: Document) -> list[tuple[int, str, int]]:
    """Proper nouns after a locative preposition that no mention covers ("in Soroti": the entity
    recogniser missed it), as (start, text, sentence index), in the coded sentences."""
    covered = [(m.start, m.end) for m in doc.mentions]
    coded = [s for s in doc.sentences if not s.boilerplate]
    starts = [s.start for s in coded]
    found = []
    for tok in sdoc:
        if tok.pos_ != "PROPN" or tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE:
            continue
        if tok.ent_type_ not in ("", "ORG", "GPE", "LOC", "DATE") or tok.lower_ in _CALENDAR:
            continue  # "in Mbarara" may be taken for a date; "in May" is one
        start = min(t.idx for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i)
        end = tok.idx + len(tok.text)
        if any(s < end and start < e for s, e in covered):
            continue
        index = bisect_right(starts, start) - 1
        if index >= 0 and end <= coded[index].end:
            found.append((start, doc.article.text[start:end], coded[index].index))
    return found


def _word_before(sdoc: Any, mention: Mention) -> str:
    """The word just before a mention ("ethnic" in "ethnic Albanians" when the entity is the noun)."""
    if sdoc is None:
        return ""
    span = sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return ""
    return sdoc[span.start - 1].text


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
