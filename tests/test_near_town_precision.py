"""An incident measured from a town ("20 km north of X", "near X", "on the outskirts of X", "east of
X") is placed at the town's point with the precision of a place near a town: ACLED geo_precision 2
and UCDP where_prec 2, or 3 when the distance said is over 25 km; "in X" stays the town itself."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor

DAY = date(2019, 3, 5)


def precisions(extractor: Extractor, text: str) -> list[tuple[str, int, int]]:
    r = extractor.extract(from_text(text, published=DAY))
    return [
        (i.location.split(",")[0], i.geo_precision, i.where_prec)
        for i in r.incidents
        if i.latitude is not None
    ]


@pytest.mark.parametrize(
    ("text", "town", "where_prec"),
    [
        ("Gunmen killed 12 soldiers at a post 20 km north of Gao on Monday, the army said.", "Gao", 2),
        (
            "A roadside bomb killed three policemen 8 kilometres south-west of Kabul on Monday.",
            "Kabul",
            2,
        ),
        (
            "Jihadists attacked a village about 40 kilometres east of Mopti on Monday, killing nine.",
            "Mopti",
            3,
        ),
        (
            "A bomb killed three people some 30 miles (48 km) south-east of the town of Gao on Monday.",
            "Gao",
            3,
        ),
        (
            "Gunmen killed four farmers on the outskirts of Maiduguri on Monday, residents said.",
            "Maiduguri",
            2,
        ),
        ("Clashes broke out near Kabul on Monday, killing four fighters.", "Kabul", 2),
        ("Fighting erupted north of Mopti on Monday and left six soldiers dead.", "Mopti", 2),
    ],
)
def test_measured_from_a_town_is_near_it(extractor: Extractor, text: str, town: str, where_prec: int) -> None:
    assert (town, 2, where_prec) in precisions(extractor, text)
    reasons = [i.place_reason for i in extractor.extract(from_text(text, published=DAY)).incidents]
    assert any("measured from it" in r for r in reasons)  # the reason tells the user why


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen killed 12 soldiers in Gao on Monday, the army said.", "Gao"),
        ("A car bomb exploded in central Kabul on Monday, killing three.", "Kabul"),
        ("Jihadists stormed Mopti's main market on Monday, killing nine traders.", "Mopti"),
        # "in nearby X" is in X, which lies near something else
        ("Gunmen killed two guards at the mine and then shot four people in nearby Gao on Monday.", "Gao"),
    ],
)
def test_in_the_town_is_the_town(extractor: Extractor, text: str, town: str) -> None:
    assert (town, 1, 1) in precisions(extractor, text)
