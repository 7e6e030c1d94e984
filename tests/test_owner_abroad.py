"""A city abroad that owns its name and dwarfs every namesake in the country a text is about
("Toronto" in a story from the United States, where Toronto, Ohio has 5,000 people) keeps the
name: the text's country alone does not give it to the small namesake, as it does not give a
foreign country's own name ("Mexico") to a town. The namesake keeps it with a finer clue (its
county or a neighbour named), and over a city abroad that is not far bigger.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from conftest import top_reading

from incident_explorer.places.offline import OfflineGeocoder


@pytest.mark.parametrize(
    ("query", "context", "cc", "admin1"),
    [
        (
            "Toronto",
            "The United States trade representative will meet her counterparts in Toronto on Monday.",
            "CA",
            "Ontario",
        ),
        (
            "Edmonton",
            "Oil workers laid off across the United States are moving to Edmonton for jobs.",
            "CA",
            "Alberta",
        ),
        (
            "Brussels",
            "The minister said Canada would sign the trade agreement in Brussels on Friday.",
            "BE",
            "",
        ),
    ],
)
def test_a_city_abroad_owns_its_name_over_a_far_smaller_namesake(
    geocoder: OfflineGeocoder, query: str, context: str, cc: str, admin1: str
) -> None:
    best = top_reading(geocoder, query, context)
    assert best.place.country_code == cc, best.location
    if admin1:
        assert best.place.admin1 == admin1, best.location


@pytest.mark.parametrize(
    ("query", "context", "admin1"),
    [
        (
            "Toronto",
            "A barge ran aground near Toronto in Jefferson County, the United States Coast Guard said.",
            "Ohio",
        ),
        (
            "Edmonton",
            "The Metcalfe County school board met in Edmonton, a United States census town of 1,600.",
            "Kentucky",
        ),
    ],
)
def test_the_namesake_keeps_the_name_with_a_finer_clue(
    geocoder: OfflineGeocoder, query: str, context: str, admin1: str
) -> None:
    best = top_reading(geocoder, query, context)
    assert (best.place.country_code, best.place.admin1) == ("US", admin1), best.location


def test_a_namesake_not_far_smaller_keeps_the_name_in_its_country(geocoder: OfflineGeocoder) -> None:
    # London, Ontario (422,000 people) is a twentieth of London's size: Canada's story means it
    best = top_reading(
        geocoder, "London", "Farmers in Canada heard the finance minister speak in London on Thursday."
    )
    assert (best.place.country_code, best.place.admin1) == ("CA", "Ontario"), best.location
