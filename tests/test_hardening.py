"""Issue 13: what a hostile but fair user found. Odd files, huge numbers, crafted URLs, concurrent
commands: each gets one line (never a traceback), loses no data and tells no lie."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEED
from test_cli import run

from incident_explorer.errors import DataFileError, InputError
from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.settings import Settings
from incident_explorer.store import exporters, importers
from incident_explorer.store.database import Store
from incident_explorer.store.engine import redact

HEAD = "event_id_cnty,event_date,event_type,actor1,country,location,latitude,longitude,notes,fatalities\n"


def acled(tmp_path: Path, rows: str, name: str = "a.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + rows, encoding="utf-8")
    return path


@pytest.fixture
def db_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", url)
    monkeypatch.setenv("INCIDENTS_CREATE_DATABASE", "1")
    return url


def extra(incident: dict[str, object]) -> dict[str, object]:
    value = incident["extra"]
    return value if isinstance(value, dict) else json.loads(str(value))


def one_line_error(code: int, err: str) -> bool:
    return code == 1 and err.startswith("incidents: error: ") and err.count("\n") == 1


# --- 1. numbers too large for the database ---------------------------------------------------


HUGE = "99999999999999999999999"
ARTICLES = [
    f"Shelling killed {HUGE} people in Aleppo on Sunday, activists said.",
    f"An air strike on Idlib on Monday killed at least {HUGE} civilians, rescuers said.",
    f"Officials said {HUGE} people died when a car bomb exploded in Homs on Friday.",
]


@pytest.mark.parametrize("sentence", ARTICLES)
def test_huge_claims_are_kept_as_said_and_flagged(store: Store, extractor: Extractor, sentence: str) -> None:
    item = articles.from_text(f"# Report\n\n{sentence}\n", path="huge.md", published=None)
    found = extractor.extract(item)
    store.ingest(found)  # no OverflowError, no "integer out of range"
    stored = store.query(columns=("id", "fatalities_best", "fatalities_high"))
    assert len(stored) == len(found.incidents) >= 1
    assert all(v is None or v <= 10_000_000 for v in stored["fatalities_best"].dropna())
    flagged = [store.incident(i) for i in stored["id"]]
    texts = [c["text"] for f in flagged if f for c in extra(f).get("implausible_claims", [])]
    assert any(HUGE in t for t in texts)


@pytest.mark.parametrize("figure", [HUGE, "3000000000", "1e400"])
def test_huge_acled_fatalities(store: Store, tmp_path: Path, figure: str) -> None:
    path = acled(tmp_path, f"H1,2017-02-25,Battles,Army,Syria,Homs,34.7,36.7,x,{figure}\n")
    if figure == "1e400":  # not a whole number: a row error, not a traceback
        with pytest.raises(DataFileError, match="row 2, column fatalities"):
            store.import_records(importers.read_acled(path))
        return
    store.import_records(importers.read_acled(path))
    record = store.incident("acled:H1")
    assert record is not None and record["fatalities_best"] is None
    assert extra(record)["implausible"] == {"fatalities": figure}


def test_folder_ingest_stores_the_good_files_when_one_fails(
    tmp_path: Path, db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-huge.md").write_text(f"# Huge\n\n{ARTICLES[0]}\n", encoding="utf-8")
    (folder / "b-binary.txt").write_bytes(b"\x00\x01\x02" * 200)
    (folder / "c-good.md").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(folder))
    assert code == 1 and "b-binary.txt" in err and "Traceback" not in err
    assert "2 new and 0 known articles" in err and "1 failed" in err


# --- 2. HTML needs lxml_html_clean ------------------------------------------------------------


def test_html_article_is_ingested(tmp_path: Path, db_env: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = SEED.read_text(encoding="utf-8").split("---", 2)[2]
    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    page = tmp_path / "report.html"
    page.write_text(
        f"<html><head><title>Homs attacks</title></head><body><nav>Menu</nav><article>{body}"
        "</article><script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "ingest", str(page), "--published", "2017-02-25")
    assert code == 0 and "1 new and 0 known articles" in err and "0 failed" in err


def test_the_package_declares_what_html_needs() -> None:
    from importlib.metadata import requires

    declared = {
        r.split(">")[0].split("=")[0].split("[")[0].strip().lower()
        for r in requires("incident-explorer") or []
    }
    assert {"trafilatura", "lxml_html_clean"} <= declared  # lxml >= 5.2 no longer bundles the cleaner


# --- 3, 4, 11, 12: one line for a bad output, database file or URL -----------------------------


@pytest.mark.parametrize("target", [".", "/", "", "FOLDER", "FOLDER/missing/x.csv"])
def test_export_to_a_folder_or_no_name_is_one_line(
    tmp_path: Path, db_env: str, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    assert (
        run(
            capsys,
            "import",
            str(acled(tmp_path, "A,2017-02-25,Battles,,Syria,,1,2,,0\n")),
            "--format",
            "acled",
        )[0]
        == 0
    )
    code, _, err = run(capsys, "export", "--format", "csv", "-o", target.replace("FOLDER", str(tmp_path)))
    assert one_line_error(code, err), err


def test_database_url_naming_a_file_that_is_not_a_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("these are my notes, not a database\n" * 200, encoding="utf-8")
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", f"sqlite:///{notes}")
    for argv in (["export", "--format", "csv"], ["import", str(SEED), "--format", "csv"]):
        code, _, err = run(capsys, *argv)
        assert one_line_error(code, err) and "not a database" in err, err
    assert notes.read_text(encoding="utf-8").startswith("these are my notes")


def test_a_mistyped_sqlite_path_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nonexistent" / "dir" / "x.sqlite"
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", f"sqlite:///{missing}")
    monkeypatch.delenv("INCIDENTS_CREATE_DATABASE", raising=False)
    source = acled(tmp_path, "A,2017-02-25,Battles,,Syria,,1,2,,0\n")
    for argv in (["export", "--format", "csv"], ["import", str(source), "--format", "acled"]):
        code, out, err = run(capsys, *argv)
        assert one_line_error(code, err) and "no database at" in err and "--create-database" in err
        assert out == ""
    assert not (tmp_path / "nonexistent").exists()
    code, _, err = run(capsys, "import", str(source), "--format", "acled", "--create-database")
    assert code == 0 and missing.exists() and "1 incidents added" in err
    assert run(capsys, "export", "--format", "csv", "-q")[1].count("\n") == 2  # now it exists


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://someone@127.0.0.1:1/db?password=s3cr3t-pw",
        "postgresql+psycopg://someone@127.0.0.1:1/db?sslmode=disable&password=s3cr3t-pw",
        "postgresql+psycopg://someone:s3cr3t-pw@127.0.0.1:1/db",
    ],
)
def test_password_in_the_query_is_masked(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "s3cr3t" not in redact(url) and "127.0.0.1:1/db" in redact(url)
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", url)
    code, _, err = run(capsys, "export", "--format", "csv")
    assert one_line_error(code, err) and "s3cr3t" not in err


# --- 5. NUL characters ------------------------------------------------------------------------


def test_nul_character_in_a_field_is_a_row_error(store: Store, tmp_path: Path) -> None:
    path = acled(
        tmp_path,
        "N1,2017-02-25,Battles,Army,Syria,Homs,34.7,36.7,fine,1\n"
        "N2,2017-02-25,Battles,Ar\x00my,Syria,Homs,34.7,36.7,bad,1\n",
    )
    with pytest.raises(DataFileError, match=r"row 3, column actor1: contains a NUL"):
        store.import_records(importers.read_acled(path))
    bad: list[str] = []
    assert store.import_records(importers.read_acled(path, bad.append)).inserted == 1 and len(bad) == 1
    geo = tmp_path / "nul.geojson"
    feature = {"type": "Feature", "geometry": None, "properties": {"id": "g1", "notes": "a\x00b"}}
    geo.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    with pytest.raises(DataFileError, match="feature 1, notes: contains a NUL"):
        store.import_records(importers.read_geojson(geo))


# --- 6. round trips across databases ----------------------------------------------------------


@pytest.fixture
def ingested(tmp_path: Path, settings: Settings, extractor: Extractor) -> Store:
    origin = Store.open(settings, url=f"sqlite:///{tmp_path / 'origin.sqlite'}", seed=False)
    origin.ingest(extractor.extract(articles.from_path(SEED)))
    return origin


@pytest.mark.parametrize("fmt", ["csv", "geojson", "acled"])
def test_ingested_incidents_round_trip_into_a_fresh_database(
    ingested: Store, store: Store, tmp_path: Path, settings: Settings, geocoder: OfflineGeocoder, fmt: str
) -> None:
    first = tmp_path / f"first.{fmt}"
    with first.open("w", encoding="utf-8", newline="") as fh:
        n = exporters.write(ingested.records(), fmt, fh)
    assert n == ingested.count() >= 1
    result = store.import_records(importers.read(first, fmt, geocoder))  # no FOREIGN KEY failure
    assert result.inserted == n and store.count() == n
    if fmt != "acled":  # the ACLED layout has no column for the article; ours keep it in extra
        records = list(store.records())
        assert all(r.article_id is None and r.extra_fields["article_id"] for r in records)
        assert {r.source for r in records} == {r.source for r in ingested.records()}
    second = tmp_path / f"second.{fmt}"
    with second.open("w", encoding="utf-8", newline="") as fh:
        exporters.write(store.records(), fmt, fh)
    third = Store.open(settings, url=f"sqlite:///{tmp_path / 'third.sqlite'}", seed=False)
    third.import_records(importers.read(second, fmt, geocoder))
    keys = ("event_date", "latitude", "longitude", "fatalities_best", "location", "source", "notes")
    pd.testing.assert_frame_equal(store.query(columns=("id", *keys)), third.query(columns=("id", *keys)))
    assert store.import_records(importers.read(second, fmt, geocoder)).updated == n  # again: updates
    third.close()


def test_csv_id_taken_by_another_incident_is_one_line(store: Store, tmp_path: Path) -> None:
    store.import_records(importers.read_acled(acled(tmp_path, "T1,2017-02-25,Battles,,Syria,,1,2,,0\n")))
    clash = tmp_path / "clash.csv"
    clash.write_text(
        "id,date,latitude,longitude\nok,2017-02-26,1,2\nacled:T1,2017-02-26,1,2\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match=rf"{clash} row 3: id 'acled:T1' is already used"):
        store.import_records(importers.read_csv(clash, None))
    assert store.count() == 1


# --- 7, 8, 10: what the CSV reader says and where ---------------------------------------------


def rows(n: int) -> str:
    return "".join(f"R{i},2017-02-25,Battles,Army,Syria,Homs,34.7,36.7,row {i},1\n" for i in range(1, n + 1))


def test_unclosed_quote_in_the_last_row_is_refused(store: Store, tmp_path: Path) -> None:
    path = acled(tmp_path, rows(40) + 'Q1,2017-02-25,Battles,Army,Syria,Homs,34.7,36.7,"never closed,1\n')
    lines = path.read_text(encoding="utf-8").count("\n")
    with pytest.raises(DataFileError, match=rf"row {lines}: a quote opened in this row is never closed"):
        store.import_records(importers.read_acled(path))
    assert store.count() == 0


@pytest.mark.parametrize("header", ["id,latitude,longitude", "id,when,latitude,longitude"])
def test_csv_without_a_date_column_is_refused(store: Store, tmp_path: Path, header: str) -> None:
    path = tmp_path / "nodate.csv"
    path.write_text(
        header + "\n" + "1,2017-02-25,34.7,36.7\n"[2 if "when" not in header else 0 :], encoding="utf-8"
    )
    with pytest.raises(DataFileError, match="missing column.*event_date or date"):
        store.import_records(importers.read_csv(path, None))


def test_truncated_row_counts_its_fields(store: Store, tmp_path: Path) -> None:
    path = acled(tmp_path, rows(4) + "T9,2017-02-25,Battles,Army\n")
    with pytest.raises(DataFileError, match="4 fields where the header has 10"):
        store.import_records(importers.read_acled(path))
    path = acled(tmp_path, "T9,2017-02-25,Battles,Army,Syria,Homs,34.7,36.7,x,1,extra,more\n")
    with pytest.raises(DataFileError, match="row 2: 12 fields where the header has 10"):
        store.import_records(importers.read_acled(path))


@pytest.mark.parametrize("bad_row", [2, 3, 4002])
@pytest.mark.parametrize("gz", [False, True])
def test_non_utf8_byte_is_reported_on_its_line(store: Store, tmp_path: Path, bad_row: int, gz: bool) -> None:
    import gzip

    lines = (HEAD + rows(4001)).encode("utf-8").splitlines(keepends=True)
    lines[bad_row - 1] = lines[bad_row - 1].replace(b"Homs", b"H\xf6ms")
    data = b"".join(lines)
    path = tmp_path / ("latin1.csv.gz" if gz else "latin1.csv")
    path.write_bytes(gzip.compress(data) if gz else data)
    with pytest.raises(DataFileError, match=rf"{path} line {bad_row}: not UTF-8"):
        store.import_records(importers.read_acled(path))


def test_duplicate_id_names_the_file_and_both_rows(store: Store, tmp_path: Path) -> None:
    path = acled(tmp_path, rows(6) + "R2,2017-02-26,Battles,Army,Syria,Homs,34.7,36.7,again,1\n")
    lines = path.read_text(encoding="utf-8").count("\n")
    with pytest.raises(InputError) as err:
        store.import_records(importers.read_acled(path))
    assert f"{path} row {lines}: source id 'R2' appears twice" in str(err.value)
    assert f"{path} row 3" in str(err.value)


def test_import_of_a_folder_says_it_is_a_folder(
    tmp_path: Path, db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import", str(tmp_path), "--format", "csv")
    assert one_line_error(code, err) and "is a folder" in err and "no such file" not in err


# --- 13. CSV injection --------------------------------------------------------------------------


FORMULAS = ['=HYPERLINK("http://x","y")', "+SUM(A1)", "-2+3+cmd|' /C calc'!A0", "@SUM(1)"]


@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_spreadsheet_exports_neutralise_formulas(store: Store, tmp_path: Path, fmt: str) -> None:
    quoted = ['"' + f.replace('"', '""') + '"' for f in FORMULAS]
    rows = "".join(
        f"F{i},2017-02-25,Battles,{q},Syria,{q},-3.5,-70.25,note,1\n" for i, q in enumerate(quoted)
    )
    store.import_records(importers.read_acled(acled(tmp_path, rows)))
    text = exporters.export_text(store.records(), fmt)
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t") or (c[:1] == "-" and not _number(c))]
    assert "-3.5" in cells and "-70.25" in cells  # negative coordinates stay numbers
    assert all("'" + f in cells for f in FORMULAS)
    back = tmp_path / f"back.{fmt}"
    back.write_text(text, encoding="utf-8")
    fresh = [r.actor1 for r in importers.read(back, fmt, None)]
    assert sorted(fresh) == sorted(FORMULAS)  # our importers take the apostrophe off again
    geo = json.loads(exporters.export_text(store.records(), "geojson"))
    assert sorted(f["properties"]["actor1"] for f in geo["features"]) == sorted(FORMULAS)  # raw


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# --- 14. readers never wait for a writer ------------------------------------------------------


def test_opening_and_reading_while_a_writer_holds_the_lock(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "busy.sqlite"
    url = f"sqlite:///{path}"
    first = Store.open(settings, url=url, seed=False)
    first.import_records(importers.read_acled(acled(tmp_path, rows(10))))
    first.close()
    writer = sqlite3.connect(path, timeout=0)
    writer.execute("BEGIN IMMEDIATE")  # an import in progress holds SQLite's write lock
    writer.execute("INSERT INTO meta (k, v) VALUES ('busy', '1')")
    try:
        reader = Store.open(settings, url=url, seed=False)  # before: waited 30 s, then "locked"
        assert reader.count() == len(rows(10).splitlines())
        assert len(list(reader.records())) == reader.count() == 10
        reader.close()
    finally:
        writer.rollback()
        writer.close()


# --- 15. exports to the same file, interrupted exports -----------------------------------------


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".partial")]


def test_two_exports_to_the_same_file_do_not_mix(
    tmp_path: Path, db_env: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "import", str(acled(tmp_path, rows(60))), "--format", "acled", "-q")[0] == 0
    out = tmp_path / "out" / "x.csv"
    out.parent.mkdir()
    real = exporters.write
    inner: list[int] = []

    def write_while_another_export_runs(records, fmt, stream):  # type: ignore[no-untyped-def]
        stream.write("event_id_cnty,half a line from the first export")
        if not inner:
            inner.append(-1)
            inner[0] = run(capsys, "export", "--format", "acled", "-q", "-o", str(out))[0]
        return real(records, fmt, stream)

    monkeypatch.setattr(exporters, "write", write_while_another_export_runs)
    code = run(capsys, "export", "--format", "csv", "-q", "-o", str(out))[0]
    assert code == 0 and inner == [0] and not _partials(out.parent)
    assert out.read_text(encoding="utf-8").startswith("event_id_cnty,half a line from the first exportid,")


@pytest.mark.parametrize("stop", ["ctrl-c", "sigterm", "error"])
def test_interrupted_export_leaves_no_partial_file(
    tmp_path: Path,
    db_env: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stop: str,
) -> None:
    assert run(capsys, "import", str(acled(tmp_path, rows(2))), "--format", "acled", "-q")[0] == 0
    out = tmp_path / "out" / "x.geojson"
    out.parent.mkdir()

    def interrupted(records, fmt, stream):  # type: ignore[no-untyped-def]
        stream.write("{" * 1000)
        assert _partials(out.parent)  # written next to the target, under a temporary name
        if stop == "ctrl-c":
            raise KeyboardInterrupt
        if stop == "sigterm":
            os.kill(os.getpid(), signal.SIGTERM)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporters, "write", interrupted)
    before = signal.getsignal(signal.SIGTERM)
    code, _, err = run(capsys, "export", "--format", "geojson", "-o", str(out))
    assert code == {"ctrl-c": 130, "sigterm": 143, "error": 1}[stop]
    assert not _partials(out.parent) and not out.exists()
    assert signal.getsignal(signal.SIGTERM) == before  # the CLI put the handler back


def test_export_file_has_normal_permissions(
    tmp_path: Path, db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "import", str(acled(tmp_path, rows(3))), "--format", "acled", "-q")[0] == 0
    out = tmp_path / "x.csv"
    assert run(capsys, "export", "--format", "csv", "-q", "-o", str(out))[0] == 0
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


def test_export_to_a_pipe_writes_into_it(
    tmp_path: Path, db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A FIFO (like /dev/null or /dev/stdout) is written into, never replaced by a regular file."""
    import stat
    import threading

    assert run(capsys, "import", str(acled(tmp_path, rows(3))), "--format", "acled", "-q")[0] == 0
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    code = run(capsys, "export", "--format", "csv", "-q", "-o", str(fifo))[0]
    reader.join(timeout=60)
    assert code == 0 and got and got[0].count("\n") == 4
    assert stat.S_ISFIFO(fifo.stat().st_mode) and not _partials(tmp_path)


