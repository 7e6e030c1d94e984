"""Writing incidents: RFC 7946 GeoJSON, our full CSV, and CSV in ACLED's column layout.

Writers stream record by record, so exporting a million incidents needs little memory. CSV
cells are guarded against spreadsheet formulas (``spreadsheet.guard``); GeoJSON keeps every value raw.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

from incident_explorer.spreadsheet import guard
from incident_explorer.store.importers import ACLED_COLUMNS
from incident_explorer.store.records import COLUMNS, IncidentRecord

FORMATS = ("geojson", "csv", "acled")


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _properties(r: IncidentRecord) -> dict[str, Any]:
    props = {k: _plain(v) for k, v in r.row().items()}
    props["evidence"] = json.loads(r.evidence or "[]")
    props["extra"] = json.loads(r.extra or "{}")
    props["reports"] = [x.to_json() for x in r.reports]
    props["claims"] = [{**c.to_json(), "article_id": x.article_id} for x in r.reports for c in x.claims] + [
        {**c.to_json(), "article_id": None} for c in r.claims
    ]
    return props


def _sources(r: IncidentRecord) -> str:
    """The outlets that reported the incident, joined as ACLED joins them."""
    outlets: list[str] = []
    for x in r.reports:
        if x.source and x.source not in outlets:
            outlets.append(x.source)
    return "; ".join(outlets)


def write_geojson(records: Iterable[IncidentRecord], out: TextIO) -> int:
    """A FeatureCollection; coordinates are [longitude, latitude]; unplaced incidents have
    ``"geometry": null`` (RFC 7946 section 3.2)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for r in records:
        geometry = (
            {"type": "Point", "coordinates": [r.longitude, r.latitude]}
            if r.latitude is not None and r.longitude is not None
            else None
        )
        feature = {"type": "Feature", "id": r.id, "geometry": geometry, "properties": _properties(r)}
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def write_csv(records: Iterable[IncidentRecord], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=[*COLUMNS, "sources", "reports"], lineterminator="\n")
    writer.writeheader()
    n = 0
    for r in records:
        writer.writerow(
            {
                **{k: guard(v) for k, v in r.row().items()},
                "sources": guard(_sources(r)),
                "reports": len(r.reports),
            }
        )
        n += 1
    return n


def _iso_numeric(code: str) -> str:
    if not code:
        return ""
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    return str(int(found.numeric)) if found is not None else ""


def write_acled(records: Iterable[IncidentRecord], out: TextIO) -> int:
    """ACLED's current lowercase layout; ACLED rows we imported come back as they were."""
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for r in records:
        extra = r.extra_fields
        row = {k: extra.get(k, "") for k in ACLED_COLUMNS}
        row.update(
            event_id_cnty=r.source_id if r.origin == "acled" and r.source_id else r.id,
            event_date=_plain(r.event_date) or "",
            year=r.event_date.year if r.event_date else extra.get("year", ""),
            time_precision=r.time_precision,
            event_type=r.event_type,
            sub_event_type=r.sub_event_type,
            actor1=r.actor1,
            actor2=r.actor2,
            iso=extra.get("iso") or _iso_numeric(r.country_code),
            country=r.country,
            admin1=r.admin1,
            admin2=r.admin2,
            admin3=r.admin3,
            location=r.location,
            latitude="" if r.latitude is None else r.latitude,
            longitude="" if r.longitude is None else r.longitude,
            geo_precision=r.geo_precision,
            source=_sources(r) or r.source,
            source_scale=r.source_scale,
            notes=r.notes,
            fatalities=r.fatalities_best if r.fatalities_best is not None else 0,
        )
        writer.writerow({k: guard(v) for k, v in row.items()})
        n += 1
    return n


def write(records: Iterable[IncidentRecord], fmt: str, out: TextIO) -> int:
    if fmt == "geojson":
        return write_geojson(records, out)
    if fmt == "csv":
        return write_csv(records, out)
    if fmt == "acled":
        return write_acled(records, out)
    raise ValueError(f"unknown format {fmt!r}")


def export_text(records: Iterable[IncidentRecord], fmt: str) -> str:
    """The whole export as one string (for a download button)."""
    out = io.StringIO()
    write(records, fmt, out)
    return out.getvalue()
