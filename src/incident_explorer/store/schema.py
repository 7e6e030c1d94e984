"""The tables: the one definition of the schema (SQLAlchemy Core).

Core, not ORM: bulk imports of a million rows need no ORM objects. The Alembic migrations in
``migrations/`` bring a database to this schema; ``tests/test_schema.py`` checks that running
them on an empty database gives exactly these tables, columns, types and indexes.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

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
    Column("article_id", String(64), nullable=True),  # the report that makes the claim
    Index("ix_claims_incident_id", "incident_id"),
)

# One row per report of an incident: an article's extracted incident (or a coded dataset's
# event) that the linker joined to it, with its own fields as extracted (``record``, JSON) so
# the incident can be recomputed from its reports, and the link decision's score and reason.
reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(64), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=True),
    Column("report_key", String(64), nullable=False),  # the incident's id in its own article
    Column("link_score", Float, nullable=True),
    Column("link_reason", Text, nullable=False, default=""),
    Column("pinned", String(16), nullable=False, default=""),  # "" | detached | merged: a person
    Column("record", Text, nullable=False, default="{}"),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("article_id", "report_key", name="uq_reports_article_key"),
    Index("ix_reports_incident_id", "incident_id"),
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


def fingerprint() -> str:
    """A digest of the tables (as SQLite DDL). The newest migration records the digest of the
    schema it leaves, so changing a table here without a migration fails the tests."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = sqlite.dialect()
    ddl = []
    for table in metadata.sorted_tables:
        ddl.append(str(CreateTable(table).compile(dialect=dialect)))
        ddl.extend(str(CreateIndex(i).compile(dialect=dialect)) for i in sorted(table.indexes, key=str))
    return hashlib.sha256("\n".join(ddl).encode()).hexdigest()[:16]
