""" "the X territory" (the DR Congo's second-level units) and "the X subdistrict" are a place of that
kind, not a name modifying a noun ("the X talks", "the X toll"): before, "in the Beni territory of
eastern Congo" made Beni a mention of something else and left the incident unplaced.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2023, 9, 12)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels killed 12 villagers in the Beni territory of eastern Congo on Saturday.", "Beni"),
        # (GeoNames names this territory with its kind word)
        (
            "Troops clashed with militiamen in the Rutshuru territory of Congo on Sunday.",
            "Rutshuru Territory",
        ),
        ("Militiamen burned two villages and killed nine people in the Djugu territory on Sunday.", "Djugu"),
    ],
)
def test_the_territory_is_the_place(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [(i.location.split(",")[0], i.country_code) for i in r.incidents] == [(place, "CD")]


def test_the_talks_still_name_something_else(extractor: Extractor) -> None:
    text = "Fighting near Goma killed four soldiers on Monday as the Nairobi talks stalled."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}.get("Nairobi") == "mentioned"
