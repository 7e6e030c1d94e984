"""A state told in the perfect over a counted span of a month or more ("has been besieged for
more than a year", "have been shelled for two years") is background, like "for years": the
sentence tells no incident, its places none.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.triggers import is_background


@pytest.mark.parametrize(
    "text",
    [
        "Madaya has been besieged for more than a year and depends on the villages of Nubl and Zahraa.",
        "The villages have been shelled for two years, and most of their people have left for Idlib.",
        "Kafraya has been encircled by rebels for nearly six months, residents of Binnish say.",
    ],
)
def test_a_perfect_over_a_counted_span_is_background(rules: Extractor, text: str) -> None:
    assert is_background(text)
    r = rules.extract(articles.from_text(text, published=date(2016, 8, 12)))
    assert not [m for m in r.mentions if m.role == "event"], [(m.text, m.role) for m in r.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes have killed 12 people in Ariha, a monitor said on Friday.",
        "Rebels have seized two villages near Hama, a month after a truce collapsed.",
        "Shelling has killed four people in Douma, two months ago a market there was hit.",
    ],
)
def test_a_span_back_is_no_span_of_the_perfect(text: str) -> None:
    assert not is_background(text)
