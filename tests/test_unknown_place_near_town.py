"""A place the gazetteer lacks, told near a town ("X near Y", "X, outside Y", "X, close to Y"), is
placed at the town Y as a point near it (ACLED geo_precision 2), not in the middle of a province
of Y's name, and Y is no second incident of its own. A parent told with a locator after a comma
("X, near Y", "X, in Y") is read as Y, not as a place called "near Y". Sentences of our own; the
villages are names no gazetteer holds."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.phrases import parse_query


@pytest.mark.parametrize(
    ("query", "parents", "near"),
    [
        ("Zorvani near Diffa", ("Diffa",), True),
        ("Zorvani, near Diffa", ("Diffa",), True),
        ("Zorvani, outside Diffa", ("Diffa",), True),
        ("Zorvani, close to the town of Diffa", ("Diffa",), True),
        ("Zorvani on the outskirts of Diffa", ("Diffa",), True),
        ("Zorvani, in Diffa", ("Diffa",), False),
        ("Zorvani, Diffa", ("Diffa",), False),
        ("Zorvani in Diffa, near Niamey", ("Diffa", "Niamey"), False),
    ],
)
def test_a_parent_told_near_is_read_as_the_place_near_it(
    query: str, parents: tuple[str, ...], near: bool
) -> None:
    parsed = parse_query(query)
    assert parsed.name == "Zorvani"
    assert parsed.parents == parents
    assert parsed.parent_near is near


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen killed five people in Zorvani near Diffa on Sunday night, a local official said.", "Diffa"),
        ("Militants stormed Kwarbali, near Maiduguri, on Monday, killing four farmers.", "Maiduguri"),
        ("Bandits killed six villagers in Tungar Kelbo near Gusau on Tuesday, police said.", "Gusau"),
        ("A roadside bomb killed three soldiers in Kelbaro, outside Kidal, on Tuesday.", "Kidal"),
    ],
)
def test_an_unknown_place_near_a_town_is_one_incident_near_the_town(
    extractor: Extractor, text: str, town: str
) -> None:
    found = extractor.extract(articles.from_text(text, published=date(2019, 3, 12)))
    assert len(found.incidents) == 1, [i.location for i in found.incidents]
    incident = found.incidents[0]
    assert incident.location.startswith(town), incident.location
    assert "not in gazetteer; placed near" in incident.place_text
    assert incident.geo_precision == 2
