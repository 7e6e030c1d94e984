"""Opening a database: the engine, SQLite's connection settings and write policy, migrations.

In: a SQLAlchemy URL. Out: an ``Engine`` whose database is at the newest migration.
SQLite file by default, PostgreSQL for teams.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, SQLAlchemyError

from incident_explorer.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
_MIGRATION_LOCK = threading.Lock()


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # busy_timeout: a second writer waits instead of failing.
    cursor.execute("PRAGMA busy_timeout=30000")
    _wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # SQLite's own lower() folds ASCII only; Python's folds every script, as the in-memory
    # Snapshot does, so "contains" filters agree on both paths ("ÉLYSÉE" matches "élysée").
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
    dbapi_connection.isolation_level = None  # pysqlite must not BEGIN on its own: we do (below)


def _wal(cursor: Any, tries: int = 50) -> None:
    """WAL (readers never block the writer), which the file keeps once set. Switching to it needs
    the database to itself, and SQLite answers "database is locked" at once, without its busy
    timeout, while another connection opens the same new file (two first visitors at once: one
    had failed to open the database): try again a moment later, until it is set."""
    for attempt in range(tries):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == tries - 1:
                raise
            time.sleep(0.02 * (attempt + 1))


def _sqlite_begin(conn: Connection) -> None:
    # A write transaction takes the write lock at its start (BEGIN IMMEDIATE): two writers queue
    # on the busy timeout instead of one failing half-way when it upgrades a read lock.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite"):
        return None
    path = url.split("///", 1)[1].split("?", 1)[0] if "///" in url else ""
    return Path(path) if path and path != ":memory:" else None


def make_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for ``url``; SQLite gets WAL, a busy timeout and BEGIN IMMEDIATE for writes.
    A SQLite file that does not exist is created (with its folders) only when ``create``:
    otherwise a mistyped path is an error, not a new empty database."""
    path = sqlite_path(url)
    if path is not None and not create and not path.exists():
        raise StoreError(
            f"no database at {path}; check INCIDENTS_DATABASE_URL, or pass --create-database "
            "(or set INCIDENTS_CREATE_DATABASE=1) to create a new one there"
        )
    try:
        if url.startswith("sqlite"):
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ValueError, OSError, ModuleNotFoundError) as exc:
        detail = _SECRET_QUERY.sub(r"\1***", _one_line(exc))
        raise StoreError(
            f"cannot use database {redact(url)} ({detail}); check INCIDENTS_DATABASE_URL"
        ) from exc


_SECRET_QUERY = re.compile(r"([?&](?:password|passwd|pwd|sslpassword)=)[^&#]*", re.I)


def redact(url: str) -> str:
    """The URL without its password (in the credentials or as ``?password=``), for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        url = f"{scheme}://{user}:***@{host}" if ":" in creds else url
    return _SECRET_QUERY.sub(r"\1***", url)


def shown(engine: Engine) -> str:
    """The engine's URL as users see it in messages: every password masked."""
    return redact(engine.url.render_as_string(hide_password=True))


def _current_revision(engine: Engine) -> str | None:
    """The database's migration revision, read without a write lock (None: no schema yet)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _head_revision(config: Any) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config).get_current_head()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creating it in an empty database)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        # Nothing to migrate (the usual case): no write lock, so a reader opening the database
        # never waits for a writer (an import holding SQLite's write lock for minutes).
        if _current_revision(engine) == _head_revision(config):
            return
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
    except DatabaseError as exc:
        # OperationalError (unreachable, locked) and "file is not a database" alike
        raise StoreError(
            f"cannot open database {shown(engine)}: {_one_line(exc.orig)}; "
            "check that it exists, is a database, is reachable and is not locked by another program"
        ) from exc


def _one_line(error: BaseException | None) -> str:
    return " ".join(str(error).split())
