"""Where those who fired hid ("shells launched by groups holed up in X fell on Y", "militants
entrenched in X fired on Y") is the fire's origin, as where they were positioned is."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2017, 4, 7)


@pytest.mark.parametrize(
    ("text", "origin", "event"),
    [
        (
            "Two civilians were killed on Sunday when shells launched by terrorist groups holed up in "
            "Talbiseh fell on houses in Kafr Nan, a source said.",
            "Talbiseh",
            "Kafr Nan",
        ),
        (
            "Militants entrenched in Jobar fired mortar rounds on Bab Touma, killing a woman, police said.",
            "Jobar",
            "Bab Touma",
        ),
        (
            "Gunmen hiding in Tora Bora fired rockets at Jalalabad on Monday, wounding three.",
            "Tora Bora",
            "Jalalabad",
        ),
    ],
)
def test_where_those_who_fired_hid_is_the_origin(
    extractor: Extractor, text: str, origin: str, event: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert (roles[origin], roles[event]) == ("origin", "event")


def test_where_they_hid_and_were_attacked_is_the_event_place(extractor: Extractor) -> None:
    text = "Troops stormed the building in Marawi where militants were holed up, killing five."
    assert roles_of(extractor, PUBLISHED, text)["Marawi"] == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where they hid, with no other place named: they were fought there
        (
            "Militants entrenched in the old city of Mosul fired on advancing Iraqi troops, killing four "
            "soldiers.",
            "Mosul",
        ),
        ("Snipers holed up in Raqqa fired on SDF fighters on Sunday, killing three.", "Raqqa"),
        ("Artillery fired by troops at militants holed up in Marawi killed at least 12 on Friday.", "Marawi"),
    ],
)
def test_where_they_hid_is_the_event_place_when_the_report_names_no_other(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"
