"""Gazetteer sources. Each yields ``Entry`` records: a place, its names and its ancestors."""

from __future__ import annotations

from dataclasses import dataclass

from incident_explorer.places.place import Place


@dataclass(frozen=True, slots=True)
class Entry:
    place: Place
    names: tuple[str, ...]  # the primary name first, then alternates and aliases
    ancestry: tuple[str, ...]  # names of the places it lies in: city, admin2, admin1, country
    same_as: str = ""  # source id of another source's entry for the same place, to merge into
    # Names that point at the place loosely: what its people are called ("Syrian" -> Syria).
    # Indexed apart (kind 2) so text spotting does not take every "Syrian" for a place name.
    loose_names: tuple[str, ...] = ()
    activity: int = 0  # conflict events coded within ~15 km (UCDP), a prior among namesakes
    # A source that only fills gaps (SimpleMaps): the index gives it a name only where no other
    # entry has that name or its transliteration, so it never competes with a place they know
    fallback: bool = False
