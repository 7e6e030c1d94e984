"""Names of the world's units as the news writes them, and what the name asked about says."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector, fingerprint
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry, geonames, world
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {
    "US": ("United States", "USA", "US"),
    "JO": ("Jordan", "JOR", "JO"),
    "LB": ("Lebanon", "LBN", "LB"),
    "FR": ("France", "FRA", "FR"),
}


def _town(sid: str, name: str, lat: float, lon: float, cc: str, admin1: str, pop: int) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, cc, admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(admin1, cc))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # Towns named like countries, each next to a town of its own state.
        _town("t:jordan-mn", "Jordan", 44.67, -93.63, "US", "Minnesota", 6_000),
        _town("t:shakopee", "Shakopee", 44.80, -93.53, "US", "Minnesota", 40_000),
        _town("t:lebanon-pa", "Lebanon", 40.34, -76.41, "US", "Pennsylvania", 25_000),
        _town("t:myerstown", "Myerstown", 40.37, -76.30, "US", "Pennsylvania", 3_000),
        # The countries' own towns.
        _town("t:amman", "Amman", 31.95, 35.93, "JO", "Amman", 1_300_000),
        _town("t:beirut", "Beirut", 33.89, 35.50, "LB", "Beirut", 1_900_000),
        _town("t:paris", "Paris", 48.85, 2.35, "FR", "Ile-de-France", 2_100_000),
        _town("t:us-fr", "Us", 49.10, 1.97, "FR", "Ile-de-France", 1_300),
    ]
    countries = [
        Entry(Place(f"t:{cc}", names[0], 10.0, 10.0, Feature.COUNTRY, cc), names=names, ancestry=())
        for cc, names in COUNTRIES.items()
    ]
    return [*entries, *countries], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "world-names")


def _best(geo: OfflineGeocoder, name: str, text: str) -> str:
    found = geo.geocode(name, keys=context_keys(text), limit=1)
    return found[0].place.source_id if found else ""


@pytest.mark.parametrize(
    ("name", "text", "want"),
    [
        ("Jordan", "Jordan Elementary got a check from the Target store in Shakopee.", "t:jordan-mn"),
        ("Jordan", "The Jordan volleyball club, which trains in Shakopee, starts again.", "t:jordan-mn"),
        ("Lebanon", "Lebanon school board members met with Myerstown parents on Monday.", "t:lebanon-pa"),
    ],
)
def test_the_name_asked_about_does_not_put_its_own_country_in_focus(
    geo: OfflineGeocoder, name: str, text: str, want: str
) -> None:
    # Before, "Jordan" in the text put Jordan in focus, and the town next to Shakopee was foreign.
    assert _best(geo, name, text) == want


@pytest.mark.parametrize(
    ("name", "text", "want"),
    [
        ("Jordan", "King Abdullah returned to Jordan; Amman welcomed him.", "t:JO"),
        ("Lebanon", "Refugees crossed into Lebanon and reached Beirut.", "t:LB"),
        ("Jordan", "Jordan and France signed a water deal.", "t:JO"),
    ],
)
def test_the_country_still_wins_when_the_text_speaks_of_it(
    geo: OfflineGeocoder, name: str, text: str, want: str
) -> None:
    assert _best(geo, name, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "US officials flew to Paris on Monday.",
        "The US said the talks in Paris would go on.",
        "Paris and the US agreed on a plan.",
    ],
)
def test_a_country_code_written_in_capitals_keeps_its_country_in_focus(
    geo: OfflineGeocoder, text: str
) -> None:
    # Two countries named, one of them by the code asked about: the code still names it.
    assert _best(geo, "US", text) == "t:US"


@pytest.mark.parametrize(
    ("name", "others", "want"),
    [
        ("Anhui Sheng", ("Anhui", "Anhui"), ("Anhui",)),
        ("Guangxi Zhuangzu Zizhiqu", ("Guangxi", "Guangxi"), ("Guangxi",)),
        ("Kashmir", ("Jammu and Kashmir", "Jammu and Kashmir"), ("Jammu and Kashmir",)),
        ("Bavaria", ("Bavaria", "Bavaria"), ()),  # the same name adds nothing
        # A code reassigned between the two files' editions: the other name is another unit's.
        ("Ha Noi", ("An Giang Province", "An Giang Province"), ()),
        ("Eastern Province", ("Ituri", "Ituri"), ()),
    ],
)
def test_geonames_admin1_names_are_kept_only_when_they_name_the_same_unit(
    name: str, others: tuple[str, ...], want: tuple[str, ...]
) -> None:
    assert geonames._english_names(name, tuple(dict.fromkeys(others))) == want


def test_admin1_codes_are_read_by_country_and_code(tmp_path: Path) -> None:
    path = tmp_path / "admin1CodesASCII.txt"
    path.write_text(
        "CN.01\tAnhui\tAnhui\t1818058\nEG.01\tDakahlia\tDakahlia\t361849\nNO.34\tInnlandet\tInnlandet\t1\n",
        encoding="utf-8",
    )
    codes = geonames.read_admin1_codes(path)
    assert codes[("CN", "01")] == ("Anhui",)
    assert codes[("NO", "34")] == ("Innlandet",)
    assert geonames.read_admin1_codes(tmp_path / "missing.txt") == {}


@pytest.mark.parametrize(
    ("query", "text", "admin1"),
    [
        ("Anhui", "Bird flu was found on a farm in Anhui, state media said.", "Anhui Sheng"),
        ("Zhejiang", "Officials in Zhejiang and Jiangsu culled poultry.", "Zhejiang Sheng"),
        ("Guangxi", "Cases rose in Guangxi, a region bordering Vietnam.", "Guangxi Zhuangzu Zizhiqu"),
    ],
)
def test_provinces_answer_to_geonames_own_names(
    geocoder: OfflineGeocoder, query: str, text: str, admin1: str
) -> None:
    found = geocoder.geocode(query, keys=context_keys(text), limit=1)
    assert found and found[0].place.feature is Feature.ADMIN1
    assert (found[0].place.country_code, found[0].place.name) == ("CN", admin1)


ADMIN2_CODES = """\
PH.03.14\tProvince of Bulacan\tProvince of Bulacan\t1723064
IT.12.TO\tProvincia di Torino\tProvincia di Torino\t3165523
PE.08.0801\tProvincia de Cusco\tProvincia de Cusco\t3941583
US.TN.105\tLoudon County\tLoudon County\t4636184
US.IA.155\tPottawattamie County\tPottawattamie County\t4870380
US.MO.165\tPlatte County\tPlatte County\t4402268
US.LA.079\tRapides Parish\tRapides Parish\t4338356
"""
TOWNS = [
    ("PH", "03", "Province of Bulacan", 14.8, 120.9, 80_000),
    ("IT", "12", "Provincia di Torino", 45.07, 7.69, 870_000),
    ("PE", "08", "Provincia de Cusco", -13.5, -71.97, 350_000),
    ("US", "TN", "Loudon County", 35.74, -84.33, 5_000),
    ("US", "IA", "Pottawattamie County", 41.26, -95.86, 60_000),
    ("US", "MO", "Platte County", 39.37, -94.78, 4_000),
    ("US", "LA", "Rapides Parish", 31.31, -92.45, 47_000),
]
ADMIN1 = {
    ("PH", "03"): "Central Luzon",
    ("IT", "12"): "Piedmont",
    ("PE", "08"): "Cusco",
    ("US", "TN"): "Tennessee",
    ("US", "IA"): "Iowa",
    ("US", "MO"): "Missouri",
    ("US", "LA"): "Louisiana",
}


def _admin2(tmp_path: Path) -> dict[str, tuple[str, ...]]:
    path = tmp_path / "admin2Codes.txt"
    path.write_text(ADMIN2_CODES, encoding="utf-8")
    taken = {n.casefold() for n in ADMIN1.values()}
    units = geonames.admin2_entries(TOWNS, geonames.read_admin2_codes(path), ADMIN1, taken, {})
    return {e.place.name: e.names for e in units}


@pytest.mark.parametrize(
    ("unit", "short"),
    [("Province of Bulacan", "Bulacan"), ("Provincia di Torino", "Torino"), ("Provincia de Cusco", None)],
)
def test_a_unit_named_with_a_leading_kind_word_answers_to_its_bare_name(
    tmp_path: Path, unit: str, short: str | None
) -> None:
    names = _admin2(tmp_path)[unit]
    if short is None:  # "Cusco" is the region's (admin1) name: taken
        assert names == (unit,)
    else:
        assert names == (unit, short)


@pytest.mark.parametrize(
    ("unit", "abbreviated"),
    [
        ("Loudon County", "Loudon Co."),
        ("Pottawattamie County", "Pottawattamie Co."),
        ("Platte County", "Platte Co."),
    ],
)
def test_a_county_answers_to_its_abbreviation(tmp_path: Path, unit: str, abbreviated: str) -> None:
    assert abbreviated in _admin2(tmp_path)[unit]


def test_a_parish_has_no_county_abbreviation(tmp_path: Path) -> None:
    assert _admin2(tmp_path)["Rapides Parish"] == ("Rapides Parish", "Rapides")


def test_the_index_fingerprint_covers_the_admin1_file(tmp_path: Path, settings: Settings) -> None:
    data = tmp_path / "data"
    (data / "geonames-extra").mkdir(parents=True)
    mine = replace(settings, data_dir=data, user_places=data / "user_places.csv")
    before = fingerprint(mine)
    geonames.admin1_file(data).write_text("CN.01\tAnhui\tAnhui\t1818058\n", encoding="utf-8")
    assert fingerprint(mine) != before


NO_COUNTRY = "\n".join(
    "\t".join((*row, ""))  # the country code column, empty
    for row in [
        (
            "6695072",
            "European Union",
            "European Union",
            "Europaeische Union,EU,Union europeenne",
            "50.83857",
            "4.37599",
            "A",
            "ZN",
        ),
        (
            "7729890",
            "Association of Southeast Asian Nations",
            "Association of Southeast Asian Nations",
            "ASEAN",
            "-6.23843",
            "106.79917",
            "A",
            "ZN",
        ),
        ("7729891", "Mercosur", "Mercosur", "", "-34.90177", "-56.18352", "A", "ZN"),
        ("6255148", "Europe", "Europe", "EU,Europa", "48.69096", "9.14062", "L", "CONT"),
        ("1", "Some Ridge", "Some Ridge", "SR", "10.0", "10.0", "U", "RDGU"),
    ]
)


def _unions(tmp_path: Path) -> dict[str, tuple[str, ...]]:
    (tmp_path / "geonames-extra").mkdir()
    (tmp_path / "geonames-extra" / "no-country.txt").write_text(NO_COUNTRY + "\n", encoding="utf-8")
    return {e.place.name: e.names for e in world.load(tmp_path)}


def test_unions_of_countries_are_regions_at_geonames_point(tmp_path: Path) -> None:
    (tmp_path / "geonames-extra").mkdir()
    (tmp_path / "geonames-extra" / "no-country.txt").write_text(NO_COUNTRY + "\n", encoding="utf-8")
    found = {e.place.name: e.place for e in world.load(tmp_path)}
    assert set(found) == {"European Union", "Association of Southeast Asian Nations", "Mercosur", "Europe"}
    eu = found["European Union"]
    assert (eu.feature, eu.latitude, eu.longitude, eu.source_id) == (
        Feature.REGION,
        50.83857,
        4.37599,
        "geonames:6695072",
    )


@pytest.mark.parametrize(
    ("union", "acronym"),
    [("European Union", "EU"), ("Association of Southeast Asian Nations", "ASEAN"), ("Mercosur", None)],
)
def test_a_union_answers_to_its_acronym(tmp_path: Path, union: str, acronym: str | None) -> None:
    names = _unions(tmp_path)
    assert (acronym in names[union]) if acronym else names[union] == (union,)
    assert "EU" not in names["Europe"]  # only a union's acronyms: other short names stay out


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("EU", "Ohio farmers said EU rules, which the European Union set in 2008, cost them."),
        ("European Union", "The European Union fined the company on Tuesday."),
        ("EU", "Farmers in Iowa protested against EU quotas; the European Union said it would listen."),
    ],
)
def test_the_european_union_is_found(geocoder: OfflineGeocoder, query: str, text: str) -> None:
    found = geocoder.geocode(query, keys=context_keys(text), limit=1)
    assert found and found[0].place.name == "European Union"
    assert found[0].place.feature is Feature.REGION


def _shadowed_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    countries = {"US": ("United States", "USA", "US"), "CA": ("Canada", "CAN", "CA")}
    province = Place("t:ontario-ca", "Ontario", 50.0, -85.0, Feature.ADMIN1, "CA", "Ontario")
    entries = [
        Entry(place=province, names=("Ontario",), ancestry=("CA", "Canada")),
        # A town named like the province, far from it, and three namesakes of a common word.
        _town("t:ontario-us", "Ontario", 34.06, -117.65, "US", "California", 20_000),
        _town("t:commerce-ca", "Commerce", 33.99, -118.16, "US", "California", 13_000),
        _town("t:commerce-ga", "Commerce", 34.20, -83.46, "US", "Georgia", 7_000),
        _town("t:commerce-tx", "Commerce", 33.25, -95.90, "US", "Texas", 9_000),
        _town("t:upland", "Upland", 34.10, -117.65, "US", "California", 77_000),
    ]
    units = country_entries(countries)
    return [*entries, *units], countries


@pytest.fixture(scope="module")
def shadowed(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_shadowed_collector, "world-shadowed")


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department said Ontario exports rose in March.",
        "Ontario signed the deal; Commerce officials in Washington welcomed it.",
        "Exports from Ontario fell, the Chamber of Commerce said.",
    ],
)
def test_a_word_that_is_also_a_town_does_not_take_a_province_name_to_a_town(
    shadowed: OfflineGeocoder, text: str
) -> None:
    # One capitalised word with namesakes near the Californian Ontario no longer outweighs the province.
    assert _best(shadowed, "Ontario", text) == "t:ontario-ca"


@pytest.mark.parametrize(
    "text",
    [
        "Ontario police and Upland firefighters met in Commerce.",
        "The Ontario airport, a short drive from Upland, reopened.",
        "Students from Upland and Ontario raised money for the shelter.",
    ],
)
def test_a_town_named_like_a_province_still_wins_with_its_neighbours_named(
    shadowed: OfflineGeocoder, text: str
) -> None:
    assert _best(shadowed, "Ontario", text) == "t:ontario-us"


# Six common town names, each found in Minnesota and in two other states (no two alike), and a
# name of two cities: the one in Minnesota smaller than the one in New York.
_COMMON = {
    "Plainview": ("Texas", "New York"),
    "Elgin": ("Illinois", "Texas"),
    "Montgomery": ("Alabama", "Ohio"),
    "Watertown": ("South Dakota", "Wisconsin"),
    "Hutchinson": ("Kansas", "Florida"),
    "Delano": ("California", "Tennessee"),
}


def _votes_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _town("t:rochester-mn", "Rochester", 44.02, -92.47, "US", "Minnesota", 110_000),
        _town("t:rochester-ny", "Rochester", 43.16, -77.61, "US", "New York", 210_000),
    ]
    # Spread out (4 degrees apart), so no town is another's neighbour: only the states vote.
    for i, (name, others) in enumerate(_COMMON.items()):
        for j, state in enumerate(("Minnesota", *others)):
            entries.append(_town(f"t:{name}-{j}", name, 20.0 + 4 * i, -150.0 + 4 * j, "US", state, 5_000))
    countries = {"US": ("United States", "USA", "US")}
    units = [
        Entry(
            Place("t:US", "United States", 0.0, 0.0, Feature.COUNTRY, "US"),
            names=countries["US"],
            ancestry=(),
        )
    ]
    return [*entries, *units], countries


@pytest.fixture(scope="module")
def voters(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_votes_collector, "world-votes")


@pytest.mark.parametrize(
    "text",
    [
        "Wrestlers from Plainview, Elgin, Montgomery, Watertown and Hutchinson met in Rochester.",
        "Rochester beat Delano, then Hutchinson; Elgin and Plainview lost to Montgomery.",
        "The Watertown, Delano, Elgin, Montgomery and Plainview teams travel to Rochester.",
    ],
)
def test_many_common_names_of_one_state_put_it_in_focus(voters: OfflineGeocoder, text: str) -> None:
    # Each name lies in three states and votes a third for each: five of them lead for Minnesota.
    assert _best(voters, "Rochester", text) == "t:rochester-mn"


def test_with_no_other_name_the_bigger_namesake_wins(voters: OfflineGeocoder) -> None:
    assert _best(voters, "Rochester", "Rochester won on Saturday night.") == "t:rochester-ny"


@pytest.mark.parametrize(
    ("totals", "want"),
    [
        # a neighbouring state with 60 % of the lead's votes shares the focus (it did not at 75 %)
        ({("US", "Ohio"): 3.0, ("US", "Kentucky"): 1.8}, {("US", "Ohio"), ("US", "Kentucky")}),
        (
            {("US", "Texas"): 2.5, ("US", "Oklahoma"): 1.6, ("US", "Maine"): 0.5},
            {("US", "Texas"), ("US", "Oklahoma")},
        ),
        # ... but not one with less, nor a lead under 1.5 votes
        ({("US", "Iowa"): 2.0, ("US", "Utah"): 1.0}, {("US", "Iowa")}),
        ({("US", "Iowa"): 1.4}, set()),
    ],
)
def test_states_close_to_the_lead_share_the_focus(
    totals: dict[tuple[str, str], float], want: set[tuple[str, str]]
) -> None:
    votes = {unit: {"some name": total} for unit, total in totals.items()}
    assert OfflineGeocoder._admin1_lead(votes, totals, "other name") == want


@pytest.mark.parametrize(
    ("name", "other", "kept"),
    [
        ("Papua", "South Papua", True),  # a newer unit the cities data labels by the old name
        ("Katanga", "Haut-Katanga", True),
        ("Nimruz", "Nimroz", True),
        ("Northern", "Southern Governorate", False),  # a reused code: the opposite quarter
        ("Western Province", "Eastern Province", False),
        ("North Region", "South Region", False),
    ],
)
def test_geonames_own_admin1_name_joins_a_unit_unless_it_names_the_opposite_quarter(
    name: str, other: str, kept: bool
) -> None:
    assert (other in geonames._english_names(name, (other,))) is kept
