"""Index life cycle: built on first use, reused, rebuilt when a source changes; user places."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from conftest import small_collector

from incident_explorer.errors import DataFileError
from incident_explorer.places import index
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.settings import Settings

HEADER = "id,name,aliases,latitude,longitude,parent,country,feature,members,note\n"


def open_small(settings: Settings) -> Gazetteer:
    return Gazetteer.open(settings, collector=small_collector)


def test_index_is_built_once_and_reused(small_settings: Settings) -> None:
    stages: list[str] = []
    open_small(small_settings).close()
    path = index.index_path(small_settings)
    assert path.exists()
    mtime = path.stat().st_mtime_ns
    Gazetteer.open(small_settings, lambda stage, d, t: stages.append(stage), small_collector).close()
    assert path.stat().st_mtime_ns == mtime and stages == []


def test_editing_user_places_rebuilds_and_takes_effect(small_settings: Settings) -> None:
    gaz = open_small(small_settings)
    assert OfflineGeocoder(gaz).geocode("Clock Tower Square") == []
    with small_settings.user_places.open("a", encoding="utf-8") as fh:
        fh.write("clock-square,Clock Tower Square,New Clock Square,34.7300,36.7130,Homs,SY,point,,\n")
    gaz = open_small(small_settings)
    best = OfflineGeocoder(gaz).geocode("New Clock Square")[0]
    assert best.place.source_id == "user:clock-square"
    assert best.location == "Clock Tower Square, Homs, Syria"


def test_user_places_win_ties(small_settings: Settings) -> None:
    ocha = OfflineGeocoder(open_small(small_settings)).geocode("Mahatta, Homs")[0]
    assert ocha.place.source == "ocha"
    row = f"my-mahatta,Mahatta,,{ocha.place.latitude},{ocha.place.longitude},Homs,SY,neighbourhood,,\n"
    with small_settings.user_places.open("a", encoding="utf-8") as fh:
        fh.write(row)
    found = OfflineGeocoder(open_small(small_settings)).geocode("Mahatta, Homs")
    assert found[0].place.source_id == "user:my-mahatta"


def test_region_point_comes_from_its_members(small_settings: Settings) -> None:
    gaz = open_small(small_settings)
    region = gaz.by_source_id("user:eastern-ghouta")
    duma = gaz.by_source_id("ocha:SY030200")
    assert region is not None and duma is not None
    assert abs(region.place.latitude - duma.place.latitude) < 0.2


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x,Somewhere,,95,36,,SY,point,,", "row 2, column latitude: 95.0 is outside -90..90"),
        ("x,Somewhere,,north,36,,SY,point,,", "row 2, column latitude: 'north' is not a number"),
        ("x,Somewhere,,,,,SY,point,,", "row 2: give latitude and longitude"),
        ("x,Somewhere,,,,,SY,region,ocha:NOPE,", "unknown source id(s) ocha:NOPE"),
        ("x,Somewhere,,1,1,,SY,castle,,", "column feature: 'castle' is not one of"),
        (",Somewhere,,1,1,,SY,point,,", "row 2: id and name are required"),
        # (a '/' would make "user:camp/north" read as a point measured north of "user:camp")
        ("camp/north,Somewhere,,1,1,,SY,point,,", "row 2, column id 'camp/north': use only letters"),
        ("old camp,Somewhere,,1,1,,SY,point,,", "row 2, column id 'old camp': use only letters"),
    ],
)
def test_bad_user_place_rows_name_file_row_and_column(
    small_settings: Settings, row: str, message: str
) -> None:
    small_settings.user_places.write_text(HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        open_small(small_settings)
    assert str(small_settings.user_places) in str(err.value)
    assert message in str(err.value)


def test_bad_user_places_file_keeps_the_old_index(small_settings: Settings) -> None:
    open_small(small_settings).close()
    path = index.index_path(small_settings)
    before = path.read_bytes()
    small_settings.user_places.write_text("name\nNo id column\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="missing column"):
        open_small(small_settings)
    assert path.read_bytes() == before
    assert not list(Path(small_settings.cache_dir).glob("*.tmp"))


def test_non_utf8_user_places_file_is_refused(small_settings: Settings) -> None:
    small_settings.user_places.write_bytes(HEADER.encode() + b"x,Caf\xe9,,1,1,,FR,point,,\n")
    with pytest.raises(DataFileError, match="save it as UTF-8"):
        open_small(small_settings)


def test_unwritable_cache_dir_is_a_clear_error(small_settings: Settings, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    from dataclasses import replace

    from incident_explorer.errors import GazetteerError

    with pytest.raises(GazetteerError, match="INCIDENTS_CACHE_DIR"):
        open_small(replace(small_settings, cache_dir=blocker / "cache"))


def test_adding_and_editing_user_places_checks_rows(small_settings: Settings) -> None:
    from incident_explorer.errors import InputError
    from incident_explorer.places.sources import user_places as up

    path = small_settings.user_places
    square = {"id": "sq", "name": "Clock Square", "latitude": "34.73", "longitude": "36.71", "country": "sy"}
    up.add(path, square)
    with pytest.raises(InputError, match="is taken"):
        up.add(path, {"id": "sq", "name": "Again", "latitude": "1", "longitude": "1"})
    with pytest.raises(InputError, match="-90..90"):
        up.add(path, {"id": "bad", "name": "Bad", "latitude": "95", "longitude": "1"})
    up.add(path, {**square, "name": "Clock Tower Square"}, replace=True)
    rows = {r["id"]: r for r in up.read_rows(path)}
    assert rows["sq"]["name"] == "Clock Tower Square" and "eastern-ghouta" in rows
    found = OfflineGeocoder(open_small(small_settings)).geocode("Clock Tower Square")
    assert found[0].place.source_id == "user:sq"


def test_checkouts_with_different_data_keep_their_own_index(small_settings: Settings) -> None:
    # Two checkouts sharing a cache folder must not rebuild each other's index on every run.
    open_small(small_settings).close()
    first = index.index_path(small_settings)
    original = small_settings.user_places.read_text(encoding="utf-8")
    small_settings.user_places.write_text(original + "\n", encoding="utf-8")
    open_small(small_settings).close()
    second = index.index_path(small_settings)
    assert second != first and first.exists() and second.exists()
    stages: list[str] = []
    small_settings.user_places.write_text(original, encoding="utf-8")
    Gazetteer.open(small_settings, lambda stage, d, t: stages.append(stage), small_collector).close()
    assert stages == []  # back on the first data: its index is reused, not rebuilt


def test_downloaded_user_places_run_no_formula_and_read_back_as_typed(tmp_path: Path) -> None:
    from incident_explorer.places.sources import user_places

    path = tmp_path / "user_places.csv"
    for ident, name in (
        ("f1", '=HYPERLINK("http://evil.example","x")'),
        ("f2", "@SUM(A1)"),
        ("f3", "-Tal Abyad"),
    ):
        user_places.add(path, {"id": ident, "name": name, "latitude": "36.7", "longitude": "-38.9"})
    typed = user_places.read_rows(path)
    download = user_places.to_csv(typed)
    cells = [line.split(",", 2)[1] for line in download.splitlines()[1:]]
    assert all(cell.lstrip('"').startswith("'") for cell in cells)  # no cell opens as a formula
    assert "-38.9" in download  # a negative number stays a number
    back = tmp_path / "back.csv"
    back.write_text(download, encoding="utf-8")
    assert user_places.read_rows(back) == typed


def test_a_killed_builds_leftover_is_removed_by_the_next_build(small_settings: Settings) -> None:
    import os
    import time

    small_settings.cache_dir.mkdir(parents=True, exist_ok=True)
    old = small_settings.cache_dir / ".gazetteer-killed.tmp"
    fresh = small_settings.cache_dir / ".gazetteer-running.tmp"  # another process's build, now
    for leftover in (old, fresh):
        leftover.write_bytes(b"half an index")
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    small_settings.user_places.write_text(
        small_settings.user_places.read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )  # a change, so the index is built again
    open_small(small_settings).close()
    assert not old.exists() and fresh.exists()


def test_key_filter_passes_every_indexed_key_and_few_others() -> None:
    keys = [f"place {i} al {i % 97}" for i in range(5000)]
    filt = index.KeyFilter.of(keys)
    assert all(filt.may_name(k) for k in keys)  # no key that some place has is ever turned away
    strangers = [f"nowhere {i}" for i in range(5000)]
    assert sum(map(filt.may_name, strangers)) < 150  # ~1 % pass (10 bits a key)
    assert not index.KeyFilter.of([]).may_name("aleppo")


def test_names_the_filter_turns_away_read_as_no_place(small_settings: Settings) -> None:
    gaz = open_small(small_settings)
    try:
        assert gaz._keys is not None  # the index holds its filter
        gaz.prefetch(["homs", "qasr al nowhere"])
        with_filter = {k: gaz.exact(k, loose=True) for k in ("aleppo", "homs", "qasr al nowhere")}
        assert with_filter["aleppo"] and with_filter["homs"] and not with_filter["qasr al nowhere"]
        gaz.clear_cache()
        gaz._keys = None  # every key asked of the index itself
        gaz.prefetch(["homs", "qasr al nowhere"])
        assert {k: gaz.exact(k, loose=True) for k in with_filter} == with_filter
        gaz.clear_cache()
        gaz._keys = index.KeyFilter.of([])  # turns every key away
        gaz.prefetch(["aleppo"])
        assert gaz.exact("aleppo") == []
    finally:
        gaz.close()


def test_names_a_place_agrees_with_exact_with_and_without_the_filter(small_settings: Settings) -> None:
    gaz = open_small(small_settings)
    try:
        keys = ("aleppo", "homs", "qasr al nowhere", "syrian", "the", "wa er")
        expected = {k: bool(gaz.exact(k)) for k in keys}
        assert expected["aleppo"] and expected["homs"] and not expected["qasr al nowhere"]
        gaz.clear_cache()
        assert {k: gaz.names_a_place(k) for k in keys} == expected
        gaz.clear_cache()
        gaz._keys = None  # an index without its filter: every key asked of the index itself
        assert {k: gaz.names_a_place(k) for k in keys} == expected
        gaz.clear_cache()
        gaz._keys = index.KeyFilter.of([])  # a filter that turns every key away is believed
        assert not gaz.names_a_place("aleppo")
    finally:
        gaz.close()


def test_largest_towns_are_stored_at_build_as_a_scan_reads_them(tiny_gazetteer: Gazetteer) -> None:
    gaz = tiny_gazetteer
    assert gaz._query("SELECT v FROM meta WHERE k = 'largest_towns'", ())  # written at build
    scanned = gaz._query(index.LARGEST_TOWNS_SQL, ("city",))
    assert gaz.largest_towns == {(cc, admin1): pop for cc, admin1, pop in scanned}
    provinces = {("SY", "Homs"), ("SY", "Aleppo"), ("FR", "Ile-de-France"), ("US", "Texas")}
    assert provinces <= set(gaz.largest_towns)


def test_country_populations_are_stored_at_build_as_a_scan_reads_them(tiny_gazetteer: Gazetteer) -> None:
    gaz = tiny_gazetteer
    assert gaz._query("SELECT v FROM meta WHERE k = 'country_population'", ())  # written at build
    scanned = gaz._query(index.COUNTRY_POPULATION_SQL, ("country",))
    assert gaz._country_population() == {cc: int(pop or 0) for cc, pop in scanned}
    assert {"SY", "FR", "US"} <= set(gaz._country_population())


@pytest.mark.parametrize("enabled", [True, False])
def test_a_build_leaves_the_cyclic_collector_as_it_found_it(small_settings: Settings, enabled: bool) -> None:
    # (the build runs with the collector off: its rows hold no reference cycles)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        fp = index.fingerprint(small_settings)
        index.build(small_settings, index.index_path(small_settings, fp), fp, collector=small_collector)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
