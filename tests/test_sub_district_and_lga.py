""" "X sub-district" and "X LGA" / "X local government area" after a name say it is a unit: the
spotter takes the name (before, "Maru LGA" was read as no place at all) and asks for the
sub-district (a third-level unit, Syria's nahiya) or the second-level unit (Nigeria's local
government areas), as the geocoder reads "X sub-district" or "X county" asked whole.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 6, 7)  # a Monday


def _places(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [(i.place_source or "", i.country_code) for i in r.incidents if i.latitude is not None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Warplanes struck two farms in Tadaf sub-district on Saturday, a monitor said.", "ocha:SY020201"),
        ("Four civilians died when shells fell in the Haritan subdistrict overnight.", "ocha:SY020003"),
        ("Fighting spread across Dayr Hafir sub-district, east of Aleppo, on Sunday.", "ocha:SY020202"),
    ],
)
def test_sub_district_is_the_unit(extractor: Extractor, text: str, source: str) -> None:
    assert _places(extractor, text) == [(source, "SY")]


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        (
            "Bandits stormed three hamlets in Maru LGA of Zamfara on Saturday, killing eleven.",
            "NG",
            "Zamfara",
        ),
        ("Insurgents shot dead four traders at a market in Kukawa LGA on Saturday.", "NG", "Borno"),
        ("Gunmen abducted nine farmers in Bassa LGA of Plateau state late on Sunday.", "NG", "Plateau"),
    ],
)
def test_a_name_before_lga_is_a_place(extractor: Extractor, text: str, country: str, admin1: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    town = text.split(" LGA")[0].rsplit(" ", 1)[1]
    placed = [
        (i.location.split(",")[0], i.country_code, i.admin1) for i in r.incidents if i.latitude is not None
    ]
    assert placed == [(town, country, admin1)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a district, as before: the unit or its seat town
        ("Clashes in Swat district killed two policemen on Sunday.", "PK"),
        # a town, no kind word: unchanged
        ("A mortar round hit a bakery in Tadaf on Sunday, a monitor said.", "SY"),
    ],
)
def test_near_misses_keep_their_reading(extractor: Extractor, text: str, country: str) -> None:
    assert [cc for _, cc in _places(extractor, text)] == [country]
