"""The bundled demo data: UCDP GED events in Syria 2016-2018 and the sample article(s).

In: a Store and the Settings (``data_dir``). Out: the store filled with the 14,522 UCDP events
(imported as they are, each keeping its UCDP id) and the extracted sample articles; a summary of
what was loaded. Idempotent: loading again updates in place and never duplicates.

The default database loads this on first use; ``incidents demo`` loads it into any database.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from incident_explorer.errors import DataFileError
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
    path = ucdp_path(settings)
    if not path.is_file():
        raise DataFileError(f"the bundled UCDP data is missing ({path}); restore data/ from the repository")
    imported = store.import_records(importers.read_ucdp(path), progress=_staged(progress, "Loading UCDP GED"))
    articles = store.seed(settings, progress)
    return DemoResult(events=imported.inserted + imported.updated, articles=articles)


# One loader at a time in a process: the app's warm-up and its first visitor may both find the
# new database empty; the second waits and then finds it filled.
_LOADING = threading.Lock()


def load_if_empty(store: Store, settings: Settings, progress: Progress = silent) -> DemoResult | None:
    """Load the demo data unless the store already holds incidents (None then)."""
    with _LOADING:
        if store.count():
            return None
        return load(store, settings, progress)


class _staged:  # noqa: N801 (used like a function)
    """import_records reports "Importing"; this names the stage after what is loaded."""

    def __init__(self, progress: Progress, stage: str) -> None:
        self._progress, self._stage = progress, stage

    def __call__(self, stage: str, done: int, total: int) -> None:
        self._progress(self._stage, done, total)
