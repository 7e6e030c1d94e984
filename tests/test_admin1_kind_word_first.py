"""An admin1 unit GeoNames writes with its kind word first ("Muhafazat Hadramawt", "Region of
Magallanes") is named by what follows the word too, as the news writes it."""

from __future__ import annotations

import pytest

from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature


@pytest.mark.parametrize(
    ("query", "context", "country"),
    [
        ("Hadramawt", "Government troops shelled villages in Hadramawt on Tuesday.", "YE"),
        ("Hadramaut", "Tribal fighters clashed near the capital of Hadramaut province, Yemen.", "YE"),
        ("Magallanes", "Ships left Punta Arenas for the Magallanes region of Chile.", "CL"),
        ("al-Gharbiyah", "Farmers protested in al-Gharbiyah governorate, north of Cairo, Egypt.", "EG"),
    ],
)
def test_a_unit_written_kind_word_first_is_found_by_its_bare_name(
    geocoder: OfflineGeocoder, query: str, context: str, country: str
) -> None:
    (found,) = geocoder.geocode(query, context=context, limit=1)
    assert (found.place.feature, found.place.country_code) == (Feature.ADMIN1, country)


@pytest.mark.parametrize(
    ("query", "context"),
    [
        ("Kirkuk", "A roadside bomb wounded three policemen in Kirkuk on Sunday."),
        ("Muscat", "Talks resumed in Muscat, Oman's capital, on Monday."),
        ("Karbala", "Pilgrims crowded the shrines of Karbala, Iraq."),
    ],
)
def test_the_capital_keeps_its_name(geocoder: OfflineGeocoder, query: str, context: str) -> None:
    (found,) = geocoder.geocode(query, context=context, limit=1)
    assert found.place.feature is Feature.CITY
