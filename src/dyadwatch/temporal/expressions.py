"""Finding time expressions in English and Spanish news text.

:func:`find_time_expressions` returns every time expression of a text as a
:class:`TimeExpression`: its character span and what it says, still unresolved ("last week" is
``deictic`` week −1; "on Tuesday" is ``weekday`` 1; "two weeks after Trump suggested …" is
``anchored`` +14 days with an anchor phrase). :mod:`dyadwatch.temporal.resolve` turns them into
dates against the publication date. Patterns, not a model: news time expressions are a small,
closed set, and a pattern that misfires can be read and fixed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

Kind = str  # "deictic" | "weekday" | "calendar" | "relative" | "anchored"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One time expression, unresolved.

    - ``deictic``: ``amount`` ``unit`` s from the publication date ("yesterday" = day −1,
      "earlier this month" = month 0, "two weeks ago" = week −2).
    - ``weekday``: ``weekday`` (0 = Monday); ``amount`` −1 "last", +1 "next", 0 "this", None bare.
    - ``calendar``: ``year`` / ``month`` / ``day`` as written (missing parts come from context).
    - ``relative``: ``amount`` ``unit`` s from the date of the story's previous event ("days later").
    - ``anchored``: ``amount`` ``unit`` s from ``anchor`` ("shortly before Asfura took office").
    ``precision`` is the precision the expression itself can give.
    """

    start: int
    end: int
    text: str
    kind: Kind
    precision: str
    unit: str | None = None
    amount: int | None = None
    weekday: int | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    anchor: str | None = None
    anchor_start: int | None = None
    anchor_end: int | None = None
    bare: bool = False  # "after the meeting": no amount, only meaningful when the anchor is dated


from dyadwatch.temporal.lexicon import (  # noqa: E402
    MONTHS_EN,
    MONTHS_ES,
    NUMBERS,
    UNITS,
    VAGUE,
    VAGUE_BEFORE,
    WEEKDAYS_EN,
    WEEKDAYS_ES,
)

_NUM = (
    r"(?:\d{1,2}|a couple of|couple of|a few|few|several|an?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)
_NUM_ES = r"(?:\d{1,2}|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|unas|varios|varias|pocos|pocas)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_MONTH_ES = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_ES = r"(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:early|late|mid-?|the (?:end|beginning|start|middle) of|earlier|later)"
# The anchor of "two weeks after X" runs to the end of the clause.
_ANCHOR = r"(?P<anchor>[^,.;:!?\"“”()]{3,120})"

_FLAGS = re.IGNORECASE


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + pattern + r"(?![\w-])", _FLAGS)


def _num(text: str) -> int:
    text = text.lower().strip()
    return int(text) if text.isdigit() else NUMBERS.get(text, 1)


def _month(text: str) -> int:
    key = text.lower().rstrip(".")
    return MONTHS_EN.get(key) or MONTHS_ES[key]


# --- English -------------------------------------------------------------------------------------

