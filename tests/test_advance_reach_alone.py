"""How near an advance came (`roles._WITHIN_REACH`) sets the place aside only once the report
names another event place: alone, the town the fighting came within a few kilometres of is the
best place the report gives (review17a). Texts of our own, none from tests/wire/."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 20)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Government forces advanced to within 3 km of Saraqeb on Sunday after heavy clashes that "
            "killed 30 fighters.",
            "Saraqeb",
        ),
        (
            "Al-Shabaab fighters came within 10 kilometres of Beledweyne on Thursday after a battle that "
            "left 12 soldiers dead.",
            "Beledweyne",
        ),
        (
            "Rebels pushed to within a few miles of the town of Kidal on Monday in fighting that "
            "killed nine.",
            "Kidal",
        ),
    ],
)
def test_the_only_place_an_advance_neared_is_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}[place] == "event"
    assert any(inc.location for inc in r.incidents)
