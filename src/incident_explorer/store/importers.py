"""Reading incidents from the field's formats: ACLED, UCDP GED, GeoJSON, plain CSV.

Every reader streams (a million-row file is never held in memory) and checks each row; a bad
row raises ``DataFileError`` naming the file, row and column, or, with ``on_error``, is
reported and skipped. Columns we do not map are kept in ``extra`` so nothing is lost.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import zlib
from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from incident_explorer.errors import DataFileError
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.spreadsheet import unguard
from incident_explorer.store.records import (
    DATE_TO_TIME,
    GEO_TO_WHERE,
    IMPLAUSIBLE,
    TIME_TO_DATE,
    WHERE_TO_GEO,
    IncidentRecord,
)

FORMATS = ("acled", "ucdp", "geojson", "csv")
OnError = Callable[[str], None]

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
ACLED_REQUIRED = ("event_id_cnty", "event_date", "event_type", "country", "latitude", "longitude")
UCDP_REQUIRED = ("id", "date_start", "latitude", "longitude", "country", "best")
# UCDP's own three categories of organised violence (codebook, type_of_violence): they do not
# map one-to-one onto ACLED's event types, so they are kept as UCDP names them.
UCDP_TYPES = {"1": "State-based conflict", "2": "Non-state conflict", "3": "One-sided violence"}
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%B %d, %Y", "%d/%m/%Y")


class RowError(ValueError):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def parse_date(value: str, column: str) -> date:
    text = value.strip()
    try:
        return date.fromisoformat(text)  # the common case, in C
    except ValueError:
        pass
    for fmt in _DATE_FORMATS[1:]:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise RowError(column, f"{value!r} is not a date; write 2017-02-25 or 25 February 2017")


def _optional_date(value: str | None, column: str) -> date | None:
    return parse_date(value, column) if value and value.strip() else None


def _float(value: Any, column: str, limit: float | None = None, required: bool = True) -> float | None:
    if value is None or str(value).strip() == "":
        if required:
            raise RowError(column, "is empty; give a number")
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise RowError(column, f"{value!r} is not a number") from None
    if limit is not None and not -limit <= number <= limit:
        raise RowError(column, f"{number:g} is outside -{limit:g}..{limit:g}")
    return number


def _int(
    value: Any, column: str, lo: int = 0, hi: int | None = None, default: int | None = None
) -> int | None:
    if value is None or str(value).strip() == "":
        return default
    try:
        number = int(float(value))
    except (TypeError, ValueError, OverflowError):
        raise RowError(column, f"{value!r} is not a whole number") from None
    if hi is None and number > IMPLAUSIBLE:
        raise RowError(column, f"{number} is too large (at most {IMPLAUSIBLE:,})")
    if number < lo or (hi is not None and number > hi):
        raise RowError(column, f"{number} is outside {lo}..{hi if hi is not None else 'any'}")
    return number


def _count(value: Any, column: str, flags: dict[str, str]) -> int | None:
    """A number of people. An implausible one (more than IMPLAUSIBLE, or beyond any integer
    column) is not stored as a number: it is kept as written in ``flags`` (then ``extra``)."""
    try:
        return _int(value, column, 0, None)
    except RowError:
        text = str(value).strip()
        if text.isdigit():
            flags[column] = text
            return None
        raise


def _flagged(extra: str, flags: dict[str, str]) -> str:
    if not flags:
        return extra
    return json.dumps({**json.loads(extra), "implausible": flags}, ensure_ascii=False)


@lru_cache(maxsize=4096)
def country_code(name: str = "", iso_numeric: str = "") -> str:
    import pycountry

    if iso_numeric.strip().isdigit():
        found = pycountry.countries.get(numeric=iso_numeric.strip().zfill(3))
        if found is not None:
            return str(found.alpha_2)
    if name:
        try:
            return str(pycountry.countries.lookup(name.strip()).alpha_2)
        except LookupError:
            try:
                return str(pycountry.countries.search_fuzzy(name.strip())[0].alpha_2)
            except LookupError:
                return ""
    return ""


def _csv_rows(
    path: Path, stream: TextIO, required: tuple[str, ...], fold_case: bool
) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows with their line number. ``required`` names columns that must be there; "a|b" means
    either. A quote left open is an error, never a last row that swallows the rest of the file."""
    reader = csv.DictReader(stream, strict=True)
    done = 1  # the last line of the last complete row (the header is line 1)
    try:
        header = reader.fieldnames or []
        names = [h.strip().lower() if fold_case else h.strip() for h in header]
        missing = [c.replace("|", " or ") for c in required if not set(c.split("|")) & set(names)]
        if missing:
            raise DataFileError(
                f"{path}: missing column(s) {', '.join(missing)}; is this the right --format? "
                f"The header has: {', '.join(header[:12])}{' ...' if len(header) > 12 else ''}"
            )
        reader.fieldnames = names
        for row in reader:
            if None in row or None in row.values():
                fields = sum(v is not None for k, v in row.items() if k is not None)
                fields += len(row.get(None) or ())
                raise DataFileError(
                    f"{path} row {reader.line_num}: {fields} fields where the header has {len(names)}; "
                    "the file may be truncated or a quote left open"
                )
            done = reader.line_num
            yield reader.line_num, row
    except UnicodeDecodeError as exc:
        raise DataFileError(
            f"{path} line {_first_bad_line(path)}: not UTF-8 text; save the file as UTF-8"
        ) from exc
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise DataFileError(
                f"{path} row {done + 1}: a quote opened in this row is never closed; "
                "the file may be truncated or a quote left open"
            ) from exc
        raise DataFileError(f"{path} row {done + 1}: {exc}; check quoting") from exc
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise DataFileError(
            f"{path} row {done + 1}: the gzip data is damaged or cut short ({exc}); download the file again"
        ) from exc


