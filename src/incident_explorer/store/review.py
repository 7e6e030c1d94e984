"""Saving an article an analyst reviewed in the app: its incidents, their corrections, and
optionally the chosen place as a user place — in one transaction, all or nothing.

In: a ``Review`` (the extraction, the review table before and after editing, the places and
points chosen). Out: ``ReviewSaved``. ``review_table`` gives the table the app shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from incident_explorer.errors import IncidentExplorerError, InputError, StoreError
from incident_explorer.extraction.results import Extraction
from incident_explorer.places.place import Candidate
from incident_explorer.places.sources import user_places
from incident_explorer.store import edits
from incident_explorer.store.corrections import place_fields, point_fields
from incident_explorer.store.ingest import IngestResult, ingest, stored_id
from incident_explorer.store.staging import StagedFile
from incident_explorer.store.transactions import writing

# The review table's columns an analyst may change, and the ones shown read-only.
EDITABLE = ("event_date", "event_type", "sub_event_type", "actors", "fatalities_best", "location")
READ_ONLY = ("id", "place_source", "place_text")
_PLAIN = ("event_date", "event_type", "sub_event_type", "fatalities_best", "location")
# What the review table's columns are called on the page (the data keeps the export's names).
HEADINGS = {
    "id": "id",
    "event_date": "Day",
    "time_precision": "Precision",
    "event_type": "Type",
    "sub_event_type": "Sub-type",
    "actors": "Actors",
    "fatalities_best": "Killed (best)",
    "location": "Place",
    "place_source": "Place source",
    "place_text": "Name in the report",
}
HEADING_HELP = {
    "time_precision": "How precise the day is: 1 the day itself, 2 within a week, 3 within a month",
}


@dataclass(frozen=True, slots=True)
class UserPlaceRequest:
    id: str
    aliases: str = ""  # separated by |


@dataclass(frozen=True, slots=True)
class Review:
    extraction: Extraction
    before: tuple[Mapping[str, Any], ...]  # review_table rows as proposed
    after: tuple[Mapping[str, Any], ...]  # the same rows as the analyst left them
    places: Mapping[str, Candidate | None] = field(default_factory=dict)  # chosen, by proposed id
    points: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # set on the map
    user_place: UserPlaceRequest | None = None  # save the first chosen place under this id


@dataclass(frozen=True, slots=True)
class ReviewSaved:
    stored: IngestResult
    corrected: int  # fields the analyst changed
    user_place: str | None  # source id of the user place saved, if any


def review_table(extraction: Extraction) -> pd.DataFrame:
    """The proposed incidents as the table the analyst edits."""
    found = extraction.incidents
    return pd.DataFrame(
        {
            "id": [i.id for i in found],
            "event_date": [i.event_date for i in found],
            "time_precision": [i.time_precision for i in found],
            "event_type": [i.event_type for i in found],
            "sub_event_type": [i.sub_event_type for i in found],
            "actors": [", ".join(i.actors) for i in found],
            "fatalities_best": [i.fatalities.best for i in found],
            "location": [i.location for i in found],
            "place_source": [i.place_source for i in found],
            # the event's own name when the gazetteer lacks it, and where it is placed instead
            "place_text": [i.place_text for i in found],
        }
    )


def proposed_points(extraction: Extraction, points: Mapping[str, tuple[float, float]]) -> pd.DataFrame:
    """The proposed incidents as map rows (mapview.incident_layer), with the points the analyst
    set on the map in place of the gazetteer's."""
    found = extraction.incidents
    where = [points.get(i.id, (i.latitude, i.longitude)) for i in found]
    return pd.DataFrame(
        {
            "id": [i.id for i in found],
            "event_date": pd.to_datetime([i.event_date for i in found]),
            "latitude": [w[0] for w in where],
            "longitude": [w[1] for w in where],
            "event_type": [i.event_type for i in found],
            "sub_event_type": [i.sub_event_type for i in found],
            "fatalities_best": [i.fatalities.best for i in found],
            "location": [i.location for i in found],
        }
    )


def corrections(review: Review) -> dict[str, dict[str, Any]]:
    """Per proposed incident id, the stored fields the analyst changed (none: not listed)."""
    if len(review.before) != len(review.after):
        raise InputError("the review table lost or gained rows; extract the article again")
    out: dict[str, dict[str, Any]] = {}
    for before, after in zip(review.before, review.after, strict=True):
        ident = str(before["id"])
        changes = _table_changes(before, after)
        pick = review.places.get(ident)
        if pick is not None and pick.place.source_id != before.get("place_source"):
            location = changes.get("location") or pick.location
            # the place's own precision and units too: a province picked is not "the place itself"
            changes.update(place_fields(pick), location=location)
        point = review.points.get(ident)
        if point is not None:
            # a point set by clicking the map is the analyst's own: no gazetteer entry behind it
            changes.update(point_fields(point[0], point[1]))
        if changes:
            edits.check_editable(changes)
            out[ident] = changes
    return out


