"""The area's past told in a perfect aside that opens with "in" ("..., in an area where militants
have waged an insurgency") is background to the sentence's own news, as "..., an area where ..."
is: the killing before it is still the report's event, its place an event place.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen killed three border guards near Saravan on Tuesday, officials said, in an area where "
            "Baluch militants have waged an insurgency for years.",
            "Saravan",
        ),
        (
            "A roadside bomb killed two soldiers outside Baidoa on Monday, in a region where al Shabaab has "
            "fought the government for a decade.",
            "Baidoa",
        ),
        (
            "Militants shot dead four policemen at a checkpoint in Tank on Friday, across a district where "
            "the Taliban have waged a campaign of killings.",
            "Tank",
        ),
    ],
)
def test_a_perfect_aside_after_in_keeps_the_news(rules: Extractor, text: str, place: str) -> None:
    r = rules.extract(articles.from_text(text, published=date(2017, 10, 18)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(place) == "event", roles
    assert r.incidents
