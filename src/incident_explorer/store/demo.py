"""The bundled demo data: UCDP GED events in Syria 2016-2018 and the sample article(s).

In: a Store and the Settings (``data_dir``). Out: the store filled with the 14,522 UCDP events
(imported as they are, each keeping its UCDP id) and the extracted sample articles; a summary of
what was loaded. Idempotent: loading again updates in place and never duplicates.

The default database loads this on first use; ``incidents demo`` loads it into any database.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from incident_explorer import index_refresh
from incident_explorer.errors import DataFileError, IncidentExplorerError
from incident_explorer.progress import Progress, silent
from incident_explorer.settings import Settings
from incident_explorer.store import importers
from incident_explorer.store.database import Store

UCDP_FILE = Path("ucdp-ged-syria") / "ged_syria_2016_2018.csv.gz"


@dataclass(frozen=True, slots=True)
class DemoResult:
    events: int  # UCDP events imported (added or updated)
    articles: int  # sample articles extracted and stored


def ucdp_path(settings: Settings) -> Path:
    return settings.data_dir / UCDP_FILE


def load(store: Store, settings: Settings, progress: Progress = silent) -> DemoResult:
    """Import the bundled UCDP events, then extract and store the bundled articles."""
    imported = store.import_records(
        importers.read_ucdp(_checked(settings)), progress=_staged(progress, "Loading UCDP GED")
    )
    articles = store.seed(settings, progress)
    return DemoResult(events=imported.inserted + imported.updated, articles=articles)


# One loader at a time in a process: the app's warm-up and its first visitor may both find the
# new database empty; the second waits and then finds it filled.
_LOADING = threading.Lock()
_FINISHING = threading.Lock()
_STARTED: set[str] = set()  # databases whose articles a background thread is already loading
PENDING = "demo_articles_pending"  # meta key: the events are in, the sample articles not yet


def load_if_empty(
    store: Store, settings: Settings, progress: Progress = silent, *, articles_later: bool = False
) -> DemoResult | None:
    """Load the demo data unless the store already holds incidents (None then).

    ``articles_later``: import the events only (a second or two) and leave the articles, which
    need the gazetteer index (~25 s to build on first use), to ``finish``: the explorer shows
    the events at once and the article's incidents when they are ready."""
    with _LOADING:
        if store.count():
            return None
        if not articles_later:
            return load(store, settings, progress)
        store.set_meta(PENDING, "1")  # first: a crash during the import still leaves it pending
        imported = store.import_records(
            importers.read_ucdp(_checked(settings)), progress=_staged(progress, "Loading UCDP GED")
        )
        return DemoResult(events=imported.inserted + imported.updated, articles=0)


def articles_pending(store: Store) -> bool:
    """True while the sample articles of a fast first load are still to be extracted."""
    return store.meta(PENDING) is not None


def finish(store: Store, settings: Settings, progress: Progress = silent) -> int:
    """Extract and store the sample articles ``load_if_empty(articles_later=True)`` left out;
    the number stored (0 when none were pending)."""
    with _FINISHING:
        if not articles_pending(store):
            return 0
        # in a fresh interpreter, or explorer.py's child: a multiprocessing child started here,
        # on a thread of a page run, would run the page (Streamlit makes it __main__) first
        index_refresh.wait_for_build(settings, progress)
        stored = store.seed(settings, progress)
        store.set_meta(PENDING, None)
        return stored


def finish_in_background(store: Store, settings: Settings, progress: Progress = silent) -> None:
    """``finish`` on a daemon thread, once per database and process (a no-op when nothing is
    pending). Nobody waits for it, so a failure is one line on stderr, not raised, and the
    article is no longer pending (the page stops saying it is coming)."""
    key = str(store.engine.url)
    with _FINISHING:
        if key in _STARTED or not articles_pending(store):
            return
        _STARTED.add(key)

    def run() -> None:
        try:
            finish(store, settings, progress)
        except IncidentExplorerError as exc:
            sys.stderr.write(
                f"incidents: the sample article was not loaded ({exc}); load it with `incidents demo`\n"
            )
            with contextlib.suppress(IncidentExplorerError):
                store.set_meta(PENDING, None)
        finally:
            with _FINISHING:
                _STARTED.discard(key)

    threading.Thread(target=run, name="demo-articles", daemon=True).start()


def _checked(settings: Settings) -> Path:
    path = ucdp_path(settings)
    if not path.is_file():
        raise DataFileError(f"the bundled UCDP data is missing ({path}); restore data/ from the repository")
    return path


class _staged:  # noqa: N801 (used like a function)
    """import_records reports "Importing"; this names the stage after what is loaded."""

    def __init__(self, progress: Progress, stage: str) -> None:
        self._progress, self._stage = progress, stage

    def __call__(self, stage: str, done: int, total: int) -> None:
        self._progress(self._stage, done, total)
