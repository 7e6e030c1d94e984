"""explorer.py's warm-up: what it loads for the server's life is left out of the collector's
later passes, and the collector rests while it loads (a full pass then held the interpreter lock
the first visitor's page run needed)."""

from __future__ import annotations

import gc
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from incident_explorer import basemap
from incident_explorer.places import index
from incident_explorer.settings import Settings
from incident_explorer.store import database, demo, snapshot

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def explorer() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("explorer_under_test", REPO / "explorer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    enabled = gc.isenabled()
    yield module
    gc.unfreeze()  # (the suite's own objects go back to the collector)
    if enabled:
        gc.enable()


class _Store:
    def close(self) -> None:
        pass


def test_the_warm_up_loads_with_the_collector_resting_and_leaves_it_on(
    explorer: ModuleType, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, bool] = {}

    def note(what: str, value: object = None) -> object:
        seen[what] = gc.isenabled()
        return value

    monkeypatch.setattr(Settings, "from_env", staticmethod(lambda: settings))
    monkeypatch.setattr(index, "start_build_in_child", lambda *a, **k: None)
    monkeypatch.setattr(basemap, "build", lambda *a, **k: note("basemap"))
    monkeypatch.setattr(database.Store, "open", lambda *a, **k: note("store", _Store()))
    monkeypatch.setattr(snapshot.Snapshot, "load", lambda *a, **k: note("snapshot"))
    # the sample article may wait for a new index for half a minute: the collector is on by then
    monkeypatch.setattr(demo, "finish", lambda *a, **k: note("finish"))
    gc.enable()
    frozen = gc.get_freeze_count()
    explorer._warm()
    assert seen == {"basemap": False, "store": False, "snapshot": False, "finish": True}
    assert gc.isenabled()
    assert gc.get_freeze_count() > frozen  # what was loaded is out of the later passes


def test_a_failing_warm_up_leaves_the_collector_on(
    explorer: ModuleType, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("no room for the basemap")

    monkeypatch.setattr(Settings, "from_env", staticmethod(lambda: settings))
    monkeypatch.setattr(index, "start_build_in_child", lambda *a, **k: None)
    monkeypatch.setattr(basemap, "build", fail)
    gc.enable()
    with pytest.raises(OSError):
        explorer._warm()
    assert gc.isenabled()
