"""Train the event-place model (extraction/event_places.py) and cross-validate it by wire batch.

Each mention the rules call ``event`` (extraction/event_places.py, run before events are grouped)
gets the runtime's features (``event_places.FEATURES``) and a label:
- wire sentences (tests/wire/sentences.txt): 1 when it overlaps a marked event place, else 0
  (every other place of a marked sentence is not one);
- wire reports (reports.txt): 1 when it reads within 25 km of a real event's point, 0 when it
  reads at a distractor (wire.py's test: within 10 km of it and nearer it than every event),
  else unlabelled;
- with --ucdp, UCDP headlines (benchmarks/accuracy.py's set): 1 within 10/25 km of UCDP's point,
  0 over 150 km off where no other UCDP event lies that day (noisy: a headline may tell a second
  event UCDP did not code), a district's, province's or country's reading unlabelled.
A logistic regression (numpy, L2, train_linking.fit) fitted to the sentences' rows by default
(``--train sentence report ucdp`` adds the others: the reports' labels by distance made the
sentences rank worse held out, the UCDP headlines added nothing). The threshold is the score
below which a mention becomes ``mentioned``: the best sentence precision among the thresholds
that lose at most ``--budget`` of recall (0: none, the gate the model is switched on by; until
the seventeenth session 0.0075, which lost marked places held out), read off out-of-fold scores
of the training batches (each scored by a model fitted to the others: what an unseen batch gets).

The honest figure is cross-validated: leave one wire batch out (train on the other batches, and
the UCDP headlines of the other folds with --ucdp), then score the batch left out with wire.py's
definitions, summed over the folds. Sentence figures are read off the rows (the model only turns
``event`` mentions into ``mentioned``: wire.py would count the same); reports are extracted again,
each batch with its own fold's model (incidents follow the mentions the model keeps). The
in-sample figure (the model trained on every batch) is printed beside it and is no evidence.

Run: python benchmarks/train_event_place_model.py [--cache FILE] [--l2 0.3] [--budget 0]
     [--ucdp] [--train sentence ...] [--no-reports] [--out PATH] [--list] [--exclude N ...]
(--cache keeps the extracted rows: a second run retrains in seconds; --no-reports skips the
reports' extraction; --out writes the weights trained on every batch, for
``Extractor(places=EventPlaceModel.load(PATH))``; --list prints each held-out mention the model
sets aside, marked + for a false event place set aside, - for a real one lost; --exclude N leaves
batch N out of everything: with --out, weights that never saw it, for a held-out test with
``benchmarks/wire.py --batch N --places PATH``)
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from train_linking import fit  # noqa: E402
from wire import (  # noqa: E402
    WIRE,
    gold_ids,
    is_gold,
    read_reports,
    read_sentences,
    score_reports,
    score_sentences,
)

from incident_explorer.extraction.article import from_text  # noqa: E402
from incident_explorer.extraction.event_places import (  # noqa: E402
    FEATURES,
    EventPlaceModel,
    Text,
    mention_features,
)
from incident_explorer.extraction.pipeline import Extractor  # noqa: E402
from incident_explorer.extraction.results import Mention  # noqa: E402
from incident_explorer.extraction.salience import default_model  # noqa: E402
from incident_explorer.places.distance import distance_km  # noqa: E402
from incident_explorer.settings import Settings  # noqa: E402

_CACHE_VERSION = 1
THRESHOLDS = [0.01, 0.02, 0.03, 0.04] + [round(0.05 * k, 2) for k in range(1, 20)]


@dataclass
class Row:
    kind: str  # "sentence", "report" or "ucdp"
    fold: int  # its wire batch (UCDP: its index modulo the number of batches, plus 1)
    doc: int  # its sentence's number in the whole set (sentences: a marked place is found per doc)
    features: list[float]
    label: int | None
    gold: list[int]  # sentences: the marked places (numbered in the whole set) it overlaps
    name: str = ""


class _Recorder(EventPlaceModel):
    """Keeps the features of the mentions the rules call ``event``; changes nothing."""

    seen: list[tuple[tuple[Mention, ...], dict[int, dict[str, float]]]] = []

    def apply(self, mentions: tuple[Mention, ...], text: Text) -> tuple[Mention, ...]:
        _Recorder.seen.append((mentions, mention_features(mentions, text)))
        return mentions


def batches() -> int:
    n = 1
    while read_sentences(WIRE / "sentences.txt", n + 1):
        n += 1
    return n


def _extract(extractor: Extractor, text: str, published: object) -> tuple[tuple[Mention, ...], dict]:
    _Recorder.seen.clear()
    extractor.extract(from_text(text, published=published))  # type: ignore[arg-type]
    return _Recorder.seen[-1] if _Recorder.seen else ((), {})


def collect(use_ucdp: bool) -> tuple[list[Row], dict[int, int]]:
    """The rows, and each fold's number of marked places (the recall's denominator)."""
    extractor = Extractor.from_settings(Settings.from_env(), rules_only=True)
    extractor.places = _Recorder({}, 0.0, 0.5)
    rows: list[Row] = []
    marked: dict[int, int] = {}
    doc = gold_id = 0
    for batch in range(1, batches() + 1):
        for s in read_sentences(WIRE / "sentences.txt", batch):
            doc += 1
            ids = list(range(gold_id, gold_id + len(s.gold)))
            gold_id += len(s.gold)
            marked[batch] = marked.get(batch, 0) + len(s.gold)
            mentions, feats = _extract(extractor, s.text, s.published)
            named = gold_ids(mentions, s.gold)
            for k, f in feats.items():
                m = mentions[k]
                hit = [i for i, g in zip(ids, s.gold, strict=True) if m.start < g.end and g.start < m.end]
                label = int(is_gold(m, s.gold, named))  # wire.py's: a marked place named again counts
                rows.append(
                    Row("sentence", batch, doc, [f.get(x, 0.0) for x in FEATURES], label, hit, m.text)
                )
        for rep in read_reports(WIRE / "reports.txt", batch):
            doc += 1
            mentions, feats = _extract(extractor, rep.text, rep.published)
            for k, f in feats.items():
                m = mentions[k]
                label = None
                if m.candidate:
                    p = m.candidate.place
                    label = (
                        0
                        if rep.at_distractor(p.latitude, p.longitude)
                        else 1
                        if rep.nearest_event_km(p.latitude, p.longitude) <= 25
                        else None
                    )
                rows.append(Row("report", batch, doc, [f.get(x, 0.0) for x in FEATURES], label, [], m.text))
    if use_ucdp:
        from accuracy import headlines, ucdp_points  # noqa: PLC0415

        points = ucdp_points()
        for n, h in enumerate(headlines()):
            doc += 1
            mentions, feats = _extract(extractor, h.text, h.published)
            radius = 10.0 if h.where_prec == 1 else 25.0
            for k, f in feats.items():
                m = mentions[k]
                label = None
                if m.candidate and m.candidate.place.feature.value in ("city", "neighbourhood"):
                    p = m.candidate.place
                    km = distance_km(p.latitude, p.longitude, h.lat, h.lon)
                    near = [
                        (a, b)
                        for d in (h.day,)
                        for a, b in points.get(d, ())
                        if distance_km(p.latitude, p.longitude, a, b) <= 25
                    ]
                    label = 1 if km <= radius else 0 if km > 150 and not near else None
                rows.append(
                    Row("ucdp", n % batches() + 1, doc, [f.get(x, 0.0) for x in FEATURES], label, [], m.text)
                )
    return rows, marked


def train(rows: list[Row], l2: float, kinds: tuple[str, ...] = ("sentence", "report", "ucdp")) -> np.ndarray:
    x = [[1.0, *r.features] for r in rows if r.label is not None and r.kind in kinds]
    y = [r.label for r in rows if r.label is not None and r.kind in kinds]
    return fit(np.array(x), np.array(y, dtype=float), l2=l2)


def scores(rows: list[Row], w: np.ndarray) -> np.ndarray:
    x = np.array([r.features for r in rows])
    return 1.0 / (1.0 + np.exp(-(w[0] + x @ w[1:])))


def sentence_figures(rows: list[Row], keep: list[bool], marked: int) -> dict[str, float]:
    """wire.py's sentence figures over these rows, with only the kept ``event`` mentions."""
    kept = [r for r, k in zip(rows, keep, strict=True) if k and r.kind == "sentence"]
    events = len(kept)
    right = sum(1 for r in kept if r.label)
    found = len({g for r in kept for g in r.gold})
    return {
        "events": events,
        "right": right,
        "found": found,
        "marked": marked,
        "precision": right / events if events else 0.0,
        "recall": found / marked if marked else 0.0,
    }


