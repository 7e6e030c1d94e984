"""The ``incidents`` command line. JSON to stdout, messages to stderr, exit codes 0/1/2."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from incident_explorer.batching import collector_paced
from incident_explorer.errors import IncidentExplorerError, InputError
from incident_explorer.places.place import Candidate
from incident_explorer.progress import Progress, StderrProgress, silent
from incident_explorer.settings import Settings

if TYPE_CHECKING:
    from incident_explorer.places.offline import OfflineGeocoder
    from incident_explorer.places.online import Geocoder
    from incident_explorer.store.database import Store
    from incident_explorer.store.records import IncidentRecord

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

_EPILOG = """examples:
  incidents geocode "al-Waer, Homs" --json
  incidents geocode Mahatta --context "suicide attacks in Homs" --json
  incidents geocode Paris --country US
  incidents geocode --batch places.txt --json > answers.jsonl
  printf 'Hims\\nIdlib\\n' | incidents geocode --batch - --json
  incidents index            # build the gazetteer index now and show what it holds
  incidents extract data/articles/aljazeera-2017-02-25-homs-suicide-attacks.md --json
  incidents extract report.html notes.txt --published 2017-02-25 --json
  cat article.md | incidents extract - --json
  incidents ingest data/articles/               # store articles and their incidents
  incidents import acled-syria.csv --format acled
  incidents import ged.csv.gz --format ucdp     # gzip files are read as they are
  incidents demo                                # load the bundled UCDP events and sample article
  incidents export --format geojson --start 2017-02-01 --end 2017-02-28 -o february.geojson
  incidents export --format acled --admin1 Homs --actor SDF --min-fatalities 1
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n(see {self.prog} --help)\n")


