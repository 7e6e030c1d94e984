"""A speaker's seat and an event told a span back are no event places of the report: "said in a
statement from its headquarters in X", "the military in X said" (once the report has told its
event place), and "A week earlier, a bomb in X killed 11", "two months ago" (an earlier event told
by its time, as "last week" and "earlier this month" are).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "Gunmen killed three herders near Tawila on Tuesday. The mission said in a statement from its "
            "headquarters in El Fasher that the attackers had shot dead a fourth man.",
            "El Fasher",
        ),
        (
            "A car bomb killed six people in Galkayo on Monday. The force said from its main base in "
            "Mogadishu that two of its soldiers were among the dead.",
            "Mogadishu",
        ),
        (
            "Rockets hit a school in Sderot on Friday, wounding two pupils. The Israeli military in Tel Aviv "
            "said it had struck back at launch sites.",
            "Tel Aviv",
        ),
        (
            "Rebels shelled Mhardeh on Sunday, killing two women. The army in Damascus said it had repelled "
            "the attack.",
            "Damascus",
        ),
    ],
)
def test_a_speakers_seat_is_no_event_place(rules: Extractor, text: str, seat: str) -> None:
    roles = roles_of(rules, date(2018, 5, 9), text)
    assert roles.get(seat) == "mentioned", roles


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Air strikes killed seven people in Ariha on Tuesday. A week earlier, a strike on a bakery in "
            "Saraqib killed 11.",
            "Saraqib",
        ),
        (
            "A roadside bomb killed four soldiers near Ghazni on Monday. Two months ago, a truck bomb in "
            "Gardez killed 30 people.",
            "Gardez",
        ),
        (
            "Gunmen killed five villagers near Bunia on Sunday. A few weeks ago, militia fighters killed 20 "
            "people in Djugu.",
            "Djugu",
        ),
    ],
)
def test_an_event_told_a_span_back_is_no_event_place(rules: Extractor, text: str, earlier: str) -> None:
    roles = roles_of(rules, date(2018, 5, 9), text)
    assert roles.get(earlier) == "mentioned", roles
