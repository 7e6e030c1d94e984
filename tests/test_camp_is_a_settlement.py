""" "X camp" names a camp, a settlement of its own, not a city quarter that shares its name:
"Yarmouk camp" is the camp south of Damascus (GeoNames files it as a populated place), not the
al-Yarmouk quarter of Dar'a city, whatever else the text names."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.place import Feature

PUBLISHED = date(2016, 4, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on Yarmouk camp on Tuesday, wounding five.",
        "Fighting between rival factions flared again inside Al-Yarmouk camp.",
        "Two ISIS fighters were killed in Yarmouk camp as troops shelled Deir Ezzor.",
    ],
)
def test_a_camp_is_read_as_a_settlement_not_a_quarter(extractor: Extractor, text: str) -> None:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    camp = next(m for m in result.mentions if "armouk" in m.text)
    assert camp.candidate is not None
    assert camp.candidate.place.feature is Feature.CITY
    assert camp.candidate.place.admin1 != "Dar'a"


def test_a_quarter_named_as_such_stays_a_quarter(extractor: Extractor) -> None:
    result = extractor.extract(
        articles.from_text("A shell hit the al-Yarmouk neighbourhood of Daraa city.", published=PUBLISHED)
    )
    quarter = next(m for m in result.mentions if "armouk" in m.text)
    assert quarter.candidate is not None
    assert quarter.candidate.place.feature is Feature.NEIGHBOURHOOD
