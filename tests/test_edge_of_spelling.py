"""A name spelt unlike the gazetteer's (matched only by its transliteration key) is trusted in a
locative phrase; "the edge of X" and "the fringes of X" are such phrases, as "the outskirts of X"
is: the place is spotted, not left out for the province named after it.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 4, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Gunmen stormed farmhouses on the edge of Maarat Hurmeh before dawn on Tuesday, killing"
            " three farmers, activists said.",
            "Maarat Hurmeh",
            "SY",
        ),
        (
            "A car bomb went off on the western edge of Tel Rifaat in the northern Aleppo countryside"
            " on Monday, wounding six people.",
            "Tel Rifaat",
            "SY",
        ),
        (
            "Militants attacked an army post on the fringes of Sheikh Maskeen overnight, killing two"
            " soldiers, state media said.",
            "Sheikh Maskeen",
            "SY",
        ),
    ],
)
def test_a_loose_spelling_on_the_edge_of_a_place_is_spotted(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert found[place].role == "event", text
    assert found[place].candidate is not None and found[place].candidate.place.country_code == country
