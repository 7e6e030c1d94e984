"""A headline's road named by where it leads ("ambush kills 11 on supply road to Y") only says
where the road goes when the lead names the event place ("... near X on Tuesday"), as beside an
event place of its own sentence; with no place in the lead, Y is the best place given.

Reports of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 4, 10)  # a Wednesday


def _heads(extractor: Extractor, text: str) -> dict[str, str]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in r.mentions if m.sentence == 0}


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Bomb kills six on highway to Kabul\n\n"
            "A roadside bomb hit a minibus near Maidan Shahr on Tuesday, killing six passengers,"
            " officials said.",
            "Kabul",
        ),
        (
            "Landmine kills three soldiers on road to Kirkuk\n\n"
            "A landmine struck an army truck near Tuz Khurmatu on Tuesday, killing three soldiers,"
            " police said.",
            "Kirkuk",
        ),
        (
            "Gunmen kill four travellers on the road to Maiduguri\n\n"
            "Gunmen opened fire on a bus outside Benisheikh on Tuesday, killing four passengers,"
            " police said.",
            "Maiduguri",
        ),
    ],
)
def test_a_headline_road_leads_to_a_place_beside_the_leads_event(
    extractor: Extractor, text: str, end: str
) -> None:
    assert _heads(extractor, text)[end] == "mentioned", text


def test_with_no_place_in_the_lead_the_road_end_is_the_place(extractor: Extractor) -> None:
    text = (
        "Clashes erupt on the road to Palmyra\n\n"
        "Clashes between the army and militants killed 12 fighters on Tuesday, a monitor said."
    )
    assert _heads(extractor, text)["Palmyra"] == "event"
