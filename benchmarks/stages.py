"""Where extraction's CPU goes, stage by stage, over the throughput texts of `accuracy.py`.

Run: python benchmarks/stages.py [dense|lgl] [--passes N]

Each stage's own process time (`time.process_time`: what one core does, whatever else the shared
machine runs): a timer nested in another is subtracted from it, so the rows add up to the run.
The stages are `Extractor.extract`'s steps (pipeline.py) and, inside placing, spotting, the role
rules, the geocoder's ranking and its first reading of a query (`_prepared`: a name's matches
and candidate rows, kept for later articles); "placing (its own rules)" is the rest of
`place_mentions`. The collector is paced as in `accuracy.py --throughput` (one process, caches cold
at the start). The timers add ~5 % of their own, spread over the stages; `--passes 2` reads the
texts again with every name read (as `accuracy.py --passes`), where only the rules' work is left.
"""

from __future__ import annotations

import argparse
import collections
import functools
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402  (the throughput texts)

from incident_explorer.batching import collector_paced  # noqa: E402
from incident_explorer.extraction import event_places, pipeline, placing, salience, spotting  # noqa: E402
from incident_explorer.extraction.article import from_text  # noqa: E402
from incident_explorer.places import offline  # noqa: E402
from incident_explorer.settings import Settings  # noqa: E402

_PIPELINE_STEPS = {
    "sentences": "sentences",
    "readable": "sentences",
    "acronyms": "sentences",
    "event_words": "event words",
    "casualty_figures": "casualty figures (claims)",
    "place_mentions": "placing (its own rules)",
    "attach": "attach (dates, claims, actors)",
    "group": "grouping",
    "assemble": "assembly",
    "impossible_dates": "assembly",
    "as_written": "assembly",
}


class Timers:
    """Exclusive process time per label: a timed call inside another is charged to its own
    label only; a label re-entered (a recursive call) is timed once, at its outermost call."""

    def __init__(self) -> None:
        self.spent: collections.Counter[str] = collections.Counter()
        self._stack: list[list[Any]] = []  # [label, start, time of timed calls inside]

    def wrap(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if any(frame[0] == label for frame in self._stack):
                return fn(*args, **kwargs)
            self._stack.append([label, time.process_time(), 0.0])
            try:
                return fn(*args, **kwargs)
            finally:
                _, start, inner = self._stack.pop()
                took = time.process_time() - start
                self.spent[label] += took - inner
                if self._stack:
                    self._stack[-1][2] += took

        return timed


def install(timers: Timers) -> None:
    for name, label in _PIPELINE_STEPS.items():
        setattr(pipeline, name, timers.wrap(label, getattr(pipeline, name)))
    spotting.Spotter.spot = timers.wrap("spotting", spotting.Spotter.spot)
    placing.R.role_of = timers.wrap("role rules (role_of)", placing.R.role_of)
    geocoder = offline.OfflineGeocoder
    geocoder.geocode = timers.wrap("geocoder: ranking", geocoder.geocode)
    geocoder._prepared = timers.wrap("geocoder: first reading of a query", geocoder._prepared)
    model = event_places.EventPlaceModel
    model.apply = timers.wrap("event-place model", model.apply)
    salience.EventModel.apply = timers.wrap("report model", salience.EventModel.apply)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kind", nargs="?", choices=["dense", "lgl"], default="dense")
    ap.add_argument("--passes", type=int, default=1, help="read the texts this many times, one table each")
    args = ap.parse_args()
    timers = Timers()
    install(timers)
    extractor = pipeline.Extractor.from_settings(Settings.from_env())
    extract = timers.wrap("extract (the rest)", extractor.extract)
    texts: list[tuple[str, date | None]]
    if args.kind == "lgl":
        texts = [(t, None) for t, _ in accuracy.news(accuracy.NEWS["lgl"])]
    else:
        texts = [(t, day) for t, day in accuracy.dense_reports(accuracy.headlines_all())[:300]]
    with collector_paced():
        for n in range(args.passes):
            timers.spent.clear()
            start = time.process_time()
            for text, published in texts:
                extract(from_text(text, published=published))
            total = time.process_time() - start
            rate = len(texts) / total
            print(f"{args.kind}, pass {n + 1}: {len(texts)} texts, {total:.3f} CPU-s ({rate:.1f} /CPU-s)")
            for label, spent in timers.spent.most_common():
                print(f"  {spent:7.3f} CPU-s {100 * spent / total:5.1f} %  {label}")


if __name__ == "__main__":
    main()
