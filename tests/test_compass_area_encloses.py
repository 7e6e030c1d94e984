"""A city's name told as an area by a compass word after a finer event place ("X near the border
fence in southern Gaza", "X along the highway in northern Homs") names the territory around the
city: context for X, not a second incident at the city, when X lies near it.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 10, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "area"),
    [
        (
            "Israeli air strikes killed three people in Beit Hanoun near the border fence in northern Gaza"
            " on Tuesday, medics said.",
            "Gaza",
        ),
        (
            "Shelling killed two women in Talbiseh along the highway in northern Homs on Tuesday,"
            " activists said.",
            "Homs",
        ),
        (
            "A roadside bomb killed five soldiers at a checkpoint in Spin Boldak near the border in"
            " southern Kandahar on Tuesday.",
            "Kandahar",
        ),
        (
            "Gunmen killed four villagers in Kafr Nabl near the highway in southern Idlib on Tuesday,"
            " activists said.",
            "Idlib",
        ),
    ],
)
def test_a_city_told_as_an_area_encloses_the_town_before_it(
    extractor: Extractor, text: str, area: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}[area] == "mentioned", text
    assert len(r.incidents) == 1, [i.location for i in r.incidents]


def test_a_clause_joined_between_keeps_the_area_its_own_event(extractor: Extractor) -> None:
    text = (
        "Air strikes killed four people in Maarat al-Numan and fighting raged in southern Idlib on"
        " Tuesday, a monitor said."
    )
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}["Idlib"] == "event"
