"""Bulk import of incident records (ACLED, UCDP, GeoJSON, CSV) into one transaction.

In: a connection inside a write transaction and ``IncidentRecord``s (from importers.py).
Out: how many were inserted and updated. A record whose (origin, source id) is stored updates
it, except for the fields a person edited (as re-extraction never overwrites them: an older
export imported again does not undo an analyst's correction); the rest are inserted straight
through the driver (see ``_insert``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, and_, insert, select, update
from sqlalchemy.exc import IntegrityError

from incident_explorer.errors import InputError
from incident_explorer.progress import Progress, silent
from incident_explorer.store.ingest import claim_row
from incident_explorer.store.records import COLUMNS, IncidentRecord
from incident_explorer.store.schema import articles, claims, incidents

_ROW = attrgetter(*COLUMNS)
_IN_LIMIT = 900  # SQLite's default limit on bound parameters is 999


@dataclass(frozen=True, slots=True)
class ImportResult:
    inserted: int
    updated: int
    skipped: tuple[str, ...]  # one message per bad row, with --skip-bad-rows
    kept_human: int = 0  # updated incidents whose fields a person edited were left as they were


def import_records(
    conn: Connection,
    records: Iterable[IncidentRecord],
    now: datetime,
    *,
    batch: int = 5000,
    progress: Progress = silent,
) -> ImportResult:
    """Insert or update (same origin and source id), batch by batch, in the caller's transaction."""
    inserted = updated = kept = 0
    pending: list[IncidentRecord] = []
    for rec in records:
        pending.append(rec)
        if len(pending) >= batch:
            i, u, k = _flush(conn, pending, now)
            inserted, updated, kept = inserted + i, updated + u, kept + k
            progress("Importing", inserted + updated, 0)
            pending = []
    if pending:
        i, u, k = _flush(conn, pending, now)
        inserted, updated, kept = inserted + i, updated + u, kept + k
    return ImportResult(inserted, updated, (), kept)


def _existing(conn: Connection, records: list[IncidentRecord]) -> dict[tuple[str, str], str]:
    """Stored ids of the records' (origin, source id) pairs."""
    t = incidents
    keys = {(r.origin, r.source_id) for r in records if r.source_id}
    found: dict[tuple[str, str], str] = {}
    for origin in {o for o, _ in keys}:
        ids = [s for o, s in keys if o == origin]
        for start in range(0, len(ids), _IN_LIMIT):
            chunk = ids[start : start + _IN_LIMIT]
            stmt = select(t.c.origin, t.c.source_id, t.c.id).where(
                and_(t.c.origin == origin, t.c.source_id.in_(chunk))
            )
            for row in conn.execute(stmt):
                found[(row.origin, row.source_id)] = row.id
    return found


def _human(conn: Connection, ids: set[str]) -> dict[str, frozenset[str]]:
    """The fields a person edited, for those of ``ids`` that have any."""
    t = incidents
    found: dict[str, frozenset[str]] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), _IN_LIMIT):
        chunk = ordered[start : start + _IN_LIMIT]
        stmt = select(t.c.id, t.c.human_fields).where(and_(t.c.id.in_(chunk), t.c.human_fields != "[]"))
        for row in conn.execute(stmt):
            fields = frozenset(json.loads(row.human_fields or "[]"))
            if fields:
                found[row.id] = fields
    return found


def _present(conn: Connection, column: Any, values: set[str]) -> set[str]:
    """Which of ``values`` are stored in ``column``."""
    found: set[str] = set()
    ordered = sorted(values)
    for start in range(0, len(ordered), _IN_LIMIT):
        chunk = ordered[start : start + _IN_LIMIT]
        found.update(str(v) for v in conn.execute(select(column).where(column.in_(chunk))).scalars())
    return found


def _free_standing(conn: Connection, records: list[IncidentRecord]) -> list[IncidentRecord]:
    """Incidents whose article is not in this database (an export imported elsewhere) stand on
    their own: no article link, the article's id kept in ``extra`` with the rest of their
    provenance (source, evidence, notes)."""
    linked = {r.article_id for r in records if r.article_id}
    if not linked:
        return records
    missing = linked - _present(conn, articles.c.id, linked)
    if not missing:
        return records
    out = []
    for r in records:
        if r.article_id in missing:
            extra = {**r.extra_fields, "article_id": r.article_id}
            r = replace(r, article_id=None, extra=json.dumps(extra, ensure_ascii=False))
        out.append(r)
    return out


def _where(r: IncidentRecord) -> str:
    return r.read_from or f"incident {r.id!r}"


def _flush(conn: Connection, records: list[IncidentRecord], now: datetime) -> tuple[int, int, int]:
    t = incidents
    records = _free_standing(conn, records)
    existing = _existing(conn, records)
    human = _human(conn, set(existing.values())) if existing else {}
    fresh: list[IncidentRecord] = []
    seen: dict[tuple[str, str | None], IncidentRecord] = {}
    updated = kept = 0
    for r in records:
        key = (r.origin, r.source_id)
        if r.source_id and key in existing:
            target = existing[key]
            edited = human.get(target, frozenset())
            values = {k: v for k, v in r.row().items() if k != "id" and k not in edited}
            conn.execute(update(t).where(t.c.id == target).values(**values, updated_at=now))
            updated += 1
            kept += bool(edited)
        elif r.source_id and key in seen:
            raise InputError(
                f"{_where(r)}: source id {r.source_id!r} appears twice in the file (also at "
                f"{_where(seen[key])}); ids must be unique"
            )
        else:
            seen[key] = r
            fresh.append(r)
    if fresh:
        try:
            # a savepoint, so that after a refused insert the transaction can still say why
            with conn.begin_nested():
                _insert(conn, fresh, now)
        except IntegrityError:
            _refuse_taken_ids(conn, fresh)
            raise
        rows = [claim_row(r.id, c) for r in fresh for c in r.claims]
        if rows:
            conn.execute(insert(claims), rows)
    return len(fresh), updated, kept


def _refuse_taken_ids(conn: Connection, fresh: list[IncidentRecord]) -> None:
    """Name the row whose id another stored incident (another origin or source id) has; looked
    up only after the database refused the insert, so the usual import pays nothing for it."""
    taken = _present(conn, incidents.c.id, {r.id for r in fresh})
    if taken:
        r = next(r for r in fresh if r.id in taken)
        raise InputError(
            f"{_where(r)}: id {r.id!r} is already used by another incident in the database (a "
            "different origin or source id); give the row another id. Nothing was imported"
        )


def _insert(conn: Connection, records: list[IncidentRecord], now: datetime) -> None:
    """executemany straight to the driver: SQLAlchemy's per-row parameter processing costs
    more than the insert itself at a million rows. Dates are written as SQLAlchemy writes
    them on SQLite (ISO text), and passed through as objects elsewhere."""
    sqlite = conn.dialect.name == "sqlite"
    names = (*COLUMNS, "human_fields", "created_at", "updated_at")
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    columns = ", ".join(f'"{n}"' for n in names)  # quoted: some names are SQL keywords
    sql = f"INSERT INTO incidents ({columns}) VALUES ({', '.join([mark] * len(names))})"
    stamp: Any = _sqlite_value(now) if sqlite else now
    tail = ("[]", stamp, stamp)
    if sqlite:
        params = [(*(_sqlite_value(v) for v in _ROW(r)), *tail) for r in records]
    else:
        params = [(*_ROW(r), *tail) for r in records]
    conn.exec_driver_sql(sql, params)


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value
