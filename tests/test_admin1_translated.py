"""GeoNames' own name for an admin1 unit the cities data names unlike it (the English form of a
transliterated name: "North Sinai", "Nineveh"), taken unless the country's codes were reassigned."""

from __future__ import annotations

import pytest

from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature
from incident_explorer.places.sources import geonames


def test_an_unlike_geonames_name_is_taken_as_another_name() -> None:
    named = {("ZZ", "01"): "Muhafazat Shamal Wadi", ("ZZ", "02"): "Janub", ("ZZ", "03"): "Qaryat"}
    more: dict[tuple[str, str], tuple[str, ...]] = {("ZZ", "03"): ("Qaryat Province",)}
    own = {("ZZ", "01"): ("North Valley",), ("ZZ", "02"): ("Southland",), ("ZZ", "03"): ("Qaryat Province",)}
    assert geonames.translated_units(named, more, own) == {
        ("ZZ", "01"): ("North Valley",),
        ("ZZ", "02"): ("Southland",),
    }


def test_a_country_whose_codes_were_reassigned_takes_none() -> None:
    # code 02's GeoNames name is what the cities data calls code 01: the codes were reshuffled
    named = {("VV", "01"): "Ha Noi", ("VV", "02"): "Quang Tri", ("VV", "03"): "Lam Dong"}
    own = {("VV", "01"): ("An Giang",), ("VV", "02"): ("Hanoi",), ("VV", "03"): ("Tuyen Quang",)}
    assert geonames.translated_units(named, {}, own) == {}


def test_the_codes_of_a_split_province_are_left_to_split_units() -> None:
    named = {("ZZ", "01"): "Old Province", ("ZZ", "02"): "Old Province", ("ZZ", "03"): "Rumo"}
    own = {("ZZ", "01"): ("Kivalo",), ("ZZ", "02"): ("Mbeni",), ("ZZ", "03"): ("Rumo Hills",)}
    assert geonames.translated_units(named, {}, own) == {("ZZ", "03"): ("Rumo Hills",)}


@pytest.mark.parametrize(
    ("query", "context", "country"),
    [
        ("North Sinai", "Militants attacked a checkpoint in North Sinai on Thursday.", "EG"),
        ("Nineveh", "Families returned to villages across Nineveh province, Iraq.", "IQ"),
        ("New Valley", "Smugglers were arrested in Egypt's New Valley governorate.", "EG"),
    ],
)
def test_a_unit_is_found_by_geonames_english_name(
    geocoder: OfflineGeocoder, query: str, context: str, country: str
) -> None:
    (found,) = geocoder.geocode(query, context=context, limit=1)
    assert (found.place.feature, found.place.country_code) == (Feature.ADMIN1, country)
