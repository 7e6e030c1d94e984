"""The unit a place lies in, told after "of" with the part of it ("the X district of western Y
province", "the X neighbourhood of eastern Y"), is X's parent, as it already was after "in"
("the X district in western Y province"): the geocoder asks for X in Y, and Y is context for
the finer place, not a second event place. Before, "of" with a compass word between read Y as
an event place of its own and X, which the gazetteer lacks, was asked for with no parent.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 5, 22)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "place", "parent"),
    [
        (
            "A roadside bomb killed a district governor in the Ghormach district of western Faryab"
            " province on Wednesday.",
            "Ghormach",
            "Faryab",
        ),
        (
            "Mortar shells killed three children in the al-Mamoun neighbourhood of western Baghdad on"
            " Sunday.",
            "al-Mamoun",
            "Baghdad",
        ),
        (
            "A car bomb killed five people in the Hay al-Mithaq neighbourhood of eastern Mosul on Friday.",
            "al-Mithaq",
            "Mosul",
        ),
    ],
)
def test_the_unit_after_of_and_a_compass_word_is_the_parent(
    extractor: Extractor, text: str, place: str, parent: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles[place] == "event", r.mentions
    assert roles[parent] == "mentioned", r.mentions
    placed = [i for i in r.incidents if i.latitude is not None]
    assert len(placed) == 1, r.incidents
    assert placed[0].place_text.startswith(f"{place} (not in gazetteer; placed"), placed[0]
    assert placed[0].location.startswith(parent), placed[0]


def test_a_town_told_with_its_region_after_of_keeps_its_own_reading(extractor: Extractor) -> None:
    # a place the gazetteer holds is read as itself, its region context, as before
    text = "Militants stormed a police post in the Darzab district of southern Jowzjan province on Saturday."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles == {"Darzab": "event", "Jowzjan": "mentioned"}, r.mentions
    assert [i.place_text for i in r.incidents] == [""]