def _first_bad_line(path: Path) -> int | str:
    """The line of the first byte that is not UTF-8 (text is decoded ahead of the CSV reader in
    blocks, so the reader's own line number is too early). Read again, only on this error."""
    try:
        with path.open("rb") as probe:
            packed = probe.read(2) == _GZIP_MAGIC
        with gzip.open(path, "rb") if packed else path.open("rb") as raw:
            for number, line in enumerate(raw, start=1):
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError:
                    return number
    except (OSError, EOFError, zlib.error):
        pass
    return "?"


_GZIP_MAGIC = b"\x1f\x8b"


def open_text(path: Path) -> TextIO:
    """The file as UTF-8 text; gzip files (``.csv.gz``, or any file that starts like one) are
    unpacked while reading, so they are streamed like the plain file."""
    try:
        with path.open("rb") as probe:
            packed = probe.read(2) == _GZIP_MAGIC
        if packed:
            return gzip.open(path, "rt", encoding="utf-8-sig", newline="")
        return path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise DataFileError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _rows(
    path: Path,
    build: Callable[[dict[str, str]], IncidentRecord],
    required: tuple[str, ...],
    on_error: OnError | None,
    fold_case: bool = True,
) -> Iterator[IncidentRecord]:
    with open_text(path) as stream:
        for line, row in _csv_rows(path, stream, required, fold_case):
            try:
                yield _read_from(build(_clean(row)), f"{path} row {line}")
            except RowError as exc:
                message = f"{path} row {line}, column {exc.column}: {exc}"
                if on_error is None:
                    raise DataFileError(message) from None
                on_error(message)


def _read_from(record: IncidentRecord, where: str) -> IncidentRecord:
    # Set on the record just built, before anyone else sees it: dataclasses.replace would copy
    # forty fields per row, a tenth of a million-row import's time.
    object.__setattr__(record, "read_from", where)
    return record


def _check_text(row: dict[str, Any]) -> None:
    """PostgreSQL refuses NUL characters in text (SQLite keeps them): refuse them on every backend."""
    for key, value in row.items():
        if isinstance(value, str) and "\x00" in value:
            raise RowError(str(key), "contains a NUL character (\\0); the file may be damaged or not text")


def _clean(row: dict[str, str]) -> dict[str, str]:
    """A CSV row without NUL characters (refused), with our exports' CSV-injection guard undone
    (a cell written as "'=..." is read back as "=..."). One scan of the joined row decides
    whether a cell-by-cell look is needed: almost every row needs none."""
    joined = "".join(row.values())
    if "\x00" in joined:
        _check_text(row)
    return unguard(row)


def _extra(row: dict[str, Any], used: set[str]) -> str:
    rest = {k: v for k, v in row.items() if k not in used and v not in ("", None)}
    return json.dumps(rest, ensure_ascii=False) if rest else "{}"


# ACLED columns with a field of their own; the others are kept in ``extra``.
_ACLED_USED = set(ACLED_COLUMNS) - {
    "year",
    "disorder_type",
    "assoc_actor_1",
    "inter1",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "region",
    "tags",
    "timestamp",
}


