"""A name the text writes with its state after a comma ("Bethel, Vt.") is that state's town."""

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

COUNTRIES = {
    "US": ("United States", "USA", "US"),
    "GB": ("United Kingdom", "GBR", "GB"),
    "SY": ("Syria", "SYR", "SY"),
}


def _state(sid: str, name: str, cc: str, *more: str) -> Entry:
    place = Place(sid, name, 44.0, -72.0, Feature.ADMIN1, cc, name, population=600_000)
    return Entry(place=place, names=(name, *more), ancestry=(cc,))


def _town(sid: str, name: str, lat: float, lon: float, cc: str, admin1: str, pop: int, *unit: str) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, cc, admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(admin1, *unit, cc))


def _county(sid: str, name: str, lat: float, lon: float, admin1: str, code: str, pop: int) -> Entry:
    place = Place(sid, name, lat, lon, Feature.ADMIN2, "US", admin1, name, population=pop)
    return Entry(place=place, names=(name, name.removesuffix(" County")), ancestry=(admin1, code, "US"))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _state("t:vermont", "Vermont", "US", "VT", "Vt."),
        _state("t:connecticut", "Connecticut", "US", "CT", "Conn."),
        _state("t:new-hampshire", "New Hampshire", "US", "NH", "N.H."),
        _state("t:homs-gov", "Homs Governorate", "SY"),
        # Namesakes: the largest in England, a mid-sized one in Connecticut, a village in Vermont.
        _town("t:bethel-gb", "Bethel", 52.0, -1.0, "GB", "England", 60_000),
        _town("t:bethel-ct", "Bethel", 41.4, -73.4, "US", "Connecticut", 18_000, "CT"),
        _town("t:bethel-vt", "Bethel", 43.8, -72.6, "US", "Vermont", 600, "VT"),
        # A small town 27 km from Vermont's Bethel, and a big namesake far away
        _town("t:hanover-nh", "Hanover", 43.7, -72.29, "US", "New Hampshire", 8_600, "NH"),
        _town("t:hanover-gb", "Hanover", 52.4, -1.2, "GB", "England", 2_000_000),
        # Two counties of one name, the larger in Connecticut
        _county("t:windsor-ct", "Windsor County", 41.9, -72.6, "Connecticut", "CT", 900_000),
        _county("t:windsor-vt", "Windsor County", 43.6, -72.6, "Vermont", "VT", 57_000),
        _town("t:hama", "Hama", 35.1, 36.7, "SY", "Hama Governorate", 460_000),
        _town("t:homs", "Homs", 34.7, 36.7, "SY", "Homs Governorate", 650_000),
    ]
    return [*entries, *country_entries(COUNTRIES)], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "stated")


def _best(geo: OfflineGeocoder, text: str, name: str = "Bethel") -> str:
    found = geo.geocode(name, keys=context_keys(text), limit=1)
    return found[0].place.source_id if found else ""


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters from Bethel, Vt., put out a barn fire on Sunday. Bethel's chief thanked them.",
        "BETHEL, Vt. -- The school board met on Tuesday night to weigh the budget.",
        "A woman from Bethel, Vermont, won the pie contest at the county fair.",
    ],
)
def test_a_name_written_with_its_state_is_that_states_town(geo: OfflineGeocoder, text: str) -> None:
    assert _best(geo, text) == "t:bethel-vt"
    found = geo.geocode("Bethel", keys=context_keys(text), limit=1)
    assert "in Vermont" in found[0].reason


def test_the_abbreviation_says_which_state(geo: OfflineGeocoder) -> None:
    assert _best(geo, "The old mill in Bethel, Conn., closed in May after 90 years.") == "t:bethel-ct"
    # ... and with no state written after it, the largest namesake, as before
    assert _best(geo, "The old mill in Bethel closed in May after 90 years.") == "t:bethel-gb"


