"""Reports left unplaced (wire batch 16): a dateline's town called "this Turkish border town",
and a town's two-word name written as one word. Texts of our own, none from tests/wire/."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 20)


def event_readings(extractor: Extractor, text: str) -> dict[str, str | None]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.candidate.place.name if m.candidate else None for m in r.mentions if m.role == "event"}


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "KILIS, Turkey (Reuters) - Rockets fired from Syria struck a school in this Turkish frontier "
            "town on Monday, wounding four children.",
            "KILIS",
        ),
        (
            "QUETTA, Pakistan (AP) — A bomb ripped through a market in this southwestern city on Friday, "
            "killing 11 people.",
            "QUETTA",
        ),
        (
            "ADEN, Yemen (Reuters) - Gunmen shot dead a judge outside his home in this southern port city "
            "on Sunday.",
            "ADEN",
        ),
    ],
)
def test_this_town_with_its_adjectives_is_the_dateline_town(
    extractor: Extractor, text: str, dateline: str
) -> None:
    assert dateline in event_readings(extractor, text)


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        (
            "Police said a bomb exploded at a bus stand in Mirpurkhas in Pakistan's Sindh province on "
            "Saturday, killing three people.",
            "Mirpurkhas",
            "Mirpur Khas",
        ),
        (
            "Gunmen kidnapped two oil workers in Portharcourt, Nigeria's oil hub, on Wednesday and killed "
            "their driver.",
            "Portharcourt",
            "Port Harcourt",
        ),
        (
            "Unknown attackers set fire to a police post in Kalabankoro, south of Bamako, overnight, "
            "wounding two officers in Mali.",
            "Kalabankoro",
            "Kalaban Koro",
        ),
    ],
)
def test_a_two_word_name_written_as_one_is_spotted(
    extractor: Extractor, text: str, word: str, name: str
) -> None:
    assert event_readings(extractor, text).get(word) == name
