"""A county's name without its kind word is the county's own (alternate) name: read so, not as
another spelling of it, when the name's transliteration key reaches the county too."""

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


def _town(sid: str, name: str, admin1: str, lat: float, lon: float, pop: int) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, "US", admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(admin1, *COUNTRIES["US"]))


def _county(sid: str, name: str, admin1: str, lat: float, lon: float) -> Entry:
    place = Place(sid, f"{name} County", lat, lon, Feature.ADMIN2, "US", admin1)
    return Entry(place=place, names=(f"{name} County", name), ancestry=(admin1, *COUNTRIES["US"]))


def _state(sid: str, name: str, lat: float, lon: float) -> Entry:
    place = Place(sid, name, lat, lon, Feature.ADMIN1, "US", name)
    return Entry(place=place, names=(name,), ancestry=COUNTRIES["US"])


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _state("s:wv", "West Virginia", 38.6, -80.6),
        _state("s:ca", "California", 37.2, -119.4),
        _state("s:ne", "Nebraska", 41.5, -99.8),
        _state("s:sd", "South Dakota", 44.4, -100.2),
        _state("s:in", "Indiana", 39.9, -86.3),
        _state("s:nc", "North Carolina", 35.6, -79.4),
        # each county's name is also a town's, in another state
        _county("c:berkeley", "Berkeley", "West Virginia", 39.46, -78.03),
        _town("t:berkeley", "Berkeley", "California", 37.87, -122.27, 700_000),
        _county("c:platte", "Platte", "Nebraska", 41.57, -97.52),
        _town("t:platte", "Platte", "South Dakota", 43.39, -98.84, 700_000),
        _county("c:boone", "Boone", "Indiana", 40.05, -86.47),
        _town("t:boone", "Boone", "North Carolina", 36.22, -81.67, 700_000),
    ]
    return [*entries, *country_entries(COUNTRIES)], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "unit-bare-name")


@pytest.mark.parametrize(
    ("name", "text", "county"),
    [
        (
            "Berkeley",
            "Commissioners in Berkeley voted on Tuesday to repave two roads, the West Virginia "
            "highway office said.",
            "c:berkeley",
        ),
        (
            "Platte",
            "Floodwater closed schools across Platte after the river rose, Nebraska emergency "
            "officials reported.",
            "c:platte",
        ),
        (
            "Boone",
            "The sheriff of Boone asked Indiana state police to help search the woods for the missing hiker.",
            "c:boone",
        ),
    ],
)
def test_the_county_of_the_state_the_text_names_is_read_by_its_name(
    geo: OfflineGeocoder, name: str, text: str, county: str
) -> None:
    found = geo.geocode(name, keys=context_keys(text), limit=1)
    assert found and found[0].place.source_id == county
    assert found[0].matched_name == name.lower()


def test_with_no_state_named_the_town_stays_first(geo: OfflineGeocoder) -> None:
    found = geo.geocode(
        "Berkeley", keys=context_keys("Students marched through Berkeley on Friday."), limit=1
    )
    assert found and found[0].place.source_id == "t:berkeley"
