"""A building named after a saint, the saint's name after "of St." or "named after St." ("the
Church of St. George", "the Cathedral of St. Mary", "a school named after St. Joseph"), names no
place: Mary, a Turkmen city, and Saint Anthony in Montserrat had been event places.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "place", "saint"),
    [
        (
            "Gunmen attacked worshippers leaving the Cathedral of St. Mary in Kaduna on Sunday.",
            "Kaduna",
            "Mary",
        ),
        (
            "A bomb exploded near the church of St. Anthony in Jolo on Sunday, wounding six.",
            "Jolo",
            "Anthony",
        ),
        (
            "Militants shelled a school named after St. Joseph in Bunia on Monday, police said.",
            "Bunia",
            "Joseph",
        ),
    ],
)
def test_a_saint_a_building_is_named_after_is_no_place(
    extractor: Extractor, text: str, place: str, saint: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2017, 4, 10)))
    assert [m.text for m in r.mentions if saint in m.text] == []
    assert any(i.location.startswith(place) for i in r.incidents), [i.location for i in r.incidents]


def test_a_town_named_after_a_saint_stays_a_place(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text("Police fired on protesters in St. Louis on Monday.", published=date(2017, 4, 10))
    )
    assert any(i.location.startswith("St. Louis") for i in r.incidents), [i.location for i in r.incidents]
