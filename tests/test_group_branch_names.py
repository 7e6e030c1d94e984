"""A jihadist group's branch named by a region ("Islamic State's West Africa Province", "IS's
Khorasan branch", "Islamic State in the Greater Sahara") names no place: the branch claims an
attack elsewhere. A place the group holds ("Islamic State's Raqqa stronghold") stays one.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "branch", "place"),
    [
        (
            "Islamic State's West Africa affiliate claimed an attack on a camp at Monguno on Friday.",
            "West Africa",
            "Monguno",
        ),
        ("Islamic State in the Greater Sahara claimed the ambush near Menaka on Monday.", "Sahara", "Ménaka"),
        (
            "Islamic State's Khorasan branch claimed a suicide bombing in Jalalabad on Sunday.",
            "Khorasan",
            "Jal",
        ),
    ],
)
def test_a_branch_named_by_a_region_is_no_place(
    extractor: Extractor, text: str, branch: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2019, 4, 10)))
    assert [m.text for m in r.mentions if branch in m.text] == []
    assert any(i.location.startswith(place) for i in r.incidents), [i.location for i in r.incidents]


def test_a_place_the_group_holds_stays_a_place(extractor: Extractor) -> None:
    text = "Air strikes hit Islamic State's Raqqa stronghold on Monday, killing 12 fighters."
    r = extractor.extract(articles.from_text(text, published=date(2017, 4, 10)))
    assert any("Raqqa" in i.location for i in r.incidents), [i.location for i in r.incidents]
