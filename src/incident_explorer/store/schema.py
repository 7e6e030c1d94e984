"""The database: tables, engine, migrations. SQLite file by default, PostgreSQL for teams.

Tables are SQLAlchemy Core (bulk imports of a million rows need no ORM objects). The schema
is created and upgraded by Alembic migrations in ``migrations/`` on every open, so an empty
database and an old one both end up at the current version.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from incident_explorer.errors import StoreError

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text, nullable=True, unique=True),
    Column("title", Text, nullable=False, default=""),
    Column("source", Text, nullable=False, default=""),
    Column("published", Date, nullable=True),
    Column("dateline", Text, nullable=False, default=""),
    Column("summary", Text, nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("path", Text, nullable=False, default=""),
    Column("format", String(16), nullable=False, default="text"),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=True),
    Column("origin", String(16), nullable=False),  # extracted | acled | ucdp | geojson | csv | manual
    Column("source_id", Text, nullable=True),  # the id in the origin: ACLED event_id_cnty, UCDP id
    Column("event_group", Text, nullable=True),
    Column("event_date", Date, nullable=True),
    Column("date_end", Date, nullable=True),
    Column("time_precision", Integer, nullable=False, default=3),
    Column("date_prec", Integer, nullable=False, default=5),
    Column("event_type", Text, nullable=False, default=""),
    Column("sub_event_type", Text, nullable=False, default=""),
    Column("actor1", Text, nullable=False, default=""),
    Column("actor2", Text, nullable=False, default=""),
    Column("country", Text, nullable=False, default=""),
    Column("country_code", String(3), nullable=False, default=""),
    Column("admin1", Text, nullable=False, default=""),
    Column("admin2", Text, nullable=False, default=""),
    Column("admin3", Text, nullable=False, default=""),
    Column("location", Text, nullable=False, default=""),
    Column("latitude", Float, nullable=True),
    Column("longitude", Float, nullable=True),
    Column("geo_precision", Integer, nullable=False, default=3),
    Column("where_prec", Integer, nullable=False, default=6),
    Column("place_source", Text, nullable=True),
    Column("place_score", Float, nullable=True),
    Column("place_reason", Text, nullable=False, default=""),
    Column("fatalities_low", Integer, nullable=True),
    Column("fatalities_best", Integer, nullable=True),
    Column("fatalities_high", Integer, nullable=True),
    Column("wounded_low", Integer, nullable=True),
    Column("wounded_best", Integer, nullable=True),
    Column("wounded_high", Integer, nullable=True),
    Column("source", Text, nullable=False, default=""),
    Column("source_scale", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("evidence", Text, nullable=False, default="[]"),  # JSON [{start, end, text}]
    Column("extra", Text, nullable=False, default="{}"),  # JSON: import columns we do not map
    Column("human_fields", Text, nullable=False, default="[]"),  # JSON: fields a person edited
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("origin", "source_id", name="uq_incidents_origin_source_id"),
    Index("ix_incidents_event_date", "event_date"),
    Index("ix_incidents_article_id", "article_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(64), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("low", Integer, nullable=False),
    Column("high", Integer, nullable=True),
    Column("kind", String(16), nullable=False),
    Column("claimant", Text, nullable=True),
    Column("qualifier", String(16), nullable=False, default="exact"),
    Column("text", Text, nullable=False, default=""),
    Column("start", Integer, nullable=True),
    Column("end", Integer, nullable=True),
    Index("ix_claims_incident_id", "incident_id"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("role", String(16), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("query", Text, nullable=False, default=""),
    Column("latitude", Float, nullable=True),
    Column("longitude", Float, nullable=True),
    Column("place_source", Text, nullable=True),
    Column("location", Text, nullable=True),
    Index("ix_mentions_article_id", "article_id"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", Text, nullable=True),
    Column("table_name", String(32), nullable=False),
    Column("row_id", Text, nullable=False),
    Column("action", String(16), nullable=False),  # insert | update | delete
    Column("field", Text, nullable=True),
    Column("before", Text, nullable=True),
    Column("after", Text, nullable=True),
    Index("ix_audit_log_row", "table_name", "row_id"),
)

meta = Table(
    "meta",
    metadata,
    Column("k", String(64), primary_key=True),
    Column("v", Text, nullable=False),
)

MIGRATIONS = Path(__file__).parent / "migrations"
_MIGRATION_LOCK = threading.Lock()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer; busy_timeout: a second writer waits instead of failing.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL and a busy timeout, folders are created."""
    try:
        if url.startswith("sqlite"):
            path = url.split("///", 1)[1] if "///" in url else ""
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ValueError, OSError, ModuleNotFoundError) as exc:
        raise StoreError(f"cannot use database {redact(url)} ({exc}); check INCIDENTS_DATABASE_URL") from exc


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}" if ":" in creds else url
    return url


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creating it in an empty database)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        # Alembic's context is process-global: one migration at a time in this process, and a
        # database-level lock against other processes (BEGIN IMMEDIATE / advisory lock).
        with _MIGRATION_LOCK, engine.connect() as connection:
            connection.info["write"] = True
            try:
                with connection.begin():
                    if connection.dialect.name == "postgresql":
                        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(727274)")
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
            finally:
                connection.info.pop("write", None)
    except OperationalError as exc:
        raise StoreError(
            f"cannot open database {redact(str(engine.url))}: {exc.orig}; "
            "check that it exists, is reachable and is not locked by another program"
        ) from exc
