"""The type decision: which CAMEO code and PLOVER type (if any) a trigger in a sentence expresses.

The events stage finds a trigger, its actors and its stance over the parse, then asks
:func:`decide` for the type. The decision combines two pieces of evidence:

* the CAMEO codes the trigger lexicon proposes for the trigger (``candidates``), and
* the event-type classifier (:mod:`dyadwatch.coding.classifier`), trained on the project's own
  labelled corpus, which scores every CAMEO code and "no event" from the sentence, the clause
  around the trigger and the trigger lemma.

The classifier's probabilities are summed per PLOVER type first (so ten thinly-trained ASSAULT
codes can outvote one well-trained ACCUSE code), the type with the most mass wins, and the code
is the best one inside that type. Lexicon candidates are a prior: they multiply the probability
of the codes they name (and of the codes below them), so a trigger the lexicon knows well needs
little help from the classifier, while the classifier can still overrule a lexicon entry that the
sentence contradicts ("attack on the proposal" is not an ASSAULT).

CAMEO 01 (public statements) has no PLOVER type: a statement decision returns ``None``, as does
"no event". Without a trained model the decision falls back to the lexicon's first candidate
that has a PLOVER type, with a modest confidence.

Three readings decide a type from the shape of a sentence rather than from its trigger word, and
the frame finder and the events stage call them:

* :func:`allegation_frame`: "X alleged/claimed that Y attacked Z" is X accusing Y (CAMEO 112),
  not an attack reported as done;
* :func:`demand_frame` (through :func:`complete_frames`): "X said Y must ..." is X's demand to Y,
  whatever is demanded, and what is demanded is not coded as done;
* :func:`fallback_frame` (through :func:`complete_frames`): a sentence in which the lexicon finds
  no trigger gets the classifier's event when the classifier is sure of its type and the parse
  names an actor ("troops remained on high alert", "continued their hunger strike").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from dyadwatch.coding.doers import DOER_TARGET_ROOTS, doer_targets
from dyadwatch.ontology import PLOVER_TYPES, cameo_info

log = logging.getLogger(__name__)

NO_EVENT = "NONE"
# How much a lexicon candidate multiplies the classifier's probability of its code. Tuned on the
# corpus' dev split (scripts/train_classifier.py reports the effect); see benchmarks/EVAL.md.
CANDIDATE_BOOST = 4.0
FALLBACK_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class TypeDecision:
    cameo_code: str
    plover_type: str
    plover_mode: str | None
    confidence: float


def decision_for_code(code: str, confidence: float) -> TypeDecision | None:
    """The decision for a CAMEO code, or None when the code has no PLOVER type (01 statements)."""
    try:
        info = cameo_info(code)
    except KeyError:
        return None
    if info.plover_type not in PLOVER_TYPES:
        return None
    return TypeDecision(
        cameo_code=code, plover_type=info.plover_type, plover_mode=info.plover_mode, confidence=confidence
    )


def _fallback(candidates: Sequence[str]) -> TypeDecision | None:
    for code in candidates:
        decision = decision_for_code(code, FALLBACK_CONFIDENCE)
        if decision is not None:
            return decision
    return None


def decide(sentence: str, clause: str, trigger_lemma: str, candidates: Sequence[str]) -> TypeDecision | None:
    """The CAMEO code and PLOVER type of the event that ``trigger_lemma`` expresses in ``clause``
    (part of ``sentence``), or None when it expresses no PLOVER event (a bare statement,
    background, a hard negative such as "a threat to the economy")."""
    from dyadwatch.coding.classifier import load_classifier

    model = load_classifier()
    if model is None:
        return _fallback(candidates)
    scores = model.scores(sentence, clause or sentence, trigger_lemma)
    return choose(scores, candidates)


def choose(scores: dict[str, float], candidates: Sequence[str], boost: float = CANDIDATE_BOOST) -> TypeDecision | None:
    """Combine classifier probabilities (CAMEO code or "NONE" -> probability) with lexicon
    candidates into one decision. Public so the training script can tune ``boost``."""
    if not scores:
        return _fallback(candidates)
    cands = [c for c in candidates if c]
    weighted: dict[str, float] = {}
    for label, p in scores.items():
        w = p
        if label != NO_EVENT and any(label.startswith(c) or c.startswith(label) for c in cands):
            w *= boost
        weighted[label] = w
    total = sum(weighted.values()) or 1.0
    by_type: dict[str, float] = {}
    best_code: dict[str, tuple[float, str]] = {}
    for label, w in weighted.items():
        ptype = NO_EVENT if label == NO_EVENT else _type_of(label)
        by_type[ptype] = by_type.get(ptype, 0.0) + w / total
        if ptype not in best_code or w > best_code[ptype][0]:
            best_code[ptype] = (w, label)
    ptype = max(by_type, key=by_type.__getitem__)
    if ptype == NO_EVENT:
        return None
    code = best_code[ptype][1]
    # A lexicon candidate more specific than the classifier's 3-digit code (e.g. 0831 under 083)
    # keeps its detail.
    for c in cands:
        if len(c) > len(code) and c.startswith(code):
            code = c
            break
    return decision_for_code(code, round(min(1.0, by_type[ptype]), 4))


def _type_of(code: str) -> str:
    try:
        t = cameo_info(code).plover_type
    except KeyError:
        return NO_EVENT
    return t if t in PLOVER_TYPES else NO_EVENT


# --------------------------------------------------------------------------------------------------
# a sentence with no trigger the lexicon knows

# How much probability the classifier must put on one PLOVER type (codes summed) before a sentence
# with no lexicon trigger gets an event. Chosen so that the corpus dev split's no-event sentences
# stay below the quality gate's false-event floor (scripts/train_classifier.py reports both).
FALLBACK_MIN_PROBABILITY = 0.5
# The grammar found no trigger, so the roles are less certain than a lexicon frame's.
FALLBACK_CERTAINTY = 0.75
# Verbs that report or frame rather than name an act: never the anchor of a fallback event.
_NOT_ANCHORS = frozenset(
    {"be", "have", "do", "get", "become", "seem", "appear", "come", "go", "make", "accord", "include", "follow",
     "regard", "concern", "cite", "base", "hope", "need", "interest"}
)  # fmt: skip


def _governing_verb(tok: Any) -> Any | None:
    node = tok
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _anchors(finder: Any, sent: Any) -> list[Any]:
    """Words that could name the sentence's event: its verbs (not speech, not light auxiliaries)
    and the nouns the lexicon knows as events."""
    lex = finder.lex
    out = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if finder.is_verb(tok):
            if lemma in _NOT_ANCHORS or lex.frame(lemma) == "speech" or tok.dep_ in ("prep", "amod", "aux"):
                continue
            out.append(tok)
        elif finder.is_noun(tok) and lex.noun(lemma) is not None:
            out.append(tok)
    return out


def _clause_of(tok: Any) -> str:
    node = tok if tok.pos_ in ("VERB", "AUX") else (_governing_verb(tok) or tok)
    sub = list(node.subtree)
    return tok.doc[sub[0].i : sub[-1].i + 1].text


def fallback_frame(finder: Any, sent: Any) -> Any | None:
    """An event for a sentence in which the grammar found none, when the classifier is sure of
    its type: "Islamic fundamentalists continued their hunger strike", "troops remained on alert",
    "militias fought over the airfield". The anchor is the verb or event noun the
    classifier is surest about; the source is its subject (for a noun, the subject of the verb
    that governs it), the target its object or prepositional object. Without any actor there is
    no event, and a statement ("said", "told") is never an anchor.

    ``finder`` is the :class:`~dyadwatch.coding.frames.FrameFinder` of the article, ``sent`` a
    spaCy span; returns a :class:`~dyadwatch.coding.frames.Frame` or None.
    """
    from dyadwatch.coding.classifier import load_classifier
    from dyadwatch.coding.grammar import subject_of
    from dyadwatch.coding.stance import stance_of

    if not finder.names_actor(sent):
        return None  # no actor, no event: not worth a sentence embedding
    model = load_classifier()
    if model is None:
        return None
    text = sent.text
    best: tuple[float, Any, str] | None = None
    for tok in _anchors(finder, sent):
        scores = model.scores(text, _clause_of(tok), tok.lemma_.lower())
        decision = choose(scores, ())
        if decision is None or decision.confidence < FALLBACK_MIN_PROBABILITY:
            continue
        if best is None or decision.confidence > best[0]:
            best = (decision.confidence, tok, decision.cameo_code)
    if best is None:
        return None
    probability, tok, code = best
    if finder.is_verb(tok):
        sources, targets, notes, certainty = finder.roles(tok)
        if not targets and code.startswith(DOER_TARGET_ROOTS):  # "opened an inquiry into killings by ..."
            own = {a.actor.code for a in sources if a.actor}
            targets, how = doer_targets(tok, finder.finder, finder.speaker_of(tok), own)
            if targets:
                notes.append(f"target = {how}")
        if not targets and code.startswith(("15", "18", "19", "20")):  # "trained hackers to attack Bree"
            targets, how = finder.readied_against(tok, finder.speaker_of(tok))
            if targets:
                notes.append(f"target = {how}")
    else:
        sources, targets, notes, certainty = finder._noun_roles(tok, finder.speaker_of(tok))
        verb = _governing_verb(tok)
        if not sources and verb is not None:
            subj, passive = subject_of(verb)
            if not passive:
                sources, how = finder.finder.actors(subj, speaker=finder.speaker_of(verb))
                if sources:
                    notes.append(f"source = subject of '{verb.text}' {how}")
    if not sources and not targets:
        return None
    stance = stance_of(tok, published=finder.published, lex=finder.lex)
    notes.append(f"no lexicon trigger: type from the classifier (p={probability:.2f})")
    frame = finder._make(tok, "event", (code,), sources, targets, stance, notes, certainty, False)
    return replace(frame, certainty=frame.certainty * FALLBACK_CERTAINTY)


# --------------------------------------------------------------------------------------------------
# reported wrongdoing

# Speech verbs that report someone else's act as a charge: "a report alleged that the army helped
# plan the killings" is an accusation against the army (CAMEO 112), not help and not killings.
ALLEGING_SPEECH = frozenset({"allege", "claim"})
# "claimed that Gondor had agreed" reports news; only a conflictual act claimed is a charge.
CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
ACCUSATION_CODE = "112"


def allegation_frame(finder: Any, tok: Any, absorbed: set[int]) -> Any | None:
    """An ACCUSE frame for "X alleged/claimed that Y did Z" when Y is not X: the speaker accuses
    the one said to have acted. The acts inside the charge are absorbed (they are alleged, not
    reported as done). None when the speaker reports their own act, names no actor, or the
    clause holds no event the lexicon knows."""
    from dyadwatch.coding.framecodes import type_of
    from dyadwatch.coding.grammar import passive_parts, subject_of
    from dyadwatch.coding.stance import stance_of

    lemma = tok.lemma_.lower()
    if lemma not in ALLEGING_SPEECH:
        return None
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    inner = []
    for clause in clauses:
        for t in clause.subtree:
            code = finder.event_code(t)[0]
            if code and (lemma == "allege" or type_of(code) in CONFLICT_TYPES):
                inner.append(t)
    if not inner:
        return None
    speaker_subj, _ = subject_of(tok)
    # "a report alleged ...": a charge from an unnamed source still names the accused
    speakers, how = finder.finder.actors(speaker_subj, speaker=finder.speaker_of(tok))
    own = {a.actor.code for a in speakers if a.actor}
    accused: tuple = ()
    accused_how = ""
    for t in inner:
        subj, passive = subject_of(t)
        if passive:
            subj, _patient = passive_parts(t)
        found, found_how = finder.finder.actors(subj, speaker=speakers)
        if found and not {a.actor.code for a in found if a.actor} <= own:
            accused, accused_how = found, found_how
            break
        if found:
            return None  # "claimed that they had attacked": the speaker's own act
    if not speakers and not accused:
        return None
    absorbed.update(t.i for t in inner)
    absorbed.add(tok.i)
    notes = [f"source = speaker {how}"] if speakers else []
    if accused:
        notes.append(f"target = the one said to have acted {accused_how}")
    notes.append(f"'{tok.text}' reports '{inner[0].text}' as a charge")
    stance = stance_of(tok, published=finder.published, conditional_ok=False, lex=finder.lex)
    return finder._make(tok, "event", (ACCUSATION_CODE,), speakers, accused, stance, notes, 0.9, False)


# --------------------------------------------------------------------------------------------------
# "X said Y must ..."

DEMAND_MODALS = frozenset({"must"})
# "should" demands only an act the lexicon knows ("Bree should withdraw its troops"); otherwise
# it is advice as often as demand ("voters should think twice").
ADVICE_MODALS = frozenset({"should"})


def demand_frame(finder: Any, sent: Any) -> Any | None:
    """ "Arnor declared that Gondor must drop its tariffs": a demand from the speaker to the one
    who must act, even when the lexicon does not know what is demanded; its CAMEO code is the
    demand of what is demanded when the lexicon knows it ("must release" is a demand for a
    release)."""
    from dyadwatch.coding.framecodes import frame_code
    from dyadwatch.coding.grammar import subject_of
    from dyadwatch.coding.stance import stance_of

    for tok in sent:
        if not finder.is_verb(tok):
            continue
        modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in DEMAND_MODALS | ADVICE_MODALS), None)
        if modal is None:
            continue
        inner_code = finder.event_code(tok)[0]
        if modal.lower_ in ADVICE_MODALS and inner_code is None:
            continue
        speakers = finder.speaker_of(tok)
        if not speakers:
            continue
        subj, _passive = subject_of(tok)
        asked, how = finder.finder.actors(subj, speaker=speakers)
        own = {a.actor.code for a in speakers if a.actor}
        if not asked or {a.actor.code for a in asked if a.actor} <= own:
            continue
        code = frame_code("request", inner_code, "demand") or "100"
        notes = [
            f"source = speaker '{speakers[0].mention.text}'",
            f"target = who {modal.lower_} {how}",
            f"'{modal.text} {tok.text}'",
        ]
        stance = stance_of(tok.head, published=finder.published, conditional_ok=False, lex=finder.lex)
        return finder._make(tok, "request", (code,), speakers, asked, stance, notes, 0.8, False)
    return None


def complete_frames(finder: Any, sent: Any, frames: list[Any], *, classify: bool = True) -> list[Any]:
    """The frames of one sentence after the type decision's own readings:

    * a demand in reported speech (:func:`demand_frame`) replaces the frames of what is demanded
      ("Arnor said Gondor must return the prisoners that it captured" is Arnor's demand, neither
      a return nor a capture), and needs no lexicon trigger;
    * a sentence still without a frame gets the classifier's event (:func:`fallback_frame`)
      when ``classify`` is on and the classifier is sure.
    """
    demand = demand_frame(finder, sent)
    if demand is not None:
        must_verb = finder.doc[demand.trigger]
        inside = {t.i for t in must_verb.subtree}
        frames = [f for f in frames if f.trigger not in inside] + [demand]
    if not frames and classify:
        extra = fallback_frame(finder, sent)
        if extra is not None:
            frames = [extra]
    return frames


__all__ = [
    "CANDIDATE_BOOST",
    "FALLBACK_MIN_PROBABILITY",
    "NO_EVENT",
    "TypeDecision",
    "allegation_frame",
    "choose",
    "complete_frames",
    "decide",
    "decision_for_code",
    "demand_frame",
    "fallback_frame",
]  # fmt: skip
