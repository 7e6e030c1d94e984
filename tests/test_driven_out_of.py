"""A battle told by its outcome, one side driven out of a place ("drove Islamic State out of X",
"pushed al Shabaab out of X", "forced government troops out of X"), is an event word: X is where
the fighting was. Not a politician forced out of office nor families forced out of their homes.

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
        ("Iraqi forces drove Islamic State fighters out of Ramadi on Monday, a spokesman said.", "Ramadi"),
        (
            "Somali and AU troops pushed al Shabaab out of Baidoa's outskirts on Sunday, residents said.",
            "Baidoa",
        ),
        (
            "Rebels forced government troops out of Jisr al-Shughour on Saturday, a monitor said.",
            "Jisr",
        ),
    ],
)
def test_a_side_driven_out_of_a_place_is_a_battle_there(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2016, 1, 5)))
    assert any(place in i.location for i in r.incidents), [i.location for i in r.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The governor was forced out of office in Kano on Thursday after a vote.",
        "Floods forced thousands out of their homes in Maiduguri on Monday.",
    ],
)
def test_out_of_office_or_homes_is_no_battle(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2016, 1, 5)))
    assert not any(i.event_type == "Battles" for i in r.incidents), [
        (i.location, i.event_type) for i in r.incidents
    ]
