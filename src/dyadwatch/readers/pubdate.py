"""Publication-date recovery from what an article itself carries: metadata values, URLs, datelines.

A date found here is always one written in the input. When nothing is found the answer is
``None`` (unknown), never today: a wrong publication date silently shifts every relative date
("last week", "on Tuesday") the coder resolves against it.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

__all__ = [
    "date_from_dateline",
    "date_from_url",
    "parse_date_value",
    "years_in_text",
]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
_ORD = r"(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:(?P<mon>{_MONTH})\s+(?P<day>\d{{1,2}}){_ORD}(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}}){_ORD}\s+(?P<mon2>{_MONTH}),?(?:\s+(?P<year2>\d{{4}}))?"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))"
)
# A dateline opens the story: an optional place in capitals ("TEGUCIGALPA, Honduras,"), an
# optional "Published"/"Updated" label and weekday, the date, then an optional agency tag and a
# dash, colon, bar or the end of the line. Requiring that frame keeps a sentence that merely
# starts with a date ("March 3, 2019 was the day ...") from being taken for one.
_PLACE = r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\- ]{1,40}(?:,\s*[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[.'’\- ]){1,40})?\s*(?:,|—|–|-{1,2})\s*)"
_LABEL = r"(?:(?:Published|Posted|Updated|Last updated)(?:\s+on)?:?\s+)"
_END = r"\s*(?:\(\s*[A-Za-z][\w .&-]{0,30}\)\s*)?(?:—|–|-{1,2}|:|\||$)"
_DATELINE = re.compile(rf"^\s*{_PLACE}?{_LABEL}?{_WEEKDAY}?{_DATE}{_END}")

_URL_SEPARATED = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_.-](\d{1,2})[/_.-](\d{1,2})(?!\d)")
_URL_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_YEAR = re.compile(r"(?<![\d.,/$£€-])((?:19|20)\d{2})(?![\d%])")
_DAY_FIRST = re.compile(rf"^\s*{_WEEKDAY}?{_DATE}\s*$")

# How many opening lines may hold a dateline: a title, a byline or a date line, then the lede.
_DATELINE_LINES = 4


def _today() -> date:
    return date.today()


def _make(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    # A publication date can be neither in the future nor before newspapers went online at scale.
    if found.year < 1900 or found > _today():
        return None
    return found


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:3]]


def _from_match(match: re.Match[str], year_hint: int | None) -> date | None:
    if match["iso"]:
        y, m, d = (int(part) for part in match["iso"].split("-"))
        return _make(y, m, d)
    if match["mon"]:
        month, day, year = _month(match["mon"]), int(match["day"]), match["year"]
    else:
        month, day, year = _month(match["mon2"]), int(match["day2"]), match["year2"]
    if year is not None:
        return _make(int(year), month, day)
    if year_hint is not None:
        return _make(year_hint, month, day)
    return None


def parse_date_value(value: object) -> date | None:
    """A date from a metadata value: ``date``/``datetime``, ISO 8601 (``2018-02-21``,
    ``2018-02-21T10:00:00Z``), RFC 2822 (``Wed, 21 Feb 2018 10:00:00 GMT``) or a written
    date (``February 21, 2018``, ``21 Feb 2018``). ``None`` when it is none of those."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    match = _DAY_FIRST.match(text)
    if match and (match["year"] or match["year2"] or match["iso"]):
        return _from_match(match, None)
    return None


def date_from_url(url: str | None) -> date | None:
    """The date in an article URL: ``/2018/02/21/``, ``2018-02-21``, ``20180221``."""
    if not url:
        return None
    for pattern in (_URL_SEPARATED, _URL_COMPACT):
        for match in pattern.finditer(url):
            found = _make(int(match[1]), int(match[2]), int(match[3]))
            if found is not None:
                return found
    return None


def years_in_text(text: str) -> set[int]:
    """The four-digit years (1900–2099) written in ``text``, ignoring money and percentages."""
    return {int(y) for y in _YEAR.findall(text)}


def date_from_dateline(text: str, *, year_hint: int | None = None) -> date | None:
    """The date in the dateline that opens ``text``.

    Recognises ``TEGUCIGALPA, Honduras, Feb. 20 (Reuters) -``, ``March 3, 2019 —``,
    ``WASHINGTON — Tuesday, 2 April 2019``, ``Published: 2019-04-02`` and the like in the first
    few lines. A dateline without a year (``Feb. 20``) takes ``year_hint``; without a hint it
    takes the year the text itself mentions when it mentions exactly one, and otherwise gives
    ``None`` rather than guess.
    """
    lines = [line for line in text.split("\n", 40)[:40] if line.strip()][:_DATELINE_LINES]
    for line in lines:
        match = _DATELINE.match(line[:300])
        if not match:
            continue
        has_year = bool(match["iso"] or match["year"] or match["year2"])
        hint = year_hint
        if not has_year and hint is None:
            years = years_in_text(text)
            hint = years.pop() if len(years) == 1 else None
        found = _from_match(match, hint)
        if found is not None:
            return found
    return None
