"""A seat of government that gives out what it counted ("the health ministry in X named him",
"the interior ministry in X put the toll at 16", "the police command in X identified the dead")
speaks as one that "said": beside the violence's own place it is no event place. And a seat whose
sentence names a place before it, in a clause with no violence word of its own ("shot a man who
tried to stab a soldier near Y, ..., the ministry in X named him"), leaves the violence at that
place. Alone in its report, the seat is still the best place given. (Sentences of our own.)"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 6, 12)


@pytest.mark.parametrize(
    ("text", "event", "seat"),
    [
        (
            "A suicide bomber killed 14 people at a market in Baquba on Friday, and the interior "
            "ministry in Baghdad put the toll at 16 later in the day.",
            "Baquba",
            "Baghdad",
        ),
        (
            "Gunmen shot dead three farmers in Zaria on Monday, and the police command in Kaduna "
            "identified the dead as members of one family.",
            "Zaria",
            "Kaduna",
        ),
        (
            "An Israeli air strike killed two men in Khan Younis on Tuesday; the health ministry in "
            "Gaza named them as brothers aged 19 and 23.",
            "Khan Younis",
            "Gaza",
        ),
    ],
)
def test_a_seat_that_gives_out_its_count_is_no_event_place(
    extractor: Extractor, text: str, event: str, seat: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert (got[event], got[seat]) == ("event", "mentioned"), text


@pytest.mark.parametrize(
    ("text", "event", "seat"),
    [
        (
            "Israeli troops shot dead a Palestinian who tried to stab a soldier at a junction near "
            "Huwara on Wednesday, the army said, while the health ministry in Ramallah named him.",
            "Huwara",
            "Ramallah",
        ),
        (
            "Soldiers shot a man who tried to ram a checkpoint outside Beit Ummar on Friday, the army "
            "said; health officials in Ramallah gave his age as 22.",
            "Beit Ummar",
            "Ramallah",
        ),
        (
            "Police shot dead a gunman who tried to storm a church in Kafanchan on Sunday, and the "
            "police command in Kaduna identified him as a local man.",
            "Kafanchan",
            "Kaduna",
        ),
    ],
)
def test_a_seat_after_a_place_its_sentence_told_speaks_of_that_place(
    extractor: Extractor, text: str, event: str, seat: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert (got[event], got[seat]) == ("event", "mentioned"), text


def test_a_seat_that_names_the_dead_alone_is_still_the_best_place(extractor: Extractor) -> None:
    text = "The health ministry in Gaza named two men killed in an Israeli air strike on Monday."
    assert roles_of(extractor, PUBLISHED, text)["Gaza"] == "event"
