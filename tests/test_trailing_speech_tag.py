"""Where a speech tag that closes its sentence was spoken ("..., the army said in X.") is no event
place, even as the sentence's only place, when what it tells came first and named its own place,
one the gazetteer lacks ("the wells of Y"; when it names none, see test_tag_city_alone.py). A
speaker who says in X *that* something happened may still be telling X's event when X is the only
place the report names."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 4, 2)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    found = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in found.mentions}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen killed six herders at the wells of Intagouret overnight, the interior ministry said in "
            "Niamey.",
            "Niamey",
        ),
        (
            "Two soldiers died when their patrol hit a landmine at the ford of Kagorodji, the army said in "
            "Bamako on Tuesday.",
            "Bamako",
        ),
        (
            "A bomb tore through the crowded bus station of Kwanar Dutse, killing nine people, police said "
            "in Kano.",
            "Kano",
        ),
    ],
)
def test_a_closing_tags_place_is_no_event_place(extractor: Extractor, text: str, place: str) -> None:
    assert roles(extractor, text)[place] == "mentioned"


def test_said_in_a_place_that_still_tells_its_event(extractor: Extractor) -> None:
    text = "The provincial governor said in Kunduz that 12 civilians were killed in an air strike."
    assert roles(extractor, text)["Kunduz"] == "event"
