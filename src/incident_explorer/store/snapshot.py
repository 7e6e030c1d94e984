"""An in-memory, read-only snapshot of the incidents as sorted columns, for fast filtering.

The map re-filters on every slider move; a SQL round trip per move is too slow at a million
rows. The snapshot loads the columns the map needs once (numpy arrays sorted by date), and a
date range becomes two binary searches. It remembers the store's ``data_version`` so callers
can tell when to reload. Pure functions over arrays; inputs are never mutated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from incident_explorer.store.database import Filters, Store

_EPOCH = date(1970, 1, 1)
COLUMNS = (
    "id",
    "event_date",
    "latitude",
    "longitude",
    "event_type",
    "sub_event_type",
    "fatalities_best",
    "location",
    "country_code",
    "admin1",
    "actor1",
    "actor2",
    "source",
)


def _day(d: date) -> int:
    return (d - _EPOCH).days


@dataclass(frozen=True)
class Snapshot:
    version: int
    frame: pd.DataFrame  # sorted by event day; undated incidents last
    days: NDArray[np.int64]  # event day numbers, same order; undated = max int

    @classmethod
    def load(cls, store: Store) -> Snapshot:
        version = store.data_version()
        frame = store.query(columns=COLUMNS)
        stamps = frame["event_date"].to_numpy(dtype="datetime64[D]")
        days = np.where(np.isnat(stamps), np.iinfo(np.int64).max, stamps.astype(np.int64))
        order = np.argsort(days, kind="stable")
        return cls(version, frame.iloc[order].reset_index(drop=True), days[order])

    def __len__(self) -> int:
        return len(self.frame)

    def date_slice(self, start: date | None, end: date | None) -> slice:
        """Rows from ``start`` to ``end`` inclusive: two binary searches on sorted days."""
        lo = 0 if start is None else int(np.searchsorted(self.days, _day(start), side="left"))
        hi = len(self.days) if end is None else int(np.searchsorted(self.days, _day(end), side="right"))
        return slice(lo, hi)

    def select(self, filters: Filters) -> pd.DataFrame:
        """The incidents matching ``filters`` (a view for the date range, a copy past that)."""
        part = self.frame.iloc[self.date_slice(filters.start, filters.end)]
        mask = np.ones(len(part), dtype=bool)
        if filters.bbox:
            west, south, east, north = filters.bbox
            lat, lon = part["latitude"].to_numpy(dtype=float), part["longitude"].to_numpy(dtype=float)
            mask &= (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
        if filters.event_types:
            types = set(filters.event_types)
            mask &= part["event_type"].isin(types).to_numpy() | part["sub_event_type"].isin(types).to_numpy()
        if filters.countries:
            mask &= part["country_code"].isin(set(filters.countries)).to_numpy()
        if filters.min_fatalities is not None:
            mask &= part["fatalities_best"].fillna(0).to_numpy() >= filters.min_fatalities
        if filters.text:
            needle = filters.text.lower()
            mask &= (
                part["location"].str.lower().str.contains(needle, regex=False).to_numpy()
                | part["actor1"].str.lower().str.contains(needle, regex=False).to_numpy()
            )
        return part if mask.all() else part[mask]
