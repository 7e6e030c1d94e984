"""A capture told as "raised the flag over X" or "hoisted the national flag above X" is an event
word (a battle's territorial change), so X is the event place.

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
            "Iraqi soldiers hoisted the national flag over the government compound in Ramadi on Monday.",
            "Ramadi",
        ),
        (
            "Kurdish-led fighters raised their yellow flags over the main square of Manbij on Saturday.",
            "Manbij",
        ),
        (
            "Government troops raised the flag above the customs post at Jarablus on Wednesday, TV said.",
            "Jarābulus",
        ),
    ],
)
def test_a_flag_raised_over_a_place_is_an_event_there(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2016, 8, 14)))
    assert any(place in i.location for i in r.incidents), [i.location for i in r.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor raised the flag over City Hall in Kyiv on Independence Day as crowds sang the anthem.",
        "Students hoisted the national flag above their school in Baghdad to celebrate the World Cup win.",
        "Officials raised the flag over the governor's office in Erbil at a ceremony on Sunday.",
    ],
)
def test_a_flag_raised_at_a_ceremony_is_no_event(extractor: Extractor, text: str) -> None:
    """A flag raised to celebrate, at a ceremony or on a national day is no capture."""
    r = extractor.extract(articles.from_text(text, published=date(2016, 8, 14)))
    assert r.incidents == (), [i.location for i in r.incidents]
