"""Store: incidents kept in a database (SQLite by default, PostgreSQL for teams).

In: extractions (ingest), files of ACLED/UCDP/GeoJSON/CSV records (importers → bulk), an
article reviewed in the app (review), a person's edits (edits). Out: incidents matching
``Filters`` as DataFrames or records (queries, exporters), the app's panels (readmodels), the
audit log, and the in-memory ``Snapshot`` the map filters.

schema (the tables) → engine (open, migrate) → transactions → ingest / bulk / edits / review →
queries / readmodels → snapshot; ``database.Store`` is the front door to all of them.
"""
