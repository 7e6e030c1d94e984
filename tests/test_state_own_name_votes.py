"""The state in focus: a state's own name in the text votes for that state alone, not a share
split with the states of the towns that borrow its name."""

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

COUNTRIES = {"US": ("United States", "USA", "US"), "GE": ("Kanawha Republic", "GEO", "GE")}
STATES = ("Kanawha", "Delmar", "Ozark", "Piedmont", "Tidewater")


def _place(sid: str, name: str, feature: Feature, admin1: str, pop: int = 0, cc: str = "US") -> Entry:
    place = Place(sid, name, 38.0, -85.0, feature, cc, admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(admin1, cc))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [_place(f"t:state-{s}", s, Feature.ADMIN1, s) for s in STATES]
    # towns that borrow the state's name, one in each other state
    entries += [_place(f"t:kanawha-{s}", "Kanawha", Feature.CITY, s, 900) for s in STATES[1:]]
    entries += [
        _place("t:pinecrest-k", "Pinecrest", Feature.CITY, "Kanawha", 5_000),
        _place("t:pinecrest-d", "Pinecrest", Feature.CITY, "Delmar", 5_000),
        _place("t:fairlee", "Fairlee", Feature.CITY, "Delmar", 3_000),
        # a state whose name a country has too, and a town of it in another state
        _place("t:state-savoy", "Savoy", Feature.ADMIN1, "Savoy"),
        _place("t:savoy-d", "Savoy", Feature.CITY, "Delmar", 800),
        Entry(
            Place("t:savoy-country", "Savoy", 45.0, 6.0, Feature.COUNTRY, "SV"), names=("Savoy",), ancestry=()
        ),
    ]
    return [*entries, *country_entries(COUNTRIES)], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "state-votes")


@pytest.mark.parametrize(
    "text",
    [
        "Kanawha lawmakers met in Pinecrest on Monday; a delegation from Fairlee came too.",
        "The Kanawha Department of Labor said jobs grew in Pinecrest, while Fairlee lost some.",
        "Unemployment in Pinecrest fell below the average in Kanawha, Fairlee officials said.",
    ],
)
def test_a_states_own_name_votes_for_it_alone(geo: OfflineGeocoder, text: str) -> None:
    assert ("US", "Kanawha") in geo._admin1_in_focus(context_keys(text), "boone county")


def test_a_name_a_country_has_too_still_splits_its_vote(geo: OfflineGeocoder) -> None:
    text = "Savoy lawmakers met in Pinecrest on Monday; a delegation from Fairlee came too."
    assert ("US", "Savoy") not in geo._admin1_in_focus(context_keys(text), "boone county")
