"""A bomb dropped by an aircraft, or a single jet or plane that strikes, is an air strike: ACLED's
air/drone strike, not a remote explosive planted on the ground."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(
    "text",
    [
        "An American jet dropped a bomb on a farmhouse near Ramadi on Thursday, killing five.",
        "A government plane dropped a bomb on the market in Kafr Zita on Wednesday, killing 11 people.",
        "An Israeli drone dropped a bomb on a car near Khan Younis on Tuesday, killing two men.",
        "A military jet struck a convoy outside Gao on Monday, killing seven fighters, the army said.",
        "A Turkish plane bombed a village near Qamishli on Thursday, wounding three civilians.",
    ],
)
def test_a_bomb_dropped_or_a_jets_strike_is_an_air_strike(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert r.incidents, text
    assert {i.sub_event_type for i in r.incidents} == {"Air/drone strike"}, text


@pytest.mark.parametrize(
    "text",
    [
        "A bomb planted under a car exploded in Mosul on Thursday, killing two policemen.",
        "Militants dropped off a bomb at a checkpoint near Kirkuk on Monday; it exploded, killing three.",
    ],
)
def test_a_bomb_on_the_ground_stays_a_remote_explosive(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {i.sub_event_type for i in r.incidents} == {"Remote explosive/landmine/IED"}, text
