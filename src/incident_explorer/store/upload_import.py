"""Incidents imported from a file an analyst uploads in the app (the CLI's `incidents import`).

In: the file's name and bytes, a format (or none: read from the name), the store, a geocoder for
CSV rows that give a place name instead of coordinates. Out: what was imported (added, updated,
bad rows skipped), or one error naming the uploaded file (not a temporary path) with what to do;
a refused file writes nothing (one transaction, as on the command line).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from incident_explorer.errors import IncidentExplorerError, InputError
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.store import importers
from incident_explorer.store.bulk import ImportResult
from incident_explorer.store.database import Store

_BY_SUFFIX = {".geojson": "geojson", ".json": "geojson", ".csv": "csv"}
_SAFE = re.compile(r"[^\w.-]+")


def guess_format(name: str) -> str | None:
    """'geojson' for .geojson/.json, 'csv' for .csv (also gzipped); None: ask (ACLED and UCDP
    exports are CSV files too)."""
    lower = name.lower().removesuffix(".gz")
    return next((fmt for suffix, fmt in _BY_SUFFIX.items() if lower.endswith(suffix)), None)


def import_upload(
    store: Store,
    name: str,
    data: bytes,
    fmt: str,
    *,
    geocoder: OfflineGeocoder | None = None,
    skip_bad_rows: bool = False,
) -> ImportResult:
    if fmt not in importers.FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(importers.FORMATS)}")
    if not data.strip():
        raise InputError(f"{name} is empty; choose the exported file")
    bad: list[str] = []
    with tempfile.TemporaryDirectory(prefix="incidents-upload-") as folder:
        # the importers stream from a file; the file keeps the upload's name (and .gz) so that
        # every message can name it as the analyst knows it
        path = Path(folder) / (_SAFE.sub("_", Path(name).name) or "upload")
        path.write_bytes(data)
        try:
            records = importers.read(path, fmt, geocoder, bad.append if skip_bad_rows else None)
            result = store.import_records(records)
        except IncidentExplorerError as exc:
            raise type(exc)(str(exc).replace(str(path), name).replace(folder, "")) from None
    return ImportResult(
        result.inserted, result.updated, tuple(m.replace(str(path), name) for m in bad), result.kept_human
    )
