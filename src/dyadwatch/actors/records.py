"""The knowledge base's own records: an entry (country, person, organisation, place) and a role.

These stay inside :mod:`dyadwatch.actors`; what leaves it is always an :class:`~dyadwatch.models.ActorRef`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KINDS = ("country", "igo", "person", "organisation", "place")


@dataclass(frozen=True, slots=True)
class Role:
    """What a person is between two dates (either end open). ``code`` defaults to country+sector."""

    sector: str
    country: str | None = None
    code: str | None = None
    title: str | None = None
    start: date | None = None
    end: date | None = None  # exclusive: the day the successor took office

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor (or place) of the knowledge base, as written in a data file."""

    id: str
    name: str
    kind: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()  # demonyms: "Honduran" -> the country
    seats: tuple[str, ...] = ()  # capitals and seats of power: "Tegucigalpa" -> the government
    roles: tuple[Role, ...] = ()
    after: Role | None = None  # what a person is once their last role has ended
    before: Role | None = None  # what a person is before their first role
    gender: str | None = None  # "m" / "f": lets "he"/"she" refer back to a person
    note: str | None = None
    source: str = ""  # the file the entry was read from (named in errors and by `actors lookup`)
