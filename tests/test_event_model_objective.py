"""The report model's trainer (benchmarks/train_event_model.py) chooses its threshold for the
product's priority: no report at a distractor first, then the real events kept; and it counts a
wire report's incident at a distractor twice in the fit (train_linking.fit's row weights)."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from incident_explorer.extraction.event_places import default_places
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


@pytest.mark.parametrize(
    ("side", "second"),
    [(0.55, 0.52), (0.62, 0.6), (0.66, 0.51)],  # the distractor's and the second event's scores
)
def test_the_threshold_drops_a_distractor_even_at_a_second_events_cost(
    trainer: ModuleType, side: float, second: float
) -> None:
    w = np.zeros(len(FEATURES) + 1)
    w[1 + FEATURES.index("lead_event")] = 3.0  # the report's main event
    w[1 + FEATURES.index("big_town")] = _logit(side)
    w[1 + FEATURES.index("near_other")] = _logit(second)
    rows = [
        _row(trainer, "lead_event", label=1, good=True, bad=False, hits=[0]),
        _row(trainer, "big_town", label=0, good=False, bad=True),
        _row(trainer, "near_other", label=1, good=False, bad=False, hits=[1]),
    ]
    docs = [trainer.Doc("wire", 1, rows, True, 1, "a report")]
    t = trainer.choose(docs, w)
    assert trainer.figures(docs, w, t)["wire at a distractor"] == 0, t
    assert t > side


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
