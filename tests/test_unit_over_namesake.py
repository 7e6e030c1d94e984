"""A village the text puts in a province ("X, a village in Y province") that holds no place of
its name: the province stands in for it, not a town of the same name in another country that
the name alone would have read (nor nothing at all, which is what followed when that foreign
town was then set aside)."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "name", "unit"),
    [
        (
            "OUAGADOUGOU (Reuters) - Gunmen killed 40 people in Karliova, a village in Yagha province, "
            "on Saturday.",
            "Karliova",
            "Yagha",
        ),
        (
            "OUAGADOUGOU (Reuters) - Gunmen shot dead seven traders in Hilvan, a village in Loroum "
            "province, on Friday.",
            "Hilvan",
            "Loroum",
        ),
        (
            "OUAGADOUGOU (AFP) - An explosive device killed four soldiers near Kovancilar, a hamlet in "
            "Sanmatenga province.",
            "Kovancilar",
            "Sanmatenga",
        ),
    ],
)
def test_the_province_stands_in_for_a_village_named_like_a_town_abroad(
    extractor: Extractor, text: str, name: str, unit: str
) -> None:
    r = extractor.extract(from_text(text, published=date(2021, 6, 7)))
    placed = [i for i in r.incidents if i.latitude is not None]
    assert placed, [i.place_text for i in r.incidents]
    assert all(i.country_code == "BF" for i in placed)
    assert any(unit in i.location and name in i.place_text for i in placed), [i.location for i in placed]


def test_a_country_named_before_the_unit_keeps_its_own_reading(extractor: Extractor) -> None:
    # "the border with Niger in eastern Burkina Faso": Niger is the country, not a place in Burkina Faso
    text = (
        "Gunmen on motorbikes killed six people in a village near the border with Niger in eastern "
        "Burkina Faso on Sunday, a security source said."
    )
    r = extractor.extract(from_text(text, published=date(2021, 6, 7)))
    niger = [m for m in r.mentions if m.text == "Niger"]
    assert niger and all(m.candidate is None or m.candidate.place.country_code == "NE" for m in niger)
