"""A country named right after a place as where it lies ("X in the United States", "X in
Lebanon") says which country, as "the Lebanese town of X" does: a city abroad that owns the name
(Berlin, Toronto, Delhi) does not take it from the namesake in that country (found by review
rev27: the owner-abroad rule of the geocoder had moved such towns abroad).

Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "A gunman killed four people at a bar in Berlin in the United States on Sunday, police said.",
            "New Hampshire",
        ),
        ("A bomb wounded two police officers in Edmonton in the United States on Tuesday.", "Kentucky"),
        (
            "The steel town of Toronto in the United States lost its last mill when a fire killed two"
            " workers on Monday.",
            "Ohio",
        ),
    ],
)
def test_the_town_lies_in_the_country_told_after_it(extractor: Extractor, text: str, admin1: str) -> None:
    r = extractor.extract(from_text(text, published=date(2021, 3, 8)))
    assert [(i.country_code, i.admin1) for i in r.incidents] == [("US", admin1)], r.incidents


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the country's reading is the place's already, or the phrase goes on to a unit
        ("Gunmen killed four soldiers near Tripoli in Lebanon on Sunday, the army said.", "LB"),
        ("A car bomb killed nine people in Aleppo in Syria on Monday.", "SY"),
    ],
)
def test_a_place_already_in_the_country_is_unchanged(extractor: Extractor, text: str, country: str) -> None:
    r = extractor.extract(from_text(text, published=date(2021, 3, 8)))
    assert [i.country_code for i in r.incidents] == [country], r.incidents
