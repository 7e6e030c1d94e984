"""In a report, an event place its body tells only by its way from a town ("heavy clashes broke
out north of X", "a battle 20 km east of X"), with no place named before the way, happened that
way from the town, not in it: the town's point moved that way (half of "near" when no distance
is told), named "north of X", its source the town's entry with the way. Not a headline's way
(the lead tells the place), a way from the dateline's town, a town the report tells as an event
place itself, nor a lone line (UCDP's coders put "clashes north of X" at X).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.distance import distance_km
from incident_explorer.places.offline import OfflineGeocoder

PUBLISHED = date(2019, 3, 5)


def _placed(extractor: Extractor, text: str) -> list[tuple[str, float, float, str]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [
        (i.location or "", i.latitude, i.longitude, i.place_source or "")
        for i in r.incidents
        if i.latitude is not None and i.longitude is not None
    ]


@pytest.mark.parametrize(
    ("text", "town", "way", "km"),
    [
        (
            "Fighting flares in northern Iraq\nERBIL (Reuters) - Heavy clashes broke out north of Tikrit on"
            " Tuesday, killing nine fighters, police said.",
            "Tikrit",
            "north",
            12.5,
        ),
        (
            "Eleven killed in battle in northern Iraq\nERBIL (AP) - Troops and militants fought a long battle"
            " 20 km east of Mosul on Sunday, leaving 11 dead, officials said.",
            "Mosul",
            "east",
            20.0,
        ),
        (
            "Air strike hits convoy in central Syria\nBEIRUT (Reuters) - An air strike hit a convoy west of"
            " Homs on Monday, killing six people, a monitor said.",
            "Homs",
            "west",
            12.5,
        ),
    ],
)
def test_a_place_told_only_by_its_way_from_a_town_is_that_way_from_it(
    extractor: Extractor, geocoder: OfflineGeocoder, text: str, town: str, way: str, km: float
) -> None:
    ((location, lat, lon, source),) = _placed(extractor, text)
    assert f"{way} of " in location, (text, location)
    assert source.endswith(way), (text, source)
    (at,) = geocoder.geocode(town, limit=1)
    assert source.startswith(at.place.source_id), (text, source)
    assert abs(distance_km(lat, lon, at.place.latitude, at.place.longitude) - km) < 1.0, text


def test_a_lone_line_keeps_the_town(extractor: Extractor) -> None:
    text = "Heavy clashes broke out north of Tikrit on Tuesday, killing nine fighters."
    ((location, *_),) = _placed(extractor, text)
    assert not location.startswith("north of"), location


@pytest.mark.parametrize(
    ("text", "town", "way", "km"),
    [
        (
            "Fighting flares in northern Iraq\nERBIL (Reuters) - Gunmen ambushed a patrol 12 miles south of"
            " Kirkuk on Tuesday, killing four soldiers, police said.",
            "Kirkuk",
            "south",
            19.2,
        ),
        (
            "Eleven killed in battle in northern Iraq\nERBIL (AP) - Militants stormed a checkpoint some 30 km"
            " (19 miles) to the west of Mosul on Sunday, leaving 11 dead, officials said.",
            "Mosul",
            "west",
            30.0,
        ),
        (
            "Air strike hits convoy in central Syria\nBEIRUT (Reuters) - An air strike hit a convoy about 40"
            " kilometer east of Homs on Monday, killing six people, a monitor said.",
            "Homs",
            "east",
            40.0,
        ),
    ],
)
def test_the_way_from_a_town_reads_its_distance_as_a_way_after_a_place_does(
    extractor: Extractor, geocoder: OfflineGeocoder, text: str, town: str, way: str, km: float
) -> None:
    # (one reading of "how far which way" for "X, 12 miles south of Y" and "an ambush 12 miles
    # south of Y": miles, a bracketed conversion, "to the" and a singular unit read in both)
    test_a_place_told_only_by_its_way_from_a_town_is_that_way_from_it(
        extractor, geocoder, text, town, way, km
    )
