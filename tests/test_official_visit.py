"""Where an official went ("the defence minister visited troops in X", "the prime minister
arrived in X to congratulate the army on ...", "the president flew to X and declared ...") is
not where the violence the sentence goes on to tell happened; but the scene of an attack
visited ("visited the scene of the bombing in X") and a place the violence is told of after it
("arrived in X, where gunmen killed ...") stay the event's place.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Nigeria's defence minister visited soldiers in Monguno on Thursday and said the "
            "offensive against the insurgents would be stepped up.",
            "Monguno",
        ),
        (
            "The Somali prime minister arrived in Beledweyne on Thursday to thank the troops for "
            "the town's recapture from al Shabaab, his office said.",
            "Beledweyne",
        ),
        (
            "President Ashraf Ghani flew to Kunduz on Thursday and declared the city cleared of "
            "Taliban fighters after two weeks of clashes.",
            "Kunduz",
        ),
    ],
)
def test_where_an_official_went_is_no_event_place(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2018, 10, 5)))
    roles = {m.text: (m.role, m.reason) for m in r.mentions}
    assert roles[place][0] != "event", roles


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The interior minister visited the scene of the bombing in Quetta on Thursday, hours "
            "after it killed 12 people.",
            "Quetta",
        ),
        (
            "The governor arrived in Maiduguri on Thursday, where a suicide bomber had killed six "
            "people at a market that morning.",
            "Maiduguri",
        ),
        (
            "Gunmen who travelled on motorbikes attacked a market in Djibo on Thursday, killing "
            "five traders, residents said.",
            "Djibo",
        ),
        # (found by review rev27) the damage an official inspects is the violence's own, and
        # violence told before the visit's verb happened on the way: the place stays the event's
        (
            "The mayor toured the destruction in Kramatorsk after a missile killed 12 people on Friday.",
            "Kramatorsk",
        ),
        (
            "Gunmen ambushed the governor's convoy as it travelled to Gusau on Monday, killing three guards.",
            "Gusau",
        ),
        (
            "A roadside bomb hit the minister's motorcade as it arrived in Baidoa on Sunday, killing two"
            " bodyguards.",
            "Baidoa",
        ),
    ],
)
def test_a_visited_scene_of_violence_stays_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2018, 10, 5)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles[place] == "event", roles
