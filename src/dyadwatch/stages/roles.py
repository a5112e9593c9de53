"""``roles.place.v1``: the country an event happens in, for a role the text leaves unnamed.

Many events name no recipient in words but direct themselves at the country where they happen:
"the Iraqi president arrived in Amman" (PLOVER: in a visit the visitor is the actor and the host
the recipient), "Serbia lifted the curfew in Montenegro", "the UN sent observers to Bosnia",
"Turkish authorities imposed a curfew in Cizre" (a domestic event: Turkey -> Turkey). And many
violent events name only their victims: "a roadside bomb near Samarra killed a U.S. soldier",
"a missionary was arrested in Lebanon". Coders of CAMEO and PLOVER data give such events the
country of the place, and dyadic analyses count them for that pair; this stage does the same,
and says so in the evidence.

The rule is narrow on purpose:

* only a place that ``places.v1`` attached to the event's own trigger in its own sentence (not a
  place carried over from the previous sentence);
* a missing recipient of an event that has a source; a missing source of an event that has a
  recipient (never both: an event with neither stays as it is);
* the role becomes the state (its knowledge-base entry), with a lower confidence than an actor
  named in words, lower still for a domestic recipient (the place in the source's own country),
  which only acts on the place get: a curfew, a crackdown, an attack, a protest, troops moved or
  withdrawn — "Trump threatened to cut aid during a visit to Virginia" threatens no one in
  Virginia (``domestic=False`` gives no domestic recipient at all).
* a protest that names no one it is against is against the government where it happens (PLOVER:
  protests are "against the recipient"; CAMEO coders code unnamed ones against the government):
  the government of its place's country, else of the protesters' own country
  (``protest_government=False`` leaves them without a recipient). The place stays the event's location: a place
  is never an actor, the country that governs it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyadwatch.actors import ActorKB, knowledge_base
from dyadwatch.models import Document, Event
from dyadwatch.pipeline import Stage, register_stage

PLACE_ROLE_CONFIDENCE = 0.6
# Types whose act lands on the place where it happens, even in the actor's own country.
DOMESTIC_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "CONCEDE", "RETREAT", "MOBILIZE", "PROTEST"})


@register_stage
class PlaceRoles(Stage):
    """Fill an event's missing recipient (or missing source) with the country of its place."""

    name = "roles.place.v1"
    requires = ("events.location",)
    provides = ("events.roles",)

    def __init__(
        self,
        *,
        confidence: float = PLACE_ROLE_CONFIDENCE,
        domestic: bool = True,
        sources: bool = True,
        protest_government: bool = True,
        actors: Sequence[str] = (),
    ) -> None:
        self.confidence = confidence
        self.domestic = domestic
        self.sources = sources
        self.protest_government = protest_government
        self.actor_files = tuple(actors)

    def __call__(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        placed = doc.notes.get("places")
        placed = placed if isinstance(placed, dict) else {}
        kb = knowledge_base(self.actor_files)
        events = tuple(self._fill(e, placed.get(f"{e.sentence_index}:{e.trigger.start}", ""), kb) for e in doc.events)
        return doc.evolve(events=events)

    def _fill(self, event: Event, placed_how: str, kb: ActorKB) -> Event:
        filled = self._from_place(event, placed_how, kb)
        if filled is event and self.protest_government:
            filled = self._protested_government(event, placed_how, kb)
        return filled

    def _protested_government(self, event: Event, placed_how: str, kb: ActorKB) -> Event:
        if event.plover_type != "PROTEST" or event.target is not None or event.source is None:
            return event
        own_place = event.location is not None and placed_how and not placed_how.startswith("continues")
        country = event.location.country if own_place else event.source.country
        state = kb.role_at(f"country.{country.lower()}", event.date) if country else None
        if state is None:
            return event
        government = replace(
            state,
            name=f"government of {state.name}",
            text=event.location.name if own_place else "",  # unnamed: no words of the article name it
            code=f"{state.code}GOV",
            sector="GOV",
            kb_id=None,
            confidence=round(min(state.confidence, self.confidence - 0.2), 2),
        )
        note = f"; target = the government protested against, unnamed: {government.name}"
        return replace(event, target=government, evidence=(event.evidence or "") + note)

    def _from_place(self, event: Event, placed_how: str, kb: ActorKB) -> Event:
        location = event.location
        if location is None or not location.country or not placed_how or placed_how.startswith("continues"):
            return event
        if (event.source is None) == (event.target is None):
            return event  # both named, or neither: nothing to anchor the place to
        role = "target" if event.target is None else "source"
        if role == "source" and not self.sources:
            return event
        named = event.source if role == "target" else event.target
        confidence = self.confidence
        if role == "target" and named is not None and named.country == location.country:
            if not self.domestic or event.plover_type not in DOMESTIC_TYPES:
                return event
            confidence -= 0.1
        state = kb.role_at(f"country.{location.country.lower()}", event.date)
        if state is None:
            return event
        state = replace(state, text=location.name, confidence=round(min(state.confidence, confidence), 2))
        note = f"; {role} = country of the place '{location.name}' ({state.code})"
        return replace(event, **{role: state}, evidence=(event.evidence or "") + note)


__all__ = ["PlaceRoles"]
