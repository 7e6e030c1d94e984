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
