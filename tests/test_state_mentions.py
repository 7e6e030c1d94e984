"""A state's name the text writes as a state ("Washington state") or lists with other states."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import ContextKeys, OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {
    "US": ("United States", "USA", "US"),
    "RU": ("Russia", "RUS", "RU"),
    "CN": ("China", "CHN", "CN"),
    "MZ": ("Mozambique", "MOZ", "MZ"),
    "PS": ("Palestinian Territory", "PSE", "PS"),
}


def _place(
    sid: str, name: str, feature: Feature, cc: str, admin1: str, lat: float, lon: float, pop: int = 0
) -> Entry:
    place = Place(sid, name, lat, lon, feature, cc, admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(admin1, *COUNTRIES[cc]))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _place("t:washington-state", "Washington", Feature.ADMIN1, "US", "Washington", 47.4, -120.5),
        _place("t:oregon", "Oregon", Feature.ADMIN1, "US", "Oregon", 43.9, -120.6),
        _place("t:idaho", "Idaho", Feature.ADMIN1, "US", "Idaho", 44.4, -114.6),
        _place("t:texas", "Texas", Feature.ADMIN1, "US", "Texas", 31.0, -99.0),
        _place("t:dc", "District of Columbia", Feature.ADMIN1, "US", "District of Columbia", 38.9, -77.0),
        # The capital owns the name: a city of 690,000 people.
        _place(
            "t:washington-dc", "Washington", Feature.CITY, "US", "District of Columbia", 38.9, -77.04, 689_545
        ),
        # A province named after its capital, which lies in it.
        _place("t:moscow-oblast", "Moscow", Feature.ADMIN1, "RU", "Moscow", 55.5, 37.5),
        _place("t:moscow", "Moscow", Feature.CITY, "RU", "Moscow", 55.75, 37.62, 10_381_222),
        _place("t:tver-oblast", "Tver", Feature.ADMIN1, "RU", "Tver", 57.0, 35.0),
        # A city-state whose unit has the city's name only as another name.
        Entry(
            place=Place("t:shanghai-shi", "Shanghai Shi", 31.1, 121.4, Feature.ADMIN1, "CN", "Shanghai Shi"),
            names=("Shanghai Shi", "Shanghai"),
            ancestry=("China",),
        ),
        _place("t:shanghai", "Shanghai", Feature.CITY, "CN", "Shanghai Shi", 31.22, 121.46, 22_315_474),
        _place("t:beijing-shi", "Beijing", Feature.ADMIN1, "CN", "Beijing", 40.2, 116.4),
        # A province abroad named like a town, listed with a unit of another country.
        _place("t:gaza-province", "Gaza", Feature.ADMIN1, "MZ", "Gaza", -23.0, 33.0),
        _place("t:west-bank", "West Bank", Feature.ADMIN1, "PS", "West Bank", 32.0, 35.3),
        _place("t:gaza-city", "Gaza", Feature.CITY, "PS", "Gaza Strip", 31.5, 34.47, 410_000),
    ]
    countries = country_entries(COUNTRIES)
    return [*entries, *countries], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "state-mentions")


@pytest.mark.parametrize(
    "text",
    [
        "A cow from a Washington state farm tested positive for the disease.",
        "The first case was found in December in the state of Washington. Officials said more tests follow.",
        "Officials in Oregon, Washington and Idaho closed the parks.",
        "Wildfires burned across Washington and Oregon on Monday.",
        "Voters in Idaho or Washington may see the measure next year.",
        "In Oregon and Washington, growers lost half the crop.",
    ],
)
def test_a_name_written_as_a_state_or_listed_with_states_is_the_state(
    geo: OfflineGeocoder, text: str
) -> None:
    found = geo.geocode("Washington", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:washington-state", found[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers in Washington passed the bill on Tuesday.",
        "Fans came from as far as Texas and Washington, D.C. to see him.",
        "Talks between Washington and Moscow ended without a deal.",
        "",
    ],
)
def test_the_capital_keeps_its_name_without_such_words(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Washington", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:washington-dc", found[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Flights from Moscow and Tver were cancelled.",
        "Snow fell on Tver and Moscow overnight.",
        "Trains between Moscow, Tver and the north stopped.",
    ],
)
def test_a_province_named_after_its_capital_stays_the_capital(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Moscow", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:moscow", found[0].reason


def test_lists_are_read_whole_and_commas_alone_make_none() -> None:
    keys = context_keys("Rain fell on Paris, Texas. Oregon, Washington and Idaho sent crews. " * 3)
    assert isinstance(keys, ContextKeys)
    assert ("oregon", "washington", "idaho") in keys.listed
    assert not any("paris" in names for names in keys.listed)
    # a long run of names with no "and" is read once, not once from each of its names
    run = ", ".join(f"Name{i} Hill" for i in range(3000)) + " and Oregon"
    listed = context_keys(run).listed  # type: ignore[attr-defined]
    assert len(listed) == 1 and len(listed[0]) == 3001


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("Shanghai", "Flights from Beijing and Shanghai were cancelled.", "t:shanghai"),
        ("Shanghai", "Smog covered Shanghai and Beijing for a week.", "t:shanghai"),
        ("Gaza", "Clashes spread across the West Bank and Gaza on Friday.", "t:gaza-city"),
        ("Gaza", "Aid reached Gaza and the West Bank.", "t:gaza-city"),
    ],
)
def test_lists_of_cities_or_of_two_countries_units_are_no_states(
    geo: OfflineGeocoder, query: str, text: str, expected: str
) -> None:
    found = geo.geocode(query, keys=context_keys(text), limit=1)
    assert found[0].place.source_id == expected, found[0].reason
