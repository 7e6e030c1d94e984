"""The event-place model's training recipe (benchmarks/train_event_place_model.py): the threshold of
the lowest price, never above the ceiling (``CEILING``: above it the dev table's UCDP headlines of
two fronts lose their placed incident)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

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


def test_fits_side_by_side_are_the_fits_one_by_one() -> None:
    one = trainer.Fits(_rows(), trainer.L2, ("sentence",), 0.0)
    many = trainer.Fits(_rows(), trainer.L2, ("sentence",), 0.0)
    keys = [(), (1,), (2, 3)]
    many.prefetch(keys)
    for key in keys:
        assert np.allclose(many.without(*key), one.without(*key), atol=1e-9)


class _Reports:
    """Reports whose figures fall at any threshold above 0: a model that sets anything aside puts
    each batch's report at a distractor and loses it."""

    def figures(self, batch: int, w: np.ndarray, threshold: float) -> dict[str, int]:
        lost = threshold > 0
        return {
            "reports": 1,
            "placed+dated": int(not lost),
            "at a distractor": int(lost),
            "second events kept": 0,
        }


def test_the_reports_figures_weigh_in_the_threshold() -> None:
    fits = trainer.Fits(_rows(), trainer.L2, ("sentence",), 0.0)
    assert trainer.choose(fits, (), 1.0, ceiling=1.0) > 0.15  # the sentences alone
    reports = _Reports()
    assert trainer.choose(fits, (), 1.0, 1.0, reports, 2.0) == 0.0  # type: ignore[arg-type]
    assert trainer.choose(fits, (), 1.0, 1.0, reports, 0.0) > 0.15  # priced at nothing they weigh nothing


class _Headlines:
    """UCDP headlines each batch of which loses its three placed ones at any threshold above 0."""

    def placed(self, fold: int, w: np.ndarray, threshold: float) -> int:
        return 3 if threshold == 0 else 0


def test_the_ucdp_headlines_placed_weigh_in_the_threshold() -> None:
    fits = trainer.Fits(_rows(), trainer.L2, ("sentence",), 0.0)
    heads = _Headlines()
    assert trainer.choose(fits, (), 1.0, 1.0, heads=heads, ucdp_price=2.0) == 0.0  # type: ignore[arg-type]
    assert trainer.choose(fits, (), 1.0, 1.0, heads=heads, ucdp_price=0.0) > 0.15  # type: ignore[arg-type]
    assert trainer.choose(fits, (), 1.0, 1.0, heads=heads, ucdp_price=0.1) > 0.15  # type: ignore[arg-type]


def test_batches_grouped_into_folds(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [trainer.Row("sentence", b, b, [1.0, 0.0], 1, [b]) for b in (1, 2, 3, 4, 5)]
    marked = {b: 1 for b in (1, 2, 3, 4, 5)}
    assert trainer.grouped(rows, marked) == (rows, marked)  # by default a fold is a batch
    monkeypatch.setattr(trainer, "GROUPS", 2)
    out, by_group = trainer.grouped(rows, marked)
    assert [r.fold for r in out] == [1, 2, 1, 2, 1]
    assert by_group == {1: 3, 2: 2}
    assert [r.fold for r in rows] == [1, 2, 3, 4, 5]  # the rows given are left as they were
