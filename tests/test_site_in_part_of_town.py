"""A site named after its town and placed in a part of a nearby city ("Kuje prison in the south
of Abuja", "Douma hospital on the outskirts of Damascus") is at its town: the city only says
where the town lies, it is no second incident."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 11)


@pytest.mark.parametrize(
    ("text", "town", "city"),
    [
        (
            "Gunmen attacked Kuje prison in the south of Abuja on Tuesday night, freeing hundreds of"
            " inmates and killing a guard.",
            "Kuje",
            "Abuja",
        ),
        (
            "Shells hit Douma hospital on the outskirts of Damascus on Friday, killing four patients.",
            "Douma",
            "Damascus",
        ),
        (
            "A suicide bomber struck Konduga market in the south of Maiduguri on Friday, killing 12 traders.",
            "Konduga",
            "Maiduguri",
        ),
    ],
)
def test_a_site_in_part_of_a_city_is_at_its_town(
    extractor: Extractor, text: str, town: str, city: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(town) == "event", [(m.text, m.role, m.reason) for m in r.mentions]
    assert roles.get(city) == "mentioned", [(m.text, m.role, m.reason) for m in r.mentions]
    assert len(r.incidents) == 1, r.incidents