@pytest.mark.parametrize(
    "text",
    [
        "The couple moved from Bethel, Vt., to Hanover last spring.",
        "Hanover police said the car was stolen in Bethel, Vt., on Friday.",
        "BETHEL, Vt. -- A Hanover man was hurt when his truck left the road.",
    ],
)
def test_a_name_written_with_its_state_is_only_that_states_neighbour(geo: OfflineGeocoder, text: str) -> None:
    # Bethel, Vt. lies 27 km from the small Hanover; the other Bethels are no neighbours of it.
    assert _best(geo, text, "Hanover") == "t:hanover-nh"
    # ... with no state written, Bethel's namesakes share its pull and the big Hanover stays
    plain = text.replace(", Vt.,", "").replace(", Vt.", "")
    assert _best(geo, plain, "Hanover") == "t:hanover-gb"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Hanover, N. H., said the bridge would reopen on Monday.",
        "HANOVER, N.H. -- The college said classes would resume.",
        "She retired to Hanover, New Hampshire, where she taught piano.",
    ],
)
def test_a_spaced_or_dotted_abbreviation_is_the_state_too(geo: OfflineGeocoder, text: str) -> None:
    assert _best(geo, text, "Hanover") == "t:hanover-nh"


@pytest.mark.parametrize(
    "text",
    [
        "Deputies in Windsor County, Vt., found the stolen car on Sunday.",
        "The fair drew crowds from across Windsor County, Vermont, this year.",
        "WINDSOR COUNTY, Vt. -- Voters approved the school budget.",
    ],
)
def test_a_county_written_with_its_state_is_that_states_county(geo: OfflineGeocoder, text: str) -> None:
    # "Windsor County" is asked as the county "Windsor": the text's "Windsor County, Vt." says which
    assert _best(geo, text, "Windsor County") == "t:windsor-vt"
    assert _best(geo, "Deputies in Windsor County found the stolen car.", "Windsor County") == "t:windsor-ct"


def test_two_states_written_after_one_name_say_nothing(geo: OfflineGeocoder) -> None:
    text = "Bethel, Vt., and Bethel, Conn., share a name and a founder."
    found = geo.geocode("Bethel", keys=context_keys(text), limit=1)
    assert "in Vermont" not in found[0].reason
    assert "in Connecticut" not in found[0].reason


def test_a_list_of_states_is_no_town_and_its_state(geo: OfflineGeocoder) -> None:
    # "Vermont, Connecticut" lists two states: Vermont is not asked as a place in Connecticut.
    found = geo.geocode("Vermont", keys=context_keys("Vermont, Connecticut and Maine sued."), limit=1)
    assert found[0].place.source_id == "t:vermont"
    assert "Connecticut" not in found[0].reason


def test_outside_the_federations_a_comma_is_a_list(geo: OfflineGeocoder) -> None:
    # Syrian news lists places with commas ("Hama, Homs Governorate"): no parent is read there.
    text = "Shelling hit Hama, Homs Governorate and the coast on Friday."
    found = geo.geocode("Hama", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:hama"
    assert "Homs" not in found[0].reason


def test_the_text_records_names_with_their_states() -> None:
    keys = context_keys("He grew up in Stearns County, Minn., and in Paris, Texas Governor Abbott said.")
    assert ("stearns county", "Minn.") in keys.stated  # type: ignore[attr-defined]
    assert ("paris", "Texas") in keys.stated  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Crowds marched in Hanover, Connecticut and Boston on Saturday.",
        "The tour calls at Hanover, Vermont ski towns and Leeds this winter.",
        "Storms closed airports in Hanover, Connecticut, Dublin and Oslo.",
    ],
)
def test_a_state_written_out_that_holds_no_namesake_is_a_lists_next_item(
    geo: OfflineGeocoder, text: str
) -> None:
    # no Hanover lies in Connecticut or Vermont: the state is the list's next item, not where
    # Hanover lies, and does not stand in for it
    # (a Hanover is the answer: the state named nearby may pull it to New Hampshire's)
    assert _best(geo, text, "Hanover").startswith("t:hanover-")


def test_an_abbreviated_state_stands_in_for_a_town_it_does_not_hold(geo: OfflineGeocoder) -> None:
    # "Conn." is never a list's next item: the state stands in for the town the gazetteer lacks
    assert _best(geo, "A barn burned in Hanover, Conn., on Sunday.", "Hanover") == "t:connecticut"
