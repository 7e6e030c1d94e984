"""Big places against towns that share their name: priors and what focus is worth to each."""

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

COUNTRIES = {"US": ("United States", "USA", "US"), "CA": ("Canada", "CAN", "CA")}


def _place(sid: str, name: str, feature: Feature, cc: str, admin1: str = "", pop: int = 0) -> Entry:
    place = Place(sid, name, 40.0, -90.0, feature, cc, admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=tuple(a for a in (admin1, cc) if a))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # A province, and a sizeable town abroad with its name.
        _place("t:northmark-province", "Northmark", Feature.ADMIN1, "CA", "Northmark"),
        _place("t:northmark-town", "Northmark", Feature.CITY, "US", "Riverside", 170_000),
        # A sea, and a village named after it in a country a text may be about.
        _place("t:velt-sea", "Velt", Feature.WATER, ""),
        _place("t:velt-town", "Velt", Feature.CITY, "US", "Riverside", 3_000),
        # A state, a town of its name inside it and towns a text may name there.
        _place("t:ridgeland-state", "Ridgeland", Feature.ADMIN1, "US", "Ridgeland"),
        _place("t:ridgeland-town", "Ridgeland", Feature.CITY, "US", "Ridgeland", 40_000),
        _place("t:dover", "Dover", Feature.CITY, "US", "Ridgeland", 30_000),
        _place("t:milton", "Milton", Feature.CITY, "US", "Ridgeland", 20_000),
        # Two Milfords: the larger in a Ridgeland County of another state, the smaller in the
        # state of Ridgeland.
        Entry(
            Place(
                "t:milford-county", "Milford", 41.0, -80.0, Feature.CITY, "US", "Lakeshire", population=30_000
            ),
            names=("Milford",),
            ancestry=("Ridgeland County", "Ridgeland", "Lakeshire", "US"),
        ),
        Entry(
            Place(
                "t:milford-state", "Milford", 40.0, -90.0, Feature.CITY, "US", "Ridgeland", population=10_000
            ),
            names=("Milford",),
            ancestry=("Oak County", "Oak", "Ridgeland", "US"),
        ),
        # A town named like a foreign country.
        _place("t:canada-town", "Canada", Feature.CITY, "US", "Riverside", 12_000),
    ]
    countries = country_entries(COUNTRIES)
    return [*entries, *countries], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "priors")


@pytest.mark.parametrize(
    "text",
    [
        "Northmark officials said the harvest came in late this year.",
        "Floods hit Northmark again; farmers counted the losses.",
        "The minister flew to Northmark on Tuesday.",
    ],
)
def test_a_province_beats_a_large_town_of_its_name_with_no_clue(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Northmark", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:northmark-province"


@pytest.mark.parametrize(
    "text",
    [
        "United States Navy ships crossed the Velt on Monday.",
        "Fishermen from the USA said the Velt was rough this week.",
        "A storm over the Velt delayed United States cargo flights.",
    ],
)
def test_a_village_named_like_a_sea_is_not_it_for_lying_in_the_country_in_focus(
    geo: OfflineGeocoder, text: str
) -> None:
    found = geo.geocode("Velt", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:velt-sea"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Ridgeland, Dover and Milton closed the schools.",
        "Milton and Dover sent firefighters to Ridgeland.",
    ],
)
def test_a_town_inside_its_namesake_state_keeps_its_state_as_a_clue(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Ridgeland", keys=context_keys(text), limit=5)
    town = next(c for c in found if c.place.source_id == "t:ridgeland-town")
    assert "Ridgeland in focus" in town.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ridgeland lawmakers said Milford would get a new school.",
        "The storm crossed Ridgeland overnight; Milford lost power.",
    ],
)
def test_a_county_named_like_a_state_counts_only_written_as_a_county(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Milford", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:milford-state"


def test_the_county_written_out_still_counts(geo: OfflineGeocoder) -> None:
    text = "Ridgeland County deputies closed a road near Milford."
    found = geo.geocode("Milford", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:milford-county"


@pytest.mark.parametrize(
    "text",
    [
        "United States officials said trade across the northern border would grow.",
        "Flights from the USA were cancelled on Friday.",
        "The United States signed the water treaty with its northern neighbour.",
    ],
)
def test_a_foreign_country_named_in_a_text_about_another_is_still_the_country(
    geo: OfflineGeocoder, text: str
) -> None:
    # The name comes from elsewhere (a headline, a caption); the text is about the US.
    found = geo.geocode("Canada", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:CA"


def _phrase_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # Villages with no population figure, and towns abroad whose names join theirs to a kind word.
        _place("t:hayt", "Hayt", Feature.CITY, "SY", "Daraa"),
        _place("t:haytown", "Haytown", Feature.CITY, "US", "Riverside", 2_400),
        _place("t:bayt", "Bayt", Feature.CITY, "SY", "Hama"),
        _place("t:baytown", "Baytown", Feature.CITY, "US", "Riverside", 75_000),
    ]
    return entries, {"SY": ("Syria", "SYR", "SY"), **COUNTRIES}


@pytest.fixture(scope="module")
def phrase_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_phrase_collector, "phrases")


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Hayt town", "t:hayt"), ("Hayt Town", "t:hayt"), ("Bayt town", "t:bayt")],
)
def test_the_whole_phrase_counts_only_as_a_very_name(
    phrase_geo: OfflineGeocoder, query: str, expected: str
) -> None:
    found = phrase_geo.geocode(query, limit=1)
    assert found[0].place.source_id == expected


