"""Where people fled or were taken, told with the site they went to there ("forcing thousands to
flee towards the U.N. base at X", "fled to a school in X", "sent fleeing to the U.N. base in
X"), is no event place, as "fled to X" and "taken to hospitals in X" are not.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "refuge"),
    [
        (
            "Troops shelled Kutum on Monday, forcing thousands to flee towards the U.N. base at Tawila.",
            "Tawila",
        ),
        ("Gunmen killed 12 in Bunia on Monday, and thousands fled to a school in Komanda.", "Komanda"),
        (
            "Clashes in Kaga-Bandoro on Friday sent thousands fleeing to the U.N. base in Batangafo.",
            "Batangafo",
        ),
    ],
)
def test_a_refuge_told_by_its_site_is_no_event_place(extractor: Extractor, text: str, refuge: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2016, 1, 5)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(refuge) == "mentioned", roles
