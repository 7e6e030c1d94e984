"""A place the gazetteer lacks, told by its distance and way from a town ("X, 25 km south of Y"),
is placed at the point that far that way from the town, not at the town itself (where nothing
happened, often a dateline or a hospital's town), with the town's entry as its provenance
(``<town's source id>/25km-south``) and a precision that says it is a point near a town (ACLED 2,
UCDP 2; farther than 25 km UCDP 3; beyond 100 km ACLED 3, UCDP 4). A distance with no way still
stands in at the town ("near"), as before.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Incident
from incident_explorer.panel import place_line, source_label
from incident_explorer.places.distance import bearing_of, destination, distance_km
from incident_explorer.places.offline import OfflineGeocoder

PUBLISHED = date(2019, 3, 5)  # a Tuesday


def _one(extractor: Extractor, text: str) -> Incident:
    (incident,) = extractor.extract(articles.from_text(text, published=PUBLISHED)).incidents
    return incident


@pytest.mark.parametrize(
    ("text", "name", "town", "km", "way", "precision"),
    [
        (
            "A suicide bomber struck a mosque in Kawuri Gana, about 15 km east of Maiduguri, on Tuesday,"
            " killing two worshippers.",
            "Kawuri Gana",
            "Maiduguri",
            15,
            "east",
            (2, 2),
        ),
        (
            "A mine killed three soldiers near Kabolawa, 18 kilometres to the south-west of Baidoa, on"
            " Saturday.",
            "Kabolawa",
            "Baidoa",
            18,
            "south-west",
            (2, 2),
        ),
        (
            "Gunmen raided Qaryat Zubeirat, a farming village 40 km west of Kirkuk, on Sunday, killing"
            " four shepherds.",
            "Qaryat Zubeirat",
            "Kirkuk",
            40,
            "west",
            (2, 3),
        ),
        (
            "Militants torched the market in Kolbimbo, some 30 miles (48 km) south-east of Ouahigouya,"
            " on Friday, killing three.",
            "Kolbimbo",
            "Ouahigouya",
            48,
            "south-east",
            (2, 3),
        ),
        (
            # farther than 50 km the town no longer stands in; the point that far that way does
            "Jihadists attacked an army post in Tamkoutatt, about 140 km north-west of Gao, on Monday,"
            " killing five soldiers.",
            "Tamkoutatt",
            "Gao",
            140,
            "north-west",
            (3, 4),
        ),
    ],
)
def test_offset_from_town(
    extractor: Extractor,
    geocoder: OfflineGeocoder,
    text: str,
    name: str,
    town: str,
    km: int,
    way: str,
    precision: tuple[int, int],
) -> None:
    incident = _one(extractor, text)
    ref = geocoder.geocode(town)[0].place
    assert incident.place_source == f"{ref.source_id}/{km}km-{way}", incident.place_source
    assert incident.latitude is not None and incident.longitude is not None
    assert abs(distance_km(incident.latitude, incident.longitude, ref.latitude, ref.longitude) - km) < 1
    bearing = bearing_of(way)
    assert bearing is not None
    # the way itself: north of the town has a greater latitude, east a greater longitude
    north = round(100 * (incident.latitude - ref.latitude))
    east = round(100 * (incident.longitude - ref.longitude))
    assert (north > 0, north < 0) == ("north" in way, "south" in way), (north, way)
    assert (east > 0, east < 0) == ("east" in way, "west" in way), (east, way)
    assert (incident.geo_precision, incident.where_prec) == precision
    placed = f"{name} (not in gazetteer; placed {km} km {way} of "
    assert incident.place_text.startswith(placed), incident.place_text
    assert town in incident.place_text
    assert incident.location.startswith(f"{km} km {way} of ")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen shot dead a teacher near Bulabulinwa, 12 km from Dori, on Thursday.", "Dori"),
        ("A roadside bomb killed four soldiers near Kabolawi, 40 km from Baidoa, on Monday.", "Baidoa"),
        (
            "An explosion killed three people in Gorumbeli, a town about 20 km from Maiduguri, on Saturday.",
            "Maiduguri",
        ),
    ],
)
def test_a_distance_with_no_way_stands_in_at_the_town(
    extractor: Extractor, geocoder: OfflineGeocoder, text: str, town: str
) -> None:
    incident = _one(extractor, text)
    assert incident.place_source == geocoder.geocode(town)[0].place.source_id
    assert "placed near " in incident.place_text


@pytest.mark.parametrize(
    ("query", "town", "km"),
    [
        ("Qaryat Zubeirat, 40 km west of Kirkuk", "Kirkuk", 40),
        ("Kawuri Gana, about 15 km east of Maiduguri", "Maiduguri", 15),
        ("Kolbimbo, some 30 miles (48 km) south-east of the town of Ouahigouya", "Ouahigouya", 48),
    ],
)
def test_the_geocoder_reads_the_offset_from_a_query(
    geocoder: OfflineGeocoder, query: str, town: str, km: int
) -> None:
    best = geocoder.geocode(query)[0]
    ref = geocoder.geocode(town)[0].place
    assert best.place.source_id.startswith(f"{ref.source_id}/")
    assert abs(distance_km(best.place.latitude, best.place.longitude, ref.latitude, ref.longitude) - km) < 2


def test_destination_and_bearings() -> None:
    assert bearing_of("South-East") == 135.0
    assert bearing_of("northwestern") == 315.0
    assert bearing_of("central") is None
    for bearing in (0.0, 90.0, 225.0):
        lat, lon = destination(33.3, 44.4, 25.0, bearing)
        assert abs(distance_km(33.3, 44.4, lat, lon) - 25.0) < 0.01
    lat, lon = destination(0.0, 179.9, 50.0, 90.0)
    assert -180.0 <= lon < -179.0  # across the antimeridian


def test_the_panel_names_the_town_measured_from() -> None:
    assert source_label("geonames:98182/25km-south") == (
        "25 km south of GeoNames geonames:98182, as the report measures"
    )
    assert source_label("ocha:N0246") == "OCHA ocha:N0246"
    line = place_line(
        {
            "location": "25 km south of Baghdad, Iraq",
            "latitude": 33.1,
            "longitude": 44.4,
            "place_source": "geonames:98182/25km-south",
            "geo_precision": 2,
            "extra": {"place_text": "Yusufiyya (not in gazetteer; placed 25 km south of Baghdad, Iraq)"},
        }
    )
    assert line.startswith("Yusufiyya (not in gazetteer; placed 25 km south of Baghdad")
    assert "25 km south of GeoNames geonames:98182" in line
