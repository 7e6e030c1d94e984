"""A road named by one town ("the Kandahar road", "the Aleppo road", "the Indus highway") names no
event place when the sentence names the event's own place on it ("near X", "outside X"), like the
towns of "the X-Y highway"; told alone ("clashes on the Aleppo road") the town is all there is.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "road", "place"),
    [
        ("A roadside bomb hit a bus on the Kandahar road near Maiwand on Monday.", "Kandahar", "Maiwand"),
        ("Clashes on the Aleppo road near Khan Tuman killed 12 fighters on Friday.", "Aleppo", "Khan Tuman"),
        (
            "Gunmen stopped a bus on the Quetta highway outside Mastung on Sunday and killed nine.",
            "Quetta",
            "Mastung",
        ),
    ],
)
def test_a_town_naming_the_road_is_no_event_place(
    extractor: Extractor, text: str, road: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2017, 4, 10)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(road) == "mentioned" and roles.get(place) == "event", roles


def test_a_road_told_alone_keeps_its_town(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text("Clashes on the Aleppo road killed 12 on Friday.", published=date(2017, 4, 10))
    )
    assert any(i.location.startswith("Aleppo") for i in r.incidents), [i.location for i in r.incidents]
