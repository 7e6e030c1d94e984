"""Sabotage told with no toll ("blew up a gas pipeline near X") is an explosion at X: before,
the clause reported no violence and the place was only mentioned.

Each rule on several differently worded sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 3, 16)  # a Saturday


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Insurgents blew up a railway bridge outside Jacobabad on Tuesday, halting trains to the north, "
            "officials said.",
            "Jacobabad",
        ),
        (
            "Saboteurs blew up a power pylon near Kirkuk overnight, cutting power to thousands of homes.",
            "Kirkuk",
        ),
        ("Militants blow up gas pipeline near Sui in Pakistan's Balochistan province", "Sui"),
    ],
)
def test_blowing_up_a_pipeline_or_bridge_is_an_event_at_its_place(
    extractor: Extractor, text: str, name: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(name) == "event", roles
    assert r.incidents and r.incidents[0].event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "Tensions blew up in Tal Afar last week after a dispute between two tribes over grazing land.",
        "The talks in Sochi blew up on Tuesday when the delegation walked out.",
        "A row over water rights blew up in Jalalabad this month between rival clans.",
    ],
)
def test_a_quarrel_that_blew_up_is_no_explosion(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert not r.incidents, [(i.location, i.sub_event_type) for i in r.incidents]
