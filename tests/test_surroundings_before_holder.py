"""The land around a place, told between it and what holds it ("X and surrounding villages in the
countryside of Y", "X and its farmland in ...", "X and nearby farms in ..."), does not part X from
its holder: Y is context for X, not a second event place. ("areas" is left out: "X and areas
south of the capital Y" names other places than X.) Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

_DAY = date(2018, 5, 8)


@pytest.mark.parametrize(
    ("text", "fine", "holder"),
    [
        (
            "Warplanes struck Kafr Nabl and surrounding villages in the southern countryside of Idlib on"
            " Monday, killing three.",
            "Kafr Nabl",
            "Idlib",
        ),
        (
            "Artillery shelled Taftanaz and its farmland in the eastern countryside of Idlib on Tuesday,"
            " wounding four people.",
            "Taftanaz",
            "Idlib",
        ),
        (
            "Jets pounded Binnish and nearby farms in the northern countryside of Idlib on Friday,"
            " killing a child.",
            "Binnish",
            "Idlib",
        ),
        (
            "Regime Helicopters Drop Barrel Bombs On Kafr Zita And Surrounding Villages In The Northern"
            " Countryside Of Hama",
            "Kafr Zita",
            "Hama",
        ),
    ],
)
def test_the_land_around_a_place_keeps_its_holder(
    extractor: Extractor, text: str, fine: str, holder: str
) -> None:
    roles = roles_of(extractor, _DAY, text)
    assert roles.get(fine) == "event", roles
    assert roles.get(holder) == "mentioned", roles
