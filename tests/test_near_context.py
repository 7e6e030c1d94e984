"""A town that only says where the sentence's event place lies is context for it, not a second
event place: the town a road runs into or comes from ("cut the supply road into Y near X",
"struck reinforcements on the road from Y"), beside the place the sentence names for the event,
and the town a place is told to lie near ("the village of X near Y", "the X air base near Y")
when the gazetteer puts X near Y. Alone, the town is the best place the sentence gives.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 4, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "place", "end"),
    [
        (
            "Militants blew up a bridge on the main road into Kirkuk near Tuz Khurmatu on Tuesday,"
            " killing two policemen, officials said.",
            "Tuz Khurmatu",
            "Kirkuk",
        ),
        (
            "Gunmen ambushed a fuel convoy on the highway from Maiduguri at Benisheikh on Tuesday,"
            " killing four drivers, police said.",
            "Benisheikh",
            "Maiduguri",
        ),
        (
            "Rebels shelled army positions in Kafr Nabl on Tuesday, killing three soldiers, as jets"
            " struck a column of reinforcements on the road from Hama.",
            "Kafr Nabl",
            "Hama",
        ),
    ],
)
def test_a_road_end_beside_the_event_place_is_context(
    extractor: Extractor, text: str, place: str, end: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[place] == "event", text
    assert roles[end] == "mentioned", text


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Jets struck a convoy on the road from Hama on Tuesday, killing nine fighters.", "Hama"),
        ("A roadside bomb hit a bus on the main road into Kirkuk on Tuesday, killing six.", "Kirkuk"),
    ],
)
def test_alone_the_road_end_is_the_place(extractor: Extractor, text: str, end: str) -> None:
    assert roles_of(extractor, PUBLISHED, text)[end] == "event", text


@pytest.mark.parametrize(
    ("text", "place", "town"),
    [
        (
            "Barrel bombs fell on the village of Kafranbel near Maarat al-Numan on Tuesday,"
            " killing a mother and her three children, rescuers said.",
            "Kafranbel",
            "Maarat al-Numan",
        ),
        (
            "Rockets struck the Balad air base near Samarra overnight, wounding two Iraqi airmen,"
            " the military said.",
            "Balad",
            "Samarra",
        ),
        (
            "Gunmen opened fire at a wedding in Tarmiyah just outside Baghdad on Tuesday, killing"
            " seven guests, police said.",
            "Tarmiyah",
            "Baghdad",
        ),
    ],
)
def test_the_town_a_place_lies_near_is_a_landmark(
    extractor: Extractor, text: str, place: str, town: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[place] == "event", text
    assert roles[town] == "mentioned", text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Heavy clashes broke out near Maarat al-Numan on Tuesday, killing nine fighters.",
            "Maarat al-Numan",
        ),
        ("Rockets struck an army base near Samarra overnight, wounding two soldiers.", "Samarra"),
    ],
)
def test_with_no_place_before_it_the_town_is_the_place(extractor: Extractor, text: str, town: str) -> None:
    assert roles_of(extractor, PUBLISHED, text)[town] == "event", text
