"""User places: a CSV file the analyst edits (``data/user_places.csv``).

Columns: ``id, name, aliases, latitude, longitude, parent, country, feature, members, note``.
``aliases`` and ``members`` are ``|``-separated. A place may give ``members`` (source ids of
other gazetteer entries, e.g. OCHA sub-districts) instead of coordinates: its point is then
the mean of theirs, so a region such as Eastern Ghouta is defined by data, not typed in.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections.abc import Iterator, Mapping
from pathlib import Path

from incident_explorer.errors import DataFileError, InputError
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.spreadsheet import guard, unguard

COLUMNS = (
    "id",
    "name",
    "aliases",
    "latitude",
    "longitude",
    "parent",
    "country",
    "feature",
    "members",
    "note",
)
REQUIRED = ("id", "name")


def id_problem(ident: str) -> str | None:
    """Why a user place id cannot be one, or None. Letters, digits, '-', '_' and '.' only: the id
    becomes the source id "user:<id>", and a '/' in it would read as a point measured from a town
    ("user:camp/north", `panel.source_label`), a space or comma breaks the members lists."""
    if all(ch.isalnum() or ch in "-_." for ch in ident):
        return None
    return f"id {ident!r}: use only letters, digits, '-', '_' or '.'"


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _coordinate(path: Path, row: int, column: str, value: str, limit: float) -> float:
    try:
        number = float(value)
    except ValueError:
        raise DataFileError(
            f"{path} row {row}, column {column}: {value!r} is not a number; "
            "write decimal degrees such as 34.7382"
        ) from None
    if not -limit <= number <= limit:
        raise DataFileError(
            f"{path} row {row}, column {column}: {number} is outside -{limit:g}..{limit:g}; "
            "fix the coordinate"
        )
    return number


def load(
    path: Path, known: Mapping[str, Place], country_names: Mapping[str, tuple[str, ...]]
) -> Iterator[Entry]:
    """Read the user places file; a missing file means no user places."""
    if not path.exists():
        return
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read user places ({exc}); save it as UTF-8 CSV") from exc
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or ())]
    if missing:
        raise DataFileError(
            f"{path}: missing column(s) {', '.join(missing)}; the header must be: {','.join(COLUMNS)}"
        )
    seen: set[str] = set()
    for row_no, row in enumerate(map(unguard, reader), start=2):
        ident, name = (row.get("id") or "").strip(), (row.get("name") or "").strip()
        if not ident or not name:
            raise DataFileError(f"{path} row {row_no}: id and name are required; fill them in")
        if problem := id_problem(ident):
            raise DataFileError(f"{path} row {row_no}, column {problem}")
        if ident in seen:
            raise DataFileError(f"{path} row {row_no}: id {ident!r} is used twice; make it unique")
        seen.add(ident)
        feature_text = (row.get("feature") or "point").strip().lower()
        try:
            feature = Feature(feature_text)
        except ValueError:
            raise DataFileError(
                f"{path} row {row_no}, column feature: {feature_text!r} is not one of "
                f"{', '.join(f.value for f in Feature)}"
            ) from None
        lat_text, lon_text = (row.get("latitude") or "").strip(), (row.get("longitude") or "").strip()
        members = _split(row.get("members"))
        if lat_text or lon_text:
            lat = _coordinate(path, row_no, "latitude", lat_text, 90)
            lon = _coordinate(path, row_no, "longitude", lon_text, 180)
        elif members:
            unknown = [m for m in members if m not in known]
            if unknown:
                raise DataFileError(
                    f"{path} row {row_no}, column members: unknown source id(s) "
                    f"{', '.join(unknown)}; use ids such as ocha:SY030200"
                )
            lat = statistics.fmean(known[m].latitude for m in members)
            lon = statistics.fmean(known[m].longitude for m in members)
        else:
            raise DataFileError(
                f"{path} row {row_no}: give latitude and longitude, or members to take the point from"
            )
        country = (row.get("country") or "").strip().upper()
        parent = (row.get("parent") or "").strip()
        place = Place(
            source_id=f"user:{ident}",
            name=name,
            latitude=lat,
            longitude=lon,
            feature=feature,
            country_code=country,
            parent=parent,
        )
        names = (name, *_split(row.get("aliases")))
        ancestry = tuple(n for n in (parent, country, *country_names.get(country, ())) if n)
        yield Entry(place=place, names=names, ancestry=ancestry)


def read_rows(path: Path) -> list[dict[str, str]]:
    """The user places file as rows (for listing and export); a missing file is empty."""
    if not path.exists():
        return []
    return [unguard(r) for r in csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines())]


def to_csv(rows: list[dict[str, str]]) -> str:
    """The rows as a CSV file to download: spreadsheet formulas neutralised (a name typed as
    "=HYPERLINK(...)" does not run when the file is opened), undone when it is read back."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: guard(v) for k, v in r.items()} for r in rows)
    return out.getvalue()


def add(path: Path, row: dict[str, str], known_ids: set[str] | None = None, *, replace: bool = False) -> None:
    """Add one user place (or, with ``replace``, change the one with its id) after checking it
    as the index build would; the file is rewritten to a temporary name and moved into place,
    so a failed write loses nothing."""
    import os
    import tempfile

    ident = (row.get("id") or "").strip()
    name = (row.get("name") or "").strip()
    if not ident or not name:
        raise InputError("a user place needs an id and a name")
    if problem := id_problem(ident):
        raise InputError(problem)
    existing = read_rows(path)
    if replace:
        existing = [r for r in existing if r.get("id") != ident]
    elif ident in {r.get("id", "") for r in existing} | (known_ids or set()):
        raise InputError(f"id {ident!r} is taken; choose another")
    members = str(row.get("members") or "").strip()
    lat_text, lon_text = str(row.get("latitude") or "").strip(), str(row.get("longitude") or "").strip()
    coordinates = {"latitude": "", "longitude": ""}
    if lat_text or lon_text or not members:  # a place defined by members may leave them empty
        try:
            lat, lon = float(lat_text), float(lon_text)
        except ValueError:
            raise InputError("latitude and longitude must be decimal degrees, e.g. 34.73 and 36.71") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputError("latitude must be within -90..90 and longitude within -180..180")
        coordinates = {"latitude": f"{lat:.6f}", "longitude": f"{lon:.6f}"}
    feature = (row.get("feature") or "point").strip().lower()
    if feature not in {f.value for f in Feature}:
        raise InputError(f"feature {feature!r} is not one of {', '.join(f.value for f in Feature)}")
    clean = {c: str(row.get(c, "") or "").replace("\n", " ").strip() for c in COLUMNS}
    clean.update(id=ident, name=name, feature=feature, country=clean["country"].upper(), **coordinates)
    lines = existing + [clean]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".user_places-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(COLUMNS), extrasaction="ignore")
            writer.writeheader()
            writer.writerows(lines)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
