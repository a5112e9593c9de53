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
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

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


__all__ = ["CANDIDATE_BOOST", "NO_EVENT", "TypeDecision", "choose", "decide", "decision_for_code"]
