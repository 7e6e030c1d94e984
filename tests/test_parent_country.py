"""A parent spelt otherwise than the gazetteer writes it ("Lower Shabelle" for Lower Shabeelle)
still says which country the place lies in: a looser spelling of the name in another country is
a namesake abroad, not the place, and the parent stands in for it. In the parent's country a
looser spelling is read as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"SO": ("Somalia", "SOM"), "SY": ("Syria", "SYR")}


def _entry(sid: str, name: str, lat: float, lon: float, feature: Feature, cc: str, *ancestry: str) -> Entry:
    place = Place(sid, name, lat, lon, feature, cc, ancestry[-1] if ancestry else "")
    return Entry(place=place, names=(name,), ancestry=(*ancestry, *COUNTRIES[cc]))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        *country_entries(COUNTRIES),
        _entry("t:middle", "Middle Shabeelle", 2.9, 45.5, Feature.ADMIN1, "SO"),
        # villages abroad whose names are looser spellings of the ones asked for
        _entry("t:mahadiya", "Mahadiya", 35.1, 37.2, Feature.CITY, "SY", "Hama"),
        _entry("t:naqir", "Naqira", 35.6, 36.4, Feature.CITY, "SY", "Idlib"),
        # ... and one in the parent's country
        _entry("t:balcad", "Balcad", 2.36, 45.38, Feature.CITY, "SO", "Middle Shabeelle"),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "parent-country")


@pytest.mark.parametrize(
    "query",
    [
        "Mahadiyat, Middle Shabelle",
        "Mahdiya village in Middle Shabelle",
        "Naqiyra in Middle Shabelle region",
    ],
)
def test_a_looser_spelling_abroad_is_no_reading(geocoder: OfflineGeocoder, query: str) -> None:
    found = geocoder.geocode(query, limit=3)
    assert all(c.place.country_code != "SY" for c in found), (query, found)


@pytest.mark.parametrize("query", ["Balcado, Middle Shabelle", "Balcado in Middle Shabelle region"])
def test_a_looser_spelling_in_the_parents_country_is_read(geocoder: OfflineGeocoder, query: str) -> None:
    found = geocoder.geocode(query, limit=1)
    assert found and found[0].place.source_id == "t:balcad", (query, found)


def test_a_parent_read_nowhere_says_nothing(geocoder: OfflineGeocoder) -> None:
    # no place answers to "Qwertyuiop": the looser spelling abroad is read as it was
    found = geocoder.geocode("Mahadiyat, Qwertyuiop", limit=1)
    assert found and found[0].place.source_id == "t:mahadiya", found
