"""A toll broken down into places that add up to it ("killed 11 in X province: seven in Y and
four in Z") is told by its parts: no incident for the whole beside them, which would count the
dead twice. A share that leaves the rest told nowhere ("including 10 in Y") keeps the whole.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 5, 14)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Air strikes killed 13 people in Idlib province on Monday: nine in Binnish and four in Taftanaz.",
            {9, 4},
        ),
        (
            "Government shelling killed ten civilians in Idlib on Tuesday - six in Sarmin and four in Kafr "
            "Takharim.",
            {6, 4},
        ),
        (
            "Russian raids killed 15 people across Idlib province on Friday: eight in Binnish, four in "
            "Sarmin and three in Taftanaz.",
            {8, 4, 3},
        ),
    ],
)
def test_a_whole_told_by_its_places_is_no_incident_of_its_own(
    extractor: Extractor, text: str, parts: set[int]
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = [(i.location, i.fatalities.best) for i in r.incidents]
    assert {best for _, best in found} == parts, found
    assert sum(best or 0 for _, best in found) == sum(parts), found


def test_a_share_that_leaves_a_rest_keeps_the_whole(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text(
            "Air strikes killed 25 people in Idlib province on Thursday, including 10 in Binnish.",
            published=PUBLISHED,
        )
    )
    assert sorted(i.fatalities.best or 0 for i in r.incidents) == [10, 25]
