"""Second-level admin units (counties, parishes) from GeoNames' admin2 codes and the towns in them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.index import fingerprint
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry, geonames
from incident_explorer.places.spelling import normalise, translit
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

ADMIN2_CODES = """\
US.LA.079\tRapides Parish\tRapides Parish\t4338356
US.NE.055\tDouglas County\tDouglas County\t5066001
US.MN.041\tDouglas County\tDouglas County\t5024142
US.MO.215\tTexas County\tTexas County\t4412365
US.MO.999\tEmpty County\tEmpty County\t1
SY.11.1234\tSome District\tSome District\t2
GB.ENG.G5\tKent\tKent\t3333158
"""
# (cc, admin1 code, admin2 name as the cities data writes it, lat, lon, population)
TOWNS = [
    ("US", "LA", "Rapides Parish", 31.31, -92.45, 47_000),
    ("US", "LA", "Rapides Parish", 31.10, -92.40, 2_000),
    ("US", "LA", "Rapides Parish", 31.40, -92.67, 1_500),
    ("US", "MN", "Douglas County", 45.89, -95.38, 13_000),
    ("US", "NE", "Douglas County", 41.26, -95.94, 400_000),
    ("US", "MO", "Texas County", 37.33, -91.97, 2_500),
    ("SY", "11", "Some District", 35.0, 37.0, 900),
    ("GB", "ENG", "Kent", 51.27, 0.52, 110_000),
    ("US", "LA", "No Such Parish", 30.0, -91.0, 700),
]
ADMIN1 = {
    ("US", "LA"): "Louisiana",
    ("US", "NE"): "Nebraska",
    ("US", "MN"): "Minnesota",
    ("US", "MO"): "Missouri",
    ("US", "TX"): "Texas",
    ("GB", "ENG"): "England",
}
COUNTRIES = {"US": ("United States", "USA", "US"), "GB": ("United Kingdom", "GBR", "GB")}


def _units(tmp_path: Path) -> dict[str, Entry]:
    path = tmp_path / "admin2Codes.txt"
    path.write_text(ADMIN2_CODES, encoding="utf-8")
    codes = geonames.read_admin2_codes(path)
    taken = {n.casefold() for n in ADMIN1.values()}
    entries = geonames.admin2_entries(TOWNS, codes, ADMIN1, taken, COUNTRIES)
    return {e.place.source_id: e for e in entries}


def test_units_with_towns_become_places_with_their_code(tmp_path: Path) -> None:
    units = _units(tmp_path)
    assert set(units) == {
        "geonames-admin2:US.LA.079",
        "geonames-admin2:US.NE.055",
        "geonames-admin2:US.MN.041",
        "geonames-admin2:US.MO.215",
        "geonames-admin2:GB.ENG.G5",
    }  # no unit without towns, none in Syria (OCHA's districts are better), no unknown name
    parish = units["geonames-admin2:US.LA.079"].place
    assert parish.feature == Feature.ADMIN2
    assert (parish.name, parish.admin1, parish.country_code) == ("Rapides Parish", "Louisiana", "US")
    assert 31.10 <= parish.latitude <= 31.40 and -92.67 <= parish.longitude <= -92.40
    assert "Louisiana" in units["geonames-admin2:US.LA.079"].ancestry


def test_units_are_named_without_their_admin_word_unless_a_state_has_that_name(tmp_path: Path) -> None:
    units = _units(tmp_path)
    assert units["geonames-admin2:US.LA.079"].names == ("Rapides Parish", "Rapides")
    assert units["geonames-admin2:US.NE.055"].names == ("Douglas County", "Douglas", "Douglas Co.")
    assert units["geonames-admin2:GB.ENG.G5"].names == ("Kent",)
    assert units["geonames-admin2:US.MO.215"].names == ("Texas County", "Texas Co.")  # "Texas" is the state


def _town(sid: str, name: str, cc: str, admin1: str, pop: int, *ancestry: str) -> Entry:
    place = Place(sid, name, 0.0, 0.0, Feature.CITY, cc, admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(*ancestry, admin1, cc))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    path = settings.cache_dir / "admin2Codes.txt"
    path.write_text(ADMIN2_CODES, encoding="utf-8")
    taken = {n.casefold() for n in ADMIN1.values()}
    units = geonames.admin2_entries(TOWNS, geonames.read_admin2_codes(path), ADMIN1, taken, COUNTRIES)
    towns = [
        _town("t:douglas-wy", "Douglas", "US", "Wyoming", 6_000, "Converse County"),
        _town("t:omaha", "Omaha", "US", "Nebraska", 480_000, "Douglas County"),
        _town("t:alexandria", "Alexandria", "US", "Louisiana", 45_000, "Rapides Parish"),
    ]
    return [*towns, *units], COUNTRIES


@pytest.fixture(scope="module")
def geo(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> Iterator[OfflineGeocoder]:
    gaz = Gazetteer.open(replace(settings, cache_dir=tmp_path_factory.mktemp("admin2")), collector=_collector)
    yield OfflineGeocoder(gaz)
    gaz.close()


def _best(geo: OfflineGeocoder, name: str, text: str = "") -> str:
    found = geo.geocode(name, keys=context_keys(text) if text else None, limit=1)
    return found[0].place.source_id if found else ""


@pytest.mark.parametrize(
    ("name", "text", "want"),
    [
        ("Rapides Parish", "Deputies in Rapides Parish searched the levee.", "geonames-admin2:US.LA.079"),
        ("Douglas County", "Omaha police and Douglas County deputies met.", "geonames-admin2:US.NE.055"),
        ("Douglas County", "Douglas County, Minnesota, voted on Tuesday.", "geonames-admin2:US.MN.041"),
        ("Rapides", "The Rapides school board met in Alexandria.", "geonames-admin2:US.LA.079"),
    ],
)
def test_counties_and_parishes_are_found(geo: OfflineGeocoder, name: str, text: str, want: str) -> None:
    assert _best(geo, name, text) == want


def test_a_bare_name_still_prefers_the_town(geo: OfflineGeocoder) -> None:
    assert _best(geo, "Douglas") == "t:douglas-wy"
    assert _best(geo, "Douglas", "The rodeo in Douglas drew a crowd on Saturday.") == "t:douglas-wy"


@pytest.mark.parametrize("file_of", [geonames.admin2_file, geonames.admin2_of_towns_file])
def test_the_index_fingerprint_covers_the_admin2_files(
    tmp_path: Path, settings: Settings, file_of: Callable[[Path], Path]
) -> None:
    data = tmp_path / "data"
    (data / "geonames-extra").mkdir(parents=True)
    mine = replace(settings, data_dir=data, user_places=data / "user_places.csv")
    before = fingerprint(mine)
    file_of(data).write_text(ADMIN2_CODES, encoding="utf-8")
    assert fingerprint(mine) != before


def test_a_units_population_is_its_towns(tmp_path: Path) -> None:
    units = _units(tmp_path)
    assert units["geonames-admin2:US.LA.079"].place.population == 50_500
    assert units["geonames-admin2:US.MN.041"].place.population == 13_000


@pytest.mark.parametrize(
    "text",
    ["", "Deputies in Douglas County searched the woods.", "The Douglas County fair opens on Friday."],
)
def test_of_namesake_counties_with_nothing_said_the_more_populous_comes_first(
    geo: OfflineGeocoder, text: str
) -> None:
    assert _best(geo, "Douglas County", text) == "geonames-admin2:US.NE.055"


SEATED_CODES = """\
IQ.13.6770659\tAl-Hawija District\tAl-Hawija District\t6770659
IQ.15.6770660\tSinjar District\tSinjar District\t6770660
AF.24.1135689\tNahr-e Saraj District\tNahr-e Saraj District\t1135689
US.LA.079\tRapides Parish\tRapides Parish\t4338356
"""
SEATED_TOWNS = [
    ("IQ", "13", "Al-Hawija District", 35.33, 43.77, 0),
    ("IQ", "15", "Sinjar District", 36.32, 41.88, 38_000),
    ("AF", "24", "Nahr-e Saraj District", 31.8, 64.5, 0),
    ("US", "LA", "Rapides Parish", 31.31, -92.45, 47_000),
]
# each unit's towns, as the cities data spells them (transliteration keys)
SEATED_NAMES = {
    ("IQ", "13", "al-hawija district"): {"Al Ḩawījah"},
    ("IQ", "15", "sinjar district"): {"Sinjār", "Khanasor"},
    ("AF", "24", "nahr-e saraj district"): {"Gereshk"},
    ("US", "LA", "rapides parish"): {"Alexandria", "Pineville"},
}


@pytest.mark.parametrize(
    ("unit", "names"),
    [
        ("geonames-admin2:IQ.13.6770659", ("Al-Hawija District",)),  # its seat, spelt otherwise
        ("geonames-admin2:IQ.15.6770660", ("Sinjar District",)),
        ("geonames-admin2:AF.24.1135689", ("Nahr-e Saraj District", "Nahr-e Saraj")),  # seat Gereshk
        ("geonames-admin2:US.LA.079", ("Rapides Parish", "Rapides")),
    ],
)
def test_a_unit_named_after_a_town_in_it_leaves_the_bare_name_to_the_town(
    tmp_path: Path, unit: str, names: tuple[str, ...]
) -> None:
    path = tmp_path / "admin2Codes.txt"
    path.write_text(SEATED_CODES, encoding="utf-8")
    keys = {k: {translit(normalise(n)) for n in towns} for k, towns in SEATED_NAMES.items()}
    entries = geonames.admin2_entries(SEATED_TOWNS, geonames.read_admin2_codes(path), {}, set(), {}, keys)
    assert {e.place.source_id: e.names for e in entries}[unit] == names
