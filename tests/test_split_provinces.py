"""First-level units a province was split into after the cities data's edition: GeoNames' own
names for them (Ituri, Tanganyika, Ladakh), the old province kept where no part keeps its name."""

from __future__ import annotations

import pytest

from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature
from incident_explorer.places.sources import geonames


def test_the_parts_of_a_split_province_take_geonames_names_and_keep_the_old_one() -> None:
    named = {("ZZ", "01"): "Upper Province", ("ZZ", "02"): "Upper Province", ("ZZ", "03"): "Upper Province"}
    own = {("ZZ", "01"): ("Kivalo",), ("ZZ", "02"): ("Mbeni",), ("ZZ", "03"): ("Sorro Region",)}
    renamed, former = geonames.split_units(named, own)
    assert renamed == {
        ("ZZ", "01"): ("Kivalo", "Upper Province"),
        ("ZZ", "02"): ("Mbeni", "Upper Province"),
        ("ZZ", "03"): ("Sorro Region", "Upper Province"),
    }
    assert former == {("ZZ", "Upper Province"): ["01", "02", "03"]}


def test_a_part_geonames_names_as_the_old_province_keeps_it() -> None:
    named = {
        ("ZZ", "01"): "Tamar",
        ("ZZ", "02"): "Tamar",  # the rump keeps the old name
        ("ZZ", "03"): "Oso",
        ("ZZ", "04"): "Oso",  # "Haut-Oso" holds "Oso": the same unit by a longer name
        ("ZZ", "05"): "Lima Division",
        ("ZZ", "06"): "Lima Division",  # a kind word is no other name
        ("ZZ", "07"): "Alone",  # a name no other code shares
    }
    own = {
        ("ZZ", "01"): ("Tamar",),
        ("ZZ", "02"): ("Kessa",),
        ("ZZ", "03"): ("Haut-Oso",),
        ("ZZ", "04"): ("Ruwe",),
        ("ZZ", "05"): ("Lima",),
        ("ZZ", "06"): ("Pando Division",),
        ("ZZ", "07"): ("Something Else",),
    }
    renamed, former = geonames.split_units(named, own)
    assert renamed == {
        ("ZZ", "02"): ("Kessa", "Tamar"),
        ("ZZ", "04"): ("Ruwe", "Oso"),
        ("ZZ", "06"): ("Pando Division", "Lima Division"),
    }
    assert former == {}


def test_a_part_named_like_one_of_its_towns_keeps_the_old_name() -> None:
    named = {("ZZ", "01"): "Gora", ("ZZ", "02"): "Gora", ("ZZ", "03"): "Gora"}
    own = {("ZZ", "01"): ("Gora",), ("ZZ", "02"): ("Minaka",), ("ZZ", "03"): ("Dulo",)}
    towns = {("ZZ", "02"): {"minaka", "anderab"}, ("ZZ", "03"): {"kasso"}}
    renamed, _ = geonames.split_units(named, own, towns)
    assert renamed == {("ZZ", "03"): ("Dulo", "Gora")}


@pytest.mark.parametrize(
    ("query", "context", "unit"),
    [
        ("Ituri", "Militiamen raided two villages in Ituri overnight, killing 14 people.", "Ituri"),
        ("Tanganyika", "Displaced families in Tanganyika province said the camp was shelled.", "Tanganyika"),
        ("Lualaba", "Miners protested in Lualaba after the army moved in.", "Lualaba"),
    ],
)
def test_a_province_of_a_split_is_found_by_its_own_name(
    geocoder: OfflineGeocoder, query: str, context: str, unit: str
) -> None:
    found = geocoder.geocode(query, context=context, limit=1)
    assert [(c.place.feature, c.place.name, c.place.country_code) for c in found] == [
        (Feature.ADMIN1, unit, "CD")
    ]


@pytest.mark.parametrize(
    ("town", "context", "unit"),
    [
        ("Bunia", "A grenade went off in a market in Bunia on Monday.", "Ituri"),
        ("Kolwezi", "Police in Kolwezi said two miners were shot.", "Lualaba"),
        ("Kisangani", "Protesters marched in Kisangani, Congo, on Friday.", "Tshopo"),
    ],
)
def test_a_town_of_a_split_province_is_labelled_by_its_new_unit(
    geocoder: OfflineGeocoder, town: str, context: str, unit: str
) -> None:
    (found,) = geocoder.geocode(town, context=context, limit=1)
    assert found.place.feature is Feature.CITY and found.place.admin1 == unit


def test_the_old_province_is_still_found_where_its_parts_lie(geocoder: OfflineGeocoder) -> None:
    (found,) = geocoder.geocode("Eastern Province", context="Kisangani, Congo", limit=1)
    assert found.place.country_code == "CD" and found.place.name == "Eastern Province"
    parts = [geocoder.geocode(n, context="Congo", limit=1)[0].place for n in ("Ituri", "Tshopo")]
    # (its point among its parts': between Ituri's and Tshopo's)
    assert min(p.latitude for p in parts) <= found.place.latitude + 1.0
    assert found.place.latitude - 1.0 <= max(p.latitude for p in parts)
