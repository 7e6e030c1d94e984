"""A village the gazetteer lacks "in Y province's Z district" lies in Z, the finest unit named:
the unit after the possessive, as in "Mali's Mopti region", also when the owner carries its
kind word (roles._OWNER_GAP). Before, Y was its parent and Z an event place of its own, so the
incident lost the village's name (and with Z unknown, stood at the province).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 6, 7)  # a Monday


@pytest.mark.parametrize(
    ("text", "village", "district"),
    [
        (
            "Gunmen killed nine villagers in the hamlet of Ngotshi in Ituri province's Djugu territory on"
            " Sunday, a local official said.",
            "Ngotshi",
            "Djugu",
        ),
        (
            "Jihadists killed seven herders in the village of Kabulawa in Borno state's Konduga district on"
            " Tuesday, residents said.",
            "Kabulawa",
            "Konduga",
        ),
        (
            "Gunmen shot dead four traders in the village of Birnin Tsaba in Zamfara state's Tsafe district"
            " on Monday.",
            "Birnin Tsaba",
            "Tsafe",
        ),
    ],
)
def test_the_village_stands_in_at_the_unit_after_the_possessive(
    rules: Extractor, text: str, village: str, district: str
) -> None:
    r = rules.extract(articles.from_text(text, published=PUBLISHED))
    placed = [i for i in r.incidents if i.latitude is not None]
    assert len(placed) == 1, r.incidents
    assert placed[0].place_text.startswith(f"{village} (not in gazetteer; placed")
    assert placed[0].location.startswith(district)
