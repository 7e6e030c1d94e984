"""Event words told as background to a sentence that reports no event of its own (found by helper
wire32 reading the false event places of the wire set's no-event sentences):

- an event noun named by an earlier year after an owner ("the army's 2017 operations", "the
  rebels' 2014 assault");
- what an act is "a response to" ("the roadblocks were a response to attacks on travellers"), as
  "in response to" already was.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

_QUIET = [
    # an event noun named by an earlier year after an owner
    (
        date(2018, 10, 3),
        "Judges in The Hague heard evidence on the militia's 2016 raids around Kaga Bandoro.",
        "Kaga Bandoro",
    ),
    (
        date(2018, 11, 20),
        "Prosecutors in Paris reopened the file on the group's 2015 attacks on hotels in Bamako.",
        "Bamako",
    ),
    (
        date(2018, 5, 2),
        "The inquiry examined the rebels' 2014 assault on Ras al-Ain.",
        "Ras al-Ain",
    ),
    # what an act is "a response to"
    (
        date(2018, 7, 2),
        "Police said the roadblocks around Jos were a response to attacks on travellers.",
        "Jos",
    ),
    (
        date(2017, 5, 9),
        "The governor said in Garissa that the school closures in Mandera were a response to raids"
        " by militants.",
        "Mandera",
    ),
    (
        date(2020, 1, 15),
        "Officials in Kabul said the new checkpoints in Ghazni were a response to attacks on convoys there.",
        "Ghazni",
    ),
]


@pytest.mark.parametrize(("published", "text", "place"), _QUIET)
def test_background_spans_owned_years_and_responses_name_no_event_place(
    extractor: Extractor, published: date, text: str, place: str
) -> None:
    got = roles_of(extractor, published, text)
    assert place in got and got[place] != "event", (text, got)


_KEPT = [
    # this year's act named by its owner
    (
        date(2019, 5, 6),
        "The army's raid on Gwoza on Sunday killed four militants, officials said.",
        "Gwoza",
    ),
]


@pytest.mark.parametrize(("published", "text", "event"), _KEPT)
def test_the_reports_own_act_keeps_its_place(
    extractor: Extractor, published: date, text: str, event: str
) -> None:
    got = roles_of(extractor, published, text)
    assert got.get(event) == "event", (text, got)
