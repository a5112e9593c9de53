"""The built gazetteer kept between runs: same answers, rebuilt when it cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.geo import gazetteer_cache
from dyadwatch.geo.gazetteer import Gazetteer, gazetteer


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(gazetteer_cache.CACHE_ENV, str(tmp_path))
    gazetteer.cache_clear()
    yield tmp_path
    gazetteer.cache_clear()


@pytest.mark.slow
def test_the_cached_gazetteer_answers_like_a_built_one(cache_dir: Path) -> None:
    built = gazetteer()
    files = list(cache_dir.glob("gazetteer-*.pickle"))
    assert len(files) == 1
    gazetteer.cache_clear()
    cached = gazetteer()
    assert cached is not built
    assert cached.by_name == built.by_name
    assert cached.lookup("Tripoli", context={"LB": 1.0}).country3 == "LBN"
    assert cached.lookup("Tripoli").country3 == "LBY"
    assert cached.country_of_adjective("Lebanese") == "LB"


def test_a_broken_cache_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer-x.pickle"
    path.write_bytes(b"not a pickle")
    assert gazetteer_cache.load_cached(Gazetteer, path) is None
    assert gazetteer_cache.load_cached(Gazetteer, tmp_path / "missing.pickle") is None


def test_the_cache_name_follows_the_code_and_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(gazetteer_cache.CACHE_ENV, str(tmp_path))
    one = gazetteer_cache.cache_path(b"version one")
    two = gazetteer_cache.cache_path(b"version two")
    assert one is not None and two is not None
    assert one.parent == tmp_path and one != two
    monkeypatch.setenv(gazetteer_cache.CACHE_ENV, "off")
    assert gazetteer_cache.cache_path(b"version one") is None
