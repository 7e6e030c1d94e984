"""A second event dated by a part of the day told before it ("On the same night", "Later that
evening", "That same morning", "that night") is on that day, not on the publication day.

Texts of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2022, 6, 9)  # a Thursday


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Gunmen killed four farmers near Gusau late Tuesday, police said. On the same night, bandits"
            " attacked a police post in Tsafe, killing an officer.",
            "Tsafe",
        ),
        (
            "A roadside bomb killed two soldiers outside Kidal on Tuesday. Later that evening, militants"
            " fired rockets at a United Nations camp in Tessalit, wounding three peacekeepers.",
            "Tessalit",
        ),
        (
            "Militants stormed a checkpoint in Bannu early on Tuesday, killing three policemen. That same"
            " morning, a bomb exploded near a school in Lakki Marwat, wounding five children.",
            "Lakki Marwat",
        ),
    ],
)
def test_a_part_of_the_day_told_before_dates_the_second_event(
    extractor: Extractor, text: str, second: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    days = {i.location.split(",")[0]: i.event_date for i in r.incidents}
    assert len(r.incidents) == 2, days
    assert set(days.values()) == {date(2022, 6, 7)}, days
