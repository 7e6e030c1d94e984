"""The event's own wounded dying on a later day ("..., killing 11 and wounding 20. Most of the
wounded were rushed to a clinic, where three of them died on Sunday") tell no event of that day:
"the wounded", "the injured" named as people are no act, and a death word whose every figure is
"N of them" of people the event counted joins that event without its day (before: a second
incident at the same town on the later day, with its "three" as a toll).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 5, 14)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "day", "killed"),
    [
        (
            "Gunmen stormed a wedding in Sokoto on Saturday, killing 11 guests and wounding 20, police"
            " said.\n\n"
            "Most of the wounded were rushed to a clinic, where three of them died on Sunday.",
            date(2019, 5, 11),
            11,
        ),
        (
            "A roadside bomb hit a bus near Kirkuk on Saturday, killing four and wounding 11.\n\n"
            "The injured were taken to a hospital in the city, where two of them died on Monday.",
            date(2019, 5, 11),
            4,
        ),
        (
            "Shelling on Douma on Friday killed six people and injured 30, medics said.\n\n"
            "Five of them died of their wounds on Sunday, the civil defence said.",
            date(2019, 5, 10),
            6,
        ),
    ],
)
def test_the_wounded_dying_later_is_no_event_of_that_day(
    extractor: Extractor, text: str, day: date, killed: int
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [(i.event_date, i.fatalities.best) for i in r.incidents] == [(day, killed)], [
        (i.location, i.event_date, i.fatalities) for i in r.incidents
    ]
