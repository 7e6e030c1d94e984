"""A place an attack came within some metres of is where it happened, also beside another event
place: only kilometres or miles measure a reach away from it (`roles._REACH_BEFORE`) (review17a).
Texts of our own, none from tests/wire/."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 20)


@pytest.mark.parametrize(
    ("text", "near", "other"),
    [
        (
            "A car bomb exploded within 200 metres of Kabul airport on Monday, killing five, police said, "
            "and a second bomb hit Jalalabad.",
            "Kabul",
            "Jalalabad",
        ),
        (
            "Mortar rounds landed within 50 meters of Mogadishu port on Tuesday, wounding four, and gunmen "
            "killed two soldiers in Afgoye.",
            "Mogadishu",
            "Afgoye",
        ),
        (
            "A suicide bomber blew himself up within 300 metres of the city of Quetta's police headquarters "
            "on Friday, killing six, while a blast hit Mastung.",
            "Quetta",
            "Mastung",
        ),
    ],
)
def test_metres_from_a_place_are_at_it(extractor: Extractor, text: str, near: str, other: str) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert got[near] == "event"
    assert got[other] == "event"
