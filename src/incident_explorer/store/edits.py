"""A person's edits to incidents, each written to the audit log with before and after.

In: a connection inside a write transaction, an incident id, the changes, who made them.
Out: the number of fields changed; the audit log (``history``). Edited fields are recorded in
``human_fields`` so re-extraction never overwrites them (see ingest.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, select, update

from incident_explorer.errors import InputError
from incident_explorer.store.records import EDITABLE, IMPLAUSIBLE
from incident_explorer.store.schema import audit_log, claims, incidents


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    actor: str | None
    action: str
    field: str | None
    before: str | None
    after: str | None


def check_editable(changes: Mapping[str, Any]) -> None:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InputError(f"cannot edit {', '.join(sorted(unknown))}; editable: {', '.join(EDITABLE)}")
    for key in ("fatalities_low", "fatalities_best", "fatalities_high"):
        value = changes.get(key)
        if isinstance(value, int) and not 0 <= value <= IMPLAUSIBLE:
            raise InputError(
                f"{key} {value:,} is not a plausible figure (0 to {IMPLAUSIBLE:,}); nothing was saved"
            )


def update_incident(
    conn: Connection, incident_id: str, changes: Mapping[str, Any], *, actor: str | None, now: datetime
) -> int:
    """Apply a person's edits; each changed field is marked human-made and audited."""
    check_editable(changes)
    t = incidents
    row = conn.execute(select(t).where(t.c.id == incident_id)).mappings().first()
    if row is None:
        raise InputError(f"no incident {incident_id!r}; it may have been deleted")
    changed = {k: v for k, v in changes.items() if row[k] != v}
    if not changed:
        return 0
    human = sorted(set(json.loads(row["human_fields"] or "[]")) | set(changed))
    conn.execute(
        update(t)
        .where(t.c.id == incident_id)
        .values(**changed, human_fields=json.dumps(human), updated_at=now)
    )
    entries = [
        _entry(now, actor, incident_id, "update", field=k, before=_text(row[k]), after=_text(v))
        for k, v in changed.items()
    ]
    conn.execute(insert(audit_log), entries)
    return len(changed)


def delete_incident(conn: Connection, incident_id: str, *, actor: str | None, now: datetime) -> None:
    """Delete an incident and its claims; the audit log keeps the whole row."""
    t = incidents
    row = conn.execute(select(t).where(t.c.id == incident_id)).mappings().first()
    if row is None:
        raise InputError(f"no incident {incident_id!r}; it may have been deleted already")
    conn.execute(delete(claims).where(claims.c.incident_id == incident_id))
    conn.execute(delete(t).where(t.c.id == incident_id))
    snapshot = json.dumps({k: _text(v) for k, v in row.items()}, ensure_ascii=False)
    conn.execute(insert(audit_log).values(**_entry(now, actor, incident_id, "delete", before=snapshot)))


def history(conn: Connection, incident_id: str) -> list[AuditEntry]:
    a = audit_log
    rows = conn.execute(
        select(a.c.at, a.c.actor, a.c.action, a.c.field, a.c.before, a.c.after)
        .where(and_(a.c.table_name == "incidents", a.c.row_id == incident_id))
        .order_by(a.c.id)
    ).fetchall()
    return [AuditEntry(*r) for r in rows]


def _entry(
    now: datetime,
    actor: str | None,
    incident_id: str,
    action: str,
    *,
    field: str | None = None,
    before: str | None = None,
    after: str | None = None,
) -> dict[str, Any]:
    return {
        "at": now,
        "actor": actor,
        "table_name": "incidents",
        "row_id": incident_id,
        "action": action,
        "field": field,
        "before": before,
        "after": after,
    }


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date | datetime) else str(value)
