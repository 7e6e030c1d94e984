"""A town the gazetteer lacks, set off by a comma from the region it lies in ("X, in Burkina
Faso's Centre-Nord region", "X, in the Sahel region"), is read as that region at the region's
precision: honest about how precisely the place is known, and in the right country, where before
the incident had no place at all.

(A name the gazetteer knows nowhere is not spotted at all, and the region is the event place
already.) Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 4, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        (
            "Gunmen attacked Solhan, in Burkina Faso's Sahel region, on Friday, killing dozens.",
            "Solhan",
            "BF",
        ),
        (
            "Jihadists stormed Tillia, in Mali's Mopti region, on Monday, killing nine villagers.",
            "Tillia",
            "ML",
        ),
        (
            "Gunmen killed 12 worshippers in Bourasso, in Burkina Faso's Boucle du Mouhoun region, on"
            " Sunday, a local official said.",
            "Bourasso",
            "BF",
        ),
    ],
)
def test_an_unknown_town_is_read_as_its_region(
    extractor: Extractor, text: str, town: str, country: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert found[town].role == "event", text
    c = found[town].candidate
    assert c is not None and c.place.country_code == country, text
    assert str(c.place.feature) == "admin1", text
