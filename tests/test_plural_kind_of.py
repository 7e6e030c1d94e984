"""A plural kind word before "of" ("the areas of X", "the towns of X and Y", "the districts of
X") says what follows is a place, as the singular does ("the area of X"): a name the gazetteer
knows only by a transliteration is trusted there. Capitalised words after it that are no place
stay none."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 1, 10)


def mentions(extractor: Extractor, text: str) -> dict[str, str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in result.mentions if m.candidate is not None}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Clashes broke out in the areas of Tal Qarrah on Tuesday, a monitor said.", "Tal Qarrah"),
        ("Regime forces shelled the towns of Kafr Nabouda and Habeet on Tuesday.", "Kafr Nabouda"),
        ("Fighting raged in the districts of Tal Qarrah overnight.", "Tal Qarrah"),
        ("Airstrikes hit the areas of Tal Shghaib on Tuesday, killing three.", "Tal Shghaib"),
    ],
)
def test_a_place_after_a_plural_kind_word_is_spotted(extractor: Extractor, text: str, place: str) -> None:
    assert mentions(extractor, text).get(place) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged in the areas of Operation Dawn on Tuesday.",
        "Fighting raged in the areas of Free Army control on Tuesday.",
    ],
)
def test_no_place_after_a_plural_kind_word_is_none(extractor: Extractor, text: str) -> None:
    assert mentions(extractor, text) == {}
