from __future__ import annotations

import pytest

from dyadwatch.geo import gazetteer, normalise


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [
        ("Tegucigalpa", "HND", "city"),
        ("Virginia", "USA", "admin1"),
        ("Washington", "USA", "city"),
        ("the U.S.", "USA", "country"),
        ("Britain", "GBR", "country"),
        ("Estados Unidos", "USA", "country"),
        ("the White House", "USA", "landmark"),
        ("Mar-a-Lago", "USA", "landmark"),
        ("the Kremlin", "RUS", "landmark"),
        ("Casa Presidencial", "HND", "landmark"),
        ("Khatmandu", "NPL", "city"),  # an alternate spelling
    ],
)
def test_lookup(gaz, name, country, precision):
    entry = gaz.lookup(name)
    assert entry is not None
    assert (entry.country3, entry.precision) == (country, precision)
    assert entry.lat is not None and entry.lon is not None


def test_context_picks_among_same_named_cities(gaz):
    assert gaz.lookup("Tripoli").country3 == "LBY"
    assert gaz.lookup("Tripoli", context={"LB": 1.0}).country3 == "LBN"


def test_within_restricts_to_a_country(gaz):
    honduras = gaz.lookup("Honduras")
    assert gaz.lookup("Tegucigalpa", within=honduras).country3 == "HND"
    assert gaz.lookup("Madrid", within=honduras) is None


def test_location_record_fields(gaz):
    location = gaz.lookup("Mar-a-Lago").location()
    assert location.name == "Mar-a-Lago (Palm Beach, Florida, USA)"
    assert (location.admin1, location.precision) == ("Florida", "landmark")
    city = gaz.lookup("Tegucigalpa").location()
    assert city.geonameid == 3600949


def test_demonyms(gaz):
    assert gaz.country_of_adjective("Honduran") == "HN"
    assert gaz.country_of_adjective("Lebanese") == "LB"


def test_normalise():
    assert normalise("  The  Élysée ") == "elysee"
    assert normalise("Honduras’s") == "honduras"
