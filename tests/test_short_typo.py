"""A typo reading never lands on a name of three letters or fewer: a letter more or less makes
another word of one ("Swat" is no typo of Sat, a Syrian village), and such names are many. A
longer name still reads a typo ("Tarzakk" is Tarzak)."""

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
    "SY": ("Syria", "SYR", "SY"),
    "AF": ("Afghanistan", "AFG", "AF"),
    "ML": ("Mali", "MLI", "ML"),
}


def _place(sid: str, name: str, lat: float, lon: float, cc: str, admin1: str, pop: int) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, cc, admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(admin1, cc))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _place("t:sat", "Sat", 35.6, 36.7, "SY", "Idlib", 900),
        _place("t:dul", "Dul", 34.1, 68.3, "AF", "Wardak", 1_200),
        _place("t:kib", "Kib", 16.3, -0.1, "ML", "Gao", 700),
        _place("t:tarzak", "Tarzak", 34.95, 69.25, "AF", "Parwan", 4_000),
    ]
    return [*entries, *country_entries(COUNTRIES)], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "short-typo")


@pytest.mark.parametrize(
    ("query", "wrong"),
    [("Swat", "t:sat"), ("Dulk", "t:dul"), ("Kibr", "t:kib")],
)
def test_no_typo_reading_of_a_three_letter_name(geo: OfflineGeocoder, query: str, wrong: str) -> None:
    found = geo.geocode(query, limit=3)
    assert wrong not in [c.place.source_id for c in found], [c.reason for c in found]


def test_a_longer_name_still_reads_a_typo(geo: OfflineGeocoder) -> None:
    assert geo.geocode("Tarzakk", limit=1)[0].place.source_id == "t:tarzak"
