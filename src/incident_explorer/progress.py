"""Progress for long work, on stderr: a live line on a terminal, a line per stage otherwise."""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO


class Progress(Protocol):
    def __call__(self, stage: str, done: int, total: int) -> None: ...


def silent(stage: str, done: int, total: int) -> None:
    """A Progress that reports nothing (library use, tests)."""


class StderrProgress:
    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._tty = self._stream.isatty()
        self._stage = ""
        self._last = 0.0
        self._start = time.monotonic()

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage != self._stage:
            if self._tty and self._stage:
                self._stream.write("\n")
            self._stage = stage
            if not self._tty:
                self._stream.write(f"{stage}...\n")
                self._stream.flush()
        if self._tty and (now - self._last > 0.1 or done >= total):
            self._last = now
            pct = 100 * done // total if total else 100
            bar = "#" * (pct // 4)
            self._stream.write(f"\r{stage}: [{bar:<25}] {pct:3d}% ({done}/{total})")
            self._stream.flush()

    def finish(self, message: str) -> None:
        if self._tty and self._stage:
            self._stream.write("\n")
        elapsed = time.monotonic() - self._start
        self._stream.write(f"{message} in {elapsed:.1f} s\n")
        self._stream.flush()
