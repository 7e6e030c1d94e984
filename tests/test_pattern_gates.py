"""The cheap text tests before costly patterns (thru23) say no only where the pattern finds nothing."""

from __future__ import annotations

import pytest

from incident_explorer.extraction import roles as R
from incident_explorer.extraction import spotting as S

TEXTS = [
    "Gunmen burned the Church of St. Elias near the square before dawn.",
    "Mourners gathered at a chapel named after Saint Brendan on the hill.",
    "The convoy left the monastery of St Anthony and headed to the Harbour Road.",
    "Fighters of al Qaeda in the Islamic Maghreb and Islamic State's Sahel Province clashed.",
    "Troops cut the supply route from the town to Westport and the highway from Eastfield.",
    "Nobody named a saint, a road or a group here, only Lakeside and Ridgeview.",
]


def _ends(text: str) -> list[int]:
    return [i for i in range(1, len(text) + 1) if i == len(text) or text[i] == " " or text[i - 1] == " "]


@pytest.mark.parametrize("text", TEXTS)
def test_saint_of_agrees_with_its_pattern(text: str) -> None:
    for at in _ends(text):
        assert S._saint_of(text, at) == (S._SAINT_OF.search(text, 0, at) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_road_from_needs_the_word_from(text: str) -> None:
    for at in _ends(text):
        lo = max(0, at - 60)
        if R._ROAD_FROM.search(text, lo, at) is not None:
            assert R._FROM_WORD.search(text, lo, at) is not None


def test_saint_of_finds_the_saint_after_a_building() -> None:
    for text, name in [(TEXTS[0], "Elias"), (TEXTS[1], "Brendan"), (TEXTS[2], "Anthony")]:
        assert S._saint_of(text, text.index(name))
    assert not S._saint_of(TEXTS[5], TEXTS[5].index("Lakeside"))
