"""What the app's detail panel says about one incident, as plain text (pages/details.py shows it).

In: the dict of ``Store.incident``. Out: short lines in the analyst's words: where and how
precisely, who counted how many (killed and wounded), whether the figures are the whole
coordinated attack's, and labels for the article's other incidents.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

TIME = {1: "exact day", 2: "within a week", 3: "within a month or coarser"}
GEO = {1: "the place itself", 2: "near a town or part of a region", 3: "a region or province"}
SOURCES = {
    "ocha": "OCHA",
    "geonames": "GeoNames",
    "geonames-admin1": "GeoNames",
    "geonames-admin2": "GeoNames",
    "geonames-admin2-at-admin1": "GeoNames",
    "wof": "Who's On First",
    "user": "user place",
    "acled": "ACLED",
    "ucdp": "UCDP GED",
    "simplemaps": "SimpleMaps",
    "nominatim": "Nominatim / OpenStreetMap",
}
GROUP_SCOPE = "event_group"
_GROUP_NOTE = "figures are for the whole event group"  # the extractor's note of the same


# a point the extractor measured from a town for a place the gazetteer lacks ("X, 25 km south of
# Y"): the town's source id, the distance and the way (`offline._offset`)
_OFFSET = re.compile(r"^(?P<town>.+)/(?:(?P<km>\d+)km-)?(?P<way>(?:north|south|east|west)[a-z-]*)$")


def source_label(place_source: str | None) -> str:
    """'OCHA ocha:N0246': the gazetteer behind a place and the entry's id; for a point measured
    from a town, that town's entry and how far which way ('25 km south of GeoNames
    geonames:98182, as the report measures')."""
    if not place_source:
        return "no gazetteer entry"
    if m := _OFFSET.match(place_source):
        town = m["town"]
        prefix = town.split(":", 1)[0]
        if m["km"] is None:
            # the way told, not the distance ("X, west of Y"): placed about half of "near" that way
            source = SOURCES.get(prefix, prefix)
            return f"{m['way']} of {source} {town}, the way the report tells (not how far)"
        return f"{m['km']} km {m['way']} of {SOURCES.get(prefix, prefix)} {town}, as the report measures"
    prefix = place_source.split(":", 1)[0]
    return f"{SOURCES.get(prefix, prefix)} {place_source}"


def _precision(incident: Mapping[str, Any]) -> int:
    try:
        return int(incident.get("geo_precision") or 3)
    except (TypeError, ValueError):
        return 3


def place_line(incident: Mapping[str, Any]) -> str:
    """Where, from which gazetteer entry, and how precisely ('the place itself')."""
    extra = incident.get("extra") or {}
    # the event's own name when the gazetteer lacks it, and the unit it is placed at instead
    human = set(incident.get("human_fields") or ())
    unknown = extra.get("place_text") if isinstance(extra, Mapping) else None
    if {"location", "latitude", "longitude", "place_source"} & human:
        unknown = None  # an analyst placed it since: their place, not the extractor's stand-in
    location = unknown or incident.get("location") or "not placed"
    if incident.get("latitude") is None:
        return f"{location} — not on the map (no point)"
    if not incident.get("place_source") and {"latitude", "longitude"} & human:
        return f"{location} — a point set by hand, {GEO.get(_precision(incident), '')}"
    return f"{location} — {source_label(incident.get('place_source'))}, {GEO.get(_precision(incident), '')}"


def _figures(incident: Mapping[str, Any], kind: str) -> tuple[Any, Any, Any]:
    return (incident.get(f"{kind}_low"), incident.get(f"{kind}_best"), incident.get(f"{kind}_high"))


def _span(low: Any, best: Any, high: Any) -> str:
    dash = "–"
    return (
        f"low {dash if low is None else low}, best {dash if best is None else best}, "
        f"high {dash if high is None else high}"
    )


def killed_line(incident: Mapping[str, Any]) -> str:
    return _span(*_figures(incident, "fatalities"))


def wounded_line(incident: Mapping[str, Any]) -> str | None:
    """The wounded, when any report counts them (None: no figure, so no line)."""
    figures = _figures(incident, "wounded")
    return None if all(v is None for v in figures) else _span(*figures)


def scope_note(incident: Mapping[str, Any]) -> str | None:
    """Said beside the figures when they count a whole coordinated attack, not this place: two
    markers of one attack each showing '32 killed' are 32 dead, not 64."""
    extra = incident.get("extra") or {}
    if extra.get("claims_scope") != GROUP_SCOPE:
        return None
    group = incident.get("event_group")
    others = [s for s in incident.get("sibling_details") or () if group and s.get("event_group") == group]
    if others:
        return f"these figures are for the whole attack ({1 + len(others)} places), not for this place alone"
    return "these figures are for the whole attack, not for this place alone"


def notes_line(incident: Mapping[str, Any]) -> str | None:
    """The incident's notes, less what ``scope_note`` already says beside the figures."""
    notes = str(incident.get("notes") or "").strip()
    if scope_note(incident) is not None:
        parts = [p.strip() for p in notes.split(";") if p.strip() and not p.strip().startswith(_GROUP_NOTE)]
        notes = "; ".join(parts)
    return notes or None


def date_reason(incident: Mapping[str, Any]) -> str | None:
    """How the day was read ("'Saturday': Saturday on or before publication (2017-02-25)")."""
    reason = (incident.get("extra") or {}).get("date_reason")
    return f"date read from {reason}" if reason else None


def evidence_heading(count: int) -> str:
    return f"{count} sentence{'' if count == 1 else 's'} of the article"


def more_sentences(count: int) -> str:
    """The expander under the first three evidence sentences: "1 more sentence", "4 more sentences"."""
    return f"{count} more sentence{'' if count == 1 else 's'}"


def sibling_label(sibling: Mapping[str, Any]) -> str:
    """'2017-02-25 · Air/drone strike · Wa'er, Homs, Syria': another incident of the article."""
    when = sibling.get("event_date")
    day = "undated" if when is None else (when.isoformat() if isinstance(when, date) else str(when))
    kind = sibling.get("sub_event_type") or sibling.get("event_type") or "untyped"
    return f"{day} · {kind} · {sibling.get('location') or 'not placed'}"
