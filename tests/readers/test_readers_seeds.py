"""The two founding articles in ../shared/seeds (skipped when ../shared is absent)."""

from pathlib import Path

import pytest

from dyadwatch.models import Article
from dyadwatch.readers import read_inputs

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is absent"),
]


def test_seeds_read_verbatim_with_headline_title_and_unknown_date():
    results = list(read_inputs([SEEDS]))
    assert len(results) == 2  # the README beside them is not an article
    for article in results:
        assert isinstance(article, Article)
        raw = Path(article.origin).read_text(encoding="utf-8").replace("\r\n", "\n")
        assert article.text == raw  # no header: kept exactly, so offsets are offsets into the file
        assert article.title == raw.split("\n", 1)[0].strip()
        # neither seed states its publication date: unknown, never guessed or today
        assert article.published is None and article.published_source is None
