"""A town the source files under its name with a qualifier ("Halle (Saale)", "Limburg an der
Lahn") and lists by its bare name too is named by that bare name as by its own: the news writes
"Halle", and the smaller namesake filed under the bare name alone no longer wins by that."""

from __future__ import annotations

import pytest
from conftest import top_reading

from incident_explorer.places.offline import OfflineGeocoder


@pytest.mark.parametrize(
    ("query", "context", "source_id"),
    [
        (
            "Halle",
            "Thousands marched through Halle in eastern Germany on Saturday to remember the victims.",
            "geonames:2911522",  # Halle (Saale), not Halle in Westphalia
        ),
        ("Halle", "A gunman shot dead two people in Halle, German police said.", "geonames:2911522"),
        (
            "Limburg",
            "A fire broke out in the cathedral in Limburg, Germany, on Sunday night.",
            "geonames:2877648",  # Limburg an der Lahn, not the Dutch province
        ),
    ],
)
def test_a_name_without_its_qualifier_is_the_towns_own(
    geocoder: OfflineGeocoder, query: str, context: str, source_id: str
) -> None:
    found = top_reading(geocoder, query, context)
    assert found.place.source_id == source_id, found.location
