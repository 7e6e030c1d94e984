"""Where the attackers are said to be, beside the event's place: those blamed ("state TV said,
blaming militants in the besieged town of X", "the army blamed militants hiding in X"), and where
they came from over a border or a river ("raiders who came from across the border in X", "the
attackers had crossed from across the river in X"). Alone, the place of those blamed may be where
it happened. The sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 5, 2)


@pytest.mark.parametrize(
    ("text", "event", "side"),
    [
        (
            "Rockets killed two people in Jableh on Monday, state TV said, blaming militants in the besieged "
            "town of Talbiseh.",
            "Jableh",
            "Talbiseh",
        ),
        (
            "A car bomb killed nine people in Qamishli, and Kurdish police blamed jihadists besieged in "
            "Hajin.",
            "Qamishli",
            "Hajin",
        ),
        (
            "Gunmen killed four soldiers in Arish on Sunday, and the army blamed militants hiding in Rafah "
            "for the "
            "attack.",
            "Arish",
            "Rafah",
        ),
        (
            "Rockets hit a bakery in the Jamiliyah district of Aleppo on Friday, killing five, state media "
            "said, "
            "blaming rebels in the besieged Bustan al-Qasr district.",
            "Jamiliyah",
            "Bustan al-Qasr",
        ),
    ],
)
def test_where_those_blamed_are(extractor: Extractor, text: str, event: str, side: str) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[side] != "event"


def test_those_blamed_alone(extractor: Extractor) -> None:
    text = "Officials blamed militants in Kunduz for Monday's bombing that killed 12."
    assert roles_of(extractor, PUBLISHED, text)["Kunduz"] == "event"


@pytest.mark.parametrize(
    ("text", "event", "side"),
    [
        (
            "Raiders who came from across the border in Kisoro killed five villagers near Bunagana on "
            "Sunday.",
            "Bunagana",
            "Kisoro",
        ),
        (
            "Rebels attacked an army post near Uvira on Monday, killing two soldiers; the attackers had "
            "crossed "
            "from across the river in Bugarama.",
            "Uvira",
            "Bugarama",
        ),
        (
            "Gunmen from across the frontier in Menaka killed six herders in Tillia on Friday.",
            "Tillia",
            "Menaka",
        ),
        (
            "Fighters coming from across the border in Kilis shelled Azaz on Tuesday, killing three.",
            "Azaz",
            "Kilis",
        ),
    ],
)
def test_where_they_came_from_across_a_border(extractor: Extractor, text: str, event: str, side: str) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[side] == "origin"


def test_those_blamed_in_a_quiet_sentence(extractor: Extractor) -> None:
    text = "The minister blamed officials in Basra for the slow pace of reconstruction."
    assert roles_of(extractor, PUBLISHED, text)["Basra"] != "event"
