"""Where the fire came from, told with a locative filler before the name ("from their positions
in the vicinity of X", "launched from areas on the outskirts of X", "from army bases close to
X") or by the positions of a side named before them ("the shells came from Houthi positions near
X", "fired on Y from Syrian army positions around X", "from their positions in the area of
X"): X is the fire's origin, not a place the violence happened.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 7, 10)


@pytest.mark.parametrize(
    ("text", "event", "origin"),
    [
        (
            "Regime forces shelled Kafr Zita on Tuesday with rockets fired from their positions in the"
            " vicinity of Souran, killing two women.",
            "Kafr Zita",
            "Souran",
        ),
        (
            "Mortar rounds launched from areas on the outskirts of Morek hit the town of Latamneh on"
            " Tuesday, wounding four children.",
            "Latamneh",
            "Morek",
        ),
        (
            "Troops pounded the village of Hbeit overnight from army positions close to Khan Shaykhun,"
            " killing a farmer.",
            "Hbeit",
            "Khan Shaykhun",
        ),
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
        # "positions in the area of X"
        (
            "Rebels shelled the town of Suqaylabiyah on Monday from their positions in the area of"
            " Qalaat al-Madiq, wounding three.",
            "Suqaylabiyah",
            "Qalaat al-Madiq",
        ),
        (
            "The mortar rounds that killed two children in Mhardeh were fired from militant positions"
            " in the area of Latamneh, state media said.",
            "Mhardeh",
            "Latamneh",
        ),
        (
            "Two rockets launched from positions in the area of Morek hit a farm in Taybat al-Imam on"
            " Sunday, killing a shepherd.",
            "Taybat al-Imam",
            "Morek",
        ),
    ],
)
def test_a_filler_before_the_fires_origin_keeps_it_an_origin(
    extractor: Extractor, text: str, event: str, origin: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert (got.get(event), got.get(origin)) == ("event", "origin"), text
