"""Where an event happened: the place attached to its trigger, not every place in the sentence.

A place is a candidate for an event only when the text says something happened *there*: it is
the object of a locative preposition ("in Tegucigalpa", "at the White House", "near the town of
Samarra"), or of "to" after a word of travel ("a visit to the Kremlin"), or of "from" after a
word of leaving ("withdrew from Gorazde"). "cut aid to Honduras" and "the U.S. President" name
countries, not places where something happened.

Among the candidates of a sentence the one attached closest to the trigger in the parse wins
(:func:`dyadwatch.temporal.syntax.attachment_cost`); a place that describes a participant ("the
spread of the gang in the United States") counts less than one that describes the event ("during a meeting
at the White House"), and a more specific place (a landmark, a city) wins a near tie. Names are
resolved on the offline :mod:`gazetteer` with the countries the article talks about;
"Palm Beach, Florida" and "Bam, Iran" are read as a place within a place.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from dyadwatch.actors.succession import held_by
from dyadwatch.geo.gazetteer import PRECISION_RANK, Entry, Gazetteer, gazetteer
from dyadwatch.models import Document, Event, Sentence
from dyadwatch.temporal.syntax import attachment_cost, span_head

LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "within",
        "across",
        "throughout",
        "around",
        "into",
        "beside",
        "en",
        "nearby",
        "off",
    }
)
TRAVEL = frozenset(
    {
        "visit",
        "trip",
        "travel",
        "go",
        "come",
        "return",
        "fly",
        "arrive",
        "journey",
        "tour",
        "mission",
        "head",
        "move",
        "deploy",
        "dispatch",
        "extradite",
        "deport",
        "evacuate",
        "delegation",
        "pilgrimage",
        "flee",
        "expedition",
        "summit",
        "march",
        "convoy",
        "airlift",
        "transfer",
    }
)
# Not "send"/"deliver": "sent aid to Haiti" names the recipient, not where anything happened.
LEAVING = frozenset(
    {"withdraw", "withdrawal", "evacuate", "retreat", "flee", "expel", "pull", "deport", "evacuation", "ship"}
)
VISITING = frozenset({"visit", "tour", "visitar", "recorrer"})
PLACE_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "capital",
        "province",
        "region",
        "state",
        "district",
        "suburb",
        "suburbs",
        "outskirts",
        "area",
        "part",
        "sector",
        "port",
        "enclave",
        "county",
        "municipality",
        "department",
        "island",
        "peninsula",
        "countryside",
        "neighborhood",
        "neighbourhood",
        "camp",
        "streets",
        "centre",
        "center",
        "heart",
        "north",
        "south",
        "east",
        "west",
        "border",
        "valley",
        "strip",
    }
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_DIRECTION = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern"
    r"|southeastern|southwestern|north-east|north-west|south-east|south-west|downtown|greater|mostly|"
    r"christian|muslim)\s+)+",
    re.IGNORECASE,
)
# "the Jaffna peninsula", "Herat province": the name without its kind.
_GENERIC_TAIL = re.compile(
    r"\s+(?:peninsula|province|region|valley|district|governorate|state|city|town|county|department)$", re.I
)
_QUALIFIER_GAP = re.compile(r"^\s*,\s*$")
_PREP_BEFORE = re.compile(r"\b(?:in|at|near|outside|en|desde|cerca de)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)
# Weights of the evidence a country is what the article is about.
_SENTENCE_WEIGHT = 1.0
_ARTICLE_WEIGHT = 0.5
_ACTOR_WEIGHT = 0.5
# A place that describes a participant ("the spread of the gang in the United States") rather than the event.
_PARTICIPANT_COST = 3.0
_PARTICIPANT_ARCS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd"})
# Prepositions that give a topic, not a place: "a summit in Geneva on the unrest in Iran".
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# Verbs of reporting: "officials in Kenya said ...", "according to sources in Pakistan" place the
# speaker, not what they report.
_REPORTING = frozenset({"say", "tell", "report", "add", "state", "announce", "claim", "confirm", "quote"})
_SPECIFIC_BONUS = {"landmark": 1.5, "city": 1.0, "admin1": 0.5, "country": 0.0}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a sentence where something may have happened."""

    start: int
    end: int
    text: str
    entry: Entry
    modifier: Any = None  # the spaCy token the place hangs off (its locative preposition)


