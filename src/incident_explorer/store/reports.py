"""An incident from its reports: the fields recomputed over every report that was linked to it.

In: a connection inside a write transaction and an incident id. The incident row is rewritten
from its reports (``reports.record``, each report's own extracted fields) and all their claims:
the place is the most precise one reported, with the report it came from; the date the most
precise; fatalities low/best/high over all claims (never summed across reports); sources are
the outlets and claimants; evidence spans carry their article. Fields a person edited stay.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from typing import Any

from sqlalchemy import Connection, select, update

from incident_explorer.extraction.claims import Claim, estimate
from incident_explorer.store.records import IncidentRecord, ReportRef
from incident_explorer.store.schema import articles, claims, incidents, reports

_PLACE = (
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "where_prec",
    "place_source",
    "place_score",
    "place_reason",
    "country",
    "country_code",
    "admin1",
    "admin2",
    "admin3",
)
_DATE = ("event_date", "date_end", "time_precision", "date_prec")


def claim_of(row: Any) -> Claim:
    return Claim(
        low=row.low,
        high=row.high,
        kind=row.kind,
        claimant=row.claimant,
        start=row.start or 0,
        end=row.end or 0,
        text=row.text,
        qualifier=row.qualifier,
    )


def recompute(conn: Connection, incident_id: str) -> int:
    """Rewrite the incident from its reports; returns how many reports it has (0: none kept a
    record, the incident is left as it is)."""
    r, a = reports, articles
    rows = conn.execute(
        select(r.c.article_id, r.c.record, a.c.source)
        .select_from(r.outerjoin(a, a.c.id == r.c.article_id))
        .where(r.c.incident_id == incident_id)
        .order_by(r.c.id)
    ).all()
    records = [(row.article_id, row.source or "", json.loads(row.record or "{}")) for row in rows]
    records = [x for x in records if x[2]]
    if not records:
        return 0
    current = conn.execute(select(incidents.c.human_fields).where(incidents.c.id == incident_id)).first()
    if current is None:
        return 0
    human = set(json.loads(current.human_fields or "[]"))
    values = _combined(conn, incident_id, records)
    values = {k: v for k, v in values.items() if k not in human}
    conn.execute(update(incidents).where(incidents.c.id == incident_id).values(**values))
    return len(records)


def _depth(rec: dict[str, Any]) -> int:
    return len([p for p in str(rec.get("location") or "").split(", ") if p])


def _combined(
    conn: Connection, incident_id: str, records: list[tuple[str | None, str, dict[str, Any]]]
) -> dict[str, Any]:
    first_article, _, first = records[0]
    placed = min(
        enumerate(records),
        key=lambda x: (
            x[1][2].get("latitude") is None,
            x[1][2].get("where_prec") or 6,
            -_depth(x[1][2]),
            -(x[1][2].get("place_score") or 0.0),
            x[0],
        ),
    )[1]
    dated = min(enumerate(records), key=lambda x: (x[1][2].get("date_prec") or 5, x[0]))[1]
    values: dict[str, Any] = {
        k: first.get(k) for k in ("event_type", "sub_event_type", "notes", "event_group")
    }
    values["article_id"] = first_article
    values.update({k: placed[2].get(k) for k in _PLACE})
    if len(records) > 1:
        why = placed[2].get("place_reason") or ""
        values["place_reason"] = f"most precise of {len(records)} reports (article {placed[0]}): {why}"
    for k in _DATE:
        v = dated[2].get(k)
        values[k] = _date(v) if k in ("event_date", "date_end") else v
    actors: list[str] = []
    for _, _, rec in records:
        for name in json.loads(rec.get("extra") or "{}").get("actors", []) or [
            x for x in (rec.get("actor1"), rec.get("actor2")) if x
        ]:
            if name not in actors:
                actors.append(name)
    values["actor1"] = actors[0] if actors else ""
    values["actor2"] = actors[1] if len(actors) > 1 else ""
    extra = json.loads(first.get("extra") or "{}")
    if isinstance(extra, dict):
        extra["actors"] = actors
        extra["place_population"] = json.loads(placed[2].get("extra") or "{}").get("place_population", 0)
        values["extra"] = json.dumps(extra, ensure_ascii=False)
    found = [claim_of(c) for c in conn.execute(select(claims).where(claims.c.incident_id == incident_id))]
    if found:
        killed, wounded = estimate(found, "killed"), estimate(found, "wounded")
        values.update(fatalities_low=killed.low, fatalities_best=killed.best, fatalities_high=killed.high)
        values.update(wounded_low=wounded.low, wounded_best=wounded.best, wounded_high=wounded.high)
    else:
        for k in ("fatalities_low", "fatalities_best", "fatalities_high", "wounded_low", "wounded_best"):
            values[k] = first.get(k)
        values["wounded_high"] = first.get("wounded_high")
    outlets: list[str] = []
    for _, outlet, _ in records:
        if outlet and outlet not in outlets:
            outlets.append(outlet)
    claimants = sorted({c.claimant for c in found if c.claimant})
    values["source"] = "; ".join(outlets + [c for c in claimants if c not in outlets])
    spans: list[dict[str, Any]] = []
    for article_id, _, rec in records:
        for span in json.loads(rec.get("evidence") or "[]"):
            spans.append({**span, "article_id": article_id})
    values["evidence"] = json.dumps(spans, ensure_ascii=False)
    return values


def _date(value: Any) -> Any:
    from datetime import date

    return date.fromisoformat(value) if isinstance(value, str) and value else value or None


def listed(conn: Connection, incident_id: str) -> list[dict[str, Any]]:
    """The reports of one incident, first first: article, outlet, date, URL, link score and reason."""
    r, a = reports, articles
    rows = conn.execute(
        select(
            r.c.id,
            r.c.article_id,
            r.c.report_key,
            r.c.link_score,
            r.c.link_reason,
            r.c.pinned,
            a.c.title,
            a.c.source,
            a.c.url,
            a.c.published,
        )
        .select_from(r.outerjoin(a, a.c.id == r.c.article_id))
        .where(r.c.incident_id == incident_id)
        .order_by(r.c.id)
    ).mappings()
    return [dict(row) for row in rows]


def with_reports(
    conn: Connection, found: Iterable[IncidentRecord], batch: int = 500
) -> Iterator[IncidentRecord]:
    """The records with their reports and claims, looked up a batch at a time (exports stream)."""
    it = iter(found)
    while chunk := list(islice(it, batch)):
        ids = [x.id for x in chunk]
        by_claims: dict[tuple[str, str | None], list[Claim]] = {}
        for row in conn.execute(select(claims).where(claims.c.incident_id.in_(ids)).order_by(claims.c.id)):
            by_claims.setdefault((row.incident_id, row.article_id), []).append(claim_of(row))
        refs: dict[str, list[ReportRef]] = {}
        r, a = reports, articles
        rows = conn.execute(
            select(r.c.incident_id, r.c.article_id, a.c.title, a.c.source, a.c.url, a.c.published)
            .select_from(r.outerjoin(a, a.c.id == r.c.article_id))
            .where(r.c.incident_id.in_(ids))
            .order_by(r.c.id)
        )
        for row in rows:
            if row.article_id is None:
                continue  # a coded event that is the same incident, not a report of it
            said = tuple(by_claims.pop((row.incident_id, row.article_id), ()))
            ref = ReportRef(row.article_id, row.title or "", row.source or "", row.url, row.published, said)
            refs.setdefault(row.incident_id, []).append(ref)
        for x in chunk:
            own = tuple(c for (i, _), cs in by_claims.items() if i == x.id for c in cs)
            yield replace(x, reports=tuple(refs.get(x.id, ())), claims=own)
