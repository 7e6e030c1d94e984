"""A place the gazetteer lacks, told to lie in "the X region of Y" with Y a country, lies in Y:
the region is Y's, not a unit of that name in another country (Burkina Faso's Gourma province,
Est region, Centre-Est region). With no such unit in Y the incident stays unplaced, not abroad.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "Militants killed five soldiers at Tindirma, a village in the Gourma region of Mali, on Friday.",
            "Tindirma",
        ),
        (
            "Gunmen shot two traders in Bankilo, a village in the Sud-Ouest region of Cameroon, on Monday.",
            "Bankilo",
        ),
        (
            "Attackers torched houses in Mandiri, a village in the Centre-Est region of Chad, on Sunday.",
            "Mandiri",
        ),
    ],
)
def test_a_region_of_a_named_country_is_not_read_abroad(
    extractor: Extractor, text: str, village: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2022, 3, 14)))
    assert r.incidents
    assert all(i.country_code != "BF" for i in r.incidents), [i.location for i in r.incidents]
    assert all(village in i.place_text for i in r.incidents)


def test_a_region_that_is_the_countrys_own_still_places_it(extractor: Extractor) -> None:
    text = "Gunmen killed nine villagers in Sabere, a village in the Mopti region of Mali, on Friday."
    r = extractor.extract(articles.from_text(text, published=date(2022, 3, 14)))
    assert r.incidents and all(i.location.startswith("Mopti") for i in r.incidents), r.incidents
