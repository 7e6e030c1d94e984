"""The event-place model's training recipe (benchmarks/train_event_place_model.py): the threshold of
the lowest price, never above the ceiling (``CEILING``: above it the dev table's UCDP headlines of
two fronts lose their placed incident)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import train_event_place_model as trainer  # noqa: E402


def _rows() -> list[trainer.Row]:
    """Three batches of made-up rows: real places read one way, false ones another, and a few of
    each read alike, so that some threshold between them sets the false ones aside."""
    rows, gold = [], 0
    for fold in (1, 2, 3):
        for k in range(12):
            rows.append(trainer.Row("sentence", fold, k, [1.0, 0.0], 1, [gold]))
            gold += 1
        for k in range(4):
            rows.append(trainer.Row("sentence", fold, 100 + k, [0.0, 1.0], 0, []))
        rows.append(trainer.Row("sentence", fold, 200, [0.0, 1.0], 1, [gold]))
        gold += 1
    return rows


def test_the_threshold_is_the_cheapest_under_the_ceiling() -> None:
    fits = trainer.Fits(_rows(), trainer.L2, ("sentence",), 0.0)
    free = trainer.choose(fits, (), 1.0, ceiling=1.0)
    capped = trainer.choose(fits, (), 1.0, ceiling=0.15)
    assert free > 0.15  # the false places score high enough that a threshold above 0.15 is cheaper
    assert capped <= 0.15
    assert trainer.choose(fits, (), 1.0) == capped  # the default ceiling is 0.15
    assert trainer.CEILING == 0.15
