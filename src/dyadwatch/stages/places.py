"""``places.v3``: the place where each event happened, on the offline gazetteer.

The place attached to the event's trigger in its own sentence ("during a visit to the … Center
in Virginia", "at Mar-a-Lago"), never merely a place the sentence names (not the target country,
not "countries south of the border"); see :mod:`dyadwatch.geo.locate`. A sentence with no place
and no time of its own continues the previous sentence of its paragraph ("He specifically called
out Mexico …" after "during a visit … in Virginia earlier this month"). An event with no place in
the text has ``location=None``: the article's country is not where everything in it happened.
The place's country is the one that held it at the event's date (:mod:`dyadwatch.actors.succession`).

Why each place was chosen is kept in ``Document.notes["places"]``, and the character span of a
place found in the event's own sentence in ``Document.notes["place_spans"]`` (both keyed
``"<sentence index>:<trigger start>"``).
"""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.actors.succession import location_at
from dyadwatch.geo import PlaceFinder
from dyadwatch.models import Document, Event, Location, Sentence
from dyadwatch.pipeline import Stage, register_stage
from dyadwatch.temporal import find_time_expressions


@register_stage
class PlacesStage(Stage):
    """Set ``location`` on every event whose place the text gives.

    ``inherit``: a sentence with neither a place nor a time of its own continues the place of
    the previous sentence in the same paragraph.
    """

    name = "places.v3"
    requires = ("spacy_doc", "sentences", "events")
    provides = ("events.location",)

    def __init__(self, *, inherit: bool = True) -> None:
        self.inherit = inherit

    def __call__(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        finder = PlaceFinder(doc)
        text = doc.article.text
        language = "es" if (doc.article.language or "en").startswith("es") else "en"
        by_sentence: dict[int, list[Event]] = {}
        for event in doc.events:
            by_sentence.setdefault(event.sentence_index, []).append(event)
        placed: dict[int, Location | None] = {}  # id(event) -> location
        notes: dict[str, str] = {}
        spans: dict[str, tuple[int, int]] = {}  # the place's words, when found in the event's own sentence
        carry: tuple[Sentence, Location] | None = None  # the previous sentence and its place
        for sentence in sorted(doc.sentences, key=lambda s: s.start):
            if sentence.boilerplate:
                carry = None
                continue
            continues = (
                self.inherit
                and carry is not None
                and carry[0].index == sentence.index - 1
                and "\n" not in text[carry[0].end : sentence.start]
                and not find_time_expressions(sentence.text, language=language)
            )
            own: Location | None = None
            for event in by_sentence.pop(sentence.index, []):
                key = f"{event.sentence_index}:{event.trigger.start}"
                mention = finder.locate(event, sentence)
                if mention is not None:
                    location = mention.entry.location()
                    notes[key] = f"{mention.text!r} -> {location.name} ({location.precision})"
                    spans[key] = (mention.start, mention.end)
                    own = own or location
                elif continues and carry is not None:
                    location = carry[1]
                    notes[key] = f"continues the previous sentence's place -> {location.name}"
                else:
                    location = None
                    notes[key] = "no place of the event in the text"
                placed[id(event)] = location
            if own is None:
                mention = finder.sentence_place(sentence)
                own = mention.entry.location() if mention is not None else None
            if own is None and continues and carry is not None:
                own = carry[1]
            carry = (sentence, own) if own is not None else None
        # the country that held the place at the event's date ("Juba" in 2005: Sudan)
        events = tuple(
            replace(e, location=location_at(placed[id(e)], e.date)) if id(e) in placed else e for e in doc.events
        )
        return doc.evolve(events=events, notes={**doc.notes, "places": notes, "place_spans": spans})
