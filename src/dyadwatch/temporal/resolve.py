"""Turning a :class:`TimeExpression` into a date with a precision.

Conventions (documented in benchmarks/WHEN_WHERE.md and relied on by the store and exporters):

- A date of precision ``week`` is the **Monday** of that ISO week; ``month`` the 1st of the month;
  ``year`` 1 January. The date is the start of the period the text points to.
- "on Tuesday" is the most recent Tuesday on or before publication, or the first Tuesday after
  it when the event is future; "last Tuesday" is strictly before, "next Tuesday" strictly after.
- A month or day without a year is the most recent one on or before publication (the first one
  after it for future events).
- "early/late/mid" keep the precision of what they modify ("early February" is February).
- "days later" / "the day before" move from the previous dated event of the story; the result is
  never more precise than that event's date.
- "shortly before X": the window of about a month before X (from the text or the anchor
  table), at month precision: the date is the month of X minus 30 days, so the whole period it
  names lies before X ("just before": 7 days; "shortly after": 7 days after, month precision).
  When X is unknown, the same offset from the publication date at month (or year) precision:
  the event happened before publication, and that is all the text says.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from dyadwatch.models import Precision
from dyadwatch.temporal.expressions import TimeExpression

PRECISIONS: tuple[Precision, ...] = ("day", "week", "month", "year")


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A resolved date: ``date`` is the start of the period of ``precision``."""

    date: date
    precision: Precision

    def __str__(self) -> str:
        if self.precision == "day":
            return self.date.isoformat()
        if self.precision == "week":
            return f"week of {self.date.isoformat()}"
        if self.precision == "month":
            return self.date.strftime("%Y-%m")
        return str(self.date.year)


def coarser(a: str, b: str) -> Precision:
    return PRECISIONS[max(PRECISIONS.index(a), PRECISIONS.index(b))]  # type: ignore[arg-type]


def floor(d: date, precision: str) -> date:
    """The first day of the period of ``precision`` containing ``d``."""
    if precision == "week":
        return d - timedelta(days=d.weekday())
    if precision == "month":
        return d.replace(day=1)
    if precision == "year":
        return date(d.year, 1, 1)
    return d


def shift(d: date, unit: str, amount: int) -> date:
    """``d`` moved by ``amount`` ``unit`` s (months and years clamp the day: 31 Jan + 1 month = 28 Feb)."""
    if unit == "day":
        return d + timedelta(days=amount)
    if unit == "week":
        return d + timedelta(weeks=amount)
    months = amount * (12 if unit == "year" else 1)
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _value(d: date, precision: str) -> TimeValue:
    return TimeValue(floor(d, precision), precision)  # type: ignore[arg-type]


def _weekday(expr: TimeExpression, published: date, future: bool) -> TimeValue:
    assert expr.weekday is not None
    back = (published.weekday() - expr.weekday) % 7  # days back to the most recent such day (0 = today)
    ahead = (expr.weekday - published.weekday()) % 7 or 7  # days to the next one, strictly after
    if expr.amount == -1:
        d = published - timedelta(days=back or 7)
    elif expr.amount == 1:
        d = published + timedelta(days=ahead)
    elif expr.amount == 0:
        d = floor(published, "week") + timedelta(days=expr.weekday)
    else:
        d = published + timedelta(days=ahead) if future else published - timedelta(days=back)
    return TimeValue(d, "day")


def _calendar(expr: TimeExpression, published: date | None, future: bool) -> TimeValue | None:
    precision = expr.precision
    if expr.year is not None:
        try:
            return _value(date(expr.year, expr.month or 1, expr.day or 1), precision)
        except ValueError:
            return None
    if published is None or expr.month is None:
        return None
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, expr.month, expr.day or 1))
        except ValueError:  # 29 February
            continue
    if future:
        after = [d for d in candidates if floor(d, precision) >= floor(published, precision)]
        return _value(min(after), precision) if after else None
    before = [d for d in candidates if floor(d, precision) <= floor(published, precision)]
    return _value(max(before), precision) if before else None


def resolve(
    expr: TimeExpression,
    published: date | None,
    *,
    future: bool = False,
    previous: TimeValue | None = None,
    anchor: TimeValue | None = None,
) -> TimeValue | None:
    """The date ``expr`` points to, or None when it cannot be known.

    ``published`` is the article's publication date; ``future`` whether the event is in the
    future (tense or stance); ``previous`` the date of the story's previous dated event (for
    "days later"); ``anchor`` the date of the anchor of an ``anchored`` expression, when known.
    """
    if expr.kind == "calendar":
        return _calendar(expr, published, future)
    if expr.kind == "relative":
        if previous is None:
            return None
        assert expr.unit is not None and expr.amount is not None
        precision = coarser(previous.precision, expr.precision)
        return _value(shift(previous.date, expr.unit, expr.amount), precision)
    if expr.kind == "anchored":
        assert expr.unit is not None and expr.amount is not None
        if anchor is not None:
            precision = coarser(anchor.precision, expr.precision)
            return _value(shift(anchor.date, expr.unit, expr.amount), precision)
        if published is None or expr.bare:  # bare "after the meeting": nothing to go on
            return None
        # Unknown anchor: all we know is that it happened before publication.
        moved = shift(published, expr.unit, expr.amount) if expr.amount < 0 else published
        return _value(moved, coarser(expr.precision, "month"))
    if published is None:
        return None
    if expr.kind == "weekday":
        return _weekday(expr, published, future)
    if expr.kind == "deictic":
        assert expr.unit is not None and expr.amount is not None
        return _value(shift(published, expr.unit, expr.amount), expr.precision)
    return None
