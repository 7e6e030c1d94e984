"""Bundled demo data and gzip imports: `incidents demo`, `.csv.gz` / `.geojson.gz` read as they are."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from test_cli import run
from test_store import ACLED, UCDP

from incident_explorer.errors import DataFileError
from incident_explorer.settings import Settings
from incident_explorer.store import demo, importers
from incident_explorer.store.database import Store


def _gzip(path: Path, text: str) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(text)
    return path


def test_csv_gz_is_read_like_the_plain_file(tmp_path: Path) -> None:
    plain = tmp_path / "acled.csv"
    plain.write_text(ACLED, encoding="utf-8")
    packed = _gzip(tmp_path / "acled.csv.gz", ACLED)
    assert list(importers.read_acled(packed)) == list(importers.read_acled(plain))


def test_gzip_is_recognised_by_its_content_not_its_name(tmp_path: Path) -> None:
    packed = _gzip(tmp_path / "ged.download", UCDP)  # a browser download named anything
    (record,) = importers.read_ucdp(packed)
    assert record.id == "ucdp:212345"


def test_geojson_gz(tmp_path: Path) -> None:
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [36.7, 34.73]},
                "properties": {"id": "g1", "event_date": "2017-02-25"},
            }
        ],
    }
    (record,) = importers.read_geojson(_gzip(tmp_path / "x.geojson.gz", json.dumps(collection)))
    assert (record.id, record.latitude, record.longitude) == ("g1", 34.73, 36.7)


def test_truncated_gzip_is_one_clear_error(tmp_path: Path) -> None:
    whole = gzip.compress((UCDP * 1).encode("utf-8") + b"\n" * 50_000)
    cut = tmp_path / "cut.csv.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(DataFileError, match="gzip data is damaged or cut short"):
        list(importers.read_ucdp(cut))


def test_ucdp_types_are_ucdps_own_categories(tmp_path: Path) -> None:
    header, row = UCDP.strip().split("\n")
    rows = [row.replace(",Clear,1,", f",Clear,{kind},").replace("212345", f"9{kind}") for kind in (1, 2, 3)]
    path = tmp_path / "ged.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    types = [r.event_type for r in importers.read_ucdp(path)]
    assert types == ["State-based conflict", "Non-state conflict", "One-sided violence"]


def test_ucdp_source_is_the_outlet_once(tmp_path: Path) -> None:
    text = UCDP.replace('"Al Jazeera 2017-02-25",,2017-02-25', '"a;b;c",SOHR;SOHR;Reuters,2017-02-25')
    (record,) = importers.read_ucdp(_gzip(tmp_path / "ged.csv.gz", text))
    assert record.source == "SOHR; Reuters"
    assert json.loads(record.extra)["source_date"] == "2017-02-25"


def test_demo_command_fills_a_named_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], settings: Settings
) -> None:
    url = f"sqlite:///{tmp_path / 'named.sqlite'}"
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", url)
    monkeypatch.setenv("INCIDENTS_DATA_DIR", str(settings.data_dir))
    store = Store.open(Settings.from_env(), url=url)
    assert store.count() == 0  # a named database starts empty
    store.close()
    code, _, err = run(capsys, "demo")
    assert code == 0 and "14522 UCDP GED events and 1 sample article(s) loaded" in err
    code, _, err = run(capsys, "demo")  # again: updates, never duplicates
    assert code == 0
    store = Store.open(Settings.from_env(), url=url)
    assert store.count() == 14_522 + 4
    store.close()


def test_demo_without_the_bundled_file_says_what_to_do(tmp_path: Path, settings: Settings) -> None:
    from dataclasses import replace

    empty = replace(settings, data_dir=tmp_path)
    store = Store.open(empty, url=f"sqlite:///{tmp_path / 'x.sqlite'}", seed=False)
    with pytest.raises(DataFileError, match="restore data/"):
        demo.load(store, empty)
    store.close()


def test_two_openers_at_once_load_the_demo_once(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    from dataclasses import replace

    url = f"sqlite:///{tmp_path / 'default.sqlite'}"
    local = replace(settings, database_url=url, default_database_url=url)
    loads: list[str] = []
    real = demo.load

    def counting(store: Store, settings: Settings, progress: object = None) -> demo.DemoResult:
        loads.append(url)
        return real(store, settings)

    monkeypatch.setattr(demo, "load", counting)
    failed: list[BaseException] = []

    def open_and_close() -> None:
        try:
            Store.open(local).close()
        except BaseException as exc:  # noqa: BLE001 - the test reports what either opener met
            failed.append(exc)

    openers = [threading.Thread(target=open_and_close) for _ in range(2)]
    for t in openers:
        t.start()
    for t in openers:
        t.join()
    assert failed == []
    assert loads == [url]
    store = Store.open(local)
    assert store.count() == 14_522 + 4
    store.close()


def test_a_fast_first_open_shows_the_events_and_adds_the_articles_after(
    tmp_path: Path, settings: Settings
) -> None:
    from dataclasses import replace

    url = f"sqlite:///{tmp_path / 'default.sqlite'}"
    local = replace(settings, database_url=url, default_database_url=url)
    store = Store.open(local, articles_later=True)
    assert store.count() == 14_522 and demo.articles_pending(store)
    assert demo.finish(store, local) == 1
    assert store.count() == 14_522 + 4 and not demo.articles_pending(store)
    assert demo.finish(store, local) == 0  # nothing left to do
    store.close()
    reopened = Store.open(local, articles_later=True)  # a filled database is left as it is
    assert reopened.count() == 14_522 + 4 and not demo.articles_pending(reopened)
    reopened.close()


def test_background_finish_runs_once_and_ends(tmp_path: Path, settings: Settings) -> None:
    import threading
    import time
    from dataclasses import replace

    url = f"sqlite:///{tmp_path / 'default.sqlite'}"
    local = replace(settings, database_url=url, default_database_url=url)
    store = Store.open(local, articles_later=True)
    demo.finish_in_background(store, local)
    demo.finish_in_background(store, local)  # a second visitor: no second loader
    assert sum(t.name == "demo-articles" for t in threading.enumerate()) <= 1
    for _ in range(600):  # at most a minute: the gazetteer index is already built for the suite
        if not demo.articles_pending(store):
            break
        time.sleep(0.1)
    assert store.count() == 14_522 + 4
    store.close()


def test_a_failed_background_load_says_so_and_stops_being_pending(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import threading
    from dataclasses import replace

    from incident_explorer.errors import StoreError

    url = f"sqlite:///{tmp_path / 'default.sqlite'}"
    local = replace(settings, database_url=url, default_database_url=url)
    store = Store.open(local, articles_later=True)

    def broken(*_args: object, **_kwargs: object) -> int:
        raise StoreError("the disk is full; free some space")

    monkeypatch.setattr(Store, "seed", broken)
    demo.finish_in_background(store, local)
    for t in [t for t in threading.enumerate() if t.name == "demo-articles"]:
        t.join(timeout=60)
    assert not demo.articles_pending(store)  # the page stops announcing it
    err = capsys.readouterr().err
    assert "the disk is full" in err and "incidents demo" in err
    assert store.count() == 14_522
    store.close()