@cache
def _landmark_pattern() -> re.Pattern[str]:
    aliases = sorted({a for _, names in gazetteer().landmarks for a in names}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])", re.IGNORECASE)


class PlaceFinder:
    """Finds the place of each event of one Document."""

    def __init__(self, doc: Document, gaz: Gazetteer | None = None) -> None:
        self.doc = doc
        self.gaz = gaz or gazetteer()
        self.text = doc.article.text
        self.parsed = doc.spacy_doc is not None and (doc.article.language or "en").startswith("en")
        # Entities read once: Doc.ents builds new Span objects on every access.
        self._ents: list[tuple[int, int, str, str]] = (
            [(e.start_char, e.end_char, e.label_, e.text) for e in doc.spacy_doc.ents]
            if doc.spacy_doc is not None
            else []
        )
        self._sentence_context: dict[int, dict[str, float]] = {}
        self.article_countries = self._article_countries()
        self._by_sentence: dict[int, list[PlaceMention]] = {}

    # --- context ---------------------------------------------------------------------------

    def _article_countries(self) -> dict[str, float]:
        counts: Counter[str] = Counter()
        for _start, _end, label, text in self._ents:
            code = self._country_code(text, label)
            if code:
                counts[code] += 1
        for resolved in self.doc.actors:
            if resolved.actor is not None and resolved.actor.country:
                code = self.gaz.iso2.get(resolved.actor.country)
                if code:
                    counts[code] += 1
        total = max(counts.values(), default=0)
        return {code: _ARTICLE_WEIGHT * n / total for code, n in counts.items()} if total else {}

    def _country_code(self, text: str, label: str) -> str | None:
        if label == "NORP":
            return self.gaz.country_of_adjective(text)
        if label in ("GPE", "LOC"):
            entries = [e for e in self.gaz.candidates(text) if e.precision in ("country", "admin1")]
            return entries[0].country2 if entries else None
        return None

    def _ents_in(self, sentence: Sentence) -> list[tuple[int, int, str, str]]:
        return [e for e in self._ents if sentence.start <= e[0] and e[1] <= sentence.end]

    def context_for(self, sentence: Sentence, event: Event | None = None) -> dict[str, float]:
        if sentence.index not in self._sentence_context:
            weights = dict(self.article_countries)
            for _start, _end, label, text in self._ents_in(sentence):
                code = self._country_code(text, label)
                if code:
                    weights[code] = weights.get(code, 0.0) + _SENTENCE_WEIGHT
            self._sentence_context[sentence.index] = weights
        weights = dict(self._sentence_context[sentence.index])
        if event is not None:
            for actor in (event.source, event.target):
                # an actor of 2005 Sudan points at places now in South Sudan too
                for country in held_by(actor.country, event.date) if actor is not None else ():
                    code = self.gaz.iso2.get(country)
                    if code:
                        weights[code] = weights.get(code, 0.0) + _ACTOR_WEIGHT
        return weights

    # --- candidates ------------------------------------------------------------------------

    def mentions(self, sentence: Sentence) -> list[PlaceMention]:
        """The places of ``sentence`` that something may have happened at (cached)."""
        if sentence.index not in self._by_sentence:
            self._by_sentence[sentence.index] = self._find(sentence)
        return self._by_sentence[sentence.index]

    def _spans(self, sentence: Sentence) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for m in _landmark_pattern().finditer(sentence.text):
            spans.append((sentence.start + m.start(), sentence.start + m.end()))
        for start, end, label, _text in self._ents_in(sentence):
            if label in PLACE_LABELS:
                spans.append((start, end))
        if self.parsed and self.doc.spacy_doc is not None:
            span = self.doc.spacy_doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            # Proper nouns after a locative preposition that the NER missed ("in Soroti").
            for tok in span if span is not None else ():
                if tok.pos_ != "PROPN" or tok.dep_ != "pobj":
                    continue
                # "the town of Samarra" is a place whatever the NER thought of the name.
                named_place = tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS
                # After "in"/"at", a name the NER took for an organisation ("in Soroti") is still
                # tried on the gazetteer; a person's name is not.
                if named_place or (tok.head.lower_ in LOCATIVE and tok.ent_type_ in ("", "ORG")):
                    left = min((t.idx for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i), default=tok.idx)
                    spans.append((left, tok.idx + len(tok.text)))
        else:
            # No usable parse (or Spanish): capitalised words after a locative preposition.
            for m in re.finditer(r"(?<=\b(?:in|at|en)\s)(?:[A-Z][\w'-]+\s?){1,3}", sentence.text):
                name = m.group(0).rstrip()
                spans.append((sentence.start + m.start(), sentence.start + m.start() + len(name)))
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        kept: list[tuple[int, int]] = []
        for start, end in spans:
            if not any(start < k_end and k_start < end for k_start, k_end in kept):
                kept.append((start, end))
        return kept

    def _find(self, sentence: Sentence) -> list[PlaceMention]:
        context = self.context_for(sentence)
        spans = self._spans(sentence)
        resolved: list[tuple[int, int, str, Entry | None]] = []
        for start, end in spans:
            text = self.text[start:end]
            entry = (
                self.gaz.lookup(text, context=context)
                or self.gaz.lookup(_DIRECTION.sub("", text), context=context)
                or self.gaz.lookup(_GENERIC_TAIL.sub("", _DIRECTION.sub("", text)), context=context)
            )
            resolved.append((start, end, text, entry))
        found: list[PlaceMention] = []
        for n, (start, end, text, entry) in enumerate(resolved):
            # "Palm Beach, Florida" / "Bam, Iran": the second place says where the first one is.
            if n + 1 < len(resolved) and _QUALIFIER_GAP.match(self.text[end : resolved[n + 1][0]]):
                outer = resolved[n + 1][3]
                if outer is not None and outer.precision in ("country", "admin1"):
                    entry = self.gaz.lookup(text, within=outer, context=context) or entry
                    if entry is None or entry.country2 != outer.country2:
                        entry = outer  # the country-level fallback: the inner name is unknown
            if entry is None:
                continue
            modifier = self._modifier(start, end, text)
            if modifier is False:
                continue
            found.append(PlaceMention(start, end, text, entry, modifier))
        return found

    def _modifier(self, start: int, end: int, text: str) -> Any:
        """The locative preposition the place hangs off; False when it is not an event's place."""
        if not self.parsed:
            return None if _PREP_BEFORE.search(self.text[max(0, start - 20) : start]) else False
        span = self.doc.spacy_doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        node = span.root
        while True:
            # (Not "poss": "Honduras' ruling party" names an owner, not a place.)
            while node.dep_ in ("compound", "appos", "conj", "nmod", "amod", "npadvmod") and node.head.i != node.i:
                node = node.head
            if node.dep_ == "dobj" and node.head.lemma_.lower() in VISITING:
                return node  # "visited Tegucigalpa": the visit happened there
            if node.dep_ != "pobj":
                return False
            prep = node.head
            word = prep.lower_
            # "the town of Gorazde", "the province of Herat": the place noun carries the preposition.
            if word == "of" and prep.head.lemma_.lower() in PLACE_NOUNS:
                node = prep.head
                continue
            if word == "of" and prep.head.lower_ in LOCATIVE:  # "outside of", "inside of"
                return prep.head
            head_lemma = prep.head.lemma_.lower()
            if word in LOCATIVE:
                return prep
            if word in ("to", "toward", "towards") and head_lemma in TRAVEL:
                return prep
            # "evacuated the wounded from X": the parser often hangs "from" on the object.
            leaving = head_lemma in LEAVING or prep.head.head.lemma_.lower() in LEAVING
            if word == "from" and leaving:
                return prep
            if word == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "out" and leaving:
                return prep  # "shipped out of Gorazde"
            return False

    # --- choosing --------------------------------------------------------------------------

    def sentence_place(self, sentence: Sentence) -> PlaceMention | None:
        """The place of a sentence's main clause (for sentences the event coder found nothing
        in, whose place the next sentence may continue)."""
        mentions = self.mentions(sentence)
        if not mentions or not self.parsed:
            return mentions[0] if mentions else None
        span = self.doc.spacy_doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            return None
        ranked = []
        for mention in mentions:
            if mention.modifier is None or mention.modifier.sent != span.root.sent:
                continue
            cost = attachment_cost(span.root, mention.modifier)
            if cost is not None:
                ranked.append((cost - _SPECIFIC_BONUS[mention.entry.precision], mention.start, mention))
        return min(ranked, key=lambda r: r[:2])[2] if ranked else None

    def locate(self, event: Event, sentence: Sentence) -> PlaceMention | None:
        """The place where ``event`` happened, from its own sentence, or None."""
        mentions = self.mentions(sentence)
        if not mentions:
            return None
        if not self.parsed:
            return min(mentions, key=lambda m: abs(m.start - event.trigger.start))
        trigger = span_head(self.doc.spacy_doc, event.trigger.start, event.trigger.end)
        if trigger is None:
            return None
        ranked = []
        for mention in mentions:
            if mention.start <= event.trigger.start < mention.end:
                continue
            if mention.modifier is None or mention.modifier.sent != trigger.sent:
                continue
            if _where_the_speaker_is(trigger, mention.modifier):
                continue
            cost = attachment_cost(trigger, mention.modifier)
            if cost is None:
                continue
            cost += _participant_cost(trigger, mention.modifier) - _SPECIFIC_BONUS[mention.entry.precision]
            ranked.append((cost, PRECISION_RANK[mention.entry.precision], mention.start, mention))
        if not ranked:
            return None
        ranked.sort(key=lambda r: r[:3])
        best = ranked[0][3]
        # Re-resolve with the event's own actors as context ("Tripoli" when the source is Lebanese).
        if best.entry.precision == "city":
            context = self.context_for(sentence, event)
            better = self.gaz.lookup(best.text, context=context)
            if better is not None and better.precision == "city" and better.country2 != best.entry.country2:
                return PlaceMention(best.start, best.end, best.text, better, best.modifier)
        return best


