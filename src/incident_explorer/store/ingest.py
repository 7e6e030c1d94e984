"""Storing an extraction: the article, its incidents as reports linked to incidents, its mentions.

In: a connection inside a write transaction and an ``Extraction``. Out: ``IngestResult``.
Each extracted incident is a report: it joins the stored incident of the same event that other
articles reported (linking.py decides, with a score and a reason) or starts a new incident;
the incident is then recomputed over all its reports (reports.py). The same article again (same
content hash or URL) updates, never duplicates: its stored reports are matched to the new ones
by (place, date, sub-event type), then by id. Fields a person edited are kept, and an incident
a person worked on is never deleted by the machine.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update

from incident_explorer.extraction.claims import Claim
from incident_explorer.extraction.results import Extraction
from incident_explorer.store.linking import DATE_WINDOW, Choice, Side, choose, decide, decide_coded
from incident_explorer.store.records import IMPLAUSIBLE, IncidentRecord, from_extraction
from incident_explorer.store.reports import recompute
from incident_explorer.store.schema import articles, claims, incidents, mentions, reports


@dataclass(frozen=True, slots=True)
class IngestResult:
    article_id: str
    new_article: bool
    added: int
    updated: int
    removed: int
    kept_human: int  # incidents with human edits that the new extraction did not reproduce
    linked: int = 0  # reports that joined an incident another article had reported
    # each extracted incident (its stored id) -> the incident it is a report of
    incident_ids: Mapping[str, str] = field(default_factory=dict)


@dataclass
class _Tally:
    added: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0
    linked: int = 0
    placed: dict[str, str] = field(default_factory=dict)


def ingest(conn: Connection, extraction: Extraction, now: datetime) -> IngestResult:
    """Store an article and its incidents (see the module docstring for the merge rules)."""
    article_id, new = _upsert_article(conn, extraction, now)
    tally = _merge_incidents(conn, _records(extraction, article_id), article_id, now)
    _replace_mentions(conn, extraction, article_id)
    return IngestResult(
        article_id, new, tally.added, tally.updated, tally.removed, tally.kept, tally.linked, tally.placed
    )


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
    return (place_source or location, str(event_date) if event_date else None, sub_event_type)


def _record_json(rec: IncidentRecord) -> str:
    row = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in rec.row().items()}
    return json.dumps(row, ensure_ascii=False)


def _merge_incidents(
    conn: Connection, records: list[IncidentRecord], article_id: str, now: datetime
) -> _Tally:
    """Each extracted incident is a report: the same report again (by place, date and type, then
    by id) updates its record where it is; a new one joins the incident it links to (linking.py)
    or becomes a new incident. Reports the extractor no longer finds are removed."""
    r = reports
    stored = conn.execute(
        select(r.c.id, r.c.incident_id, r.c.report_key, r.c.record, r.c.pinned).where(
            r.c.article_id == article_id
        )
    ).all()
    old = {o.report_key: o for o in stored}

    def key_of(o: Any) -> tuple[Any, Any, Any]:
        x = json.loads(o.record or "{}")
        return _key(x.get("place_source"), x.get("location"), x.get("event_date"), x.get("sub_event_type"))

    by_key = {key_of(o): o for o in stored}
    used: set[str] = set()
    touched: set[str] = set()
    tally = _Tally()
    for rec in records:
        match = by_key.get(
            _key(rec.place_source, rec.location, rec.event_date, rec.sub_event_type)
        ) or old.get(rec.id)
        if match is not None and match.report_key not in used:
            used.add(match.report_key)
            target = match.incident_id
            if not match.pinned and not _still_linked(conn, rec, match):
                conn.execute(
                    delete(claims).where(
                        and_(claims.c.incident_id == target, claims.c.article_id == article_id)
                    )
                )
                conn.execute(delete(r).where(r.c.id == match.id))
                touched.add(target)
                target = _link(conn, rec, article_id, now, tally)
            else:
                conn.execute(update(r).where(r.c.id == match.id).values(record=_record_json(rec)))
                _replace_report_claims(conn, target, article_id, rec.claims)
                tally.updated += 1
            tally.placed[rec.id] = target
            touched.add(target)
        else:
            tally.placed[rec.id] = _link(conn, rec, article_id, now, tally)
            touched.add(tally.placed[rec.id])
    for o in stored:
        if o.report_key in used:
            continue
        conn.execute(
            delete(claims).where(
                and_(claims.c.incident_id == o.incident_id, claims.c.article_id == article_id)
            )
        )
        conn.execute(delete(r).where(r.c.id == o.id))
        touched.add(o.incident_id)
    for incident_id in sorted(touched):
        if recompute(conn, incident_id):
            _link_coded(conn, incident_id, now)
            continue
        human = conn.execute(select(incidents.c.human_fields).where(incidents.c.id == incident_id)).scalar()
        if human is None:
            continue
        if json.loads(human or "[]"):
            tally.kept += 1  # a person worked on it: the machine does not delete it
        else:
            conn.execute(delete(claims).where(claims.c.incident_id == incident_id))
            conn.execute(delete(reports).where(reports.c.incident_id == incident_id))
            conn.execute(delete(incidents).where(incidents.c.id == incident_id))
            tally.removed += 1
    return tally


def preview(conn: Connection, extraction: Extraction) -> dict[str, Choice]:
    """For each proposed incident (its id in the extraction), the stored incident it would join
    if the article were saved now, and why (read-only: the Add article page shows it)."""
    return {
        rec.id: choose(Side.of(rec.row()), _candidates(conn, rec, extraction.article.id))
        for rec in from_extraction(extraction)
    }


def _candidates(conn: Connection, rec: IncidentRecord, article_id: str) -> list[tuple[str, Side]]:
    """Stored incidents that could be the same event: dates within DATE_WINDOW (a day off, a
    follow-up), no report from this article (an article's own incidents are distinct by the
    extractor's decision)."""
    if rec.event_date is None:
        return []
    t, r = incidents, reports
    first = rec.event_date - DATE_WINDOW
    last = (rec.date_end or rec.event_date) + DATE_WINDOW
    own = select(r.c.incident_id).where(r.c.article_id == article_id)
    rows = conn.execute(
        select(t)
        .where(
            t.c.origin == "extracted",
            t.c.event_date <= last,
            func.coalesce(t.c.date_end, t.c.event_date) >= first,
            t.c.id.not_in(own),
        )
        .order_by(t.c.id)
    ).mappings()
    return [(row["id"], Side.of(dict(row))) for row in rows]


def _link(conn: Connection, rec: IncidentRecord, article_id: str, now: datetime, tally: _Tally) -> str:
    choice = choose(Side.of(rec.row()), _candidates(conn, rec, article_id))
    target = choice.incident_id
    if target is None:
        target = rec.id
        taken = set(conn.scalars(select(incidents.c.id).where(incidents.c.id.like(f"{rec.id}%"))))
        n = 1
        while target in taken:
            target, n = f"{rec.id}-{n}", n + 1
        _insert_incident(conn, replace(rec, id=target, source_id=target), now)
        tally.added += 1
    else:
        tally.linked += 1
    conn.execute(
        insert(reports).values(
            incident_id=target,
            article_id=article_id,
            report_key=rec.id,
            link_score=choice.score,
            link_reason=choice.reason,
            pinned="",
            record=_record_json(rec),
            created_at=now,
        )
    )
    _replace_report_claims(conn, target, article_id, rec.claims)
    return target


_CODED_ORIGINS = ("ucdp", "acled")
_CODED_MAX = 3  # a town's busy day has many coded events; the closest few are worth showing


def _link_coded(conn: Connection, incident_id: str, now: datetime) -> None:
    """Which imported coded events (UCDP GED, ACLED) are this incident: kept as reports without
    an article ("also coded as UCDP GED 123456"), redone whenever the incident changes."""
    r, t = reports, incidents
    conn.execute(delete(r).where(r.c.incident_id == incident_id, r.c.article_id.is_(None)))
    row = conn.execute(select(t).where(t.c.id == incident_id)).mappings().first()
    if row is None or row["event_date"] is None:
        return
    side = Side.of(dict(row))
    first = row["event_date"] - DATE_WINDOW
    last = (row["date_end"] or row["event_date"]) + DATE_WINDOW
    coded = conn.execute(
        select(t).where(
            t.c.origin.in_(_CODED_ORIGINS),
            t.c.event_date <= last,
            func.coalesce(t.c.date_end, t.c.event_date) >= first,
        )
    ).mappings()
    found = []
    for c in coded:
        d = decide_coded(side, Side.of({**dict(c), "actor1": "", "actor2": "", "extra": "{}"}))
        if d.link:
            found.append((-d.score, c["origin"], str(c["source_id"] or c["id"]), d))
    for _, origin, source_id, d in sorted(found)[:_CODED_MAX]:
        conn.execute(
            insert(r).values(
                incident_id=incident_id,
                article_id=None,
                report_key=f"{origin}:{source_id}"[:64],
                link_score=d.score,
                link_reason=d.reason,
                pinned="",
                record="{}",
                created_at=now,
            )
        )


def relink_coded(conn: Connection, now: datetime) -> None:
    """After an import of coded events: which are incidents the stored articles reported."""
    for incident_id in conn.scalars(select(incidents.c.id).where(incidents.c.origin == "extracted")).all():
        _link_coded(conn, incident_id, now)


def _still_linked(conn: Connection, rec: IncidentRecord, match: Any) -> bool:
    """A stored report whose new extraction no longer links with the incident's other reports
    is re-linked; alone in its incident it stays."""
    others = [
        json.loads(x)
        for x in conn.scalars(
            select(reports.c.record).where(
                reports.c.incident_id == match.incident_id, reports.c.id != match.id
            )
        )
    ]
    others = [x for x in others if x]
    if not others:
        return True
    new = Side.of(rec.row())
    return any(decide(new, Side.of(x)).link for x in others)


def _insert_incident(conn: Connection, rec: IncidentRecord, now: datetime) -> None:
    conn.execute(insert(incidents).values(**rec.row(), human_fields="[]", created_at=now, updated_at=now))


def _replace_report_claims(
    conn: Connection, incident_id: str, article_id: str, found: Iterable[Claim]
) -> None:
    conn.execute(
        delete(claims).where(and_(claims.c.incident_id == incident_id, claims.c.article_id == article_id))
    )
    # a figure past IMPLAUSIBLE is not stored as a number (records.py keeps it as said, in extra)
    rows = [
        {**claim_row(incident_id, c), "article_id": article_id}
        for c in found
        if max(c.low, c.high or 0) <= IMPLAUSIBLE
    ]
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