def choose(
    rows: list[Row], marked: dict[int, int], l2: float, kinds: tuple[str, ...], budget: float
) -> float:
    """The threshold of the best sentence precision among those that lose at most ``budget`` of
    the sentences' recall, read off out-of-fold scores: each training batch scored by a model
    fitted to the other training batches (what a batch the model never saw gets: a model scores
    the batches it was fitted to too well, and a threshold chosen on them loses more)."""
    sent = [r for r in rows if r.kind == "sentence"]
    folds = sorted({r.fold for r in sent})
    p = np.zeros(len(sent))
    for k in folds:
        w = train([r for r in rows if r.fold != k], l2, kinds)
        at = [i for i, r in enumerate(sent) if r.fold == k]
        p[at] = scores([sent[i] for i in at], w)
    total = sum(marked[k] for k in folds)
    base = sentence_figures(sent, [True] * len(sent), total)
    ok = [(0.0, 0.0)]
    for t in THRESHOLDS:
        f = sentence_figures(sent, list(p >= t), total)
        if base["recall"] - f["recall"] <= budget + 1e-9:
            ok.append((f["precision"], -t))
    return -max(ok)[1]


def model_of(w: np.ndarray, t: float) -> EventPlaceModel:
    return EventPlaceModel(dict(zip(FEATURES, map(float, w[1:]), strict=True)), float(w[0]), t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the extracted rows in this JSON file")
    ap.add_argument("--l2", type=float, default=0.3)
    ap.add_argument("--budget", type=float, default=0.0, help="recall the threshold may lose out of fold")
    ap.add_argument("--ucdp", action="store_true", help="read the UCDP headlines too")
    ap.add_argument(
        "--train", nargs="+", default=["sentence"], help="the rows to fit on: sentence, report, ucdp"
    )
    ap.add_argument("--no-reports", action="store_true", help="skip the reports' cross-validation")
    ap.add_argument("--out", type=Path, help="write the weights trained on every batch here (MODEL_FILE)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument(
        "--exclude",
        type=int,
        nargs="+",
        default=[],
        help="leave these batches out of everything (a held-out test)",
    )
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        raw = json.loads(args.cache.read_text())
        assert raw["features"] == list(FEATURES), "the cache was made with other features: delete it"
        assert raw["version"] == _CACHE_VERSION and raw["ucdp"] == args.ucdp, "another cache: delete it"
        rows = [Row(**r) for r in raw["rows"]]
        marked = {int(k): v for k, v in raw["marked"].items()}
    else:
        rows, marked = collect(args.ucdp)
        if args.cache:
            payload = {"features": list(FEATURES), "version": _CACHE_VERSION, "ucdp": args.ucdp}
            payload |= {"rows": [r.__dict__ for r in rows], "marked": marked}
            args.cache.write_text(json.dumps(payload))
    rows = [r for r in rows if r.fold not in args.exclude]
    marked = {k: v for k, v in marked.items() if k not in args.exclude}
    folds = sorted(marked)
    by_kind = {k: sum(1 for r in rows if r.kind == k) for k in ("sentence", "report", "ucdp")}
    labelled = sum(r.label is not None for r in rows)
    print(f"{by_kind} event mentions, {labelled} labelled, {len(folds)} wire batches")
    print(
        "| batch | event mentions | rules: precision | model (CV): precision "
        "| rules: recall | model (CV): recall |"
    )
    print("|---|---|---|---|---|---|")
    total = {"rules": dict.fromkeys(("events", "right", "found", "marked"), 0), "cv": {}}
    total["cv"] = dict(total["rules"])
    models: dict[int, EventPlaceModel] = {}
    listed = []
    for k in folds:
        train_rows = [r for r in rows if r.fold != k]
        w = train(train_rows, args.l2, tuple(args.train))
        t = choose(train_rows, marked, args.l2, tuple(args.train), args.budget)
        models[k] = model_of(w, t)
        held = [r for r in rows if r.fold == k and r.kind == "sentence"]
        p = scores(held, w) if held else np.array([])
        base = sentence_figures(held, [True] * len(held), marked[k])
        cv = sentence_figures(held, list(p >= t), marked[k])
        for key in ("events", "right", "found", "marked"):
            total["rules"][key] += base[key]
            total["cv"][key] += cv[key]
        print(
            f"| {k} | {base['events']} | {base['precision']:.3f} | {cv['precision']:.3f} "
            f"| {base['recall']:.3f} | {cv['recall']:.3f} |"
        )
        for r, q in zip(held, p, strict=True):
            if q < t:
                on = [f for f, v in zip(FEATURES, r.features, strict=True) if v]
                listed.append(f"  {'-' if r.gold else '+'} batch {k} {r.name} {q:.2f} [{', '.join(on)}]")
    for name in ("rules", "cv"):
        f = total[name]
        f["precision"] = f["right"] / f["events"]
        f["recall"] = f["found"] / f["marked"]
    r0, r1 = total["rules"], total["cv"]
    print(
        f"| all (held-out folds summed) | {r0['events']} -> {r1['events']} | {r0['precision']:.3f} "
        f"| {r1['precision']:.3f} | {r0['recall']:.3f} | {r1['recall']:.3f} |"
    )
    if args.list:
        print("\n".join(listed))
    w = train(rows, args.l2, tuple(args.train))
    t = choose(rows, marked, args.l2, tuple(args.train), args.budget)
    every = [r for r in rows if r.kind == "sentence"]
    ins = sentence_figures(every, list(scores(every, w) >= t), sum(marked.values()))
    print(
        f"in-sample (trained on every batch, threshold {t}; no evidence): precision "
        f"{ins['precision']:.3f}, recall {ins['recall']:.3f}"
    )
    if not args.no_reports:
        cross_validate_reports(models, folds)
    model = {
        "about": "event_places.py: which of the rules' event places are event places; "
        "python benchmarks/train_event_place_model.py",
        "bias": round(float(w[0]), 4),
        "threshold": t,
        "weights": {k: round(float(v), 4) for k, v in zip(FEATURES, w[1:], strict=True)},
    }
    if args.out:
        args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for k, v in sorted(model["weights"].items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:18} {v:+.2f}")
    print(f"bias {model['bias']:+.2f}, threshold {t}" + (f"; written to {args.out}" if args.out else ""))


def cross_validate_reports(models: dict[int, EventPlaceModel], folds: list[int]) -> None:
    """wire.py's report figures per batch: the rules and the report model as shipped, then the
    same with the batch's own fold's event-place model."""
    settings = Settings.from_env()
    # the rules and the report model as shipped, no event-place model (its file may be stale)
    rules = Extractor.from_settings(settings, rules_only=True)
    rules.model = default_model()
    keys = ("reports", "placed+dated", "at a distractor", "second events", "second events kept")
    sums = {"rules": dict.fromkeys(keys, 0), "cv": dict.fromkeys(keys, 0)}
    sums["sentences"] = dict.fromkeys(("events", "right", "found"), 0)
    print(
        "| batch | reports | placed+dated rules -> CV | at a distractor rules -> CV "
        "| second events kept rules -> CV |"
    )
    print("|---|---|---|---|---|")
    for k in folds:
        items = read_reports(WIRE / "reports.txt", k)
        a = score_reports(rules, items, False)
        rules.places = models[k]
        b = score_reports(rules, items, False)
        # the same figures wire.py prints, extracted again (the rows' figures must agree)
        check = score_sentences(rules, read_sentences(WIRE / "sentences.txt", k), False)
        rules.places = None
        for key in ("events", "right", "found"):
            sums["sentences"][key] += check[key]
        for key in keys:
            sums["rules"][key] += a[key]
            sums["cv"][key] += b[key]
        print(
            f"| {k} | {a['reports']} | {a['placed+dated']} -> {b['placed+dated']} "
            f"| {a['at a distractor']} -> {b['at a distractor']} "
            f"| {a['second events kept']} -> {b['second events kept']} of {a['second events']} |"
        )
    a, b, c = sums["rules"], sums["cv"], sums["sentences"]
    print(
        f"wire.py's sentences, each batch with its fold's model: {c['right']}/{c['events']} "
        f"event mentions right, {c['found']} marked places found"
    )
    print(
        f"| all | {a['reports']} | {a['placed+dated']} -> {b['placed+dated']} "
        f"| {a['at a distractor']} -> {b['at a distractor']} "
        f"| {a['second events kept']} -> {b['second events kept']} of {a['second events']} |"
    )


if __name__ == "__main__":
    main()
