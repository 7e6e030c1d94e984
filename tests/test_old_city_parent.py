"""A city named after a quarter of it as the part it lies in ("Bab Sharqi in the old city of
Damascus", "X in the heart of Y", "X in the centre of Y") is context for the finer place, as "on
the outskirts of Y" is, not a second event place.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "quarter", "city"),
    [
        (
            "Shells hit Bab Sharqi in the old city of Damascus on Tuesday, wounding four.",
            "Bab Sharqi",
            "Damascus",
        ),
        ("Mortar rounds landed in Shaghour in the old city of Damascus on Friday.", "Shaghour", "Damascus"),
        (
            "Rebels shelled al-Jdeideh in the old city of Aleppo on Monday, killing two.",
            "al-Jdeideh",
            "Aleppo",
        ),
    ],
)
def test_the_old_city_of_y_encloses_the_quarter(
    extractor: Extractor, text: str, quarter: str, city: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2019, 3, 19)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(quarter) == "event" and roles.get(city) == "mentioned", roles
