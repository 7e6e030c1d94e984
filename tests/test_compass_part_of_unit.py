"""A compass word before a name that is both a first-level unit's and its capital's ("in southern
Idlib", "across northern Kaduna", "in eastern Ghazni") tells a part of the unit, not the town:
the town's point stands for it, as UCDP codes such headlines ("Rebels advance in southern
Aleppo" at Aleppo) and ACLED a region by its capital, with the unit's precision (ACLED 3, UCDP
4), not a town's exact one (`placing._compass_part_of_unit`). Not a national capital's quarters
("in eastern Kabul"), not a town whose unit has another name ("southern Damascus", in Dimashq),
not "central X" (the town's centre), and not the bare name.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.place import Feature

PUBLISHED = date(2021, 3, 9)


def _placed(extractor: Extractor, text: str) -> list[tuple[str, Feature, int, int]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    out = []
    for i in r.incidents:
        if i.place_source is None:
            continue
        found = extractor.geocoder.gazetteer.by_source_id(i.place_source)
        assert found is not None, i.place_source
        out.append((i.country_code, found.place.feature, i.geo_precision, i.where_prec))
    return out


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Air strikes kill eight civilians in southern Idlib\n"
            "BEIRUT (Reuters) - Air strikes killed eight civilians in southern Idlib on Monday, a war"
            " monitor said.\n",
            "SY",
        ),
        (
            "Bandits kill 12 villagers across northern Kaduna\n"
            "ABUJA (AFP) - Bandits on motorcycles killed 12 villagers in raids across northern Kaduna"
            " on Sunday night, police said.\n",
            "NG",
        ),
        (
            "Taliban storm checkpoints\n"
            "KABUL (AP) - Taliban fighters stormed two police checkpoints in eastern Ghazni on Tuesday,"
            " killing seven officers, a provincial official said.\n",
            "AF",
        ),
    ],
)
def test_a_compass_part_of_a_unit_named_as_its_capital_has_the_unit_s_precision(
    extractor: Extractor, text: str, country: str
) -> None:
    placed = _placed(extractor, text)
    # the capital's point (where UCDP codes it), the first-level unit's precision
    assert placed and all(p == (country, Feature.CITY, 3, 4) for p in placed), placed


@pytest.mark.parametrize(
    "text",
    [
        # a national capital's quarter
        "A suicide bomber killed six people at a mosque in eastern Kabul on Friday, police said.",
        # a town whose first-level unit bears another name (Dimashq)
        "Mortar shells killed three people in southern Damascus on Thursday, state media said.",
        # the town's centre
        "Gunmen killed four traders at a market in central Kaduna on Monday, police said.",
        # the bare name
        "A roadside bomb killed three soldiers in Ghazni on Wednesday, officials said.",
    ],
)
def test_a_town_told_otherwise_keeps_its_exact_precision(extractor: Extractor, text: str) -> None:
    placed = _placed(extractor, text)
    assert placed and all(p[1:] == (Feature.CITY, 1, 1) for p in placed), placed
