"""A place the gazetteer lacks told as lying in a part of a town's province by its way ("the
village of X in the western countryside of Y") stands in at a point that way from the town Y, not
at the town, where nothing happened; a reading of Y as the province stays at its middle as before.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.distance import bearing_between, distance_km
from incident_explorer.places.place import Feature


@pytest.mark.parametrize(
    ("text", "town", "bearing"),
    [
        (
            "Regime shelling killed two civilians on Monday in the village of Kharbat Nawfa in the "
            "southern countryside of Idlib, activists said.",
            "Idlib",
            180.0,
        ),
        (
            "An IED exploded on Tuesday in the village of Umm Tulaytilah in the eastern countryside "
            "of Deir ez-Zor, killing three SDF fighters.",
            "Deir ez-Zor",
            90.0,
        ),
        (
            "Unknown gunmen shot dead a teacher on Sunday near the hamlet of Tell Zuwaybiq, in the "
            "north-western countryside of Homs.",
            "Homs",
            315.0,
        ),
    ],
)
def test_a_stand_in_in_a_towns_countryside_lies_that_way_from_the_town(
    extractor: Extractor, text: str, town: str, bearing: float
) -> None:
    found = extractor.extract(from_text(text, published=date(2021, 12, 7)))
    [inc] = [i for i in found.incidents if i.latitude is not None and i.longitude is not None]
    assert inc.latitude is not None and inc.longitude is not None
    # the town as the gazetteer holds it
    [at] = [c.place for c in extractor.geocoder.geocode(town, limit=5) if c.place.feature is Feature.CITY][:1]
    away = distance_km(at.latitude, at.longitude, inc.latitude, inc.longitude)
    assert 5 < away < 25
    told = bearing_between(at.latitude, at.longitude, inc.latitude, inc.longitude)
    assert abs((told - bearing + 180) % 360 - 180) < 30
