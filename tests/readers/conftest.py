from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"


@pytest.fixture
def fixtures_dir() -> Path:
    """The small bad and odd input files under tests/fixtures/readers."""
    return FIXTURES
