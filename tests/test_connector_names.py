"""A name that joins two with "y" or "e" ("Guadalupe y Calvo", "Abreu e Lima") is one place when
the gazetteer knows it whole: before, the spotter cut it at the conjunction, found a namesake of
the first half elsewhere and made the state or town after it the event place.

Each rule on several differently worded sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 3, 16)  # a Saturday


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Gunmen shot dead a town councillor in San Pedro y San Pablo Ayutla in Oaxaca on Friday.",
            "San Pedro y San Pablo Ayutla",
            "MX",
        ),
        (
            "Police said two men were shot dead outside a bar in Abreu e Lima, near Recife, on Friday.",
            "Abreu e Lima",
            "BR",
        ),
        (
            "A gang attacked a prison van in Pontes e Lacerda in Mato Grosso on Friday, killing a guard.",
            "Pontes e Lacerda",
            "BR",
        ),
    ],
)
def test_a_name_joined_by_y_or_e_is_spotted_whole(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert name in found, list(found)
    m = found[name]
    assert m.role == "event" and m.candidate is not None and m.candidate.place.country_code == country
    # the unit after it is where the town lies, not a second event place
    assert [x.text for x in r.mentions if x.role == "event"] == [name]
