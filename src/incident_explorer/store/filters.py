"""The one filter model: what every page, the CLI export, SQL queries and the Snapshot select.

In: ``Filters`` (a frozen dataclass). Out: SQL conditions on the incidents table
(``conditions``) or a boolean mask over a DataFrame of incidents (``mask``). Both translate
every field the same way; ``tests/test_filters.py`` checks that random combinations pick the
same incidents through both.

Text criteria ("contains") ignore case and match the text literally (``%`` and ``_`` are not
wildcards). A criterion on a missing value (no date, no point, no fatality figure) never
matches, as in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray
from sqlalchemy import ColumnElement, Table, and_, case, cast, func, or_
from sqlalchemy.dialects.postgresql import JSONB

# The event's own place name when the gazetteer lacks it ("Kobsoura (not in gazetteer; placed at
# region Mopti, Mali)"), kept in the JSON ``extra`` column; none once a person placed the
# incident. Frames read it by this name; "Place contains" searches it beside the location.
PLACE_TEXT = "place_text"
# Which columns each "contains" field searches (the same on both paths).
TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "place": ("location", PLACE_TEXT),
    "actor": ("actor1", "actor2"),
    "source": ("source",),
    "text": ("location", PLACE_TEXT, "event_type", "sub_event_type", "actor1", "actor2"),
}
# The columns ``mask`` needs in a frame.
MASK_COLUMNS = (
    "event_date",
    "latitude",
    "longitude",
    "event_type",
    "sub_event_type",
    "country_code",
    "admin1",
    "fatalities_best",
    "location",
    "actor1",
    "actor2",
    "source",
    PLACE_TEXT,
)


@dataclass(frozen=True, slots=True)
class Filters:
    """Which incidents to show or export; empty fields select everything."""

    start: date | None = None  # first event date, inclusive
    end: date | None = None  # last event date, inclusive
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    event_types: tuple[str, ...] = ()  # event or sub-event type, any of
    countries: tuple[str, ...] = ()  # ISO alpha-2 codes, any of
    admin1: tuple[str, ...] = ()  # provinces, any of
    min_fatalities: int | None = None  # best estimate at least this
    place: str = ""  # the location contains this
    actor: str = ""  # either actor contains this
    source: str = ""  # the source (outlet, claimants) contains this
    text: str = ""  # location, event type, sub-event type or an actor contains this

    def __post_init__(self) -> None:
        # Normalised once here, so both paths see the same needles and sets.
        for name in TEXT_COLUMNS:
            object.__setattr__(self, name, getattr(self, name).strip())
        for name in ("event_types", "countries", "admin1"):
            object.__setattr__(self, name, tuple(getattr(self, name)))


def place_text(t: Table, dialect: str) -> ColumnElement[str]:
    """The unknown place's name as an SQL expression on the incidents table ``t``."""
    field = (
        cast(t.c.extra, JSONB)[PLACE_TEXT].astext
        if dialect == "postgresql"
        else func.json_extract(t.c.extra, f"$.{PLACE_TEXT}")
    )
    human = func.coalesce(t.c.human_fields, "")
    # only rows that hold the key are parsed (cheap, and never a malformed value)
    has_it = and_(
        t.c.extra.like(f'%"{PLACE_TEXT}"%'),
        human.not_like('%"location"%'),
        human.not_like('%"latitude"%'),
    )
    return case((has_it, field), else_=None)


def conditions(f: Filters, t: Table, *, dialect: str) -> list[ColumnElement[bool]]:
    """The filters as SQL conditions on the incidents table ``t`` (AND them together);
    ``dialect`` is the connection's (``conn.dialect.name``)."""
    cond: list[ColumnElement[bool]] = []
    if f.start:
        cond.append(t.c.event_date >= f.start)
    if f.end:
        cond.append(t.c.event_date <= f.end)
    if f.bbox:
        west, south, east, north = f.bbox
        cond.append(t.c.longitude.between(west, east))
        cond.append(t.c.latitude.between(south, north))
    if f.event_types:
        cond.append(or_(t.c.event_type.in_(f.event_types), t.c.sub_event_type.in_(f.event_types)))
    if f.countries:
        cond.append(t.c.country_code.in_(f.countries))
    if f.admin1:
        cond.append(t.c.admin1.in_(f.admin1))
    if f.min_fatalities is not None:
        cond.append(t.c.fatalities_best >= f.min_fatalities)
    for name, columns in TEXT_COLUMNS.items():
        needle = getattr(f, name).lower()
        if needle:
            found = (func.lower(_column(t, c, dialect)).contains(needle, autoescape=True) for c in columns)
            cond.append(or_(*found))
    return cond


def mask(f: Filters, frame: pd.DataFrame, *, dates: bool = True) -> NDArray[np.bool_]:
    """The rows of ``frame`` (columns as in MASK_COLUMNS) the filters select. ``dates=False``
    leaves the date range out (the Snapshot finds it by binary search)."""
    keep = np.ones(len(frame), dtype=bool)
    if dates and (f.start or f.end):
        day = frame["event_date"]
        keep &= day.notna().to_numpy()
        if f.start:
            keep &= (day >= pd.Timestamp(f.start)).to_numpy()
        if f.end:
            keep &= (day <= pd.Timestamp(f.end)).to_numpy()
    if f.bbox:
        west, south, east, north = f.bbox
        lat, lon = _numbers(frame, "latitude"), _numbers(frame, "longitude")
        keep &= (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
    if f.event_types:
        types = set(f.event_types)
        keep &= frame["event_type"].isin(types).to_numpy() | frame["sub_event_type"].isin(types).to_numpy()
    if f.countries:
        keep &= frame["country_code"].isin(set(f.countries)).to_numpy()
    if f.admin1:
        keep &= frame["admin1"].isin(set(f.admin1)).to_numpy()
    if f.min_fatalities is not None:
        keep &= _numbers(frame, "fatalities_best") >= f.min_fatalities  # NaN never passes
    for name, columns in TEXT_COLUMNS.items():
        needle = getattr(f, name).lower()
        if needle:
            keep &= np.logical_or.reduce([_contains(frame[c], needle) for c in columns])
    return keep


def _column(t: Table, name: str, dialect: str) -> ColumnElement[Any]:
    return place_text(t, dialect) if name == PLACE_TEXT else t.c[name]


def _numbers(frame: pd.DataFrame, column: str) -> NDArray[np.float64]:
    values: NDArray[np.float64] = frame[column].to_numpy(dtype=float, na_value=np.nan)
    return values


def _contains(column: pd.Series[Any], needle: str) -> NDArray[np.bool_]:
    held = column.notna().to_numpy()
    values: NDArray[np.bool_] = np.zeros(len(column), dtype=bool)
    # only the values there are (place_text is held by a few rows in a million)
    values[held] = column[held].astype(str).str.lower().str.contains(needle, regex=False).to_numpy(dtype=bool)
    return values
