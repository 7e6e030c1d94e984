"""The collector pacing a batch runs under: settings restored afterwards, whatever happens."""

from __future__ import annotations

import gc

import pytest

from incident_explorer.batching import collector_paced


def test_a_paced_batch_freezes_what_is_loaded_and_restores_the_settings() -> None:
    before = gc.get_threshold()
    with collector_paced():
        assert gc.isenabled()
        assert gc.get_threshold() == (50_000, 20, 20)
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_batch_without_cycles_runs_with_the_collector_off_and_turns_it_back_on() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), collector_paced(cycles=False):
        assert not gc.isenabled()
        raise RuntimeError("a batch that fails")
    assert gc.isenabled()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_collector_the_caller_had_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paced(cycles=False):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_objects_a_batch_made_are_not_walked_again_when_it_ends() -> None:
    walked: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            walked.append(info["generation"])

    with collector_paced(cycles=False):
        made = [[i] for i in range(200_000)]  # a batch's caches, kept to the end
    gc.callbacks.append(note)
    try:
        after = [[i] for i in range(100)]  # the young generation's count starts again from zero
    finally:
        gc.callbacks.remove(note)
    assert walked == []
    assert len(after) == 100 and gc.is_tracked(made[0])
    assert any(o is made for o in gc.get_objects(generation=2))


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_what_a_paced_batch_left_unreachable_is_freed_when_it_ends_not_kept_to_a_full_pass() -> None:
    import weakref

    gc.collect()
    with collector_paced():
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # a store session's cycle, dropped before the batch ends
        gone = weakref.ref(a)
        del a, b
        assert gone() is not None  # a young cycle, waiting for the collector
    assert gone() is None
