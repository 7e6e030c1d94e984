"""A seat of government's possessive before its campaign ("the third day of Ankara's offensive",
"as Moscow's air campaign entered its fifth year") names the government, not a place of the
violence, whatever comes before the name. A city's possessive before a part of it ("Aleppo's
western districts", "Baghdad's Karrada district") is still where it happened, or its parent."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 1, 23)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "seat", "town"),
    [
        (
            "Turkish artillery pounded villages around Jinderes in Syria on Monday, the third day of "
            "Ankara's offensive on the Kurdish-held enclave, killing at least five civilians.",
            "Ankara",
            "Jinderes",
        ),
        (
            "Russian jets bombed Maarat al-Numan on Monday, as Moscow's air campaign in Syria entered "
            "its fifth year, killing 12 people.",
            "Moscow",
            "Maarat al-Numan",
        ),
        (
            "Turkish air strikes on Maabatli killed seven civilians on Saturday, as Ankara's military "
            "offensive against a Kurdish militia entered its fifth week.",
            "Ankara",
            "Maabatli",
        ),
    ],
)
def test_a_seats_campaign_names_the_government(extractor: Extractor, text: str, seat: str, town: str) -> None:
    found = roles(extractor, text)
    assert found.get(seat) == "mentioned"
    assert found.get(town) == "event"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Rebels launched an offensive on Aleppo's western districts on Sunday, killing 15 soldiers.",
            "Aleppo",
        ),
        ("Government troops tightened Aleppo's siege on Sunday, killing 20 people.", "Aleppo"),
        ("Militants launched an offensive on Kabul's outskirts on Sunday, killing nine policemen.", "Kabul"),
    ],
)
def test_a_citys_possessive_before_other_words_is_still_the_event_place(
    extractor: Extractor, text: str, city: str
) -> None:
    assert roles(extractor, text).get(city) == "event"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a city's own civil campaign: the attack on it happened there
        (
            "Gunmen killed two policemen guarding Karachi's polio vaccination campaign on Tuesday.",
            "Karachi",
        ),
        ("A bomb killed four health workers of Peshawar's anti-polio campaign on Tuesday.", "Peshawar"),
        ("Gunmen shot dead five police officers escorting Lagos's vaccination campaign on Monday.", "Lagos"),
    ],
)
def test_a_citys_civil_campaign_is_still_the_event_place(extractor: Extractor, text: str, city: str) -> None:
    assert roles(extractor, text).get(city) == "event"


def test_a_seats_bombing_campaign_names_the_government(extractor: Extractor) -> None:
    found = roles(
        extractor, "Saudi jets struck Saada on Monday as Riyadh's bombing campaign entered its third year."
    )
    assert found.get("Riyadh") == "mentioned"
    assert found.get("Saada") == "event"
