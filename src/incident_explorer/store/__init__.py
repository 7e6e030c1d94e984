"""Store: incidents kept in a database (SQLite by default, PostgreSQL for teams).

In: extractions (ingest) and ACLED/UCDP/GeoJSON/CSV files (importers). Out: filtered incidents
as DataFrames and records (queries, exporters), read models for the app, the audited edits, and
the in-memory `Snapshot` the map filters.

schema (tables, engine, migrations) → database (the Store) → records → importers/exporters →
snapshot.
"""
