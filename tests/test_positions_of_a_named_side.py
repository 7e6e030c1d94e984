"""Where the fire came from, told by the positions of a side named before them ("the shells came
from Houthi positions near X", "fired on Y from Syrian army positions around X"): X is the fire's
origin, not a place the violence happened.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 9, 14)


@pytest.mark.parametrize(
    ("text", "event", "origin"),
    [
        (
            "Mortar rounds struck a school in Taiz on Thursday, wounding six pupils; residents said"
            " the rounds came from Houthi positions near Hays.",
            "Taiz",
            "Hays",
        ),
        (
            "Rebels said Kafr Zita was shelled on Thursday from Syrian army positions around Souran,"
            " killing a farmer.",
            "Kafr Zita",
            "Souran",
        ),
        (
            "A rocket hit a market in Tuz Khurmatu on Thursday, killing three people, and police said"
            " it was launched by militants from Islamic State positions outside Kirkuk.",
            "Tuz Khurmatu",
            "Kirkuk",
        ),
    ],
)
def test_positions_of_a_named_side_are_where_the_fire_came_from(
    extractor: Extractor, text: str, event: str, origin: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    got = {m.text: m.role for m in r.mentions}
    assert (got.get(event), got.get(origin)) == ("event", "origin"), text
