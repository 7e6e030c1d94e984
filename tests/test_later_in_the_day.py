"""A second event told "later in the day" takes the day of the event before it, and "the X
river" names a river, not the town (wire batch 16). Texts of our own, none from tests/wire/."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 20)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "A missile hit a factory in Kramatorsk on Monday, killing two workers. Later in the day, "
            "drones struck a depot in Sloviansk, wounding five.",
            "Sloviansk",
        ),
        (
            "Gunmen attacked a police post in Bannu on Monday, killing three officers. Later in the day a "
            "roadside bomb hit a patrol in Lakki Marwat.",
            "Lakki Marwat",
        ),
        (
            "Air strikes hit a market in Ariha on Monday, killing seven. Earlier in the day, shelling "
            "killed two farmers near Sarmin.",
            "Sarmin",
        ),
    ],
)
def test_later_in_the_day_is_the_day_told_before(extractor: Extractor, text: str, second: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert len(r.incidents) >= 2
    assert {i.event_date for i in r.incidents} == {date(2024, 3, 18)}


@pytest.mark.parametrize(
    ("text", "river"),
    [
        (
            "Russian drones struck boats on the Dnipro river near Kherson on Sunday, killing one man.",
            "Dnipro",
        ),
        (
            "Militants attacked a barge on the Tigris river near Samarra on Sunday, killing two crew.",
            "Tigris",
        ),
        ("Rebels fired on a ferry crossing the Kasai river at Tshikapa on Monday, killing three.", "Kasai"),
    ],
)
def test_the_x_river_is_no_event_place(extractor: Extractor, text: str, river: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert all(m.role != "event" for m in r.mentions if m.text == river)


def test_the_town_of_a_river_alone_is_the_event_place(extractor: Extractor) -> None:
    text = "A bomb went off near a bridge over the Kabul river on Tuesday, wounding six people."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [m.role for m in r.mentions if m.text == "Kabul"] == ["event"]
