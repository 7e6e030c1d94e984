"""Reports: one incident, many reports. A ``reports`` table (each article's incident that the
linker joined to an incident, with its link score and reason) and ``claims.article_id`` (the
report a claim comes from).

Revision ID: 0002
Revises: 0001

Existing incidents become their own single report, so a database from before keeps every
incident and gains the provenance the linker needs.
"""

from alembic import op
from sqlalchemy import Column, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SCHEMA = "ed7bed17fc31aefc"  # schema.fingerprint() of the schema this revision leaves


def upgrade() -> None:
    op.create_table(
        "reports",
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("incident_id", String(64), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
        Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=True),
        Column("report_key", String(64), nullable=False),
        Column("link_score", Float, nullable=True),
        Column("link_reason", Text, nullable=False),
        Column("pinned", String(16), nullable=False),
        Column("record", Text, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        UniqueConstraint("article_id", "report_key", name="uq_reports_article_key"),
    )
    op.create_index("ix_reports_incident_id", "reports", ["incident_id"])
    with op.batch_alter_table("claims") as batch:
        batch.add_column(Column("article_id", String(64), nullable=True))
    # an incident stored before linking is its article's one report of it
    op.execute(
        "UPDATE claims SET article_id ="
        " (SELECT article_id FROM incidents WHERE incidents.id = claims.incident_id)"
    )
    op.execute(
        "INSERT INTO reports (incident_id, article_id, report_key, link_score, link_reason, pinned, record,"
        " created_at) SELECT id, article_id, id, NULL, 'first report', '', '{}', created_at FROM incidents"
        " WHERE article_id IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("article_id")
    op.drop_index("ix_reports_incident_id", "reports")
    op.drop_table("reports")