def _where_the_speaker_is(trigger: Any, modifier: Any) -> bool:
    """True if the place sits in the subject (or the "according to" phrase) of a reporting verb
    that governs the trigger: "rebels kidnapped ..., officials in Kenya said" happened where the
    rebels were, not in Kenya."""
    ancestors = {tok.i for tok in [trigger, *trigger.ancestors]}
    node, branch = modifier, None
    while node.i not in ancestors and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ == "according":
            return True  # "according to sources in Pakistan", wherever the parser hung it
        node, branch = node.head, node
    if branch is None or node.i == trigger.i or node.lemma_.lower() not in _REPORTING:
        return False
    return branch.dep_ in ("nsubj", "nsubjpass")


def _participant_cost(trigger: Any, modifier: Any) -> float:
    """Extra cost when the path from the place up to the trigger's clause passes through a
    participant (subject, object) of the event rather than an adjunct."""
    ancestors = {tok.i for tok in [trigger, *trigger.ancestors]}
    node = modifier
    while node.i not in ancestors and node.head.i != node.i:
        if node.dep_ in _PARTICIPANT_ARCS:
            return _PARTICIPANT_COST
        if node.dep_ == "pobj" and node.head.lower_ in _TOPIC_PREPS and node.i != modifier.i:
            return _PARTICIPANT_COST + 1.0  # the place of what is talked about
        node = node.head
    return 0.0
