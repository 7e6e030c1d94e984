"""A town that only gives the bearing of the land where the event place lies ("near X in the
desert east of Y"): Y locates X, it is no second event place; alone in its report, it is where
it happened."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 1, 10)


@pytest.mark.parametrize(
    ("text", "event", "bearing"),
    [
        (
            "Militants ambushed a convoy near Rutba in the desert west of Ramadi on Monday, killing four "
            "soldiers.",
            "Rutba",
            "Ramadi",
        ),
        (
            "Bandits killed 12 villagers in Kadisau in the forests south of Faskari on Sunday, police said.",
            "Kadisau",
            "Faskari",
        ),
        (
            "BEIRUT (Reuters) - Islamic State fighters overran a gas field near Arak in the desert east of "
            "Palmyra on Saturday, killing 11 guards, a monitor said.",
            "Arak",
            "Palmyra",
        ),
    ],
)
def test_a_town_giving_the_bearing_of_the_event_places_land_is_no_event_place(
    extractor: Extractor, text: str, event: str, bearing: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert (roles[event], roles[bearing]) == ("event", "mentioned")


def test_alone_in_its_report_the_town_is_where_it_happened(extractor: Extractor) -> None:
    text = "Clashes broke out in the desert east of Homs on Friday, killing nine soldiers, a monitor said."
    assert roles_of(extractor, PUBLISHED, text)["Homs"] == "event"


@pytest.mark.parametrize(
    ("text", "bearing"),
    [
        # the report's other event place is in another sentence: the land's event is its own, and
        # the town it is told from its best place
        (
            "Clashes with Islamic State fighters in the desert east of Homs killed 12 soldiers on Thursday. "
            "In Damascus, a car bomb exploded near a bakery on Friday, wounding five.",
            "Homs",
        ),
        (
            "Bandits killed seven herders in the forests south of Gusau on Monday. Separately, gunmen "
            "abducted 20 students from a school in Kaduna on Tuesday.",
            "Gusau",
        ),
        (
            "Militants ambushed a patrol in the hills north of Baqubah, killing three policemen. A roadside "
            "bomb also hit a minibus in Tikrit.",
            "Baqubah",
        ),
    ],
)
def test_the_town_stays_the_event_place_beside_another_sentences_event(
    extractor: Extractor, text: str, bearing: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[bearing] == "event"
