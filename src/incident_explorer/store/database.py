"""``Store``: the incident store's front door, one method per action, one transaction each.

In: a database URL (or engine) and settings. Out: what the modules beside it return. Each
method opens the transaction (transactions.py) and calls one module: ingest.py, bulk.py,
queries.py, readmodels.py, edits.py, review.py. A failed write leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import pandas as pd
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from incident_explorer.errors import StoreError
from incident_explorer.extraction.results import Extraction
from incident_explorer.progress import Progress, silent
from incident_explorer.settings import Settings
from incident_explorer.store import bulk, edits, queries, readmodels, regroup, review
from incident_explorer.store.bulk import ImportResult
from incident_explorer.store.edits import AuditEntry
from incident_explorer.store.engine import make_engine, migrate
from incident_explorer.store.filters import Filters
from incident_explorer.store.ingest import IngestResult, ingest, preview, relink_coded
from incident_explorer.store.linking import Choice
from incident_explorer.store.records import IncidentRecord
from incident_explorer.store.seed import seed
from incident_explorer.store.transactions import data_version, get_meta, reading, set_meta, writing

__all__ = ["AuditEntry", "Filters", "ImportResult", "IngestResult", "Store"]


EVERYTHING = Filters()


def _refused(what: str, exc: BaseException) -> StoreError:
    """One line for a write the database refused: its reason (first line, no SQL, no row values)."""
    reason = getattr(exc, "orig", None) or exc
    first = (str(reason).strip().splitlines() or [type(reason).__name__])[0]
    return StoreError(f"the database refused the write: {first}; {what}")


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Store:
    """Holds only the engine (thread-safe) and the clock, and never changes: one instance
    serves every thread."""

    engine: Engine
    clock: Callable[[], datetime] = field(default=utcnow, kw_only=True)
    QUERY_COLUMNS: ClassVar[tuple[str, ...]] = queries.QUERY_COLUMNS

    @classmethod
    def open(
        cls,
        settings: Settings | None = None,
        *,
        url: str | None = None,
        seed: bool = True,
        create: bool = True,
        progress: Progress = silent,
        articles_later: bool = False,
    ) -> Store:
        """Open (creating if ``create``, and migrating) the database; a new default database gets
        the demo data (``articles_later``: its events now, its articles by ``demo.finish``)."""
        settings = settings or Settings.from_env()
        url = url or settings.database_url
        engine = make_engine(url, create=create)
        migrate(engine)
        store = cls(engine)
        if seed and url == settings.default_database_url and store.count() == 0:
            from incident_explorer.store import demo  # the bundled UCDP events and articles

            demo.load_if_empty(store, settings, progress, articles_later=articles_later)
        return store

    def seed(self, settings: Settings, progress: Progress = silent) -> int:
        """Ingest the bundled sample articles (``data/articles``)."""
        return seed(settings, self.ingest, progress)

    def close(self) -> None:
        self.engine.dispose()

    def data_version(self) -> int:
        with reading(self.engine) as conn:
            return data_version(conn)

    def meta(self, key: str) -> str | None:
        """A value of the store's own bookkeeping (``meta`` table), None when unset."""
        with reading(self.engine) as conn:
            return get_meta(conn, key)

    def set_meta(self, key: str, value: str | None) -> None:
        """Set (or with None, remove) a bookkeeping value."""
        with writing(self.engine) as conn:
            set_meta(conn, key, value)

    def count(self) -> int:
        with reading(self.engine) as conn:
            return queries.count(conn)

    # -- writes ----------------------------------------------------------------------------

    def ingest(self, extraction: Extraction) -> IngestResult:
        """Store an article and its incidents; the same article again updates, never duplicates."""
        what = f"{extraction.article.path or extraction.article.id} was not stored"
        for attempt in (1, 2):
            try:
                with writing(self.engine) as conn:
                    return ingest(conn, extraction, self.clock())
            except IntegrityError as exc:
                if attempt == 2:
                    raise _refused(what, exc) from exc
                # another writer stored the same article between our look-up and insert: retry
            except (DBAPIError, OverflowError) as exc:
                raise _refused(what, exc) from exc
        raise AssertionError("unreachable")

    def import_records(
        self, records: Iterable[IncidentRecord], *, batch: int = 5000, progress: Progress = silent
    ) -> ImportResult:
        """Insert or update (same origin and source id) in one transaction: all or nothing."""
        try:
            with writing(self.engine) as conn:
                result = bulk.import_records(conn, records, self.clock(), batch=batch, progress=progress)
                relink_coded(conn, self.clock())  # the imported events the stored articles reported
                return result
        except (DBAPIError, OverflowError) as exc:
            raise _refused("nothing was imported", exc) from exc

    def save_reviewed(self, reviewed: review.Review, *, user_places: Path) -> review.ReviewSaved:
        """An article reviewed in the app, its corrections and user place: all or nothing."""
        return review.save(self.engine, reviewed, user_places_file=user_places, now=self.clock())

    def update_incident(
        self, incident_id: str, changes: Mapping[str, Any], *, actor: str | None = None
    ) -> int:
        """Apply a person's edits; each changed field is marked human-made and audited."""
        edits.check_editable(changes)
        with writing(self.engine) as conn:
            return edits.update_incident(conn, incident_id, changes, actor=actor, now=self.clock())

    def detach_report(self, incident_id: str, article_id: str, *, actor: str | None = None) -> str:
        """A person says this article's report is another incident: it gets its own (audited,
        kept there when the article is ingested again); returns the new incident's id."""
        with writing(self.engine) as conn:
            return regroup.detach(conn, incident_id, article_id, actor=actor, now=self.clock())

    def merge_incidents(self, keep: str, other: str, *, actor: str | None = None) -> int:
        """A person says two incidents are one: ``other``'s reports and claims join ``keep``
        (audited, kept there on re-ingest); returns how many reports moved."""
        with writing(self.engine) as conn:
            return regroup.merge(conn, keep, other, actor=actor, now=self.clock())

    def delete_incident(self, incident_id: str, *, actor: str | None = None) -> None:
        with writing(self.engine) as conn:
            edits.delete_incident(conn, incident_id, actor=actor, now=self.clock())

    # -- reads -----------------------------------------------------------------------------

    def query(
        self, filters: Filters = EVERYTHING, *, columns: tuple[str, ...] = queries.QUERY_COLUMNS
    ) -> pd.DataFrame:
        """Incidents matching the filters, as columns, ordered by date (see queries.frame)."""
        with reading(self.engine) as conn:
            return queries.frame(conn, filters, columns)

    def records(self, filters: Filters = EVERYTHING, *, chunk: int = 10_000) -> Iterator[IncidentRecord]:
        """All matching incidents, streamed (exports of a million rows stay small in memory)."""
        with reading(self.engine) as conn:
            yield from queries.records(conn, filters, chunk=chunk)

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        with reading(self.engine) as conn:
            return readmodels.incident(conn, incident_id)

    def would_join(self, extraction: Extraction) -> dict[str, Choice]:
        """For each proposed incident, the stored incident it would join on saving, and why."""
        with reading(self.engine) as conn:
            return preview(conn, extraction)

    def articles(self) -> pd.DataFrame:
        with reading(self.engine) as conn:
            return queries.article_list(conn)

    def article(self, article_id: str) -> dict[str, Any] | None:
        with reading(self.engine) as conn:
            return readmodels.article(conn, article_id)

    def audit(self, incident_id: str) -> list[AuditEntry]:
        with reading(self.engine) as conn:
            return edits.history(conn, incident_id)
