"""A district told as lying on a town's edge by the town's possessive ("the X district on Mosul's
eastern edge", "on Y's southern outskirts") lies in that town, as "on the eastern edge of Y" says:
Y is the district's parent, not a second event place.

Texts of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2017, 6, 7)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "district", "town"),
    [
        (
            "Iraqi troops entered the Gogjali district on Mosul's eastern edge on Tuesday, killing 12"
            " militants.",
            "Gogjali",
            "Mosul",
        ),
        (
            "Rebels attacked the Ramouseh district on Aleppo's southern edge on Tuesday, killing six"
            " soldiers.",
            "Ramouseh",
            "Aleppo",
        ),
        (
            "Islamic State fighters attacked the Ghweran district on Hasakah's southern edge on Tuesday,"
            " killing five soldiers.",
            "Ghweran",
            "Hasakah",
        ),
    ],
)
def test_the_town_whose_edge_holds_the_district_is_its_parent(
    extractor: Extractor, text: str, district: str, town: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(district) == "event" and roles.get(town) != "event", roles
