"""Wire shapes the extractor lost: a town that opens a sentence its residents speak in, the
capital of a country reported from abroad, and the like.

Each rule on several differently worded sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2019, 3, 16)  # a Saturday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


def event_at(r: Extraction, name: str) -> tuple[str, str]:
    """The event mention of ``name``: its place's name and country."""
    found = [m for m in r.mentions if m.text == name]
    assert found, [m.text for m in r.mentions]
    m = found[0]
    assert m.role == "event", m.reason
    assert m.candidate is not None
    return m.candidate.place.name, m.candidate.place.country_code


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Afgoye residents said militants stormed an army post on Friday, killing five soldiers.",
            "Afgoye",
            "SO",
        ),
        (
            "MOGADISHU (Reuters) - Afgoye villagers told Reuters that gunmen shot dead four men "
            "at a checkpoint on Thursday.",
            "Afgoye",
            "SO",
        ),
        (
            "Jerablus elders reported that a car bomb killed six people near the bus station.",
            "Jerablus",
            "SY",
        ),
        (
            "Kismaayo locals say a roadside bomb wounded seven traders near the market.",
            "Kismaayo",
            "SO",
        ),
    ],
)
def test_a_town_whose_residents_speak_at_a_sentences_opening_is_a_place(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    assert event_at(run(extractor, text), place)[1] == country
