"""A road named by its two ends ("the supply route from X to Y", "the last road from the city to
Y") names no event place when the sentence names the event's own place beside it, as "the
highway between X and Y" does; alone the ends are all there is.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "Kurds seized Hawl on Friday, cutting the militants' supply route from Raqqa to Mosul.",
            ("Raqqa", "Mosul"),
        ),
        (
            "A roadside bomb hit a convoy near Sarobi on the highway from Kabul to Jalalabad on Monday.",
            ("Kabul", "Jalalabad"),
        ),
        (
            "Troops stormed Hamam al-Alil on Thursday, cutting the last road from the town to Tal Afar.",
            ("Tal Afar",),
        ),
    ],
)
def test_the_ends_of_a_road_are_no_event_places(
    extractor: Extractor, text: str, ends: tuple[str, ...]
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2017, 3, 11)))
    roles = {m.text: m.role for m in r.mentions}
    assert all(roles.get(end) == "mentioned" for end in ends), roles


def test_a_road_told_alone_keeps_its_ends(extractor: Extractor) -> None:
    text = "Gunmen ambushed a bus on the road from Kabul to Jalalabad on Monday, killing six."
    r = extractor.extract(articles.from_text(text, published=date(2017, 3, 11)))
    assert r.incidents and all(i.location for i in r.incidents), [i.location for i in r.incidents]
