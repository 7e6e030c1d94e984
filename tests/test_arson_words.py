"""Arson is property destruction told as "set X on fire", "set X ablaze", "set X alight" (beside
"torched", "set fire to"): an event word, so a report's second event told only so ("The attack
came a day after a minister's house was set on fire in Y") is one of its own.

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
        ("Youths set several houses ablaze in Bokkos on Sunday night, police said.", "Bokkos"),
        ("Unknown people set a church alight in Kafanchan on Friday, residents said.", "Kafanchan"),
        ("A district office was set on fire in Dikwa on Monday, officials said.", "Dikwa"),
    ],
)
def test_a_place_set_on_fire_is_an_incident(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2023, 6, 6)))
    assert any(i.location.startswith(place) for i in r.incidents), [i.location for i in r.incidents]


def test_the_day_before_set_on_fire_is_a_second_event(extractor: Extractor) -> None:
    text = (
        "Gunmen kill seven in Plateau village\n"
        "JOS (Reuters) - Gunmen killed seven villagers near Bokkos on Tuesday, police said. The"
        " attack came a day after a chief's house was set on fire in Mangu.\n"
    )
    r = extractor.extract(articles.from_text(text, published=date(2023, 6, 6)))
    assert date(2023, 6, 5) in [i.event_date for i in r.incidents if i.location.startswith("Mangu")], [
        (i.location, i.event_date) for i in r.incidents
    ]
