from datetime import date, timedelta

import pytest

from dyadwatch.readers.pubdate import date_from_dateline, date_from_url, parse_date_value, years_in_text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.org/2018/02/21/honduras-ms13", date(2018, 2, 21)),
        ("https://news.example.org/world/2018-02-21-honduras", date(2018, 2, 21)),
        ("https://news.example.org/story_20180221_honduras.html", date(2018, 2, 21)),
        ("https://news.example.org/2019/3/4/short-months", date(2019, 3, 4)),
        ("https://news.example.org/2018/02/honduras", None),  # month only: no day to give
        ("https://news.example.org/2018/13/40/not-a-date", None),
        ("https://news.example.org/article/123456789012", None),
        ("https://news.example.org/id/201802219999", None),  # digits run on: an id, not a date
        (None, None),
        ("", None),
    ],
)
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


def test_date_from_url_rejects_future_dates():
    future = date.today() + timedelta(days=40)
    assert date_from_url(f"https://x.example.org/{future:%Y/%m/%d}/story") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TEGUCIGALPA, Honduras, Feb. 20, 2018 (Reuters) - Honduras said ...", date(2018, 2, 20)),
        ("March 3, 2019 — Mexico and the United States agreed ...", date(2019, 3, 3)),
        ("WASHINGTON — Tuesday, 2 April 2019\n\nThe president said ...", date(2019, 4, 2)),
        ("WASHINGTON, April 2, 2019 — The president said ...", date(2019, 4, 2)),
        ("CÚCUTA, Colombia, Sept. 26, 2022 — Trucks crossed ...", date(2022, 9, 26)),
        ("ASMARA, Eritrea — Monday, 9 July 2018\n\nThe leaders ...", date(2018, 7, 9)),
        ("Headline on the first line\nPublished: 2019-04-02\n\nBody text.", date(2019, 4, 2)),
        ("Headline\nUpdated March 3rd, 2019\n\nBody.", date(2019, 3, 3)),
        ("2019-04-02 — Talks resumed.", date(2019, 4, 2)),
    ],
)
def test_date_from_dateline(text, expected):
    assert date_from_dateline(text) == expected


def test_dateline_without_year_takes_the_only_year_the_text_mentions():
    text = "TEGUCIGALPA, Honduras, Feb. 20 (Reuters) - Honduras pledged to fight MS-13, as it did in 2018."
    assert date_from_dateline(text) == date(2018, 2, 20)


def test_dateline_without_year_takes_the_hint():
    text = "TEGUCIGALPA, Honduras, Feb. 20 (Reuters) - Honduras pledged to fight MS-13."
    assert date_from_dateline(text, year_hint=2019) == date(2019, 2, 20)


def test_dateline_without_year_and_several_years_mentioned_is_unknown():
    text = "TEGUCIGALPA, Feb. 20 (Reuters) - Aid fell from 2016 to 2018, officials said."
    assert date_from_dateline(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, 2019 the president said the talks had failed.",  # a date in a sentence
        "TEGUCIGALPA (AP) — Honduras said on March 3, 2019 that ...",  # not in the dateline
        "The United States cut aid.\nNo date anywhere.",
        "First line\nSecond line\nThird line\nFourth line\nMarch 3, 2019 — too far down",
        "",
    ],
)
def test_no_dateline_gives_none(text):
    assert date_from_dateline(text) is None


def test_dateline_never_returns_a_future_date():
    future = date.today() + timedelta(days=400)
    assert date_from_dateline(f"WASHINGTON, {future:%B} 2, {future.year} — text") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-02-21", date(2018, 2, 21)),
        ("2018-02-21T10:00:00Z", date(2018, 2, 21)),
        ("Wed, 21 Feb 2018 10:00:00 GMT", date(2018, 2, 21)),
        ("February 21, 2018", date(2018, 2, 21)),
        ("21 Feb 2018", date(2018, 2, 21)),
        (date(2018, 2, 21), date(2018, 2, 21)),
        ("yesterday", None),
        ("February 21", None),  # no year: not a publication date
        ("", None),
        (None, None),
    ],
)
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected


def test_years_in_text_ignores_money_and_percentages():
    assert years_in_text("In 2017 aid was $2019 million, up 2015% on 2016.") == {2016, 2017}
