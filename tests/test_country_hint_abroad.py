"""With the country named (``country=``), a place abroad that only another spelling of the name
reaches is no answer: "not found" beats a village a continent away. An exact name abroad still
answers, and so does a spelling whose country (or an enclosing place) the text or query names."""

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

_COUNTRIES = {"SY": ("Syria",), "IN": ("India",), "PE": ("Peru",), "TR": ("Turkey",)}


def _town(sid: str, name: str, at: tuple[float, float], cc: str, admin1: str, pop: int = 0) -> Entry:
    place = Place(sid, name, at[0], at[1], Feature.CITY, cc, admin1=admin1, population=pop)
    return Entry(place, names=(name,), ancestry=(admin1, *_COUNTRIES[cc]))


def _collector(_s: Settings, _p: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        *country_entries(_COUNTRIES),
        _town("t:homs", "Homs", (34.73, 36.72), "SY", "Homs", 650_000),
        _town("t:chidara", "Chidara", (26.0, 75.0), "IN", "Rajasthan", 40_000),
        _town("t:qorabamba", "Qorabamba", (-13.0, -72.0), "PE", "Cusco", 9_000),
        _town("t:marjaba", "Marjaba", (-12.0, -75.0), "PE", "Junin", 12_000),
        _town("t:kellis", "Kellis", (36.7, 37.1), "TR", "Kilis", 90_000),
    ]
    return entries, _COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "country-hint-abroad")


@pytest.mark.parametrize(
    ("query", "context"),
    [
        ("Shidara village", ""),
        ("Marjabeh farms", "Shelling hit Marjabeh farms overnight, a monitor said."),
        ("Kelis hill", "Rebels said they held Kelis hill after two days of fighting."),
    ],
)
def test_a_spelling_abroad_is_not_found_under_a_country_hint(
    geocoder: OfflineGeocoder, query: str, context: str
) -> None:
    assert geocoder.geocode(query, context=context, country="SY") == []


@pytest.mark.parametrize(
    ("query", "context", "expected"),
    [
        ("Kellis", "", "t:kellis"),  # its very name
        ("Shidara village", "Floods cut off Shidara village in western India on Monday.", "t:chidara"),
        ("Korabamba, Peru", "", "t:qorabamba"),
    ],
)
def test_a_place_abroad_still_answers_to_its_name_or_its_country_named(
    geocoder: OfflineGeocoder, query: str, context: str, expected: str
) -> None:
    found = geocoder.geocode(query, context=context, country="SY")
    assert [c.place.source_id for c in found][:1] == [expected]


def test_without_a_country_named_the_spelling_still_answers(geocoder: OfflineGeocoder) -> None:
    found = geocoder.geocode("Shidara village")
    assert [c.place.source_id for c in found][:1] == ["t:chidara"]
