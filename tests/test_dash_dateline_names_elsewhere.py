"""A name in ordinary case that opens a report before a dash is its dateline when the sentence
goes on to name another place, not only another event place: the place the event lies in may be
one no event place was read at (a village the gazetteer lacks in a named unit, an attack a
statement condemns). A country named after it, or the name again, leaves it the event place.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 7, 10)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "Nyala - The governor condemned Sunday's attack on the market in Kass, South Darfur,"
            " which left four traders dead.",
            "Nyala",
        ),
        (
            "Maiduguri - Gunmen on Sunday attacked a farming settlement in the Konduga Local"
            " Government Area of Borno State, killing seven.",
            "Maiduguri",
        ),
        (
            "Mopti - The army denounced the ambush of a convoy near Boni, central Mali, in which"
            " three soldiers died.",
            "Mopti",
        ),
    ],
)
def test_a_dash_opening_before_another_place_is_the_dateline(
    extractor: Extractor, text: str, dateline: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[dateline] == "dateline", text
    found = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert all(dateline not in (i.location or "") for i in found.incidents), text


def test_a_dash_opening_before_its_country_only_is_still_the_event_place(extractor: Extractor) -> None:
    text = "Kabul - A suicide bomber killed 40 people at a wedding hall in Afghanistan on Friday."
    assert roles_of(extractor, PUBLISHED, text)["Kabul"] == "event"
