"""Transactions: one per write, all or nothing; every write bumps ``data_version``.

In: an ``Engine`` (see engine.py). Out: connections inside a transaction. On SQLite a write
transaction starts with BEGIN IMMEDIATE (engine.py): two writers (two app sessions, the CLI
while the app runs) queue on the busy timeout instead of failing half-way; readers are never
blocked (WAL). ``data_version`` lets caches (the app's Snapshot) know when to reload.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, Integer, Text, cast, delete, insert, select, update
from sqlalchemy.exc import OperationalError

from incident_explorer.errors import StoreError
from incident_explorer.store.schema import meta


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction: committed when the block ends, rolled back if it raises."""
    try:
        with engine.connect() as conn:
            conn.info["write"] = True
            try:
                with conn.begin():
                    yield conn
                    conn.execute(
                        update(meta)
                        .where(meta.c.k == "data_version")
                        .values(v=cast(cast(meta.c.v, Integer) + 1, Text))
                    )
            finally:
                conn.info.pop("write", None)
    except OperationalError as exc:
        raise StoreError(
            f"the database refused the write ({exc.orig}); if another program holds it, retry"
        ) from exc


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    try:
        with engine.connect() as conn:
            yield conn
    except OperationalError as exc:
        raise StoreError(f"cannot read the database ({exc.orig}); check INCIDENTS_DATABASE_URL") from exc


def data_version(conn: Connection) -> int:
    """A number that grows with every committed write."""
    value = conn.execute(select(meta.c.v).where(meta.c.k == "data_version")).scalar()
    return int(value or 0)


def get_meta(conn: Connection, key: str) -> str | None:
    value = conn.execute(select(meta.c.v).where(meta.c.k == key)).scalar()
    return None if value is None else str(value)


def set_meta(conn: Connection, key: str, value: str | None) -> None:
    conn.execute(delete(meta).where(meta.c.k == key))
    if value is not None:
        conn.execute(insert(meta).values(k=key, v=value))
