"""A day counted from the day told before it ("Hours later", "A day later", "Later that day") with
no event's day told before it counts from a day a sentence with no event told ("the minister said
on Monday ..."), not from publication: the report's narrative runs from that day.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 6, 9)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Gunmen kill four in Celaya\nMEXICO CITY (AP) — The interior minister said on Monday that more"
            " police would be sent to the state. Hours later, gunmen shot dead four men at a checkpoint"
            " in Celaya.",
            date(2021, 6, 7),
        ),
        (
            "Air strike kills six near Marib\nRebel leaders told reporters on Saturday they would join the"
            " talks. A day later, an air strike killed six fighters near Marib.",
            date(2021, 6, 6),
        ),
        (
            "Insurgents ambush convoy in Borno\nThe army chief visited troops in Maiduguri on Sunday,"
            " officials said. Later that day, insurgents attacked a convoy near Konduga, killing three"
            " soldiers.",
            date(2021, 6, 6),
        ),
    ],
)
def test_a_relative_day_counts_from_a_day_told_without_an_event(
    extractor: Extractor, text: str, day: date
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    placed = [i for i in r.incidents if i.latitude is not None]
    assert placed and {i.event_date for i in placed} == {day}, [(i.location, i.event_date) for i in placed]


def test_an_event_day_told_before_still_counts_first(extractor: Extractor) -> None:
    text = (
        "Two attacks in Borno\nInsurgents attacked a convoy near Konduga on Saturday, killing three"
        " soldiers. The army chief visited troops in Maiduguri on Monday. A day later, gunmen"
        " killed two farmers in Bama."
    )
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    days = {i.location.split(",")[0]: i.event_date for i in r.incidents if i.latitude is not None}
    assert days.get("Konduga") == date(2021, 6, 5)
    assert days.get("Bama") == date(2021, 6, 6)  # counted from the event's Saturday, as before
