"""A toll broken down by place after a dash or colon ("killed six on Monday — four in X and two
in Y") gives each place its own share, as "including four in X" does, not the whole to each."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "Air strikes killed 11 civilians on Sunday: seven in Saraqib and four in Ariha.",
            {"Saraqib": 7, "Ariha": 4},
        ),
        (
            "Gunmen killed nine villagers on Saturday - five in Tsafe and four in Maru - police said.",
            {"Tsafe": 5, "Maru": 4},
        ),
        (
            "Shelling killed eight people on Thursday — three in Douma and five in Harasta.",
            {"Douma": 3, "Harasta": 5},
        ),
        (
            "Car bombs killed 14 people on Friday – nine in Kirkuk and five in Tikrit.",
            {"Kirkuk": 9, "Tikrit": 5},
        ),
    ],
)
def test_a_toll_split_by_place_gives_each_place_its_share(
    extractor: Extractor, text: str, tolls: dict[str, int]
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    got = {name: i.fatalities.best for i in r.incidents for name in tolls if f"'{name}'" in i.place_reason}
    assert got == tolls, [(i.location, i.fatalities.best) for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "place", "toll"),
    [
        (
            "Air strikes killed 11 people in Idlib on Monday: seven in the morning and four in the evening.",
            "Idlib",
            11,
        ),
        (
            "A suicide bomber killed 14 people at a checkpoint in Kabul — nine in the blast and five in the "
            "stampede that followed.",
            "Kabul",
            14,
        ),
        (
            "Clashes killed 20 fighters near Marib on Tuesday - 12 in the first assault and eight in a "
            "counter-attack at dusk.",
            "Marib",
            20,
        ),
    ],
)
def test_a_toll_broken_down_by_time_or_cause_is_no_place_share(
    extractor: Extractor, text: str, place: str, toll: int
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    got = [i.fatalities.best for i in r.incidents if f"'{place}'" in i.place_reason]
    assert got == [toll], [(i.location, i.place_reason, i.fatalities.best) for i in r.incidents]
