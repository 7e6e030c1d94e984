"""A province's own name read by its spelling as a village or town in another province gains
nothing from the text naming that other province: "Daraa" beside "Sweida" is Daraa, not Ad Darah
in As-Sweida; the province, or its seat, is meant."""

from __future__ import annotations

import pytest

from incident_explorer.places.offline import OfflineGeocoder


@pytest.mark.parametrize(
    ("name", "context", "wrong", "country"),
    [
        (
            "Daraa",
            "Security forces raided a house in Sweida on Sunday, killing three gunmen.",
            "Ad Darah",
            "SY",
        ),
        ("Gombe", "Gunmen attacked a checkpoint in Adamawa on Sunday.", "Gombi", "NG"),
        ("Maan", "Police arrested two men in Amman after the riot on Sunday.", "Amman", "JO"),
        ("Rivne", "Drones struck a depot in Crimea overnight.", "Rovnoye", "UA"),
    ],
)
def test_a_province_name_is_not_a_namesake_in_the_province_the_text_names(
    geocoder: OfflineGeocoder, name: str, context: str, wrong: str, country: str
) -> None:
    best = geocoder.geocode(name, context=context)[0]
    assert wrong not in best.location, best.location
    assert best.place.country_code == country


def test_a_town_of_the_province_the_text_names_still_gains(geocoder: OfflineGeocoder) -> None:
    # the village's own name, not a province's: the context still chooses between namesakes
    best = geocoder.geocode("Ad Darah", context="Fighting went on around Sweida on Sunday.")[0]
    assert "As-Sweida" in best.location
