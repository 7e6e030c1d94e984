"""A date in a relative clause that tells no event ("two policemen who had been transferred from
Karachi last month") is of its noun's past, not the day of the sentence's events; one whose clause
has an event word still dates ("two soldiers who had been wounded in an ambush on Monday").

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2022, 3, 16)  # a Wednesday


def _days(extractor: Extractor, text: str) -> list[date | None]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [i.event_date for i in r.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb killed two constables in Bannu who had been posted there last month.",
        "Gunmen shot dead a doctor in Quetta who had moved from Lahore last year, his family said.",
        "Militants killed a magistrate in Kandahar who had been appointed to the post last week.",
        "A car bomb wrecked a police station in Mosul, which had reopened in January.",
    ],
)
def test_a_past_told_of_someone_dates_no_event(extractor: Extractor, text: str) -> None:
    assert _days(extractor, text) == [PUBLISHED]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a day in the clause is the circumstance just before the event, of its day
        (
            "Gunmen shot three herders who had taken their cattle to a well near Gao on Monday.",
            date(2022, 3, 14),
        ),
        (
            "Troops fired on miners who had blocked the road into Kidal on Monday, killing two.",
            date(2022, 3, 14),
        ),
        # the event's own day, beside a clause's past
        (
            "A bomb killed two constables in Bannu on Monday who had been posted there last month.",
            date(2022, 3, 14),
        ),
        # "that" opens what was said, not a relative clause of the kind
        ("The army said that on Monday its jets struck a camp near Sirte.", date(2022, 3, 14)),
    ],
)
def test_dates_of_events_still_date(extractor: Extractor, text: str, day: date) -> None:
    assert _days(extractor, text) == [day]


def test_a_clause_with_an_event_word_still_dates(extractor: Extractor) -> None:
    text = "Two soldiers who had been wounded in an ambush near Gao last week died in hospital."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.date_reason.split(":")[0] for i in r.incidents] == ["'last week'"]
