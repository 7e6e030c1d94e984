"""Pages are thin: they read state, call the core and render. None touches the database."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
APP_FILES = sorted([REPO / "app.py", *(REPO / "pages").glob("*.py")])
# Database drivers and the store's insides: pages go through Store, Snapshot and Filters.
FORBIDDEN_MODULES = ("sqlalchemy", "sqlite3", "psycopg", "psycopg2", "alembic")
STORE_INSIDES = ("schema", "engine", "transactions", "ingest", "bulk", "queries", "readmodels", "edits")
FORBIDDEN_CALLS = {"execute", "exec_driver_sql", "executemany", "executescript", "connect", "begin"}
SQL = re.compile(
    r"\b(SELECT\b.+\bFROM|INSERT\s+INTO|UPDATE\b.+\bSET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I | re.S
)


def _problems(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        for name in names:
            top = name.split(".")[0]
            inside = name.startswith("incident_explorer.store.") and name.split(".")[2] in STORE_INSIDES
            if top in FORBIDDEN_MODULES or inside:
                found.append(f"line {node.lineno}: imports {name}")
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_CALLS | {"engine"}:
            found.append(f"line {node.lineno}: uses .{node.attr}")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append(f"line {node.lineno}: SQL text {node.value[:40]!r}")
    return found


@pytest.mark.parametrize("path", APP_FILES, ids=lambda p: p.name)
def test_pages_neither_import_sqlalchemy_nor_run_sql(path: Path) -> None:
    assert _problems(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "source",
    [
        "import sqlalchemy",
        "from sqlalchemy import select",
        "from incident_explorer.store.schema import incidents",
        "from incident_explorer.store import queries",
        "state.store().engine.connect()",
        "conn.execute(x)",
        "q = 'select id from incidents where x = 1'",
    ],
)
def test_the_check_catches_database_access(source: str) -> None:
    assert _problems(source)
