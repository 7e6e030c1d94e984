"""An operation feared, threatened, planned or looming has not happened where it is aimed:
"fearing a Turkish offensive on X and Y", "a looming offensive on X could displace ...", "weeks
before a planned assault on X" make X (and the list's next name) a goal, not an event place. An
attack on X that was expected and came ("repelled an expected assault on X on Monday, killing
20") is X's. A capital asked for something is its government ("ask Damascus for protection").

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 9, 4)


@pytest.mark.parametrize(
    ("text", "goals"),
    [
        (
            "Kurdish commanders said they feared a Turkish offensive on Tal Abyad and Ras al-Ain.",
            ["Tal Abyad", "Ras al-Ain"],
        ),
        ("Aid groups warned that a looming offensive on Idlib could displace 700,000 people.", ["Idlib"]),
        (
            "Shelling killed four in Ariha on Monday, weeks before a planned offensive on Saraqeb.",
            ["Saraqeb"],
        ),
        ("Families braced for an assault on Hodeidah as fighting raged near the airport.", ["Hodeidah"]),
    ],
)
def test_a_feared_or_looming_operation_has_a_goal_not_a_place(
    extractor: Extractor, text: str, goals: list[str]
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert all(roles[g] != "event" for g in goals), roles


def test_an_expected_attack_that_came_is_the_place(extractor: Extractor) -> None:
    roles = roles_of(
        extractor,
        PUBLISHED,
        "Rebels repelled an expected assault on Latamneh on Monday, killing 20 soldiers.",
    )
    assert roles["Latamneh"] == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish leaders said they would ask Damascus for help after shelling killed six in Manbij.",
        "The council asked Ankara to halt the strikes that killed four in Qandil.",
        "Local officials are asking Baghdad for troops after a bombing killed nine in Tuz Khurmatu.",
    ],
)
def test_a_capital_asked_is_its_government(extractor: Extractor, text: str) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    asked = next(name for name in ("Damascus", "Ankara", "Baghdad") if name in roles)
    assert roles[asked] == "mentioned", roles


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an operation told as done, by what it did there or what met it (found by review rev24)
        ("Militants carried out a well-planned assault on Baga, killing dozens of soldiers.", "Baga"),
        ("The long-awaited offensive on Mosul began with air strikes that killed 12 civilians.", "Mosul"),
        (
            "Residents fear a Turkish offensive on Tal Rifaat, where shelling killed two people on Monday.",
            "Tal Rifaat",
        ),
        ("The army repelled an expected assault on Marawi, killing 20 militants.", "Marawi"),
    ],
)
def test_an_operation_told_as_done_is_no_goal(extractor: Extractor, text: str, place: str) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"
