"""A seat of government whose plural speakers talk in the perfect ("officials in Beirut have
demanded", "authorities in Bamako have accused") is where they spoke, as with "has" or "said":
not a place of the violence the report tells elsewhere, even when the report gives that
violence only its country. Alone in its report, the speakers' town is still the best place it
gives."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 3, 5)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # the report names only the country of the violence: the seat is still no event place
        (
            "Clashes in a Palestinian refugee camp in Lebanon killed three people on Saturday. Lebanese "
            "officials in Beirut have demanded the handover of militants they say planned attacks.",
            "Beirut",
        ),
        (
            "An air strike killed 20 children at a school in northern Yemen on Tuesday. Houthi leaders in "
            "Sanaa have demanded an inquiry into the strike.",
            "Sanaa",
        ),
        (
            "Shelling killed three people in eastern Ukraine on Monday. Officials in Kyiv have said the "
            "shells were fired by separatists.",
            "Kyiv",
        ),
        (
            "Gunmen killed six soldiers near Gao on Monday. Authorities in Bamako have accused jihadists "
            "of the attack.",
            "Bamako",
        ),
    ],
)
def test_speakers_in_a_seat_with_have_are_not_the_event_place(
    extractor: Extractor, text: str, seat: str
) -> None:
    assert roles(extractor, text).get(seat) == "mentioned"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the speakers' town is the only place: the violence they tell is there
        (
            "Officials in Kunduz have said a car bomb killed six people outside the governor's office.",
            "Kunduz",
        ),
        ("Police in Peshawar have said a bomb killed four people at a bus stop there.", "Peshawar"),
        # "have" not after a speaker in the town: the town is where it happened
        ("Gunmen in Kano have killed four policemen at a checkpoint, residents said.", "Kano"),
    ],
)
def test_the_speakers_town_alone_or_a_town_of_attackers_is_still_the_event_place(
    extractor: Extractor, text: str, town: str
) -> None:
    assert roles(extractor, text).get(town) == "event"