def _variant_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # Villages with no population figure, each with a big town abroad that a misspelling
        # of the village's name is one letter away from.
        _place("t:suhjan", "Suhjan", Feature.CITY, "SY", "Hama"),
        _place("t:sahjban", "Sahjban", Feature.CITY, "QA", "Doha", 100_000),
        _place("t:kanayis", "Kanayis", Feature.CITY, "SY", "Idlib"),
        _place("t:kanayest", "Kanayest", Feature.CITY, "JP", "Kumamoto", 100_000),
    ]
    countries = {"SY": ("Syria", "SYR", "SY"), "QA": ("Qatar", "QAT", "QA"), "JP": ("Japan", "JPN", "JP")}
    return entries, countries


@pytest.fixture(scope="module")
def variant_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_variant_collector, "variants")


@pytest.mark.parametrize(
    ("query", "village"), [("Sahjan", "t:suhjan"), ("Sahjan village", "t:suhjan"), ("Kanayes", "t:kanayis")]
)
def test_a_misspelt_village_is_not_a_big_town_for_its_size(
    variant_geo: OfflineGeocoder, query: str, village: str
) -> None:
    found = variant_geo.geocode(query, limit=1)
    assert found[0].place.source_id == village


def _at(sid: str, name: str, cc: str, lat: float, lon: float, pop: int = 0) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, cc, "", population=pop)
    return Entry(place=place, names=(name,), ancestry=(cc,))


def _village_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # A town and a village of one name in one country, a town abroad and a village spelt
        # otherwise, and a small town beside a village of its name.
        _at("t:sulaym-town", "Kafr Sulaym", "SY", 35.0, 36.5, 60_000),
        _at("t:sulaym-village", "Kafr Sulaym", "SY", 36.4, 37.9),
        _at("t:marandun-city", "Marandun", "IR", 38.4, 45.8, 60_000),
        _at("t:marandun-village", "Mar`andun", "SY", 36.2, 37.0),
        _at("t:hamrun-town", "Hamrun", "SY", 34.0, 36.0, 8_000),
        _at("t:hamrun-village", "Hamrun", "SY", 33.0, 35.9),
    ]
    countries = {"SY": ("Syria", "SYR", "SY"), "IR": ("Iran", "IRN", "IR")}
    return entries, countries


@pytest.fixture(scope="module")
def village_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_village_collector, "villages")


