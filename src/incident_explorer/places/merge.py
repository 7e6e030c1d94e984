"""One place, one entry: fold entries of several sources that name the same place together.

An entry whose ``same_as`` names another entry (a WOF village carrying its GeoNames id) is
merged into it. An entry of a ``by_name`` source (UCDP's places) is merged into the nearest
entry of the same country, within ``radius_km``, that shares a name key or transliteration key
with it. The kept entry keeps its id, point, kind and labels; it gains the other's names, Arabic
name and enclosing places (for context and parent matching). Anything else is kept as it is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from incident_explorer.places.distance import distance_km as km
from incident_explorer.places.sources import Entry
from incident_explorer.places.spelling import normalise, skeleton

_MERGEABLE_INTO = frozenset({"city", "neighbourhood", "point", "region", "admin3"})


def _fold(into: Entry, other: Entry) -> Entry:
    names = tuple(dict.fromkeys((*into.names, *other.names)))
    ancestry = tuple(dict.fromkeys((*into.ancestry, *other.ancestry)))
    place = into.place
    if not place.name_ar and other.place.name_ar:
        place = replace(place, name_ar=other.place.name_ar)
    return Entry(
        place=place, names=names, ancestry=ancestry, same_as=into.same_as, loose_names=into.loose_names
    )


def _keys(entry: Entry) -> set[str]:
    out: set[str] = set()
    for name in entry.names:
        key = normalise(name)
        if len(key) >= 3:
            out.add(key)
            out.add("~" + skeleton(key))
    return out


def merge(
    entries: list[Entry], *, by_name: frozenset[str] = frozenset({"ucdp"}), radius_km: float = 5.0
) -> list[Entry]:
    out: list[Entry | None] = []
    # Only places in a country some by-name entry lies in can be matched by name: keying the
    # names of every town in the world would be most of the index build's time.
    by_name_countries = {e.place.country_code for e in entries if e.place.source in by_name}
    by_id: dict[str, int] = {}
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for entry in entries:
        target = by_id.get(entry.same_as) if entry.same_as else None
        if target is None and entry.place.source in by_name:
            target = _nearest_same_name(entry, out, by_key, radius_km)
        if target is not None:
            kept = out[target]
            assert kept is not None
            out[target] = _fold(kept, entry)
            for k in _keys(entry):
                by_key[(entry.place.country_code, k)].append(target)
            continue
        i = len(out)
        out.append(entry)
        by_id[entry.place.source_id] = i
        cc = entry.place.country_code
        if entry.place.feature.value in _MERGEABLE_INTO and cc and cc in by_name_countries:
            for k in _keys(entry):
                by_key[(entry.place.country_code, k)].append(i)
    return [e for e in out if e is not None]


def _nearest_same_name(
    entry: Entry, out: list[Entry | None], by_key: dict[tuple[str, str], list[int]], radius_km: float
) -> int | None:
    p = entry.place
    best, best_d = None, radius_km
    for k in _keys(entry):
        for i in by_key.get((p.country_code, k), ()):
            other = out[i]
            if other is None:
                continue
            d = km(p.latitude, p.longitude, other.place.latitude, other.place.longitude)
            if d <= best_d:
                best, best_d = i, d
    return best
