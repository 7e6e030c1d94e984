"""Faiths and peoples that conflict reports name beside the event ("a Mormon family", "an Assyrian
village", "Ahmadi worshippers", "Coptic pilgrims") are no places, though towns abroad share
or resemble their names: data/not_places.csv lists them with the groups already there.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "people", "place"),
    [
        (
            "Gunmen shot dead a Mormon farmer near Galeana on Monday, state prosecutors said.",
            "Mormon",
            "Galeana",
        ),
        (
            "Gunmen attacked an Assyrian village near Tal Tamr on Monday, burning a church.",
            "Assyrian",
            "Tamr",
        ),
        ("Gunmen killed three Ahmadi worshippers in Lahore on Friday, police said.", "Ahmadi", "Lahore"),
    ],
)
def test_a_people_named_beside_the_event_is_no_place(
    extractor: Extractor, text: str, people: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2019, 11, 5)))
    assert [m.text for m in r.mentions if m.text == people] == []
    assert any(place in i.location for i in r.incidents), [i.location for i in r.incidents]
