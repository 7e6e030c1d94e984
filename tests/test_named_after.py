"""A place named after another ("Jabal Tiyas", "Baghuz at-Tahtani", "New Zeyzoun dam") that the
gazetteer lacks is answered at the place it is named after, near it; a mountain or hill named with
an English kind word is also asked the Arabic way ("Al Noba mount" = Jabal an-Nawbah); and a part
of a governorate that is a place of its own ("Eastern Hamah") is that place."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, stands_in
from incident_explorer.places.phrases import named_after, parse_query
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"SY": ("Syria", "SYR"), "JO": ("Jordan", "JOR")}


@pytest.mark.parametrize(
    ("name", "after"),
    [
        ("Jabal Tiyas", "Tiyas"),
        ("Jebel al-Arbain", "al-Arbain"),
        ("Baghuz at-Tahtani", "Baghuz"),
        ("Qasr al Hayr Gharbi", "Qasr al Hayr"),
        ("Sawarah al-Kebirah", "Sawarah"),
        ("Kabsh Sharqi", "Kabsh"),
        ("New Zeyzoun", "Zeyzoun"),
        ("Former Al Mayadin", "Al Mayadin"),
        ("Western Ghariyah", "Ghariyah"),
    ],
)
def test_the_place_a_name_is_made_from(name: str, after: str) -> None:
    assert named_after(name) == after


@pytest.mark.parametrize(
    "name",
    ["Tiyas", "Tall Abyad", "Newport", "Jabal", "Jadidah", "Al Jadid", "Sharqi", "Old Ba"],
)
def test_a_name_made_from_no_other(name: str) -> None:
    assert named_after(name) == ""


@pytest.mark.parametrize(
    ("query", "alternative"),
    [
        ("Al Noba mount", "Jabal Al Noba"),
        ("Barsaya mountain", "Jabal Barsaya"),
        ("Dahr al Aswad mountains", "Jabal Dahr al Aswad"),
        ("Sakhr hill", "Tall Sakhr"),
    ],
)
def test_a_mountain_or_hill_is_also_asked_the_arabic_way(query: str, alternative: str) -> None:
    assert alternative in parse_query(query).alternatives


@pytest.mark.parametrize("query", ["Tall Sakhr hill", "Jabal Tiyas mountain", "Tell Kharouf hill"])
def test_a_name_with_its_arabic_head_gets_no_second_one(query: str) -> None:
    assert not any(a.lower().startswith(("jabal ", "tall ")) for a in parse_query(query).alternatives[1:])


def _entry(sid: str, name: str, lat: float, lon: float, admin1: str, cc: str = "SY") -> Entry:
    feature = Feature.REGION if name.startswith("Eastern") else Feature.CITY
    place = Place(sid, name, lat, lon, feature, cc, admin1)
    return Entry(place=place, names=(name,), ancestry=(admin1, *COUNTRIES[cc]))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _entry("t:tiyas", "Tiyas", 34.52, 37.63, "Homs"),
        _entry("t:baghuz", "Baghuz", 34.43, 40.99, "Deir ez-Zor"),
        _entry("t:zayzun", "Zayzun", 35.71, 36.36, "Hama"),
        _entry("t:mayadin", "Al Mayadin", 35.02, 40.45, "Deir ez-Zor"),
        _entry("t:nawbah", "Jabal Nawbah", 35.65, 36.02, "Latakia"),
        _entry("t:akrad-mountain", "Jabal al Akrad", 35.70, 36.10, "Latakia"),
        _entry("t:akrad", "Al Akrad", 35.80, 36.20, "Latakia"),
        _entry("t:duwaylah", "Ad Duwaylah", 36.20, 36.60, "Idlib"),
        _entry("t:eastern-hamah", "Eastern Hamah", 35.20, 37.50, "Hama"),
        Entry(Place("t:hama", "Hama", 35.10, 36.90, Feature.ADMIN1, "SY", "Hama"), ("Hama",), ("Syria",)),
        Entry(Place("t:idlib", "Idlib", 35.80, 36.60, Feature.ADMIN1, "SY", "Idlib"), ("Idlib",), ("Syria",)),
        *country_entries(COUNTRIES),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "named-after")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Jabal Tiyas", "t:tiyas"),
        ("Baghuz at-Tahtani village", "t:baghuz"),
        ("New Zeyzoun dam", "t:zayzun"),
        ("Former Al Mayadin Airport", "t:mayadin"),
        ("the Baghuz Fawqani camp", "t:baghuz"),
    ],
)
def test_a_place_the_gazetteer_lacks_is_near_the_place_it_is_named_after(
    geocoder: OfflineGeocoder, query: str, expected: str
) -> None:
    for country in ("SY", None):
        found = geocoder.geocode(query, country=country, limit=1)
        assert found and found[0].place.source_id == expected, (query, country)
        assert found[0].precision.where_prec == 2 and "named after" in found[0].reason
        assert not stands_in(found[0])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # a place of the whole name is that place, not the one it is named after
        ("Jabal al Akrad", "t:akrad-mountain"),
        ("Jabal al-Akrad mountain", "t:akrad-mountain"),
        # the mountain asked with an English kind word, and spelt otherwise
        ("Al Noba mount", "t:nawbah"),
    ],
)
def test_a_place_of_the_whole_name_is_itself(geocoder: OfflineGeocoder, query: str, expected: str) -> None:
    found = geocoder.geocode(query, country="SY", limit=1)
    assert found and found[0].place.source_id == expected
    assert "named after" not in found[0].reason


@pytest.mark.parametrize(
    "query",
    [
        # no place of the bare name at all
        "Jabal Minkhar",
        "Kabsh Sharqi village",
        # the bare name only a spelling variant of a place's name: too loose for a stand-in
        "Jabal Dwela",
    ],
)
def test_no_stand_in_without_a_place_of_the_bare_name(geocoder: OfflineGeocoder, query: str) -> None:
    assert geocoder.geocode(query, country="SY", limit=1) == []


@pytest.mark.parametrize(
    ("query", "expected", "near"),
    [
        ("Eastern Hamah Governorate", "t:eastern-hamah", False),
        ("Eastern Hamah countryside", "t:eastern-hamah", False),
        # no place has the part's name: near the governorate, as before
        ("Northern Idlib Governorate", "t:idlib", True),
        ("Western Hamah Governorate", "t:hama", True),
    ],
)
def test_a_part_of_a_governorate_that_is_a_place_of_its_own(
    geocoder: OfflineGeocoder, query: str, expected: str, near: bool
) -> None:
    found = geocoder.geocode(query, country="SY", limit=1)
    assert found and found[0].place.source_id == expected
    assert found[0].reason.endswith("near it") is near
