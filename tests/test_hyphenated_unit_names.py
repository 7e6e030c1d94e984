"""A hyphenated name the gazetteer files only with a kind word after it (a second-level unit no
GeoNames town lies in: Congo's Katako-Kombe territory, Cameroon's Mayo-Sava and Logone-et-Chari
departments) is that unit when a text writes it bare, not one of its parts standing for it (Sava,
Madagascar; Lac, Chad) nor nothing: spotting reads the compound whole and the geocoder answers a
name of several words no place has with the unit so filed. One word alone stays unread so (see
tests/test_towns_less_units.py: "Morobo", "Oudalan").

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.precision import ADMIN2_AT_ADMIN1

PUBLISHED = date(2022, 3, 14)  # a Monday


@pytest.mark.parametrize(
    ("query", "country"),
    [("Katako-Kombe", "CD"), ("Mobayi-Mbongo", "CD"), ("Logone-et-Chari", "CM")],
)
def test_the_geocoder_reads_a_bare_compound_as_the_unit(
    geocoder: OfflineGeocoder, query: str, country: str
) -> None:
    best = geocoder.geocode(query)[0]
    assert best.place.source == ADMIN2_AT_ADMIN1
    assert best.place.country_code == country


@pytest.mark.parametrize(
    ("text", "country", "admin2"),
    [
        (
            "Gunmen killed four villagers in Katako-Kombe on Saturday, a local administrator said.",
            "CD",
            "Katako-Kombe",
        ),
        (
            "Soldiers beat back an overnight attack on their post at Mayo-Sava, the governor's office said"
            " on Sunday.",
            "CM",
            "Mayo-Sava",
        ),
        (
            "Militiamen torched dozens of huts across Mobayi-Mbongo on Friday, forcing hundreds to flee,"
            " a UN official said.",
            "CD",
            "Mobayi-Mbongo",
        ),
    ],
)
def test_an_event_in_a_hyphenated_unit_is_placed_at_the_unit(
    rules: Extractor, text: str, country: str, admin2: str
) -> None:
    r = rules.extract(articles.from_text(text, published=PUBLISHED))
    placed = [i for i in r.incidents if i.latitude is not None]
    assert placed, r.incidents
    assert {(i.country_code, i.admin2) for i in placed} == {(country, admin2)}
