"""With no country named nor in focus, a place outside the countries where Arabic is spoken that
only the Arabic transliteration key (or a looser spelling) reaches is the less likely reading
beside a place where Arabic is spoken that has the name as its own or by that key, whatever the
query's spelling (no article, no ta marbuta needed); a place abroad with the very name, the
country named or in focus, and a name no Arabic-spoken place has keep the order as before."""

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
    "SY": ("Syria", "SYR"),
    "IQ": ("Iraq",),
    "EC": ("Ecuador",),
    "BR": ("Brazil",),
    "AU": ("Australia",),
}


def _entry(sid: str, lat: float, lon: float, cc: str, *names: str, pop: int = 0) -> Entry:
    place = Place(sid, names[0], lat, lon, Feature.CITY, cc, population=pop)
    return Entry(place=place, names=names, ancestry=COUNTRIES[cc])


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # villages of unknown size where Arabic is spoken, and towns abroad of known size that
        # the same query reaches only by the Arabic key (vowels and doubled letters folded)
        _entry("t:shumarah-sy", 35.2, 37.1, "SY", "Shumarah"),
        _entry("t:chumara-ec", -1.1, -78.6, "EC", "Chumara", pop=15_000),
        _entry("t:sallumah-sy", 33.4, 36.9, "SY", "Sallumah"),
        _entry("t:saluma-br", -12.9, -38.5, "BR", "Saluma", pop=12_000),
        _entry("t:dabburah-sy", 36.1, 37.4, "SY", "Dabburah"),
        _entry("t:dabura-au", -33.8, 151.0, "AU", "Dabura", pop=25_000),
        # a name no place where Arabic is spoken has: the town abroad keeps it
        _entry("t:tanura-br", -7.1, -35.0, "BR", "Tanura", pop=8_000),
        *country_entries(COUNTRIES),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "arabic-key-abroad")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Shoumara village", "t:shumarah-sy"),  # ou for u; Ecuador's Chumara by the key alone
        ("Sallouma farm", "t:sallumah-sy"),  # a doubled letter and ou; Brazil's Saluma by the key
        ("Dabboura", "t:dabburah-sy"),  # asked bare; Australia's Dabura by the key alone
    ],
)
def test_a_place_abroad_the_arabic_key_alone_reaches_comes_second(
    geocoder: OfflineGeocoder, query: str, expected: str
) -> None:
    found = geocoder.geocode(query, limit=1)
    assert found and found[0].place.source_id == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Chumara", "t:chumara-ec"),  # the town abroad has the very name
        ("Saluma town", "t:saluma-br"),
        ("Tannoura village", "t:tanura-br"),  # no place where Arabic is spoken has the name
    ],
)
def test_a_place_abroad_with_the_very_name_or_alone_keeps_it(
    geocoder: OfflineGeocoder, query: str, expected: str
) -> None:
    found = geocoder.geocode(query, limit=1)
    assert found and found[0].place.source_id == expected


@pytest.mark.parametrize(
    ("query", "cc", "context"),
    [
        ("Shoumara", "EC", "A landslide buried a road near Shoumara and Quito, Ecuador, on Monday."),
        ("Dabboura", "AU", "Bushfires threatened homes around Dabboura in Australia."),
    ],
)
def test_with_the_country_in_focus_or_named_the_order_is_as_before(
    geocoder: OfflineGeocoder, query: str, cc: str, context: str
) -> None:
    in_focus = geocoder.geocode(query, context=context, limit=1)
    assert in_focus and in_focus[0].place.country_code == cc
    named = geocoder.geocode(query, country=cc, limit=1)
    assert named and named[0].place.country_code == cc
