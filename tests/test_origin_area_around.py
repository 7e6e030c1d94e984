"""Where people came from told by the area about a place ("came from the area around X",
"crossed from the general area of X") is an origin, as "from X" is; a force that withdrew from
the area around X still lost ground there.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 7, 10)


@pytest.mark.parametrize(
    ("text", "event", "origin"),
    [
        (
            "Militants who stormed a checkpoint in Bannu on Friday came from the area around Miranshah,"
            " officials said.",
            "Bannu",
            "Miranshah",
        ),
        (
            "The fighters who attacked Diffa on Monday had come from the general area of Bosso,"
            " residents said.",
            "Diffa",
            "Bosso",
        ),
        (
            "Gunmen killed six herders near Kaura Namoda on Sunday after crossing from the area around"
            " Maradi, police said.",
            "Kaura Namoda",
            "Maradi",
        ),
    ],
)
def test_the_area_people_came_from_is_an_origin(
    extractor: Extractor, text: str, event: str, origin: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert (got[event], got[origin]) == ("event", "origin"), text


def test_the_area_a_force_withdrew_from_is_still_an_event_place(extractor: Extractor) -> None:
    text = "Rebels withdrew from the area around Kidal on Sunday after two days of fighting that killed 12."
    assert roles_of(extractor, PUBLISHED, text)["Kidal"] == "event"


@pytest.mark.parametrize(
    ("text", "event", "origin"),
    [
        (
            "Turkish jets struck the village of Jalbarah on Wednesday, killing a family of five, as"
            " allied fighters pressed their assault from around Marea, the YPG said.",
            "Jalbarah",
            "Marea",
        ),
        (
            "Shells fired from near Gorlovka hit a bus stop in Toretsk on Tuesday, killing two"
            " pensioners, officials said.",
            "Toretsk",
            "Gorlovka",
        ),
        (
            "Barrel bombs killed three people in Khan al-Sheih on Monday as troops advanced on the"
            " camp from the direction of Zakiyah, activists said.",
            "Khan al-Sheih",
            "Zakiyah",
        ),
    ],
)
def test_where_a_force_came_from_told_by_its_surroundings(
    extractor: Extractor, text: str, event: str, origin: str
) -> None:
    """Where they came from told by what lies about it: "from around X", "from the direction of X"."""
    got = roles_of(extractor, PUBLISHED, text)
    assert (got[event], got[origin]) == ("event", "origin"), text


def test_a_force_that_withdrew_from_around_a_town_lost_ground_there(extractor: Extractor) -> None:
    text = "Militants withdrew from around Palma on Sunday after clashes that killed nine soldiers."
    assert roles_of(extractor, PUBLISHED, text)["Palma"] == "event"
