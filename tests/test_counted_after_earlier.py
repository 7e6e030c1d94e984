"""An attack counted after the one it follows ("the second attack on a rally this month, after a
bomb at a meeting in X killed three") names X's earlier event for comparison, as "the deadliest
since a bombing in X" does: no event place of the report.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "A suicide bomber killed 14 people at a rally in Khost on Tuesday. It was the second attack on "
            "an election meeting this month, after a bomb at a candidate's office in Gardez killed four.",
            "Gardez",
        ),
        (
            "Gunmen shot dead six miners near Fada N'Gourma on Sunday, the latest raid on a gold site, after "
            "an attack on a mine near Djibo killed nine.",
            "Djibo",
        ),
        (
            "A car bomb exploded outside a police station in Kirkuk on Friday, killing five. It was the "
            "third such blast in the city, after a bombing at a market in Tuz Khurmatu left 12 dead.",
            "Tuz Khurmatu",
        ),
    ],
)
def test_an_attack_counted_after_another_sets_its_place_aside(
    rules: Extractor, text: str, earlier: str
) -> None:
    r = rules.extract(articles.from_text(text, published=date(2019, 9, 18)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(earlier) == "mentioned", roles
