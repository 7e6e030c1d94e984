"""Initial schema: articles, incidents, claims, mentions, audit log, meta.

Revision ID: 0001
Revises:

The tables are defined once, in ``store/schema.py``; this baseline creates them from there.
When a table there changes: add revision 0002 that alters existing databases and records the
new ``schema.fingerprint()`` as its ``SCHEMA``, and freeze this file at the tables as they were
(``op.create_table`` calls) so an empty database still goes 0001 → 0002 → the current schema.
``tests/test_schema.py`` fails until both are done.
"""

from alembic import op
from sqlalchemy import column, table

from incident_explorer.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SCHEMA = "d245dc30f5ab0b67"  # schema.fingerprint() of the schema this revision leaves


def upgrade() -> None:
    metadata.create_all(op.get_bind())
    op.bulk_insert(table("meta", column("k"), column("v")), [{"k": "data_version", "v": "0"}])


def downgrade() -> None:
    for name in ("meta", "audit_log", "mentions", "claims", "incidents", "articles"):
        op.drop_table(name)
