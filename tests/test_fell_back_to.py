"""Where fighters fell back to after losing a place ("the militants pulled back toward X",
"rebels withdrew to X", "retreating into X"): a destination, like where people fled to, not a
place the violence happened (the place they lost is: "withdrew from X").

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2017, 6, 8)


@pytest.mark.parametrize(
    ("text", "event", "destination"),
    [
        (
            "Government troops stormed Tadif on Wednesday after a week of shelling, and the"
            " surviving jihadists pulled back toward Maskanah, a commander said.",
            "Tadif",
            "Maskanah",
        ),
        (
            "Islamic State fighters fell back to Mayadin after Syrian troops seized Deir Hafer on"
            " Wednesday, killing at least 20 of them, state media said.",
            "Deir Hafer",
            "Mayadin",
        ),
        (
            "Rebels lost the hill town of Kinsabba on Wednesday after heavy air strikes and were"
            " retreating into Jisr al-Shughour by nightfall, activists said.",
            "Kinsabba",
            "Jisr al-Shughour",
        ),
    ],
)
def test_where_fighters_fell_back_to_is_no_event_place(
    extractor: Extractor, text: str, event: str, destination: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert got.get(event) == "event", text
    assert got.get(destination) != "event", text
