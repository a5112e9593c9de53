from __future__ import annotations

import pytest

from dyadwatch.temporal import find_time_expressions


@pytest.mark.parametrize(
    ("text", "language", "found", "kind"),
    [
        ("They met last week in Rome.", "en", "last week", "deictic"),
        ("Earlier this month, the minister resigned.", "en", "Earlier this month", "deictic"),
        ("The office released a statement on Tuesday.", "en", "Tuesday", "weekday"),
        ("Hernández came to power in 2017.", "en", "2017", "calendar"),
        ("They signed it on Feb. 2, 2018.", "en", "Feb. 2, 2018", "calendar"),
        ("The vote is due in early March.", "en", "early March", "calendar"),
        ("Days later, the president spoke.", "en", "Days later", "relative"),
        ("The envoy left the day before.", "en", "the day before", "relative"),
        ("He was pardoned shortly before Asfura took office.", "en", "shortly before Asfura took office", "anchored"),
        ("Protests began two weeks ago.", "en", "two weeks ago", "deictic"),
        ("Talks resume next month.", "en", "next month", "deictic"),
        ("El gobierno lo anunció el martes.", "es", "el martes", "weekday"),
        ("La semana pasada hubo protestas.", "es", "La semana pasada", "deictic"),
        ("A principios de este mes se reunieron.", "es", "A principios de este mes", "deictic"),
        ("Fue elegido en 2017.", "es", "2017", "calendar"),
        ("Firmaron el 3 de marzo de 2019.", "es", "3 de marzo de 2019", "calendar"),
        ("Lo indultó poco antes de que Asfura asumiera.", "es", "poco antes de que Asfura asumiera", "anchored"),
    ],
)
def test_finds_time_expressions(text, language, found, kind):
    expressions = find_time_expressions(text, language=language)
    assert [(e.text, e.kind) for e in expressions] == [(found, kind)]
    assert text[expressions[0].start : expressions[0].end] == found


@pytest.mark.parametrize(
    "text",
    [
        "You may go now.",  # the modal, not the month
        "The talks at Mar-a-Lago went well.",  # "Mar" is not March
        "They will march on the capital.",
        "A 45-year sentence was handed down.",
        "About 550,000 workers are employed.",
    ],
)
def test_ignores_words_that_only_look_like_dates(text):
    assert find_time_expressions(text) == []


def test_offsets_are_shifted_to_article_offsets():
    [expr] = find_time_expressions("met on Tuesday", offset=100)
    assert (expr.start, expr.end) == (107, 114)
