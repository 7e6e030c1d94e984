"""Second-level units no GeoNames town lies in (every county of South Sudan, most departments of
Cameroon, provinces of Burkina Faso such as Poni): an entry at their admin1 unit's point with the
admin1's precision, answering only to a name with a kind word ("Morobo County", "Poni
province"), so that a village the gazetteer lacks in such a unit stands in at the unit, not at a
namesake abroad (Pawnee, Oklahoma, whose other names hold 'Poni') nor nowhere.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.precision import ADMIN2_AT_ADMIN1, precision_for, precision_of
from incident_explorer.places.sources import Entry, geonames

PUBLISHED = date(2021, 6, 7)  # a Monday

ADMIN2_CODES = """\
XX.01.1\tMorubu County\tMorubu County\t1
XX.01.2\tProvince du Kanto\tProvince du Kanto\t2
XX.01.3\tWestern Ridge\tWestern Ridge\t3
XX.01.4\tLemka Zone\tLemka Zone\t4
XX.01.5\tBaptist\tBaptist\t5
XX.01.6\tCentral\tCentral\t6
XX.02.7\tOrphan County\tOrphan County\t7
"""


def _units(tmp_path: Path, placed: frozenset[str] = frozenset()) -> dict[str, Entry]:
    path = tmp_path / "admin2Codes.txt"
    path.write_text(ADMIN2_CODES, encoding="utf-8")
    entries = geonames.towns_less_admin2_entries(
        geonames.read_admin2_codes(path),
        set(placed),
        {("XX", "01"): "Upper Plains", ("XX", "02"): "Lower Plains"},
        {("XX", "01"): (4.5, 31.0)},  # (Lower Plains has no point: no town at all)
        {"upper plains", "lower plains"},
        {("XX", "01"): ["Lemka", "Juba Town"]},  # a town spelt like the zone: the town it is
        {"XX": ("Testland",)},
        frozenset({"baptist"}),
    )
    return {e.place.source_id: e for e in entries}


def test_a_unit_with_no_town_stands_at_its_province_point(tmp_path: Path) -> None:
    units = _units(tmp_path)
    county = units[f"{ADMIN2_AT_ADMIN1}:XX.01.1"]
    assert (county.place.latitude, county.place.longitude) == (4.5, 31.0)
    assert county.place.feature is Feature.ADMIN2
    assert county.place.admin1 == "Upper Plains"
    # its name as GeoNames writes it and its short name with a kind word, never bare
    assert "Morubu County" in county.names and "Morubu province" in county.names
    assert "Morubu" not in county.names
    kanto = units[f"{ADMIN2_AT_ADMIN1}:XX.01.2"]
    assert "Kanto province" in kanto.names and "Kanto" not in kanto.names


def test_no_entry_for_a_town_s_name_a_common_word_a_compass_word_or_no_province_point(
    tmp_path: Path,
) -> None:
    codes = {sid.rsplit(":", 1)[1] for sid in _units(tmp_path)}
    assert codes == {"XX.01.1", "XX.01.2", "XX.01.3"}  # Lemka (a town), Baptist, Central, Orphan: none
    assert {sid.rsplit(":", 1)[1] for sid in _units(tmp_path, frozenset({"XX.01.1"}))} == {
        "XX.01.2",
        "XX.01.3",
    }


def test_its_precision_is_the_province_s() -> None:
    unit = Place(f"{ADMIN2_AT_ADMIN1}:XX.01.1", "Morubu County", 4.5, 31.0, Feature.ADMIN2, "XX")
    assert precision_of(unit) == precision_for(Feature.ADMIN1)
    with_towns = Place("geonames-admin2:US.LA.079", "Rapides Parish", 31.2, -92.5, Feature.ADMIN2, "US")
    assert precision_of(with_towns) == precision_for(Feature.ADMIN2)


@pytest.mark.parametrize(
    ("query", "country"),
    [("Morobo County", "SS"), ("Poni province", "BF"), ("Oudalan province", "BF")],
)
def test_the_geocoder_reads_it_with_its_kind_word(
    geocoder: OfflineGeocoder, query: str, country: str
) -> None:
    best = geocoder.geocode(query)[0]
    assert best.place.source == ADMIN2_AT_ADMIN1
    assert best.place.country_code == country
    assert best.precision.where_prec == 4


def test_a_bare_name_is_not_such_a_unit(geocoder: OfflineGeocoder) -> None:
    assert all(c.place.source != ADMIN2_AT_ADMIN1 for c in geocoder.geocode("Oudalan"))
    assert all(c.place.source != ADMIN2_AT_ADMIN1 for c in geocoder.geocode("Morobo"))


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        (
            "Gunmen on motorbikes killed eleven gold miners in Dioulasso-Ba, a hamlet in Poni province,"
            " on Saturday, a local official said.",
            "BF",
            "Southwest",
        ),
        (
            "Cattle raiders killed four herders near Kendila in Morobo County on Friday, a county official"
            " said.",
            "SS",
            "Central Equatoria",
        ),
        (
            "Jihadists raided a cattle market in Oudalan province on Thursday, killing nine herders, the"
            " regional governor said.",
            "BF",
            "Sahel",
        ),
    ],
)
def test_an_event_in_such_a_unit_stands_at_its_province(
    rules: Extractor, text: str, country: str, admin1: str
) -> None:
    r = rules.extract(articles.from_text(text, published=PUBLISHED))
    placed = [i for i in r.incidents if i.latitude is not None]
    assert placed, r.incidents
    assert {i.country_code for i in placed} == {country}
    assert {i.admin1 for i in placed} == {admin1}
    assert {i.where_prec for i in placed} == {4}
