"""A spaced dash between two places that are places of their own ("Homs - Hama", a front or a
road between two provinces) is neither the second holding the first nor a third place of the
whole name far from both: the first, read alone, answers. A name with a dash that a place has
near its parts (a two-language name), and a place with its unit ("X - Y"), read as before."""

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


def _entry(sid: str, name: str, lat: float, lon: float, feature: Feature, ancestry: tuple[str, ...]) -> Entry:
    place = Place(sid, name, lat, lon, feature, "SY", ancestry[-1] if ancestry else "")
    return Entry(place=place, names=(name,), ancestry=(*ancestry, *COUNTRIES["SY"]))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _entry("t:north", "Northland", 36.20, 37.10, Feature.ADMIN1, ()),
        _entry("t:south", "Southmoor", 33.50, 36.30, Feature.ADMIN1, ()),
        _entry("t:east", "Eastvale", 35.30, 40.10, Feature.ADMIN1, ()),
        # a village of the east spelt like the north's name, and one of the whole pair's name
        _entry("t:north-east", "Northlande", 35.40, 40.30, Feature.CITY, ("Eastvale",)),
        _entry("t:pair", "Northland - Southmoor", 35.60, 40.40, Feature.CITY, ("Eastvale",)),
        # a village and its two-language name beside it
        _entry("t:kerm", "Kermanli", 36.00, 37.00, Feature.CITY, ("Northland",)),
        _entry("t:kerm2", "Kermanli - Kirmanlu", 36.01, 37.01, Feature.CITY, ("Northland",)),
        _entry("t:tall", "Tall Jamil", 33.60, 36.20, Feature.CITY, ("Southmoor",)),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "dash-between-units")


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        # a place of the whole name lying far from both parts is a namesake of the pair
        ("Northland - Southmoor", "t:north"),
        ("Southmoor - Northland", "t:south"),
        # the second province does not hold the first, nor make a spelling of it inside the name
        ("Northland - Eastvale", "t:north"),
        ("Eastvale – Southmoor", "t:east"),
    ],
)
def test_a_dash_between_two_provinces_is_the_first(geocoder: OfflineGeocoder, query: str, sid: str) -> None:
    found = geocoder.geocode(query, country="SY", limit=1)
    assert found and found[0].place.source_id == sid, (query, found[:1])


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Kermanli - Kirmanlu", "t:kerm2"),  # a two-language name beside its part's place
        ("Tall Jamil - Southmoor", "t:tall"),  # a village and its province
        ("Northlande - Eastvale", "t:north-east"),  # a village spelt like a province, in its own
    ],
)
def test_other_dashed_names_read_as_before(geocoder: OfflineGeocoder, query: str, sid: str) -> None:
    found = geocoder.geocode(query, country="SY", limit=1)
    assert found and found[0].place.source_id == sid, (query, found[:1])