def _acled(row: dict[str, str]) -> IncidentRecord:
    ident = row["event_id_cnty"].strip()
    if not ident:
        raise RowError("event_id_cnty", "is empty; every ACLED event has an id")
    when = parse_date(row["event_date"], "event_date")
    tp = _int(row.get("time_precision"), "time_precision", 1, 3, 1) or 1
    gp = _int(row.get("geo_precision"), "geo_precision", 1, 3, 1) or 1
    flags: dict[str, str] = {}
    fatalities = _count(row.get("fatalities"), "fatalities", flags)
    country = row["country"].strip()
    lat, lon = _point(row["latitude"], row["longitude"])
    return IncidentRecord(
        id=f"acled:{ident}",
        origin="acled",
        source_id=ident,
        event_date=when,
        date_end=when,
        time_precision=tp,
        date_prec=TIME_TO_DATE[tp],
        event_type=row["event_type"].strip(),
        sub_event_type=(row.get("sub_event_type") or "").strip(),
        actor1=(row.get("actor1") or "").strip(),
        actor2=(row.get("actor2") or "").strip(),
        country=country,
        country_code=country_code(country, row.get("iso") or ""),
        admin1=(row.get("admin1") or "").strip(),
        admin2=(row.get("admin2") or "").strip(),
        admin3=(row.get("admin3") or "").strip(),
        location=(row.get("location") or "").strip(),
        latitude=lat,
        longitude=lon,
        geo_precision=gp,
        where_prec=GEO_TO_WHERE[gp],
        place_source=f"acled:{ident}",
        fatalities_low=fatalities,
        fatalities_best=fatalities,
        fatalities_high=fatalities,
        source=(row.get("source") or "").strip(),
        source_scale=(row.get("source_scale") or "").strip(),
        notes=(row.get("notes") or "").strip(),
        extra=_flagged(_extra(row, _ACLED_USED), flags),
    )


def _point(lat: str, lon: str) -> tuple[float | None, float | None]:
    """Coordinates, or none at all: an unplaced incident (our ACLED-layout export of one)."""
    if not lat.strip() and not lon.strip():
        return None, None
    return _float(lat, "latitude", 90), _float(lon, "longitude", 180)


def read_acled(path: Path, on_error: OnError | None = None) -> Iterator[IncidentRecord]:
    """ACLED exports: current lowercase columns, or the older UPPERCASE set."""
    return _rows(path, _acled, ACLED_REQUIRED, on_error)


_UCDP_USED = {
    "id",
    "date_start",
    "date_end",
    "date_prec",
    "where_prec",
    "latitude",
    "longitude",
    "country",
    "adm_1",
    "adm_2",
    "where_coordinates",
    "side_a",
    "side_b",
    "best",
    "low",
    "high",
    "source_headline",
}


def _ucdp(row: dict[str, str]) -> IncidentRecord:
    ident = row["id"].strip()
    if not ident:
        raise RowError("id", "is empty; every UCDP event has an id")
    start = parse_date(row["date_start"], "date_start")
    end = _optional_date(row.get("date_end"), "date_end") or start
    if end < start:
        raise RowError("date_end", f"{end} is before date_start {start}")
    dp = _int(row.get("date_prec"), "date_prec", 1, 5, 1) or 1
    wp = _int(row.get("where_prec"), "where_prec", 1, 7, 1) or 1
    flags: dict[str, str] = {}
    best = _count(row["best"], "best", flags)
    country = row["country"].strip()
    violence = (row.get("type_of_violence") or "").strip()
    return IncidentRecord(
        id=f"ucdp:{ident}",
        origin="ucdp",
        source_id=ident,
        event_date=start,
        date_end=end,
        time_precision=DATE_TO_TIME[dp],
        date_prec=dp,
        event_type=UCDP_TYPES.get(violence, ""),
        sub_event_type="",
        actor1=(row.get("side_a") or "").strip(),
        actor2=(row.get("side_b") or "").strip(),
        country=country,
        country_code=country_code(re.sub(r"\s*\(.*\)$", "", country)),
        admin1=(row.get("adm_1") or "").strip(),
        admin2=(row.get("adm_2") or "").strip(),
        location=(row.get("where_coordinates") or "").strip(),
        latitude=_float(row["latitude"], "latitude", 90),
        longitude=_float(row["longitude"], "longitude", 180),
        geo_precision=WHERE_TO_GEO[wp],
        where_prec=wp,
        place_source=f"ucdp:{ident}",
        fatalities_low=_count(row.get("low"), "low", flags),
        fatalities_best=best,
        fatalities_high=_count(row.get("high"), "high", flags),
        # the outlet (source_office) names the source; the full citation stays in extra
        source=_distinct(row.get("source_office") or "") or (row.get("source_article") or "").strip(),
        notes=(row.get("source_headline") or "").strip(),
        extra=_flagged(_extra(row, _UCDP_USED), flags),
    )


