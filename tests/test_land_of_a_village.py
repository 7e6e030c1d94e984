"""The land around a village, told where something happened ("captured the hilltop of X",
"in the orchards of X", "stormed the hills of X"), names X as the place: a name the gazetteer
lacks is a place there, standing in at the unit the sentence names after it, and a name it knows
only by another spelling is read there as after "the outskirts of X". Before, X was no place at
all and the unit after it ("in northern Diyala", "in Marib province") was the event place in its
stead (found by helper wire34 among the wire set's false event places). Where people fled to
("escaped towards the hills of X") names no event place.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_readings

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 5, 6)  # a Monday


def _events(extractor: Extractor, text: str) -> list[tuple[str, str, bool]]:
    return event_readings(extractor, PUBLISHED, text)


@pytest.mark.parametrize(
    ("text", "village", "unit"),
    [
        (
            "A roadside bomb wounded four policemen in the orchards of Abu Karma in northern Diyala on "
            "Sunday evening, a security source said.",
            "Abu Karma",
            "Diyala",
        ),
        (
            "Houthi fighters stormed the hills of Wadi Qarad in Marib province on Sunday, killing five "
            "soldiers.",
            "Wadi Qarad",
            "Ma'rib",
        ),
        (
            "Al Shabaab militants attacked troops on the hills of Buq Aqable in Hiiraan region on Monday.",
            "Buq Aqable",
            "Hiiraan",
        ),
    ],
)
def test_the_land_of_a_village_names_the_village(
    extractor: Extractor, text: str, village: str, unit: str
) -> None:
    assert _events(extractor, text) == [(village, unit, True)]


def test_the_hills_people_fled_to_name_no_event_place(extractor: Extractor) -> None:
    text = (
        "Gunmen shot dead two soldiers at a checkpoint outside Kohat on Sunday and escaped towards "
        "the hills of Jabal Sarki, police said."
    )
    assert "Jabal Sarki" not in [name for name, _, _ in _events(extractor, text)]
