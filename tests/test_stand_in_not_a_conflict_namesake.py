"""A village the gazetteer lacks, told as some distance from a town read by its own name abroad
("Kaguru, 40 km east of Goma"), in a text that names no country: the town stands in for it. The
conflict country's readings (extraction.placing._conflict_reading) do not trade that town for a
namesake there that only a spelling meets (Hama for 'Goma', Banin for 'Beni').

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 6, 7)  # a Monday


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        (
            "Gunmen shot dead a chief in Kaguru, 40 km east of Goma, on Saturday, residents said.",
            "Goma",
            "CD",
        ),
        (
            "Unknown attackers shot dead a village chief in Kibati, 40 km east of Goma, on Saturday,"
            " residents said.",
            "Goma",
            "CD",
        ),
        (
            "Gunmen shot dead a teacher in Kamango, 30 km north of Beni, on Sunday, residents said.",
            "Beni",
            "CD",
        ),
    ],
)
def test_the_town_read_by_its_own_name_stands_in(
    rules: Extractor, text: str, town: str, country: str
) -> None:
    r = rules.extract(articles.from_text(text, published=PUBLISHED))
    placed = [i for i in r.incidents if i.latitude is not None]
    assert placed, r.incidents
    assert {i.country_code for i in placed} == {country}
    # the town, or the point the text measures from it ("40 km east of Goma, ...")
    assert all(i.location.startswith(town) or f" of {town}" in i.location for i in placed)