def _country(value: str) -> str:
    if len(value) != 2 or not value.isalpha():
        raise argparse.ArgumentTypeError(f"{value!r} is not a two-letter ISO country code such as SY")
    return value.upper()


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2017-02-25") from None


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not west,south,east,north such as 35.5,32.3,42.4,37.4"
        ) from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise argparse.ArgumentTypeError(
            f"{value!r}: longitudes must be in -180..180, latitudes -90..90, south <= north"
        )
    return west, south, east, north


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="incidents",
        description="Put news-reported incidents on a map: offline geocoding with provenance.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print no progress or notices")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    geo = sub.add_parser(
        "geocode",
        help="place names -> ranked candidates with coordinates, precision and source",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    geo.add_argument("query", nargs="?", help='a place, as news writes it: "al-Waer, Homs"')
    geo.add_argument("--batch", metavar="FILE", help="one query per line ('-' reads stdin)")
    geo.add_argument("--context", default="", help="text around the name (the article) as a clue")
    geo.add_argument("--country", type=_country, help="ISO 3166 alpha-2 code of the country in focus")
    geo.add_argument("--limit", type=int, default=5, help="most candidates per query (default 5)")
    geo.add_argument("--min-score", type=float, help="drop candidates below this score (default 0.5)")
    geo.add_argument("--json", action="store_true", help="print JSON (one line per query in --batch)")
    geo.add_argument(
        "--online",
        nargs="?",
        const="nominatim",
        metavar="SERVICE",
        help="ask an online geopy service first (default nominatim); falls back to the gazetteer",
    )
    geo.add_argument("-q", "--quiet", action="store_true", help=argparse.SUPPRESS)

    ext = sub.add_parser(
        "extract",
        help="articles -> incidents (place, date, type, actors, casualty claims) and place mentions",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ext.add_argument("paths", nargs="+", metavar="PATH", help="article files (.md .txt .html), URLs, or -")
    ext.add_argument("--published", type=_iso_date, help="publication date YYYY-MM-DD (overrides the file)")
    ext.add_argument("--json", action="store_true", help="print JSON")
    ext.add_argument("-q", "--quiet", action="store_true", help=argparse.SUPPRESS)

    _store_commands(sub)

    idx = sub.add_parser("index", help="build the gazetteer index if needed and show what it holds")
    idx.add_argument("--rebuild", action="store_true", help="rebuild even if it is up to date")
    idx.add_argument("-q", "--quiet", action="store_true", help=argparse.SUPPRESS)
    return parser


def _store_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    """ingest, import, export: the commands that write to or read from the incident store."""
    ing = sub.add_parser("ingest", help="extract articles and store them with their incidents (idempotent)")
    ing.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of them")
    ing.add_argument("--published", type=_iso_date, help="publication date YYYY-MM-DD (overrides the files)")
    _create_flag(ing)
    ing.add_argument("-q", "--quiet", action="store_true", help=argparse.SUPPRESS)

    imp = sub.add_parser("import", help="import incidents from ACLED, UCDP GED, GeoJSON or CSV")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--format", required=True, choices=("acled", "ucdp", "geojson", "csv"))
    imp.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows and report the bad ones (default: refuse the whole file)",
    )
    _create_flag(imp)
    imp.add_argument("-q", "--quiet", action="store_true", help=argparse.SUPPRESS)

    demo = sub.add_parser(
        "demo",
        help="load the bundled demo data (14,522 UCDP GED events in Syria 2016-2018 and the sample "
        "article) into the database; the default database does this by itself on first use",
    )
    _create_flag(demo)
    demo.add_argument("-q", "--quiet", action="store_true", help=argparse.SUPPRESS)

    exp = sub.add_parser("export", help="export incidents as GeoJSON, CSV or ACLED-layout CSV")
    exp.add_argument("--format", required=True, choices=("geojson", "csv", "acled"))
    exp.add_argument("-o", "--output", metavar="FILE", default="-", help="file to write ('-' = stdout)")
    exp.add_argument("--start", type=_iso_date, help="first event date YYYY-MM-DD")
    exp.add_argument("--end", type=_iso_date, help="last event date YYYY-MM-DD")
    exp.add_argument("--bbox", type=_bbox, help="west,south,east,north in degrees")
    exp.add_argument("--type", action="append", default=[], help="event or sub-event type (repeatable)")
    exp.add_argument("--country", action="append", type=_country, default=[], help="ISO code (repeatable)")
    exp.add_argument("--admin1", action="append", default=[], help="province / admin1 name (repeatable)")
    exp.add_argument("--min-fatalities", type=int, metavar="N", help="best fatality estimate at least N")
    exp.add_argument("--place", default="", help="the location contains this text")
    exp.add_argument("--actor", default="", help="either actor contains this text")
    exp.add_argument("--source", default="", help="the source (outlet, claimants) contains this text")
    exp.add_argument("-q", "--quiet", action="store_true", help=argparse.SUPPRESS)


def _create_flag(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--create-database",
        action="store_true",
        help="create the SQLite database named by INCIDENTS_DATABASE_URL if it does not exist "
        "(the default database is always created)",
    )


def _open_store(settings: Settings, args: argparse.Namespace, progress: Progress, seed: bool = True) -> Store:
    """The store, created only where asked: a mistyped path is an error, not a new empty database."""
    from incident_explorer.store.database import Store

    create = (
        settings.database_url == settings.default_database_url
        or settings.create_database
        or bool(getattr(args, "create_database", False))
    )
    return Store.open(settings, progress=progress, seed=seed, create=create)


class _Terminated(Exception):
    """SIGTERM, turned into an exception so that ``finally`` blocks clean up (temporary files)."""


def _on_sigterm(_signum: int, _frame: object) -> None:
    raise _Terminated


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _run(parser, args)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    quiet = bool(args.quiet)
    try:
        if args.command == "index":
            return _index(args, quiet)
        if args.command == "extract":
            return _extract(args, quiet)
        if args.command == "ingest":
            return _ingest(args, quiet)
        if args.command == "import":
            return _import(args, quiet)
        if args.command == "export":
            return _export(args, quiet)
        if args.command == "demo":
            return _demo(args, quiet)
        return _geocode(parser, args, quiet)
    except IncidentExplorerError as exc:
        print(f"incidents: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except _Terminated:
        return 143
    except BrokenPipeError:
        sys.stderr.close()  # a closed pipe (| head) is not an error worth a message
        return EXIT_OK


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())  # driver messages can span lines; ours never do


def _extract(args: argparse.Namespace, quiet: bool) -> int:
    from incident_explorer.extraction import article as articles
    from incident_explorer.extraction.pipeline import Extractor

    settings = Settings.from_env()
    extractor = Extractor.from_settings(settings, silent if quiet else StderrProgress())
    results: list[dict[str, object]] = []
    failed = 0
    with collector_paced():
        for name in args.paths:
            try:
                if name == "-":
                    item = articles.from_text(sys.stdin.read(), path="-", published=args.published)
                elif name.startswith(("http://", "https://")):
                    item = articles.from_url(name, offline=settings.offline, published=args.published)
                else:
                    item = articles.from_path(Path(name), published=args.published)
                found = extractor.extract(item)
            except IncidentExplorerError as exc:
                failed += 1
                print(f"incidents: error: {_one_line(exc)}", file=sys.stderr)
                results.append(
                    {"article": {"path": name}, "error": _one_line(exc), "incidents": [], "mentions": []}
                )
                continue
            if not quiet:
                for warning in found.warnings:
                    print(f"incidents: warning: {name}: {warning}", file=sys.stderr)
            results.append(found.to_json())
    if args.json:
        payload: object = results[0] if len(args.paths) == 1 else results
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for result in results:
            _print_extraction(result, sys.stdout)
    return EXIT_ERROR if failed else EXIT_OK


def _print_extraction(result: dict[str, object], out: TextIO) -> None:
    article = result["article"]
    assert isinstance(article, dict)
    out.write(f"{article.get('title') or article.get('path')}\n")
    if result.get("error"):
        # (not "no incidents": the file was not read; the error line on stderr says why)
        out.write("  (not read: see the error above)\n")
        return
    incidents = result.get("incidents") or []
    assert isinstance(incidents, list)
    if not incidents:
        out.write("  (no incidents)\n")
    recalled = result.get("recalled") or []
    assert isinstance(recalled, list)
    for i in incidents:
        _print_incident(i, out, "  ")
    _print_set_aside(result, out)
    if recalled:
        out.write("  earlier events the report recalls (not its incidents):\n")
    for i in recalled:
        _print_incident(i, out, "    ")


def _print_set_aside(result: dict[str, object], out: TextIO) -> None:
    """The places the rules called event places and the event-place model set aside."""
    from incident_explorer.extraction.event_places import set_aside

    mentions = result.get("mentions") or []
    assert isinstance(mentions, list)
    aside = [(m["text"], why) for m in mentions if (why := set_aside(str(m["reason"])))]
    if aside:
        out.write("  set aside as side places (INCIDENTS_EVENT_PLACE_MODEL=0 keeps them):\n")
    for name, why in aside:
        out.write(f"    {name}: {why}\n")


def _print_incident(i: dict[str, Any], out: TextIO, indent: str) -> None:
    f = i["fatalities"]
    # (a figure no claim gives is a dash, as the detail panel writes it: "at least eight" has no
    # high, a raid told with no toll no figure at all; not Python's "None")
    killed = "/".join("–" if f[k] is None else str(f[k]) for k in ("low", "best", "high"))
    where = i.get("place_text") or i["location"] or "unplaced"
    point = f"{i['latitude']:.4f},{i['longitude']:.4f}" if i["latitude"] is not None else "no point"
    day = i["event_date"] or "no date"
    out.write(
        f"{indent}{day:<10}  {i['sub_event_type']:<32} {where} ({point}, {i['place_source']})"
        f"  killed {killed}\n"
    )


def _note(quiet: bool, message: str) -> None:
    if not quiet:
        print(f"incidents: {message}", file=sys.stderr)


def _article_paths(names: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            out.extend(
                sorted(p for p in path.rglob("*") if p.suffix.lower() in (".md", ".txt", ".html", ".htm"))
            )
        else:
            out.append(path)
    return out


def _ingest(args: argparse.Namespace, quiet: bool) -> int:
    import time

    from incident_explorer.extraction import article as articles
    from incident_explorer.extraction.pipeline import Extractor

    started = time.monotonic()
    settings = Settings.from_env()
    progress = silent if quiet else StderrProgress()
    store = _open_store(settings, args, progress)
    extractor = Extractor.from_settings(settings, progress)
    paths = _article_paths(args.paths)
    totals = dict.fromkeys(("new", "again", "added", "linked", "updated", "removed", "kept", "failed"), 0)
    with collector_paced():
        for i, path in enumerate(paths):
            progress("Ingesting", i, len(paths))
            try:
                result = store.ingest(extractor.extract(articles.from_path(path, published=args.published)))
            except IncidentExplorerError as exc:
                totals["failed"] += 1
                print(f"incidents: error: {_one_line(exc)}", file=sys.stderr)
                continue
            totals["new" if result.new_article else "again"] += 1
            totals["added"] += result.added
            totals["linked"] += result.linked
            totals["updated"] += result.updated
            totals["removed"] += result.removed
            totals["kept"] += result.kept_human
    progress("Ingesting", len(paths), len(paths))
    _note(
        quiet,
        f"{totals['new']} new and {totals['again']} known articles; incidents: {totals['added']} added, "
        f"{totals['updated']} updated, {totals['removed']} removed, {totals['kept']} kept for their human "
        f"edits; {totals['linked']} reports joined an incident already stored; {totals['failed']} failed "
        f"({time.monotonic() - started:.1f} s)",
    )
    return EXIT_ERROR if totals["failed"] else EXIT_OK


def _import(args: argparse.Namespace, quiet: bool) -> int:
    import time

    from incident_explorer.store import importers

    started = time.monotonic()
    settings = Settings.from_env()
    path = Path(args.file)
    if path.is_dir():
        raise InputError(f"cannot import {args.file}: it is a folder; import one file at a time")
    if not path.is_file():
        raise InputError(f"cannot read {args.file}: no such file")
    progress = silent if quiet else StderrProgress()
    store = _open_store(settings, args, progress)
    geocoder = None
    if args.format == "csv":
        from incident_explorer.places.gazetteer import Gazetteer
        from incident_explorer.places.offline import OfflineGeocoder

        geocoder = OfflineGeocoder(Gazetteer.open(settings, progress))
    bad: list[str] = []
    records = importers.read(path, args.format, geocoder, bad.append if args.skip_bad_rows else None)
    result = store.import_records(records, progress=progress)
    for message in bad:
        print(f"incidents: skipped: {message}", file=sys.stderr)
    _note(
        quiet,
        f"{path}: {result.inserted} incidents added, {result.updated} updated{_kept(result.kept_human)}, "
        f"{len(bad)} bad rows skipped "
        f"({time.monotonic() - started:.1f} s)",
    )
    return EXIT_OK


def _kept(kept: int) -> str:
    """What an import left alone: the fields a person edited."""
    if not kept:
        return ""
    return (
        f" ({kept} of them keep the fields a person edited)"
        if kept > 1
        else " (1 keeps the fields a person edited)"
    )


def _demo(args: argparse.Namespace, quiet: bool) -> int:
    import time

    from incident_explorer.store import demo
    from incident_explorer.store.engine import shown

    started = time.monotonic()
    settings = Settings.from_env()
    progress = silent if quiet else StderrProgress()
    store = _open_store(settings, args, progress, seed=False)
    result = demo.load(store, settings, progress)
    _note(
        quiet,
        f"demo data: {result.events} UCDP GED events and {result.articles} sample article(s) loaded into "
        f"{shown(store.engine)} ({time.monotonic() - started:.1f} s)",
    )
    store.close()
    return EXIT_OK


def _export(args: argparse.Namespace, quiet: bool) -> int:
    from incident_explorer.store.filters import Filters

    target = None if args.output == "-" else _output_file(args.output)
    store = _open_store(Settings.from_env(), args, silent if quiet else StderrProgress(), seed=False)
    filters = Filters(
        start=args.start,
        end=args.end,
        bbox=args.bbox,
        event_types=tuple(args.type),
        countries=tuple(args.country),
        admin1=tuple(args.admin1),
        min_fatalities=args.min_fatalities,
        place=args.place,
        actor=args.actor,
        source=args.source,
    )
    records = store.records(filters)
    n = _write_export(records, args.format, target)
    _note(quiet, f"exported {n} incidents as {args.format}")
    return EXIT_OK


def _output_file(name: str) -> Path:
    """The export's target file; a folder, an empty name or a missing folder is a usage error."""
    if not name.strip():
        raise InputError("-o needs a file name, such as -o incidents.geojson ('-' writes to stdout)")
    target = Path(name)
    if target.is_dir() or name.endswith(("/", os.sep)):
        raise InputError(
            f"cannot write {name}: it is a folder; give a file name, such as {name.rstrip('/')}/incidents.csv"
        )
    if not target.parent.is_dir():
        raise InputError(f"cannot write {name}: no folder {target.parent}; create it first")
    return target


def _write_export(records: Iterable[IncidentRecord], fmt: str, target: Path | None) -> int:
    """Write to stdout, or to a temporary file of this export alone (a unique name in the target's
    folder) renamed over the target at the end: a failed, interrupted (Ctrl-C) or terminated
    (SIGTERM) export leaves neither half a file under the real name nor a temporary file."""
    from incident_explorer.store import exporters

    if target is None:
        return exporters.write(records, fmt, sys.stdout)
    if target.exists() and not target.is_file():
        # a pipe or device (/dev/null, a FIFO): written as it is, never replaced by a file
        try:
            with target.open("w", encoding="utf-8", newline="") as out:
                return exporters.write(records, fmt, out)
        except OSError as exc:
            raise InputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            n = exporters.write(records, fmt, out)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; an export is a normal file
        tmp.replace(target)
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return n


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _index(args: argparse.Namespace, quiet: bool) -> int:
    from incident_explorer.places import index

    settings = Settings.from_env()
    progress = silent if quiet else StderrProgress()
    if args.rebuild:
        fp = index.fingerprint(settings)
        index.build(settings, index.index_path(settings, fp), fp, progress)
    path = index.ensure_index(settings, progress)
    from incident_explorer.places.gazetteer import Gazetteer

    gaz = Gazetteer(path)
    print(json.dumps({"path": str(path), **gaz.stats}, indent=2))
    return EXIT_OK


def _geocode(parser: argparse.ArgumentParser, args: argparse.Namespace, quiet: bool) -> int:
    if (args.query is None) == (args.batch is None):
        parser.exit(EXIT_USAGE, "incidents: error: give one QUERY or --batch FILE (not both)\n")
    if args.limit < 1:
        parser.exit(EXIT_USAGE, "incidents: error: --limit must be at least 1\n")
    if args.query is not None and not args.query.strip():
        # (an empty QUERY, a shell variable left unset, had printed a blank line and exit 0)
        parser.exit(EXIT_USAGE, "incidents: error: QUERY is empty; give a place name, e.g. 'al-Waer, Homs'\n")
    lines = _read_batch(args.batch) if args.batch is not None else None

    from incident_explorer.places.gazetteer import Gazetteer
    from incident_explorer.places.offline import OfflineGeocoder

    settings = Settings.from_env()
    if args.online and settings.offline:
        print("incidents: notice: INCIDENTS_OFFLINE is set; --online ignored", file=sys.stderr)
    progress = silent if quiet else StderrProgress()
    offline = OfflineGeocoder(Gazetteer.open(settings, progress))
    if args.min_score is not None:
        offline = OfflineGeocoder(offline.gazetteer, threshold=args.min_score)
    geocoder = _with_online(settings, offline, args.online, quiet)

    def run(query: str) -> list[Candidate]:
        return geocoder.geocode(query, context=args.context, country=args.country, limit=args.limit)

    out = sys.stdout
    if lines is None:
        found = run(args.query)
        if args.json:
            json.dump([c.to_json() for c in found], out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            _print_table(args.query, found, out)
        return EXIT_OK
    # an online service's client (HTTP, retries, exceptions) may make reference cycles
    with collector_paced(cycles=geocoder.online is not None):
        for query in lines:
            found = run(query) if query.strip() else []
            if args.json:
                record = {"query": query, "candidates": [c.to_json() for c in found]}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                _print_table(query, found, out)
    return EXIT_OK


def _with_online(settings: Settings, offline: OfflineGeocoder, service: str | None, quiet: bool) -> Geocoder:
    # geopy costs ~0.1 s to import; only the online path needs it at run time.
    from incident_explorer.places.online import Geocoder, online_from_settings

    if service:
        settings = replace(settings, geocoder=service)
    notify = (lambda m: None) if quiet else (lambda m: print(f"incidents: notice: {m}", file=sys.stderr))
    return Geocoder(offline, online_from_settings(settings), notify=notify)


def _read_batch(name: str) -> Iterator[str]:
    if name == "-":
        return (line.rstrip("\r\n") for line in sys.stdin)
    path = Path(name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{name} line {line}: not UTF-8 text; save the file as UTF-8") from exc
    return iter(text.splitlines())


def _print_table(query: str, found: list[Candidate], out: TextIO) -> None:
    out.write(f"{query}\n")
    if not found:
        out.write("  (unresolved)\n")
    for c in found:
        p = c.place
        out.write(
            f"  {c.score:.2f}  {p.latitude:9.5f} {p.longitude:10.5f}  {p.feature:<13} "
            f"{p.source_id:<22} {c.location}\n"
        )


if __name__ == "__main__":
    raise SystemExit(main())
