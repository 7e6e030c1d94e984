"""A GeoNames town of unknown size that lies in a district of its own name is that district's
seat: it is no empty place beside namesake villages (the prior of a seat town)."""

from __future__ import annotations

import pytest

from incident_explorer.places.offline import OfflineGeocoder, context_keys


@pytest.mark.parametrize(
    ("name", "text", "country"),
    [
        # Tall 'Afar, Iraq (seat of Tel Afar District) carries no population in GeoNames
        ("Tal Afar", "Militants shelled Tal Afar overnight, residents said.", "IQ"),
        ("Hawija", "Thousands of families fled Hawija as the offensive began at dawn.", "IQ"),
        ("Harad", "Fighting reached Harad on Tuesday and the road north was cut, witnesses said.", "YE"),
    ],
)
def test_a_district_seat_of_unknown_size_beats_namesake_villages(
    geocoder: OfflineGeocoder, name: str, text: str, country: str
) -> None:
    best = geocoder.geocode(name, keys=context_keys(text), limit=1)
    assert best and best[0].place.country_code == country, best


def test_a_country_named_still_takes_its_own_namesake(geocoder: OfflineGeocoder) -> None:
    # the prior orders namesakes with no country named; a country named keeps its own place
    best = geocoder.geocode("Tal Afar", country="SY", limit=1)
    assert best and best[0].place.country_code == "SY"
