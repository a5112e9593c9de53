"""States that did not exist at an event's date: the state that held their territory then.

The knowledge base and the gazetteer know today's map: Juba is the capital of South Sudan. An
event of 2005 in Juba happened in Sudan, and rebels shelling Juba then shelled a Sudanese town,
not a foreign capital. Only clean partitions are listed, with the day the new state was born;
contested cases (Kosovo, Timor-Leste, Western Sahara) are left to the reader's own dictionary.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from dyadwatch.models import ActorRef, Location

if TYPE_CHECKING:
    from dyadwatch.actors.kb import ActorKB

# ISO-3 of the new state -> (its first day, the state that held the territory before)
SUCCESSIONS: dict[str, tuple[date, str]] = {
    "SSD": (date(2011, 7, 9), "SDN"),  # South Sudan from Sudan
    "ERI": (date(1993, 5, 24), "ETH"),  # Eritrea from Ethiopia
}


def country_at(country: str | None, on: date | None) -> str | None:
    """The state that held ``country``'s territory on ``on`` (``country`` itself if it existed)."""
    if not country or on is None:
        return country
    succession = SUCCESSIONS.get(country.upper())
    if succession is not None and on < succession[0]:
        return succession[1]
    return country


def held_by(country: str | None, on: date | None) -> tuple[str, ...]:
    """Today's states whose territory ``country`` held on ``on``: itself, and Sudan in 2005 also
    held what is now South Sudan (a place there is a place in Sudan)."""
    if not country:
        return ()
    later = (
        new for new, (start, old) in SUCCESSIONS.items() if old == country.upper() and on is not None and on < start
    )
    return (country, *later)


def actor_at(ref: ActorRef | None, on: date | None, kb: ActorKB) -> ActorRef | None:
    """``ref`` on the map of ``on``: a state, or its seat of power, that did not exist yet is the
    state that held the place then ("Juba" in 2005: Sudan, not a government that did not exist);
    anyone else from there keeps their sector under the older state's code."""
    if ref is None or ref.country is None:
        return ref
    then = country_at(ref.country, on)
    if then == ref.country or then is None:
        return ref
    if ref.kb_id == f"country.{ref.country.lower()}":
        state = kb.role_at(f"country.{then.lower()}", on)
        if state is not None:
            return replace(state, text=ref.text, confidence=ref.confidence)
    code = then + ref.code[len(ref.country) :] if ref.code.startswith(ref.country) else ref.code
    return replace(ref, country=then, code=code)


def location_at(location: Location | None, on: date | None) -> Location | None:
    """``location`` with the country that held it on ``on``."""
    if location is None:
        return None
    then = country_at(location.country, on)
    return location if then == location.country else replace(location, country=then)


__all__ = ["SUCCESSIONS", "actor_at", "country_at", "held_by", "location_at"]
