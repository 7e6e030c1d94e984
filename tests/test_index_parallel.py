"""The index build on two cores (a forked child for names, SQLite sorting beside Python) gives
the index one process and one thread give, byte for byte."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import threading
from pathlib import Path
from typing import BinaryIO

import pytest
from conftest import small_collector

from incident_explorer.places import index
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the split forks on Linux only")


def _with_fallbacks(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    """The small collector's places, then towns of a gap-filling source: one named like an
    earlier place (its name goes to `held`), one spelt like one, one of its own."""
    entries, countries = small_collector(settings, progress)
    first = entries[0].place
    towns = [
        (first.name, first.name),
        ("Kafr Tall", "Kfar Tell"),
        ("Qaryat Zaytun", "Zaytoun Village"),
    ]
    for i, (name, other) in enumerate(towns):
        place = Place(f"test:fallback-{i}", name, 35.0 + i / 10, 37.0, Feature.CITY, "SY", "Homs")
        entries.append(Entry(place=place, names=(name, other), ancestry=("Homs", "Syria"), fallback=True))
    return entries, countries


def _build(settings: Settings, name: str) -> bytes:
    path = settings.cache_dir / name
    index.build(settings, path, "fp", collector=_with_fallbacks)
    return hashlib.sha256(path.read_bytes()).digest()


@pytest.fixture
def parent_ranges(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The entry ranges this process indexed itself (a forked child's calls are not seen here)."""
    seen: list[tuple[int, int]] = []
    real = index._index_range

    def spy(rows: index._NameRows, entries: list[Entry], start: int, stop: int, *rest: object) -> None:
        if os.getpid() == me:
            seen.append((start, stop))
        real(rows, entries, start, stop, *rest)  # type: ignore[arg-type]

    me = os.getpid()
    monkeypatch.setattr(index, "_index_range", spy)
    monkeypatch.setattr(index, "_core_free", lambda: True)  # (whatever else runs beside the tests)
    monkeypatch.setattr(index, "PART_ENTRIES", 7)  # several parts through the pipe
    return seen


def test_a_split_build_is_byte_identical_to_one_process(
    small_settings: Settings, monkeypatch: pytest.MonkeyPatch, parent_ranges: list[tuple[int, int]]
) -> None:
    monkeypatch.setattr(index, "SPLIT_MIN_ENTRIES", 10**9)
    alone = _build(small_settings, "alone.sqlite")
    total = parent_ranges[-1][1]
    assert parent_ranges == [(0, total - 3), (total - 3, total)]
    parent_ranges.clear()
    monkeypatch.setattr(index, "SPLIT_MIN_ENTRIES", 0)
    assert _build(small_settings, "split.sqlite") == alone
    (_, split), fallback = parent_ranges
    assert 0 < split < total - 3  # the child indexed split .. the fallback towns
    assert fallback == (total - 3, total)


def test_a_child_that_fails_or_dies_midway_leaves_its_part_to_the_parent(
    small_settings: Settings, monkeypatch: pytest.MonkeyPatch, parent_ranges: list[tuple[int, int]]
) -> None:
    monkeypatch.setattr(index, "SPLIT_MIN_ENTRIES", 10**9)
    alone = _build(small_settings, "alone.sqlite")
    monkeypatch.setattr(index, "SPLIT_MIN_ENTRIES", 0)
    real_send = index._NameRows.send

    def fails(rows: index._NameRows, out: BinaryIO) -> None:
        raise RuntimeError("a child's error")

    def dies_midway(rows: index._NameRows, out: BinaryIO) -> None:
        real_send(rows, out)  # its first part
        out.flush()
        os._exit(0)  # exits "well" with its rows cut short: the parent counts what it reads

    for send in (fails, dies_midway):
        parent_ranges.clear()
        monkeypatch.setattr(index._NameRows, "send", send)
        assert _build(small_settings, f"{send.__name__}.sqlite") == alone
        assert len(parent_ranges) == 3  # its own part, the child's, the fallback towns


def test_no_child_is_forked_beside_other_threads() -> None:
    assert index._can_fork()
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not index._can_fork()
    finally:
        stop.set()
        other.join()


@pytest.mark.parametrize(
    ("cores", "load", "free"),
    [(2, 0.3, True), (2, 1.6, True), (2, 2.5, False), (4, 3.5, True), (1, 0.0, False)],
)
def test_the_helper_is_forked_only_where_a_core_is_free(
    small_settings: Settings, monkeypatch: pytest.MonkeyPatch, cores: int, load: float, free: bool
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)))
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    monkeypatch.setattr(index, "SPLIT_MIN_ENTRIES", 0)
    assert index._core_free() is free
    forks: list[int] = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    _build(small_settings, "built.sqlite")
    assert len(forks) == int(free)


def test_an_interrupted_build_stops_its_child(tmp_path: Path) -> None:
    marker = tmp_path / "child-finished"

    def slow(job: BinaryIO, out: BinaryIO) -> None:
        threading.Event().wait(30)
        marker.write_text("finished")

    child = index._Child.start(slow, tmp_path)
    assert child is not None
    child.cancel()
    assert not marker.exists()


def test_a_child_given_no_job_ends(tmp_path: Path) -> None:
    child = index._Child.start(index._index_job, tmp_path)
    assert child is not None
    assert child.give(b"")
    assert child.result(lambda fh: None)


def _key_filter_loop(keys: list[str]) -> bytes:
    """The key filter as a loop over the keys (what KeyFilter.of computes over arrays)."""
    unique = set(keys)
    bits = bytearray((max(8, len(unique) * index.KeyFilter.BITS_PER_KEY) + 7) // 8)
    size = len(bits) * 8
    for key in unique:
        h1, h2 = index.KeyFilter._hashes(key)
        for at in (h1 % size, (h1 + h2) % size, (h1 + 2 * h2) % size):
            bits[at >> 3] |= 1 << (at & 7)
    return bytes(bits)


@pytest.mark.parametrize(
    "keys",
    [
        [],
        ["homs"],
        ["kafr nabl", "kafrnabl", "deir ez zor", "ma arrat al numan", "حمص", "tal abyad", "homs"],
        [f"{a}{b} village {n}" for a in "bdkmst" for b in "aiou" for n in range(300)],
    ],
)
def test_the_key_filter_over_arrays_sets_the_bits_the_loop_sets(keys: list[str]) -> None:
    made = index.KeyFilter.of(keys)
    assert made.bits == _key_filter_loop(keys)
    assert all(made.may_name(k) for k in keys)


def test_work_beside_a_sort_is_done_and_a_failed_sort_is_raised(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "t.sqlite", check_same_thread=False)
    db.execute("CREATE TABLE t (k TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (k, n)) WITHOUT ROWID")
    rows = [("b", 2), ("a", 1), ("b", 2), ("a", 0)]
    assert index._fill_sorted_beside(db, "t", "k, n", rows, lambda: "done beside") == "done beside"
    assert db.execute("SELECT k, n FROM t").fetchall() == [("a", 0), ("a", 1), ("b", 2)]
    db.execute("CREATE TABLE u (k TEXT NOT NULL)")
    with pytest.raises(sqlite3.OperationalError):  # (no such column: the sort fails in its thread)
        index._fill_sorted_beside(db, "u", "missing", [("x",)], lambda: None)
    db.close()
