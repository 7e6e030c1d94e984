"""Pacing Python's cyclic garbage collector while one process works through a batch."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paced(*, cycles: bool = True) -> Iterator[None]:
    """A batch (geocode queries, articles to extract or ingest) fills the geocoder's and the
    extractor's caches with hundreds of thousands of small objects that live to the end and hold
    no reference cycles; at the cyclic collector's default pace its passes over them took a fifth
    of a geocode batch's CPU and ~6 % of an extraction run's (benchmarks/geocode.py,
    benchmarks/accuracy.py --throughput). What is loaded before the batch starts is left out of
    the passes, and they come less often, until the batch ends; the caller's settings are then
    restored.

    ``cycles=False``: the batch's own work makes no reference cycles at all, so the collector is
    off until the batch ends. The offline geocoder's queries make none (the 20,000 of
    benchmarks/geocode.py left nothing to collect), and even the paced passes, walking each new
    cache entry once for nothing, took ~7 % of a `geocode --batch`'s CPU.

    At the end, what the batch made joins what was loaded before it, in the oldest generation:
    turned back on with every object the batch made still young, the collector walked them all
    in one pass at the next allocation (~0.26 CPU-s per 5,000 geocoder queries, ~5 % of the
    batch, and nothing to collect), usually just before the process ends."""
    threshold = gc.get_threshold()
    enabled = gc.isenabled()
    gc.freeze()
    if cycles:
        gc.set_threshold(50_000, 20, 20)
    else:
        gc.disable()
    try:
        yield
    finally:
        if cycles:
            # what the batch left unreachable in the youngest generation is freed now, not moved
            # with the rest to the oldest one, where only a full pass would find it: an ingest's
            # store sessions leave cycles that die young (2,710 objects at the end of 300
            # articles, 11 ms); the older young generation held none, and walking it cost 0.09 to
            # 0.2 CPU-s a batch (2 % of an 800-report extraction), so it is left alone
            gc.collect(0)
        gc.freeze()  # (the batch's objects too; unfreeze moves them all to the oldest generation)
        gc.set_threshold(*threshold)
        if enabled:
            gc.enable()
        gc.unfreeze()
