"""A unit's kind word before its name ("the province of X", "the state of X") asks for the unit, not
the town of the same name: "in Syria's northeastern province of Hasakah" is the province that holds
the town named before it, not Hasakah city as a second event place; "the state of Washington" is
the state, not the capital.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.place import Feature


@pytest.mark.parametrize(
    ("text", "town", "unit"),
    [
        (
            "A car bomb went off at a checkpoint in Tal Tamr in Syria's northeastern province of Hasakah"
            " on Monday, killing three guards.",
            "Tal Tamr",
            "Hasakah",
        ),
        (
            "Rebels fired mortars at an army base in Saravena in Colombia's eastern province of Arauca"
            " on Monday, wounding four soldiers.",
            "Saravena",
            "Arauca",
        ),
        (
            "Gunmen shot dead a taxi driver in Acayucan in Mexico's eastern state of Veracruz"
            " on Monday, prosecutors said.",
            "Acayucan",
            "Veracruz",
        ),
    ],
)
def test_the_unit_named_after_its_kind_holds_the_town(
    extractor: Extractor, text: str, town: str, unit: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2019, 4, 9)))
    got = {m.text: m for m in r.mentions}
    assert got[town].role == "event", [(m.text, m.role, m.reason) for m in r.mentions]
    assert got[unit].role != "event", [(m.text, m.role, m.reason) for m in r.mentions]
    assert got[unit].candidate is not None and got[unit].candidate.place.feature != Feature.CITY


def test_the_islamic_state_of_a_country_is_no_unit(extractor: Extractor) -> None:
    text = "Fighters of the Islamic State of Iraq attacked a police post in Samarra on Monday, killing two."
    r = extractor.extract(articles.from_text(text, published=date(2019, 4, 9)))
    got = {m.text: m for m in r.mentions}
    assert got["Iraq"].candidate is not None and got["Iraq"].candidate.place.feature == Feature.COUNTRY
