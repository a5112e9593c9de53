from datetime import date

import pytest

from dyadwatch.errors import InputError
from dyadwatch.readers import ReadOptions, read_inputs
from dyadwatch.readers.html import html_date, html_to_text, read_html

PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Mexico deploys troops | Example Hemisphere Report</title>
<meta property="og:site_name" content="Example Hemisphere Report">
<meta property="og:title" content="Mexico deploys troops to its southern border">
<link rel="canonical" href="https://hemisphere.example.net/americas/mexico-troops">
{meta}
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav>
<article><h1>Mexico deploys troops to its southern border</h1>
<p>Mexico began deploying National Guard troops to its border with Guatemala on Friday, a week after it reached
an agreement with the United States to avert tariffs, officials in Mexico City said.</p>
<p>The deployment was criticized by migrant advocates, who said people fleeing violence in Honduras would be
stranded.</p></article>
<footer><p>Sign up for our newsletter and never miss a story. Privacy policy.</p></footer>
</body></html>"""


def test_html_page_main_text_and_metadata():
    html = PAGE.format(meta='<meta property="article:published_time" content="2019-06-14T09:00:00Z">')
    article = read_html(html, origin="page.html")
    assert article.title == "Mexico deploys troops to its southern border"
    assert article.publisher == "Example Hemisphere Report"
    assert article.url == "https://hemisphere.example.net/americas/mexico-troops"
    assert article.language == "en"
    assert (article.published, article.published_source) == (date(2019, 6, 14), "html-meta")
    assert "Mexico began deploying National Guard troops" in article.text
    assert "Guatemala on Friday" in article.text
    for furniture in ("Subscribe now", "newsletter", "Privacy policy"):
        assert furniture not in article.text


def test_html_without_any_date_is_unknown_not_today():
    article = read_html(PAGE.format(meta=""), origin="page.html")
    assert article.published is None
    assert article.published_source is None


def test_html_date_ignores_dates_that_are_only_in_running_text():
    html = PAGE.format(meta="").replace("on Friday", "on June 14, 2019")
    assert html_date(html) is None


def test_html_date_from_json_ld():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-03-02T18:30:00Z"}</script>'
    assert html_date(PAGE.format(meta=ld)) == date(2022, 3, 2)


def test_options_fill_gaps_but_do_not_override_page_metadata():
    html = PAGE.format(meta='<meta property="article:published_time" content="2019-06-14T09:00:00Z">')
    options = ReadOptions(title="Flag title", published=date(2000, 1, 1), publisher="Flag publisher")
    article = read_html(html, origin="page.html", options=options)
    assert article.title == "Mexico deploys troops to its southern border"
    assert article.published == date(2019, 6, 14)
    undated = read_html(PAGE.format(meta=""), origin="page.html", options=options)
    assert (undated.published, undated.published_source) == (date(2000, 1, 1), "input")


def test_html_page_without_article_text_fails(fixtures_dir):
    (result,) = list(read_inputs([fixtures_dir / "no_text.html"]))
    assert result.origin.endswith("no_text.html")
    assert result.message.startswith("no article text could be extracted from the HTML")
    with pytest.raises(InputError, match="no article text"):
        read_html("<html><body><nav>Home World</nav></body></html>", origin="x.html")


def test_html_to_text_keeps_blocks_apart():
    assert html_to_text("<p>One <b>bold</b> line.</p><p>Two</p>") == "One bold line.\nTwo"
    assert html_to_text("no markup at all") == "no markup at all"


def test_html_file_found_by_sniffing_content(tmp_path):
    path = tmp_path / "saved_page"  # no suffix
    html = PAGE.format(meta='<meta property="article:published_time" content="2019-06-14">')
    path.write_text(html, encoding="utf-8")
    (article,) = list(read_inputs([path]))
    assert article.title == "Mexico deploys troops to its southern border"
