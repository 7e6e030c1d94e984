"""Where an act drove people to shelter ("clashed near X, forcing hundreds of villagers to shelter
in monasteries in Y", "forcing thousands to seek refuge in Y", "drove families to flee to the town
of Y") is no event place: the verb of driving comes first. People sheltering where a strike hit
them stay at its place. (Sentences of our own, none from tests/wire/.)"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 9, 4)


@pytest.mark.parametrize(
    ("text", "event", "shelter"),
    [
        (
            "Government troops and rebels clashed near Hsipaw on Monday, forcing hundreds of "
            "villagers to shelter in monasteries in Lashio, the rebels said.",
            "Hsipaw",
            "Lashio",
        ),
        (
            "Boko Haram fighters burned houses in Kukawa on Sunday, killing six people and forcing "
            "thousands to seek refuge in Monguno, officials said.",
            "Kukawa",
            "Monguno",
        ),
        (
            "Militia attacks on villages around Djugu killed 14 people on Friday and drove families "
            "to take shelter in churches in Bunia, a local official said.",
            "Djugu",
            "Bunia",
        ),
    ],
)
def test_where_an_act_drove_people_to_shelter_is_no_event_place(
    extractor: Extractor, text: str, event: str, shelter: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert (got[event], got[shelter]) == ("event", "mentioned"), text


def test_people_sheltering_where_a_strike_hit_them_stay_at_its_place(extractor: Extractor) -> None:
    text = "An air strike hit a school in Maarat al-Numan on Tuesday, killing ten people sheltering there."
    assert roles_of(extractor, PUBLISHED, text)["Maarat al-Numan"] == "event"
