"""A headline's place named again in the body counts as named again though the body's words read
it as another entry of that name: "Damascus suburb" in a headline reads the governorate, "the
edge of Damascus" in the lead the city. The lead's own event place nearby then keeps the only
incident, as when both read the same entry (`headline_names`).

Reports of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 8, 5)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Mortars kill two in Damascus suburb\nBEIRUT (AP) - Mortar rounds hit a school in the town of"
            " Jaramana on the southeastern edge of Damascus on Tuesday, killing two children, state media"
            " said.",
            "Jaramana",
        ),
        (
            "Air raids kill 11 in rebel-held Damascus suburb\nBEIRUT (Reuters) - Air raids on the town of"
            " Arbin on the eastern outskirts of Damascus killed 11 people on Wednesday, rescuers said.",
            "Arbin",
        ),
        (
            "Gunmen kill four in Damascus suburb\nBEIRUT (Reuters) - Gunmen killed four soldiers at a"
            " checkpoint in Qudsaya, on the western edge of Damascus, on Saturday, a monitor said.",
            "Qudsaya",
        ),
    ],
)
def test_the_headlines_place_read_otherwise_in_the_lead_makes_no_incident(
    extractor: Extractor, text: str, lead: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    events = [m.text for m in r.mentions if m.role == "event"]
    assert events == [lead], text
    assert len([i for i in r.incidents if i.latitude is not None]) == 1, text
