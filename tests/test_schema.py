"""The migrations produce exactly the schema that store/schema.py defines, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Date, DateTime, Engine, Float, Integer, String, Text, create_engine, inspect, text
from sqlalchemy.types import TypeEngine

from incident_explorer.store import schema
from incident_explorer.store.engine import MIGRATIONS, make_engine, migrate


@pytest.fixture(params=["sqlite", "postgresql"])
def empty(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[Engine]:
    """An empty database on each backend (no Store: nothing but the migrations touches it)."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    else:
        server = request.getfixturevalue("postgres_server")
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        name = f"schema_{tmp_path.name.lower().replace('-', '_')[-40:]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        engine = make_engine(server.rsplit("/", 1)[0] + f"/{name}")
    yield engine
    engine.dispose()


def _kind(t: TypeEngine[Any], dialect: str) -> str:
    """A type as a backend keeps it: reflected and declared types compared on equal terms."""
    if isinstance(t, DateTime):
        # SQLite has no time zones; PostgreSQL keeps TIMESTAMP WITH TIME ZONE apart
        return f"datetime{'+tz' if t.timezone and dialect == 'postgresql' else ''}"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, Float):
        return "float"
    if isinstance(t, Integer):
        return "integer"
    if isinstance(t, Text):
        return "text"
    if isinstance(t, String):
        return f"varchar({t.length})" if t.length else "text"
    raise AssertionError(f"unexpected column type {t!r}")


def _reflected(engine: Engine) -> dict[str, dict[str, Any]]:
    inspector, dialect = inspect(engine), engine.dialect.name
    out = {}
    for name in inspector.get_table_names():
        if name == "alembic_version":
            continue
        out[name] = {
            "columns": [
                (c["name"], _kind(c["type"], dialect), c["nullable"]) for c in inspector.get_columns(name)
            ],
            "primary_key": tuple(inspector.get_pk_constraint(name)["constrained_columns"]),
            "indexes": {
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(name)
                if "duplicates_constraint" not in i  # PostgreSQL's index behind a UNIQUE
            },
            "unique": {tuple(u["column_names"]) for u in inspector.get_unique_constraints(name)},
            "foreign_keys": {
                (tuple(f["constrained_columns"]), f["referred_table"], tuple(f["referred_columns"]))
                for f in inspector.get_foreign_keys(name)
            },
        }
    return out


def _declared(dialect: str) -> dict[str, dict[str, Any]]:
    out = {}
    for table in schema.metadata.sorted_tables:
        out[table.name] = {
            "columns": [(c.name, _kind(c.type, dialect), c.nullable) for c in table.columns],
            "primary_key": tuple(c.name for c in table.primary_key.columns),
            "indexes": {(i.name, tuple(c.name for c in i.columns), bool(i.unique)) for i in table.indexes},
            "unique": {
                tuple(c.name for c in u.columns)
                for u in table.constraints
                if u.__class__.__name__ == "UniqueConstraint"
            }
            | {(c.name,) for c in table.columns if c.unique},
            "foreign_keys": {
                ((f.parent.name,), f.column.table.name, (f.column.name,)) for f in table.foreign_keys
            },
        }
    return out


def test_migrations_on_an_empty_database_give_exactly_the_schema(empty: Engine) -> None:
    migrate(empty)
    assert _reflected(empty) == _declared(empty.dialect.name)
    with empty.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), schema.metadata)
        assert conn.execute(text("SELECT v FROM meta WHERE k = 'data_version'")).scalar() == "0"
    assert diff == []


def test_the_newest_migration_records_the_current_schema() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_revision(scripts.get_current_head())
    assert head is not None
    assert schema.fingerprint() == head.module.SCHEMA, (
        "store/schema.py changed: add a migration that brings existing databases to it and set "
        "its SCHEMA to schema.fingerprint() (see migrations/versions/0001_initial.py)"
    )


def test_the_schema_check_sees_a_difference(empty: Engine) -> None:
    """The comparison is not blind: a column the migrations did not make shows up."""
    migrate(empty)
    with empty.begin() as conn:
        conn.execute(text("ALTER TABLE claims ADD COLUMN stray INTEGER"))
    assert _reflected(empty) != _declared(empty.dialect.name)