def _table_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in _PLAIN:
        old, new = _cell(name, before.get(name)), _cell(name, after.get(name))
        if old != new:
            changes[name] = new
    if _cell("actors", before.get("actors")) != _cell("actors", after.get("actors")):
        names = [a.strip() for a in str(after.get("actors") or "").split(",") if a.strip()]
        changes["actor1"], changes["actor2"] = (names + ["", ""])[:2]
    return changes


def _cell(name: str, value: Any) -> Any:
    """A table cell as the store keeps it (the editor returns NaN, Timestamps, floats, text)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None if name in ("event_date", "fatalities_best") else ""
    try:
        if name == "event_date":
            if isinstance(value, datetime):
                return value.date()
            return value if isinstance(value, date) else date.fromisoformat(str(value))
        if name == "fatalities_best":
            return int(value)
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a valid value; fix it in the table") from None
    return str(value)


def user_place_row(review: Review) -> dict[str, str] | None:
    """The user place to save: the first chosen gazetteer place, under the analyst's id."""
    if review.user_place is None:
        return None
    first = next((c for c in review.places.values() if c is not None), None)
    if first is None:
        raise InputError("no place is chosen to save as a user place; pick one or untick the box")
    p = first.place
    return {
        "id": review.user_place.id,
        "name": p.name,
        "aliases": review.user_place.aliases,
        "latitude": str(p.latitude),
        "longitude": str(p.longitude),
        "parent": p.parent or p.admin1,
        "country": p.country_code,
        "feature": "point",
    }


def save(
    engine: Engine, review: Review, *, user_places_file: Path, now: datetime, actor: str = "app"
) -> ReviewSaved:
    """Store the reviewed article, its corrections and the user place: all or nothing.

    The user place goes to a CSV file, which no database transaction covers. It is written in
    full to a temporary file (checked as the index build would, on a copy of the current file)
    before the transaction; the rename over the real file is the transaction's last step, so a
    failed rename rolls the database back; and if the commit itself fails after the rename,
    the file's previous content is put back. Renaming after the commit instead would leave
    the database saved and the place missing whenever the rename failed.
    """
    changes = corrections(review)
    row = user_place_row(review)
    for attempt in (1, 2):
        try:
            return _save_once(engine, review, changes, row, user_places_file, now=now, actor=actor)
        except IncidentExplorerError:
            raise
        except IntegrityError as exc:
            if attempt == 2:
                raise StoreError(
                    "another writer saved the same article at the same moment; save again"
                ) from exc
        except OSError as exc:
            raise StoreError(
                f"cannot write {user_places_file} ({exc.strerror or exc}); nothing was saved: "
                "check that its folder can be written"
            ) from exc
    raise AssertionError("unreachable")


def _save_once(
    engine: Engine,
    review: Review,
    changes: dict[str, dict[str, Any]],
    row: dict[str, str] | None,
    user_places_file: Path,
    *,
    now: datetime,
    actor: str,
) -> ReviewSaved:
    staged = StagedFile(user_places_file) if row else None
    try:
        if staged is not None and row is not None:
            user_places.add(staged.path, row)
        with writing(engine) as conn:
            stored = ingest(conn, review.extraction, now)
            corrected = 0
            for ident, fields in changes.items():
                target = stored_id(review.extraction, ident, stored.article_id)
                target = stored.incident_ids.get(target, target)  # the incident it was linked to
                corrected += edits.update_incident(conn, target, fields, actor=actor, now=now)
            if staged is not None:
                staged.publish()  # the last step: if the rename fails, the transaction rolls back
    except BaseException:
        if staged is not None:
            staged.revert()
        raise
    return ReviewSaved(stored, corrected, f"user:{row['id']}" if row else None)


def saved_ids(extraction: Extraction, saved: ReviewSaved) -> list[str]:
    """The stored incidents the saved article's incidents are, in the article's order (a report
    that joined an incident another article had reported is that incident)."""
    out: list[str] = []
    for inc in extraction.incidents:
        own = stored_id(extraction, inc.id, saved.stored.article_id)
        out.append(saved.stored.incident_ids.get(own, own))
    return list(dict.fromkeys(out))
