"""An area UCDP's coders placed as a point ("Western Ghouta", "Eastern Qalamoun") holds, as a
parent, the places within reach of it, as a region the gazetteer holds as a point does
(`_within_region`): "Khan al-Sheeh, western Ghouta" is the town, not the area standing in for a
town it was taken not to hold.

Queries of our own.
"""

from __future__ import annotations

import pytest

from incident_explorer.places.offline import OfflineGeocoder


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Khan al-Sheeh, western Ghouta", "Khan ash Shih"),
        ("Jayrud, eastern Qalamoun", "Jayrūd"),
        ("Kanaker, western Ghouta", "Kanākir"),
    ],
)
def test_an_area_point_holds_the_places_near_it(geocoder: OfflineGeocoder, query: str, name: str) -> None:
    (best,) = geocoder.geocode(query, limit=1)
    assert best.place.name == name
