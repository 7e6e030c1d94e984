"""The state or province a text is about decides between namesake towns (admin1 focus)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"US": ("United States", "USA", "US"), "GB": ("United Kingdom", "GBR", "GB")}


def _town(sid: str, name: str, cc: str, admin1: str, code: str, pop: int, *ancestry: str) -> Entry:
    place = Place(sid, name, 0.0, 0.0, Feature.CITY, cc, admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(*ancestry, admin1, code, cc))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # The largest namesake abroad, a large one in a state whose code is a word ("IN")...
        _town("t:springdale-gb", "Springdale", "GB", "England", "ENG", 150_000, "Kent"),
        _town("t:springdale-in", "Springdale", "US", "Indiana", "IN", 60_000, "Madison County"),
        # ... and the small one the texts are about, near two towns found in no other state.
        _town("t:springdale-la", "Springdale", "US", "Louisiana", "LA", 8_000, "Rapides Parish"),
        _town("t:pinewood", "Pinewood", "US", "Louisiana", "LA", 5_000, "Rapides Parish"),
        _town("t:cedarville", "Cedarville", "US", "Louisiana", "LA", 3_000, "Avoyelles Parish"),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geo(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> Iterator[OfflineGeocoder]:
    gaz = Gazetteer.open(replace(settings, cache_dir=tmp_path_factory.mktemp("focus")), collector=_collector)
    yield OfflineGeocoder(gaz)
    gaz.close()


def _best(geo: OfflineGeocoder, text: str) -> str:
    found = geo.geocode("Springdale", keys=context_keys(text), limit=1)
    return found[0].place.source_id if found else ""


@pytest.mark.parametrize(
    "text",
    [
        "Officials from Pinewood and Cedarville met in Springdale on Monday.",
        "A Cedarville woman was arrested in Springdale after a chase that began in Pinewood.",
        "SPRINGDALE -- Pinewood police and Cedarville deputies searched the river in the rain.",
    ],
)
def test_towns_named_in_one_state_put_it_in_focus(geo: OfflineGeocoder, text: str) -> None:
    assert _best(geo, text) == "t:springdale-la"
    found = geo.geocode("Springdale", keys=context_keys(text), limit=1)
    assert "Louisiana in focus" in found[0].reason


def test_keys_without_their_text_are_taken_as_names(geo: OfflineGeocoder) -> None:
    found = geo.geocode("Springdale", keys=frozenset({"pinewood", "cedarville"}), limit=1)
    assert found[0].place.source_id == "t:springdale-la"


def test_names_written_in_lower_case_are_words_not_places(geo: OfflineGeocoder) -> None:
    # "pinewood" and "cedarville" as common words: no state in focus, the largest namesake stays.
    text = "Springdale sells pinewood tables and cedarville chairs; pinewood is cheap."
    assert _best(geo, text) == "t:springdale-gb"


@pytest.mark.parametrize(
    "text",
    [
        "Deputies in Rapides Parish said the man lived in Springdale.",
        "The Rapides Parish sheriff in Springdale is in charge in the case.",
    ],
)
def test_a_state_code_that_is_a_word_is_no_clue(geo: OfflineGeocoder, text: str) -> None:
    # "in" is Indiana's code: every English text would otherwise name Indiana.
    assert _best(geo, text) == "t:springdale-la"


def _shared_name_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    # "Georgia" is a country's and a state's name; two towns are found only in the state.
    country = Place("t:georgia-ge", "Georgia", 42.0, 43.5, Feature.COUNTRY, "GE", population=3_700_000)
    state = Place("t:georgia-us", "Georgia", 32.7, -83.4, Feature.ADMIN1, "US", "Georgia")
    entries = [
        Entry(place=country, names=("Georgia",), ancestry=("GE",)),
        Entry(place=state, names=("Georgia",), ancestry=("GA", "US")),
        _town("t:maplewood", "Maplewood", "US", "Georgia", "GA", 9_000, "Elbert County"),
        _town("t:birchton", "Birchton", "US", "Georgia", "GA", 4_000, "Hart County"),
        _town("t:gori", "Gori", "GE", "Shida Kartli", "SK", 48_000),
    ]
    return entries, {**COUNTRIES, "GE": ("Georgia", "GEO", "GE")}


@pytest.fixture(scope="module")
def shared_geo(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> Iterator[OfflineGeocoder]:
    variant = replace(settings, cache_dir=tmp_path_factory.mktemp("shared"))
    gaz = Gazetteer.open(variant, collector=_shared_name_collector)
    yield OfflineGeocoder(gaz)
    gaz.close()


@pytest.mark.parametrize(
    "text",
    [
        "Maplewood and Birchton schools in Georgia closed; Georgia officials said the storm moved on.",
        "GEORGIA: a Birchton man was held in Maplewood. Georgia troopers said he fled across Georgia.",
        "Birchton council met in Maplewood to plan roads across northeast Georgia.",
    ],
)
def test_a_name_shared_by_a_country_and_a_state_is_no_clue_to_the_country(
    shared_geo: OfflineGeocoder, text: str
) -> None:
    found = shared_geo.geocode("Georgia", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:georgia-us"


def test_the_country_stays_when_the_text_is_about_it(shared_geo: OfflineGeocoder) -> None:
    text = "Police in Gori, Georgia, said the border with Russia stayed closed in Georgia."
    found = shared_geo.geocode("Georgia", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:georgia-ge"
