"""Opening a database: the engine, SQLite's connection settings and write policy, migrations.

In: a SQLAlchemy URL. Out: an ``Engine`` whose database is at the newest migration.
SQLite file by default, PostgreSQL for teams.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from incident_explorer.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
_MIGRATION_LOCK = threading.Lock()


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers never block the writer; busy_timeout: a second writer waits instead of failing.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # SQLite's own lower() folds ASCII only; Python's folds every script, as the in-memory
    # Snapshot does, so "contains" filters agree on both paths ("ÉLYSÉE" matches "élysée").
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
    dbapi_connection.isolation_level = None  # pysqlite must not BEGIN on its own: we do (below)


def _sqlite_begin(conn: Connection) -> None:
    # A write transaction takes the write lock at its start (BEGIN IMMEDIATE): two writers queue
    # on the busy timeout instead of one failing half-way when it upgrades a read lock.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, a busy timeout and BEGIN IMMEDIATE for writes;
    folders are created."""
    try:
        if url.startswith("sqlite"):
            path = url.split("///", 1)[1] if "///" in url else ""
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
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
