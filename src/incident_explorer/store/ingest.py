"""Storing an extraction: the article, its incidents merged with what is stored, its mentions.

In: a connection inside a write transaction and an ``Extraction``. Out: ``IngestResult``.
The same article again (same content hash or URL) updates, never duplicates. Stored incidents
are matched to the new ones by (place, date, sub-event type), then by id; fields a person
edited are kept, and an incident a person worked on is never deleted by the machine.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, or_, select, update

from incident_explorer.extraction.claims import Claim
from incident_explorer.extraction.results import Extraction
from incident_explorer.store.records import IMPLAUSIBLE, IncidentRecord, from_extraction
from incident_explorer.store.schema import articles, claims, incidents, mentions

_FATALITIES = {"fatalities_low", "fatalities_best", "fatalities_high"}


@dataclass(frozen=True, slots=True)
class IngestResult:
    article_id: str
    new_article: bool
    added: int
    updated: int
    removed: int
    kept_human: int  # incidents with human edits that the new extraction did not reproduce


@dataclass
class _Tally:
    added: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0


def ingest(conn: Connection, extraction: Extraction, now: datetime) -> IngestResult:
    """Store an article and its incidents (see the module docstring for the merge rules)."""
    article_id, new = _upsert_article(conn, extraction, now)
    tally = _merge_incidents(conn, _records(extraction, article_id), article_id, now)
    _replace_mentions(conn, extraction, article_id)
    return IngestResult(article_id, new, tally.added, tally.updated, tally.removed, tally.kept)


def stored_id(extraction: Extraction, incident_id: str, article_id: str) -> str:
    """The id an extracted incident gets when its article is stored under ``article_id``."""
    return incident_id.replace(extraction.article.id, article_id, 1)


def _upsert_article(conn: Connection, extraction: Extraction, now: datetime) -> tuple[str, bool]:
    a = extraction.article
    found = [articles.c.content_hash == a.content_hash]
    if a.url:
        found.append(articles.c.url == a.url)
    row = conn.execute(select(articles.c.id).where(or_(*found))).first()
    values = {
        "content_hash": a.content_hash,
        "url": a.url or None,
        "title": a.title,
        "source": a.source,
        "published": a.published,
        "dateline": a.dateline,
        "summary": a.summary,
        "text": a.text,
        "path": a.path,
        "format": a.format,
        "updated_at": now,
    }
    if row is None:
        conn.execute(insert(articles).values(id=a.id, created_at=now, **values))
        return a.id, True
    conn.execute(update(articles).where(articles.c.id == row[0]).values(**values))
    return str(row[0]), False


def _records(extraction: Extraction, article_id: str) -> list[IncidentRecord]:
    def moved(r: IncidentRecord) -> IncidentRecord:
        new_id = stored_id(extraction, r.id, article_id)
        group = stored_id(extraction, r.event_group or "", article_id)
        return replace(r, id=new_id, article_id=article_id, source_id=new_id, event_group=group)

    return [moved(r) for r in from_extraction(extraction)]


def _key(place_source: Any, location: Any, event_date: Any, sub_event_type: Any) -> tuple[Any, Any, Any]:
    return (place_source or location, event_date, sub_event_type)


def _merge_incidents(
    conn: Connection, records: list[IncidentRecord], article_id: str, now: datetime
) -> _Tally:
    t = incidents
    stored = conn.execute(
        select(
            t.c.id, t.c.place_source, t.c.location, t.c.event_date, t.c.sub_event_type, t.c.human_fields
        ).where(t.c.article_id == article_id)
    )
    old = {r.id: r for r in stored}
    by_key = {_key(o.place_source, o.location, o.event_date, o.sub_event_type): o for o in old.values()}
    used: set[str] = set()
    tally = _Tally()
    for rec in records:
        match = by_key.get(
            _key(rec.place_source, rec.location, rec.event_date, rec.sub_event_type)
        ) or old.get(rec.id)
        if match is not None and match.id not in used:
            used.add(match.id)
            _update_machine_fields(conn, match, rec, now)
            tally.updated += 1
        else:
            rec_id = rec.id if rec.id not in old else f"{rec.id}-{len(old) + tally.added}"
            _insert_incident(conn, replace(rec, id=rec_id, source_id=rec_id), now)
            tally.added += 1
    for o in old.values():
        if o.id in used:
            continue
        if json.loads(o.human_fields or "[]"):
            tally.kept += 1  # a person worked on it: the machine does not delete it
        else:
            conn.execute(delete(claims).where(claims.c.incident_id == o.id))
            conn.execute(delete(t).where(t.c.id == o.id))
            tally.removed += 1
    return tally


def _update_machine_fields(conn: Connection, match: Any, rec: IncidentRecord, now: datetime) -> None:
    human = set(json.loads(match.human_fields or "[]"))
    values = {k: v for k, v in rec.row().items() if k not in human and k not in ("id", "origin")}
    conn.execute(update(incidents).where(incidents.c.id == match.id).values(**values, updated_at=now))
    if not human & _FATALITIES:
        replace_claims(conn, match.id, rec.claims)


def _insert_incident(conn: Connection, rec: IncidentRecord, now: datetime) -> None:
    conn.execute(insert(incidents).values(**rec.row(), human_fields="[]", created_at=now, updated_at=now))
    replace_claims(conn, rec.id, rec.claims)


def replace_claims(conn: Connection, incident_id: str, found: Iterable[Claim]) -> None:
    conn.execute(delete(claims).where(claims.c.incident_id == incident_id))
    # a figure past IMPLAUSIBLE is not stored as a number (records.py keeps it as said, in extra)
    rows = [claim_row(incident_id, c) for c in found if max(c.low, c.high or 0) <= IMPLAUSIBLE]
    if rows:
        conn.execute(insert(claims), rows)


def claim_row(incident_id: str, c: Claim) -> dict[str, Any]:
    return {
        "incident_id": incident_id,
        "number": c.number,
        "low": c.low,
        "high": c.high,
        "kind": c.kind,
        "claimant": c.claimant,
        "qualifier": c.qualifier,
        "text": c.text,
        "start": c.start,
        "end": c.end,
    }


def _replace_mentions(conn: Connection, extraction: Extraction, article_id: str) -> None:
    conn.execute(delete(mentions).where(mentions.c.article_id == article_id))
    rows = [
        {
            "article_id": article_id,
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "role": m.role,
            "reason": m.reason,
            "query": m.query,
            "latitude": m.candidate.place.latitude if m.candidate else None,
            "longitude": m.candidate.place.longitude if m.candidate else None,
            "place_source": m.candidate.place.source_id if m.candidate else None,
            "location": m.candidate.location if m.candidate else None,
        }
        for m in extraction.mentions
    ]
    if rows:
        conn.execute(insert(mentions), rows)
