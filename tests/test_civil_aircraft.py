"""An aircraft of no armed force that struck something flew into it: "A passenger plane struck a
power line near X, killing two" is an accident, no air strike and no incident (nor is the
participle that tells what it did). Warplanes and "government jets" striking stay air strikes.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 5, 14)


@pytest.mark.parametrize(
    "text",
    [
        "A passenger plane struck a power line near Goma on Monday, killing two people on the ground.",
        "A small plane struck a hillside outside Bunia on Tuesday, killing its pilot.",
        "A cargo jet struck a hangar at the airport in Mogadishu while landing, killing a worker.",
    ],
)
def test_a_civil_aircraft_that_struck_something_is_no_attack(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert not r.incidents, [(i.location, i.sub_event_type) for i in r.incidents]


def test_government_jets_that_struck_stay_an_air_strike(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text(
            "Government jets struck a market in Binnish on Monday, killing nine.", published=PUBLISHED
        )
    )
    assert [i.sub_event_type for i in r.incidents] == ["Air/drone strike"]
