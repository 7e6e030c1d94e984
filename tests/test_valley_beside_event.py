"""A valley, plain, coast or range named after a town or a province ("near X on the Y coast", "in X
near the Y valley", "high above the Y valley") is land the event place lies by, not a second event
place, when the sentence names the event's own place; "in the Y valley" holds it, and alone the
valley is the best place the sentence gives. The sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2022, 3, 8)


@pytest.mark.parametrize(
    ("text", "event", "side"),
    [
        (
            "Gunmen ambushed a convoy near Pasni on the Makran coast on Monday, killing three guards.",
            "Pasni",
            "Makran",
        ),
        (
            "Insurgents attacked a checkpoint in Tangi near the Swat valley on Friday, killing two "
            "policemen.",
            "Tangi",
            "Swat",
        ),
        (
            "Militants stormed a police post in Bamyan, high above the Bamiyan valley, killing four "
            "officers on Sunday.",
            "Bamyan",
            "Bamiyan",
        ),
        ("A bomb killed four shoppers in Jalalabad near the Kunar valley on Thursday.", "Jalalabad", "Kunar"),
    ],
)
def test_a_valley_beside_the_event_place(extractor: Extractor, text: str, event: str, side: str) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[side] == "mentioned"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the valley holds the event, or is the only place named
        ("Fighting raged in the Swat valley on Monday, killing six militants.", "Swat"),
        ("Air strikes pounded the Panjshir valley on Monday, killing six fighters.", "Panjshir"),
    ],
)
def test_a_valley_that_is_the_best_place_given(extractor: Extractor, text: str, place: str) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"
