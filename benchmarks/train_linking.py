"""Train the link model (data/linking-model.json) on UCDP GED Syria 2016-2017.

The model weighs the named evidence of store/linking.py (``FEATURES``: another sub-event type,
a day apart, a coarse place, a place inside the other, the same place name, the same figure,
shared uncommon words, the same actors) once nothing vetoes a link: a logistic regression
(numpy, L2, by gradient descent) over the pairs of benchmarks/linking.py for the training
years (negatives of the same day and of a day or two apart). The uncommon-word weights are
the IDF of the words of every headline of those years.
The threshold is the lowest score at which the training pairs link with precision >= --precision
(0.95: a wrong merge hides an incident).
Measure on the year it never saw: python benchmarks/linking.py --years 2018

Run: python benchmarks/train_linking.py [CSV] [--years 2016 2017] [--precision 0.95] [--out PATH]
Data: UCDP GED (CC BY 4.0): Sundberg & Melander 2013; Davies, Pettersson & Öberg 2023.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from linking import DEFAULT, Pair, build_pairs, side_reader  # noqa: E402

from incident_explorer.extraction.pipeline import Extractor  # noqa: E402
from incident_explorer.settings import Settings  # noqa: E402
from incident_explorer.store.linking import FEATURES, Evidence, Model, evidence, words  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "data" / "linking-model.json"
_MIN_DF = 2  # a word seen once gets the unseen weight anyway: the table keeps the rest


def idf_table(headlines: list[str]) -> tuple[dict[str, float], float]:
    df: Counter[str] = Counter()
    for h in headlines:
        df.update(words(h))
    n = len(headlines)
    return {w: round(math.log(n / c), 3) for w, c in sorted(df.items()) if c >= _MIN_DF}, round(
        math.log(n), 3
    )


def fit(
    x: np.ndarray,
    y: np.ndarray,
    l2: float = 1.0,
    steps: int = 4000,
    rate: float = 0.5,
    weights: np.ndarray | None = None,
) -> np.ndarray:
    """Logistic regression, column 0 the bias (not penalised); ``weights`` count some rows more
    than once (none: each once)."""
    s = np.ones(len(y)) if weights is None else weights
    w = np.zeros(x.shape[1])
    mask = np.r_[0.0, np.ones(x.shape[1] - 1)]
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= rate * (x.T @ (s * (p - y)) + l2 * w * mask) / s.sum()
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--years", type=int, nargs="*", default=[2016, 2017])
    parser.add_argument("--precision", type=float, default=0.95)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    frame = pd.read_csv(args.csv, low_memory=False)
    part = frame[frame.year.isin(args.years)]
    headlines = [
        h.strip() for cell in part.source_headline.dropna() for h in str(cell).split(";") if h.strip()
    ]
    idf, unseen = idf_table(headlines)
    pairs = build_pairs(frame, 0, args.years)
    sides_of = side_reader(Extractor.from_settings(Settings.from_env()))
    model = Model(dict.fromkeys(FEATURES, 0.0), 0.0, 0.5, idf, unseen)

    def candidates(p: Pair) -> list[Evidence]:
        out = []
        for s in sides_of(p.a):
            for t in sides_of(p.b):
                e = evidence(s, t, model)
                if isinstance(e, Evidence):
                    out.append(e)
        return out

    found = [(p, candidates(p)) for p in pairs]
    found = [(p, c) for p, c in found if c]  # a pair some veto or a missing side settles is no lesson
    y = np.array([1.0 if p.same_event else 0.0 for p, _ in found])
    w = np.zeros(len(FEATURES) + 1)
    for _ in range(3):  # of a headline's several incidents, the pair the current weights prefer
        rows = []
        for _, c in found:
            vecs = [np.r_[1.0, [e.features.get(k, 0.0) for k in FEATURES]] for e in c]
            rows.append(max(vecs, key=lambda v: float(v @ w)))
        x = np.array(rows)
        w = fit(x, y)
    scores = 1.0 / (1.0 + np.exp(-(x @ w)))
    threshold = 1.0
    for t in sorted(set(np.round(scores, 2)), reverse=True):
        linked = scores >= t
        if linked.sum() and y[linked].mean() >= args.precision:
            threshold = float(t)
    linked = scores >= threshold
    print(f"training pairs nothing vetoes: {len(y)} ({int(y.sum())} one event)")
    for k, v in zip(("bias", *FEATURES), w, strict=True):
        print(f"  {k:18s} {v:+.3f}")
    print(
        f"threshold {threshold:.2f}: training precision {y[linked].mean():.3f}, "
        f"recall over these pairs {(linked & (y == 1)).sum() / y.sum():.3f}"
    )
    args.out.write_text(
        json.dumps(
            {
                "about": (
                    "incident-explorer link model: logistic regression over the named features of "
                    "store/linking.py, and IDF word weights; trained by benchmarks/train_linking.py on "
                    f"UCDP GED Syria {', '.join(map(str, args.years))} headlines (UCDP GED, CC BY 4.0)"
                ),
                "bias": round(float(w[0]), 3),
                "weights": {k: round(float(v), 3) for k, v in zip(FEATURES, w[1:], strict=True)},
                "threshold": threshold,
                "unseen_idf": unseen,
                "idf": idf,
            },
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
