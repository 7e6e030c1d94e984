"""A district named like its province ("Idlib district", "Hama district": the province's central
district) is a finer parent than the province: of two namesake villages of the province, the one
in that district is meant, not one in another of the province's districts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"SY": ("Syria", "SYR")}


def _village(sid: str, name: str, lat: float, lon: float, district: str, province: str, pop: int) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, "SY", province, district, population=pop)
    return Entry(place=place, names=(name,), ancestry=(district, province, "Syria"))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # Namesakes in one province: the better known in another district than the province's own.
        _village("t:qarqur-idlib", "Qarqur", 35.88, 36.44, "Idlib", "Idlib", 800),
        _village("t:qarqur-harim", "Qarqur", 36.20, 36.55, "Harim", "Idlib", 6000),
        _village("t:tayyibah-hama", "Tayyibah", 35.10, 36.70, "Hama", "Hama", 500),
        _village("t:tayyibah-masyaf", "Tayyibah", 35.05, 36.30, "Masyaf", "Hama", 9000),
        # A place whose district is not known: the province's name is all there is to go by.
        _village("t:zawr-hama", "Zawr", 35.20, 36.80, "", "Hama", 300),
        _village("t:zawr-salamiyah", "Zawr", 35.00, 37.10, "Salamiyah", "Hama", 7000),
        # Province-level places for the parents to name
        Entry(
            place=Place("t:idlib-p", "Idlib", 35.9, 36.6, Feature.ADMIN1, "SY", "Idlib"),
            names=("Idlib", "Idleb"),
            ancestry=("Syria",),
        ),
        Entry(
            place=Place("t:hama-p", "Hama", 35.2, 36.9, Feature.ADMIN1, "SY", "Hama"),
            names=("Hama",),
            ancestry=("Syria",),
        ),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "district-parent")


def _first(geo: OfflineGeocoder, query: str) -> str:
    found = geo.geocode(query, country="SY", limit=1)
    assert found, query
    return found[0].place.source_id


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Qarqur village in Idlib district", "t:qarqur-idlib"),
        ("Qarqur town in Markaz Idlib district", "t:qarqur-idlib"),
        ("Qarqur, Idleb District", "t:qarqur-idlib"),
        ("Tayyibah village in Mintaqat Markaz Hamah district", "t:tayyibah-hama"),
        ("Tayyibah, Hama district", "t:tayyibah-hama"),
        # a place of unknown district may lie in it; one known to lie in another does not
        ("Zawr village in Hama district", "t:zawr-hama"),
    ],
)
def test_a_district_named_like_its_province_means_the_place_in_that_district(
    geocoder: OfflineGeocoder, query: str, expected: str
) -> None:
    assert _first(geocoder, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the province itself, written so, still encloses every district of it
        ("Qarqur village in Idlib province", "t:qarqur-harim"),
        ("Qarqur village in Idlib Governorate", "t:qarqur-harim"),
        ("Tayyibah, Hama", "t:tayyibah-masyaf"),
        ("Tayyibah town in the countryside of Hama", "t:tayyibah-masyaf"),
        # the other district named outright
        ("Qarqur village in Harim district", "t:qarqur-harim"),
        ("Tayyibah village in Masyaf district", "t:tayyibah-masyaf"),
    ],
)
def test_the_province_or_another_district_named_keeps_the_ranking(
    geocoder: OfflineGeocoder, query: str, expected: str
) -> None:
    assert _first(geocoder, query) == expected
