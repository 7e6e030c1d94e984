"""A place told by its way from another ("X, west of Y", "X, 20 km north of Y") is not read as
a namesake of X far from Y: where the gazetteer holds no X near Y, Y's point stands in."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.distance import distance_km

PUBLISHED = date(2024, 3, 15)


def _placed(extractor: Extractor, text: str) -> list[tuple[str, float, float]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [
        (i.location, i.latitude, i.longitude)
        for i in r.incidents
        if i.latitude is not None and i.longitude is not None
    ]


@pytest.mark.parametrize(
    ("text", "told_from"),
    [
        ("Militants stormed a school in Dara, west of Peshawar, on Friday, killing two guards.", "Peshawar"),
        (
            "Taliban fighters attacked a checkpoint in Qala-e-Now, 20 km north of Kandahar, on Tuesday,"
            " killing three.",
            "Kandahar",
        ),
        ("Gunmen killed three farmers in Bara, south of Peshawar, on Monday.", "Peshawar"),
    ],
)
def test_a_place_told_from_another_is_no_far_namesake(
    extractor: Extractor, text: str, told_from: str
) -> None:
    near = _placed(extractor, f"Shelling killed two people in {told_from} on Monday.")
    placed = _placed(extractor, text)
    assert len(near) == 1 and len(placed) == 1, (near, placed)
    (_, lat, lon), (_, lat2, lon2) = near[0], placed[0]
    assert distance_km(lat, lon, lat2, lon2) < 100, placed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shelling killed two in Saraqeb, 50 km southwest of Aleppo, on Monday.", "Saraqib"),
        ("A bomb killed two soldiers in Qarabagh, 40 km north of Ghazni, on Tuesday.", "Qarah"),
        ("Air strikes hit Tal Hadya, south of Aleppo, on Sunday, killing five.", "Tall Hadiyah"),
    ],
)
def test_a_place_told_from_another_keeps_its_own_reading(extractor: Extractor, text: str, name: str) -> None:
    assert [p[0].startswith(name) for p in _placed(extractor, text)] == [True], _placed(extractor, text)
