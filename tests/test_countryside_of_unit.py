""" "The countryside of X" is a province's or a district's countryside, not a city quarter's: a
quarter named like a province ("Quneitra", a quarter of Dar'a city) yields to the province of
its name when the text says "countryside of", even beside the quarter's own city. A quarter
named as such keeps its reading."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.place import Feature

PUBLISHED = date(2017, 3, 1)


def features(extractor: Extractor, text: str) -> dict[str, Feature]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.candidate.place.feature for m in result.mentions if m.candidate is not None}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rebels shelled Daraa city while fighting raged in the northern countryside of Quneitra.",
            "Quneitra",
        ),
        ("Two soldiers died in the countryside of Al-Quneitra after clashes near Daraa.", "Al-Quneitra"),
        ("Government jets bombed Daraa on Sunday and artillery hit the countryside of Quneitra.", "Quneitra"),
    ],
)
def test_the_countryside_of_a_province_is_not_a_quarter_of_another_city(
    extractor: Extractor, text: str, name: str
) -> None:
    assert features(extractor, text)[name] is Feature.ADMIN1


def test_a_quarter_named_as_such_stays_a_quarter(extractor: Extractor) -> None:
    got = features(extractor, "Mortar fire struck the al-Thawra neighbourhood of Raqqa.")
    assert got["al-Thawra"] is Feature.NEIGHBOURHOOD
