"""Local units abroad as event coders write them ("X territory", "X commune", "X LGA"): the unit
named after its town, which the gazetteer lacks, stands at that town."""

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

COUNTRIES = {
    "CD": ("Democratic Republic of the Congo", "COD", "CD"),
    "BF": ("Burkina Faso", "BFA", "BF"),
    "NG": ("Nigeria", "NGA", "NG"),
    "SI": ("Slovenia", "SVN", "SI"),
    "US": ("United States", "USA", "US"),
}


def _entry(sid: str, name: str, lat: float, lon: float, feature: Feature, cc: str, pop: int = 0) -> Entry:
    place = Place(sid, name, lat, lon, feature, cc, population=pop)
    return Entry(place=place, names=(name,), ancestry=(cc,))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _entry("t:kavumu", "Kavumu", 0.5, 29.4, Feature.CITY, "CD", 60_000),
        _entry("t:dorango", "Dorango", 14.1, -1.6, Feature.CITY, "BF", 30_000),
        _entry("t:ulari", "Ulari", 11.1, 13.7, Feature.CITY, "NG", 40_000),
        # a unit whose name shares the kind word, and a town spelt near the query
        _entry("t:lamo", "Lamo Municipality", 46.1, 15.2, Feature.ADMIN2, "SI", 5_000),
        _entry("t:gamo", "Gamo", 16.3, 0.0, Feature.CITY, "BF", 50_000),
        # a town whose name a capitalised "Territory" follows is no unit of it
        _entry("t:westmark", "Westmark", 35.5, -97.8, Feature.CITY, "US", 20_000),
    ]
    return [*entries, *country_entries(COUNTRIES)], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "local-units")


def _best(geo: OfflineGeocoder, query: str) -> str:
    found = geo.geocode(query, limit=1)
    return found[0].place.source_id if found else ""


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("Kavumu territory", "t:kavumu"),
        ("Dorango commune", "t:dorango"),
        ("Ulari LGA", "t:ulari"),
        ("Dorango sub-prefecture", "t:dorango"),
    ],
)
def test_a_local_unit_the_gazetteer_lacks_stands_at_its_town(
    geo: OfflineGeocoder, query: str, want: str
) -> None:
    assert _best(geo, query) == want


def test_the_kind_word_is_no_part_of_a_typo_reading(geo: OfflineGeocoder) -> None:
    # "Gamo municipality" is the town of Gamo, not Lamo Municipality by one letter
    assert _best(geo, "Gamo municipality") == "t:gamo"


def test_a_capitalised_kind_word_is_part_of_a_name(geo: OfflineGeocoder) -> None:
    # "Westmark Territory" is a name the gazetteer lacks, not the town of Westmark
    assert _best(geo, "Westmark Territory") == ""
