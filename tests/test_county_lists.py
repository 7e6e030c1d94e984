"""A name the text lists as a county ("Cooke, Grayson and Love counties") is the county."""

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

COUNTRIES = {"US": ("United States", "USA", "US")}


def _place(
    sid: str,
    name: str,
    feature: Feature,
    admin1: str,
    lat: float,
    lon: float,
    pop: int = 0,
    *,
    county: str = "",
) -> Entry:
    place = Place(sid, name, lat, lon, feature, "US", admin1, population=pop)
    names = (name, name.removesuffix(" County")) if feature is Feature.ADMIN2 else (name,)
    ancestry = tuple(a for a in (county, admin1, *COUNTRIES["US"]) if a)
    return Entry(place=place, names=names, ancestry=ancestry)


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _place("t:texas", "Texas", Feature.ADMIN1, "Texas", 31.0, -99.0),
        _place("t:california", "California", Feature.ADMIN1, "California", 37.0, -120.0),
        _place("t:missouri", "Missouri", Feature.ADMIN1, "Missouri", 38.5, -92.5),
        _place("t:illinois", "Illinois", Feature.ADMIN1, "Illinois", 40.0, -89.0),
        # Two Texas counties, and a small Californian town named like one of them.
        _place("t:grayson-county", "Grayson County", Feature.ADMIN2, "Texas", 33.6, -96.7),
        _place("t:fannin-county", "Fannin County", Feature.ADMIN2, "Texas", 33.6, -96.1),
        _place("t:grayson-town", "Grayson", Feature.CITY, "California", 37.6, -121.2, 5_000),
        # A county named like a state.
        _place("t:texas-county", "Texas County", Feature.ADMIN2, "Missouri", 37.3, -91.9),
        # A county and its seat town of the same name.
        _place("t:kane-county", "Kane County", Feature.ADMIN2, "Illinois", 41.9, -88.4),
        _place("t:dekalb-county", "DeKalb County", Feature.ADMIN2, "Illinois", 41.9, -88.8),
        _place(
            "t:dekalb-town", "DeKalb", Feature.CITY, "Illinois", 41.93, -88.75, 43_000, county="DeKalb County"
        ),
    ]
    countries = country_entries(COUNTRIES)
    return [*entries, *countries], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "county-lists")


@pytest.mark.parametrize(
    "text",
    [
        "Area girls from Cooke, Grayson and Love counties will get the chance to compete.",
        "Storms knocked out power across Grayson and Collin counties overnight.",
        "Deputies closed the highway at the Grayson/Collin county line.",
        "Schools in Hunt, Grayson or Collin counties stay closed on Monday.",
    ],
)
def test_a_name_listed_as_a_county_is_the_county(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Grayson", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:grayson-county", found[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Police in Grayson said a man was hurt; Merced County deputies helped.",
        "A Grayson, Merced County woman won the prize.",
        "Grayson County commissioners met in Grayson on Tuesday.",
        "",
    ],
)
def test_a_county_named_alone_or_after_a_town_makes_no_list(geo: OfflineGeocoder, text: str) -> None:
    # "Sycamore, DeKalb County" is a town and its county; a county written whole is asked whole
    found = geo.geocode("Grayson", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:grayson-town", found[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Farmers in Texas and Oklahoma counties reported drought.",
        "Texas, Oklahoma and Kansas counties asked for aid.",
        "Most Texas and Louisiana parishes and counties stayed dry.",
    ],
)
def test_a_states_name_before_counties_is_the_state(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Texas", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:texas", found[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Voters in DeKalb and Kane counties backed the measure.",
        "The DeKalb/Kane county line runs past the farm.",
        "Flooding closed roads in Kane, DeKalb and Ogle counties.",
    ],
)
def test_a_county_seat_of_the_name_keeps_the_bare_name(geo: OfflineGeocoder, text: str) -> None:
    # "DeKalb" beside the list is the city, which lies in its county anyway
    found = geo.geocode("DeKalb", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:dekalb-town", found[0].reason


def test_the_county_asked_whole_is_ranked_as_before(geo: OfflineGeocoder) -> None:
    text = "Storms knocked out power across Grayson and Fannin counties overnight."
    found = geo.geocode("Grayson County", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:grayson-county"
