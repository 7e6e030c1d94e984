"""A speech tag that closes its sentence ("..., police said in X.") keeps X as the event place when
what it tells names no place of its own: a one-sentence wire report whose only place is the tag's
city is best placed there. The tag's city is set aside only when the told part names the event's
own place, one the gazetteer lacks ("the village chief of X", "the terminals at X")."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 9, 14)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    found = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in found.mentions}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A grenade thrown into a crowded bar wounded 14 people late on Saturday, police said in Goma.",
            "Goma",
        ),
        (
            "Armed men ambushed a convoy of fuel tankers and shot dead five drivers, the transport "
            "ministry said in Niamey on Friday.",
            "Niamey",
        ),
        (
            "Fighters set fire to a school and killed three teachers, local officials told reporters in "
            "Maiduguri.",
            "Maiduguri",
        ),
        (
            "An explosive device hidden in a parked motorbike killed seven people outside a mosque, "
            "the provincial police chief said in Kandahar.",
            "Kandahar",
        ),
        (
            # the speaker's own "of" is no place of what was told
            "An air strike hit a wedding party in the hills, killing 23 guests, the Ministry of Health "
            "said in Sanaa.",
            "Sanaa",
        ),
    ],
)
def test_a_closing_tags_city_is_the_event_place_when_nothing_else_is_named(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(extractor, text)[place] == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Raiders burned the granaries of Tingoure and killed the herders who guarded them, the "
            "governor said in Dori.",
            "Dori",
        ),
        (
            "Militiamen shelled the fishing camps at Wuldoba during the night, killing four, the army "
            "said in Juba.",
            "Juba",
        ),
    ],
)
def test_the_tags_city_is_set_aside_when_the_told_part_names_its_own_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(extractor, text)[place] == "mentioned"