# --- 16. GeoJSON is streamed --------------------------------------------------------------------


def test_geojson_is_read_feature_by_feature(tmp_path: Path) -> None:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [36.7, 34.7]},
            "properties": {"id": f"g{i}"},
        }
        for i in range(3)
    ]
    whole = json.dumps({"type": "FeatureCollection", "features": features})
    path = tmp_path / "cut.geojson"
    path.write_text(whole[: whole.index('"g2"')], encoding="utf-8")  # cut off in the third feature
    records = importers.read_geojson(path)
    assert [next(records).id, next(records).id] == ["g0", "g1"]  # read before the end is reached
    with pytest.raises(DataFileError, match="not valid JSON"):
        next(records)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[1, 2]", "not a GeoJSON FeatureCollection"),
        (b'{"features": [], "type": "Feature"}', "not a GeoJSON FeatureCollection"),
        (b'{"type": "FeatureCollection", "features": {}}', "not a GeoJSON FeatureCollection"),
        (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": []}]}', "feature 1"),
        (
            b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"i": "\xf6"}}]}',
            "UTF-8",
        ),
    ],
)
def test_geojson_shapes_are_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "odd.geojson"
    path.write_bytes(content)
    with pytest.raises(DataFileError, match=message):
        list(importers.read_geojson(path))


