"""'Earlier this week' is the publication's own week (from its Monday, or the Sunday before when
published on a Monday), not the seven days before publication; 'last week' and 'this past week'
keep the seven days before it."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.dates import find_dates


@pytest.mark.parametrize(
    ("text", "published", "first"),
    [
        # a Friday: the week began on Monday 3 April
        (
            "Strikes on the town earlier this week killed nine civilians, rescuers said.",
            date(2017, 4, 7),
            date(2017, 4, 3),
        ),
        # a Thursday: Monday 10 October
        (
            "Residents fled after militants overran the base earlier this week.",
            date(2019, 10, 17),
            date(2019, 10, 14),
        ),
        # a Wednesday: Monday 4 March
        ("Earlier this week, gunmen ambushed a convoy on the highway.", date(2024, 3, 6), date(2024, 3, 4)),
        # a Monday: the Sunday before (weeks that start on Sunday)
        ("A drone struck the depot earlier this week, the army said.", date(2024, 3, 4), date(2024, 3, 3)),
    ],
)
def test_earlier_this_week_is_the_week_of_publication(text: str, published: date, first: date) -> None:
    (found,) = find_dates(text, published)
    assert (found.date_start, found.date_end, found.date_prec) == (first, published, 3)  # UCDP: within a week


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed four people at the market last week, police said.",
        "Fighting this past week forced thousands from their homes.",
        "Last week, troops retook the bridge.",
    ],
)
def test_last_week_is_the_seven_days_before_publication(text: str) -> None:
    published = date(2017, 4, 7)
    (found,) = find_dates(text, published)
    assert (found.date_start, found.date_end) == (date(2017, 3, 31), published)
