"""A place said to lie N km from another lies about N km from it: not much nearer ("Bagram, 55 km
north of Kabul" is no place 10 km from Kabul: the reference stands in), and also across a border
("Akcakale, 1 km from Tal Abyad": border towns are where news measures from the other side)."""

from __future__ import annotations

import pytest

from incident_explorer.places.distance import distance_km
from incident_explorer.places.offline import OfflineGeocoder


@pytest.mark.parametrize(
    ("query", "stand_in"),
    [
        ("Jaramana, 60 km south of Damascus", "Damascus"),
        ("Haritan, 50 km north of Aleppo", "Aleppo"),
        ("Talbiseh, 70 km east of Homs", "Homs"),
    ],
)
def test_a_namesake_much_nearer_than_the_distance_said_is_no_fit(
    geocoder: OfflineGeocoder, query: str, stand_in: str
) -> None:
    best = geocoder.geocode(query)[0]
    # the reference town, as far that way as the text says (`test_offset_from_town`), not the
    # namesake much nearer
    assert best.place.name.endswith(f"of {stand_in}"), best.location
    assert best.place.source_id.split("/")[0] == geocoder.geocode(stand_in)[0].place.source_id


def test_a_place_of_the_name_at_the_distance_said_is_read_over_the_stand_in(
    geocoder: OfflineGeocoder,
) -> None:
    # Bagram district, Parwan, about 47 km north of Kabul (an admin2 unit since its towns carry
    # their admin2 code): not the Bagrām 10 km from Kabul, and no longer Kabul standing in
    best = geocoder.geocode("Bagram, 55 km north of Kabul")[0]
    assert best.place.name.startswith("Bagr") and best.place.admin1 == "Parvan", best.location
    assert distance_km(best.place.latitude, best.place.longitude, 34.53, 69.17) > 30


@pytest.mark.parametrize(
    ("query", "country"),
    [
        ("Akcakale, 1 km from Tal Abyad", "TR"),
        ("Al Qaim, 10 km from Albu Kamal", "IQ"),
        ("Kilis, 7 km from Azaz", "TR"),
    ],
)
def test_a_town_across_the_border_from_its_reference_fits(
    geocoder: OfflineGeocoder, query: str, country: str
) -> None:
    best = geocoder.geocode(query)[0]
    assert best.place.country_code == country, best.location


@pytest.mark.parametrize(
    ("query", "name"),
    [("Tal Tamr, 40 km northwest of Hasakah", "Tall Tamr"), ("Palmyra, 150 km east of Homs", "Tadmur")],
)
def test_a_place_at_the_distance_said_still_fits(geocoder: OfflineGeocoder, query: str, name: str) -> None:
    assert geocoder.geocode(query)[0].place.name == name
