"""A place told "in" a province ("near X in Chhattisgarh", "X in Zamfara") lies in that province,
its kind word unsaid: a town of X's name (or spelling) abroad is no reading of it, the province
stands in when it holds no X. Sentences of our own, each naming a town that exists only abroad."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Maoists killed two policemen near Tarime in Chhattisgarh on Tuesday.", "IN"),
        ("Gunmen killed four farmers near Kadugli in Zamfara on Sunday.", "NG"),
        ("A roadside bomb killed three soldiers in Tarim in Balochistan on Monday.", "PK"),
    ],
)
def test_a_place_told_in_a_province_lies_in_it(extractor: Extractor, text: str, country: str) -> None:
    found = extractor.extract(articles.from_text(text, published=date(2019, 3, 27)))
    assert [i.country_code for i in found.incidents] == [country], [i.location for i in found.incidents]
