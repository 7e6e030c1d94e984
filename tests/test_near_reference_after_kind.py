"""A place the gazetteer lacks told with its kind first and a town after it, "the village of X,
near Y", "the hamlet of X, close to the town of Y": Y is where X lies near, as in "X, a village
near Y"; before, X was left unplaced ("no enclosing unit named"), and with no reference of its
own the incident could take the place told in the sentence before.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 5, 14)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Air strikes killed eight civilians in Khan Sheikhoun on Monday, rescuers said.\n\n"
            "Shelling on the village of Tell Barak Zor, near Kafr Nabudah in the northern Hama countryside,"
            " killed four people on Monday evening, activists said.",
            "Tell Barak Zor",
            "Kafr Nabudah",
        ),
        (
            "Militants attacked an army post in Dori on Friday, killing ten soldiers.\n\n"
            "Gunmen also raided the village of Kouragal, near Djibo in northern Burkina Faso, on Friday"
            " night.",
            "Kouragal",
            "Djibo",
        ),
        (
            "Soldiers killed four militants near Gorom-Gorom on Friday, the army said.\n\n"
            "Suspected jihadists attacked the hamlet of Ndiorgabe, close to Dori, on Saturday, killing two"
            " herders.",
            "Ndiorgabe",
            "Dori",
        ),
    ],
)
def test_the_town_after_the_name_is_its_reference(
    extractor: Extractor, text: str, name: str, town: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    mine = [i for i in r.incidents if i.place_text.startswith(name)]
    assert mine, [(i.location, i.place_text) for i in r.incidents]
    assert all(f"placed near {town}" in i.place_text for i in mine), [i.place_text for i in mine]
    assert all(i.location.startswith(town) for i in mine), [i.location for i in mine]
