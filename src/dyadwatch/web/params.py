"""Query-string parameters of the HTTP API, turned into the store's typed filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dyadwatch.errors import ConfigError
from dyadwatch.ontology import PLOVER_TYPES, STANCES, normalise_plover
from dyadwatch.store import EventFilter

MAX_PAGE = 1000
ORDERS = ("date", "goldstein", "confidence")


def parse_date(value: str | None, name: str) -> date | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{name}={value!r} is not a date: write it as YYYY-MM-DD, e.g. 2018-02-21") from None


def parse_confidence(value: str | None) -> float | None:
    """``min_confidence`` as sent by a form: empty means no minimum."""
    if value is None or not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        raise ConfigError(f"min_confidence={value!r} is not a number: give one between 0 and 1, e.g. 0.7") from None
    if not 0 <= number <= 1:
        raise ConfigError(f"min_confidence={value} must be between 0 and 1")
    return number


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    if value is None or not value.strip():
        return None
    parts = [p.strip() for p in value.replace("-", ",").replace(" ", ",").split(",") if p.strip()]
    if len(parts) != 2:
        raise ConfigError(f"dyad={value!r} must name two actors, e.g. dyad=USA,HND")
    return parts[0].upper(), parts[1].upper()


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The filters of an events request as given (strings), kept to rebuild links and forms."""

    dyad: str | None = None
    actor: str | None = None
    country: str | None = None
    sector: str | None = None
    type: str | None = None
    mode: str | None = None
    context: str | None = None
    stance: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_confidence: float | None = None
    q: str | None = None
    article: str | None = None
    order: str = "date"
    page: int = 1
    per_page: int = 50

    def to_filter(self, *, paged: bool = True) -> EventFilter:
        plover_type = normalise_plover(self.type) if self.type and self.type.strip() else None
        if plover_type and plover_type not in PLOVER_TYPES:
            raise ConfigError(f"type={self.type!r} is not a PLOVER type: use one of {', '.join(PLOVER_TYPES)}")
        stance = (self.stance or "").strip().lower() or None
        if stance and stance not in STANCES:
            raise ConfigError(f"stance={self.stance!r} is not one of {', '.join(STANCES)}")
        if self.order not in ORDERS:
            raise ConfigError(f"order={self.order!r} is not one of {', '.join(ORDERS)}")
        if self.page < 1 or not 1 <= self.per_page <= MAX_PAGE:
            raise ConfigError(f"page must be >= 1 and per_page between 1 and {MAX_PAGE}")
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise ConfigError(f"min_confidence={self.min_confidence} must be between 0 and 1")

        def text(value: str | None) -> str | None:
            return value.strip() if value and value.strip() else None

        return EventFilter(
            dyad=parse_dyad(self.dyad),
            actor=text(self.actor),
            country=text(self.country),
            sector=text(self.sector),
            plover_type=plover_type,
            mode=text(self.mode),
            context=text(self.context),
            stance=stance,
            date_from=parse_date(self.date_from, "from"),
            date_to=parse_date(self.date_to, "to"),
            min_confidence=self.min_confidence,
            article_id=text(self.article),
            text=text(self.q),
            limit=self.per_page if paged else None,
            offset=(self.page - 1) * self.per_page if paged else 0,
            order=self.order,
        )

    def query_string(self, **changes: object) -> str:
        """This query as a URL query string, with ``changes`` applied (for paging and downloads)."""
        from urllib.parse import urlencode

        names = {"date_from": "from", "date_to": "to"}
        values = {names.get(k, k): getattr(self, k) for k in self.__slots__}
        values.update({names.get(k, k): v for k, v in changes.items()})
        defaults = {"order": "date", "page": 1, "per_page": 50}
        return urlencode({k: v for k, v in values.items() if v not in (None, "") and defaults.get(k) != v})
