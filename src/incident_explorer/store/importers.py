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
from typing import Any, TextIO

from incident_explorer.errors import DataFileError
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.store.records import (
    DATE_TO_TIME,
    GEO_TO_WHERE,
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
    except (TypeError, ValueError):
        raise RowError(column, f"{value!r} is not a whole number") from None
    if number < lo or (hi is not None and number > hi):
        raise RowError(column, f"{number} is outside {lo}..{hi if hi is not None else 'any'}")
    return number


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
    reader = csv.DictReader(stream)
    try:
        header = reader.fieldnames or []
        names = [h.strip().lower() if fold_case else h.strip() for h in header]
        missing = [c for c in required if c not in names]
        if missing:
            raise DataFileError(
                f"{path}: missing column(s) {', '.join(missing)}; is this the right --format? "
                f"The header has: {', '.join(header[:12])}{' ...' if len(header) > 12 else ''}"
            )
        reader.fieldnames = names
        for row in reader:
            if None in row or None in row.values():
                raise DataFileError(
                    f"{path} row {reader.line_num}: {len(row) - (1 if None in row else 0)} fields where the "
                    f"header has {len(names)}; the file may be truncated or a quote left open"
                )
            yield reader.line_num, row
    except UnicodeDecodeError as exc:
        raise DataFileError(
            f"{path} row {reader.line_num + 1}: not UTF-8 text; save the file as UTF-8"
        ) from exc
    except csv.Error as exc:
        raise DataFileError(f"{path} row {reader.line_num}: {exc}; check quoting") from exc
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise DataFileError(
            f"{path} row {reader.line_num + 1}: the gzip data is damaged or cut short ({exc}); "
            "download the file again"
        ) from exc


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
                yield build(row)
            except RowError as exc:
                message = f"{path} row {line}, column {exc.column}: {exc}"
                if on_error is None:
                    raise DataFileError(message) from None
                on_error(message)


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
    fatalities = _int(row.get("fatalities"), "fatalities", 0, None, None)
    country = row["country"].strip()
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
        latitude=_float(row["latitude"], "latitude", 90),
        longitude=_float(row["longitude"], "longitude", 180),
        geo_precision=gp,
        where_prec=GEO_TO_WHERE[gp],
        place_source=f"acled:{ident}",
        fatalities_low=fatalities,
        fatalities_best=fatalities,
        fatalities_high=fatalities,
        source=(row.get("source") or "").strip(),
        source_scale=(row.get("source_scale") or "").strip(),
        notes=(row.get("notes") or "").strip(),
        extra=_extra(row, _ACLED_USED),
    )


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
    best = _int(row["best"], "best", 0)
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
        fatalities_low=_int(row.get("low"), "low", 0),
        fatalities_best=best,
        fatalities_high=_int(row.get("high"), "high", 0),
        # the outlet (source_office) names the source; the full citation stays in extra
        source=_distinct(row.get("source_office") or "") or (row.get("source_article") or "").strip(),
        notes=(row.get("source_headline") or "").strip(),
        extra=_extra(row, _UCDP_USED),
    )


def _distinct(joined: str) -> str:
    """UCDP joins one value per source with ";" ("SOHR;SOHR;Reuters"): each outlet once."""
    return "; ".join(dict.fromkeys(p.strip() for p in joined.split(";") if p.strip()))


def read_ucdp(path: Path, on_error: OnError | None = None) -> Iterator[IncidentRecord]:
    """UCDP GED CSV (the columns of the GED codebook; UCDP_REQUIRED must be there)."""
    return _rows(path, _ucdp, UCDP_REQUIRED, on_error)


_RECORD_FIELDS = set(IncidentRecord.__dataclass_fields__) - {"claims"}
_DATE_FIELDS = {"event_date", "date_end"}
_FLOAT_FIELDS = {"latitude", "longitude", "place_score"}
_INT_FIELDS = {
    "time_precision",
    "date_prec",
    "geo_precision",
    "where_prec",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "wounded_low",
    "wounded_best",
    "wounded_high",
}


def _from_properties(
    props: dict[str, Any], default_origin: str, lat: float | None, lon: float | None
) -> IncidentRecord:
    """A record from our own export's properties (GeoJSON, full CSV); the rest goes to extra."""
    values: dict[str, Any] = {}
    for key, value in props.items():
        if key not in _RECORD_FIELDS or value is None or value == "":
            continue
        if key in _DATE_FIELDS:
            values[key] = parse_date(str(value), key)
        elif key in _FLOAT_FIELDS:
            values[key] = _float(value, key, None, required=False)
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
    values["extra"] = json.dumps(extra, ensure_ascii=False) if extra else "{}"
    return IncidentRecord(**values)


def _check_point(lat: Any, lon: Any) -> None:
    if lat is None and lon is None:
        return
    _float(lat, "latitude", 90)
    _float(lon, "longitude", 180)


def read_geojson(path: Path, on_error: OnError | None = None) -> Iterator[IncidentRecord]:
    """RFC 7946 FeatureCollection of Points (or null geometry for unplaced incidents)."""
    try:
        with open_text(path) as stream:
            data = json.loads(stream.read())
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise DataFileError(
            f"{path}: the gzip data is damaged or cut short ({exc}); download the file again"
        ) from exc
    except OSError as exc:
        raise DataFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{path}: not UTF-8 text; save the file as UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise DataFileError(
            f"{path} line {exc.lineno}: not valid JSON ({exc.msg}); the file may be truncated"
        ) from exc
    if (
        not isinstance(data, dict)
        or data.get("type") != "FeatureCollection"
        or not isinstance(data.get("features"), list)
    ):
        raise DataFileError(f"{path}: not a GeoJSON FeatureCollection; export one with features")
    for number, feature in enumerate(data["features"], start=1):
        try:
            if not isinstance(feature, dict) or feature.get("type") != "Feature":
                raise RowError("type", "is not a Feature")
            geometry = feature.get("geometry")
            lat = lon = None
            if geometry is not None:
                if geometry.get("type") != "Point":
                    raise RowError("geometry", f"{geometry.get('type')!r} is not a Point")
                coords = geometry.get("coordinates")
                if not isinstance(coords, list) or len(coords) < 2:
                    raise RowError("geometry", "coordinates must be [longitude, latitude]")
                lon = _float(coords[0], "longitude", 180)
                lat = _float(coords[1], "latitude", 90)
            props = dict(feature.get("properties") or {})
            if "id" not in props and feature.get("id") is not None:
                props["id"] = str(feature["id"])
            yield _from_properties(props, "geojson", lat, lon)
        except RowError as exc:
            message = f"{path} feature {number}, {exc.column}: {exc}"
            if on_error is None:
                raise DataFileError(message) from None
            on_error(message)


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

    return _rows(path, build, ("id",), on_error, fold_case=True)


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
