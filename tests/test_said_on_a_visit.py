"""Where someone spoke on a trip ("the president said on a visit to X", "speaking during a
two-day trip to X", "told reporters on a tour to X") is a speech venue like "said in X", not a
place where the violence the sentence tells happened.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "place", "venue"),
    [
        (
            "Gunmen killed five in Toribio on Tuesday, President Ivan Duque said on a visit to Popayan.",
            "Tor",
            "Popayan",
        ),
        (
            "Bandits killed 14 in Zurmi on Monday, President Muhammadu Buhari said during a visit to Sokoto.",
            "Zurmi",
            "Sokoto",
        ),
        (
            "A bomb killed three near Gao on Friday, Minister Tiena Coulibaly said on a trip to Mopti.",
            "Gao",
            "Mopti",
        ),
        (
            "Militants killed six in Turbat on Sunday, Prime Minister Imran Khan said on a visit to Quetta.",
            "Turbat",
            "Quetta",
        ),
    ],
)
def test_a_visit_s_town_is_where_someone_spoke(
    extractor: Extractor, text: str, place: str, venue: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2019, 10, 31)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(venue) == "mentioned", roles
    assert any(i.location.startswith(place) for i in r.incidents), [i.location for i in r.incidents]
