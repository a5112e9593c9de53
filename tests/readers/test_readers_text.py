from datetime import date

import pytest

from dyadwatch.errors import InputError
from dyadwatch.readers import ReadOptions, read_inputs, read_text
from dyadwatch.readers.text import parse_header

HEADED = (
    "Title: Honduras pledges to fight MS-13\n"
    "URL: https://wire.example.org/americas/honduras-ms13\n"
    "Publisher: Dyadwatch Example Wire\n"
    "Published: 2018-02-21\n"
    "Language: en\n"
    "---\n"
    "TEGUCIGALPA — Honduras pledged on Tuesday to work with the United States against MS-13.\n"
    "Officials said more extraditions would follow.\n"
)


def test_header_block_is_mapped_and_removed_from_the_text():
    article = read_text(HEADED, origin="x.txt")
    assert article.title == "Honduras pledges to fight MS-13"
    assert article.url == "https://wire.example.org/americas/honduras-ms13"
    assert article.publisher == "Dyadwatch Example Wire"
    assert article.published == date(2018, 2, 21)
    assert article.published_source == "input"
    assert article.language == "en"
    assert article.origin == "x.txt"
    assert article.text.startswith("TEGUCIGALPA — Honduras pledged")
    assert "Title:" not in article.text and "---" not in article.text


def test_header_ended_by_blank_line():
    fields, body = parse_header("Title: A\nPublished: 2019-01-02\n\n\nBody line one.\n\nBody line two.\n")
    assert fields == {"title": "A", "published": "2019-01-02"}
    assert body == "Body line one.\n\nBody line two.\n"


def test_text_without_header_is_kept_byte_for_byte():
    text = "  Indented first line.\n\nSecond paragraph with  two spaces.\n"
    assert read_text(text).text == text


def test_only_crlf_is_normalised_and_ids_ignore_line_endings():
    lf = read_text("Title: T\n\nMexico agreed.\nThe United States suspended tariffs.\n")
    crlf = read_text("Title: T\r\n\r\nMexico agreed.\r\nThe United States suspended tariffs.\r\n")
    assert crlf.text == lf.text == "Mexico agreed.\nThe United States suspended tariffs.\n"
    assert crlf.article_id == lf.article_id


def test_same_text_twice_gives_the_same_id_and_other_text_another():
    a = read_text("Honduras signed the agreement.", origin="a.txt")
    b = read_text("Honduras signed the agreement.", origin="b.txt")
    c = read_text("Guatemala signed the agreement.", origin="c.txt")
    assert a.article_id == b.article_id != c.article_id


def test_options_override_the_header():
    options = ReadOptions(title="Given title", published=date(2020, 5, 6), publisher="Given", language="es")
    article = read_text(HEADED, options=options)
    assert (article.title, article.published, article.publisher, article.language) == (
        "Given title",
        date(2020, 5, 6),
        "Given",
        "es",
    )
    assert article.published_source == "input"
    assert article.url == "https://wire.example.org/americas/honduras-ms13"  # not given: header kept


def test_key_value_first_line_followed_by_prose_is_story_text():
    text = "Note: the talks were postponed.\nHonduras said it would not attend.\n"
    assert read_text(text).text == text


def test_unknown_key_ends_the_header():
    article = read_text("Title: T\nFont Size: large\n\nBody text here.\n")
    assert article.title == "T"
    assert article.text.startswith("Font Size: large")


def test_first_line_headline_becomes_the_title_but_stays_in_the_text():
    text = "Honduras Vows Closer Security Ties With Washington\n\nHonduras pledged to work with the U.S.\n"
    article = read_text(text)
    assert article.title == "Honduras Vows Closer Security Ties With Washington"
    assert article.text == text


@pytest.mark.parametrize(
    "first_line",
    [
        "Honduras signed the deal on Friday.",  # a sentence
        "WASHINGTON — Thursday, 21 April 2022",  # a dateline
        "By Example Wire Staff",  # a byline
        "BREAKING NEWS",  # a shouted label
    ],
)
def test_first_line_that_is_not_a_headline_is_not_a_title(first_line):
    assert read_text(f"{first_line}\nHonduras and the United States signed.\n").title is None


def test_dateline_gives_the_date_when_the_header_has_none():
    article = read_text("Title: T\n\nWASHINGTON, March 30, 2019 — The State Department cut aid.\n")
    assert (article.published, article.published_source) == (date(2019, 3, 30), "dateline")


def test_url_date_beats_the_dateline_and_missing_date_stays_unknown():
    article = read_text("URL: https://x.example.org/2019/03/29/aid\n\nMarch 30, 2019 — Aid was cut.\n")
    assert (article.published, article.published_source) == (date(2019, 3, 29), "url")
    undated = read_text("Title: T\n\nThe State Department cut aid last week.\n")
    assert undated.published is None and undated.published_source is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("  \n\t\n", "is empty"),
        ("Title: Only a header\nPublished: 2019-01-01\n\n", "has no article text"),
        ("Published: next Tuesday\n\nBody.\n", "Published: 'next Tuesday' is not a date (write it as YYYY-MM-DD)"),
    ],
)
def test_bad_text_raises_input_error_naming_the_origin(text, message):
    with pytest.raises(InputError) as info:
        read_text(text, origin="notes.txt")
    assert str(info.value).startswith("notes.txt: ")
    assert message in str(info.value)


def test_header_and_crlf_fixture_file(fixtures_dir):
    (article,) = list(read_inputs([fixtures_dir / "crlf.txt"]))
    assert article.title == "CRLF"
    assert article.published == date(2019, 6, 8)
    assert "\r" not in article.text
    same = read_text("Mexico agreed on Friday to deploy troops.\nThe United States suspended tariffs.\n")
    assert article.article_id == same.article_id


def test_markdown_file_is_read_as_text(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("Title: Md\n\nColombia and Venezuela reopened the border.\n", encoding="utf-8")
    (article,) = list(read_inputs([path]))
    assert article.title == "Md" and article.text.startswith("Colombia")


def test_lone_ambiguous_key_line_followed_by_prose_is_story_text():
    text = "Source: the foreign ministry said on Monday that talks would resume.\nThey did not.\n"
    assert read_text(text).text == text
