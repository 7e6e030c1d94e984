"""A district asked with its kind word ("Poonch district") is read alike whether the source files
it with the kind word (Pakistan's "Poonch District") or without (India's Punch, met by another
spelling): the kind word is no part of the name, so the text's country chooses between them."""

from __future__ import annotations

import pytest
from conftest import top_reading

from incident_explorer.places.offline import OfflineGeocoder


@pytest.mark.parametrize(
    "context",
    [
        "Two civilians were killed in Poonch district in India on Saturday, police said.",
        "Militants ambushed a convoy in Poonch district, Indian army officials said on Monday.",
        "Indian troops returned fire in Poonch district on Tuesday, a defence spokesman in New Delhi said.",
    ],
)
def test_a_district_named_with_its_kind_word_is_read_in_the_texts_country(
    geocoder: OfflineGeocoder, context: str
) -> None:
    found = top_reading(geocoder, "Poonch district", context)
    assert found.place.country_code == "IN", found.location
    assert found.place.feature.value == "admin2", found.location
