"""The wounded escorted to a hospital ("a patrol escorted the injured to the hospital in X") are
taken there, as "taken to a hospital in X" says: X is a destination, not a place the violence
happened.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 7, 10)


@pytest.mark.parametrize(
    ("text", "event", "hospital"),
    [
        (
            "Gunmen killed three people in Kutum on Sunday, and a patrol escorted the wounded to the"
            " hospital in El Fasher.",
            "Kutum",
            "El Fasher",
        ),
        (
            "A roadside bomb hit a convoy near Kidal on Monday, killing two peacekeepers; troops"
            " escorted the injured to a clinic in Gao.",
            "Kidal",
            "Gao",
        ),
        (
            "Raiders killed four herders near Kass on Tuesday and a police patrol escorted two"
            " wounded boys to the main hospital in Nyala.",
            "Kass",
            "Nyala",
        ),
    ],
)
def test_the_hospital_the_wounded_were_escorted_to_is_no_event_place(
    extractor: Extractor, text: str, event: str, hospital: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert (got[event], got[hospital]) == ("event", "mentioned"), text
