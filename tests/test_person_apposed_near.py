"""A person's name set off after who the person is ("killed the group's spokesman, NAME, near the
town of Y") locates no place: the act was near Y, which stays its event place. A place set off
so ("attacked X, near the town of Y") is still located by Y.

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
        ("Troops killed the group's commander, Ahmed Ali, near the town of Mafa on Sunday.", "Mafa"),
        ("A drone killed the militant leader, Hafiz Saeed Khan, near the town of Achin.", "Achin"),
        ("Gunmen abducted the governor's son, Mohammed Karim, near the town of Baiji.", "Baiji"),
    ],
)
def test_a_person_set_off_by_commas_locates_no_place(extractor: Extractor, text: str, event: str) -> None:
    assert _events(extractor, text) == [event]


def test_a_place_set_off_so_is_still_located(extractor: Extractor) -> None:
    text = "Gunmen attacked Kafr Nabudah, near the town of Suqaylabiyah, on Sunday."
    assert _events(extractor, text) == ["Kafr Nabudah"]
