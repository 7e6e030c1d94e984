"""A person's correction of a stored incident's place, as the store's field changes.

In: the incident as stored (``Store.incident``) and what the analyst chose: a gazetteer
candidate, or values typed into the edit form. Out: the fields for ``Store.update_incident``.
The provenance stays true: a place chosen from the gazetteer brings its own source id,
precision and admin units; a point moved by hand is no longer any gazetteer entry's
(``place_source`` empty, shown as "a point set by hand").
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from incident_explorer.places.place import Candidate
from incident_explorer.store.importers import UCDP_TYPES

MOVED_DEGREES = 1e-5  # about a metre: less is the form's rounding, not a move


def place_fields(candidate: Candidate) -> dict[str, Any]:
    """Every field a gazetteer place decides: where, which entry, how precise, which units."""
    p = candidate.place
    return {
        "location": candidate.location,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "place_source": p.source_id,
        "geo_precision": candidate.precision.geo_precision,
        "where_prec": candidate.precision.where_prec,
        "country_code": p.country_code,
        "admin1": p.admin1,
        "admin2": p.admin2,
    }


def point_fields(latitude: float, longitude: float) -> dict[str, Any]:
    """A point the analyst set: theirs, at the place itself, with no gazetteer entry behind it."""
    return {
        "latitude": latitude,
        "longitude": longitude,
        "place_source": None,
        "geo_precision": 1,
        "where_prec": 1,
    }


def _moved(before: Any, after: Any) -> bool:
    if after is None:
        return False
    if before is None:
        return True
    return abs(float(before) - float(after)) > MOVED_DEGREES


def form_changes(incident: Mapping[str, Any], form: Mapping[str, Any]) -> dict[str, Any]:
    """The edit form's values as changes: only fields that differ; a point moved by hand (beyond
    the form's rounding) takes ``point_fields``, an untouched one keeps its gazetteer entry."""
    changes: dict[str, Any] = {}
    for name, value in form.items():
        if name in ("latitude", "longitude"):
            continue
        old = incident.get(name)
        if isinstance(value, str):
            value = value.strip()
            old = "" if old is None else str(old)
        if name == "event_date" and value is not None and not isinstance(value, date):
            value = date.fromisoformat(str(value))
        if value != old:
            changes[name] = value
    lat, lon = form.get("latitude"), form.get("longitude")
    if _moved(incident.get("latitude"), lat) or _moved(incident.get("longitude"), lon):
        if lat is None or lon is None:
            return changes  # half a point is no point: the form says so
        changes.update(point_fields(float(lat), float(lon)))
    return changes


@lru_cache(maxsize=4)
def _acled_pairs(data_dir: Path) -> tuple[tuple[str, str], ...]:
    path = data_dir / "event_words.csv"
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [(r["event_type"], r["sub_event_type"]) for r in csv.DictReader(fh)]
    except (OSError, KeyError):
        return ()
    return tuple(dict.fromkeys(sorted(rows)))


def type_choices(data_dir: Path, current: tuple[str, str] = ("", "")) -> list[tuple[str, str]]:
    """(event type, sub-type) pairs an analyst picks one of, so the two always agree: the
    extractor's ACLED typology (data/event_words.csv), then UCDP GED's categories (no sub-type);
    the incident's own pair first when it is none of them (an import may bring its own)."""
    pairs = [*_acled_pairs(data_dir), *((kind, "") for kind in UCDP_TYPES.values())]
    if any(current) and current not in pairs:
        pairs.insert(0, current)
    return pairs


def type_label(pair: tuple[str, str]) -> str:
    kind, sub = pair
    return f"{kind} / {sub}" if sub else (kind or "untyped")
