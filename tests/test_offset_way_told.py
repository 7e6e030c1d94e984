"""A place the gazetteer lacks, told only by its way from a town ("X, west of Y", no distance), is
placed that way from the town, about half of what "near" spans (12.5 km), not at the town itself:
the text says the place is not the town, and the town is often a dateline, a hospital's town or
the headline's landmark. The point keeps the town's entry as its provenance
(``<town's source id>/west``) and a near-a-town precision (ACLED 2, UCDP 2); the place text names
the way, never a distance the text did not give. A place the gazetteer has is read as itself.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Incident
from incident_explorer.panel import source_label
from incident_explorer.places.distance import distance_km
from incident_explorer.places.offline import OfflineGeocoder

PUBLISHED = date(2019, 3, 5)  # a Tuesday


def _incidents(extractor: Extractor, text: str) -> tuple[Incident, ...]:
    return extractor.extract(articles.from_text(text, published=PUBLISHED)).incidents


@pytest.mark.parametrize(
    ("text", "name", "town", "way"),
    [
        (
            "Gunmen killed three farmers in Kharbat Suwaydiyah, west of Kirkuk, on Sunday, police said.",
            "Kharbat Suwaydiyah",
            "Kirkuk",
            "west",
        ),
        (
            "A roadside bomb killed two soldiers near Tulul al-Baqarat, a village north-east of Mosul, on"
            " Monday.",
            "Tulul al-Baqarat",
            "Mosul",
            "north-east",
        ),
        (
            "Militants overran an army post at Kolbimbogo, south of Ouahigouya, on Friday, killing four"
            " soldiers.",
            "Kolbimbogo",
            "Ouahigouya",
            "south",
        ),
    ],
)
def test_the_way_alone_moves_the_point_off_the_town(
    extractor: Extractor, geocoder: OfflineGeocoder, text: str, name: str, town: str, way: str
) -> None:
    (incident,) = _incidents(extractor, text)
    ref = geocoder.geocode(town)[0].place
    assert incident.place_source == f"{ref.source_id}/{way}", incident.place_source
    assert incident.latitude is not None and incident.longitude is not None
    assert abs(distance_km(incident.latitude, incident.longitude, ref.latitude, ref.longitude) - 12.5) < 0.5
    north = round(100 * (incident.latitude - ref.latitude))
    east = round(100 * (incident.longitude - ref.longitude))
    assert (north > 0, north < 0) == ("north" in way, "south" in way), (north, way)
    assert (east > 0, east < 0) == ("east" in way, "west" in way), (east, way)
    assert (incident.geo_precision, incident.where_prec) == (2, 2)
    assert incident.place_text.startswith(f"{name} (not in gazetteer; placed {way} of "), incident.place_text
    assert " km " not in incident.place_text  # no distance the text did not give
    assert incident.location.startswith(f"{way} of ")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Suicide bomber kills five near Iraq's Baiji\nBAGHDAD (Reuters) - A suicide bomber killed five"
            " soldiers at a checkpoint in Zuwaiyat Hajjaj, north of Baiji, on Sunday, police said.",
            "Baiji",
        ),
        (
            "Gunmen kill four traders south of Gao\nBAMAKO (Reuters) - Gunmen killed four traders on the"
            " road at Tin Kassoumbar, south of Gao, on Monday, a local official said.",
            "Gao",
        ),
        (
            "Drone strike kills three west of Kirkuk\nBAGHDAD (AP) - A drone strike killed three militants"
            " hiding in Kharbat Suwaydiyah, west of Kirkuk, on Sunday, the army said.",
            "Kirkuk",
        ),
    ],
)
def test_the_headlines_landmark_makes_no_incident_of_its_own(
    extractor: Extractor, geocoder: OfflineGeocoder, text: str, town: str
) -> None:
    ref = geocoder.geocode(town)[0].place
    placed = [i for i in _incidents(extractor, text) if i.latitude is not None and i.longitude is not None]
    assert placed
    for incident in placed:
        assert incident.latitude is not None and incident.longitude is not None
        assert distance_km(incident.latitude, incident.longitude, ref.latitude, ref.longitude) > 10


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen killed four police officers in Hit, west of Ramadi, on Sunday.", "Hit"),
        ("A car bomb killed six people in Tal Afar, west of Mosul, on Monday.", "Tal Afar"),
        ("Militants attacked an army base in Baiji, north of Tikrit, on Friday, killing two.", "Baiji"),
    ],
)
def test_a_place_the_gazetteer_has_is_itself(
    extractor: Extractor, geocoder: OfflineGeocoder, text: str, town: str
) -> None:
    (incident,) = _incidents(extractor, text)
    assert incident.place_source == geocoder.geocode(town)[0].place.source_id


def test_the_panel_says_the_way_was_told_not_how_far() -> None:
    assert source_label("geonames:94787/west") == (
        "west of GeoNames geonames:94787, the way the report tells (not how far)"
    )
    assert source_label("geonames:98182/25km-south") == (
        "25 km south of GeoNames geonames:98182, as the report measures"
    )
