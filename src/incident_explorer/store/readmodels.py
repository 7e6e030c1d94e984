"""What the app's panels show: one incident with its reports, claims, article and siblings; one article
with its place mentions and evidence spans.

In: a connection and an id. Out: plain dicts (JSON columns decoded), or None when not found.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, and_, select

from incident_explorer.store import reports
from incident_explorer.store.schema import articles, claims, incidents, mentions


def incident(conn: Connection, incident_id: str) -> dict[str, Any] | None:
    """One incident with its claims, article and the other incidents of that article."""
    t = incidents
    row = conn.execute(select(t).where(t.c.id == incident_id)).mappings().first()
    if row is None:
        return None
    found = dict(row)
    found["claims"] = [
        dict(r)
        for r in conn.execute(
            select(claims).where(claims.c.incident_id == incident_id).order_by(claims.c.id)
        ).mappings()
    ]
    found["article"], found["siblings"], found["sibling_details"] = None, [], []
    if row["article_id"]:
        art = conn.execute(select(articles).where(articles.c.id == row["article_id"])).mappings().first()
        found["article"] = dict(art) if art else None
        # with what the panel labels them by (date, type, place), not ids alone
        found["sibling_details"] = [
            dict(r)
            for r in conn.execute(
                select(
                    t.c.id, t.c.event_date, t.c.event_type, t.c.sub_event_type, t.c.location, t.c.event_group
                )
                .where(and_(t.c.article_id == row["article_id"], t.c.id != incident_id))
                .order_by(t.c.id)
            ).mappings()
        ]
        found["siblings"] = [s["id"] for s in found["sibling_details"]]
    listed = reports.listed(conn, incident_id)
    found["reports"] = [r for r in listed if r["article_id"] is not None]
    # imported coded events that are this incident: "also coded as UCDP GED 123456"
    found["coded_as"] = [r for r in listed if r["article_id"] is None]
    found["evidence"] = json.loads(found["evidence"] or "[]")
    found["extra"] = json.loads(found["extra"] or "{}")
    found["human_fields"] = json.loads(found["human_fields"] or "[]")
    return found


def article(conn: Connection, article_id: str) -> dict[str, Any] | None:
    """One article with its place mentions and its incidents' evidence spans."""
    a, t = articles, incidents
    row = conn.execute(select(a).where(a.c.id == article_id)).mappings().first()
    if row is None:
        return None
    found = dict(row)
    found["mentions"] = [
        dict(r)
        for r in conn.execute(
            select(mentions).where(mentions.c.article_id == article_id).order_by(mentions.c.start)
        ).mappings()
    ]
    found["incidents"] = [
        {"id": r.id, "location": r.location, "evidence": json.loads(r.evidence or "[]")}
        for r in conn.execute(
            select(t.c.id, t.c.location, t.c.evidence).where(t.c.article_id == article_id).order_by(t.c.id)
        )
    ]
    return found
