"""What the app's tables and filters show: the incidents table in an analyst's column order,
and country names for ISO codes.

In: a frame of incidents as ``Snapshot.select`` returns it; the data folder. Out: a new frame
(the input is not changed) and a code -> name dict.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pandas as pd

from incident_explorer.store.filters import Filters

# What an analyst reads first: when, where, what, how many; provenance and coordinates last.
TABLE_COLUMNS = {
    "event_date": "date",
    "location": "place",
    "event_type": "type",
    "sub_event_type": "sub-type",
    "fatalities_best": "killed (best)",
    "actor1": "actor 1",
    "actor2": "actor 2",
    "admin1": "province",
    "country_code": "country",
    "source": "source",
    "latitude": "latitude",
    "longitude": "longitude",
    "id": "id",
}


def incident_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The incidents as the table shows them: the columns above in that order (those present,
    then any others), dates as days (no midnight time), killed as whole numbers."""
    ordered = [c for c in TABLE_COLUMNS if c in frame.columns]
    rest = [c for c in frame.columns if c not in TABLE_COLUMNS and c != "place_text"]
    table = frame[ordered + rest].copy()
    if "place_text" in frame and "location" in table:
        # the event's own name when the gazetteer lacks it ("X (not in gazetteer; placed at ...)")
        named = frame["place_text"].where(frame["place_text"].notna() & (frame["place_text"] != ""))
        table["location"] = named.fillna(table["location"])
    if "event_date" in table:
        table["event_date"] = pd.to_datetime(table["event_date"]).dt.date
    if "fatalities_best" in table:
        table["fatalities_best"] = table["fatalities_best"].astype("Int64")
    return table.rename(columns=TABLE_COLUMNS)


@lru_cache(maxsize=4)
def showing(count: int) -> str:
    """The count line above the map and the table: "Showing 1 incident", "Showing 1,204 incidents"."""
    return f"Showing {count:,} incident{'' if count == 1 else 's'}"


def undated_note(count: int, shown: bool) -> str:
    """Said on the map when incidents with no date match the filters: a date range never holds
    them, so without a word a store of undated incidents shows "Showing 0 incidents"."""
    these = "1 incident has" if count == 1 else f"{count:,} incidents have"
    where = "on the map whatever the dates" if shown else "not on the map"
    return (
        f"{these} no date (their article gave no publication date and no day): {where}. To date "
        "one, set its date under 'Edit or delete this incident'; to date an article's, ingest it "
        "again with `--published YYYY-MM-DD`."
    )


def country_names(data_dir: Path) -> dict[str, str]:
    """ISO 3166 alpha-2 code -> English name (the bundled country list); {} if it is missing."""
    path = data_dir / "countryinfo" / "countries.csv"
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return {row["iso_a2"]: row["name"] for row in csv.DictReader(fh) if row.get("iso_a2")}
    except OSError:
        return {}


def country_label(code: str, names: dict[str, str]) -> str:
    """'Syria (SY)': the name an analyst looks for, with the code the data holds."""
    name = names.get(code)
    return f"{name} ({code})" if name else code


def filters_summary(f: Filters, names: dict[str, str] | None = None) -> str:
    """The filters in a line ('2017-02-25 to 2017-02-25 · type: Battles · actor contains
    "Tahrir"'), so a table or an export says what it holds; 'all incidents' when none is set."""
    parts: list[str] = []
    if f.start or f.end:
        parts.append(f"{f.start or '…'} to {f.end or '…'}")
    if f.event_types:
        parts.append("type: " + ", ".join(f.event_types))
    if f.countries:
        parts.append("country: " + ", ".join(country_label(c, names or {}) for c in f.countries))
    if f.admin1:
        parts.append("province: " + ", ".join(f.admin1))
    if f.min_fatalities:
        parts.append(f"at least {f.min_fatalities} killed")
    for label, value in (
        ("place", f.place),
        ("actor", f.actor),
        ("source", f.source),
        ("place, type or actor", f.text),
    ):
        if value:
            parts.append(f'{label} contains "{value}"')
    return " · ".join(parts) or "all incidents"


# A unit's kind word, which sources add or leave out: "Homs" (OCHA) and "Homs Governorate" (UCDP).
_UNIT_WORD = re.compile(
    r"^(?:muhafazat|province\s+of|governorate\s+of)\s+"
    r"|\s+(?:governorate|province|region|state|district|county|department|prefecture|oblast|municipality)$",
    re.I,
)


def admin1_key(name: str) -> str:
    """A province's name without accents, case, punctuation or its kind word."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    folded = _UNIT_WORD.sub("", folded.casefold().strip())
    return re.sub(r"[\W_]+", "", folded) or name


def admin1_groups(values: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The province filter's choices: names that differ only by the kind word, accents or case
    are one choice (labelled by the shortest), which selects all of them."""
    by_key: dict[str, list[str]] = {}
    for value in values:
        by_key.setdefault(admin1_key(value), []).append(value)
    groups = {min(names, key=lambda n: (len(n), n)): tuple(sorted(names)) for names in by_key.values()}
    return dict(sorted(groups.items(), key=lambda item: item[0].casefold()))


def expand_admin1(chosen: Iterable[str], values: Iterable[str]) -> tuple[str, ...]:
    """The stored names the chosen labels stand for (a label no group has stands for itself)."""
    groups = admin1_groups(values)
    return tuple(dict.fromkeys(name for label in chosen for name in groups.get(label, (label,))))
