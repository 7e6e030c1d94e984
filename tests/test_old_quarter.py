"""A city's old quarter ("the Old Town of X", "X's Old City", "the Old Quarter") is a part of the
city the text names, not a town of its own: no Old Town in Maine, no unplaced "Old City"
incident beside the city's. Old Town, Maine, named without "the", stays a town.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Clashes broke out in the Old Town of Hebron on Friday, killing two.", "Hebron"),
        ("Israeli police stormed the Old City of Jerusalem on Friday, wounding 20.", "Jerusalem"),
        ("A stabbing in Jerusalem's Old Town killed one on Sunday.", "Jerusalem"),
    ],
)
def test_a_citys_old_quarter_is_the_city(extractor: Extractor, text: str, city: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2021, 5, 9)))
    assert [m.text for m in r.mentions if m.text.startswith("Old")] == []
    assert [i.location for i in r.incidents if not i.location.startswith(city)] == []
    assert all(not i.place_text for i in r.incidents)


def test_old_town_maine_stays_a_town(extractor: Extractor) -> None:
    text = "Police in Old Town, Maine, said a man was shot dead on Monday."
    r = extractor.extract(articles.from_text(text, published=date(2021, 5, 9)))
    assert any(i.location.startswith("Old Town, Penobscot County") for i in r.incidents)
