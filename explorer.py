"""Start the explorer with its slow first steps done up front: `python explorer.py [options]`.

The same as `streamlit run app.py [options]`, except that while the server starts, the
libraries and core modules the pages use are imported and the incident store is opened
(filling the default database with the demo data on first use), so the first visitor of a
fresh server does not wait for them. Streamlit runs a page's code only when someone opens
it; this runs the slow part once, in the same process, before anyone does.
"""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

APP = Path(__file__).resolve().parent / "app.py"


def _warm() -> None:
    from incident_explorer.places import index
    from incident_explorer.progress import StderrProgress
    from incident_explorer.settings import Settings

    settings = Settings.from_env()
    progress = StderrProgress()
    # First of all, as it takes longest: a new gazetteer index, built on the other core.
    index.start_build_in_child(settings, progress)

    # What is loaded here lives as long as the server and holds no cycles to collect: the
    # collector rests while it loads (three or four full passes over it) and is then left out of
    # every later pass, so the passes a page's run sets off walk only what pages made (one fell
    # inside every first visit measured: ~0.15 CPU-s over these objects, ~0.01 without them).
    gc.disable()
    try:
        # Libraries and core modules only: Streamlit objects (components, caches) are made by
        # the first page run, in Streamlit's own thread.
        import altair  # noqa: F401
        import folium  # noqa: F401
        import pandas  # noqa: F401

        from incident_explorer import basemap, mapview  # noqa: F401
        from incident_explorer.extraction import pipeline  # noqa: F401
        from incident_explorer.places import gazetteer, offline  # noqa: F401
        from incident_explorer.store import database, demo, snapshot

        basemap.build(settings)
        # A new default database gets the UCDP events now (the map has them in seconds) and the
        # sample article once the index is built.
        store = database.Store.open(settings, progress=progress, articles_later=True)
        snapshot.Snapshot.load(store)
    finally:
        gc.freeze()
        gc.enable()
    demo.finish(store, settings, progress)  # (waits for the index on a fresh machine)
    store.close()


def main() -> None:
    from streamlit.web import cli

    threading.Thread(target=_warm, name="warm-up", daemon=True).start()
    sys.argv = ["streamlit", "run", str(APP), *sys.argv[1:]]
    cli.main()


if __name__ == "__main__":
    main()
