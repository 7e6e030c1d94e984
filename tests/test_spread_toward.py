"""Where fighting spreads or a tunnel is dug toward ("as fighting also spread towards X", "a
tunnel they had been digging towards X") is where it heads, not the event's place; fighting that
spread to X, fire aimed towards X and a tunnel dug in X are events there."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2017, 3, 21)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "place", "heading"),
    [
        (
            "Army units killed 20 terrorists in Douma on Monday and destroyed a tunnel they had been"
            " digging towards Harasta, a military source said.",
            "Douma",
            "Harasta",
        ),
        (
            "Troops and militiamen fought for control of Injibara on Monday, residents said, as fighting"
            " also spread towards Bahir Dar.",
            "Injibara",
            "Bahir Dar",
        ),
        (
            "Clashes in Saraqeb killed 14 fighters on Sunday, and the fighting was spreading toward the"
            " town of Binnish, activists said.",
            "Saraqeb",
            "Binnish",
        ),
    ],
)
def test_where_it_spreads_toward_is_not_the_event_place(
    extractor: Extractor, text: str, place: str, heading: str
) -> None:
    found = roles(extractor, text)
    assert found.get(place) == "event"
    assert found.get(heading) == "mentioned"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting spread to Bahir Dar on Monday, killing five civilians, residents said.", "Bahir Dar"),
        ("Rockets fired towards Sderot hit a house on Monday, wounding two people, police said.", "Sderot"),
        (
            "Militants dug a tunnel under an army post in Harasta and blew it up, killing 12 soldiers.",
            "Harasta",
        ),
        ("Rebels tried to advance towards Mhardeh on Monday, and 20 fighters were killed.", "Mhardeh"),
    ],
)
def test_spread_to_fire_towards_and_a_tunnel_in_stay_events(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(extractor, text).get(place) == "event"
