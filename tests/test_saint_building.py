"""A building named after a saint in the possessive ("St Mark's Cathedral", British style with no
period, or "St. Joseph's Cathedral") names no place: neither the saint nor the building's noun
after it ("Cathedral" had been an unknown event place).

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
        (
            "A suicide bomber blew himself up outside St Mark's Cathedral in Alexandria on Sunday.",
            "Alexandria",
        ),
        ("Gunmen opened fire on worshippers at St. Joseph's Cathedral in Kafanchan on Sunday.", "Kafanchan"),
        ("A grenade exploded near St Anthony's Basilica in Jolo on Friday, wounding six.", "Jolo"),
    ],
)
def test_a_saint_s_building_names_no_place(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2017, 4, 10)))
    assert [m.text for m in r.mentions if not m.text.startswith(place)] == [], [m.text for m in r.mentions]
    assert any(i.location.startswith(place) for i in r.incidents), [i.location for i in r.incidents]
