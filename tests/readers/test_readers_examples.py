"""The example corpus reads cleanly and is what its README says it is."""

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import dyadwatch
from dyadwatch.models import Article
from dyadwatch.readers import read_inputs

EXAMPLES = Path(dyadwatch.__file__).parent / "data" / "examples"


@pytest.fixture(scope="module")
def corpus():
    return list(read_inputs([EXAMPLES]))


def test_every_example_reads_without_failure(corpus):
    assert all(isinstance(r, Article) for r in corpus), [str(r) for r in corpus if not isinstance(r, Article)]
    assert len(corpus) == 25
    assert len({a.article_id for a in corpus}) == 25


def test_formats_are_as_documented(corpus):
    kinds = Counter("jsonl" if ".jsonl:" in a.origin else a.origin.rsplit(".", 1)[1] for a in corpus)
    assert kinds == {"txt": 13, "html": 6, "jsonl": 6}


def test_every_example_is_dated_from_a_variety_of_sources(corpus):
    assert all(a.published is not None for a in corpus)
    assert all(date(2014, 1, 1) <= a.published <= date(2026, 12, 31) for a in corpus)
    assert set(Counter(a.published_source for a in corpus)) == {"input", "html-meta", "url", "dateline"}
    # the date in the file name is the date the readers recover
    for a in corpus:
        name = a.origin.rsplit("/", 1)[1]
        if name[:4].isdigit():
            assert name[:10] == a.published.isoformat(), name


def test_lengths_titles_and_invented_publishers(corpus):
    for a in corpus:
        words = len(a.text.split())
        assert 200 <= words <= 600, (a.origin, words)
        assert a.title, a.origin
        assert a.language == "en"
    publishers = {a.publisher for a in corpus if a.publisher}
    assert publishers and all("Example" in p for p in publishers)


def test_united_states_honduras_thread(corpus):
    thread = [
        a
        for a in corpus
        if ("Honduras" in a.text or "Honduran" in a.text)
        and any(us in a.text for us in ("United States", "U.S.", "Washington"))
        and ("Honduras" in (a.title or "") or "Honduran" in (a.title or "") or "Hernández" in (a.title or ""))
    ]
    assert len(thread) >= 10
    years = {a.published.year for a in thread}
    assert min(years) == 2014 and max(years) == 2026


def test_html_page_furniture_is_not_article_text(corpus):
    for a in corpus:
        if a.origin.endswith(".html"):
            for furniture in ("Subscribe for $1 a week", "Most read", "Privacy policy", "Share on Facebook"):
                assert furniture not in a.text, (a.origin, furniture)


def test_pasted_example_keeps_its_boilerplate_for_the_sentence_stage(corpus):
    (pasted,) = [a for a in corpus if "pasted" in a.origin]
    for line in ("Font Size:", "Follow Dyadwatch Example Wire on Twitter", "Send tips to", "Republishing terms"):
        assert line in pasted.text
    assert "donation" in pasted.text
    assert (pasted.published, pasted.published_source) == (date(2018, 10, 17), "dateline")


def test_readme_lists_every_file():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for path in EXAMPLES.iterdir():
        if path.name != "README.md":
            assert f"`{path.name}" in readme, path.name
    assert "written by the dyadwatch project" in readme
