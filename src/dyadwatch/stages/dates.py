"""``dates.v1``: the date of each event, from the time expressions that govern its trigger.

GDELT stamps every event with its article's publication date, so "earlier this month", "last
week" and "shortly before Asfura took office" are lost. This stage reads them instead, in order:

1. a time expression attached to the event's own clause ("met **last week**"), then one of a
   clause above it (the reporting verb: "released a statement **on Tuesday** promising …"),
   never one inside another clause ("the minister, who took office **in 2014**, said …");
2. the story's time: a sentence with no time expression of its own continues the one before it
   in the same paragraph ("During a visit … earlier this month. He also named …"),
   unless the event is future and that time is past;
3. the publication date, marked ``date_source="published"`` (not for an event the coder marks
   ``historical``: background put in the past without a time is ``unknown``, not "today");
4. nothing: ``date=None``, ``date_source="unknown"`` (never today's date).

Why each date was chosen is kept in ``Document.notes["dates"]`` (sentence index, trigger start →
explanation), for the evidence view.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from dyadwatch.models import Document, Event, Sentence
from dyadwatch.pipeline import Stage, register_stage
from dyadwatch.temporal import (
    TimeExpression,
    TimeValue,
    attachment_cost,
    find_anchor,
    find_time_expressions,
    floor,
    resolve,
    span_head,
)

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "gonna"})


@register_stage
class DatesStage(Stage):
    """Set ``date``, ``date_precision`` and ``date_source`` on every event.

    ``inherit`` lets a sentence without a time expression continue the previous sentence's time
    within a paragraph; ``fallback_to_published`` dates undated events at the publication date
    (marked ``"published"``) instead of leaving them unknown.
    """

    name = "dates.v1"
    requires = ("spacy_doc", "sentences", "events")
    provides = ("events.date",)

    def __init__(self, *, inherit: bool = True, fallback_to_published: bool = True) -> None:
        self.inherit = inherit
        self.fallback_to_published = fallback_to_published

    def __call__(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        dater = _ArticleDater(doc, inherit=self.inherit, fallback=self.fallback_to_published)
        events, notes = dater.run()
        return doc.evolve(events=events, notes={**doc.notes, "dates": notes})


class _ArticleDater:
    """The walk through one article, sentence by sentence, keeping the story's time."""

    def __init__(self, doc: Document, *, inherit: bool, fallback: bool) -> None:
        self.doc = doc
        self.article = doc.article
        self.published: date | None = doc.article.published
        self.inherit = inherit
        self.fallback = fallback
        self.language = "es" if (doc.article.language or "en").startswith("es") else "en"
        self.parsed = doc.spacy_doc is not None and self.language == "en"
        self.sentences = _sentences_for(doc)
        # Dated sentences so far: (sentence, value), in reading order.
        self.story: list[tuple[Sentence, TimeValue]] = []

    def run(self) -> tuple[tuple[Event, ...], dict[str, str]]:
        by_sentence: dict[int, list[Event]] = {}
        for event in self.doc.events:
            by_sentence.setdefault(event.sentence_index, []).append(event)
        dated: dict[int, Event] = {}
        notes: dict[str, str] = {}
        order = {id(e): n for n, e in enumerate(self.doc.events)}
        paragraph_value: TimeValue | None = None
        previous_sentence: Sentence | None = None
        for sentence in self.sentences:
            if previous_sentence is not None and "\n" in self.article.text[previous_sentence.end : sentence.start]:
                paragraph_value = None
            previous_sentence = sentence
            expressions = find_time_expressions(sentence.text, offset=sentence.start, language=self.language)
            sentence_value: TimeValue | None = None
            for event in sorted(by_sentence.pop(sentence.index, []), key=lambda e: e.trigger.start):
                value, source, why = self._date_event(event, sentence, expressions, paragraph_value)
                dated[order[id(event)]] = replace(
                    event,
                    date=value.date if value else None,
                    date_precision=value.precision if value else None,
                    date_source=source,
                )
                notes[f"{event.sentence_index}:{event.trigger.start}"] = why
                if source == "text" and sentence_value is None:
                    sentence_value = value
            if sentence_value is None and expressions:
                sentence_value = self._sentence_time(sentence, expressions)
            if sentence_value is not None:
                self.story.append((sentence, sentence_value))
                paragraph_value = sentence_value
        # Events whose sentence index matches no sentence (a Document built without the
        # sentences stage): date them from their own sentence text.
        for events in by_sentence.values():
            for event in events:
                start = self.article.text.find(event.sentence) if event.sentence else -1
                own = find_time_expressions(event.sentence, offset=start, language=self.language) if start >= 0 else []
                value, source, why = self._date_event(event, None, own, None)
                dated[order[id(event)]] = replace(
                    event,
                    date=value.date if value else None,
                    date_precision=value.precision if value else None,
                    date_source=source,
                )
                notes[f"{event.sentence_index}:{event.trigger.start}"] = why
        return tuple(dated[n] for n in range(len(self.doc.events))), notes

    # --- one event ---------------------------------------------------------------------------

    def _date_event(
        self, event: Event, sentence: Sentence | None, expressions: list[TimeExpression], paragraph: TimeValue | None
    ) -> tuple[TimeValue | None, str, str]:
        future = self._is_future(event)
        for expr in expressions:
            # The event is the anchor of "two weeks after Trump suggested …": its own date is the
            # anchor's, when the anchor table or an earlier sentence gives it.
            inside = expr.anchor_start is not None and expr.anchor_end is not None
            if inside and expr.anchor_start <= event.trigger.start < expr.anchor_end:  # type: ignore[operator]
                value = self._anchor_value(expr)
                if value is not None:
                    return value, "text", f"the anchor of {expr.text!r} -> {value}"
        for _cost, expr in self._governing(event, expressions):
            value = self._resolve(expr, future)
            if value is not None:
                return value, "text", f"{expr.text!r} -> {value}"
        if (
            self.inherit
            and paragraph is not None
            and not (future and self.published and paragraph.date < floor(self.published, paragraph.precision))
        ):
            return paragraph, "text", f"continues the paragraph's time -> {paragraph}"
        if event.stance == "historical":
            # Background the text puts in the past without saying when: the publication date
            # would be wrong, not merely imprecise.
            return None, "unknown", "historical, and the text does not say when"
        if self.fallback and self.published is not None:
            return TimeValue(self.published, "day"), "published", "no time in the text: publication date"
        return None, "unknown", "no time in the text and no publication date"

    def _governing(self, event: Event, expressions: list[TimeExpression]) -> list[tuple[float, TimeExpression]]:
        """The expressions that may date ``event``, best first."""
        trigger = event.trigger
        candidates = [
            e
            for e in expressions
            if not (e.start <= trigger.start < e.end)  # the trigger inside "after X met Y"
        ]
        if not candidates:
            return []
        if self.parsed:
            token = span_head(self.doc.spacy_doc, trigger.start, trigger.end)
            if token is not None:
                ranked = []
                for expr in candidates:
                    head = _expression_head(self.doc.spacy_doc, expr)
                    cost = attachment_cost(token, head) if head is not None and head.sent == token.sent else None
                    if cost is not None:
                        ranked.append((cost, expr))
                return sorted(ranked, key=lambda pair: pair[0])
        # Without a parse (or for Spanish, which the English parser reads poorly): nearest first.
        return sorted(((abs(e.start - trigger.start) / 100.0, e) for e in candidates), key=lambda pair: pair[0])

    def _resolve(self, expr: TimeExpression, future: bool) -> TimeValue | None:
        previous = self.story[-1][1] if self.story else None
        anchor = self._anchor_value(expr) if expr.kind == "anchored" and expr.anchor else None
        return resolve(expr, self.published, future=future, previous=previous, anchor=anchor)

    def _anchor_value(self, expr: TimeExpression) -> TimeValue | None:
        found = find_anchor(expr.anchor or "", on=self.published)
        return found.value if found else self._anchor_in_story(expr)

    def _anchor_in_story(self, expr: TimeExpression) -> TimeValue | None:
        """The date of an earlier sentence telling the anchor's happening ("two weeks after
        Trump suggested cutting aid" -> the sentence where Trump suggested it)."""
        if not self.parsed or expr.anchor_start is None or expr.anchor_end is None:
            return None
        span = self.doc.spacy_doc.char_span(expr.anchor_start, expr.anchor_end, alignment_mode="expand")
        if span is None:
            return None
        # The happening is named by a verb ("Trump suggested") or an event noun ("the meeting").
        verbs = {t.lemma_.lower() for t in span if t.pos_ in ("VERB", "NOUN") and not t.is_stop}
        names = {t.text.lower() for t in span if t.pos_ == "PROPN"}
        if not verbs:
            return None
        for sentence, value in reversed(self.story):
            sent_span = self.doc.spacy_doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if sent_span is None:
                continue
            if verbs & {t.lemma_.lower() for t in sent_span if t.pos_ in ("VERB", "NOUN")} and (
                not names or names & {t.text.lower() for t in sent_span if t.pos_ == "PROPN"}
            ):
                return value
        return None

    def _sentence_time(self, sentence: Sentence, expressions: list[TimeExpression]) -> TimeValue | None:
        """The time of a sentence's main clause (for sentences the event coder found nothing in:
        they still move the story's time on)."""
        candidates: list[tuple[float, TimeExpression]] = [(0.0, e) for e in expressions]
        if self.parsed:
            span = self.doc.spacy_doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is not None:
                ranked = []
                for expr in expressions:
                    head = _expression_head(self.doc.spacy_doc, expr)
                    cost = (
                        attachment_cost(span.root, head) if head is not None and head.sent == span.root.sent else None
                    )
                    if cost is not None:
                        ranked.append((cost, expr))
                candidates = sorted(ranked, key=lambda pair: pair[0])
        for _cost, expr in candidates:
            value = self._resolve(expr, False)
            if value is not None:
                return value
        return None

    def _is_future(self, event: Event) -> bool:
        if event.stance == "future":
            return True
        if not self.parsed:
            return False
        token = span_head(self.doc.spacy_doc, event.trigger.start, event.trigger.end)
        while token is not None:
            if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in token.children):
                return True
            if token.dep_ in ("ccomp", "advcl", "relcl") or token.head.i == token.i:
                return False
            token = token.head
        return False


def _expression_head(spacy_doc: Any, expr: TimeExpression) -> Any:
    """The token an expression hangs off. "shortly before Asfura took office" is a clause of its
    own (advcl) attached to the event it dates, so its attachment point is that clause's head."""
    if expr.kind == "anchored" and expr.anchor_end is not None:
        whole = span_head(spacy_doc, expr.start, expr.anchor_end)
        if whole is not None and whole.dep_ in ("advcl", "prep", "npadvmod", "advmod") and whole.head.i != whole.i:
            if whole.dep_ == "advcl":
                return whole.head
            return whole
    return span_head(spacy_doc, expr.start, _head_end(expr))


def _head_end(expr: TimeExpression) -> int:
    return expr.anchor_start if expr.kind == "anchored" and expr.anchor_start is not None else expr.end


def _sentences_for(doc: Document) -> list[Sentence]:
    """The sentences to walk: the document's, in order, without page furniture."""
    return [s for s in sorted(doc.sentences, key=lambda s: s.start) if not s.boilerplate]
