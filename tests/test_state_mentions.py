"""A state's name the text writes as a state ("Washington state") or lists with other states."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"US": ("United States", "USA", "US"), "RU": ("Russia", "RUS", "RU")}


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
    ]
    countries = [
        Entry(Place(f"t:{cc}", names[0], 0.0, 0.0, Feature.COUNTRY, cc), names=names, ancestry=())
        for cc, names in COUNTRIES.items()
    ]
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
