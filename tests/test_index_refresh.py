"""While the index of a changed user places file is built (in the background, in the app),
searches keep the index they had; the new one is served once it is built."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import small_collector

from incident_explorer import index_refresh
from incident_explorer.places import index
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.sources import user_places
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

PLACES = [
    ("tal-hamra-camp", "Tal Hamra Camp", "34.51", "36.02"),
    ("north-gate-market", "North Gate Market", "36.21", "37.15"),
    ("old-mill-crossing", "Old Mill Crossing", "35.14", "36.75"),
]


def _build(settings: Settings, progress: Progress) -> None:
    index.ensure_index(settings, progress, small_collector)


def _add(settings: Settings, ident: str, name: str, lat: str, lon: str) -> None:
    row = {"id": ident, "name": name, "latitude": lat, "longitude": lon, "country": "SY", "feature": "point"}
    user_places.add(settings.user_places, row)


def _knows(gazetteer: Gazetteer, name: str) -> bool:
    return bool(gazetteer.exact(" ".join(name.lower().split())))


def test_the_previous_index_answers_until_the_new_one_is_built(small_settings: Settings) -> None:
    started: list[Path] = []
    _build(small_settings, index.silent)
    last = index.fingerprint(small_settings)
    assert index_refresh.choose(small_settings, last) == index_refresh.Serving(last, True)
    for ident, name, lat, lon in PLACES:
        _add(small_settings, ident, name, lat, lon)
        serving = index_refresh.choose(small_settings, last, start=lambda s: started.append(s.cache_dir))
        assert serving == index_refresh.Serving(last, False)  # the old index, its build started
        assert index_refresh.ready(small_settings) is False
        old = index_refresh.open_serving(small_settings, serving)
        assert not _knows(old, name)
        old.close()
        index_refresh.wait_for_build(small_settings, build=_build)
        now = index_refresh.choose(small_settings, last, start=lambda s: started.append(s.cache_dir))
        assert now.current and now.stamp != last
        new = index_refresh.open_serving(small_settings, now)
        assert _knows(new, name)
        new.close()
        last = now.stamp
    assert len(started) == len(PLACES)  # one build started per change, none once built


def test_nothing_served_yet_means_the_current_index(small_settings: Settings) -> None:
    built: list[Settings] = []
    want = index.fingerprint(small_settings)
    # a first run has no older index to fall back on: the caller opens (and so waits for) this one
    assert index_refresh.choose(small_settings, None, start=built.append) == index_refresh.Serving(want, True)
    _build(small_settings, index.silent)
    _add(small_settings, *PLACES[0])
    # a stamp served before whose file is gone is no fallback either
    assert index_refresh.choose(small_settings, "gone", start=built.append).current
    assert built == []
    index_refresh.wait_for_build(small_settings, build=lambda s, p: built.append(s))
    assert built == [small_settings]


def test_the_build_runs_as_the_command_line_does_in_a_fresh_interpreter(
    small_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a multiprocessing child spawned from a Streamlit page ran the page's script (Streamlit
    # makes it __main__) before the build; a fresh interpreter runs `incidents index` only
    started: list[tuple[list[str], dict[str, str]]] = []

    class Child:
        def __init__(self, args: list[str], env: dict[str, str], **_: object) -> None:
            started.append((args, env))

        def poll(self) -> int | None:
            return None  # still running

    monkeypatch.setattr(index_refresh, "_child", None)
    monkeypatch.setattr(index_refresh.subprocess, "Popen", Child)
    index_refresh.start_build(small_settings)
    index_refresh.start_build(small_settings)  # one build at a time
    assert len(started) == 1
    args, env = started[0]
    assert "main(['--quiet', 'index'])" in args[-1]
    assert env["INCIDENTS_USER_PLACES"] == str(small_settings.user_places)
    assert env["INCIDENTS_CACHE_DIR"] == str(small_settings.cache_dir)
    _build(small_settings, index.silent)
    monkeypatch.setattr(index_refresh, "_child", None)
    index_refresh.start_build(small_settings)  # built: nothing to start
    assert len(started) == 1


def test_a_build_explorer_started_is_waited_for_not_doubled(
    small_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # explorer.py starts the index's build before the server; a search or the first run's sample
    # article meanwhile built the same index a second time beside it
    started: list[object] = []
    joined: list[Settings] = []
    monkeypatch.setattr(index_refresh, "_child", None)
    monkeypatch.setattr(index_refresh.subprocess, "Popen", lambda *a, **k: started.append(a))
    monkeypatch.setattr(index, "child_running", lambda: True)
    monkeypatch.setattr(index, "build_in_child", lambda settings, progress: joined.append(settings))
    index_refresh.start_build(small_settings)
    assert started == []
    index_refresh.wait_for_build(small_settings)
    assert started == [] and joined == [small_settings]
