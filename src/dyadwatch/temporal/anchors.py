"""A small table of dated anchors: "shortly before Asfura took office" needs to know when that was.

The table (``anchors.tsv``) pairs a pattern for who or what with a kind of happening (taking
office, …) and its date. When several rows match (Trump took office twice) the latest one on or
before the article's publication date wins, because an article speaks of the past it knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from dyadwatch.errors import KnowledgeBaseError
from dyadwatch.temporal.resolve import PRECISIONS, TimeValue

KIND_PATTERNS = {
    "took_office": re.compile(
        r"took office|take office|taking office|inaugurat|sworn in|swearing-in|assumed (?:office|the presidency|power)"
        r"|came to power|took power|tom[óoa] posesi[óo]n|tomara posesi[óo]n|asumi[óo]|asumiera|investidura",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True, slots=True)
class Anchor:
    pattern: re.Pattern[str]
    kind: str
    value: TimeValue
    what: str


@cache
def anchor_table() -> tuple[Anchor, ...]:
    """The built-in anchors, read once per process."""
    rows = []
    text = resources.files("dyadwatch.temporal").joinpath("anchors.tsv").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith(("#", "who_or_what\t")):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            raise KnowledgeBaseError(
                f"dyadwatch/temporal/anchors.tsv line {number}: expected 5 tab-separated fields, got {len(fields)}"
            )
        pattern, kind, when, precision, what = fields
        if kind != "-" and kind not in KIND_PATTERNS:
            raise KnowledgeBaseError(f"dyadwatch/temporal/anchors.tsv line {number}: unknown kind {kind!r}")
        if precision not in PRECISIONS:
            raise KnowledgeBaseError(f"dyadwatch/temporal/anchors.tsv line {number}: bad precision {precision!r}")
        try:
            value = TimeValue(date.fromisoformat(when), precision)  # type: ignore[arg-type]
            compiled = re.compile(pattern, re.IGNORECASE)
        except (ValueError, re.error) as exc:
            raise KnowledgeBaseError(f"dyadwatch/temporal/anchors.tsv line {number}: {exc}") from exc
        rows.append(Anchor(compiled, kind, value, what))
    return tuple(rows)


def find_anchor(phrase: str, *, on: date | None = None) -> Anchor | None:
    """The anchor that ``phrase`` ("Asfura took office") names, as of date ``on``, or None."""
    matches = [
        a
        for a in anchor_table()
        if a.pattern.search(phrase) and (a.kind == "-" or KIND_PATTERNS[a.kind].search(phrase))
    ]
    if not matches:
        return None
    if on is not None:
        known = [a for a in matches if a.value.date <= on]
        if known:
            return max(known, key=lambda a: a.value.date)
    return min(matches, key=lambda a: a.value.date)
