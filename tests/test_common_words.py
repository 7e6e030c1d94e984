"""Common English words capitalised only by style (spotting.py, data/scowl/common_words.txt): a
title-case headline's verb or noun that is also a town somewhere ("Carry", "Car", "Split"), and
the common words of a name built with "of" ("the Line of Control", "the Chamber of Commerce"), are
no places; a country, a province, a name after a preposition of place, or one the text uses as a
place elsewhere still is."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.gazetteer import Gazetteer

PUBLISHED = date(2021, 3, 9)


def _mentions(extractor: Extractor, text: str) -> dict[str, str]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in r.mentions}


def test_the_word_list_is_in_the_index(gazetteer: Gazetteer) -> None:
    assert {"car", "carry", "split", "line", "control"} <= gazetteer.common_words
    assert "homs" not in gazetteer.common_words


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("Jihadists Carry Out Raid On Army Posts Outside Kidal, Killing Six Soldiers", "Carry", "Kidal"),
        ("Gunmen Open Fire On Car Near Baiji, Killing Three Policemen", "Car", "Baiji"),
        ("Militia Is Split After Deadly Clashes In Beni Leave Nine Dead", "Split", "Beni"),
        ("Air Raids Pound Line Of Villages Around Maarat Al-Numan, Killing Seven", "Line", "Maarat Al-Numan"),
    ],
)
def test_a_common_word_capitalised_by_a_headline_is_no_place(
    extractor: Extractor, text: str, word: str, place: str
) -> None:
    found = _mentions(extractor, text)
    assert word not in found, found
    assert place in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # after a preposition of place, a common word is the town
        ("Two Hurt As Blast Hits Bar In Split, Croatian Police Say", "Split"),
        # a country's name that is a common word too
        ("Turkey Shells Kurdish Positions Near Tal Rifaat, Killing Four", "Tal Rifaat"),
    ],
)
def test_a_headline_keeps_its_places(extractor: Extractor, text: str, place: str) -> None:
    assert place in _mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "Pakistani and Indian troops traded fire across the Line of Control near Uri on Monday, "
            "killing a soldier, the army said.",
            {"Line", "Control"},
            "Uri",
        ),
        (
            "A gunman opened fire at a meeting of the Chamber of Commerce in Dayton on Friday, "
            "wounding two people, police said.",
            {"Commerce"},
            "Dayton",
        ),
        (
            "Soldiers on the Line of Actual Control clashed near Galwan on Monday night, leaving "
            "three dead, officials said.",
            {"Line"},
            "Galwan",
        ),
    ],
)
def test_the_common_words_of_a_name_built_with_of_are_no_places(
    extractor: Extractor, text: str, words: set[str], place: str
) -> None:
    found = _mentions(extractor, text)
    assert not words & set(found), found
    assert place in found, found


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        (
            "A Superior Court judge ordered the release of two men arrested after the shooting in Toledo.",
            "Superior",
            "Toledo",
        ),
        (
            "Landmark Bank said it would close its branch in Columbia after the robbery on Monday.",
            "Landmark",
            "Columbia",
        ),
        (
            "The state Supreme Court upheld the sentence of a man convicted of a 2009 killing in Macon.",
            "Supreme",
            "Macon",
        ),
    ],
)
def test_a_common_word_heading_an_organisations_name_is_no_place(
    extractor: Extractor, text: str, word: str, place: str
) -> None:
    found = _mentions(extractor, text)
    assert word not in found, found
    assert place in found, found


def test_a_town_before_its_court_stays_a_place(extractor: Extractor) -> None:
    # after "in" with no article, the common word is the town the court sits in
    assert "Bantam" in _mentions(
        extractor, "A Danbury man was arraigned in Bantam Superior Court on Tuesday."
    )


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        (
            "Traffic backed up for miles on Interstate 55 near Hernando after the crash, police said.",
            "Interstate",
            "Hernando",
        ),
        ("Scouts from Pack 122 collected food for flood victims in Norfolk on Saturday.", "Pack", "Norfolk"),
        ("A truck overturned on Loop 286 outside Paris on Friday, killing the driver.", "Loop", "Paris"),
    ],
)
def test_a_common_word_before_a_number_is_no_place(
    extractor: Extractor, text: str, word: str, place: str
) -> None:
    found = _mentions(extractor, text)
    assert word not in found, found
    assert place in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Coalition Jets Pound Mocha As Yemeni Forces Advance", "Mocha"),
        ("South Sudan Army Recaptures Leer From Opposition Fighters", "Leer"),
        ("Israeli Troops Raid Tubas, Arrest Five Palestinians", "Tubas"),
    ],
)
def test_a_common_word_that_is_a_town_of_a_country_the_text_names_is_a_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert _mentions(extractor, text).get(place) == "event"


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        # Car, China and Carry-le-Rouet, France: no country the text names
        ("Israeli Drone Strike On Car Near Marjayoun In Lebanon Kills Two", "Car", "Marjayoun"),
        ("Syrian Rebels Carry Out Raids Near Aleppo, Killing Five Soldiers", "Carry", "Aleppo"),
    ],
)
def test_a_common_word_of_a_town_abroad_stays_no_place_where_a_country_is_named(
    extractor: Extractor, text: str, word: str, place: str
) -> None:
    found = _mentions(extractor, text)
    assert word not in found, found
    assert place in found, found
