"""A day named in the possessive ("Valentine's Day", "Martyrs' Day", "New Year's Eve") is a time:
the possessive splits its capitalised run, and neither half is a place (Day County in South
Dakota, Valentine in Nebraska, an unknown "New Year").

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A grenade exploded near a flower stall in Peshawar on Valentine's Day, wounding six.", "Peshawar"),
        ("Police fired on mourners marching in Sukkur on Martyrs' Day, killing two of them.", "Sukkur"),
        ("A gunman killed 12 revellers at a club in Antalya on New Year's Eve, officials said.", "Antalya"),
        ("A bomb hidden in a flower pot exploded at a cafe in Celaya on Mother's Day.", "Celaya"),
    ],
)
def test_a_day_named_in_the_possessive_is_no_place(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2019, 5, 14)))
    halves = ("Day", "Eve", "Valentine", "Martyrs", "New Year", "Mother")
    assert [m.text for m in r.mentions if m.text in halves] == []
    assert any(i.location.startswith(place) for i in r.incidents), [i.location for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Protesters in Egypt marked Syria's Day of Rage outside the embassy in Cairo on Friday.", "Syria"),
        ("Crowds in Ramallah marked Palestine's Day of Rage on Friday.", "Palestine"),
        ("Israel's Day of Remembrance passed quietly in Jerusalem.", "Israel"),
    ],
)
def test_a_countrys_day_keeps_the_country(extractor: Extractor, text: str, country: str) -> None:
    """ "Syria's Day of Rage": the possessive is a country's, a place; "Rage" is none."""
    r = extractor.extract(articles.from_text(text, published=date(2011, 4, 29)))
    names = [m.text for m in r.mentions]
    assert country in names
    assert "Rage" not in names and "Day" not in names
