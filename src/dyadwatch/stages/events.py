"""``events.plover.v3``: code each sentence into PLOVER/CAMEO events with stance and evidence.

For each sentence that is not page furniture, :mod:`dyadwatch.coding.frames` finds the event
frames over the dependency parse (trigger, source, target, stance); :mod:`dyadwatch.coding.typing`
decides the CAMEO code and PLOVER type among the lexicon's candidates; one :class:`Event` is made
per (source, target) pair, both directions for mutual events ("A and B met"). Framing words decide
the type themselves: "threatened to cut aid" is THREATEN whatever a classifier thinks of "cut".

Every event carries ``evidence``, a short explanation an analyst can check against the sentence,
and a confidence: how sure the grammar is of the roles times how sure the type decision is.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from dyadwatch.coding.framecodes import CONDITIONED_THREAT_TYPES, COOPERATIVE_TYPES, frame_code, type_of
from dyadwatch.coding.frames import Frame, FrameFinder
from dyadwatch.coding.stance import ASSERTED
from dyadwatch.errors import ConfigError
from dyadwatch.models import ActorRef, Document, Event, ResolvedMention, Sentence, Trigger
from dyadwatch.ontology import PLOVER_TYPES, cameo_info
from dyadwatch.pipeline import Stage, register_stage

log = logging.getLogger(__name__)

FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall", "wo"})
# Confidence of a type fixed by grammar (a framing word) or by the lexicon alone.
FRAMED_CONFIDENCE = 0.7
LEXICON_CONFIDENCE = 0.65


@cache
def _typing() -> tuple[Any, Any]:
    """The type decision and context functions, if installed (they are optional to this stage)."""
    try:
        from dyadwatch.coding.typing import decide
    except ImportError:
        decide = None
    try:
        from dyadwatch.coding.contexts import contexts_for
    except ImportError:
        contexts_for = None
    return decide, contexts_for


@cache
def _completion() -> Any:
    """The type decision's own readings of a sentence's frames (``coding.typing.complete_frames``)."""
    try:
        from dyadwatch.coding.typing import complete_frames
    except ImportError:
        return None
    return complete_frames


def _types(codes: tuple[str, ...]) -> set[str]:
    types = set()
    for code in codes:
        try:
            types.add(cameo_info(code).plover_type)
        except KeyError:
            continue
    return types


def _lexicon_decision(codes: tuple[str, ...]) -> tuple[str, str, str | None, float] | None:
    for code in codes:
        try:
            info = cameo_info(code)
        except KeyError:
            continue
        if info.plover_type in PLOVER_TYPES:
            return code, info.plover_type, info.plover_mode, LEXICON_CONFIDENCE
    return None


@register_stage
class PloverEventStage(Stage):
    """Settings:

    ``require_target``   drop events whose target is not an actor (default False: a threat with
                         an unnamed target is still a threat; evaluations of dyads may set it)
    ``use_classifier``   ask the type decision (``coding.typing``) for event frames; False uses the
                         lexicon's first candidate
    ``classify``         which frames the type decision sees: "ambiguous" (default: triggers whose
                         lexicon candidates span several PLOVER types, "strike", "charge"), or "all".
                         Measured on the development sets, asking it about every trigger did not
                         change accuracy and made the stage ~30x slower (benchmarks/EVENTS.md)
    ``trust_no_event``   when the type decision says "no event" for a trigger the lexicon knows,
                         drop the frame (True) or keep the lexicon's reading at lower confidence
    ``override_confidence``  how sure the type decision must be to give a trigger a PLOVER type
                         none of its lexicon candidates has
    ``min_confidence``   drop events below this confidence
    ``future_as_intent`` code "X will give aid to Y" as X's intent now (AGREE 033; a conflictual act
                         in the future as THREATEN) instead of the act with stance "future". CAMEO's
                         own examples (plover_gsr) code it as intent; off by default so that a
                         future act stays the act it announces, marked future
    """

    name = "events.plover.v3"
    requires = ("spacy_doc", "sentences", "actors")
    provides = ("events",)

    def __init__(
        self,
        require_target: bool = False,
        use_classifier: bool = True,
        trust_no_event: bool = False,
        override_confidence: float = 0.9,
        min_confidence: float = 0.0,
        classify: str = "ambiguous",
        future_as_intent: bool = False,
    ) -> None:
        self.future_as_intent = future_as_intent
        if classify not in ("ambiguous", "all"):
            raise ConfigError(f"events.plover.v3: classify={classify!r}; use 'ambiguous' or 'all'")
        self.classify = classify
        self.override_confidence = override_confidence
        self.require_target = require_target
        self.use_classifier = use_classifier
        self.trust_no_event = trust_no_event
        self.min_confidence = min_confidence

    def __call__(self, doc: Document) -> Document:
        if doc.spacy_doc is None or not doc.sentences:
            return doc.evolve(events=())
        finder = FrameFinder(doc.spacy_doc, doc.actors, doc.article.text, published=doc.article.published)
        found: list[tuple[Sentence, Any, list[Frame]]] = []
        for sentence in doc.sentences:
            if sentence.boilerplate or not sentence.text.strip():
                continue
            span = doc.spacy_doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is not None:
                found.append((sentence, span, finder.frames(span)))
        if self.use_classifier:
            self._prefetch(finder, found)
        complete = _completion()
        events: list[Event] = []
        framed: dict[str, str] = {}  # what a threat, promise or refusal frames, for later stages
        for sentence, span, frames in found:
            if complete is not None:  # demands in reported speech; the classifier's event when none is found
                frames = complete(finder, span, frames, classify=self.use_classifier)
            for frame in frames:
                if self.future_as_intent:
                    frame = _as_intent(frame)
                if frame.framed_code:
                    framed[f"{sentence.index}:{frame.start}"] = frame.framed_code
                events.extend(self._events(doc, sentence, frame))
        return doc.evolve(events=tuple(_dedupe(events)), notes={**doc.notes, "framed_codes": framed})

    def _prefetch(self, finder: FrameFinder, found: list[tuple[Sentence, Any, list[Frame]]]) -> None:
        """Embed in one batch the sentences the classifier will be asked about: those without a
        frame that name an actor (the fallback reading) and those with an ambiguous trigger. One
        batch per article is several times faster than one sentence at a time."""
        wanted = [
            span.text
            for _sentence, span, frames in found
            if (not frames and finder.names_actor(span))
            or any(f.kind == "event" and len(_types(f.codes)) > 1 for f in frames)
        ]
        if not wanted:
            return
        try:
            from dyadwatch.coding.classifier import prefetch
        except ImportError:
            return
        prefetch(wanted)

    # ---- one frame -> events ----------------------------------------------------------------------

    def _decide(self, sentence: Sentence, frame: Frame) -> tuple[str, str, str | None, float] | None:
        lexical = _lexicon_decision(frame.codes)
        if frame.kind != "event":
            return None if lexical is None else (*lexical[:3], FRAMED_CONFIDENCE)
        decide, _ = _typing()
        if not self.use_classifier or decide is None:
            return lexical
        if self.classify == "ambiguous" and lexical is not None and len(_types(frame.codes)) <= 1:
            return lexical
        decision = decide(sentence.text, frame.clause, frame.trigger_lemma, frame.codes)
        if decision is None:
            if self.trust_no_event or lexical is None:
                return None
            return (*lexical[:3], LEXICON_CONFIDENCE * 0.6)
        # The classifier reads the whole sentence; the lexicon reads this trigger. "called out
        # Mexico" in a sentence about aid is still an accusation, unless the classifier is very
        # sure the trigger means something else here.
        if (
            lexical is not None
            and decision.plover_type not in _types(frame.codes)
            and decision.confidence < self.override_confidence
        ):
            return (*lexical[:3], LEXICON_CONFIDENCE * (1.0 - decision.confidence / 2))
        return decision.cameo_code, decision.plover_type, decision.plover_mode, decision.confidence

    def _events(self, doc: Document, sentence: Sentence, frame: Frame) -> Iterator[Event]:
        decided = self._decide(sentence, frame)
        if decided is None:
            return
        code, ptype, mode, type_conf = decided
        confidence = max(0.0, min(1.0, frame.certainty * type_conf))
        if confidence < self.min_confidence:
            return
        _, contexts_for = _typing()
        contexts: tuple[str, ...] = ()
        if contexts_for is not None:
            try:
                contexts = tuple(contexts_for(sentence.text, ptype, None))
            except Exception:
                log.exception("contexts_for failed on sentence %d of %s", sentence.index, doc.article.article_id)
        evidence = _evidence(frame, code)
        for source, target in _pairs(frame):
            if self.require_target and target is None:
                continue
            yield Event(
                article_id=doc.article.article_id,
                sentence_index=sentence.index,
                sentence=sentence.text,
                trigger=Trigger(text=frame.trigger_text, start=frame.start, end=frame.end),
                source=source,
                target=target,
                plover_type=ptype,
                plover_mode=mode,
                plover_context=contexts,
                stance=frame.stance.stance,
                cameo_code=code,
                confidence=confidence,
                evidence=evidence,
            )


def _as_intent(frame: Frame) -> Frame:
    """ "Arnor will send food aid to Bree" as Arnor's expressed intent (see ``future_as_intent``)."""
    if frame.kind != "event" or frame.stance.stance != "future" or frame.stance.cue not in FUTURE_MODALS:
        return frame
    inner_type = type_of(frame.codes[0])
    if inner_type in CONDITIONED_THREAT_TYPES:
        kind = "threat"
    elif inner_type in COOPERATIVE_TYPES:
        kind = "promise"
    else:
        return frame
    code = frame_code(kind, frame.codes[0], frame.trigger_lemma)
    if code is None:
        return frame
    note = f"{kind}: '{frame.stance.cue} {frame.trigger_text}' is intent ({frame.codes[0]})"
    return replace(frame, kind=kind, codes=(code,), stance=ASSERTED, notes=(*frame.notes, note))


