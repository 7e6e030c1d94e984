"""Iraq's Kurdistan Region is in the gazetteer, defined by its four governorates (a bundled user
place with members, as Eastern Ghouta is): "in the Kurdistan region" had found only Iran's
Kurdistan province, so a village the gazetteer lacks there was placed in Iran. Iran's province
keeps its name, and a town named in the region stays the event's one place.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

import statistics
from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.gazetteer import Gazetteer

PUBLISHED = date(2023, 7, 3)


def test_the_region_is_the_mean_of_its_governorates(gazetteer: Gazetteer) -> None:
    region = gazetteer.by_source_id("user:kurdistan-region")
    assert region is not None and region.place.country_code == "IQ"
    members = [gazetteer.by_source_id(f"geonames-admin1:IQ.{n}") for n in ("11", "08", "05", "19")]
    assert all(m is not None for m in members)
    assert region.place.latitude == pytest.approx(statistics.fmean(m.place.latitude for m in members if m))


def _countries(extractor: Extractor, text: str) -> list[str]:
    return [i.country_code for i in extractor.extract(from_text(text, published=PUBLISHED)).incidents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iraqi officials in Baghdad said Turkish drones struck Kani Rash in the Kurdistan region.",
            ["IQ"],
        ),
        (
            "Turkish warplanes bombed Bersive in the Kurdistan Region on Friday, killing a shepherd.",
            ["IQ"],
        ),
        ("Iranian artillery shelled border villages in Kurdistan province on Friday.", ["IR"]),
        ("A car bomb exploded in Zakho in the Kurdistan Region on Friday, wounding three.", ["IQ"]),
    ],
)
def test_the_kurdistan_region_is_iraqs(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _countries(extractor, text) == expected
