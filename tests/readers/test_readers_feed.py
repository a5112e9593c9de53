from datetime import date

from dyadwatch.models import Article, Failure
from dyadwatch.readers import read_inputs


def split(results):
    return [r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, Failure)]


def test_rss_feed_one_article_per_entry_with_content_or_summary(fixtures_dir):
    articles, failures = split(list(read_inputs([fixtures_dir / "feed.rss"])))
    first, second = articles
    assert first.title == "Honduras and the United States agree to share border data"
    assert first.url == "https://hemisphere.example.net/americas/border-data"
    assert first.publisher == "Example Hemisphere Report"
    assert (first.published, first.published_source) == (date(2019, 3, 12), "input")
    assert first.language == "en"
    # full content wins over the summary, and its HTML is stripped
    assert first.text.startswith("Honduras and the United States agreed on Tuesday")
    assert "<p>" not in first.text and "Short summary only" not in first.text
    assert second.text == "Guatemala recalled its ambassador to Sweden on Wednesday, the foreign ministry said."
    assert (second.published, second.published_source) == (date(2019, 3, 13), "url")
    assert first.origin.endswith("feed.rss#1") and second.origin.endswith("feed.rss#2")
    (failure,) = failures
    assert failure.origin.endswith("feed.rss#3")
    assert "has no content or summary" in failure.message


def test_atom_feed(fixtures_dir):
    first, second = read_inputs([fixtures_dir / "feed.atom"])
    assert first.title == "UN assembly votes on Ukraine"
    assert first.url == "https://review.example.org/world/un-vote"
    assert first.published == date(2022, 3, 2)  # published, not updated
    assert first.text == "The General Assembly demanded on Wednesday that Russia withdraw its forces from Ukraine."
    assert second.published == date(2021, 6, 28)  # only updated is given
    assert second.text.startswith("Belarus suspended")


def test_feed_found_by_content_in_a_txt_file(tmp_path, fixtures_dir):
    path = tmp_path / "feed.txt"
    path.write_bytes((fixtures_dir / "feed.atom").read_bytes())
    results = list(read_inputs([path]))
    assert [r.title for r in results] == ["UN assembly votes on Ukraine", "Belarus answers EU sanctions"]


def test_broken_feed_fails_with_a_clear_message(fixtures_dir):
    (failure,) = list(read_inputs([fixtures_dir / "broken.rss"]))
    assert failure.message.startswith("not a readable RSS/Atom feed")
    assert "check that the file is a complete RSS or Atom document" in failure.message
