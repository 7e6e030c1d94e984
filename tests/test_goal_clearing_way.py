"""The goal of an operation still to come told as "clearing the way for an assault on X",
"paving the way for the final push on X" or "setting the stage for an offensive on X": X is where
the next battle will be, not where anything happened (beside "before an offensive on X").

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        (
            "Iraqi troops retook Qayyara on Thursday, clearing the way for an assault on Mosul, 60 km north.",
            "Mosul",
        ),
        (
            "Syrian troops seized the outskirts of Abu Kamal on Friday, paving the way for the final push on"
            " Mayadin, a commander said.",
            "Mayadin",
        ),
        (
            "Afghan commandos cleared Nad Ali district on Sunday, setting the stage for an offensive on"
            " Lashkar Gah's outskirts.",
            "Lashkar Gah",
        ),
    ],
)
def test_the_goal_of_a_coming_assault_is_no_event_place(extractor: Extractor, text: str, goal: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2017, 5, 12)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(goal) == "mentioned", roles
    assert not any(i.location.startswith(goal[:5]) for i in r.incidents), [i.location for i in r.incidents]
