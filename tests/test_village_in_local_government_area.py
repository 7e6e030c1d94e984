"""A village the gazetteer lacks, told as lying in a Nigerian local government area written in
lower case ("in X in Guma local government area of Benue State", "X in Chikun LGA of Kaduna"):
the area stands in for the village, as "in X in Y district" always did, and neither the area nor
the state after "of" is a second event place. Before, the kind words "local government area" and
"LGA" were missing from the words that say a unit holds the place before it, so the village was
left with no place and the area (or a bare state: "of Benue") was read as a second event place
beside it (found by helper wire34 among the wire set's false event places).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_readings

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 6, 7)  # a Monday


def _events(extractor: Extractor, text: str) -> list[tuple[str, str, bool]]:
    return event_readings(extractor, PUBLISHED, text)


@pytest.mark.parametrize(
    ("text", "village", "area"),
    [
        (
            "Armed herders attacked farmers in Tse Ortom in Guma local government area of Benue State "
            "on Sunday, killing six people, a council official said.",
            "Tse Ortom",
            "Guma",
        ),
        (
            "Gunmen killed nine villagers in Kwanar Bature in Maru local government area of Zamfara "
            "State late on Saturday, police said.",
            "Kwanar Bature",
            "Maru",
        ),
        (
            "Herders raided Odugbeho Ehaje in Agatu local government area of Benue overnight, "
            "burning houses and killing four people, residents said.",
            "Odugbeho Ehaje",
            "Agatu",
        ),
    ],
)
def test_the_area_stands_in_for_the_village(extractor: Extractor, text: str, village: str, area: str) -> None:
    assert _events(extractor, text) == [(village, area, True)]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Gunmen abducted 30 pupils from a school in Kankara LGA of Katsina on Friday.", "Katsina"),
        ("Herders and farmers clashed in Guma LGA of Benue on Saturday, leaving seven dead.", "Benue"),
        ("Gunmen burned a church in Kauru local government area of Kaduna overnight, police said.", "Kaduna"),
    ],
)
def test_the_state_after_the_area_is_no_event_place(extractor: Extractor, text: str, state: str) -> None:
    assert state not in [name for name, _, _ in _events(extractor, text)]
