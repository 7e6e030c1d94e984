"""Where the wounded were taken or treated is no event place, however the hospital's town is told:
by a relative clause after it ("X, where the wounded were taken"), by its rank before its name ("to
the regional capital, X", "and in the provincial capital X"), or as a hospital that received them
after "that" or a clinic they were treated in. A dateline's agency may have a number in its name
("ERBIL, Kurdistan Region (Kurdistan 24) -"), and fire "fired from areas controlled by militants in
the countryside of X" came from X.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "ward"),
    [
        # a relative clause after the town, with an apposition between
        (
            "A suicide bomber killed seven people in Tal Afar on Tuesday. Early reports put the blast in "
            "Sinjar, the larger town to the west, where most of the wounded were taken.",
            "Sinjar",
        ),
        (
            "Gunmen killed four farmers near Dikwa on Monday; the attack was first reported in Bama, a "
            "town to the south, where the injured were rushed for treatment.",
            "Bama",
        ),
        # the town by its rank, then its name
        (
            "A roadside bomb killed three soldiers near Marjah on Sunday. The wounded were flown to the "
            "provincial capital, Lashkar Gah, officials said.",
            "Lashkar Gah",
        ),
        (
            "Shelling killed two children in Jisr al-Shughour on Monday, and the injured were taken to "
            "hospitals in Darkush and in the provincial capital Idlib.",
            "Idlib",
        ),
        # a hospital that received them, told after "that"
        (
            "Air strikes killed nine people in Ariha on Monday. Rescuers said that the main hospital in "
            "Maarat al-Numan received 30 wounded.",
            "Maarat al-Numan",
        ),
        # treated in clinics there
        (
            "Rocket fire killed five people in Harasta on Friday. The wounded were treated in field "
            "clinics in Douma, doctors said.",
            "Douma",
        ),
    ],
)
def test_where_the_wounded_went_is_no_event_place(rules: Extractor, text: str, ward: str) -> None:
    roles = roles_of(rules, date(2017, 3, 8), text)
    assert roles.get(ward) == "mentioned", roles


@pytest.mark.parametrize(
    "text",
    [
        "ERBIL, Kurdistan Region (Rudaw 24) - Militants attacked an army post near Tuz Khurmatu on Monday, "
        "killing three soldiers.",
        "ERBIL, Iraq (France 24) - A roadside bomb killed two policemen in Kirkuk on Sunday.",
        "ERBIL (Channel 4) - Gunmen killed a village headman in Makhmour on Tuesday, police said.",
    ],
)
def test_a_dateline_agency_with_a_number(rules: Extractor, text: str) -> None:
    roles = roles_of(rules, date(2017, 3, 8), text)
    assert roles.get("ERBIL") == "dateline", roles


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Shelling killed two children in Tal Tamr on Monday. The shells were fired from areas controlled "
            "by Turkish-backed groups in the western countryside of Ras al-Ain.",
            "Ras al-Ain",
        ),
        (
            "Mortars hit a market in Jableh on Sunday, killing four. The mortars were launched from "
            "positions held by the rebels in the southern countryside of Latakia.",
            "Latakia",
        ),
        (
            "Rockets struck a school in Suran on Friday, killing three pupils; they were fired from "
            "territory controlled by the militants in the northern parts of Hama.",
            "Hama",
        ),
    ],
)
def test_fire_from_land_a_group_controls(rules: Extractor, text: str, origin: str) -> None:
    roles = roles_of(rules, date(2017, 3, 8), text)
    assert roles.get(origin) == "origin", roles


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the act's own verb before X: the town that received the wounded was attacked itself
        # (found by review rev24)
        (
            "A second bomb exploded outside the hospital in Quetta, where the wounded had been taken, "
            "killing 12 more.",
            "Quetta",
        ),
        (
            "A suicide bomber struck Jalalabad, where many of the wounded were taken, on Monday, "
            "killing nine.",
            "Jalalabad",
        ),
        (
            "Gunmen attacked the district hospital in Maidan Shahr, where the injured had been brought, "
            "killing two guards.",
            "Maidan Shahr",
        ),
    ],
)
def test_an_attack_on_where_the_wounded_were_taken_is_the_event(
    rules: Extractor, text: str, place: str
) -> None:
    assert roles_of(rules, date(2017, 3, 8), text).get(place) == "event"