# --- 9. impossible dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Shelling killed five people in Aleppo on 31 February 2017, activists said.",
        "An air strike hit a market in Idlib on 29 February 2017, killing 12 civilians.",
        "Rebels said they shot down a helicopter near Hama on January 32, 2017.",
        "A car bomb killed 7 people in Homs on 32 January 2017.",
        "Clashes in Daraa on 30 February left 4 fighters dead.",
        "Government forces shelled Douma on 2017-02-30, killing three.",
    ],
)
def test_impossible_dates_warn_and_give_no_day(extractor: Extractor, sentence: str) -> None:
    from datetime import date

    from incident_explorer.extraction.dates import find_dates

    published = date(2017, 3, 5)
    found = find_dates(sentence, published)
    assert found and all(d.date_start is None and d.reason == "no such day" for d in found)  # no month
    item = articles.from_text(f"# Report\n\n{sentence}\n", path="x.md", published=published)
    result = extractor.extract(item)
    assert any("no such day" in w and found[0].text in w for w in result.warnings)
    assert not [i for i in result.incidents if i.date_prec == 4]  # never the month around it


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on 28 February 2017", date(2017, 2, 28)),
        ("on 29 February 2016", date(2016, 2, 29)),
        ("on 31 January", date(2017, 1, 31)),
    ],
)
def test_real_dates_still_resolve(text: str, day: date) -> None:
    from incident_explorer.extraction.dates import find_dates

    (found,) = find_dates(text, date(2017, 3, 5))
    assert found.date_start == day and found.reason != "no such day"


def test_an_edit_to_an_implausible_figure_is_refused(store: Store, tmp_path: Path) -> None:
    store.import_records(importers.read_acled(acled(tmp_path, rows(1))))
    for figure in (3_000_000_000, -1):
        with pytest.raises(InputError, match="not a plausible figure"):
            store.update_incident("acled:R1", {"fatalities_best": figure})
    assert store.update_incident("acled:R1", {"fatalities_best": 12}) == 1
    assert (store.incident("acled:R1") or {})["fatalities_best"] == 12
