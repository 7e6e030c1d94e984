"""A person's correction of a stored incident's place, as the store's field changes.

In: the incident as stored (``Store.incident``) and what the analyst chose: a gazetteer
candidate, or values typed into the edit form. Out: the fields for ``Store.update_incident``.
The provenance stays true: a place chosen from the gazetteer brings its own source id,
precision and admin units; a point moved by hand is no longer any gazetteer entry's
(``place_source`` empty, shown as "a point set by hand").
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from incident_explorer.places.place import Candidate

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
