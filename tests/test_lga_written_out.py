"""Nigeria's units written out in capitals: "X Local Government Area" is read as "X LGA" is (the
town named after it; its "Government" had made the whole run an organisation's name and left the
incident unplaced), and "X State" is a state when X names provinces of two countries too
("Plateau State": Benin has a Plateau department; the run had been an organisation's name).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 6, 7)


def _placed(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [
        (i.location.split(",")[0], i.country_code, i.place_source or "")
        for i in r.incidents
        if i.latitude is not None
    ]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Bandits killed eight farmers in Bakori Local Government Area of Katsina State on Sunday, "
            "police said.",
            "Bakori",
        ),
        (
            "Gunmen abducted 15 worshippers from a church in Kajuru Local Government Area of Kaduna "
            "State on Sunday.",
            "Kajuru",
        ),
        (
            "Boko Haram fighters razed a village in Gwoza Local Government Area on Friday, killing six.",
            "Gwoza",
        ),
    ],
)
def test_a_local_government_area_written_out_is_read_as_its_town(
    extractor: Extractor, text: str, town: str
) -> None:
    placed = _placed(extractor, text)
    assert [(name, cc) for name, cc, _ in placed] == [(town, "NG")]


@pytest.mark.parametrize(
    ("text", "state", "country"),
    [
        ("Gunmen killed nine villagers in Plateau State on Sunday, police said.", "Plateau", "NG"),
        ("Herders and farmers clashed across Plateau State overnight, leaving 14 dead.", "Plateau", "NG"),
        ("Tribal clashes killed 12 people in Red Sea State on Monday, officials said.", "Red Sea", "SD"),
    ],
)
def test_a_state_two_countries_name_is_read_as_a_state(
    extractor: Extractor, text: str, state: str, country: str
) -> None:
    placed = _placed(extractor, text)
    assert [(name, cc) for name, cc, _ in placed] == [(state, country)]
    assert all(source.startswith("geonames-admin1:") for _, _, source in placed)
