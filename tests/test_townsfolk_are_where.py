"""People named by a town the gazetteer reads by its name ("nine Douma civilians") were hit where
they live: the town is an event place also beside another, unlike a people's or a region's name
("40 Amhara farmers", `roles._PEOPLE_NOUN_AFTER`) (review17a). Texts of our own, none from
tests/wire/."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 20)


@pytest.mark.parametrize(
    ("text", "town", "other"),
    [
        (
            "Regime air strikes killed nine Douma civilians on Monday, and shelling killed four people in "
            "Harasta.",
            "Douma",
            "Harasta",
        ),
        (
            "Militants shot dead five Quetta residents on Sunday, and a bomb wounded three in Mastung.",
            "Quetta",
            "Mastung",
        ),
        (
            "Jets killed seven Binnish villagers in a bakery on Sunday, and shelling killed two people in "
            "Sarmin.",
            "Binnish",
            "Sarmin",
        ),
        (
            "Suicide bombers killed 14 Shiite worshippers in Peshawar on Friday, and a blast wounded five "
            "Kohat residents.",
            "Kohat",
            "Peshawar",
        ),
    ],
)
def test_a_towns_people_were_hit_in_the_town(extractor: Extractor, text: str, town: str, other: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    got = {m.text: m for m in r.mentions}
    assert got[town].role == "event"
    assert got[other].role == "event"
    town_place = got[town].candidate
    assert town_place is not None
    assert any(inc.location.startswith(town_place.place.name) for inc in r.incidents)


@pytest.mark.parametrize(
    ("text", "town", "place"),
    [
        ("Gunmen killed ten Kano traders in Katsina on Monday.", "Kano", "Katsina"),
        ("Israeli strikes killed 20 Gaza residents in Rafah on Monday.", "Gaza", "Rafah"),
        ("Gunmen killed eight Kabul residents at a wedding in Jalalabad on Friday.", "Kabul", "Jalalabad"),
    ],
)
def test_travellers_or_townsfolk_hit_elsewhere_are_who(
    extractor: Extractor, text: str, town: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    got = {m.text: m.role for m in r.mentions}
    assert got[town] == "mentioned"
    assert got[place] == "event"
