"""The fifteenth session's geocoder rules: a distance and bearing ("55 km north of X") names a
reference point the place lies that far from, not a place enclosing it; a name's direction word
is no typo of another direction ("North Cotabato" is not South Cotabato)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.phrases import parse_query
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry, world
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {
    "AF": ("Afghanistan", "AFG", "AF"),
    "IR": ("Iran", "IRN", "IR"),
    "PH": ("Philippines", "PHL", "PH"),
    "SD": ("Sudan", "SDN", "SD"),
}


def _place(
    sid: str, name: str, lat: float, lon: float, feature: Feature, cc: str, admin1: str, pop: int
) -> Entry:
    place = Place(sid, name, lat, lon, feature, cc, admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(admin1, cc) if feature is Feature.CITY else (cc,))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # a province and its capital of the same name
        _place("t:qandor-province", "Qandor", 34.6, 69.4, Feature.ADMIN1, "AF", "Qandor", 900_000),
        _place("t:qandor", "Qandor", 34.5, 69.2, Feature.CITY, "AF", "Qandor", 600_000),
        # a small town about 50 km north of the capital, in the next province, and a bigger
        # namesake far away
        _place("t:tarzak-af", "Tarzak", 34.95, 69.25, Feature.CITY, "AF", "Parwan", 4_000),
        _place("t:tarzak-ir", "Tarzak", 35.7, 51.4, Feature.CITY, "IR", "Tehran", 40_000),
        # units named by a direction, and towns of the bare names
        _place("t:south-marabato", "South Marabato", 6.3, 124.8, Feature.ADMIN2, "PH", "Soccsk", 900_000),
        _place("t:marabato", "Marabato", 7.2, 124.2, Feature.CITY, "PH", "Bangsamoro", 300_000),
        _place(
            "t:western-sulawia",
            "Western Sulawia",
            -2.0,
            119.5,
            Feature.ADMIN1,
            "PH",
            "Western Sulawia",
            500_000,
        ),
        _place(
            "t:east-kassalina", "East Kassalina", 15.4, 36.4, Feature.ADMIN1, "SD", "East Kassalina", 800_000
        ),
        _place("t:kassalina", "Kassalina", 15.45, 36.4, Feature.CITY, "SD", "East Kassalina", 400_000),
    ]
    return [*entries, *country_entries(COUNTRIES)], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "fifteenth")


@pytest.mark.parametrize(
    ("query", "km"),
    [
        ("Tarzak, 50 km north of Qandor", 50.0),
        ("Tarzak village some 30 miles (48 km) north of Qandor", 30 * 1.609),
        ("the town of Tarzak, about 45 kilometres to the north of the city of Qandor", 45.0),
    ],
)
def test_a_distance_from_a_place_reads_it_as_a_reference_point(
    geo: OfflineGeocoder, query: str, km: float
) -> None:
    # the town that far from Qandor, not the bigger namesake elsewhere
    best = geo.geocode(query, limit=1)[0]
    assert best.place.source_id == "t:tarzak-af", best.reason
    parsed = parse_query(query)
    assert parsed.name == "Tarzak" and parsed.reach_km == pytest.approx(km)


@pytest.mark.parametrize(
    "query",
    [
        "Zirkabad village, 55 km north of Qandor",
        "an army post 40 km south-east of Qandor",
        "60 kilometers west of Qandor",
    ],
)
def test_an_unknown_place_measured_from_a_capital_stands_in_at_the_town(
    geo: OfflineGeocoder, query: str
) -> None:
    # the capital the distance is measured from, not the province of its name; farther than
    # "near" it, so no finer than a district
    best = geo.geocode(query, limit=1)[0]
    # (told with the way too, the point that far that way from it, with its entry as the source:
    # "t:qandor/55km-north", test_offset_from_town)
    assert best.place.source_id.split("/")[0] == "t:qandor", best.reason
    assert best.precision.where_prec == 3


@pytest.mark.parametrize(
    ("query", "wrong"),
    [
        ("North Marabato", "t:south-marabato"),
        ("Eastern Sulawia", "t:western-sulawia"),
        ("fighting in West Kassalina", "t:east-kassalina"),
    ],
)
def test_a_direction_word_is_no_typo_of_another_direction(
    geo: OfflineGeocoder, query: str, wrong: str
) -> None:
    found = geo.geocode(query, limit=3)
    assert wrong not in [c.place.source_id for c in found], [c.reason for c in found]


@pytest.mark.parametrize("query", ["South Marabato", "South Marabato, Philippines", "Soth Marabato"])
def test_the_same_direction_still_reads_the_unit(geo: OfflineGeocoder, query: str) -> None:
    assert geo.geocode(query, limit=1)[0].place.source_id == "t:south-marabato"


def test_the_people_of_a_country_named_by_english_adjectives(settings: Settings) -> None:
    peoples = world.demonyms(settings.data_dir)
    assert {"Bosnian", "Herzegovinian"} <= set(peoples["BA"])  # the data lists two
    assert "Philippine" in peoples["PH"]  # the data says Filipino
    assert (
        {"Uzbek", "Uzbeks"} <= set(peoples["UZ"]) and "Tajik" in peoples["TJ"] and "Kazakh" in peoples["KZ"]
    )
    # a name whose s is no plural's, and a stem too short to be a people's name, make none
    assert "Cypru" not in peoples["CY"] and "Pak" not in peoples["PK"]


def _adjectives_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    peoples = world.demonyms(settings.data_dir)
    countries = {
        cc: (*names, *peoples[cc])
        for cc, names in {
            "PH": ("Philippines", "PHL", "PH"),
            "US": ("United States", "USA", "US"),
            "BA": ("Bosnia and Herzegovina", "BIH", "BA"),
            "TR": ("Turkey", "TUR", "TR"),
            "UZ": ("Uzbekistan", "UZB", "UZ"),
            "RU": ("Russia", "RUS", "RU"),
        }.items()
    }
    entries = [
        # namesakes: the bigger one abroad
        _place("t:sanlorenzo-ph", "San Lorenzo", 12.3, 123.1, Feature.CITY, "PH", "Masbate", 30_000),
        _place("t:sanlorenzo-us", "San Lorenzo", 37.7, -122.1, Feature.CITY, "US", "California", 90_000),
        _place("t:tuzlak-ba", "Tuzlak", 44.5, 18.7, Feature.CITY, "BA", "Tuzla Canton", 20_000),
        _place("t:tuzlak-tr", "Tuzlak", 40.8, 29.3, Feature.CITY, "TR", "Istanbul", 80_000),
        _place("t:nurabad-uz", "Nurabad", 39.6, 66.3, Feature.CITY, "UZ", "Samarqand", 10_000),
        _place("t:nurabad-ru", "Nurabad", 55.0, 50.0, Feature.CITY, "RU", "Tatarstan", 60_000),
    ]
    return [*entries, *country_entries(countries)], countries


@pytest.fixture(scope="module")
def peoples_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_adjectives_collector, "fifteenth-peoples")


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "San Lorenzo",
            "Philippine troops clashed with rebels near San Lorenzo on Monday.",
            "t:sanlorenzo-ph",
        ),
        ("Tuzlak", "Bosnian police said two men were arrested in Tuzlak.", "t:tuzlak-ba"),
        ("Nurabad", "Uzbek border guards said the flood reached Nurabad overnight.", "t:nurabad-uz"),
    ],
)
def test_a_peoples_adjective_english_makes_puts_its_country_in_focus(
    peoples_geo: OfflineGeocoder, name: str, text: str, expected: str
) -> None:
    assert peoples_geo.geocode(name, limit=1)[0].place.source_id != expected  # the bigger abroad alone
    best = peoples_geo.geocode(name, keys=context_keys(text), limit=1)[0]
    assert best.place.source_id == expected, best.reason


@pytest.mark.parametrize(
    ("query", "name", "reach"),
    [
        # a thousands separator is no decimal point
        ("Kidal, 1,200 km north-east of Bamako", "Kidal", 1200.0),
        ("Tamanrasset, some 1,900 kilometres south of Algiers", "Tamanrasset", 1900.0),
        ("Bossaso, 1,100 miles north of Mogadishu", "Bossaso", 1100 * 1.609),
        ("Sangin, 1,5 km from the town of Gereshk", "Sangin", 1.5),
    ],
)
def test_a_distance_in_thousands_is_read_whole(query: str, name: str, reach: float) -> None:
    parsed = parse_query(query)
    assert parsed.name.endswith(name)
    assert parsed.reach_km == pytest.approx(reach)


@pytest.mark.parametrize(
    "query",
    [
        "Tal Tamr, 10 miles from the border",
        "Qamishli, 5 km from the Turkish border",
        "Harim, 20 km from the front line",
        "Jableh, 3 km from the coast",
    ],
)
def test_a_distance_from_a_thing_names_no_place_to_measure_from(query: str) -> None:
    parsed = parse_query(query)
    assert parsed.name == query.split(",")[0]
    assert parsed.parents == ()
    assert parsed.reach_km == 0.0
