"""An in-memory, read-only snapshot of the incidents as sorted columns, for fast filtering.

In: a ``Store``. Out: the incidents matching ``Filters`` as a DataFrame (``select``), and what
the filter widgets offer (``choices``). The map re-filters on every slider move; a SQL round
trip per move is too slow at a million rows. The snapshot loads the columns the map needs
once (sorted by date), and a date range becomes two binary searches; every other criterion is
the same ``filters.mask`` the SQL path mirrors. It remembers the store's ``data_version`` so
callers can tell when to reload.

One snapshot is shared by every app session (threads): nothing here mutates it after
``load``, the day array is read-only, and pandas' copy-on-write (the default since pandas 3)
means a caller changing a frame it got from ``select`` never changes the snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from incident_explorer.store.database import Store
from incident_explorer.store.filters import MASK_COLUMNS, PLACE_TEXT, Filters, mask

_EPOCH = date(1970, 1, 1)
_UNDATED = np.iinfo(np.int64).max
COLUMNS = tuple(dict.fromkeys(("id", *MASK_COLUMNS, PLACE_TEXT)))


def _day(d: date) -> int:
    return (d - _EPOCH).days


@dataclass(frozen=True, slots=True)
class Choices:
    """What the filter widgets offer: the values present in the data, sorted."""

    event_types: tuple[str, ...]
    countries: tuple[str, ...]
    admin1: tuple[str, ...]
    first_day: date | None
    last_day: date | None


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
        days = np.where(np.isnat(stamps), _UNDATED, stamps.astype(np.int64))
        order = np.argsort(days, kind="stable")
        sorted_days = days[order]
        sorted_days.flags.writeable = False
        return cls(version, frame.iloc[order].reset_index(drop=True), sorted_days)

    def __len__(self) -> int:
        return len(self.frame)

    def __contains__(self, incident_id: object) -> bool:
        return bool((self.frame["id"] == incident_id).any())

    def date_slice(self, start: date | None, end: date | None) -> slice:
        """Rows from ``start`` to ``end`` inclusive: two binary searches on sorted days. With
        either bound, undated incidents are out (as in SQL, where NULL never compares)."""
        lo = 0 if start is None else int(np.searchsorted(self.days, _day(start), side="left"))
        if end is not None:
            hi = int(np.searchsorted(self.days, _day(end), side="right"))
        elif start is not None:
            hi = int(np.searchsorted(self.days, _UNDATED, side="left"))
        else:
            hi = len(self.days)
        return slice(lo, hi)

    def select(self, filters: Filters) -> pd.DataFrame:
        """The incidents matching ``filters``, in date order."""
        return self._matching(self.frame.iloc[self.date_slice(filters.start, filters.end)], filters)

    def undated(self, filters: Filters) -> pd.DataFrame:
        """The incidents with no date that match every filter but the dates: a date range never
        holds them, so the map shows them apart (an article with no publication date and no day
        in its text gives only such incidents)."""
        first = int(np.searchsorted(self.days, _UNDATED, side="left"))
        return self._matching(self.frame.iloc[first:], filters)

    @staticmethod
    def _matching(part: pd.DataFrame, filters: Filters) -> pd.DataFrame:
        keep = mask(filters, part, dates=False)
        return part if keep.all() else part[keep]

    def choices(self) -> Choices:
        dated = self.days[self.days != _UNDATED]
        first = _EPOCH + timedelta(days=int(dated[0])) if len(dated) else None
        last = _EPOCH + timedelta(days=int(dated[-1])) if len(dated) else None
        return Choices(
            event_types=_values(self.frame["event_type"]),
            countries=_values(self.frame["country_code"]),
            admin1=_values(self.frame["admin1"]),
            first_day=first,
            last_day=last,
        )


def _values(column: pd.Series[str]) -> tuple[str, ...]:
    return tuple(sorted(v for v in column.dropna().unique() if v))
