"""A named checkpoint, crossing or bridge "between X and Y" is where it happened; X and
Y say where it lies, as the towns a road joins do ("on the highway between X and Y").

Texts of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 5, 8)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "A car bomb exploded near the Bab al-Hawa crossing between Sarmada and Reyhanli on Monday,"
            " killing five people, a monitor said.",
            ("Sarmada", "Reyhanli"),
        ),
        (
            "Gunmen killed two policemen at the Tarmiyah checkpoint between Baghdad and Samarra on Monday,"
            " a security source said.",
            ("Baghdad", "Samarra"),
        ),
        (
            "Israeli troops shot dead a Palestinian at the Huwara checkpoint between Nablus and Ramallah on"
            " Monday after he drew a knife, the army said.",
            ("Nablus", "Ramallah"),
        ),
        (
            "Islamic State fighters attacked the Qayyarah bridge between Mosul and Baiji on Monday, killing"
            " three soldiers.",
            ("Mosul", "Baiji"),
        ),
    ],
)
def test_the_towns_a_checkpoint_lies_between_are_not_event_places(
    extractor: Extractor, text: str, ends: tuple[str, str]
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    events = [m.text for m in r.mentions if m.role == "event"]
    assert events and not set(ends) & set(events), events
