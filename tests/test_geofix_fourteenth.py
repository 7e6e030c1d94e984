"""Readings the fourteenth session fixed in extraction's places: a town named like a country's
code ("Bol", "Can", "Ben") is the town unless the code is written in capitals; a place lies in
a parent country only when it does (Chad is no South Dakota by a loose spelling of its code); a
valley is asked as its wadi; a landmark's name is no town a loose spelling meets elsewhere; a
parent read abroad by a spelling takes no town read by its own name."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.spelling import fold

PUBLISHED = date(2020, 3, 25)


def _placed(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [(inc.location, inc.country_code) for inc in result.incidents if inc.place_source]


@pytest.mark.parametrize(
    ("query", "code_country"),
    [("Bol", "BO"), ("Can", "CA"), ("Ben", "BJ"), ("Per", "PE"), ("Ton", "TO")],
)
def test_a_name_in_ordinary_case_is_no_country_code(
    geocoder: OfflineGeocoder, query: str, code_country: str
) -> None:
    found = geocoder.geocode(query, limit=5)
    assert found
    assert code_country not in {c.place.country_code for c in found if c.place.feature.value == "country"}


@pytest.mark.parametrize(("query", "country"), [("BOL", "BO"), ("UAE", "AE"), ("USA", "US")])
def test_a_code_in_capitals_is_still_the_country(geocoder: OfflineGeocoder, query: str, country: str) -> None:
    found = geocoder.geocode(query, limit=1)
    assert found and found[0].place.country_code == country


@pytest.mark.parametrize(
    ("text", "town", "country", "coded"),
    [
        (
            "Gunmen raided an army post outside Bol in Chad on Tuesday, killing four soldiers.",
            "Bol",
            "TD",
            "BO",
        ),
        (
            "In Chad, jihadists overran a military post near the town of Bol, killing six soldiers.",
            "Bol",
            "TD",
            "BO",
        ),
        (
            "Fighters attacked a base near Bol on Monday, killing 9 soldiers, the Chadian army said.",
            "Bol",
            "TD",
            "BO",
        ),
        ("Gunmen killed 3 villagers in Ben, in Iran's Chaharmahal province.", "Ben", "IR", "BJ"),
    ],
)
def test_a_town_named_like_a_code_is_placed_at_the_town(
    extractor: Extractor, text: str, town: str, country: str, coded: str
) -> None:
    placed = _placed(extractor, text)
    assert any(fold(location).startswith(fold(town)) and cc == country for location, cc in placed), placed
    assert coded not in {cc for _, cc in placed}


@pytest.mark.parametrize(
    "query", ["Lake province, Chad", "Lake region in Chad", "Grant district, Chad", "Day County in Chad"]
)
def test_a_country_named_as_parent_encloses_no_state_of_its_spelling(
    geocoder: OfflineGeocoder, query: str
) -> None:
    found = geocoder.geocode(query, limit=5)
    assert found
    assert all(c.place.country_code == "TD" for c in found if "in Chad" in c.reason), found
    assert found[0].place.country_code == "TD"


@pytest.mark.parametrize(
    "text",
    [
        "Fighters attacked a base near Bol in Chad's Lake province on Monday, killing 9 soldiers.",
        "Jihadists killed four herders in the Lake region of Chad on Saturday, officials said.",
        "Two soldiers died when a mine exploded in Chad's Lake province, near Bol, on Friday.",
    ],
)
def test_a_unit_named_in_chad_is_not_placed_abroad(extractor: Extractor, text: str) -> None:
    placed = _placed(extractor, text)
    assert placed and {cc for _, cc in placed} == {"TD"}, placed


@pytest.mark.parametrize("query", ["Barada valley", "the Barada Valley", "Barada valley, Rif Dimashq"])
def test_a_valley_is_asked_as_its_wadi(geocoder: OfflineGeocoder, query: str) -> None:
    found = geocoder.geocode(query, limit=1)
    assert found and found[0].place.name == "Wadi Barada", found


@pytest.mark.parametrize(
    "text",
    [
        "Heavy losses in the eastern Ghouta as shelling went on over the Barada valley.",
        "Regime helicopters dropped barrel bombs on the Barada Valley on Sunday, killing 4 people.",
        "Artillery shelled the Barada valley northwest of Damascus on Monday, killing two.",
    ],
)
def test_a_valley_in_a_text_is_its_wadi(extractor: Extractor, text: str) -> None:
    placed = _placed(extractor, text)
    assert any(location.startswith("Wadi Barada") for location, _ in placed), placed
    assert {cc for _, cc in placed} == {"SY"}, placed


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Clashes erupted at al-Jandoul roundabout in Aleppo city on Sunday, killing 5 fighters.", "Aleppo"),
        ("A mortar shell struck al-Qasimi square in Deir ez-Zor city, wounding 4.", "Deir ez-Zor"),
        ("A car bomb exploded at al-Fardous roundabout in Latakia city, killing 3.", "Latakia"),
    ],
)
def test_a_landmark_is_no_town_a_loose_spelling_meets_elsewhere(
    extractor: Extractor, text: str, town: str
) -> None:
    placed = _placed(extractor, text)
    assert [location.split(",")[0] for location, _ in placed] == [town], placed


def test_a_landmark_read_loosely_in_its_town_keeps_the_reading(extractor: Extractor) -> None:
    result = extractor.extract(
        articles.from_text(
            "A shell landed near the Bab Tadmur square in Homs, killing two children.", published=PUBLISHED
        )
    )
    read = {m.text: m.candidate for m in result.mentions}
    assert read["Bab Tadmur"] is not None and read["Bab Tadmur"].place.admin1 == "Homs"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Shelling killed 8 people in Hasaheisa in Gezira state overnight, medics said.", "Al Hasaheisa"),
        ("Armed men attacked the village of Rufaa in the Gezira region, killing 40 residents.", "Rufā‘a"),
        ("Drone strikes hit Wad Madani in Gezira state on Sunday, killing 6.", "Wad Medani"),
    ],
)
def test_a_parent_read_by_a_spelling_abroad_takes_no_town_read_by_its_name(
    extractor: Extractor, text: str, town: str
) -> None:
    placed = _placed(extractor, text)
    assert [(location.split(",")[0], cc) for location, cc in placed] == [(town, "SD")], placed
