"""``roles.place.v2``: the country an event happens in, for a role the text leaves unnamed.

Many events name no recipient in words but direct themselves at the country where they happen:
"the Iraqi president arrived in Amman" (PLOVER: in a visit the visitor is the actor and the host
the recipient), "Serbia lifted the curfew in Montenegro", "the UN sent observers to Bosnia",
"Turkish authorities imposed a curfew in Cizre" (a domestic event: Turkey -> Turkey). And many
violent events name only their victims: "a roadside bomb near Samarra killed a U.S. soldier",
"a missionary was arrested in Lebanon". Coders of CAMEO and PLOVER data give such events the
country of the place, and dyadic analyses count them for that pair; this stage does the same,
and says so in the evidence.

The rule is narrow on purpose:

* only a place that ``places.v3`` attached to the event's own trigger in its own sentence, and
  within the trigger's own clause ("the meeting in New York came after the administration cut
  aid": New York is the meeting's place, not the cut's); not a place carried over from the
  previous sentence;
* a missing recipient of an event that has a source; a missing source of an act done by someone
  unnamed — an attack, an arrest, a sanction, a conviction ("was convicted in Manhattan") — that
  has a recipient (never both: an event with neither stays as it is; a statement without its
  speaker is not the place's);
* the role becomes the state (its knowledge-base entry), with a lower confidence than an actor
  named in words, lower still for a domestic recipient (the place in the source's own country),
  which only acts on the place get: a curfew, a crackdown, an attack, a protest, troops moved or
  withdrawn — "Trump threatened to cut aid during a visit to Virginia" threatens no one in
  Virginia (``domestic=False`` gives no domestic recipient at all).
* a protest by people outside the state that names no one it is against is against the
  government where it happens (PLOVER:
  protests are "against the recipient"; CAMEO coders code unnamed ones against the government):
  the government of its place's country, else of the protesters' own country
  (``protest_government=False`` leaves them without a recipient).
* a restriction imposed or eased with no one named ("Sudan lifted the state of emergency",
  "Turkish police banned the march") lands on the actor's own country: a domestic COERCE or
  CONCEDE event, coded to the source's country with the lowest confidence; so does one
  threatened, promised or refused ("threatened to impose a curfew": the act it frames is read
  from ``Document.notes["framed_codes"]``, written by the events stage)
  (``domestic_acts=False`` leaves them without a recipient). The place stays the event's location: a place
  is never an actor, the country that governs it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dyadwatch.actors import ActorKB, knowledge_base
from dyadwatch.models import ActorRef, Document, Event
from dyadwatch.pipeline import Stage, register_stage

PLACE_ROLE_CONFIDENCE = 0.6
# Types whose act lands on the place where it happens, even in the actor's own country.
DOMESTIC_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "CONCEDE", "RETREAT", "MOBILIZE", "PROTEST"})
# Acts whose doer is often left unnamed ("was arrested in Bree", "a bomb killed three in Gondor").
UNNAMED_DOER_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Acts that, with no one named, land on the actor's own country (CAMEO codes): curfews, bans,
# states of emergency imposed (172x) or eased (080-083), repression (175). Not seizures (173)
# or expulsions (174), which usually land on someone foreign the sentence did not name.
DOMESTIC_ACT_CODES = ("080", "081", "082", "083", "172", "175")
UNNAMED_DOER_CAMEO = ("115", "116")  # lawsuits and convictions: "was convicted in Manhattan"
# Sectors of the state, which does not protest against itself; elites (a former president, a
# tycoon) are not the state and protest like anyone else.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@register_stage
class PlaceRoles(Stage):
    """Fill an event's missing recipient (or missing source) with the country of its place."""

    name = "roles.place.v2"
    requires = ("events.location",)
    provides = ("events.roles",)

    def __init__(
        self,
        *,
        confidence: float = PLACE_ROLE_CONFIDENCE,
        domestic: bool = True,
        sources: bool = True,
        protest_government: bool = True,
        domestic_acts: bool = True,
        actors: Sequence[str] = (),
    ) -> None:
        self.confidence = confidence
        self.domestic = domestic
        self.sources = sources
        self.protest_government = protest_government
        self.domestic_acts = domestic_acts
        self.actor_files = tuple(actors)

    def __call__(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        spans = doc.notes.get("place_spans")
        spans = spans if isinstance(spans, dict) else {}
        kb = knowledge_base(self.actor_files)
        framed = doc.notes.get("framed_codes")
        framed = framed if isinstance(framed, dict) else {}
        events = []
        for event in doc.events:
            own_place = _in_trigger_clause(doc, event, spans.get(f"{event.sentence_index}:{event.trigger.start}"))
            filled = self._from_place(event, own_place, kb)
            if filled is event and self.protest_government:
                filled = self._protested_government(event, own_place, kb)
            if filled is event and self.domestic_acts:
                filled = self._domestic_act(event, kb, framed.get(f"{event.sentence_index}:{event.trigger.start}"))
            events.append(filled)
        return doc.evolve(events=tuple(events))

    def _domestic_act(self, event: Event, kb: ActorKB, framed_code: str | None) -> Event:
        source = event.source
        # a restriction threatened, promised or refused is as domestic as one imposed: "threatened
        # to impose a curfew", "refused to lift the state of emergency"
        acts = (event.cameo_code, framed_code or "")
        if not any(code.startswith(DOMESTIC_ACT_CODES) for code in acts) or event.target is not None or source is None:
            return event
        if not source.country or (source.sector or "") in ("IGO", "NGO", "IMG", "MNC"):
            return event
        state = _state(kb, source.country, event, text="", confidence=self.confidence - 0.2)
        if state is None:
            return event
        note = f"; target = the actor's own country, no one else named ({state.code})"
        return replace(event, target=state, evidence=(event.evidence or "") + note)

    def _protested_government(self, event: Event, own_place: bool, kb: ActorKB) -> Event:
        if event.plover_type != "PROTEST" or event.target is not None or event.source is None:
            return event
        if event.source.sector in STATE_SECTORS:
            return event  # "police blocked the avenue": the state is not protesting itself
        country = event.location.country if own_place else event.source.country
        # unnamed: no words of the article name it, unless its place does
        text = event.location.name if own_place else ""
        state = _state(kb, country, event, text=text, confidence=self.confidence - 0.2)
        if state is None:
            return event
        government = replace(
            state, name=f"government of {state.name}", code=f"{state.code}GOV", sector="GOV", kb_id=None
        )
        note = f"; target = the government protested against, unnamed: {government.name}"
        return replace(event, target=government, evidence=(event.evidence or "") + note)

    def _from_place(self, event: Event, own_place: bool, kb: ActorKB) -> Event:
        location = event.location
        if location is None or not location.country or not own_place:
            return event
        if (event.source is None) == (event.target is None):
            return event  # both named, or neither: nothing to anchor the place to
        role = "target" if event.target is None else "source"
        if role == "source" and not (
            self.sources
            and (event.plover_type in UNNAMED_DOER_TYPES or event.cameo_code.startswith(UNNAMED_DOER_CAMEO))
        ):
            return event
        named = event.source if role == "target" else event.target
        confidence = self.confidence
        if role == "target" and named is not None and named.country == location.country:
            if not self.domestic or event.plover_type not in DOMESTIC_TYPES:
                return event
            if event.plover_type == "PROTEST" and named.sector in STATE_SECTORS:
                return event
            confidence -= 0.1
        state = _state(kb, location.country, event, text=location.name, confidence=confidence)
        if state is None:
            return event
        note = f"; {role} = country of the place '{location.name}' ({state.code})"
        return replace(event, **{role: state}, evidence=(event.evidence or "") + note)


def _state(kb: ActorKB, country: str | None, event: Event, *, text: str, confidence: float) -> ActorRef | None:
    """The state ``country`` (ISO-3) as the knowledge base has it at the event's date, standing for
    a role the text leaves unnamed: ``text`` the words that placed it, a capped confidence."""
    state = kb.role_at(f"country.{country.lower()}", event.date) if country else None
    if state is None:
        return None
    return replace(state, text=text, confidence=round(min(state.confidence, confidence), 2))


def _in_trigger_clause(doc: Document, event: Event, place: tuple[int, int] | None) -> bool:
    """True if the event's place (its character span, found by ``places.v3`` in the event's own
    sentence) lies inside the trigger's clause: the subtree of the trigger, or of the verb that
    governs a noun trigger."""
    sdoc: Any = doc.spacy_doc
    if place is None or sdoc is None:
        return False
    span = sdoc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    clause = span.root
    while clause.dep_ in ("dobj", "pobj", "prep", "nsubjpass", "attr", "compound") and clause.head.i != clause.i:
        clause = clause.head
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    return start <= place[0] and place[1] <= end


__all__ = ["PlaceRoles"]
