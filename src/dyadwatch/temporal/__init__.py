"""When events happened: time expressions in English and Spanish, resolved against the
publication date (see :mod:`dyadwatch.temporal.resolve` for the conventions)."""

from dyadwatch.temporal.anchors import Anchor, anchor_table, find_anchor
from dyadwatch.temporal.expressions import TimeExpression, find_time_expressions
from dyadwatch.temporal.resolve import PRECISIONS, TimeValue, coarser, floor, resolve, shift
from dyadwatch.temporal.syntax import attachment_cost, span_head

__all__ = [
    "PRECISIONS",
    "Anchor",
    "TimeExpression",
    "TimeValue",
    "anchor_table",
    "attachment_cost",
    "coarser",
    "find_anchor",
    "find_time_expressions",
    "floor",
    "resolve",
    "shift",
    "span_head",
]
