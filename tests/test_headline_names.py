"""A headline that names its lead's event by a better-known place nearby ("Shelling damages homes
near X") makes no incident at that place when the lead tells the event's own place within 30 km
and the body names the headline's place again only as a landmark; a lead's place farther off, or a
headline naming two event places, keeps it."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.headline_names import NEAR_KM
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 8, 5)


def _towns(extractor: Extractor, text: str) -> list[str]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [i.location.split(",")[0] for i in r.incidents if i.latitude is not None]


@pytest.mark.parametrize(
    ("text", "head", "lead"),
    [
        (
            "Shelling damages homes near Ukraine's Mariupol\nKIEV (Reuters) - Shells hit houses in "
            "Talakivka, a village on the northern edge of the port city of Mariupol, on Tuesday, wounding "
            "a man, the military said in Kiev.\nSeparatists also fired mortars at army positions near "
            "Hnutove further east the same day, the military said.\n",
            "Mariupol",
            "Talakivka",
        ),
        (
            "Artillery fire wrecks houses near Ukraine's Mariupol\nKIEV (AP) - Artillery rounds wrecked "
            "two houses in Talakivka, a village just outside the port city of Mariupol, on Friday, "
            "injuring an elderly woman, the army said in Kiev.\nRebels also attacked army trenches near "
            "Hnutove the same day, the army said.\n",
            "Mariupol",
            "Talakivka",
        ),
        (
            "Shelling damages homes near Yemen's Hodeidah\nADEN (Reuters) - Shells hit houses in "
            "Durayhimi, a town on the southern edge of the port city of Hodeidah, on Thursday, wounding "
            "a woman, a medic said in Aden.\nHouthi fighters also fired mortars at government positions "
            "near Hays further south the same day, the coalition said.\n",
            "Al Ḩudaydah",
            "Ad Durayhimī",
        ),
    ],
)
def test_the_headlines_nearby_name_makes_no_incident(
    extractor: Extractor, text: str, head: str, lead: str
) -> None:
    towns = _towns(extractor, text)
    assert lead in towns
    assert head not in towns


def test_a_lead_place_farther_off_keeps_the_headlines(extractor: Extractor) -> None:
    text = (
        "Blast kills four soldiers near Kirkuk\nBAGHDAD (AP) - A roadside bomb killed four soldiers near "
        "Hawija, west of Kirkuk, on Friday, officials said.\n"
    )
    assert NEAR_KM < 60  # Hawija lies some 60 km from Kirkuk
    assert "Kirkuk" in _towns(extractor, text)


def test_a_headline_with_two_event_places_keeps_them(extractor: Extractor) -> None:
    text = (
        "Shelling damages homes in Hodeidah and Hays\nADEN (Reuters) - Shells hit houses in Durayhimi, a "
        "town on the southern edge of the port city of Hodeidah, on Thursday, wounding a woman, a medic "
        "said in Aden.\nHouthi fighters also fired mortars at government positions near Hays further "
        "south the same day, the coalition said.\n"
    )
    assert "Al Ḩudaydah" in _towns(extractor, text)
