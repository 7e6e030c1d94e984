"""Names that say whose office, movement or meeting it is, not where the violence was.

- A country written before a capitalised office or force ("U.S. President Donald Trump", "U.S.
  Defense Secretary", "U.S. Special Forces") owns it, as "a German court" does: no event place,
  also when the sentence's only event is told as past ("citing a bombing in X last week").
- "the leaders of X, Y and Z": the countries of the leaders, as "the governor of X" is an office's.
- A meeting still to come ("were due to meet in X", "will meet ... in X") is held where talks
  are: not where the attack of its sentence happened (an air strike on a meeting in X is).
- "the protest movement", "protest leaders": who they are, no protest held; a protest is one.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_places

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 4, 11)


def _events(extractor: Extractor, text: str) -> list[str]:
    return event_places(extractor, PUBLISHED, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "U.S. President Donald Trump condemned the suicide bombing in Jalalabad that killed 14 people.",
            "Jalalabad",
        ),
        (
            "U.S. Defense Secretary James Mattis said an air strike near Deir ez-Zor killed 11 militants.",
            "Deir ez-Zor",
        ),
        (
            "U.S. Special Forces raided a compound outside Kandahar on Tuesday, killing four fighters.",
            "Kandahar",
        ),
    ],
)
def test_a_country_before_a_capitalised_office_owns_it(extractor: Extractor, text: str, event: str) -> None:
    assert _events(extractor, text) == [event]


def test_the_office_owner_stays_aside_when_the_event_is_told_as_past(extractor: Extractor) -> None:
    text = "U.S. Secretary of State Mike Pompeo cancelled his visit, citing a car bombing in Herat last week."
    assert "U.S." not in _events(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The shelling came two days before the leaders of Russia, Turkey and Iran were due to meet in Sochi.",
        "Rebels fired rockets at the airport on Monday, a day before the leaders of Sudan and Chad "
        "were to meet in Doha.",
        "The bombing came hours before the leaders of Kenya and Somalia were due to meet in Addis Ababa "
        "to discuss security.",
    ],
)
def test_leaders_countries_and_a_meeting_to_come_are_no_event_places(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Gunmen killed nine people in Mardan on Monday, a day before Afghan and Pakistani officials "
            "will meet in Kabul.",
            "Mardan",
        ),
        ("An air strike on a meeting of rebel commanders in Ariha killed 12 on Sunday.", "Ariha"),
        # "to meet" as a purpose is no meeting to come (found by review rev24)
        ("An air strike killed five commanders who had gathered to meet in Musa Qala.", "Musa Qala"),
        ("Militants ambushed a convoy of aid workers travelling to meet villagers in Kidal.", "Kidal"),
        ("Gunmen shot dead two elders who had come to meet the district chief in Wardak.", "Wardak"),
    ],
)
def test_the_event_stays_beside_a_meeting(extractor: Extractor, text: str, event: str) -> None:
    assert _events(extractor, text) == [event]


@pytest.mark.parametrize(
    "text",
    [
        "Algeria's army chief and the protest movement agreed in Algiers on Thursday to hold an election.",
        "Iraq's prime minister and protest leaders met in Baghdad on Sunday to discuss the demands.",
        "Lebanon's president and protest organisers held talks in Beirut on Tuesday.",
    ],
)
def test_a_protest_movement_holds_no_protest(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


def test_a_protest_is_still_one(extractor: Extractor) -> None:
    text = "Thousands joined a protest in Basra on Friday against power cuts."
    assert _events(extractor, text) == ["Basra"]