def _distinct(joined: str) -> str:
    """UCDP joins one value per source with ";" ("SOHR;SOHR;Reuters"): each outlet once."""
    return "; ".join(dict.fromkeys(p.strip() for p in joined.split(";") if p.strip()))


def read_ucdp(path: Path, on_error: OnError | None = None) -> Iterator[IncidentRecord]:
    """UCDP GED CSV (the columns of the GED codebook; UCDP_REQUIRED must be there)."""
    return _rows(path, _ucdp, UCDP_REQUIRED, on_error)


_RECORD_FIELDS = set(IncidentRecord.__dataclass_fields__) - {"claims", "read_from"}
_DATE_FIELDS = {"event_date", "date_end"}
_FLOAT_FIELDS = {"latitude", "longitude", "place_score"}
_COUNT_FIELDS = {
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "wounded_low",
    "wounded_best",
    "wounded_high",
}
_INT_FIELDS = {"time_precision", "date_prec", "geo_precision", "where_prec", *_COUNT_FIELDS}


def _from_properties(
    props: dict[str, Any], default_origin: str, lat: float | None, lon: float | None
) -> IncidentRecord:
    """A record from our own export's properties (GeoJSON, full CSV); the rest goes to extra."""
    values: dict[str, Any] = {}
    flags: dict[str, str] = {}
    for key, value in props.items():
        if key not in _RECORD_FIELDS or value is None or value == "":
            continue
        if key in _DATE_FIELDS:
            values[key] = parse_date(str(value), key)
        elif key in _FLOAT_FIELDS:
            values[key] = _float(value, key, None, required=False)
        elif key in _COUNT_FIELDS:
            values[key] = _count(value, key, flags)
        elif key in _INT_FIELDS:
            values[key] = _int(value, key, 0, None)
        elif key in ("evidence", "extra"):
            values[key] = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        else:
            values[key] = str(value)
    ident = str(values.get("id") or values.get("source_id") or "").strip()
    if not ident:
        raise RowError("id", "is empty; every incident needs an id")
    values["id"] = ident
    values.setdefault("origin", default_origin)
    values.setdefault("source_id", ident)
    if lat is not None:
        values["latitude"], values["longitude"] = lat, lon
    _check_point(values.get("latitude"), values.get("longitude"))
    extra = json.loads(values.get("extra") or "{}")
    extra.update({k: v for k, v in props.items() if k not in _RECORD_FIELDS and v not in (None, "")})
    if flags:
        extra["implausible"] = {**extra.get("implausible", {}), **flags}
    values["extra"] = json.dumps(extra, ensure_ascii=False) if extra else "{}"
    return IncidentRecord(**values)


def _check_point(lat: Any, lon: Any) -> None:
    if lat is None and lon is None:
        return
    _float(lat, "latitude", 90)
    _float(lon, "longitude", 180)


_NOT_COLLECTION = "not a GeoJSON FeatureCollection; export one with features"


def read_geojson(path: Path, on_error: OnError | None = None) -> Iterator[IncidentRecord]:
    """RFC 7946 FeatureCollection of Points (or null geometry for unplaced incidents), read
    feature by feature (ijson): a file of any size is never held in memory whole."""
    import ijson

    number = 0
    try:
        _check_collection(path)
        with _open_binary(path) as stream:
            for number, feature in enumerate(ijson.items(stream, "features.item", use_float=True), start=1):
                try:
                    yield _read_from(_feature(feature), f"{path} feature {number}")
                except RowError as exc:
                    message = f"{path} feature {number}, {exc.column}: {exc}"
                    if on_error is None:
                        raise DataFileError(message) from None
                    on_error(message)
        if number == 0:
            _check_empty_features(path)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise DataFileError(
            f"{path}: the gzip data is damaged or cut short ({exc}); download the file again"
        ) from exc
    except OSError as exc:
        if isinstance(exc, DataFileError):
            raise
        raise DataFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except ijson.JSONError as exc:
        reason = exc.args[0] if exc.args else exc
        text = reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
        detail = (text.strip().splitlines() or ["syntax error"])[0]
        advice = "save the file as UTF-8" if "UTF8" in detail else "the file may be truncated"
        raise DataFileError(f"{path}: not valid JSON after feature {number} ({detail}); {advice}") from exc


