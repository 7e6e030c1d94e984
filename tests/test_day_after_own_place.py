"""A sentence that tells no event of its own but one ", a day after" it is about that event at
its place only when the aside names no place of its own: "Peace talks resumed in X on Tuesday, a
day after air strikes killed 30 people in Y" puts nothing at X, the talks' venue."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 15)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Peace talks resumed in Geneva on Tuesday, a day after air strikes killed 30 people in Idlib.",
            "Geneva",
        ),
        (
            "The president visited Kabul on Tuesday, a day after militants killed six soldiers in Kunduz.",
            "Kabul",
        ),
        (
            "Hundreds of mourners gathered in Maiduguri on Friday, two days after a suicide bomber killed 12"
            " worshippers at a mosque in Konduga.",
            "Maiduguri",
        ),
    ],
)
def test_a_venue_beside_an_aside_with_its_own_place_is_no_event_place(
    extractor: Extractor, text: str, venue: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}[venue] == "mentioned", [
        (m.text, m.role, m.reason) for m in r.mentions
    ]
    assert not [i.location for i in r.incidents if i.location.startswith(venue[:4])], r.incidents


def test_an_aside_with_no_place_of_its_own_stays_at_the_sentence_place(extractor: Extractor) -> None:
    text = (
        "The minister arrived in Kandahar on Monday, two days after gunmen killed four police officers"
        " on a highway."
    )
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.location.split(",")[0] for i in r.incidents] == ["Kandahār"], r.incidents
