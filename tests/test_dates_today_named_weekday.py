""" "today, Wednesday", "yesterday (Tuesday)": the writer's own day named by its weekday dates the
event when the report came out a day or two later (a monitor's "at dawn today, Wednesday",
filed on Wednesday, published on Thursday); a weekday a week back names no such day.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.dates import find_dates
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 6, 11)  # a Thursday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Coalition helicopters raided houses in Hajin at dawn today, Wednesday, and arrested two men, "
            "the monitor said.",
            date(2020, 6, 10),
        ),
        (
            "Regime warplanes struck the outskirts of Ariha today (Wednesday) afternoon, killing three "
            "civilians.",
            date(2020, 6, 10),
        ),
        (
            "A landmine left over from the war killed a shepherd near Maadan yesterday, Tuesday, "
            "local sources reported.",
            date(2020, 6, 9),
        ),
    ],
)
def test_today_named_by_its_weekday_is_that_weekday(extractor: Extractor, text: str, day: date) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert r.incidents and {i.event_date for i in r.incidents} == {day}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the weekday is the publication day itself: the same day either way
        ("Shells hit the market today, Thursday, killing two.", date(2020, 6, 11)),
        # a Friday on or before a Thursday lies six days back: "today" is no day of last week
        ("Shells hit the market today, Friday, killing two.", date(2020, 6, 11)),
        # no comma or bracket between them: no apposition
        ("Shells hit the market today and Wednesday's toll rose to four.", date(2020, 6, 11)),
        # a weekday's possessive names another event's day ("Wednesday's raids"): the check on
        # it could go with no test failing (review rev33)
        ("Jets pounded Ariha again today, Wednesday's raids having left 12 dead.", date(2020, 6, 11)),
        ("Clashes resumed in Hajin today, Tuesday's truce having collapsed within hours.", date(2020, 6, 11)),
        (
            "Shelling hit Maadan yesterday (Tuesday's ceasefire notwithstanding), killing one.",
            date(2020, 6, 10),
        ),
    ],
)
def test_today_keeps_its_day_without_a_near_weekday_beside_it(text: str, day: date) -> None:
    assert find_dates(text, PUBLISHED)[0].date_start == day