def _check_collection(path: Path) -> None:
    """The top-level ``type`` is FeatureCollection (read up to it: usually the first key)."""
    import ijson

    with _open_binary(path) as stream:
        kind = next(ijson.items(stream, "type"), None)
    if kind != "FeatureCollection":
        raise DataFileError(f"{path}: {_NOT_COLLECTION}")


def _check_empty_features(path: Path) -> None:
    """No feature was read: ``features`` must still be there, as an (empty) array."""
    import ijson

    with _open_binary(path) as stream:
        features = next(ijson.items(stream, "features"), None)
    if not isinstance(features, list):
        raise DataFileError(f"{path}: {_NOT_COLLECTION}")


def _open_binary(path: Path) -> BinaryIO:
    """The file's bytes (gzip unpacked while reading), after a UTF-8 byte order mark if any."""
    with path.open("rb") as probe:
        packed = probe.read(2) == _GZIP_MAGIC
    stream: BinaryIO = gzip.open(path, "rb") if packed else path.open("rb")  # type: ignore[assignment]  # noqa: SIM115
    if stream.read(3) != b"\xef\xbb\xbf":
        stream.seek(0)
    return stream


def _feature(feature: Any) -> IncidentRecord:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise RowError("type", "is not a Feature")
    geometry = feature.get("geometry")
    lat = lon = None
    if geometry is not None:
        if not isinstance(geometry, dict) or geometry.get("type") != "Point":
            kind = geometry.get("type") if isinstance(geometry, dict) else geometry
            raise RowError("geometry", f"{kind!r} is not a Point")
        coords = geometry.get("coordinates")
        if not isinstance(coords, list) or len(coords) < 2:
            raise RowError("geometry", "coordinates must be [longitude, latitude]")
        lon = _float(coords[0], "longitude", 180)
        lat = _float(coords[1], "latitude", 90)
    props = feature.get("properties") or {}
    if not isinstance(props, dict):
        raise RowError("properties", "is not an object")
    props = dict(props)
    if "id" not in props and feature.get("id") is not None:
        props["id"] = str(feature["id"])
    _check_text(props)
    return _from_properties(props, "geojson", lat, lon)


def read_csv(
    path: Path, geocoder: OfflineGeocoder | None, on_error: OnError | None = None
) -> Iterator[IncidentRecord]:
    """A plain CSV: our own export, or any table with an id, a date and coordinates or a
    location (geocoded offline when coordinates are missing)."""
    origin = "csv"

    def build(row: dict[str, str]) -> IncidentRecord:
        props: dict[str, Any] = dict(row)
        if "date" in props and "event_date" not in props:
            props["event_date"] = props.pop("date")
        if "fatalities" in props and "fatalities_best" not in props:
            value = props.pop("fatalities")
            props["fatalities_low"] = props["fatalities_best"] = props["fatalities_high"] = value
        if not str(props.get("id") or "").strip():
            raise RowError("id", "is empty; give every row an id")
        if not str(props.get("latitude") or "").strip() and not str(props.get("longitude") or "").strip():
            place = str(props.get("location") or "").strip()
            if not place:
                raise RowError("location", "no coordinates and no location to geocode; give one of them")
            if geocoder is None:
                raise RowError("location", "no coordinates, and geocoding is off")
            country = str(props.get("country_code") or "").strip() or None
            found = geocoder.geocode(
                place, country=country if country and len(country) == 2 else None, limit=1
            )
            if not found:
                raise RowError("location", f"{place!r} could not be placed; add latitude and longitude")
            best = found[0]
            props.update(
                latitude=best.place.latitude,
                longitude=best.place.longitude,
                place_source=best.place.source_id,
                place_score=best.score,
                place_reason=best.reason,
                geo_precision=best.precision.geo_precision,
                where_prec=best.precision.where_prec,
                country_code=best.place.country_code,
                admin1=props.get("admin1") or best.place.admin1,
                location=place,
            )
        return _from_properties(props, origin, None, None)

    return _rows(path, build, ("id", "event_date|date"), on_error, fold_case=True)


def read(
    path: Path, fmt: str, geocoder: OfflineGeocoder | None, on_error: OnError | None = None
) -> Iterator[IncidentRecord]:
    if fmt == "acled":
        return read_acled(path, on_error)
    if fmt == "ucdp":
        return read_ucdp(path, on_error)
    if fmt == "geojson":
        return read_geojson(path, on_error)
    if fmt == "csv":
        return read_csv(path, geocoder, on_error)
    raise DataFileError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