def _actor(rm: ResolvedMention) -> ActorRef | None:
    return rm.actor


def _pairs(frame: Frame) -> Iterator[tuple[ActorRef | None, ActorRef | None]]:
    """(source, target) pairs: one per source x target; mutual events both ways; a group that
    met among itself ("A and B met") pairs its members."""
    sources = [a for a in (_actor(s) for s in frame.sources) if a is not None]
    targets = [a for a in (_actor(t) for t in frame.targets) if a is not None]
    seen: set[tuple[str, str, str, str]] = set()

    def key(a: ActorRef | None) -> tuple[str, str]:
        return (a.code, a.text) if a else ("", "")

    def emit(s: ActorRef | None, t: ActorRef | None) -> Iterator[tuple[ActorRef | None, ActorRef | None]]:
        if s is not None and t is not None and s.code == t.code and s.text == t.text:
            return
        k = (*key(s), *key(t))
        if k not in seen:
            seen.add(k)
            yield s, t

    if frame.mutual and len(sources) >= 2 and not targets:
        for s in sources:
            for t in sources:
                if s is not t:
                    yield from emit(s, t)
        return
    if not targets:
        for s in sources:
            yield from emit(s, None)
        return
    if not sources:
        for t in targets:
            yield from emit(None, t)
        return
    for s in sources:
        for t in targets:
            yield from emit(s, t)
            if frame.mutual:
                yield from emit(t, s)


