"""A Syrian village of unknown size (WOF's and UCDP's villages carry no population) is no empty
place: with no country named nor in focus its prior is at least that of a village of about 200
people, so a foreign hamlet of known size does not take its name; a real town abroad still does,
and with the country named or in focus, or among Syrian namesakes, the order is as before
(activity decides)."""

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

COUNTRIES = {"SY": ("Syria", "SYR"), "EE": ("Estonia",), "JO": ("Jordan",), "IR": ("Iran",), "EG": ("Egypt",)}


def _entry(sid: str, name: str, lat: float, lon: float, cc: str, pop: int = 0, activity: int = 0) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, cc, population=pop)
    return Entry(place=place, names=(name,), ancestry=COUNTRIES[cc], activity=activity)


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # Syrian villages of unknown size, each with a foreign namesake of known size
        _entry("t:turba-sy", "Turba", 32.80, 36.77, "SY", activity=1),
        _entry("t:turba-ee", "Turba", 59.10, 24.20, "EE", pop=90),
        _entry("t:samma-sy", "Samma", 32.77, 36.42, "SY"),
        _entry("t:samma-jo", "Samma", 32.56, 35.69, "JO", pop=120),
        _entry("t:hanna-sy", "Hanna", 36.11, 40.69, "SY", activity=3),
        _entry("t:hanna-ir", "Hanna", 31.20, 51.72, "IR", pop=150),
        # a real town abroad against a Syrian village of unknown size
        _entry("t:battikh-eg", "Kafr Battikh", 31.40, 31.70, "EG", pop=147_198),
        _entry("t:battikh-sy", "Kafr Battikh", 35.78, 36.72, "SY"),
        # two Syrian namesakes: the one with more conflict events around it leads either way
        _entry("t:harran-quiet", "Harran", 32.89, 36.38, "SY", activity=2),
        _entry("t:harran-active", "Harran", 35.57, 36.80, "SY", activity=400),
        *country_entries(COUNTRIES),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "unknown-size")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Turba village", "t:turba-sy"),
        ("Samma", "t:samma-sy"),
        ("Hanna village", "t:hanna-sy"),
    ],
)
def test_a_village_of_unknown_size_is_no_empty_place(
    geocoder: OfflineGeocoder, query: str, expected: str
) -> None:
    found = geocoder.geocode(query, limit=1)
    assert found and found[0].place.source_id == expected


def test_a_real_town_abroad_keeps_its_name(geocoder: OfflineGeocoder) -> None:
    found = geocoder.geocode("Kafr Battikh", limit=1)
    assert found and found[0].place.source_id == "t:battikh-eg"


@pytest.mark.parametrize("country", [None, "SY"])
def test_namesakes_of_unknown_size_keep_their_order(geocoder: OfflineGeocoder, country: str | None) -> None:
    found = geocoder.geocode("Harran village", country=country, limit=2)
    assert [c.place.source_id for c in found] == ["t:harran-active", "t:harran-quiet"]


@pytest.mark.parametrize(("query", "cc"), [("Turba", "EE"), ("Samma", "JO"), ("Hanna", "IR")])
def test_with_the_country_named_the_order_is_as_asked(geocoder: OfflineGeocoder, query: str, cc: str) -> None:
    found = geocoder.geocode(query, country=cc, limit=1)
    assert found and found[0].place.country_code == cc


@pytest.mark.parametrize(
    ("query", "context"),
    [
        ("Turba", "Turba, Estonia: a fire destroyed a barn in Turba on Monday."),
        ("Samma", "Police in Jordan said a man was shot in Samma on Sunday."),
        ("Hanna", "Two shepherds died in Hanna, Iran, after a flash flood."),
    ],
)
def test_with_a_country_in_focus_the_prior_is_as_before(
    geocoder: OfflineGeocoder, query: str, context: str
) -> None:
    found = geocoder.geocode(query, context=context, limit=1)
    assert found and found[0].place.country_code != "SY"
