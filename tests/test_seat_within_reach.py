"""A county yields to its seat town only when that town lies in it: a namesake county's town in
another state ("Lancaster" of Lancaster County, Pennsylvania) is no seat of Nebraska's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"US": ("United States", "USA", "US")}


def _town(sid: str, name: str, admin1: str, county: str, at: tuple[float, float], pop: int) -> Entry:
    place = Place(sid, name, at[0], at[1], Feature.CITY, "US", admin1, admin2=county, population=pop)
    return Entry(place=place, names=(name,), ancestry=(county, admin1, *COUNTRIES["US"]))


def _county(sid: str, name: str, admin1: str, at: tuple[float, float]) -> Entry:
    place = Place(sid, f"{name} County", at[0], at[1], Feature.ADMIN2, "US", admin1)
    return Entry(place=place, names=(f"{name} County", name), ancestry=(admin1, *COUNTRIES["US"]))


def _state(sid: str, name: str, at: tuple[float, float]) -> Entry:
    place = Place(sid, name, at[0], at[1], Feature.ADMIN1, "US", name)
    return Entry(place=place, names=(name,), ancestry=COUNTRIES["US"])


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _state("s:ne", "Nebraska", (41.5, -99.8)),
        _state("s:pa", "Pennsylvania", (40.9, -77.8)),
        _state("s:ca", "California", (37.2, -119.4)),
        _state("s:ks", "Kansas", (38.5, -98.4)),
        _state("s:in", "Indiana", (39.9, -86.3)),
        _state("s:fl", "Florida", (28.6, -82.4)),
        _state("s:ia", "Iowa", (42.0, -93.5)),
        _state("s:oh", "Ohio", (40.3, -82.8)),
        _state("s:mi", "Michigan", (44.3, -85.4)),
        # a county of the state the text names; a small town of the name in a namesake county
        # of another state; a big town of the name in a third
        _county("c:lancaster-ne", "Lancaster", "Nebraska", (40.78, -96.69)),
        _town("t:lancaster-pa", "Lancaster", "Pennsylvania", "Lancaster County", (40.04, -76.31), 2_000),
        _town("t:lancaster-ca", "Lancaster", "California", "Los Angeles County", (34.70, -118.14), 160_000),
        _county("c:marion-ks", "Marion", "Kansas", (38.36, -97.10)),
        _town("t:marion-in", "Marion", "Indiana", "Marion County", (39.77, -86.16), 2_000),
        _town("t:marion-fl", "Marion", "Florida", "Lake County", (28.80, -81.80), 160_000),
        _county("c:warren-ia", "Warren", "Iowa", (41.33, -93.56)),
        _town("t:warren-oh", "Warren", "Ohio", "Warren County", (39.43, -84.21), 2_000),
        _town("t:warren-mi", "Warren", "Michigan", "Macomb County", (42.49, -83.03), 160_000),
        # a county whose seat town of its name lies in it
        _county("c:wayne-in", "Wayne", "Indiana", (39.86, -85.01)),
        _town("t:wayne-in", "Wayne", "Indiana", "Wayne County", (39.83, -84.89), 2_000),
    ]
    return [*entries, *country_entries(COUNTRIES)], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "seat-within-reach")


@pytest.mark.parametrize(
    ("name", "text", "county"),
    [
        (
            "Lancaster",
            "Deputies in Lancaster closed a gravel road after the storm, Nebraska officials said.",
            "c:lancaster-ne",
        ),
        (
            "Marion",
            "A grass fire burned across Marion overnight, and Kansas troopers kept the highway shut.",
            "c:marion-ks",
        ),
        (
            "Warren",
            "Iowa farmers in Warren lost much of the corn crop to hail on Sunday.",
            "c:warren-ia",
        ),
    ],
)
def test_a_namesake_countys_town_elsewhere_is_no_seat(
    geo: OfflineGeocoder, name: str, text: str, county: str
) -> None:
    found = geo.geocode(name, keys=context_keys(text), limit=1)
    assert found and found[0].place.source_id == county


def test_a_seat_town_inside_its_county_still_stands_for_it(geo: OfflineGeocoder) -> None:
    text = "Indiana police said the parade in Wayne drew a large crowd."
    found = geo.geocode("Wayne", keys=context_keys(text), limit=1)
    assert found and found[0].place.source_id == "t:wayne-in"
