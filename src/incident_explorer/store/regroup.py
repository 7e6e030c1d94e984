"""A person regroups reports: detach one into an incident of its own, or merge two incidents.

In: a connection inside a write transaction, ids, who acts. Both are audited and pinned
(``reports.pinned``), so ingesting the article again keeps the report where the person put it.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, select, update

from incident_explorer.errors import InputError
from incident_explorer.store.edits import _entry
from incident_explorer.store.reports import recompute
from incident_explorer.store.schema import audit_log, claims, incidents, reports


def _reports_of(conn: Connection, incident_id: str) -> list[Any]:
    r = reports
    return list(
        conn.execute(
            select(r).where(r.c.incident_id == incident_id, r.c.article_id.is_not(None)).order_by(r.c.id)
        )
    )


def detach(conn: Connection, incident_id: str, article_id: str, *, actor: str | None, now: datetime) -> str:
    """Move the report of ``article_id`` out of the incident into a new one; returns its id."""
    found = [x for x in _reports_of(conn, incident_id) if x.article_id == article_id]
    if not found:
        raise InputError(f"incident {incident_id!r} has no report from article {article_id!r}")
    if len(_reports_of(conn, incident_id)) == 1:
        raise InputError(
            f"the report of article {article_id!r} is the incident's only one; nothing to detach"
        )
    report = found[0]
    record = json.loads(report.record or "{}")
    if not record:
        raise InputError("this report was stored before linking; ingest its article again, then detach it")
    taken = set(conn.scalars(select(incidents.c.id).where(incidents.c.id.like(f"{report.report_key}%"))))
    key = str(report.report_key)
    new_id, n = key, 1
    while new_id in taken:
        new_id, n = f"{key}-{n}", n + 1
    row = {
        k: (date.fromisoformat(v) if k in ("event_date", "date_end") and v else v) for k, v in record.items()
    }
    row.update(id=new_id, source_id=new_id)
    conn.execute(insert(incidents).values(**row, human_fields="[]", created_at=now, updated_at=now))
    conn.execute(
        update(reports).where(reports.c.id == report.id).values(incident_id=new_id, pinned="detached")
    )
    conn.execute(
        update(claims)
        .where(and_(claims.c.incident_id == incident_id, claims.c.article_id == article_id))
        .values(incident_id=new_id)
    )
    recompute(conn, incident_id)
    recompute(conn, new_id)
    conn.execute(
        insert(audit_log),
        [
            _entry(now, actor, incident_id, "detach", field="reports", before=article_id, after=new_id),
            _entry(now, actor, new_id, "detach", field="reports", before=incident_id, after=article_id),
        ],
    )
    return new_id


def merge(conn: Connection, keep: str, other: str, *, actor: str | None, now: datetime) -> int:
    """Move every report and claim of ``other`` into ``keep`` and delete ``other`` (audited with
    its whole row); returns how many reports moved."""
    if keep == other:
        raise InputError("pick two different incidents to merge")
    t = incidents
    rows = {i: conn.execute(select(t).where(t.c.id == i)).mappings().first() for i in (keep, other)}
    for i, row in rows.items():
        if row is None:
            raise InputError(f"no incident {i!r}; it may have been deleted")
    moved = _reports_of(conn, other)
    conn.execute(
        update(reports)
        .where(reports.c.incident_id == other, reports.c.article_id.is_not(None))
        .values(incident_id=keep, pinned="merged")
    )
    conn.execute(delete(reports).where(reports.c.incident_id == other))
    conn.execute(update(claims).where(claims.c.incident_id == other).values(incident_id=keep))
    conn.execute(delete(t).where(t.c.id == other))
    recompute(conn, keep)
    gone = rows[other]
    snapshot = json.dumps({k: _plain(v) for k, v in dict(gone or {}).items()}, ensure_ascii=False)
    conn.execute(
        insert(audit_log),
        [
            _entry(now, actor, keep, "merge", field="reports", before=None, after=other),
            _entry(now, actor, other, "merge", before=snapshot, after=keep),
        ],
    )
    return len(moved)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value
