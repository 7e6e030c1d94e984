"""A unit named with its kind word right after a place the gazetteer lacks ("X in Y territory",
"X, a village in Y department", "X (Y county)") is where that place lies: the incident stands at
the unit, with a unit's precision, and the unit is context, not a second event place.

Before: "the village of Lopa in Djugu territory" (Lopa only an alternate name of Loupes, France)
left Lopa unread and made the territory an event place of its own, since the geocoder could not
read "Djugu territory" as a parent and so kept the French namesake; "Kibirizi in Rutshuru
territory" and "X in Sangin district" stood near the towns Rutshuru and Sangin, not at the units
the text names; "in the Mayo-Sava department" was read as two towns, Mayo and Sava (Caro,
Michigan for Kerawa); and a bracket naming the unit ("in Bodhei (Lamu county)") was no parent at
all (Lamu an event place, Bambui read in Brazil, Lopa unplaced).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.place import Feature

PUBLISHED = date(2024, 3, 11)  # a Monday
_UNITS = (Feature.ADMIN1.value, Feature.ADMIN2.value)


def _check(extractor: Extractor, text: str, name: str, unit: str, source: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    # one incident, at the unit, naming the place the gazetteer lacks
    assert [(i.place_source, i.place_text.split(" (")[0]) for i in r.incidents] == [(source, name)]
    assert r.incidents[0].where_prec >= 3  # a unit's precision, not a point near a town
    # ... and the unit is no second event place
    assert [m.text for m in r.mentions if m.role == "event"] == [name]
    [held] = [m for m in r.mentions if m.text == name]
    assert held.candidate is not None and held.candidate.place.feature.value in _UNITS
    assert unit in held.query


@pytest.mark.parametrize(
    ("text", "name", "unit", "source"),
    [
        (
            "CODECO militiamen killed nine civilians in the village of Lopa in Djugu territory on Sunday.",
            "Lopa",
            "Djugu",
            "geonames-admin2:CD.17.05",
        ),
        (
            "Mai-Mai fighters attacked the locality of Kibirizi in Rutshuru territory on Friday,"
            " killing two.",
            "Kibirizi",
            "Rutshuru",
            "geonames-admin2:CD.11.11",
        ),
        (
            "Taliban fighters stormed the village of Jushalay in Sangin district on Tuesday,"
            " killing five police.",
            "Jushalay",
            "Sangin",
            "geonames-admin2:AF.10.2312",
        ),
    ],
)
def test_x_in_a_unit_named_with_its_kind(
    extractor: Extractor, text: str, name: str, unit: str, source: str
) -> None:
    _check(extractor, text, name, unit, source)


@pytest.mark.parametrize(
    ("text", "name", "unit", "source"),
    [
        (
            "Gunmen killed six people in Lopa, a village in Djugu territory, on Monday.",
            "Lopa",
            "Djugu",
            "geonames-admin2:CD.17.05",
        ),
        (
            "Boko Haram attacked Kerawa, a village in Mayo-Sava department, on Thursday, killing four.",
            "Kerawa",
            "Mayo-Sava",
            "geonames-admin2-at-admin1:CM.12.9224949",
        ),
        (
            "Taliban fighters killed four police in Jushalay, a village in Sangin district, on Sunday.",
            "Jushalay",
            "Sangin",
            "geonames-admin2:AF.10.2312",
        ),
    ],
)
def test_x_a_village_in_a_unit_named_with_its_kind(
    extractor: Extractor, text: str, name: str, unit: str, source: str
) -> None:
    _check(extractor, text, name, unit, source)


@pytest.mark.parametrize(
    ("text", "name", "unit", "source"),
    [
        (
            "Rebels killed five people in Lopa (Djugu territory) overnight, officials said.",
            "Lopa",
            "Djugu",
            "geonames-admin2:CD.17.05",
        ),
        (
            "Al Shabaab militants attacked Bodhei (Lamu county) on Tuesday, killing three people.",
            "Bodhei",
            "Lamu",
            "geonames-admin1:KE.30",
        ),
        (
            "Separatists killed two gendarmes in Bambui (Mezam department) on Friday.",
            "Bambui",
            "Mezam",
            "geonames-admin2-at-admin1:CM.07.2226830",
        ),
        (
            "Taliban insurgents attacked a checkpoint in Jushalay (Sangin district) on Monday,"
            " killing four officers.",
            "Jushalay",
            "Sangin",
            "geonames-admin2:AF.10.2312",
        ),
    ],
)
def test_x_with_its_unit_in_a_bracket(
    extractor: Extractor, text: str, name: str, unit: str, source: str
) -> None:
    _check(extractor, text, name, unit, source)
