"""The bundled sample: a new default database is filled with ``data/articles`` on first open.

In: settings (where the data folder is) and a function that stores one extraction. Out: the
number of articles stored. The extractor is loaded only when there is something to seed.
"""

from __future__ import annotations

from collections.abc import Callable

from incident_explorer.extraction.results import Extraction
from incident_explorer.progress import Progress, silent
from incident_explorer.settings import Settings


def seed(settings: Settings, store_one: Callable[[Extraction], object], progress: Progress = silent) -> int:
    """Extract and store the sample articles (``data/articles/*.md``)."""
    from incident_explorer.extraction.article import from_path
    from incident_explorer.extraction.pipeline import Extractor

    paths = sorted((settings.data_dir / "articles").glob("*.md"))
    if not paths:
        return 0
    extractor = Extractor.from_settings(settings, progress)
    for i, path in enumerate(paths):
        progress("Loading sample articles", i, len(paths))
        store_one(extractor.extract(from_path(path)))
    progress("Loading sample articles", len(paths), len(paths))
    return len(paths)
