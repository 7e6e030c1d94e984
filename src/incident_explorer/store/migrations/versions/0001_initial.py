"""Initial schema: articles, incidents, claims, mentions, audit log, meta.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("url", sa.Text, nullable=True, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("dateline", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("source_id", sa.Text, nullable=True),
        sa.Column("event_group", sa.Text, nullable=True),
        sa.Column("event_date", sa.Date, nullable=True),
        sa.Column("date_end", sa.Date, nullable=True),
        sa.Column("time_precision", sa.Integer, nullable=False),
        sa.Column("date_prec", sa.Integer, nullable=False),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("sub_event_type", sa.Text, nullable=False),
        sa.Column("actor1", sa.Text, nullable=False),
        sa.Column("actor2", sa.Text, nullable=False),
        sa.Column("country", sa.Text, nullable=False),
        sa.Column("country_code", sa.String(3), nullable=False),
        sa.Column("admin1", sa.Text, nullable=False),
        sa.Column("admin2", sa.Text, nullable=False),
        sa.Column("admin3", sa.Text, nullable=False),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("latitude", sa.Float, nullable=True),
        sa.Column("longitude", sa.Float, nullable=True),
        sa.Column("geo_precision", sa.Integer, nullable=False),
        sa.Column("where_prec", sa.Integer, nullable=False),
        sa.Column("place_source", sa.Text, nullable=True),
        sa.Column("place_score", sa.Float, nullable=True),
        sa.Column("place_reason", sa.Text, nullable=False),
        sa.Column("fatalities_low", sa.Integer, nullable=True),
        sa.Column("fatalities_best", sa.Integer, nullable=True),
        sa.Column("fatalities_high", sa.Integer, nullable=True),
        sa.Column("wounded_low", sa.Integer, nullable=True),
        sa.Column("wounded_best", sa.Integer, nullable=True),
        sa.Column("wounded_high", sa.Integer, nullable=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("source_scale", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("extra", sa.Text, nullable=False),
        sa.Column("human_fields", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.UniqueConstraint("origin", "source_id", name="uq_incidents_origin_source_id"),
    )
    op.create_index("ix_incidents_event_date", "incidents", ["event_date"])
    op.create_index("ix_incidents_article_id", "incidents", ["article_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "incident_id", sa.String(64), sa.ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("low", sa.Integer, nullable=False),
        sa.Column("high", sa.Integer, nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("claimant", sa.Text, nullable=True),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=True),
        sa.Column("end", sa.Integer, nullable=True),
    )
    op.create_index("ix_claims_incident_id", "claims", ["incident_id"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("latitude", sa.Float, nullable=True),
        sa.Column("longitude", sa.Float, nullable=True),
        sa.Column("place_source", sa.Text, nullable=True),
        sa.Column("location", sa.Text, nullable=True),
    )
    op.create_index("ix_mentions_article_id", "mentions", ["article_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.Text, nullable=True),
        sa.Column("table_name", sa.String(32), nullable=False),
        sa.Column("row_id", sa.Text, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("field", sa.Text, nullable=True),
        sa.Column("before", sa.Text, nullable=True),
        sa.Column("after", sa.Text, nullable=True),
    )
    op.create_index("ix_audit_log_row", "audit_log", ["table_name", "row_id"])
    op.create_table(
        "meta",
        sa.Column("k", sa.String(64), primary_key=True),
        sa.Column("v", sa.Text, nullable=False),
    )
    op.bulk_insert(sa.table("meta", sa.column("k"), sa.column("v")), [{"k": "data_version", "v": "0"}])


def downgrade() -> None:
    for name in ("meta", "audit_log", "mentions", "claims", "incidents", "articles"):
        op.drop_table(name)
