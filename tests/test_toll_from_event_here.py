"""A toll of an event that a place names ("Death Toll From X Air Strikes Rises", "casualties from
the X car bomb") tells where the event happened, not where someone comes from: the place is the
event's. People from a place ("victims from X were taken to hospital") stay an origin.

Headlines and sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 5, 14)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Death Toll From Binnish Air Strikes Rises To 17", "Binnish"),
        ("The casualties from the Sarmin car bomb climbed to nine on Tuesday, medics said.", "Sarmin"),
        ("Toll from Taftanaz shelling reaches 12, monitor says", "Taftanaz"),
    ],
)
def test_a_toll_from_an_event_named_by_its_place_is_there(extractor: Extractor, text: str, name: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(name) == "event", roles


def test_people_from_a_place_stay_an_origin(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text(
            "Victims from Sarmin were taken to hospitals after air strikes hit Binnish on Monday.",
            published=PUBLISHED,
        )
    )
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get("Sarmin") == "origin", roles
