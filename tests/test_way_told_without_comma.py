"""A place the gazetteer lacks told by its way from a town with no comma between ("the village of
X north of Y") is placed that way from the town, as "X, north of Y" is; and the way is measured
from the town, not from a province of its name (Hama, Idlib and Daraa are governorates too, whose
middle no way is told from).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 3, 5)


@pytest.mark.parametrize(
    ("text", "way"),
    [
        (
            "A landmine killed four shepherds near the village of Khirbet Zuwayqa north of Daraa on Monday.",
            "north",
        ),
        ("Shelling hit the hamlet of Tall Qirmitan east of Hama on Sunday, killing two children.", "east"),
        ("Gunmen killed three farmers in the village of Jubb Sarhaniya south of Idlib on Friday.", "south"),
    ],
)
def test_a_way_told_without_a_comma_places_it_that_way_from_the_town(
    extractor: Extractor, text: str, way: str
) -> None:
    placed = [
        i
        for i in extractor.extract(articles.from_text(text, published=PUBLISHED)).incidents
        if i.latitude is not None
    ]
    assert len(placed) == 1, text
    assert placed[0].place_source.endswith(f"/{way}"), (text, placed[0].place_source)
    assert placed[0].place_source.startswith("geonames:"), (text, placed[0].place_source)
