"""Stance: whether an event was done, is to come, is only conditioned, was denied, or lies in the past.

PLOVER separates an act from a promise, a threat's condition and a denial; most coders do not, and
count "if Asfura lost, aid would be cut" as an aid cut. Here the stance of a trigger is read from its
own clause in the dependency parse:

* negated       "did not meet", "never visited", "no talks were held", "Nor did ... meet"
* hypothetical  "if Asfura lost", "could impose", "considering sanctions", "potential cuts"
* historical    "had invaded" (past perfect), "in 1998 ...", "took office in 2015" (a year before publication)
* future        "will meet", "would" in reported speech, "plans to visit", "is expected to", "upcoming talks",
                "pressure to crack down" (an infinitive of purpose or content)
* asserted      everything else

When several hold, the first in that order wins: a negated plan is negated, a conditioned future
is hypothetical. Each result comes with the cue word, so the event can say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from dyadwatch.coding.lexicon import Lexicon, lexicon
from dyadwatch.models import Stance

NEGATORS = frozenset({"not", "n't", "never", "no", "nor", "neither", "without"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "should", "ought"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo", "would", "'d"})
FUTURE_ADJECTIVES = frozenset({"about", "set", "due", "likely", "poised", "scheduled", "expected", "going"})
HISTORICAL_WORDS = frozenset({"ago", "formerly", "previously", "once"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True, slots=True)
class StanceReading:
    stance: Stance
    cue: str | None = None  # the word that decided it ("would", "if", "not", "1998")

    def explain(self) -> str:
        return f"stance {self.stance}" + (f": '{self.cue}'" if self.cue else "")


ASSERTED = StanceReading("asserted")


def _clause_children(token: Any) -> list[Any]:
    # Children that belong to the token's own clause (not to clauses hanging under it).
    return [c for c in token.children if c.dep_ not in ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis")]


def _own_cues(token: Any, lex: Lexicon, published: date | None, *, conditional_ok: bool) -> list[tuple[str, str]]:
    """(stance, cue) pairs read off one verb or noun and the words that hang on it."""
    cues: list[tuple[str, str]] = []
    children = list(token.children)
    for child in children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj", "cc", "det") and low in NEGATORS):
            cues.append(("negated", child.text))
        elif child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
            if low in HYPOTHETICAL_MODALS:
                cues.append(("hypothetical", child.text))
            elif low in FUTURE_MODALS:
                cues.append(("future", child.text))
        elif child.dep_ == "aux" and child.lemma_ == "have" and child.tag_ == "VBD" and token.tag_ == "VBN":
            cues.append(("historical", f"{child.text} {token.text}"))
        elif child.dep_ == "mark" and low in CONDITION_MARKS and conditional_ok:
            cues.append(("hypothetical", child.text))
        elif (
            child.dep_ == "advcl"
            and conditional_ok
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children)
        ):
            # the main clause of a conditional: "if Asfura lost, Washington would cut aid"
            cues.append(("hypothetical", "if"))
        elif child.dep_ == "amod" and token.pos_ in ("NOUN", "PROPN"):
            if low in lex.noun_hypothetical:
                cues.append(("hypothetical", child.text))
            elif low in lex.noun_future:
                cues.append(("future", child.text))
        elif child.dep_ == "advmod" and low in HISTORICAL_WORDS:
            cues.append(("historical", child.text))
    if published is not None:
        for child in _clause_children(token):
            if child.dep_ in ("prep", "npadvmod", "advmod", "pobj") or child.ent_type_ == "DATE":
                for t in child.subtree:
                    if t.ent_type_ == "DATE" or t.like_num:
                        m = _YEAR.fullmatch(t.text)
                        if m and int(m.group(1)) < published.year:
                            cues.append(("historical", t.text))
    return cues


_ORDER = {"negated": 0, "hypothetical": 1, "historical": 2, "future": 3, "asserted": 4}


def stance_of(
    token: Any,
    *,
    published: date | None = None,
    conditional_ok: bool = True,
    lex: Lexicon | None = None,
) -> StanceReading:
    """The stance of the event whose trigger is ``token`` (a spaCy Token, verb or noun).

    ``conditional_ok=False`` ignores conditions: a threat is made even when what it threatens
    is conditioned ("warned of cuts if Asfura lost" is an asserted threat).
    """
    lex = lex or lexicon()
    cues = _own_cues(token, lex, published, conditional_ok=conditional_ok)
    # Climb through the words that govern this one in the same proposition: "plans to visit",
    # "is expected to sign", "is about to restore", "did not agree to meet", "talks were not held".
    node = token
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in ("acl", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            # an infinitive of purpose or of a noun's content is a goal, not a deed: "pressure to
            # crack down on gangs", "sent troops to retake the town"
            cues.append(("future", "to"))
            break
        if node.dep_ == "xcomp" or (node.dep_ in ("dobj", "nsubjpass", "attr") and head.lemma_ in lex.light_verbs):
            frame = lex.frame(head.lemma_)
            if frame == "consider":
                cues.append(("hypothetical", head.text))
            elif frame == "intend" or head.lower_ in FUTURE_ADJECTIVES or head.lemma_ in FUTURE_ADJECTIVES:
                cues.append(("future", head.text))
            cues.extend(
                c
                for c in _own_cues(head, lex, published, conditional_ok=conditional_ok)
                if c[0] != "historical" or True
            )
            node = head
            continue
        if node.dep_ in ("csubj", "csubjpass") and any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in head.children
        ):
            # "Halting the loans would hurt ...": the halt is only imagined
            cues.append(("hypothetical", next(c.text for c in head.children if c.dep_ == "aux")))
            break
        if node.dep_ == "acomp" and node.lower_ in FUTURE_ADJECTIVES:
            cues.append(("future", node.text))
            cues.extend(_own_cues(head, lex, published, conditional_ok=conditional_ok))
            node = head
            continue
        if node.dep_ == "conj":
            # "X met and signed ..." shares the auxiliaries of the first verb: "will meet and sign"
            inherited = [c for c in _own_cues(head, lex, published, conditional_ok=conditional_ok) if c[0] != "negated"]
            cues.extend(inherited)
            node = head
            continue
        break
    if not cues:
        return ASSERTED
    stance, cue = min(cues, key=lambda c: _ORDER[c[0]])
    return StanceReading(stance, cue)  # type: ignore[arg-type]


__all__ = ["ASSERTED", "StanceReading", "stance_of"]
