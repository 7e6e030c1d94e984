""" ", between X and Y" is an aside on where the event's place lies only after a place the clause
told ("near Tessit on Sunday, between Gao and Menaka"); with no place before it, a day or a
group's name before the comma, X and Y are all the text says of where it happened, and stay
event places (they had both been set aside and the incident left unplaced).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 3, 3)


@pytest.mark.parametrize(
    ("text", "between"),
    [
        ("Heavy fighting broke out on Sunday, between Marib and Sirwah, killing nine.", ("Marib", "Sirwah")),
        (
            "Militants ambushed a convoy late on Friday, between Gao and Ansongo, killing four soldiers.",
            ("Gao", "Ansongo"),
        ),
        (
            "Two soldiers were killed when troops clashed with Boko Haram, between Damboa and Biu.",
            ("Damboa", "Biu"),
        ),
    ],
)
def test_with_no_place_before_the_two_towns_are_where_it_happened(
    extractor: Extractor, text: str, between: tuple[str, ...]
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    for name in between:
        assert got.get(name) == "event", (name, text, got)