_EN_ANCHORED = _rx(
    rf"(?:(?P<num>{_NUM})\s+(?P<unit>days?|weeks?|months?|years?)|(?P<vague>shortly|soon|just|right|immediately"
    r"|hours|days|weeks|months|years))\s+(?P<dir>before|after)\s+" + _ANCHOR
)
# "after the meeting": only dated when the story (or the anchor table) dates the meeting.
_EN_BARE_ANCHORED = _rx(
    r"(?P<dir>before|after|following|ahead of|prior to|in the run-up to)\s+"
    r"(?P<anchor>(?:the|his|her|their|this|that|its)\s+[^,.;:!?\"“”()]{3,80})"
)
_ES_BARE_ANCHORED = _rx(
    r"(?P<dir>antes|después|despues)\s+de\s+(?P<anchor>(?:la|el|las|los|su|sus|esa|ese)\s+[^,.;:!?\"“”()]{3,80})"
)
_EN_RELATIVE = [
    (
        _rx(
            r"(?<!a )(?<!the )(?P<dir>later|afterwards|subsequently)"
            r"(?!\s+(?:this|that|today|tonight|in\s+the\s+(?:day|week|month|year)))"
        ),
        1,
    ),
    (_rx(rf"(?P<num>{_NUM})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>later|earlier|before|after)"), None),
    (_rx(r"(?P<vague>days|weeks|months|years|hours)\s+(?P<dir>later|earlier)"), None),
    (_rx(r"(?P<dir>later|earlier) that (?P<unit>day|week|month|year)"), 0),
    (_rx(r"the (?P<dir>next|following|previous) (?P<unit>day|week|month|year|morning|evening)"), None),
    (_rx(r"the day (?P<dir>before|after)"), None),
    (_rx(r"(?:that|the same) day"), 0),
]
_EN_DEICTIC = [
    (_rx(r"the day before yesterday"), "day", -2),
    (_rx(r"yesterday"), "day", -1),
    (_rx(r"last night"), "day", -1),
    (_rx(r"(?:earlier |later )?today|tonight|this (?:morning|afternoon|evening)"), "day", 0),
    (_rx(r"tomorrow"), "day", 1),
    (_rx(rf"(?:{_PART}\s*)?(?:the\s+)?(?:last|past|previous)\s+(?P<unit>week|month|year|weekend)"), None, -1),
    (_rx(rf"(?:{_PART}\s*)?(?:this|the current)\s+(?P<unit>week|month|year|weekend)"), None, 0),
    (_rx(rf"(?:{_PART}\s*)?(?:next|the coming)\s+(?P<unit>week|month|year|weekend)"), None, 1),
    (_rx(r"(?:over|at|during) the (?P<unit>weekend)"), None, -1),
    (_rx(rf"(?P<num>{_NUM})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago"), None, "ago"),
    (_rx(r"(?:in|over|during) (?:the )?(?:recent|past|last) (?:few )?(?P<unit>days|weeks|months)"), None, "recent"),
]
_EN_WEEKDAY = _rx(
    rf"(?:(?P<mod>last|this|next|past|coming)\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?"
)
_EN_CALENDAR = [
    _rx(rf"(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)"),
    _rx(rf"(?:{_PART}\s*)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>{_YEAR}))?"),
    _rx(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"),
    _rx(rf"(?:{_PART}\s*)?(?P<month>{_MONTH})(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?"),
    _rx(rf"(?:{_PART}\s*)?(?P<year>{_YEAR})(?!\s*(?:%|percent|per cent))"),
]

# --- Spanish -------------------------------------------------------------------------------------

_ES_ANCHORED = _rx(
    rf"(?:(?P<num>{_NUM_ES})\s+(?P<unit>días|dias|semanas?|mes(?:es)?|años?)|(?P<vague>poco|justo|días|semanas|meses|años))"
    r"\s+(?P<dir>antes|después|despues)\s+de(?:\s+que)?\s+" + _ANCHOR
)
_ES_RELATIVE = [
    (_rx(r"(?P<dir>más tarde|luego|posteriormente)"), 1),
    (
        _rx(
            rf"(?P<num>{_NUM_ES})\s+(?P<unit>días|dias|semanas?|mes(?:es)?|años?)"
            r"\s+(?P<dir>después|despues|antes|más tarde)"
        ),
        None,
    ),
    (_rx(r"(?P<vague>días|semanas|meses|años)\s+(?P<dir>después|despues|más tarde)"), None),
    (_rx(r"(?:el día|la víspera|el dia) (?P<dir>anterior)"), None),
    (_rx(r"(?:al|el) día (?P<dir>siguiente)"), None),
    (_rx(r"ese (?:mismo )?día"), 0),
]
_ES_PART = r"(?:a\s+)?(?:principios|inicios|comienzos|finales|fines|mediados)\s+de"
_ES_DEICTIC = [
    (_rx(r"anteayer|antier"), "day", -2),
    (_rx(r"ayer"), "day", -1),
    (_rx(r"hoy|esta (?:mañana|tarde|noche)"), "day", 0),
    (_rx(r"(?<!la )(?<!esta )(?<!de )mañana(?! por)"), "day", 1),
    (_rx(rf"(?:{_ES_PART}\s+)?(?:la|el)\s+(?P<unit>semana|mes|año|fin de semana)\s+pasad[oa]"), None, -1),
    (_rx(rf"(?:{_ES_PART}\s+)?(?:la|el)\s+pasad[oa]\s+(?P<unit>semana|mes|año|fin de semana)"), None, -1),
    (_rx(rf"(?:{_ES_PART}\s+)?del\s+(?P<unit>mes|año)\s+pasado"), None, -1),
    (_rx(rf"(?:{_ES_PART}\s+)?(?:est[ea])\s+(?P<unit>semana|mes|año|fin de semana)"), None, 0),
    (_rx(rf"{_ES_PART}\s+(?P<unit>semana|mes|año)"), None, 0),
    (_rx(r"(?:la|el)\s+(?:próxim[oa]|proxim[oa])\s+(?P<unit>semana|mes|año)"), None, 1),
    (_rx(r"(?:la|el)\s+(?P<unit>semana|mes|año)\s+(?:que viene|próxim[oa]|entrante)"), None, 1),
    (_rx(rf"hace\s+(?P<num>{_NUM_ES})\s+(?P<unit>días|dias|semanas?|mes(?:es)?|años?)"), None, "ago"),
    (_rx(r"(?:en|durante) (?:las|los) últim[oa]s (?P<unit>días|semanas|meses)"), None, "recent"),
]
_ES_WEEKDAY = _rx(
    rf"(?:el|este|esta)\s+(?:(?P<mod>pasado|próximo|proximo)\s+)?(?P<wd>{_WEEKDAY_ES})(?:\s+(?P<mod2>pasado|próximo|proximo))?"
)
_ES_CALENDAR = [
    _rx(rf"(?P<day>\d{{1,2}})\s+de\s+(?P<month>{_MONTH_ES})(?:\s+(?:de|del)\s+(?P<year>{_YEAR}))?"),
    _rx(rf"(?:{_ES_PART}\s+)?(?P<month>{_MONTH_ES})(?:\s+(?:de|del)\s+(?P<year>{_YEAR}))?"),
    _rx(rf"(?:{_ES_PART}\s+)?(?P<year>{_YEAR})"),
]

_MODAL_MAY = re.compile(
    r"(?:^|\s)(?:in|since|until|by|of|early|late|mid-?|last|next|this|before|after|during)\s*$", _FLAGS
)


def _unit(text: str | None) -> str:
    return UNITS[(text or "day").lower()]


def _direction(word: str) -> int:
    return -1 if word.lower() in ("before", "earlier", "previous", "antes", "anterior") else 1


def _relative(m: re.Match[str], fixed: int | None) -> TimeExpression:
    g = m.groupdict()
    if fixed == 1:  # bare "later": a little after the story's last time
        return TimeExpression(m.start(), m.end(), m.group(0), "relative", "week", unit="day", amount=1)
    if fixed == 0:
        unit, amount = (_unit(g.get("unit")) if g.get("unit") else "day"), 0
    elif g.get("vague"):
        unit, size = VAGUE[g["vague"].lower()]
        amount = size * _direction(g["dir"])
    else:
        unit = _unit(g.get("unit")) if g.get("unit") else "day"
        if unit not in ("day", "week", "month", "year"):  # "the next morning"
            unit = "day"
        amount = _num(g["num"]) if g.get("num") else 1
        amount *= _direction(g.get("dir") or "after")
    precision = unit if not g.get("vague") else ("week" if unit == "day" else unit)
    return TimeExpression(m.start(), m.end(), m.group(0), "relative", precision, unit=unit, amount=amount)


def _anchored(m: re.Match[str]) -> TimeExpression:
    g = m.groupdict()
    if g.get("vague"):
        unit, amount = VAGUE[g["vague"].lower()]
        if _direction(g["dir"]) < 0:
            # "shortly before X" puts the event in a window ending at X; the date is the window's
            # start, so that the whole period it names lies before X.
            amount = VAGUE_BEFORE.get(g["vague"].lower(), amount)
        precision = "month" if unit in ("day", "week") else "year"
    else:
        unit, amount = _unit(g["unit"]), _num(g["num"])
        precision = "week" if unit == "day" else unit
    amount *= _direction(g["dir"])
    anchor = g["anchor"].strip()
    a_start = m.start("anchor") + (len(g["anchor"]) - len(g["anchor"].lstrip()))
    return TimeExpression(
        m.start(),
        m.end(),
        m.group(0),
        "anchored",
        precision,
        unit=unit,
        amount=amount,
        anchor=anchor,
        anchor_start=a_start,
        anchor_end=a_start + len(anchor),
    )


def _bare_anchored(m: re.Match[str]) -> TimeExpression:
    anchor = m.group("anchor").strip()
    a_start = m.start("anchor")
    before = m.group("dir").lower() in ("before", "ahead of", "prior to", "in the run-up to", "antes")
    # Just before or after the anchor: a day off it, at week precision.
    return TimeExpression(
        m.start(),
        m.end(),
        m.group(0),
        "anchored",
        "week",
        unit="day",
        amount=-1 if before else 1,
        anchor=anchor,
        anchor_start=a_start,
        anchor_end=a_start + len(anchor),
        bare=True,
    )


def _deictic(m: re.Match[str], unit: str | None, amount: int | str) -> TimeExpression:
    g = m.groupdict()
    unit = unit or _unit(g.get("unit"))
    if amount == "ago":
        amount = -_num(g["num"])
    elif amount == "recent":  # "in recent weeks": the period just before publication
        amount = -1 if unit != "day" else -3
        unit = {"day": "day", "week": "week", "month": "month"}[unit]
        return TimeExpression(
            m.start(), m.end(), m.group(0), "deictic", "month" if unit != "month" else "year", unit=unit, amount=amount
        )
    return TimeExpression(m.start(), m.end(), m.group(0), "deictic", unit, unit=unit, amount=int(amount))


def _weekday(m: re.Match[str], names: dict[str, int]) -> TimeExpression:
    g = m.groupdict()
    mod = (g.get("mod") or g.get("mod2") or "").lower()
    amount = {"last": -1, "past": -1, "pasado": -1, "this": 0, "next": 1, "coming": 1, "próximo": 1, "proximo": 1}
    return TimeExpression(
        m.start(), m.end(), m.group(0), "weekday", "day", weekday=names[g["wd"].lower()], amount=amount.get(mod)
    )


def _calendar(m: re.Match[str], text: str) -> TimeExpression | None:
    g = m.groupdict()
    if g.get("y"):
        year, month, day = int(g["y"]), int(g["m"]), int(g["d"])
    else:
        year = int(g["year"]) if g.get("year") else None
        month = _month(g["month"]) if g.get("month") else None
        day = int(g["day"]) if g.get("day") else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    word = g.get("month") or ""
    # "may" is far more often the modal verb: only a month after a time preposition.
    if (
        word.lower() == "may"
        and day is None
        and year is None
        and (word != "May" or not _MODAL_MAY.search(text[: m.start("month")]))
    ):
        return None
    if word.lower() in ("mar", "mar.", "jan", "jun", "jul", "oct", "dec", "sep", "aug", "nov", "apr", "feb") and not (
        day or year
    ):
        return None  # bare abbreviations ("Mar" in Mar-a-Lago) are not dates
    if word and word[0].islower() and word.lower() in MONTHS_EN:
        return None  # English month names are capitalised; lower case is a common word ("march")
    if year is None and month is None:
        return None
    precision = "day" if day else "month" if month else "year"
    return TimeExpression(m.start(), m.end(), m.group(0), "calendar", precision, year=year, month=month, day=day)


def _scan(text: str, language: str) -> Iterator[TimeExpression]:
    spanish = language.startswith("es")
    anchored = _ES_ANCHORED if spanish else _EN_ANCHORED
    relative = _ES_RELATIVE if spanish else _EN_RELATIVE
    deictic = _ES_DEICTIC if spanish else _EN_DEICTIC
    weekday, weekdays = (_ES_WEEKDAY, WEEKDAYS_ES) if spanish else (_EN_WEEKDAY, WEEKDAYS_EN)
    calendar = _ES_CALENDAR if spanish else _EN_CALENDAR
    for m in anchored.finditer(text):
        yield _anchored(m)
    for m in (_ES_BARE_ANCHORED if spanish else _EN_BARE_ANCHORED).finditer(text):
        yield _bare_anchored(m)
    for rx, fixed in relative:
        for m in rx.finditer(text):
            yield _relative(m, fixed)
    for rx, unit, amount in deictic:
        for m in rx.finditer(text):
            yield _deictic(m, unit, amount)
    for m in weekday.finditer(text):
        if not spanish and m.group("wd")[0].islower():
            continue
        yield _weekday(m, weekdays)
    for rx in calendar:
        for m in rx.finditer(text):
            found = _calendar(m, text)
            if found:
                yield found


def find_time_expressions(text: str, *, offset: int = 0, language: str = "en") -> list[TimeExpression]:
    """Every time expression in ``text``, non-overlapping, in reading order. Offsets are shifted
    by ``offset`` (pass the sentence's start to get article offsets). Spanish patterns are used
    for ``language`` "es…", English otherwise; both are tried for mixed input when ``language``
    is "any"."""
    languages = ("en", "es") if language == "any" else (language,)
    found = [expr for lang in languages for expr in _scan(text, lang)]
    # Longest match first at each position, then drop anything overlapping a kept match; an
    # anchored expression ("two weeks after X") keeps only its own head, so time expressions
    # inside its anchor phrase remain visible.
    found.sort(key=lambda e: (e.start, e.start - _head_end(e), e.kind != "anchored"))
    kept: list[TimeExpression] = []
    for expr in found:
        head_end = expr.anchor_start if expr.kind == "anchored" and expr.anchor_start is not None else expr.end
        if any(expr.start < k_end and k.start < head_end for k, k_end in ((k, _head_end(k)) for k in kept)):
            continue
        kept.append(expr)
    kept.sort(key=lambda e: e.start)
    if offset:
        kept = [_shift(e, offset) for e in kept]
    return kept


def _head_end(expr: TimeExpression) -> int:
    if expr.kind == "anchored" and expr.anchor_start is not None:
        return expr.anchor_start
    return expr.end


def _shift(expr: TimeExpression, offset: int) -> TimeExpression:
    from dataclasses import replace

    return replace(
        expr,
        start=expr.start + offset,
        end=expr.end + offset,
        anchor_start=None if expr.anchor_start is None else expr.anchor_start + offset,
        anchor_end=None if expr.anchor_end is None else expr.anchor_end + offset,
    )
