"""People moved, shifted, transported or ferried to a hospital are taken there: the hospital's
town is where they were treated, not where it happened ("the wounded were moved to hospitals in X",
"the injured were shifted to a hospital in X"); and a second town listed as near the first ("to
hospitals in X and nearby Y", "... and neighbouring Y") is one too.

Texts of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 5, 8)  # a Tuesday


def _places(extractor: Extractor, text: str) -> list[str]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [i.location.split(",")[0] for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "town", "hospital"),
    [
        (
            "Gunmen killed two farmers in Patikul on Monday, and the wounded were ferried by boat to a"
            " hospital in Zamboanga.",
            "Patikul",
            "Zamboanga",
        ),
        (
            "A bomb killed six people at a market in Bannu on Monday; the injured were shifted to the"
            " district hospital in Peshawar.",
            "Bannu",
            "Peshawar",
        ),
        (
            "Militants killed three soldiers in Dikwa on Monday, and the wounded were transported by road"
            " to the specialist hospital in Maiduguri.",
            "Dikwa",
            "Maiduguri",
        ),
    ],
)
def test_moved_shifted_or_transported_to_a_hospital(
    extractor: Extractor, text: str, town: str, hospital: str
) -> None:
    places = _places(extractor, text)
    assert town in places and hospital not in places, places


@pytest.mark.parametrize(
    ("text", "town", "near"),
    [
        (
            "Air strikes killed nine people in Maarat al-Numan on Monday; the wounded were taken to field"
            " hospitals in Kafr Nabl and nearby Hass.",
            "Ma‘arrat an Nu‘mān",
            "Hass",
        ),
        (
            "A suicide bomber killed seven people in Rada'a on Monday; the wounded were taken to hospitals in"
            " al-Bayda and nearby Dhamar.",
            "Radā‘",
            "Dhamār",
        ),
        (
            "Rebel shells killed five civilians in Mhardeh on Monday, and the wounded were taken to clinics"
            " in Suqaylabiyah and neighboring Salhab.",
            "Maḩardah",
            "Salhab",
        ),
    ],
)
def test_a_second_hospital_town_told_as_near_the_first(
    extractor: Extractor, text: str, town: str, near: str
) -> None:
    places = _places(extractor, text)
    assert places and all(near not in p for p in places), places
