"""A site named after someone, told in a province or a state ("the X airport in Y province"),
whose name the sentence sets aside (read only far off, or as a thing's name) leaves the unit as
the event's place: the unit, set aside as what held the site, had left the incident unplaced.
"In the province of Y" tells the site's unit as "in Y province" does.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 2, 11)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the site's name read only as a village far off
        (
            "Gunmen attacked the Benito Juarez airport in Yucatan state on Monday, killing two guards.",
            "Yucatan",
        ),
        (
            "Rockets slammed into the Jorge Chavez air base in Lima region overnight, wounding two airmen.",
            "Lima",
        ),
        # ... or as the name of a thing ("the X airfield")
        (
            "Attackers set fire to the Francisco Villa airfield in Tabasco state on Sunday, wounding four.",
            "Tabasco",
        ),
        (
            "Militants stormed the Omar Torrijos airfield in Chiriqui province on Monday, killing two.",
            "Chiriqui",
        ),
        # "in the province of Y"
        (
            "Drones struck the Jorge Chavez international airport in the province of Lima on Friday,"
            " killing one.",
            "Lima",
        ),
    ],
)
def test_the_unit_holding_a_site_set_aside_is_the_event_place(
    extractor: Extractor, text: str, unit: str
) -> None:
    found = extractor.extract(from_text(text, published=PUBLISHED))
    placed = [(i.location or "", i.latitude) for i in found.incidents]
    assert len(placed) == 1, (text, placed)
    ((location, latitude),) = placed
    assert location.startswith(unit) and latitude is not None, (text, location)
