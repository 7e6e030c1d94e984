"""A list of who was hit after a verb ("killed four soldiers, two policemen and a teacher in X")
is one clause with its verb: the comma after the first item opens none, so X is where the
violence was, also beside another place that is only named. A comma before "a day after ..."
still opens a clause of its own.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 3, 12)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Militants killed four soldiers, two policemen and a teacher in Dosso on Sunday, "
            "after an attack on Tillaberi.",
            "Dosso",
        ),
        (
            "An air strike killed a woman, her two sons and a neighbour in Ariha on Monday, "
            "after shelling on Saraqeb.",
            "Ariha",
        ),
        (
            "Gunmen kidnapped three engineers, their driver and a guard near Zurmi on Friday, "
            "after a raid on Gusau.",
            "Zurmi",
        ),
    ],
)
def test_the_place_after_a_list_of_victims_is_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"


def test_a_day_after_still_opens_a_clause(extractor: Extractor) -> None:
    roles = roles_of(
        extractor, PUBLISHED, "Troops captured Ariha on Monday, a day after clashes and shelling in Saraqeb."
    )
    assert roles == {"Ariha": "event", "Saraqeb": "mentioned"}


@pytest.mark.parametrize(
    ("text", "event", "aside"),
    [
        (
            "Troops stormed Ramadi, a Sunni city and provincial capital west of Baghdad, on Tuesday.",
            "Ramadi",
            "Baghdad",
        ),
        (
            "Jihadists seized Gao, an ancient trading town and a gateway to the desert north of Mopti.",
            "Gao",
            "Mopti",
        ),
        (
            "Clashes erupted in Tripoli, its second city and a stronghold of the militias near Misrata.",
            "Tripoli",
            "Misrata",
        ),
    ],
)
def test_an_aside_on_a_name_is_no_list_of_victims(
    extractor: Extractor, text: str, event: str, aside: str
) -> None:
    # "X, a town and ...": the comma after a name opens an aside on it; a place the aside is told
    # from is no event place (found by review rev24)
    roles = roles_of(extractor, PUBLISHED, text)
    assert (roles[event], roles[aside]) == ("event", "mentioned")
