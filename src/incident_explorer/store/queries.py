"""Reading incidents out: filtered columns as a DataFrame, streamed records, counts, articles.

In: a connection and ``Filters``. Out: pandas DataFrames (for the app and the Snapshot) and
``IncidentRecord``s (for exports).
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from sqlalchemy import Connection, String, cast, func, select

from incident_explorer.store.filters import PLACE_TEXT, Filters, conditions, place_text
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


def frame(conn: Connection, filters: Filters, columns: tuple[str, ...] = QUERY_COLUMNS) -> pd.DataFrame:
    """Incidents matching the filters, as columns, ordered by date; ``event_date`` and
    ``date_end`` come as datetime64 (NaT when unknown)."""
    t, dialect = incidents, conn.dialect.name
    # Dates travel as ISO text and are parsed by pandas in one go: per-row date objects
    # cost more than the query itself at tens of thousands of rows.
    selected = [
        place_text(t, dialect).label(n)
        if n == PLACE_TEXT
        else cast(t.c[n], String(10)).label(n)
        if n in _DATED
        else t.c[n]
        for n in columns
    ]
    stmt = select(*selected).where(*conditions(filters, t, dialect=dialect)).order_by(t.c.event_date, t.c.id)
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
        .where(*conditions(filters, t, dialect=conn.dialect.name))
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
