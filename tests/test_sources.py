"""Gazetteer sources beyond GeoNames: WOF Syria, UCDP places, seas and continents, and merging."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_explorer.places.distance import distance_km
from incident_explorer.places.merge import merge
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry, ocha, wof
from incident_explorer.places.sources.geonames import _country_names_abroad, _parts_by_stem
from incident_explorer.places.sources.ucdp import description_names


def _entry(sid: str, name: str, lat: float, lon: float, *names: str, same_as: str = "") -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, "SY")
    return Entry(place=place, names=(name, *names), ancestry=("Idlib",), same_as=same_as)


def test_merge_by_geonames_id_keeps_one_entry_with_all_names() -> None:
    gn = _entry("geonames:1", "Khan Shaykhun", 35.44, 36.65)
    wof = _entry("wof:9", "Khān Shaykhūn", 35.4421, 36.651, "Khan Sheikhoun", same_as="geonames:1")
    out = merge([gn, wof])
    assert [e.place.source_id for e in out] == ["geonames:1"]
    assert "Khan Sheikhoun" in out[0].names and "Khān Shaykhūn" in out[0].names


def test_merge_by_name_only_within_a_few_km() -> None:
    town = _entry("wof:1", "Tarmala", 35.50, 36.60)
    near = _entry("ucdp:7", "Tarmalah", 35.51, 36.61, "Tarmalah village")
    far = _entry("ucdp:8", "Tarmala", 36.50, 37.60, "Tarmala village")
    other = _entry("ucdp:9", "Kafr Nabl", 35.505, 36.605)
    out = merge([town, near, far, other])
    assert [e.place.source_id for e in out] == ["wof:1", "ucdp:8", "ucdp:9"]
    assert "Tarmalah village" in out[0].names


def test_ucdp_descriptions_give_names_and_kind() -> None:
    assert description_names("Teir Maaleh village") == (["Teir Maaleh village", "Teir Maaleh"], Feature.CITY)
    names, feature = description_names("Duniq/Dowaibeq village") or ([], None)
    assert {"Duniq", "Dowaibeq"} <= set(names) and feature == Feature.CITY
    names, feature = description_names("Jubb al-Barazi (Cibb El Berazî) village") or ([], None)
    assert {"Jubb al-Barazi", "Cibb El Berazî"} <= set(names)
    assert description_names("Al Lajah area") == (["Al Lajah area", "Al Lajah"], Feature.REGION)
    assert description_names("Road between As Sukhnah and Tadmur") is None
    assert description_names("Silos east of Palmyra/Tadmur") is None


@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("Umm Batinah locality", "Umm Batinah"),
        ("Tall Rumman locality", "Tall Rumman"),
        ("Khirbat Ghazalah Locality", "Khirbat Ghazalah"),
    ],
)
def test_a_ucdp_locality_is_a_populated_place(description: str, name: str) -> None:
    # The query parser reads "X locality" as a town or village: a coder's locality scored as a
    # site (a point) lost its own description to namesake villages (feature fit 0.6).
    assert description_names(description) == ([description, name], Feature.CITY)


def test_syrian_villages_resolve_with_provenance(geocoder: OfflineGeocoder) -> None:
    for village in ("Zamrin", "Kafr Karmin", "Sunaysil"):
        best = geocoder.geocode(village, country="SY", limit=1)
        assert best, village
        assert best[0].place.country_code == "SY"
        assert best[0].place.source in {"wof", "geonames", "ucdp"}


def test_continents_and_seas_are_features_of_their_own(geocoder: OfflineGeocoder) -> None:
    assert geocoder.geocode("Africa", limit=1)[0].place.feature == Feature.CONTINENT
    assert geocoder.geocode("Mediterranean Sea", limit=1)[0].place.feature == Feature.WATER
    assert geocoder.geocode("the Middle East", limit=1)[0].place.feature == Feature.REGION


def test_a_country_sits_at_its_reference_point_not_a_population_median(geocoder: OfflineGeocoder) -> None:
    # The middle of the contiguous United States is in Kansas; a median of towns is in Indiana.
    us = geocoder.geocode("United States", limit=1)[0].place
    assert distance_km(us.latitude, us.longitude, 39.8, -98.6) < 200
    ru = geocoder.geocode("Russia", limit=1)[0].place
    assert ru.longitude > 60  # not in Mordovia, not across the antimeridian


def _unit(pcode: str, name: str, district: str, x: float, y: float) -> dict[str, object]:
    ring = [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]
    props = {"PCODE": pcode, "NAME_EN": name, "ADM2_PCODE": pcode[:6], "ADM2_EN": district}
    return {
        "properties": {**props, "ADM1_EN": "Idleb", "ADM1_AR": ""},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


def test_ocha_locator_names_the_district_after_its_seat_too(tmp_path: Path) -> None:
    folder = tmp_path / "syria-ocha"
    folder.mkdir()
    units = [
        _unit("SY070200", "Ma'arrat An Nu'man", "Al Ma'ra", 36.0, 35.0),  # the central sub-district
        _unit("SY070201", "Heish", "Al Ma'ra", 37.0, 35.0),
        _unit("SY030900", "Markaz Darayya", "Darayya", 38.0, 35.0),
        _unit("SY030901", "Sahnaya", "Darayya", 39.0, 35.0),
    ]
    (folder / "admin3.geojson").write_text(json.dumps({"features": units}), encoding="utf-8")
    locate = ocha.Locator(tmp_path)
    assert locate(35.5, 37.5) == ("Heish", "Al Ma'ra", "Idleb", "", "Ma'arrat An Nu'man")
    assert locate(35.5, 36.5) == ("Ma'arrat An Nu'man", "Al Ma'ra", "Idleb", "")
    assert locate(35.5, 39.5) == ("Sahnaya", "Darayya", "Idleb", "")  # "Markaz" means centre
    assert locate(30.0, 30.0) == ()


def test_directional_admin1_units_make_the_region_they_split() -> None:
    names = {
        ("SD", "55"): "Northern Darfur",
        ("SD", "47"): "Western Darfur",
        ("SD", "60"): "Eastern Darfur",
        ("CD", "11"): "Nord-Kivu",
        ("CD", "12"): "Sud-Kivu",
        ("ID", "24"): "Sulawesi Utara",
        ("ID", "25"): "Sulawesi Barat",
        ("SD", "01"): "Khartoum",
    }
    parts = _parts_by_stem(names)
    assert parts[("SD", "Darfur")] == ["47", "55", "60"]
    assert parts[("CD", "Kivu")] == ["11", "12"]
    assert parts[("ID", "Sulawesi")] == ["24", "25"]
    assert len(parts) == 3


def test_no_region_from_one_part_repeated_names_or_unit_words() -> None:
    names = {
        ("XA", "01"): "North Province",  # "Province" is no region's name
        ("XA", "02"): "South Province",
        ("XB", "01"): "Eastern Province",  # one name under two codes: no split
        ("XB", "02"): "Eastern Province",
        ("XC", "01"): "West Lakes",  # a single part
        ("XD", "01"): "North East",  # a direction is no stem
        ("XD", "02"): "South East",
    }
    assert _parts_by_stem(names) == {}


# Java: a village of the name in Georgia does not own the name of a region of Indonesia
@pytest.mark.parametrize(
    ("query", "cc"), [("Darfur", "SD"), ("Sumatra", "ID"), ("Kivu", "CD"), ("Java", "ID")]
)
def test_a_region_split_into_directional_units_is_found(
    geocoder: OfflineGeocoder, query: str, cc: str
) -> None:
    found = geocoder.geocode(query, limit=1)
    assert found[0].place.feature is Feature.REGION
    assert found[0].place.country_code == cc
    assert found[0].place.source_id.startswith("geonames-admin1:")


def test_a_countrys_name_in_another_language_makes_no_region(geocoder: OfflineGeocoder) -> None:
    # Liban-Nord and Liban-Sud are parts of Lebanon, named in French
    assert {"liban", "libano", "grecia", "allemagne"} <= _country_names_abroad()
    assert all(f.place.feature is not Feature.REGION for f in geocoder.geocode("Liban", limit=5))


def test_a_turkmen_village_answers_to_its_name_without_obasi(tmp_path: Path) -> None:
    # WOF writes "X Obası" (Turkish: X's camp) as Ūbāsī, Ūbah Sī, Obâssi, Ovassi; reports write X.
    rows = [
        ("1", "Haydar Ubasi", "Ḩaydar Ūbāsī|Haïdar Obâssi"),
        ("2", "Karim Ubah Si", "Kârim Ovassi"),
        ("3", "Yusuf Obasi", ""),
        ("4", "Ubasi", ""),  # the word alone is a name
        ("5", "Kafr Nabl", "Kafrnabl"),
    ]
    folder = tmp_path / "wof-syria"
    folder.mkdir()
    lines = [
        "wof_id,name,name_ar,variants,lat,lon,geonameid,gn_feature_code,gn_population,region,county,is_current"
    ]
    lines += [f"{i},{name},,{variants},36.5,36.9,,PPL,0,Aleppo,Afrin,-1" for i, name, variants in rows]
    (folder / "wof_sy_localities.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    names = {e.place.name: set(e.names) for e in wof.load(tmp_path, lambda lat, lon: ())}
    assert {"haydar", "haidar"} <= names["Haydar Ubasi"]
    assert "karim" in names["Karim Ubah Si"]
    assert "yusuf" in names["Yusuf Obasi"]
    assert names["Ubasi"] == {"Ubasi"}
    assert names["Kafr Nabl"] == {"Kafr Nabl", "Kafrnabl"}
