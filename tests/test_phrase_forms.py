"""Place phrases as reports write them: a parent's direction before its countryside ("northern
Aleppo countryside"), the road or border a place lies on, "the area around X", and a region the
gazetteer holds as a point ("Eastern Ghouta") as a parent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, stands_in
from incident_explorer.places.phrases import parse_query
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"SY": ("Syria", "SYR")}


@pytest.mark.parametrize(
    ("query", "parent"),
    [
        ("Tal Rifaat, northern Aleppo countryside", "Aleppo"),
        ("Harasta, the eastern Damascus suburbs", "Damascus"),
        ("Western Hama countryside: Kafr Zita", "Hama"),
        ("Khirbet Ghazaleh, south-eastern Daraa countryside", "Daraa"),
    ],
)
def test_a_direction_before_a_parent_s_countryside_is_no_part_of_its_name(query: str, parent: str) -> None:
    assert parse_query(query).parents == (parent,)


@pytest.mark.parametrize(
    ("query", "parent"),
    [
        # a region's own name keeps its direction word: no countryside follows it
        ("Ain Tarma, Eastern Ghouta", "Eastern Ghouta"),
        ("Mleiha, West Bank", "West Bank"),
        ("Douma, Rural Damascus", "Rural Damascus"),
        # ... nor does a capitalised direction in a country's or state's name
        ("Juba in South Sudan", "South Sudan"),
        ("Charleston in West Virginia", "West Virginia"),
        ("Dili in East Timor", "East Timor"),
        ("Harasta, Damascus Suburbs", "Damascus"),
    ],
)
def test_a_parent_without_countryside_keeps_its_words(query: str, parent: str) -> None:
    assert parse_query(query).parents == (parent,)


@pytest.mark.parametrize(
    ("query", "name", "near"),
    [
        ("Abu Kamal city on the Iraqi border", "Abu Kamal", False),
        ("Jarablus on the Turkish frontier", "Jarablus", False),
        ("Tell Abyad on the border with Turkey", "Tell Abyad", False),
        ("Saraqib on the M5 highway", "Saraqib", False),
        ("near Saraqib on the Aleppo-Damascus highway", "Saraqib", True),
        ("Khan Shaykhun town on the Hama-Idlib road", "Khan Shaykhun", False),
    ],
)
def test_the_line_a_place_lies_on_is_left_out(query: str, name: str, near: bool) -> None:
    parsed = parse_query(query)
    assert (parsed.name, parsed.near, parsed.parents) == (name, near, ())


@pytest.mark.parametrize(
    ("query", "name"),
    [
        # a name that merely ends in such a word, and roads named by their ends, are as before
        ("Walton on the Naze", "Walton on the Naze"),
        ("Road between Ariha and Jisr ash Shughur", "Ariha"),
        ("Khanasir - Ithriya road", "Khanasir"),
    ],
)
def test_other_on_phrases_and_roads_are_read_as_before(query: str, name: str) -> None:
    assert parse_query(query).name == name


@pytest.mark.parametrize(
    "query",
    [
        "the area around Maarat al-Numan",
        "villages around Maarat al-Numan",
        "the countryside near Maarat al-Numan",
    ],
)
def test_the_area_around_a_place_is_near_it(query: str) -> None:
    parsed = parse_query(query)
    assert (parsed.name, parsed.near) == ("Maarat al-Numan", True)


def _entry(sid: str, name: str, lat: float, lon: float, feature: Feature, admin1: str, pop: int = 0) -> Entry:
    place = Place(sid, name, lat, lon, feature, "SY", admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(admin1, *COUNTRIES["SY"]))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _entry("t:ghouta", "Eastern Ghouta", 33.52, 36.44, Feature.REGION, "Rural Damascus"),
        # a town of the region (7 km from its point), and a bigger namesake far away
        _entry("t:douma", "Douma", 33.57, 36.40, Feature.CITY, "Rural Damascus", 1_000),
        _entry("t:douma-hama", "Douma", 35.34, 37.00, Feature.CITY, "Hama", 50_000),
        # a town of the same province 55 km from the region's point
        _entry("t:nabk", "Nabk", 33.93, 36.80, Feature.CITY, "Rural Damascus", 30_000),
        _entry("t:rural-damascus", "Rural Damascus", 33.49, 37.39, Feature.ADMIN1, "Rural Damascus"),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "phrase-forms")


@pytest.mark.parametrize(
    "query", ["Douma, Eastern Ghouta", "Douma town in Eastern Ghouta", "Eastern Ghouta: Douma"]
)
def test_a_region_held_as_a_point_encloses_the_towns_around_it(geocoder: OfflineGeocoder, query: str) -> None:
    for country in ("SY", None):
        found = geocoder.geocode(query, country=country, limit=1)
        assert found and found[0].place.source_id == "t:douma", (query, country)
        assert not stands_in(found[0])


@pytest.mark.parametrize(
    "query", ["Nabk, Eastern Ghouta", "Nabk town in Eastern Ghouta", "Eastern Ghouta: Nabk"]
)
def test_a_town_far_from_the_region_s_point_is_not_in_it(geocoder: OfflineGeocoder, query: str) -> None:
    found = geocoder.geocode(query, country="SY", limit=1)
    assert found and found[0].place.source_id == "t:ghouta" and stands_in(found[0])


@pytest.mark.parametrize(
    ("query", "name", "parent"),
    [
        ("Harasta in the eastern suburbs of Damascus", "Harasta", "Damascus"),
        ("Jobar in the eastern district of Damascus", "Jobar", "Damascus"),
        ("Khalidiya in the western neighbourhoods of Homs", "Khalidiya", "Homs"),
        ("Waer district in the west of Homs city", "Waer", "Homs city"),
        ("Tadamon neighbourhood in the south of Damascus", "Tadamon", "Damascus"),
    ],
)
def test_a_place_in_a_part_of_its_parent(query: str, name: str, parent: str) -> None:
    parsed = parse_query(query)
    assert (parsed.name, parsed.parents, parsed.near) == (name, (parent,), False)


@pytest.mark.parametrize(
    ("query", "name", "parent"),
    [
        ("the Jobar district of Damascus", "Jobar", "Damascus"),
        ("Kafr Nabl town in the southern countryside of Idlib", "Kafr Nabl", "Idlib"),
        ("Kafr Nabl village west of Idlib", "Kafr Nabl", "Idlib"),
        ("the Sheikh Maqsoud neighbourhood of Aleppo", "Sheikh Maqsoud", "Aleppo"),
    ],
)
def test_a_kind_of_its_parent_reads_as_before(query: str, name: str, parent: str) -> None:
    parsed = parse_query(query)
    assert (parsed.name, parsed.parents) == (name, (parent,))
