"""A place's enclosing unit named beside it is context, not a second event place: who holds the
unit may stand between them ("X in rebel-held Idlib", "X in opposition-held northern Aleppo"), or
an appositive may name the unit before the place's kind ("Khan Sheikhoun, the Idlib town,", "X, a
rebel-held Idlib village,"). A unit that does not enclose the place, or one listed as a place of
its own, is read as before."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2017, 9, 10)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "place", "unit"),
    [
        (
            "Warplanes bombed Khan Sheikhoun in rebel-held Idlib on Sunday, killing 20.",
            "Khan Sheikhoun",
            "Idlib",
        ),
        ("A car bomb killed 12 people in Azaz in opposition-held northern Aleppo.", "Azaz", "Aleppo"),
        ("Shelling killed five civilians in Saraqeb in rebel-controlled Idlib province.", "Saraqeb", "Idlib"),
        (
            "A drone hit a car near Tal Abyad in Kurdish-run Raqqa on Sunday, killing two.",
            "Tal Abyad",
            "Raqqa",
        ),
    ],
)
def test_a_held_unit_after_a_place_encloses_it(
    extractor: Extractor, text: str, place: str, unit: str
) -> None:
    found = roles(extractor, text)
    assert found.get(place) == "event"
    assert found.get(unit) == "mentioned"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a held unit that does not enclose the place before it: a place of its own
        (
            "Shelling killed five civilians in Harasta in rebel-held Idlib and in Aleppo on Sunday.",
            ["Harasta", "Idlib"],
        ),
        # held, but listed as a place of its own
        ("Air strikes hit Saraqeb and rebel-held Douma on Sunday, killing nine.", ["Saraqeb", "Douma"]),
    ],
)
def test_a_held_place_not_enclosing_is_read_as_before(
    extractor: Extractor, text: str, places: list[str]
) -> None:
    found = roles(extractor, text)
    assert all(found.get(p) == "event" for p in places), found


@pytest.mark.parametrize(
    ("text", "place", "unit"),
    [
        (
            "Warplanes bombed Khan Sheikhoun, the Idlib town, on Sunday, killing 20.",
            "Khan Sheikhoun",
            "Idlib",
        ),
        (
            "Warplanes bombed Khan Sheikhoun, an Idlib town held by rebels, killing 20.",
            "Khan Sheikhoun",
            "Idlib",
        ),
        ("Shells hit Saraqeb, a rebel-held Idlib town, killing five civilians.", "Saraqeb", "Idlib"),
    ],
)
def test_an_appositive_unit_encloses_the_place(
    extractor: Extractor, text: str, place: str, unit: str
) -> None:
    found = roles(extractor, text)
    assert found.get(place) == "event"
    assert found.get(unit) == "mentioned"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the appositive's unit does not enclose the place: a place of its own
        ("Warplanes bombed Khan Sheikhoun, the Aleppo town, killing 20.", ["Khan Sheikhoun", "Aleppo"]),
        # a place listed after the appositive
        (
            "Warplanes bombed Khan Sheikhoun, the Idlib town, and Aleppo, killing 20.",
            ["Khan Sheikhoun", "Aleppo"],
        ),
    ],
)
def test_a_place_not_enclosing_is_read_as_before(extractor: Extractor, text: str, places: list[str]) -> None:
    found = roles(extractor, text)
    assert all(found.get(p) == "event" for p in places), found


def readings(extractor: Extractor, text: str) -> dict[str, str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {
        m.text: f"{m.candidate.place.name}, {m.candidate.place.admin1}"
        for m in result.mentions
        if m.candidate
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # districts the gazetteer lacks, or holds only as namesakes elsewhere (Dhi Qar, Israel,
        # Babil): placed in the town the appositive names
        ("A car bomb killed six people in Karrada, a Baghdad district, on Friday.", "Karrada"),
        ("A bomb killed four people in Shaab, a Baghdad district, on Tuesday.", "Shaab"),
        ("Gunmen killed three men in Hurriya, a Baghdad district, on Tuesday.", "Hurriya"),
    ],
)
def test_an_appositive_town_steers_its_districts_reading(extractor: Extractor, text: str, place: str) -> None:
    assert "Baghdad" in readings(extractor, text).get(place, ""), readings(extractor, text)


@pytest.mark.parametrize(
    ("text", "place", "reading"),
    [
        # a suburb the gazetteer knows keeps its own reading
        ("Mortar fire killed a child in Jaramana, a Damascus suburb, on Monday.", "Jaramana", "Jaramānā"),
        # a town's appositive unit is left to the geocoder
        ("Warplanes bombed Khan Sheikhoun, the Aleppo town, killing 20.", "Khan Sheikhoun", "Khān Shaykhūn"),
        ("Rebels shelled Marea, an Aleppo town, on Monday.", "Marea", "Māri‘"),
    ],
)
def test_a_known_suburb_or_a_town_keeps_its_reading(
    extractor: Extractor, text: str, place: str, reading: str
) -> None:
    assert readings(extractor, text).get(place, "").startswith(reading), readings(extractor, text)


@pytest.mark.parametrize(
    ("text", "place", "sea"),
    [
        # a sea or gulf names the coast, state or port the next name is: no place of its own, and
        # no unit standing between the town and its state
        (
            "A missile struck a hotel near Bilhorod-Dnistrovskyi on the Black Sea coast of the Odesa region, "
            "killing two.",
            "Bilhorod-Dnistrovskyi",
            "Black Sea",
        ),
        (
            "Fighting killed 12 near Mocha on the Red Sea coast of Taiz province on Monday.",
            "Mocha",
            "Red Sea",
        ),
        (
            "Gunmen killed 10 people in Minatitlan in the Gulf state of Veracruz on Sunday.",
            "Minatitlan",
            "Gulf",
        ),
    ],
)
def test_a_sea_before_a_kind_of_place_is_no_place(
    extractor: Extractor, text: str, place: str, sea: str
) -> None:
    found = roles(extractor, text)
    assert found.get(place) == "event"
    assert [p for p, role in found.items() if role == "event"] == [place], found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a sea named alone, or with no kind of place after it, is read as before
        ("Pirates attacked a tanker in the Red Sea on Monday, killing two sailors.", ["Red Sea"]),
        ("Militants attacked the Black Sea port of Novorossiysk on Sunday.", ["Novorossiysk"]),
        ("Houthi drones struck a ship in the Gulf of Aden on Sunday, killing three.", ["Gulf of Aden"]),
    ],
)
def test_a_sea_named_otherwise_is_read_as_before(extractor: Extractor, text: str, places: list[str]) -> None:
    found = roles(extractor, text)
    assert all(found.get(p) == "event" for p in places), found
