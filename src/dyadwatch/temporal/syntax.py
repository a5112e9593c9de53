"""Which words of a sentence belong to an event's clause, read off the dependency parse.

Both the dates and the places stage must attach a modifier ("last week", "at the White House") to
the event it describes, not to any event in the sentence. :func:`attachment_cost` measures how
far a modifier sits from an event trigger in the parse:

- a modifier in the trigger's own clause (or in a phrase hanging off it, however deep: "during a
  visit to the Center in Virginia earlier this month") costs little;
- a modifier of a clause that contains the trigger's clause (the reporting verb of reported
  speech, the main verb of an ``acl``/``ccomp``) costs more but is allowed, because that is
  usually when/where the embedded event was announced or done;
- a modifier inside another clause (a relative clause about the subject, a conjoined verb, an
  adverbial clause) is not the event's and gets ``None``.
"""

from __future__ import annotations

from typing import Any

# Arcs that open a new clause: what lies under them describes another event.
CLAUSE_ARCS = frozenset({"relcl", "advcl", "ccomp", "csubj", "csubjpass", "acl", "parataxis", "xcomp"})

# Crossing one clause boundary upwards from the trigger is worth this much: any modifier in the
# trigger's own clause wins over one of the clause above.
CLAUSE_COST = 10.0


def _opens_clause(token: Any) -> bool:
    if token.dep_ in CLAUSE_ARCS:
        # An xcomp under a noun-less control verb ("promised to work") stays in the same event
        # frame; only count it when it carries its own subject.
        if token.dep_ == "xcomp":
            return any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children)
        return True
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")


def _ancestors_with_self(token: Any) -> list[Any]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def attachment_cost(trigger: Any, modifier: Any) -> float | None:
    """How well ``modifier`` (a spaCy token, the head of a time/place phrase) attaches to the event
    whose trigger is the spaCy token ``trigger``; lower is better, ``None`` means "not this
    event's". Both tokens must come from the same sentence of the same Doc."""
    up_from_trigger = _ancestors_with_self(trigger)
    positions = {tok.i: n for n, tok in enumerate(up_from_trigger)}
    # Walk up from the modifier to the lowest common ancestor, refusing to leave another clause.
    hops = 0
    node = modifier
    while node.i not in positions:
        if _opens_clause(node):
            return None
        if node.head.i == node.i:  # different sentence roots: not comparable
            return None
        node = node.head
        hops += 1
    lca_rank = positions[node.i]
    crossed = sum(1 for tok in up_from_trigger[:lca_rank] if _opens_clause(tok))
    return crossed * CLAUSE_COST + hops + 0.1 * lca_rank


def span_head(doc: Any, start: int, end: int) -> Any | None:
    """The syntactic head token of the character span [start, end) of ``doc`` (None if the span
    covers no token)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root
