"""Where fighters fell back to ("pulled back into X") and where people were coming back from ("as
they drove back from a funeral in X") are a destination and an origin beside another place, but
the only place of a sentence reporting violence, in a report that names no event place, is where
it happened or next to it: the incident is placed there, not left unplaced (found by review
rev25, findings 13 and 23).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Al-Shabaab fighters pulled back into Bulo Burde on Friday as army shelling there killed"
            " seven of them, residents said.",
            "Bulo Burde",
        ),
        (
            "The rebels withdrew towards Kidal overnight after clashes that left 15 dead, the army said.",
            "Kidal",
        ),
        (
            "Five traders were shot dead at a checkpoint as they travelled back from the market in"
            " Bunia on Saturday.",
            "Bunia",
        ),
        (
            "Three pilgrims died when their bus hit a mine on their way home from a shrine near"
            " Karbala on Sunday.",
            "Karbala",
        ),
    ],
)
def test_the_only_place_is_the_event_place(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}.get(place) == "event", text
    assert [i.location for i in r.incidents if i.location], text


@pytest.mark.parametrize(
    ("text", "event", "aside"),
    [
        (
            "Gunmen killed two soldiers in Mopti on Monday. Their comrades pulled back into Douentza"
            " after the attack, which also wounded four.",
            "Mopti",
            "Douentza",
        ),
        (
            "A bomb killed a tribal elder in Khar on Monday. Two of his guards were shot dead hours"
            " later as they drove back from the funeral in Nawagai.",
            "Khar",
            "Nawagai",
        ),
    ],
)
def test_beside_an_event_place_of_the_report_it_stays_aside(
    extractor: Extractor, text: str, event: str, aside: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert got.get(event) == "event", text
    assert got.get(aside) != "event", text
