"""benchmarks/stages.py charges each stage its own process time: a timed call inside another is
subtracted from the outer one, and a recursive call is timed once (a fake clock, no real time)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def stages() -> Iterator[ModuleType]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location("stages", ROOT / "benchmarks" / "stages.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        yield mod
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


class Clock:
    """Process time that moves only when the code under test says it worked."""

    def __init__(self) -> None:
        self.now = 0.0

    def work(self, seconds: float) -> None:
        self.now += seconds

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(stages: ModuleType, monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(stages.time, "process_time", fake)
    return fake


def test_a_stage_inside_another_is_charged_to_itself_only(stages: ModuleType, clock: Clock) -> None:
    timers = stages.Timers()
    inner = timers.wrap("geocoder", lambda: clock.work(2.0))

    def placing() -> None:
        clock.work(1.0)
        inner()
        inner()
        clock.work(0.5)

    timers.wrap("placing", placing)()
    assert timers.spent == {"placing": 1.5, "geocoder": 4.0}


def test_a_recursive_stage_is_timed_once_at_its_outermost_call(stages: ModuleType, clock: Clock) -> None:
    timers = stages.Timers()

    def countdown(n: int) -> None:
        clock.work(1.0)
        if n:
            timed(n - 1)

    timed = timers.wrap("geocoder", countdown)
    timed(3)
    assert timers.spent == {"geocoder": 4.0}


def test_stages_add_up_to_the_run_when_one_raises(stages: ModuleType, clock: Clock) -> None:
    timers = stages.Timers()

    def failing() -> None:
        clock.work(3.0)
        raise ValueError("no place")

    def outer() -> None:
        clock.work(1.0)
        with pytest.raises(ValueError):
            timers.wrap("spotting", failing)()

    timers.wrap("extract", outer)()
    assert timers.spent == {"extract": 1.0, "spotting": 3.0}
    assert sum(timers.spent.values()) == clock.now