def _evidence(frame: Frame, code: str) -> str:
    parts = [f"trigger '{frame.trigger_text}' ({frame.kind if frame.kind != 'event' else 'lexicon'} {code})"]
    parts.extend(frame.notes)
    parts.append(frame.stance.explain())
    if frame.mutual:
        parts.append("mutual")
    return "; ".join(parts)


def _dedupe(events: list[Event]) -> Iterator[Event]:
    """One event per sentence, type, source and target: "met and held talks" is one meeting. An
    event without a target gives way to one of the same type by the same source in the same
    sentence that names it: "started a hunger strike to protest the junta's decree" is one protest,
    against the junta."""
    aimed = {
        (e.sentence_index, e.plover_type, e.source.code, e.source.text)
        for e in events
        if e.source is not None and e.target is not None
    }
    events = [
        e
        for e in events
        if e.target is not None
        or e.source is None
        or (e.sentence_index, e.plover_type, e.source.code, e.source.text) not in aimed
    ]
    best: dict[tuple[Any, ...], Event] = {}
    order: list[tuple[Any, ...]] = []
    for e in events:
        k = (
            e.sentence_index,
            e.plover_type,
            e.stance,
            e.source.code if e.source else None,
            e.source.text if e.source else None,
            e.target.code if e.target else None,
            e.target.text if e.target else None,
        )
        if k not in best:
            order.append(k)
            best[k] = e
        elif e.confidence > best[k].confidence:
            best[k] = e
    for k in order:
        yield best[k]


__all__ = ["PloverEventStage"]
