"""The learned models' weight files (data/*.json) and their score: the link model
(store/linking.py), the report model (extraction/salience.py) and the event-place model
(extraction/event_places.py), each a logistic regression
over named features, trained by a script in benchmarks/."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from incident_explorer.errors import DataFileError

T = TypeVar("T")


def read_model(path: Path, what: str, script: str, parse: Callable[[dict[str, Any]], T]) -> T:
    """``parse`` applied to the file's JSON; a missing or malformed file says how to rebuild it."""
    try:
        return parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataFileError(
            f"cannot read the {what} {path} ({exc}); restore it from the repository "
            f"or rebuild it with: python benchmarks/{script}"
        ) from exc


def read_weights(
    path: Path, what: str, script: str, features: tuple[str, ...]
) -> tuple[dict[str, float], float, float]:
    """A thresholded model's weights of ``features``, bias and threshold (see `read_model`)."""
    return read_model(
        path,
        what,
        script,
        lambda raw: (
            {k: float(raw["weights"][k]) for k in features},
            float(raw["bias"]),
            float(raw["threshold"]),
        ),
    )


def logistic(bias: float, weights: Mapping[str, float], features: Mapping[str, float]) -> float:
    """The probability the weighed features give."""
    z = bias + sum(weights[k] * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-z))


def strongest(
    weights: Mapping[str, float],
    labels: Mapping[str, str],
    features: Mapping[str, float],
    against: bool = False,
    n: int = 3,
) -> str:
    """The features that weighed most for (or, against, against) a decision, signed and
    labelled for the user: 'told in the lead +2.3, ...'."""
    sign = -1.0 if against else 1.0
    parts = sorted(((weights[k] * v, k) for k, v in features.items() if v), key=lambda t: -sign * t[0])
    return ", ".join(f"{labels[k]} {w:+.1f}" for w, k in parts[:n] if sign * w >= 0.05) or "no feature"
