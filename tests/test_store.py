"""The incident store on SQLite and on a real PostgreSQL: ingest, import, export, edits."""

from __future__ import annotations

import io
import json
import threading
from datetime import date
from pathlib import Path

import pytest
from conftest import SEED
from sqlalchemy import inspect, text

from incident_explorer.errors import DataFileError, InputError, StoreError
from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.settings import Settings
from incident_explorer.store import exporters, importers
from incident_explorer.store.database import Store
from incident_explorer.store.filters import Filters

ACLED = """event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
SYR1001,2017-02-25,2017,1,Political violence,Explosions/Remote violence,Suicide bomb,HTS: Hayat Tahrir al Sham,,2,Military Forces of Syria (2000-2024),,1,12,,760,Middle East,Syria,Homs,Homs,Homs,Homs - Ghouta,34.7322,36.7018,1,SOHR; SANA,National-International,"Suicide attacks on security branches, 32 killed",32,,1618000000
SYR1002,2017-02-25,2017,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Syria (2000-2024),,1,Civilians (Syria),,7,17,Civilian targeting,760,Middle East,Syria,Homs,Homs,Homs,Homs - Al Waer,34.7383,36.6662,1,SOHR,National,Air strikes on al-Waer,3,,1618000000
SYR1003,2017-03-10,2017,2,Political violence,Battles,Armed clash,Rebels,,2,Military Forces of Syria (2000-2024),,1,12,,760,Middle East,Syria,Idleb,Idleb,Idleb,Idleb,35.9306,36.6339,2,SOHR,National,Clashes,0,,1618000000
"""
ACLED_OLD = """EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,SUB_EVENT_TYPE,ACTOR1,ACTOR2,ISO,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,SOURCE_SCALE,NOTES,FATALITIES
SYR9001,9001,25 February 2017,2017,1,Remote violence,Suicide bomb,Unidentified Armed Group (Syria),,760,Syria,Homs,Homs,Homs,Homs,34.7240,36.7256,1,SANA,National,Old-style row,32
"""
UCDP = """id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob
212345,SYR-2017-1-1,2017,1,Clear,1,299,299,Syria: Government,123,123,Government of Syria - HTS,99,99,Government of Syria,,1234,HTS,2,"Al Jazeera 2017-02-25",,2017-02-25,Suicide attacks hit military in Homs,SOHR,1,Homs city,Ghouta district,Homs governorate,,34.7322,36.7018,POINT (36.7018 34.7322),180000,Syria,652,Middle East,1,1,2017-02-25,2017-02-25,30,6,0,6,42,42,32,652,
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_migrations_create_the_schema_once(store: Store, settings: Settings) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "incidents", "claims", "mentions", "audit_log", "meta", "alembic_version"} <= tables
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
    again = Store.open(settings, url=str(store.engine.url.render_as_string(hide_password=False)), seed=False)
    assert again.count() == 0
    again.close()


def test_ingest_is_idempotent(store: Store, extractor: Extractor) -> None:
    first = store.ingest(extractor.extract(articles.from_path(SEED)))
    assert first.new_article and first.added == 4
    version = store.data_version()
    second = store.ingest(extractor.extract(articles.from_path(SEED)))
    assert not second.new_article and second.added == 0 and second.updated == 4
    assert store.count() == 4 and store.data_version() > version
    # the same URL with edited text is the same article, not a new one
    edited = articles.from_text(SEED.read_text(encoding="utf-8").replace("prolonged", "long"), path="x.md")
    third = store.ingest(extractor.extract(edited))
    assert not third.new_article and third.article_id == first.article_id and store.count() == 4


def test_human_edits_survive_re_extraction(store: Store, extractor: Extractor) -> None:
    store.ingest(extractor.extract(articles.from_path(SEED)))
    waer = store.query(Filters(text="wa'er")).iloc[0]["id"]
    assert store.update_incident(waer, {"fatalities_best": 4, "notes": "checked with SOHR"}, actor="ana") == 2
    store.ingest(extractor.extract(articles.from_path(SEED)))
    details = store.incident(waer)
    assert details is not None
    assert details["fatalities_best"] == 4 and details["notes"] == "checked with SOHR"
    assert details["location"] == "Wa'er, Homs, Syria"  # machine fields still follow the extractor
    assert sorted(details["human_fields"]) == ["fatalities_best", "notes"]
    log = store.audit(waer)
    assert [(e.field, e.before, e.after, e.actor) for e in log] == [
        ("fatalities_best", "3", "4", "ana"),
        ("notes", "", "checked with SOHR", "ana"),
    ]


def test_incident_details_and_delete(store: Store, extractor: Extractor) -> None:
    store.ingest(extractor.extract(articles.from_path(SEED)))
    first = store.query(Filters(text="ghota")).iloc[0]["id"]
    details = store.incident(first)
    assert details is not None
    assert details["article"]["title"].startswith("Syria’s war") and len(details["siblings"]) == 3
    assert {c["claimant"] for c in details["claims"]} >= {"SOHR"}
    store.delete_incident(first, actor="ana")
    assert store.incident(first) is None and store.audit(first)[-1].action == "delete"
    with pytest.raises(InputError, match="no incident"):
        store.update_incident(first, {"notes": "x"})
    with pytest.raises(InputError, match="cannot edit"):
        store.update_incident(store.query().iloc[0]["id"], {"id": "x"})


def test_import_acled_both_column_sets(store: Store, tmp_path: Path) -> None:
    result = store.import_records(importers.read_acled(write(tmp_path, "a.csv", ACLED)))
    assert (result.inserted, result.updated) == (3, 0)
    store.import_records(importers.read_acled(write(tmp_path, "old.csv", ACLED_OLD)))
    old = store.incident("acled:SYR9001")
    assert old is not None and old["event_date"] == date(2017, 2, 25) and old["country_code"] == "SY"
    assert old["extra"]["event_id_no_cnty"] == "9001"
    again = store.import_records(importers.read_acled(write(tmp_path, "a.csv", ACLED)))
    assert (again.inserted, again.updated) == (0, 3) and store.count() == 4
    clash = store.incident("acled:SYR1003")
    assert clash is not None and clash["time_precision"] == 2 and clash["date_prec"] == 3
    assert clash["geo_precision"] == 2 and clash["where_prec"] == 2


def test_import_ucdp(store: Store, tmp_path: Path) -> None:
    store.import_records(importers.read_ucdp(write(tmp_path, "ged.csv", UCDP)))
    row = store.incident("ucdp:212345")
    assert row is not None
    assert (row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]) == (32, 42, 42)
    assert (
        row["country_code"] == "SY" and row["event_type"] == "State-based conflict" and row["where_prec"] == 1
    )
    assert row["extra"]["dyad_name"] == "Government of Syria - HTS"


def test_plain_csv_location_is_geocoded(store: Store, tmp_path: Path, geocoder: OfflineGeocoder) -> None:
    path = write(
        tmp_path,
        "mine.csv",
        'id,date,location,fatalities,event_type\nx1,2017-02-25,"al-Waer, Homs",3,Air strike\n',
    )
    store.import_records(importers.read_csv(path, geocoder))
    row = store.incident("x1")
    assert row is not None and row["place_source"] == "ocha:N0246" and row["fatalities_best"] == 3


@pytest.mark.parametrize("fmt", ["acled", "geojson", "csv"])
def test_import_export_import_round_trips(
    store: Store, tmp_path: Path, settings: Settings, fmt: str, geocoder: OfflineGeocoder
) -> None:
    store.import_records(importers.read_acled(write(tmp_path, "a.csv", ACLED)))
    out = tmp_path / f"out.{fmt}"
    with out.open("w", encoding="utf-8", newline="") as fh:
        assert exporters.write(store.records(), fmt, fh) == 3
    fresh = Store.open(settings, url=f"sqlite:///{tmp_path / 'fresh.sqlite'}", seed=False)
    fresh.import_records(importers.read(out, fmt, geocoder))
    keys = [
        "event_date",
        "event_type",
        "sub_event_type",
        "latitude",
        "longitude",
        "fatalities_best",
        "geo_precision",
        "country_code",
        "notes",
        "source",
        "actor1",
    ]
    before = store.query(columns=("id", *keys)).drop(columns="id")
    after = fresh.query(columns=("id", *keys)).drop(columns="id")
    assert before.to_dict("records") == after.to_dict("records")
    fresh.close()


def test_geojson_export_is_rfc7946(store: Store, tmp_path: Path) -> None:
    store.import_records(importers.read_acled(write(tmp_path, "a.csv", ACLED)))
    buf = io.StringIO()
    exporters.write_geojson(store.records(Filters(start=date(2017, 2, 25), end=date(2017, 2, 25))), buf)
    data = json.loads(buf.getvalue())
    assert data["type"] == "FeatureCollection" and "crs" not in data and len(data["features"]) == 2
    f = data["features"][0]
    assert f["geometry"]["coordinates"] == [36.7018, 34.7322]  # longitude first
    assert f["properties"]["source_id"] == "SYR1001" and f["properties"]["place_source"] == "acled:SYR1001"


BAD = [
    ("missing.csv", "event_id_cnty,event_date\nX,2017-01-01\n", "missing column(s)"),
    (
        "date.csv",
        ACLED.replace("2017-03-10", "2017-02-30"),
        "row 4, column event_date: '2017-02-30' is not a date",
    ),
    ("lat.csv", ACLED.replace("35.9306", "95"), "row 4, column latitude: 95 is outside -90..90"),
    ("trunc.csv", ACLED.rsplit(",SOHR,", 1)[0] + "\n", "row 4: "),
    ("latin1.csv", ACLED.replace("Suicide attacks", "Attaque à Homs").encode("latin-1"), "not UTF-8"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD)
def test_bad_files_are_refused_whole(
    store: Store, tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(DataFileError) as err:
        store.import_records(importers.read_acled(path))
    assert str(path) in str(err.value) and message in str(err.value)
    assert store.count() == 0  # one transaction: nothing of the file was written


def test_skip_bad_rows_reports_and_keeps_the_good(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "lat.csv", ACLED.replace("35.9306", "95"))
    bad: list[str] = []
    result = store.import_records(importers.read_acled(path, bad.append))
    assert result.inserted == 2 and len(bad) == 1 and "row 4, column latitude" in bad[0]


def test_bad_geojson(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "x.geojson",
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.7, 95]}, "properties": {"id": "a"}}]}',
    )
    with pytest.raises(DataFileError, match="feature 1, latitude"):
        store.import_records(importers.read_geojson(path))
    path = write(tmp_path, "y.geojson", '{"type": "FeatureCollection", "features": [')
    with pytest.raises(DataFileError, match="not valid JSON"):
        store.import_records(importers.read_geojson(path))


def test_queries_filter_by_date_bbox_type_and_fatalities(store: Store, tmp_path: Path) -> None:
    store.import_records(importers.read_acled(write(tmp_path, "a.csv", ACLED)))
    assert len(store.query(Filters(start=date(2017, 3, 1)))) == 1
    assert len(store.query(Filters(bbox=(36.6, 34.7, 36.68, 34.75)))) == 1  # al-Waer only
    assert len(store.query(Filters(event_types=("Battles",)))) == 1
    assert len(store.query(Filters(min_fatalities=3))) == 2
    assert list(store.query(Filters(text="waer"))["id"]) == ["acled:SYR1002"]


def test_two_writers_at_once_lose_nothing(store: Store, tmp_path: Path, settings: Settings) -> None:
    url = store.engine.url.render_as_string(hide_password=False)
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            other = Store.open(settings, url=url, seed=False)
            rows = "".join(f"W{n}-{i},2017-02-25,Battles,Syria,34.7,36.7\n" for i in range(300))
            path = write(
                tmp_path,
                f"w{n}.csv",
                "event_id_cnty,event_date,event_type,country,latitude,longitude\n" + rows,
            )
            for _ in range(3):
                other.import_records(importers.read_acled(path), batch=50)
            other.close()
        except BaseException as exc:  # noqa: BLE001 (report any failure of the thread)
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert store.count() == 600


def test_unreachable_and_unwritable_databases_are_clear_errors(tmp_path: Path, settings: Settings) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreError, match="cannot open database postgresql"):
        Store.open(settings, url=f"postgresql+psycopg://nobody:secret@127.0.0.1:{port}/none", seed=False)
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(StoreError):
        Store.open(settings, url=f"sqlite:///{blocker}/sub/x.sqlite", seed=False)
    with pytest.raises(StoreError, match="check INCIDENTS_DATABASE_URL"):
        Store.open(settings, url="nosuchdb://x", seed=False)


HOMS_UCDP_ID = "242796"  # the Homs attacks of 2017-02-25 in the bundled file


def test_default_database_is_created_and_filled_with_the_sample(tmp_path: Path, settings: Settings) -> None:
    import shutil
    from dataclasses import replace

    data = tmp_path / "data"
    shutil.copytree(Path(settings.data_dir), data, ignore=shutil.ignore_patterns("incidents.sqlite*"))
    url = f"sqlite:///{data / 'incidents.sqlite'}"
    local = replace(
        settings,
        data_dir=data,
        user_places=data / "user_places.csv",
        database_url=url,
        default_database_url=url,
    )
    first = Store.open(local)
    # the 14,522 bundled UCDP GED events and the sample article's 4 incidents
    assert first.count() == 14_522 + 4 and (data / "incidents.sqlite").exists()
    homs = first.incident("ucdp:" + HOMS_UCDP_ID)
    assert homs is not None and homs["event_type"] == "State-based conflict"
    first.close()
    again = Store.open(local)  # not loaded twice
    assert again.count() == 14_522 + 4
    with again.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    again.close()
