"""Reading incidents out: filtered columns as a DataFrame, streamed records, counts, articles.

In: a connection and ``Filters``. Out: pandas DataFrames (for the app and the Snapshot) and
``IncidentRecord``s (for exports).
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from sqlalchemy import ColumnElement, Connection, String, and_, case, cast, func, select
from sqlalchemy.dialects.postgresql import JSONB

from incident_explorer.store.filters import Filters, conditions
from incident_explorer.store.records import COLUMNS, IncidentRecord
from incident_explorer.store.reports import with_reports
from incident_explorer.store.schema import articles, incidents

QUERY_COLUMNS = (
    "id",
    "event_date",
    "latitude",
    "longitude",
    "event_type",
    "sub_event_type",
    "fatalities_best",
    "location",
    "country_code",
    "actor1",
    "article_id",
    "origin",
)
_DATED = ("event_date", "date_end")
# Read from the JSON ``extra`` column when a frame asks for it by name: the event's own place name
# when the gazetteer lacks it ("Kobsoura (not in gazetteer; placed at region Mopti, Mali)"), for
# the map's tooltips and the table; none once a person placed the incident.
PLACE_TEXT = "place_text"


def _place_text(conn: Connection) -> ColumnElement[str]:
    t = incidents
    field = (
        cast(t.c.extra, JSONB)[PLACE_TEXT].astext
        if conn.dialect.name == "postgresql"
        else func.json_extract(t.c.extra, f"$.{PLACE_TEXT}")
    )
    human = func.coalesce(t.c.human_fields, "")
    # only rows that hold the key are parsed (cheap, and never a malformed value)
    has_it = and_(
        t.c.extra.like(f'%"{PLACE_TEXT}"%'),
        human.not_like('%"location"%'),
        human.not_like('%"latitude"%'),
    )
    return case((has_it, field), else_=None).label(PLACE_TEXT)


def frame(conn: Connection, filters: Filters, columns: tuple[str, ...] = QUERY_COLUMNS) -> pd.DataFrame:
    """Incidents matching the filters, as columns, ordered by date; ``event_date`` and
    ``date_end`` come as datetime64 (NaT when unknown)."""
    t = incidents
    # Dates travel as ISO text and are parsed by pandas in one go: per-row date objects
    # cost more than the query itself at tens of thousands of rows.
    selected = [
        _place_text(conn) if n == PLACE_TEXT else cast(t.c[n], String(10)).label(n) if n in _DATED else t.c[n]
        for n in columns
    ]
    stmt = select(*selected).where(*conditions(filters, t)).order_by(t.c.event_date, t.c.id)
    # plain tuples: pandas probes Row objects attribute by attribute, row by row
    rows = [tuple(r) for r in conn.execute(stmt)]
    out = pd.DataFrame.from_records(rows, columns=list(columns))
    for name in _DATED:
        if name in out:
            out[name] = pd.to_datetime(out[name], format="%Y-%m-%d", errors="coerce")
    return out


def records(conn: Connection, filters: Filters, *, chunk: int = 10_000) -> Iterator[IncidentRecord]:
    """All matching incidents, streamed (exports of a million rows stay small in memory)."""
    t = incidents
    stmt = (
        select(*(t.c[name] for name in COLUMNS))
        .where(*conditions(filters, t))
        .order_by(t.c.event_date, t.c.id)
    )
    result = conn.execution_options(stream_results=True, yield_per=chunk).execute(stmt)
    yield from with_reports(conn, (IncidentRecord(**row._asdict()) for row in result))


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(incidents)).scalar() or 0)


def article_list(conn: Connection) -> pd.DataFrame:
    """Stored articles, newest first: id, title, source, published, url."""
    a = articles
    stmt = select(a.c.id, a.c.title, a.c.source, a.c.published, a.c.url).order_by(
        a.c.published.desc(), a.c.title
    )
    rows = [tuple(r) for r in conn.execute(stmt)]
    return pd.DataFrame.from_records(rows, columns=["id", "title", "source", "published", "url"])
