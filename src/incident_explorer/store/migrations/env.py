"""Alembic environment: run against the connection the caller passes in (see engine.migrate)."""

from alembic import context

from incident_explorer.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
