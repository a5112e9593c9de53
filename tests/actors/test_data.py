"""The shipped knowledge base: it loads, its ids are unique, and it covers who governs the Americas
and the G20 at any date since 2000."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from dyadwatch.actors import knowledge_base
from dyadwatch.actors.loader import load_file, shipped_files

AMERICAS = [
    "USA",
    "CAN",
    "MEX",
    "GTM",
    "BLZ",
    "SLV",
    "HND",
    "NIC",
    "CRI",
    "PAN",
    "CUB",
    "DOM",
    "HTI",
    "JAM",
    "BHS",
    "BRB",
    "TTO",
    "ATG",
    "DMA",
    "GRD",
    "KNA",
    "LCA",
    "VCT",
    "COL",
    "VEN",
    "ECU",
    "PER",
    "BOL",
    "CHL",
    "ARG",
    "URY",
    "PRY",
    "BRA",
    "GUY",
    "SUR",
]
G20 = [
    "ARG",
    "AUS",
    "BRA",
    "CAN",
    "CHN",
    "FRA",
    "DEU",
    "IND",
    "IDN",
    "ITA",
    "JPN",
    "MEX",
    "RUS",
    "SAU",
    "ZAF",
    "KOR",
    "TUR",
    "GBR",
    "USA",
]
HEAD_TITLES = ("President of", "Prime Minister of", "Chancellor of", "Premier of", "King of", "Leader of")
DATES = (date(2001, 6, 1), date(2010, 6, 1), date(2019, 6, 1), date(2025, 6, 1))


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


def _holders(kb, country: str, on: date, titles: tuple[str, ...]) -> list[str]:
    found = []
    for entry in kb.entries.values():
        if entry.kind != "person":
            continue
        for role in entry.roles:
            if role.country == country and role.covers(on) and any(t in (role.title or "") for t in titles):
                found.append(entry.name)
    return found


def test_shipped_files_load_and_ids_are_unique():
    ids: Counter[str] = Counter()
    for path in shipped_files():
        entries = load_file(path)
        assert entries, path
        ids.update(e.id for e in entries)
    assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.parametrize("country", sorted(set(AMERICAS) | set(G20)))
def test_someone_governs_at_every_date(kb, country):
    missing = [on for on in DATES if not _holders(kb, country, on, HEAD_TITLES)]
    assert missing == [], f"{country}: no head of state or government on {missing}"


@pytest.mark.parametrize("country", G20)
def test_g20_foreign_ministers(kb, country):
    titles = ("Foreign Minister of", "Foreign Secretary of", "Secretary of State")
    missing = [on for on in DATES[1:] if not _holders(kb, country, on, titles)]
    assert missing == [], f"{country}: no foreign minister on {missing}"


def test_every_country_has_a_name_and_iso3(kb):
    countries = [e for e in kb.entries.values() if e.kind == "country"]
    assert len(countries) > 240
    assert all(len(e.country) == 3 and e.country.isupper() for e in countries)
