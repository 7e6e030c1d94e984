"""Which gazetteer index a running app serves while a new one is built.

In: the settings (whose fingerprint changes when the user places file does) and the stamp the
app served last. Out: the stamp to serve now, and whether it is the current sources' index.

A user place added in the app changes the sources; the new index takes ~27 s of one core's
work (measured: `incidents index --rebuild`, 27.3 s CPU; 113 s wall at load average 9). Built
on a page's thread, that work held the interpreter lock every session needs, so the whole app
stopped for it. Instead the build runs in a child process (``start_build``: ``incidents index``,
a fresh interpreter: a multiprocessing child spawned from a page would run the page's script,
which Streamlit makes ``__main__``, before the build) and searches keep using the index they had
until the new one is in place; extraction, which should know the new place, waits for the child
(``wait_for_build``) without holding the lock.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from incident_explorer.places import index
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.progress import Progress, silent
from incident_explorer.settings import Settings

# Measured CPU seconds of one full index build (see above): what the app tells the analyst.
BUILD_CPU_SECONDS = 27


@dataclass(frozen=True, slots=True)
class Serving:
    stamp: str  # the fingerprint whose index to open
    current: bool  # False: an older index while the current one is being built


def ready(settings: Settings, stamp: str | None = None) -> bool:
    """True when the index for ``stamp`` (default: the current sources) is built."""
    stamp = index.fingerprint(settings) if stamp is None else stamp
    return index.stored_fingerprint(index.index_path(settings, stamp)) == stamp


# The one build this process started (a second request while it runs waits for it).
_LOCK = threading.Lock()
_child: subprocess.Popen[bytes] | None = None


def start_build(settings: Settings, *, show_progress: bool = False) -> None:
    """Start building the current index in a child process unless it is built or being built
    (by our child, or by the one ``explorer.py`` starts before the server). The child is
    ``incidents index`` with these settings; its progress (if shown) and errors go to our stderr."""
    global _child
    with _LOCK:
        if ready(settings) or index.child_running() or (_child is not None and _child.poll() is None):
            return
        env = {
            **os.environ,
            "INCIDENTS_DATA_DIR": str(settings.data_dir),
            "INCIDENTS_CACHE_DIR": str(settings.cache_dir),
            "INCIDENTS_USER_PLACES": str(settings.user_places),
        }
        flags = "'index'" if show_progress else "'--quiet', 'index'"
        code = f"import sys; from incident_explorer.cli import main; sys.exit(main([{flags}]))"
        _child = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL)


def _wait_for_child(settings: Settings, progress: Progress) -> None:
    if index.child_running():
        index.build_in_child(settings, progress)  # explorer.py's child: wait for it
        return
    start_build(settings, show_progress=progress is not silent)
    with _LOCK:
        child = _child
    if child is not None:
        child.wait()


def choose(
    settings: Settings,
    last: str | None,
    *,
    start: Callable[[Settings], None] | None = None,
) -> Serving:
    """The index to serve: the current one when it is built; else the one served ``last`` (its
    file still there), with the current one's build started in the background; else the
    current one (nothing to fall back on: the caller opens it and so waits for it)."""
    want = index.fingerprint(settings)
    if want == last or ready(settings, want):
        return Serving(want, True)
    if last is not None and ready(settings, last):
        (start or start_build)(settings)
        return Serving(last, False)
    return Serving(want, True)


def wait_for_build(
    settings: Settings,
    progress: Progress = silent,
    *,
    build: Callable[[Settings, Progress], None] = _wait_for_child,
) -> None:
    """Build the current index, if it is not built, in a child process and wait for it (the
    caller's thread sleeps; other sessions keep the interpreter). If the child failed, opening
    the index builds it here and reports why."""
    if not ready(settings):
        build(settings, progress)


def open_serving(settings: Settings, serving: Serving) -> Gazetteer:
    """The gazetteer of ``serving``: an older index is opened as it is; the current one is built
    first if it is not (in a child process) and opened."""
    if not serving.current:
        return Gazetteer(_path(settings, serving.stamp))
    wait_for_build(settings)
    return Gazetteer.open(settings)


def _path(settings: Settings, stamp: str) -> Path:
    return index.index_path(settings, stamp)
