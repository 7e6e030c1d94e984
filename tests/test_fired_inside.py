"""The land fire came from named by "inside" ("rockets fired from militant territory inside X hit
Y"): where what was fired came down is the event's place, the land inside X its origin."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 1, 10)


@pytest.mark.parametrize(
    ("text", "origin", "event"),
    [
        (
            "Three rockets launched from an area inside Gaza hit a kindergarten in Sderot on Friday, "
            "injuring two children.",
            "Gaza",
            "Sderot",
        ),
        (
            "Shells fired during heavy clashes inside Afghanistan landed in a market in the Pakistani "
            "border town of Chaman, killing four.",
            "Afghanistan",
            "Chaman",
        ),
        (
            "Two mortar rounds launched by militants inside Lebanon on Saturday fell on a field near "
            "Metula, the army said.",
            "Lebanon",
            "Metula",
        ),
    ],
)
def test_fire_from_inside_a_land_that_came_down_elsewhere(
    extractor: Extractor, text: str, origin: str, event: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert (roles[origin], roles[event]) == ("origin", "event")


def test_fire_inside_a_land_with_no_landing_after_stays_where_it_hit(extractor: Extractor) -> None:
    text = "Israeli tanks fired at targets inside Gaza on Sunday, killing two gunmen, the military said."
    assert roles_of(extractor, PUBLISHED, text)["Gaza"] == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # fire that came down inside the place itself, no other place named after the landing verb
        ("Bullets fired inside Jenin camp hit two teenagers on Monday, medics said.", "Jenin"),
        ("A grenade launched inside Kismayo market struck a crowd of shoppers, killing three.", "Kismayo"),
        ("Gunshots fired inside the Mogadishu hotel hit several guests, police said.", "Mogadishu"),
    ],
)
def test_fire_inside_a_place_that_came_down_there_stays_its_event(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"


@pytest.mark.parametrize(
    ("text", "origin", "event"),
    [
        # where it came down told as the landing verb's object
        ("Mortar bombs fired by rebels inside Syria struck Kilis, killing a child.", "Syria", "Kilis"),
        ("Rockets launched by militants inside Gaza hit Sderot on Friday, wounding two.", "Gaza", "Sderot"),
    ],
)
def test_fire_from_inside_a_land_that_hit_a_named_town(
    extractor: Extractor, text: str, origin: str, event: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert (roles[origin], roles[event]) == ("origin", "event")
