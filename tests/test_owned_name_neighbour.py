"""A big city abroad owns its name, but a text that leans to another country and names a
town beside a namesake there means that namesake."""

import pytest
from conftest import top_reading

from incident_explorer.places.offline import OfflineGeocoder


@pytest.mark.parametrize(
    ("query", "context", "admin1"),
    [
        ("Paris", "The Paris council met after Commerce and Clarksville approved the water deal.", "Texas"),
        ("Athens", "Athens police and Etowah deputies searched the woods near Englewood.", "Tennessee"),
        ("Berlin", "Berlin police and Gorham firefighters closed the road near Milan.", "New Hampshire"),
    ],
)
def test_a_neighbour_in_the_texts_country_takes_the_name_from_a_big_city_abroad(
    geocoder: OfflineGeocoder, query: str, context: str, admin1: str
) -> None:
    best = top_reading(geocoder, query, context=context)
    assert (best.place.country_code, best.place.admin1) == ("US", admin1), best.reason
    assert "most places the text names are in US" in best.reason


@pytest.mark.parametrize(
    ("query", "context", "cc"),
    [
        ("Paris", "Fans from Phoenix and Tucson flew to Paris for the final.", "FR"),
        ("London", "Fans from Boston and Denver flew to London for the match.", "GB"),
        ("Cairo", "Engineers from Houston and Dallas flew to Cairo for the talks.", "EG"),
    ],
)
def test_with_no_neighbour_named_the_big_city_keeps_its_name(
    geocoder: OfflineGeocoder, query: str, context: str, cc: str
) -> None:
    assert top_reading(geocoder, query, context=context).place.country_code == cc
