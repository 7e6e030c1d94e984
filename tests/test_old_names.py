"""A town's old name, kept by GeoNames as an alternate name, against the town that has it today."""

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

COUNTRIES = {
    "US": ("United States", "USA", "US"),
    "DE": ("Germany", "DEU", "DE"),
    "UA": ("Ukraine", "UKR", "UA"),
}


def _town(gid: int, names: tuple[str, ...], lat: float, lon: float, cc: str, admin1: str, pop: int) -> Entry:
    place = Place(f"geonames:{gid}", names[0], lat, lon, Feature.CITY, cc, admin1, population=pop)
    return Entry(place=place, names=names, ancestry=(admin1, cc))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # Greyford was called Delano until it was renamed; Delano is another, smaller town.
        _town(1, ("Greyford", "Delano"), 30.1, -97.2, "US", "Texas", 150_000),
        _town(2, ("Delano",), 36.0, -84.0, "US", "Tennessee", 6_000),
        # Old Marlow is Ashcombe's old name, and no town is called Old Marlow today.
        _town(3, ("Ashcombe", "Old Marlow"), 42.0, -75.0, "US", "New York", 4_000),
        # Koeln's English name is another country's village's own name.
        _town(4, ("Koeln", "Corvina"), 50.9, 6.9, "DE", "North Rhine-Westphalia", 1_000_000),
        _town(5, ("Corvina",), 45.0, -93.8, "US", "Minnesota", 1_500),
        # A city's name in another spelling that a village has as its own is no old name.
        _town(6, ("Dorozhnya", "Dorozhnia"), 47.8, 35.1, "UA", "Zaporizhia", 700_000),
        _town(7, ("Dorozhnia",), 46.9, 35.0, "UA", "Zaporizhia", 600),
    ]
    return [*entries, *country_entries(COUNTRIES)], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "old-names")


def _best(geo: OfflineGeocoder, name: str, text: str = "") -> str:
    found = geo.geocode(name, keys=context_keys(text) if text else None, limit=1)
    return found[0].place.source_id if found else ""


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Police in Delano said two men were arrested after the robbery.",
        "DELANO -- The school board met on Tuesday in the United States' smallest county seat.",
    ],
)
def test_the_town_named_so_today_beats_one_that_was_once(geo: OfflineGeocoder, text: str) -> None:
    assert _best(geo, "Delano", text) == "geonames:2"


def test_an_old_name_no_town_has_today_still_finds_the_town(geo: OfflineGeocoder) -> None:
    assert _best(geo, "Old Marlow") == "geonames:3"


def test_a_name_another_country_gives_its_village_is_no_old_name(geo: OfflineGeocoder) -> None:
    # Corvina, Minnesota does not make Koeln's English name an old one.
    assert _best(geo, "Corvina") == "geonames:4"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Russian missiles struck Dorozhnia overnight, the regional governor said.",
        "Two drones hit apartment blocks in Dorozhnia, Ukraine's officials said.",
    ],
)
def test_another_spelling_of_a_towns_own_name_is_no_old_name(geo: OfflineGeocoder, text: str) -> None:
    assert _best(geo, "Dorozhnia", text) == "geonames:6"
