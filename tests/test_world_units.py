"""First-level units: those only GeoNames' own file names, what their people are called, a
province that lends its name to its capital, and a state's name inside a longer one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry, geonames
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings


def test_units_the_cities_data_names_none_of_take_geonames_own_name() -> None:
    towns = [
        ("SD", "49", 500_000),
        ("SD", "55", 300_000),
        ("SD", "49", 380_000),
        ("KE", "39", 12_000),
        ("KE", "39", 9_000),
        ("UA", "18", 300_000),
        ("XX", "01", 90_000),  # no name anywhere
        ("IM", "85", 900),  # a parish: too small to be named in the news
    ]
    named = {("SD", "55"): "Northern Darfur"}
    own = {
        ("SD", "49"): ("Southern Darfur",),
        ("SD", "55"): ("Shamal Darfur",),
        ("KE", "39"): ("Nakuru County",),
        ("UA", "18"): ("Poltava",),
        ("IM", "85"): ("Michael",),
    }
    found = geonames.unnamed_units(towns, named, own)
    assert found == {
        ("SD", "49"): ("Southern Darfur",),
        ("KE", "39"): ("Nakuru County",),
        ("UA", "18"): ("Poltava",),
    }


@pytest.mark.parametrize(
    ("query", "unit"),
    [
        ("South Darfur", "Southern Darfur"),  # before: no entry for the unit at all
        ("Nakuru", "Nakuru County"),
        ("Poltava", "Poltava"),
    ],
)
def test_a_unit_named_only_by_geonames_is_found(geocoder: OfflineGeocoder, query: str, unit: str) -> None:
    found = geocoder.geocode(query, limit=3)
    assert any(c.place.feature is Feature.ADMIN1 and c.place.name == unit for c in found)


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Minnesota", {"Minnesotan", "Minnesotans"}),
        ("Ohio", {"Ohioan", "Ohioans"}),
        ("Ontario", {"Ontarian", "Ontarians"}),
        ("Texas", {"Texan", "Texans"}),
        ("Kentucky", {"Kentuckian"}),
        ("Tennessee", {"Tennessean"}),
        ("New York", {"New Yorker", "New Yorkers"}),
        ("Florida", {"Floridian"}),
        ("Hawaii", {"Hawaiian"}),
    ],
)
def test_a_state_s_people_are_named_by_the_usual_english_endings(name: str, forms: set[str]) -> None:
    assert forms <= set(geonames.people_of(name))


@pytest.mark.parametrize(
    ("query", "text", "unit"),
    [
        ("Minnesotans", "Minnesotans will pay more for gas next year, the budget office said.", "Minnesota"),
        ("Ohioans", "About 40,000 Ohioans lost their jobs in March.", "Ohio"),
        ("Texan", "The Texan rancher sold his herd at the county fair.", "Texas"),
        ("Ontarians", "Ontarians head to the polls on Thursday.", "Ontario"),
    ],
)
def test_what_a_state_s_people_are_called_names_the_state(
    geocoder: OfflineGeocoder, query: str, text: str, unit: str
) -> None:
    found = geocoder.geocode(query, keys=context_keys(text), limit=1)
    assert found and found[0].place.feature is Feature.ADMIN1 and found[0].place.name == unit


@pytest.mark.parametrize(
    "text",
    [
        "Georgian troops shelled the town, officials in Tbilisi said.",
        "A Georgian court sentenced him on Monday.",
        "The Georgian government in Tbilisi asked the US for help.",
    ],
)
def test_a_country_s_people_stay_the_country_s(geocoder: OfflineGeocoder, text: str) -> None:
    found = geocoder.geocode("Georgian", keys=context_keys(text), limit=1)
    assert found and found[0].place.feature is Feature.COUNTRY and found[0].place.country_code == "GE"


COUNTRIES = {
    "US": ("United States", "USA", "US"),
    "EG": ("Egypt", "EGY", "EG"),
    "RU": ("Russia", "RUS", "RU"),
    "GB": ("United Kingdom", "GBR", "GB"),
    "AU": ("Australia", "AUS", "AU"),
    "JP": ("Japan", "JPN", "JP"),
    "UA": ("Ukraine", "UKR", "UA"),
    "ES": ("Spain", "ESP", "ES"),
}


def _unit(sid: str, name: str, lat: float, lon: float, cc: str) -> Entry:
    return Entry(Place(sid, name, lat, lon, Feature.ADMIN1, cc, name), names=(name,), ancestry=(cc,))


def _town(sid: str, name: str, lat: float, lon: float, cc: str, admin1: str, pop: int, *more: str) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, cc, admin1, population=pop)
    return Entry(place=place, names=(name, *more), ancestry=(admin1, cc))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # A governorate named after its capital, the biggest town in it.
        _unit("t:alexandria-gov", "Alexandria", 30.9, 29.7, "EG"),
        _town("t:alexandria-eg", "Alexandria", 31.2, 29.9, "EG", "Alexandria", 4_000_000),
        _town("t:borg", "Borg El Arab", 30.9, 29.6, "EG", "Alexandria", 50_000),
        _unit("t:virginia", "Virginia", 37.5, -78.8, "US"),
        _town("t:alexandria-va", "Alexandria", 38.80, -77.05, "US", "Virginia", 150_000),
        _unit("t:minnesota", "Minnesota", 46.3, -94.3, "US"),
        _town("t:alexandria-mn", "Alexandria", 45.88, -95.38, "US", "Minnesota", 13_000),
        # A province and its capital; a town that once had the name (an alternate name only).
        _unit("t:moscow-obl", "Moscow", 55.5, 37.5, "RU"),
        _town("t:moscow", "Moscow", 55.75, 37.62, "RU", "Moscow", 10_000_000),
        _town("t:dalton", "Dalton", 40.80, -81.70, "US", "Ohio", 1_500, "Moscow"),
        _unit("t:ohio", "Ohio", 40.3, -82.8, "US"),
        # A state whose name is a word of another country's state ("New South Wales").
        _unit("t:wales", "Wales", 52.3, -3.7, "GB"),
        _unit("t:nsw", "New South Wales", -32.0, 147.0, "AU"),
        _unit("t:qld", "Queensland", -22.5, 144.5, "AU"),
        _town("t:warwick-gb", "Warwick", 52.28, -1.58, "GB", "England", 37_000),
        _town("t:warwick-au", "Warwick", -28.21, 152.03, "AU", "Queensland", 15_000),
        _town("t:warwick-wa", "Warwick", -31.84, 115.81, "AU", "Western Australia", 3_600),
    ]
    entries += [
        # Units the news names with a kind word the query parser does not read.
        _unit("t:akita-pref", "Akita", 39.7, 140.4, "JP"),
        _town("t:akita", "Akita", 39.72, 140.10, "JP", "Akita", 300_000),
        _unit("t:sverdlovsk", "Sverdlovsk", 58.6, 61.5, "RU"),
        _unit("t:poltava-obl", "Poltava", 49.6, 34.0, "UA"),
        _town("t:poltava", "Poltava", 49.59, 34.55, "UA", "Poltava", 290_000),
        _town("t:grand", "Grande", 40.0, -3.0, "ES", "Madrid", 9_000),
    ]
    return [*entries, *country_entries(COUNTRIES)], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "world-units")


def _best(geo: OfflineGeocoder, name: str, text: str) -> str:
    found = geo.geocode(name, keys=context_keys(text), limit=1)
    return found[0].place.source_id if found else ""


@pytest.mark.parametrize(
    "text",
    [
        "Alexandria police said the fire started near the Minnesota state line.",
        "The Alexandria school board in Minnesota cut its budget.",
        "Alexandria officials asked Minnesota lawmakers for the money.",
    ],
)
def test_a_province_named_after_its_capital_does_not_take_the_name_from_namesakes(
    geo: OfflineGeocoder, text: str
) -> None:
    # Before, Egypt's governorate owned "Alexandria" like a state: the Minnesotan town needed a
    # clue finer than its state, and the bigger Alexandria, Virginia won.
    assert _best(geo, "Alexandria", text) == "t:alexandria-mn"


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said the US talks were a waste of time.",
        "Officials in Moscow and the US signed the deal.",
        "Moscow: a US delegation arrived on Monday.",
    ],
)
def test_a_town_that_has_the_name_only_as_another_name_still_borrows_it(
    geo: OfflineGeocoder, text: str
) -> None:
    assert _best(geo, "Moscow", text) == "t:moscow"


@pytest.mark.parametrize(
    "text",
    [
        "Horses fell ill in New South Wales, and the outbreak may have spread to Warwick.",
        "Warwick, a town near the New South Wales border, cancelled its show.",
        "New South Wales closed the border; Warwick waits.",
    ],
)
def test_a_state_named_only_inside_a_longer_name_is_no_clue(geo: OfflineGeocoder, text: str) -> None:
    # Before, "Wales" of "New South Wales" put Britain in focus and the English Warwick won.
    assert _best(geo, "Warwick", text) == "t:warwick-au"


def test_a_state_named_on_its_own_is_still_a_clue(geo: OfflineGeocoder) -> None:
    assert _best(geo, "Warwick", "Warwick lies in the English Midlands, not in Wales.") == "t:warwick-gb"


@pytest.mark.parametrize(
    ("query", "text", "want"),
    [
        ("Akita Prefecture", "Bird flu was found at a farm in Akita Prefecture.", "t:akita-pref"),
        ("Sverdlovsk Oblast", "Floods hit villages across Sverdlovsk Oblast on Monday.", "t:sverdlovsk"),
        ("Poltava Oblast", "The governor of Poltava Oblast ordered schools closed.", "t:poltava-obl"),
    ],
)
def test_a_unit_named_with_a_kind_word_the_parser_does_not_read_is_the_unit(
    geo: OfflineGeocoder, query: str, text: str, want: str
) -> None:
    # Before, no place had the whole name, and nothing was found.
    assert _best(geo, query, text) == want


def test_an_unknown_name_before_a_kind_word_is_no_typo_reading(geo: OfflineGeocoder) -> None:
    assert _best(geo, "Grand Department", "Fires burned in Grand Department.") == ""


def _people_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    countries = {"US": ("United States", "USA", "US"), "CA": ("Canada", "CAN", "CA")}
    province = Place("t:ontario-prov", "Ontario", 49.4, -85.0, Feature.ADMIN1, "CA", "Ontario")
    state = Place("t:california", "California", 37.2, -119.4, Feature.ADMIN1, "US", "California")
    entries = [
        Entry(province, names=("Ontario",), ancestry=("CA",), loose_names=geonames.people_of("Ontario")),
        Entry(state, names=("California",), ancestry=("US",), loose_names=geonames.people_of("California")),
        # A city named like the province, beside a town named in the texts below.
        _town("t:ontario-ca", "Ontario", 34.06, -117.65, "US", "California", 175_000),
        _town("t:upland", "Upland", 34.10, -117.65, "US", "California", 77_000),
    ]
    return [*entries, *country_entries(countries)], countries


@pytest.fixture(scope="module")
def people_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_people_collector, "world-people")


@pytest.mark.parametrize(
    "text",
    [
        "Ontarians will vote in June; the Ontario premier toured Upland Farms on Friday.",
        "Ontario raised its minimum wage, and Ontarians at the Upland Mall welcomed it.",
        "Most Ontarians back the plan, Ontario officials told the Upland Journal.",
    ],
)
def test_what_a_province_s_people_are_called_puts_its_country_in_focus(
    people_geo: OfflineGeocoder, text: str
) -> None:
    # Before, nothing in the text named Canada, and the Californian city beside "Upland" won.
    assert _best(people_geo, "Ontario", text) == "t:ontario-prov"
