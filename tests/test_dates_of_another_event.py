"""A date that qualifies an earlier event's noun after "since", "after", "before" or "following"
("since the April 2017 ambush in X", "a year after the March 2016 bombing") dates that event: the
sentence's own events are neither of its day nor ongoing since it, so they take the publication
date at a week's precision, as with no date. A date that starts what still goes on, or a date
that dates the sentence's own event, is read as before."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 5, 16)  # a Wednesday


def dates(extractor: Extractor, text: str) -> list[tuple[date | None, int]]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [(i.event_date, i.date_prec) for i in result.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four soldiers in Mansoura, the deadliest attack since the April 2017 ambush in Tabqa.",
        "A car bomb killed nine people in Azaz, a year after the March 2017 bombing near its market.",
        "Militants stormed a police post in Arish, the worst raid since the July 3 assault on Rafah.",
        "Rebels shelled the centre of Daraa, weeks after the February offensive on Busra al-Harir.",
    ],
)
def test_a_date_of_another_event_does_not_date_the_sentence(extractor: Extractor, text: str) -> None:
    found = dates(extractor, text)
    assert found
    assert all(day == PUBLISHED and prec == 2 for day, prec in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence's own day stays its date
        (
            "Gunmen killed four soldiers in Mansoura on Monday, the worst since the April 2017 ambush.",
            (date(2018, 5, 14), 1),
        ),
        # a date that starts what still goes on: the publication day
        ("Air strikes have pounded Harasta since May 2, killing 50 civilians.", (PUBLISHED, 1)),
        # a date that dates the sentence's own event
        ("Investigators blamed militants for the April 2016 ambush in Tabqa that killed 20 soldiers.", None),
    ],
)
def test_a_date_of_the_sentences_own_event_still_dates_it(
    extractor: Extractor, text: str, expected: tuple[date, int] | None
) -> None:
    found = dates(extractor, text)
    if expected is None:
        assert found and all(day == date(2016, 4, 1) for day, _ in found)
    else:
        assert expected in found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a weekday before the noun is of this week: the day of the sentence's own gathering
        (
            "A suicide bomber killed 20 worshippers at a mosque in Kano after the Friday prayers.",
            date(2018, 5, 11),
        ),
        (
            "Gunmen opened fire on churchgoers in Owo after the Sunday mass, killing 22 people.",
            date(2018, 5, 13),
        ),
        (
            "A bomb exploded at a market in Maiduguri before the Saturday market opened, killing seven.",
            date(2018, 5, 12),
        ),
    ],
)
def test_a_weekday_before_a_gathering_dates_the_sentence(extractor: Extractor, text: str, day: date) -> None:
    assert (day, 1) in dates(extractor, text)


def test_a_span_counted_from_a_weekdays_event_is_not_of_that_day(extractor: Extractor) -> None:
    found = dates(
        extractor, "A car bomb killed six people in Azaz, two days after the Sunday bombing near its market."
    )
    assert found
    assert all(day == PUBLISHED and prec == 2 for day, prec in found)