@pytest.mark.parametrize(
    ("query", "country", "expected"),
    [
        ("Kafr Sulaym village", "SY", "t:sulaym-village"),
        ("Kfar Sulaym village", "SY", "t:sulaym-village"),
        ("kafr sulaym Village in Idlib", "SY", "t:sulaym-village"),
        ("Marandun village", None, "t:marandun-village"),
        ("Mar'andun village", None, "t:marandun-village"),
        # What the query does not call a village is read by size as before.
        ("Kafr Sulaym town", "SY", "t:sulaym-town"),
        ("Kafr Sulaym", "SY", "t:sulaym-town"),
        ("Marandun", None, "t:marandun-city"),
        # A town under 20,000 people may be what a report calls a village.
        ("Hamrun village", "SY", "t:hamrun-town"),
    ],
)
def test_what_a_query_calls_a_village_is_not_a_big_town(
    village_geo: OfflineGeocoder, query: str, country: str | None, expected: str
) -> None:
    found = village_geo.geocode(query, country=country, limit=1)
    assert found[0].place.source_id == expected


def _unit(sid: str, name: str, feature: Feature, lat: float, lon: float) -> Entry:
    return Entry(place=Place(sid, name, lat, lon, feature, "SY", ""), names=(name,), ancestry=("SY",))


def _seat_collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    def village(
        sid: str, name: str, lat: float, lon: float, *within: str, pop: int = 0, aka: int = 0
    ) -> Entry:
        place = Place(sid, name, lat, lon, Feature.CITY, "SY", "", population=pop)
        spellings = tuple(f"{name} {n}" for n in ("Sughra", "Kubra", "Wusta")[:aka])
        return Entry(place=place, names=(name, *spellings), ancestry=(*within, "SY"))

    # Each hamlet comes first and has more names (the better-known lean): without the rule it wins.
    entries = [
        # A sub-district named after its seat, a hamlet of the same name elsewhere and the seat
        # (no population known for either).
        _unit("t:qarbun-unit", "Qarbun", Feature.ADMIN3, 36.7, 36.8),
        village("t:qarbun-hamlet", "Qarbun", 35.0, 40.0, "Markaz Sahil", "Sahil", aka=3),
        village("t:qarbun-seat", "Qarbun", 36.72, 36.82, "Qarbun", "Jaddah"),
        # A district whose seat is spelt otherwise than the unit ("Tall Nisrin" / "Tal Nisreen").
        _unit("t:nisrin-unit", "Tal Nisreen", Feature.ADMIN2, 34.0, 37.0),
        village("t:nisrin-hamlet", "Tall Nisrin", 33.0, 36.0, "Busra", aka=3),
        village("t:nisrin-seat", "Tall Nisrin", 34.1, 37.1, "Tal Nisreen", "Hawran"),
        # A town whose population is known keeps its own prior, unit or not.
        _unit("t:walid-unit", "Walid", Feature.ADMIN3, 35.5, 38.0),
        village("t:walid-seat", "Walid", 35.52, 38.02, "Walid", pop=600),
        village("t:walid-town", "Walid", 32.5, 36.5, "Darb", pop=25_000),
    ]
    return entries, {"SY": ("Syria", "SYR", "SY")}


@pytest.fixture(scope="module")
def seat_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    geo = geocoder_from(_seat_collector, "seats")
    return geo


@pytest.mark.parametrize(
    ("query", "country", "expected"),
    [
        ("Qarbun town", "SY", "t:qarbun-seat"),
        ("Qarbun village", None, "t:qarbun-seat"),
        ("Qarbun", "SY", "t:qarbun-seat"),
        ("Tall Nisrin", "SY", "t:nisrin-seat"),
        ("Tel Nisreen town", "SY", "t:nisrin-seat"),
        # Known sizes are not overruled: the town of 25,000 beats the seat of 600.
        ("Walid town", "SY", "t:walid-town"),
        # A query for the unit is answered by the unit.
        ("Qarbun sub-district", "SY", "t:qarbun-unit"),
        ("Tal Nisreen district", "SY", "t:nisrin-unit"),
    ],
)
def test_a_units_seat_of_unknown_size_is_a_town_not_a_namesake_hamlet(
    seat_geo: OfflineGeocoder, query: str, country: str | None, expected: str
) -> None:
    found = seat_geo.geocode(query, country=country, limit=3)
    assert found[0].place.source_id == expected
