"""The incident store: ingest, import, query, edit with an audit trail.

Writes run in one transaction each, so a failed import leaves nothing behind. On SQLite a
write transaction starts with BEGIN IMMEDIATE: two writers (two app sessions, the CLI while
the app runs) queue on the busy timeout instead of failing half-way; readers are never blocked
(WAL). Every write bumps ``data_version`` so caches know when to reload.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from operator import attrgetter
from typing import Any

import pandas as pd
from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    String,
    Text,
    and_,
    cast,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError

from incident_explorer.errors import InputError, StoreError
from incident_explorer.extraction.claims import Claim
from incident_explorer.extraction.results import Extraction
from incident_explorer.progress import Progress, silent
from incident_explorer.settings import Settings
from incident_explorer.store import schema as db
from incident_explorer.store.records import COLUMNS, EDITABLE, IncidentRecord, from_extraction


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class IngestResult:
    article_id: str
    new_article: bool
    added: int
    updated: int
    removed: int
    kept_human: int  # incidents with human edits that the new extraction did not reproduce


@dataclass(frozen=True, slots=True)
class ImportResult:
    inserted: int
    updated: int
    skipped: tuple[str, ...]  # one message per bad row, with --skip-bad-rows


@dataclass(frozen=True, slots=True)
class Filters:
    start: date | None = None
    end: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    event_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    min_fatalities: int | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    actor: str | None
    action: str
    field: str | None
    before: str | None
    after: str | None


def _install_sqlite_transactions(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _no_pysqlite_begin(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")


def _matching_key(r: IncidentRecord) -> tuple[Any, Any, Any]:
    return (r.place_source or r.location, r.event_date, r.sub_event_type)


class Store:
    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.engine = engine
        self.clock = clock
        self.sqlite = engine.dialect.name == "sqlite"

    @classmethod
    def open(
        cls,
        settings: Settings | None = None,
        *,
        url: str | None = None,
        seed: bool = True,
        progress: Progress = silent,
    ) -> Store:
        """Open (creating and migrating) the database; a new default database gets the sample."""
        settings = settings or Settings.from_env()
        url = url or settings.database_url
        engine = db.make_engine(url)
        if engine.dialect.name == "sqlite":
            _install_sqlite_transactions(engine)
        db.migrate(engine)
        store = cls(engine)
        if seed and url == settings.default_database_url and store.count() == 0:
            store.seed(settings, progress)
        return store

    def seed(self, settings: Settings, progress: Progress = silent) -> int:
        """Ingest the bundled sample articles (``data/articles``)."""
        from incident_explorer.extraction.article import from_path
        from incident_explorer.extraction.pipeline import Extractor

        paths = sorted((settings.data_dir / "articles").glob("*.md"))
        if not paths:
            return 0
        extractor = Extractor.from_settings(settings, progress)
        for i, path in enumerate(paths):
            progress("Loading sample articles", i, len(paths))
            self.ingest(extractor.extract(from_path(path)))
        progress("Loading sample articles", len(paths), len(paths))
        return len(paths)

    def close(self) -> None:
        self.engine.dispose()

    # -- transactions ----------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                conn.info["write"] = True
                try:
                    with conn.begin():
                        yield conn
                        conn.execute(
                            update(db.meta)
                            .where(db.meta.c.k == "data_version")
                            .values(v=cast(cast(db.meta.c.v, Integer) + 1, Text))
                        )
                finally:
                    conn.info.pop("write", None)
        except OperationalError as exc:
            raise StoreError(
                f"the database refused the write ({exc.orig}); if another program holds it, retry"
            ) from exc

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except OperationalError as exc:
            raise StoreError(f"cannot read the database ({exc.orig}); check INCIDENTS_DATABASE_URL") from exc

    def data_version(self) -> int:
        with self._read() as conn:
            value = conn.execute(select(db.meta.c.v).where(db.meta.c.k == "data_version")).scalar()
        return int(value or 0)

    def count(self) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(db.incidents)).scalar() or 0)

    # -- ingest ----------------------------------------------------------------------------

    def ingest(self, extraction: Extraction) -> IngestResult:
        """Store an article and its incidents; the same article again updates, never duplicates."""
        for attempt in (1, 2):
            try:
                with self._write() as conn:
                    return self._ingest(conn, extraction)
            except IntegrityError:
                if attempt == 2:
                    raise
                # another writer stored the same article between our look-up and insert: retry
        raise AssertionError("unreachable")

    def _ingest(self, conn: Connection, extraction: Extraction) -> IngestResult:
        a = extraction.article
        now = self.clock()
        conditions = [db.articles.c.content_hash == a.content_hash]
        if a.url:
            conditions.append(db.articles.c.url == a.url)
        row = conn.execute(select(db.articles.c.id).where(or_(*conditions))).first()
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
            article_id = a.id
            conn.execute(insert(db.articles).values(id=article_id, created_at=now, **values))
        else:
            article_id = row[0]
            conn.execute(update(db.articles).where(db.articles.c.id == article_id).values(**values))
        records = [
            replace(
                r,
                id=r.id.replace(a.id, article_id, 1),
                article_id=article_id,
                source_id=r.id.replace(a.id, article_id, 1),
                event_group=(r.event_group or "").replace(a.id, article_id, 1),
            )
            for r in from_extraction(extraction)
        ]
        old = {
            r.id: r
            for r in conn.execute(
                select(
                    db.incidents.c.id,
                    db.incidents.c.place_source,
                    db.incidents.c.location,
                    db.incidents.c.event_date,
                    db.incidents.c.sub_event_type,
                    db.incidents.c.human_fields,
                ).where(db.incidents.c.article_id == article_id)
            )
        }
        by_key = {(o.place_source or o.location, o.event_date, o.sub_event_type): o for o in old.values()}
        used: set[str] = set()
        added = updated = 0
        for rec in records:
            match = by_key.get(_matching_key(rec)) or old.get(rec.id)
            if match is not None and match.id not in used:
                used.add(match.id)
                human = set(json.loads(match.human_fields or "[]"))
                values = {k: v for k, v in rec.row().items() if k not in human and k not in ("id", "origin")}
                values["updated_at"] = now
                conn.execute(update(db.incidents).where(db.incidents.c.id == match.id).values(**values))
                if not human & {"fatalities_low", "fatalities_best", "fatalities_high"}:
                    self._replace_claims(conn, match.id, rec.claims)
                updated += 1
            else:
                rec_id = rec.id if rec.id not in old else f"{rec.id}-{len(old) + added}"
                rec = replace(rec, id=rec_id, source_id=rec_id)
                conn.execute(
                    insert(db.incidents).values(
                        **rec.row(), human_fields="[]", created_at=now, updated_at=now
                    )
                )
                self._replace_claims(conn, rec.id, rec.claims)
                added += 1
        removed = kept = 0
        for o in old.values():
            if o.id in used:
                continue
            if json.loads(o.human_fields or "[]"):
                kept += 1  # a person worked on it: the machine does not delete it
            else:
                conn.execute(delete(db.claims).where(db.claims.c.incident_id == o.id))
                conn.execute(delete(db.incidents).where(db.incidents.c.id == o.id))
                removed += 1
        conn.execute(delete(db.mentions).where(db.mentions.c.article_id == article_id))
        mention_rows = [
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
        if mention_rows:
            conn.execute(insert(db.mentions), mention_rows)
        return IngestResult(article_id, row is None, added, updated, removed, kept)

    @staticmethod
    def _replace_claims(conn: Connection, incident_id: str, claims: Iterable[Claim]) -> None:
        conn.execute(delete(db.claims).where(db.claims.c.incident_id == incident_id))
        rows = [_claim_row(incident_id, c) for c in claims]
        if rows:
            conn.execute(insert(db.claims), rows)

    # -- import ----------------------------------------------------------------------------

    def import_records(
        self, records: Iterable[IncidentRecord], *, batch: int = 5000, progress: Progress = silent
    ) -> ImportResult:
        """Insert or update (same origin and source id) in one transaction: all or nothing."""
        inserted = updated = 0
        now = self.clock()
        with self._write() as conn:
            pending: list[IncidentRecord] = []
            for rec in records:
                pending.append(rec)
                if len(pending) >= batch:
                    i, u = self._flush(conn, pending, now)
                    inserted, updated = inserted + i, updated + u
                    progress("Importing", inserted + updated, 0)
                    pending = []
            if pending:
                i, u = self._flush(conn, pending, now)
                inserted, updated = inserted + i, updated + u
        return ImportResult(inserted, updated, ())

    def _flush(self, conn: Connection, records: list[IncidentRecord], now: datetime) -> tuple[int, int]:
        t = db.incidents
        keys = {(r.origin, r.source_id) for r in records if r.source_id}
        existing: dict[tuple[str, str], str] = {}
        origins = {o for o, _ in keys}
        for origin in origins:
            ids = [s for o, s in keys if o == origin]
            for start in range(0, len(ids), 900):
                chunk = ids[start : start + 900]
                for row in conn.execute(
                    select(t.c.origin, t.c.source_id, t.c.id).where(
                        and_(t.c.origin == origin, t.c.source_id.in_(chunk))
                    )
                ):
                    existing[(row.origin, row.source_id)] = row.id
        fresh, seen = [], set()
        updated = 0
        for r in records:
            key = (r.origin, r.source_id)
            if r.source_id and key in existing:
                values = {k: v for k, v in r.row().items() if k != "id"}
                conn.execute(update(t).where(t.c.id == existing[key]).values(**values, updated_at=now))
                updated += 1
            elif r.source_id and key in seen:
                raise InputError(f"source id {r.source_id!r} appears twice in the file; ids must be unique")
            else:
                seen.add(key)
                fresh.append(r)
        if fresh:
            self._bulk_insert(conn, fresh, now)
            claim_rows = [
                _claim_row(r.id, c)
                for r in records
                if r.claims and (r.origin, r.source_id) not in existing
                for c in r.claims
            ]
            if claim_rows:
                conn.execute(insert(db.claims), claim_rows)
        return len(fresh), updated

    def _bulk_insert(self, conn: Connection, records: list[IncidentRecord], now: datetime) -> None:
        """executemany straight to the driver: SQLAlchemy's per-row parameter processing costs
        more than the insert itself at a million rows. Dates are written as SQLAlchemy writes
        them on SQLite (ISO text), and passed through as objects elsewhere."""
        names = (*COLUMNS, "human_fields", "created_at", "updated_at")
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        columns = ", ".join(f'"{n}"' for n in names)  # quoted: some names are SQL keywords
        sql = f"INSERT INTO incidents ({columns}) VALUES ({', '.join([mark] * len(names))})"
        stamp: Any = _sqlite_value(now) if self.sqlite else now
        tail = ("[]", stamp, stamp)
        if self.sqlite:
            params = [(*(_sqlite_value(v) for v in _ROW(r)), *tail) for r in records]
        else:
            params = [(*_ROW(r), *tail) for r in records]
        conn.exec_driver_sql(sql, params)

    # -- queries ---------------------------------------------------------------------------

    def _where(self, f: Filters) -> list[Any]:
        t = db.incidents
        cond: list[Any] = []
        if f.start:
            cond.append(t.c.event_date >= f.start)
        if f.end:
            cond.append(t.c.event_date <= f.end)
        if f.bbox:
            west, south, east, north = f.bbox
            cond += [
                t.c.longitude >= west,
                t.c.longitude <= east,
                t.c.latitude >= south,
                t.c.latitude <= north,
            ]
        if f.event_types:
            cond.append(or_(t.c.event_type.in_(f.event_types), t.c.sub_event_type.in_(f.event_types)))
        if f.countries:
            cond.append(t.c.country_code.in_(f.countries))
        if f.min_fatalities is not None:
            cond.append(t.c.fatalities_best >= f.min_fatalities)
        if f.text:
            like = f"%{f.text.lower()}%"
            cond.append(
                or_(
                    func.lower(t.c.location).like(like),
                    func.lower(t.c.notes).like(like),
                    func.lower(t.c.actor1).like(like),
                    func.lower(t.c.actor2).like(like),
                )
            )
        return cond

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

    def query(
        self, filters: Filters = Filters(), *, columns: tuple[str, ...] = QUERY_COLUMNS
    ) -> pd.DataFrame:
        """Incidents matching the filters, as columns, ordered by date; ``event_date`` and
        ``date_end`` come as datetime64 (NaT when unknown)."""
        t = db.incidents
        dated = ("event_date", "date_end")
        # Dates travel as ISO text and are parsed by pandas in one go: per-row date objects
        # cost more than the query itself at tens of thousands of rows.
        selected = [cast(t.c[n], String(10)).label(n) if n in dated else t.c[n] for n in columns]
        stmt = select(*selected).where(*self._where(filters)).order_by(t.c.event_date, t.c.id)
        with self._read() as conn:
            # plain tuples: pandas probes Row objects attribute by attribute, row by row
            rows = [tuple(r) for r in conn.execute(stmt)]
        frame = pd.DataFrame.from_records(rows, columns=list(columns))
        for name in dated:
            if name in frame:
                frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d", errors="coerce")
        return frame

    def records(self, filters: Filters = Filters(), *, chunk: int = 10_000) -> Iterator[IncidentRecord]:
        """All matching incidents, streamed (exports of a million rows stay small in memory)."""
        t = db.incidents
        stmt = (
            select(*(t.c[name] for name in COLUMNS))
            .where(*self._where(filters))
            .order_by(t.c.event_date, t.c.id)
        )
        with self._read() as conn:
            result = conn.execution_options(stream_results=True, yield_per=chunk).execute(stmt)
            for row in result:
                yield IncidentRecord(**row._asdict())

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        """One incident with its claims, article and the other incidents of that article."""
        t = db.incidents
        with self._read() as conn:
            row = conn.execute(select(t).where(t.c.id == incident_id)).mappings().first()
            if row is None:
                return None
            found = dict(row)
            found["claims"] = [
                dict(r)
                for r in conn.execute(
                    select(db.claims).where(db.claims.c.incident_id == incident_id).order_by(db.claims.c.id)
                ).mappings()
            ]
            found["article"] = None
            found["siblings"] = []
            if row["article_id"]:
                art = (
                    conn.execute(select(db.articles).where(db.articles.c.id == row["article_id"]))
                    .mappings()
                    .first()
                )
                found["article"] = dict(art) if art else None
                found["siblings"] = [
                    r[0]
                    for r in conn.execute(
                        select(t.c.id)
                        .where(and_(t.c.article_id == row["article_id"], t.c.id != incident_id))
                        .order_by(t.c.id)
                    )
                ]
        found["evidence"] = json.loads(found["evidence"] or "[]")
        found["extra"] = json.loads(found["extra"] or "{}")
        found["human_fields"] = json.loads(found["human_fields"] or "[]")
        return found

    def articles(self) -> pd.DataFrame:
        """Stored articles, newest first: id, title, source, published, url."""
        a = db.articles
        stmt = select(a.c.id, a.c.title, a.c.source, a.c.published, a.c.url).order_by(
            a.c.published.desc(), a.c.title
        )
        with self._read() as conn:
            rows = [tuple(r) for r in conn.execute(stmt)]
        return pd.DataFrame.from_records(rows, columns=["id", "title", "source", "published", "url"])

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its place mentions and its incidents' evidence spans."""
        a, t = db.articles, db.incidents
        with self._read() as conn:
            row = conn.execute(select(a).where(a.c.id == article_id)).mappings().first()
            if row is None:
                return None
            found = dict(row)
            found["mentions"] = [
                dict(r)
                for r in conn.execute(
                    select(db.mentions)
                    .where(db.mentions.c.article_id == article_id)
                    .order_by(db.mentions.c.start)
                ).mappings()
            ]
            found["incidents"] = [
                {"id": r.id, "location": r.location, "evidence": json.loads(r.evidence or "[]")}
                for r in conn.execute(
                    select(t.c.id, t.c.location, t.c.evidence)
                    .where(t.c.article_id == article_id)
                    .order_by(t.c.id)
                )
            ]
        return found

    # -- edits -----------------------------------------------------------------------------

    def update_incident(self, incident_id: str, changes: dict[str, Any], *, actor: str | None = None) -> int:
        """Apply a person's edits; each changed field is marked human-made and audited."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise InputError(f"cannot edit {', '.join(sorted(unknown))}; editable: {', '.join(EDITABLE)}")
        t = db.incidents
        now = self.clock()
        with self._write() as conn:
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
            conn.execute(
                insert(db.audit_log),
                [
                    {
                        "at": now,
                        "actor": actor,
                        "table_name": "incidents",
                        "row_id": incident_id,
                        "action": "update",
                        "field": k,
                        "before": _text(row[k]),
                        "after": _text(v),
                    }
                    for k, v in changed.items()
                ],
            )
        return len(changed)

    def delete_incident(self, incident_id: str, *, actor: str | None = None) -> None:
        t = db.incidents
        now = self.clock()
        with self._write() as conn:
            row = conn.execute(select(t).where(t.c.id == incident_id)).mappings().first()
            if row is None:
                raise InputError(f"no incident {incident_id!r}; it may have been deleted already")
            conn.execute(delete(db.claims).where(db.claims.c.incident_id == incident_id))
            conn.execute(delete(t).where(t.c.id == incident_id))
            snapshot = {k: _text(v) for k, v in row.items()}
            conn.execute(
                insert(db.audit_log).values(
                    at=now,
                    actor=actor,
                    table_name="incidents",
                    row_id=incident_id,
                    action="delete",
                    field=None,
                    before=json.dumps(snapshot, ensure_ascii=False),
                    after=None,
                )
            )

    def audit(self, incident_id: str) -> list[AuditEntry]:
        a = db.audit_log
        with self._read() as conn:
            rows = conn.execute(
                select(a.c.at, a.c.actor, a.c.action, a.c.field, a.c.before, a.c.after)
                .where(and_(a.c.table_name == "incidents", a.c.row_id == incident_id))
                .order_by(a.c.id)
            ).fetchall()
        return [AuditEntry(*r) for r in rows]


_ROW = attrgetter(*COLUMNS)


def _claim_row(incident_id: str, c: Claim) -> dict[str, Any]:
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


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date | datetime) else str(value)
