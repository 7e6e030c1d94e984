"""Initial schema: articles, incidents, claims, mentions, audit log, meta.

Revision ID: 0001
Revises:

Frozen at the tables as they were (later revisions alter them). When a table in ``store/schema.py``
changes: add a revision that alters existing databases and records the
new ``schema.fingerprint()`` as its ``SCHEMA``, so an empty database goes 0001 → … → the current schema.
``tests/test_schema.py`` fails until both are done.
"""

from alembic import op
from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    column,
    table,
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SCHEMA = "d245dc30f5ab0b67"  # schema.fingerprint() of the schema this revision leaves


def upgrade() -> None:
    op.create_table(
        "articles",
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

    op.create_table(
        "incidents",
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

    op.create_table(
        "claims",
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

    op.create_table(
        "mentions",
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

    op.create_table(
        "audit_log",
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

    op.create_table(
        "meta",
        Column("k", String(64), primary_key=True),
        Column("v", Text, nullable=False),
    )
    op.bulk_insert(table("meta", column("k"), column("v")), [{"k": "data_version", "v": "0"}])


def downgrade() -> None:
    for name in ("meta", "audit_log", "mentions", "claims", "incidents", "articles"):
        op.drop_table(name)
