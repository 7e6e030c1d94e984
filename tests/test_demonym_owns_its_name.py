"""A country's demonym ("Canadian", "Iraqi") names the country as its own name does: a town
spelt like the demonym (Canadian, Texas; Al Iraqi near Damascus) borrows the word and needs a
clue finer than lying in the state or country the text is about, as a town named like a
state or country does. Asked with its state, or stated so in the text, the town keeps it.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from conftest import top_reading

from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature


@pytest.mark.parametrize(
    ("query", "context", "cc"),
    [
        ("Canadian", "Canadian snowbirds from Ontario filled the motels of Amarillo, Texas.", "CA"),
        ("Canadian", "Canadian hunters from Manitoba shot geese near Lubbock, Texas.", "CA"),
        ("Canadian", "Canadian geese from Quebec landed in Oklahoma.", "CA"),
        ("Iraqi", "Syrian and Iraqi officials met in Damascus on Monday.", "IQ"),
        ("Iraqi", "Iraqi refugees waited at the crossing near Daraa, Syria.", "IQ"),
        ("Iraqi", "An Iraqi delegation visited Homs and Hama in Syria.", "IQ"),
    ],
)
def test_a_demonym_is_the_country_not_a_town_spelt_like_it(
    geocoder: OfflineGeocoder, query: str, context: str, cc: str
) -> None:
    best = top_reading(geocoder, query, context)
    assert (best.place.feature, best.place.country_code) == (Feature.COUNTRY, cc), best.reason


@pytest.mark.parametrize(
    ("query", "context", "admin1"),
    [
        ("Canadian, Texas", "", "Texas"),
        ("Canadian, Texas", "Canadian snowbirds from Ontario filled the motels.", "Texas"),
        ("Canadian", "The rodeo in Canadian, Texas, drew 2,000 fans on Saturday.", "Texas"),
    ],
)
def test_the_town_asked_or_stated_with_its_state_keeps_the_name(
    geocoder: OfflineGeocoder, query: str, context: str, admin1: str
) -> None:
    best = top_reading(geocoder, query, context)
    assert (best.place.feature, best.place.admin1) == (Feature.CITY, admin1), best.reason
