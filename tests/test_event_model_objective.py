"""The report model's trainer (benchmarks/train_event_model.py) chooses its threshold by the price
of its misses (a report at a distractor 1, a second real event lost 1, a report no longer placed
2); it counts a wire report's incident at a distractor more than once in the fit
(train_linking.fit's row weights); and its folds read their rows through an event-place model
fitted without their batch."""

from __future__ import annotations

import importlib.util
import math
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from incident_explorer.extraction.event_places import FEATURES as EVENT_PLACE_FEATURES
from incident_explorer.extraction.event_places import EventPlaceModel, default_places
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.salience import FEATURES

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod  # its dataclasses look their module up
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return mod


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    try:
        yield _load("train_event_model")
    finally:
        sys.modules.pop("train_event_model", None)


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _row(trainer: ModuleType, feature: str, **kw: object) -> object:
    return trainer.Row([float(f == feature) for f in FEATURES], **kw)


def _report(trainer: ModuleType, side: float, other: float, other_is_main: bool) -> tuple[list, np.ndarray]:
    """A report of three incidents: its best, one at a distractor scored ``side``, and a real
    event scored ``other`` (its main event when ``other_is_main``, else a second one)."""
    w = np.zeros(len(FEATURES) + 1)
    w[1 + FEATURES.index("lead_event")] = 3.0
    w[1 + FEATURES.index("big_town")] = _logit(side)
    w[1 + FEATURES.index("near_other")] = _logit(other)
    best = _row(trainer, "lead_event", label=1, good=not other_is_main, bad=False, hits=[1])
    rows = [
        best,
        _row(trainer, "big_town", label=0, good=False, bad=True),
        _row(trainer, "near_other", label=1, good=other_is_main, bad=False, hits=[0]),
    ]
    return [trainer.Doc("wire", 1, rows, True, 1, "a report")], w


@pytest.mark.parametrize(("side", "second"), [(0.3, 0.62), (0.45, 0.51), (0.12, 0.66)])
def test_a_distractor_that_costs_no_real_event_is_dropped(
    trainer: ModuleType, side: float, second: float
) -> None:
    docs, w = _report(trainer, side, second, other_is_main=False)
    t = trainer.choose(docs, w)
    f = trainer.figures(docs, w, t)
    assert f["wire at a distractor"] == 0 and f["wire second kept"] == 1, t


@pytest.mark.parametrize(("side", "second"), [(0.55, 0.52), (0.62, 0.6), (0.66, 0.51)])
def test_a_distractor_is_not_dropped_for_as_much_in_second_events(
    trainer: ModuleType, side: float, second: float
) -> None:
    # one wrong incident for one right one: the price is the same, and the lower threshold stays
    docs, w = _report(trainer, side, second, other_is_main=False)
    t = trainer.choose(docs, w)
    assert trainer.figures(docs, w, t)["wire second kept"] == 1, t
    # the eighteenth session's objective took the distractor whatever it cost
    t = trainer.choose(docs, w, goal=trainer.distractor_first)
    assert trainer.figures(docs, w, t)["wire at a distractor"] == 0, t


@pytest.mark.parametrize(("side", "main"), [(0.55, 0.52), (0.4, 0.35), (0.68, 0.2)])
def test_a_distractor_is_not_dropped_at_a_placed_reports_cost(
    trainer: ModuleType, side: float, main: float
) -> None:
    docs, w = _report(trainer, side, main, other_is_main=True)
    t = trainer.choose(docs, w)
    assert trainer.figures(docs, w, t)["wire placed"] == 1, t


def test_a_row_weighed_twice_fits_as_the_row_told_twice() -> None:
    fit = _load("train_linking").fit
    x = np.array([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0], [1.0, 1.0, 1.0], [1.0, 0.0, 0.0]])
    y = np.array([1.0, 0.0, 0.0, 1.0])
    twice = fit(np.vstack([x, x[1:2]]), np.r_[y, y[1]], steps=300)
    weighed = fit(x, y, steps=300, weights=np.array([1.0, 2.0, 1.0, 1.0]))
    assert np.allclose(twice, weighed)
    assert np.allclose(fit(x, y, steps=300), fit(x, y, steps=300, weights=np.ones(4)))


def test_the_trainer_reads_the_incidents_the_runtime_gives_the_report_model(
    trainer: ModuleType, extractor: Extractor
) -> None:
    # the event-place model runs before the report model at runtime: the rows are read after it
    rules = Extractor(extractor.geocoder, extractor.actors, extractor.events, rules_only=True)
    read = trainer.reader(rules)
    assert read.model is None
    assert read.places is not None and read.places == default_places()


def test_a_fold_reads_again_only_the_texts_its_own_event_place_model_decides_otherwise(
    trainer: ModuleType, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    wire = sys.modules["wire"]
    here = wire.Point("Aleppo", 36.2, 37.16)
    day = date(2017, 4, 7)
    texts = [
        "Shelling killed four civilians in Aleppo on Friday, a monitor said.",
        "Gunmen shot dead two guards at a checkpoint in Aleppo on Friday.",
        "The talks were postponed again, diplomats said on Friday.",
    ]
    reports = [wire.Report(t, day, here, day, ()) for t in texts]
    monkeypatch.setattr(trainer, "items", lambda: [trainer.Item("wire", 1, r) for r in reports])
    rules = Extractor(extractor.geocoder, extractor.actors, extractor.events, rules_only=True)
    shipped = EventPlaceModel(dict.fromkeys(EVENT_PLACE_FEATURES, 0.0), 0.0, 0.0)  # keeps every place
    doubting = EventPlaceModel(dict.fromkeys(EVENT_PLACE_FEATURES, 0.0), 0.0, 0.9)  # sets every one aside
    docs, by_fold = trainer.collect_nested(rules, shipped, {1: shipped, 2: doubting})
    assert [len(d.rows) for d in docs] == [1, 1, 0]
    assert by_fold[1] == {}  # the same decisions: the same rows
    assert sorted(by_fold[2]) == [0, 1]  # the third tells no event place: nothing to decide otherwise
    assert all(not d.rows for d in by_fold[2].values())
