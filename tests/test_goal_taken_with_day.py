"""The goal of an operation ("cleared the way for an assault on X") is where the next battle will
be, unless its relative clause tells it taken, with its day ("..., which troops captured on
Sunday", "..., which the army stormed on Monday"): then X is where both the strikes and the
capture happened (before: both incidents unplaced). Not "X, which IS captured in 2014": the goal's
past.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 5, 14)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "goal", "place"),
    [
        (
            "Air raids opened the way for an offensive on Latamneh, which the army took on Tuesday, killing"
            " 20"
            " rebels.",
            "Latamneh",
            "Al Lataminah",
        ),
        (
            "Artillery fire cleared the way for a push on Kafr Zita, which pro-government forces stormed on"
            " Monday.",
            "Kafr Zita",
            "Kafr Zayt",
        ),
        (
            "Russian jets paved the way for an assault on Khan Sheikhoun, which was captured on Sunday after"
            " a week of fighting.",
            "Khan Sheikhoun",
            "Khān Shaykhūn",
        ),
    ],
)
def test_a_goal_told_taken_is_the_event_place(extractor: Extractor, text: str, goal: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(goal) == "event", roles
    assert r.incidents and all(i.location.startswith(place) for i in r.incidents), [
        i.location for i in r.incidents
    ]


def test_a_goal_taken_years_before_stays_a_goal(extractor: Extractor) -> None:
    text = (
        "Iraqi troops retook Qayyara on Thursday, clearing the way for an assault on Mosul, which IS"
        " captured in 2014."
    )
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}.get("Mosul") == "mentioned"
