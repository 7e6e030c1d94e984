"""A name spelt as English writes a name transliterated from Arabic (the article as a word of its
own, the -ah/-eh of ta marbuta), asked with no country named nor in focus, is read in a country
where Arabic is spoken before a place elsewhere that the name also reaches, unless that place
is far likelier; with the country named or in focus, or with no such mark, the order is as
before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.places.sources.world import arabic_countries
from incident_explorer.places.spelling import arabic_spelt
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {
    "SY": ("Syria", "SYR"),
    "IQ": ("Iraq",),
    "EC": ("Ecuador",),
    "TH": ("Thailand",),
    "JP": ("Japan",),
    "CA": ("Canada",),
}


def _entry(sid: str, lat: float, lon: float, cc: str, *names: str, pop: int = 0) -> Entry:
    place = Place(sid, names[0], lat, lon, Feature.CITY, cc, population=pop)
    return Entry(place=place, names=names, ancestry=COUNTRIES[cc])


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # villages of unknown size spelt as coders write them, and towns abroad of known size
        # the same words reach: by another of their names, or by a transliteration key
        _entry("t:dumayrah-sy", 35.1, 36.9, "SY", "Dumayrah"),
        _entry("t:dumeira-ec", -3.2, -79.9, "EC", "Dumeira", pop=300_000),
        _entry("t:jala-sy", 34.6, 40.9, "SY", "Al Jala"),
        _entry("t:yala-th", 6.5, 101.3, "TH", "Yala", "Jala", pop=95_000),
        _entry("t:tamanaah-sy", 35.5, 36.8, "SY", "Tamanah"),
        _entry("t:tamana-jp", 32.9, 130.6, "JP", "Tamana", pop=70_000),
        # a name with no Arabic mark: the bigger town abroad keeps it
        _entry("t:alma-sy", 32.7, 36.4, "SY", "Alma"),
        _entry("t:alma-ca", 48.5, -71.6, "CA", "Alma", pop=30_000),
        *country_entries(COUNTRIES),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "arabic-abroad")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Dumayrah town", "t:dumayrah-sy"),  # ta marbuta; the Syrian village by its own name
        ("Al Jala town", "t:jala-sy"),  # the article; the Thai town by its other name
        ("Tamanaah", "t:tamanaah-sy"),  # both reached by a transliteration only
    ],
)
def test_a_name_spelt_as_arabic_is_read_where_arabic_is_spoken(
    geocoder: OfflineGeocoder, query: str, expected: str
) -> None:
    found = geocoder.geocode(query, limit=1)
    assert found and found[0].place.source_id == expected


@pytest.mark.parametrize(
    ("query", "cc", "context"),
    [
        ("Dumeirah", "EC", "A bus overturned near Dumeirah, Ecuador, on Tuesday."),
        ("Jala", "TH", "Gunmen shot two rangers in Jala in southern Thailand on Friday."),
        ("Tamanaah", "JP", "Floods cut roads around Tamanaah and Kumamoto, Japan."),
    ],
)
def test_with_the_country_in_focus_or_named_the_order_is_as_before(
    geocoder: OfflineGeocoder, query: str, cc: str, context: str
) -> None:
    in_focus = geocoder.geocode(query, context=context, limit=1)
    assert in_focus and in_focus[0].place.country_code == cc
    named = geocoder.geocode(query, country=cc, limit=1)
    assert named and named[0].place.country_code == cc


def test_a_name_with_no_arabic_mark_keeps_its_order(geocoder: OfflineGeocoder) -> None:
    found = geocoder.geocode("Alma town", limit=1)
    assert found and found[0].place.source_id == "t:alma-ca"


@pytest.mark.parametrize(
    ("name", "spelt"),
    [
        ("Al Harah", True),
        ("as-Sawa", True),
        ("Tuffahiyah", True),
        ("Salloumiyeh", True),
        ("Alma", False),
        ("Al", False),
        ("Yala", False),
        ("Utah", False),  # too short to carry the ending
    ],
)
def test_arabic_spelt(name: str, spelt: bool) -> None:
    assert arabic_spelt(name) is spelt


def test_the_countries_where_arabic_is_spoken_come_from_geonames(settings: Settings) -> None:
    found = arabic_countries(settings.data_dir)
    assert {"SY", "IQ", "EG", "MA"} <= found
    assert found.isdisjoint({"TR", "IR", "EC", "TH", "JP", "CA"})
