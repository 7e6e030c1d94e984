"""An appositive that names the unit before the place's kind ("Khan Sheikhoun, the Idlib town,",
"X, a rebel-held Idlib village,") says where the place lies: the unit is context, not a second
event place. A unit that does not enclose the place, or a place listed after the appositive, is
read as before."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2017, 9, 10)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "place", "unit"),
    [
        (
            "Warplanes bombed Khan Sheikhoun, the Idlib town, on Sunday, killing 20.",
            "Khan Sheikhoun",
            "Idlib",
        ),
        (
            "Warplanes bombed Khan Sheikhoun, an Idlib town held by rebels, killing 20.",
            "Khan Sheikhoun",
            "Idlib",
        ),
        ("Shells hit Saraqeb, a rebel-held Idlib town, killing five civilians.", "Saraqeb", "Idlib"),
    ],
)
def test_an_appositive_unit_encloses_the_place(
    extractor: Extractor, text: str, place: str, unit: str
) -> None:
    found = roles(extractor, text)
    assert found.get(place) == "event"
    assert found.get(unit) == "mentioned"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the appositive's unit does not enclose the place: a place of its own
        ("Warplanes bombed Khan Sheikhoun, the Aleppo town, killing 20.", ["Khan Sheikhoun", "Aleppo"]),
        # a place listed after the appositive
        (
            "Warplanes bombed Khan Sheikhoun, the Idlib town, and Aleppo, killing 20.",
            ["Khan Sheikhoun", "Aleppo"],
        ),
    ],
)
def test_a_place_not_enclosing_is_read_as_before(extractor: Extractor, text: str, places: list[str]) -> None:
    found = roles(extractor, text)
    assert all(found.get(p) == "event" for p in places), found
