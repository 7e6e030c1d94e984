"""Ranking rules on the tiny inline gazetteer (tests/conftest.py: tiny_gazetteer)."""

from __future__ import annotations

from incident_explorer.places.offline import OfflineGeocoder


def test_a_town_stands_for_the_district_or_area_named_after_it(tiny_geocoder: OfflineGeocoder) -> None:
    for query in ("Homs district", "Idlib area", "the Aleppo region"):
        best = tiny_geocoder.geocode(query)
        assert best and best[0].place.feature.value == "city", query
    assert tiny_geocoder.geocode("Homs province") == []  # a town is a poor reading of a province
