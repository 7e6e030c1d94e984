"""A quarter or local unit the gazetteer lacks, named by its kind word where the phrase says what
holds it ("in X district of Y province", "in X township in Y state", "in Y's mainly Z X
district", "the Z neighbourhood of X in Y", "X, a Z district of Y"), is the event place, and the
known unit that holds it is context, not a second event place (it stands in for the place, so
the incident is still placed there). The quarter names are made up: no gazetteer has them."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2022, 3, 14)


def plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def extract(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "quarter", "unit"),
    [
        (
            "A roadside bomb wounded three soldiers in Wirra Beng district of Kunduz province on Monday, "
            "police said.",
            "Wirra Beng",
            "Kunduz",
        ),
        (
            "Rebels overran an army post in Sungai Tamberang sub-district of Narathiwat province on "
            "Sunday, killing four soldiers.",
            "Sungai Tamberang",
            "Narathiwat",
        ),
        (
            "A car bomb killed six people near a bakery in Kandahar's mainly Pashtun Shorandam-e-Kala "
            "district on Friday.",
            "Shorandam-e-Kala",
            "Kandahar",
        ),
        (
            "Gunmen shot dead four shopkeepers in the old Christian neighbourhood of Bab Zindra in Homs "
            "on Wednesday.",
            "Bab Zindra",
            "Homs",
        ),
        (
            "A suicide bomber killed 12 people in Harat Qolbeni, a crowded district of Aden, on Tuesday, "
            "officials said.",
            "Harat Qolbeni",
            "Aden",
        ),
    ],
)
def test_the_quarter_is_the_event_place_and_its_unit_context(
    extractor: Extractor, text: str, quarter: str, unit: str
) -> None:
    found = extract(extractor, text)
    roles = {m.text: m.role for m in found.mentions}
    assert roles.get(quarter) == "event"
    assert roles.get(unit) == "mentioned"
    # the unit that holds it stands in: the incident is placed there, the quarter's name kept
    (incident,) = found.incidents
    assert plain(incident.location).startswith(unit)
    assert incident.place_text.startswith(quarter)


@pytest.mark.parametrize(
    "text",
    [
        # a people or an office before the kind word, not a quarter's name
        "Police in Kunduz province said the Taliban district chief was killed on Monday.",
        "Clashes broke out in the Sunni district of the city on Friday, killing two people in Mosul.",
        "Gunmen killed two guards at the Kabul district office on Sunday, officials said.",
    ],
)
def test_no_quarter_where_the_words_name_none(extractor: Extractor, text: str) -> None:
    found = extract(extractor, text)
    assert all(m.text in ("Kunduz", "Mosul", "Kabul") for m in found.mentions)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the people or faith of a quarter is no quarter's name: the city stays the event place,
        # the incident placed there (found by review rev24)
        ("A car bomb exploded in Beirut's Shiite district on Tuesday, killing four people.", "Beirut"),
        (
            "Gunmen opened fire in Baghdad's mainly Sunni district on Friday, killing three worshippers.",
            "Baghdad",
        ),
        ("A bomb ripped through Kabul's Hazara area on Sunday, wounding 12 people.", "Kabul"),
    ],
)
def test_a_people_before_the_kind_word_is_no_quarter(extractor: Extractor, text: str, city: str) -> None:
    found = extract(extractor, text)
    assert [m.text for m in found.mentions if m.role == "event"] == [city]
    (incident,) = found.incidents
    assert plain(incident.location).startswith(city)
