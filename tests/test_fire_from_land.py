"""Land around a place the fire came from ("fired from the fields outside X", "from orchards
near X"): where it came from once the report names an event place; alone, with no target told
after it ("..., killing two farmers"), the best place the report gives."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 15)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Snipers fired from the fields outside Saraqeb on Tuesday, killing two farmers.", "Saraqeb"),
        ("Gunmen fired from orchards near Jisr al-Shughur on Monday, killing a shepherd.", "Jisr al-Shughur"),
        (
            "Militants fired from the woods outside Mastung on Sunday, wounding four soldiers on patrol.",
            "Mastung",
        ),
    ],
)
def test_land_the_fire_came_from_alone_is_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    got = {m.text: m.role for m in r.mentions}
    assert got[place] == "event", [(m.text, m.role, m.reason) for m in r.mentions]
    assert [i.location for i in r.incidents if i.location], r.incidents


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Mortar shells fired from farmland near Daraya hit a school in Mezzeh on Monday, killing three.",
            "Daraya",
        ),
        ("Rockets fired from rebel-held hills in the Latakia countryside hit Qardaha on Monday.", "Latakia"),
        (
            "Gunmen fired from orchards near Jisr al-Shughur on Monday. The shots killed two farmers"
            " in Bdama.",
            "Jisr al-Shughur",
        ),
    ],
)
def test_land_the_fire_came_from_stays_its_origin(extractor: Extractor, text: str, origin: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    got = {m.text: m.role for m in r.mentions}
    assert got[origin] == "origin", [(m.text, m.role, m.reason) for m in r.mentions]
