"""A sentence that opens with a direction from the place told before, then its own place ("To
the north, in X, a roadside bomb ...", "Further south, in X, ...") tells an event at X, as one
opening "Meanwhile, in X, ..." does: the direction sets the event apart from the one before.

Reports of our own, none from tests/wire/.
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
            "Gunmen killed four police officers in Ghazni on Monday, officials said. To the north,"
            " in Maidan Shar, a roadside bomb wounded two soldiers the same day.",
            "Maidan Shar",
        ),
        (
            "Artillery fire killed six civilians in Kadugli on Sunday, residents said. Farther south,"
            " in Talodi, militiamen looted the market and shot dead a trader.",
            "Talodi",
        ),
        (
            "A drone struck a car near Qamishli on Tuesday, killing two fighters. Further west, in"
            " Tal Tamr, a mortar round killed a child.",
            "Tal Tamr",
        ),
    ],
)
def test_a_direction_then_a_place_opens_an_event_there(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2022, 5, 4)))
    assert {m.text: m.role for m in r.mentions}[place] == "event", [
        (m.text, m.role, m.reason) for m in r.mentions
    ]


def test_a_direction_alone_is_no_opener(extractor: Extractor) -> None:
    text = (
        "Gunmen killed four police officers in Ghazni on Monday, officials said. To the north,"
        " officials in Kabul said the roads were closed."
    )
    r = extractor.extract(articles.from_text(text, published=date(2022, 5, 4)))
    assert {m.text: m.role for m in r.mentions}["Kabul"] != "event"
