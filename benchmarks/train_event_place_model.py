"""Train the event-place model (extraction/event_places.py) and cross-validate it by wire batch.

Each mention the rules call ``event`` (extraction/event_places.py, run before events are grouped)
gets the runtime's features (``event_places.FEATURES``) and a label:
- wire sentences (tests/wire/sentences.txt): 1 when it overlaps a marked event place, else 0
  (every other place of a marked sentence is not one);
- wire reports (reports.txt): 1 when it reads within 25 km of a real event's point, 0 when it
  reads at a distractor (wire.py's test: within 10 km of it and nearer it than every event),
  else unlabelled;
- UCDP headlines (benchmarks/accuracy.py's set): 1 within 10/25 km of UCDP's point,
  0 over 150 km off where no other UCDP event lies that day (noisy: a headline may tell a second
  event UCDP did not code), a district's, province's or country's reading unlabelled.
A logistic regression (numpy, L2, train_linking.fit) fitted by default to the sentences' rows and
the UCDP headlines' rows, each of the latter counted ``--ucdp-weight`` (0.3) times (thirty-first
session; until then the sentences' alone, which on 55 batches set aside event places of UCDP
headlines of several places; ``--train sentence report ucdp`` adds the reports: their labels by
distance made the sentences rank worse held out); ``--negatives W`` adds only the
reports' mentions at a distractor, as negatives counted W times (places where nothing happened:
the sentences hold few false event places). The threshold is the score below which a mention
becomes ``mentioned``: the one of the lowest price on out-of-fold scores of the training batches
(each scored by a model fitted to the others: what an unseen batch gets), a marked place lost
costing ``--price`` false event places kept, and (thirty-second session) each of those batches'
reports at a distractor, not placed and dated, or with a second event lost costing
``--report-price`` (the reports read again with the batch's model: ``Reports``), and (thirty-third
session) each of their UCDP headlines placed and dated (accuracy.py's test) saving
``--ucdp-price`` (``Headlines``); until the twentieth session the best precision among the
thresholds that lose no marked place, which held it below the lowest real place's score. The L2
is the one of ``--l2`` whose models, each batch read with its fold's, cost least held out, at the
same prices.

The honest figure is cross-validated: leave one wire batch out (train on the other batches and
the UCDP headlines of the other folds), then score the batch left out with wire.py's definitions
and its UCDP headlines with accuracy.py's, summed over the folds. Sentence figures are read off
the rows (the model only turns ``event`` mentions into ``mentioned``: wire.py would count the
same); reports and headlines are extracted again, each batch with its own fold's model (incidents
follow the mentions the model keeps), once for each set of their event mentions a model keeps
(``_Forced`` keeps exactly that set, so rows of main's features read the same extractions). Beside
this recipe the same folds are read with main's shipped recipe (``SHIPPED``: the sentences alone,
L2 0.3, the threshold priced on the sentences alone), on rows extracted with main's features
(``--baseline-cache``: main's ``load_rows``), and with main's weights as they are (``--shipped``),
in one table, out of fold and on every batch; the figures on every batch (the model trained on
every batch) are no evidence.

Run: python benchmarks/train_event_place_model.py [--cache FILE] [--l2 0.1 0.3 1] [--price 2]
     [--report-price 2] [--ucdp-price 2] [--ceiling 0.15] [--negatives 0] [--train sentence ucdp ...]
     [--ucdp-weight 0.3] [--no-reports] [--baseline-cache FILE] [--shipped PATH] [--no-baseline]
     [--out PATH] [--list] [--exclude N ...] [--curve]
(--cache keeps the extracted rows, and beside them FILE.reports.json and FILE.ucdp.json, each
report's and headline's figures for each set of its event mentions kept: a second run retrains in
minutes; delete them all when the rules change; --no-reports skips the reports and headlines, the
threshold then chosen on the sentences alone; --out writes the weights trained on every batch, for
``Extractor(places=EventPlaceModel.load(PATH))``; --list prints each held-out mention the model
sets aside, marked + for a false event place set aside, - for a real one lost; --exclude N leaves
batch N out of everything: with --out, weights that never saw it, for a held-out test with
``benchmarks/wire.py --batch N --places PATH``)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

# the fits' small products run ten times faster on one BLAS thread than on threads that contend
# for a shared machine's cores (thirty-second session: 100 steps of 256 fits 4.8 -> 0.45 CPU-s)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from train_linking import fit  # noqa: E402
from wire import (  # noqa: E402
    WIRE,
    Report,
    gold_ids,
    is_gold,
    read_reports,
    read_sentences,
    score_reports,
)

from incident_explorer.extraction import roles as R  # noqa: E402
from incident_explorer.extraction.article import from_text  # noqa: E402
from incident_explorer.extraction.event_places import (  # noqa: E402
    FEATURES,
    GUARDS,
    KEPT,
    SET_ASIDE,
    EventPlaceModel,
    Text,
    mention_features,
)
from incident_explorer.extraction.pipeline import Extractor  # noqa: E402
from incident_explorer.extraction.results import Mention  # noqa: E402
from incident_explorer.extraction.salience import default_model  # noqa: E402
from incident_explorer.places.distance import distance_km  # noqa: E402
from incident_explorer.settings import Settings  # noqa: E402

_CACHE_VERSION = 2
L2 = 0.3
# A marked place lost costs this many false event places kept (the threshold's price, ``choose``).
# Twenty-sixth session: 2 (until then 10). Left one batch out over forty-one batches, price 2 (fold
# thresholds 0.05-0.15, 0.1 on every batch) raises precision 0.944 -> 0.951 (batches 32-40: 0.884 ->
# 0.897) for two marked places of 1,428 (recall 0.957 -> 0.955; the floor is 0.85), reports
# placed and dated unchanged; the features for a list an event word governs and the towns of a road
# the event happened on (a guard) keep the suite's own event places a price of 2-3 set aside in the
# twenty-fifth session (README, How incidents are extracted, 11)
PRICE = 2.0
# ... and no threshold above this: above it the dev table's UCDP headlines of two fronts ("Shelling
# in the northern countryside of Homs and raids targeting the western countryside of ...") lose
# their placed incident (0.2: 1, 0.25: 2, 0.35: 8 of 1,052), a shape the wire sentences lack
CEILING = 0.15
# a report's mention at a distractor counts this many times as a negative in the fit
NEGATIVES = 0.0
# a UCDP headline's row counts this many times in the fit (thirty-first session: fitted to the
# sentences alone, a refit on 55 batches set aside event places of UCDP headlines of several
# places, "Shells hit Damascus and clashes around Talbisa", and UCDP placed+dated fell 0.875 ->
# 0.866; fitted with them counted 0.3 times each it keeps them, 0.875, and still sets aside more
# false places out of fold; counted once each they outweigh the sentences: no false place fewer)
UCDP_WEIGHT = 0.3
# the regularisations tried: the one of the lowest price held out (sentences and reports) is kept
L2S = [0.1, 0.3, 1.0]
# a report at a distractor, a report no longer placed and dated or a second event no longer kept
# costs this many false event places kept, as a marked place lost does (thirty-second session)
REPORT_PRICE = 2.0
# a UCDP headline placed and dated (accuracy.py's test) is worth this many false event places, as a
# report or a marked place is (thirty-third session: priced on the sentences and reports alone, a
# refit on 59 batches lost a placed headline, Alexandria)
UCDP_PRICE = 2.0
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
    finest: bool = False  # a guard (event_places.GUARDS) keeps it whatever it scores


class _Recorder(EventPlaceModel):
    """Keeps the features of the mentions the rules call ``event``; changes nothing."""

    seen: list[tuple[tuple[Mention, ...], dict[int, dict[str, float]]]] = []

    def apply(self, mentions: tuple[Mention, ...], text: Text) -> tuple[Mention, ...]:
        _Recorder.seen.append((mentions, mention_features(mentions, text)))
        return mentions


class _Forced(EventPlaceModel):
    """Keeps the ``event`` mentions ``keep`` marks "1" and sets aside those it marks "0", in the
    order ``mention_features`` numbers them (the rows' order): a report's or headline's figures
    under any model that keeps the same mentions, whatever features the model read (rows
    collected with main's features read the same mentions: only the model's features differ)."""

    keep = ""

    def apply(self, mentions: tuple[Mention, ...], text: Text) -> tuple[Mention, ...]:
        rows = mention_features(mentions, text)
        assert len(rows) == len(_Forced.keep), "the rows are of other rules: delete the caches"
        out = list(mentions)
        for bit, k in zip(_Forced.keep, rows, strict=True):
            m = mentions[k]
            role, said = (m.role, KEPT) if bit == "1" else (R.MENTIONED, SET_ASIDE)
            out[k] = Mention(
                m.text, m.start, m.end, m.sentence, role, f"{m.reason}; {said} (forced)", m.query, m.candidate
            )
        return tuple(out)


# with --groups N the folds are N groups of batches (batch b in group (b - 1) % N + 1), not one
# batch each: N + N(N - 1)/2 fits instead of some two thousand, for a machine too busy for those
GROUPS = 0


def fold_of(batch: int) -> int:
    return (batch - 1) % GROUPS + 1 if GROUPS else batch


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
                row = [f.get(x, 0.0) for x in FEATURES]
                rows.append(Row("sentence", batch, doc, row, label, hit, m.text, any(g in f for g in GUARDS)))
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
                row = [f.get(x, 0.0) for x in FEATURES]
                rows.append(Row("report", batch, doc, row, label, [], m.text, any(g in f for g in GUARDS)))
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
                row = [f.get(x, 0.0) for x in FEATURES]
                rows.append(
                    Row("ucdp", n % batches() + 1, doc, row, label, [], m.text, any(g in f for g in GUARDS))
                )
    return rows, marked


def train(
    rows: list[Row],
    l2: float,
    kinds: tuple[str, ...] = ("sentence", "report", "ucdp"),
    negatives: float = 0.0,
    ucdp_weight: float = 1.0,
) -> np.ndarray:
    """The weights fitted to the labelled rows of ``kinds``; with ``negatives`` > 0 a report's
    mention at a distractor (a place where nothing happened, labelled by wire.py's test) is a
    negative counted that many times even when the reports' rows are not fitted; a UCDP
    headline's row (when ``kinds`` holds "ucdp") counts ``ucdp_weight`` times."""
    x, y, weight = [], [], []
    for r in rows:
        if r.label is None:
            continue
        if r.kind in kinds:
            x.append([1.0, *r.features])
            y.append(r.label)
            weight.append(ucdp_weight if r.kind == "ucdp" else 1.0)
        elif negatives > 0 and r.kind == "report" and r.label == 0:
            x.append([1.0, *r.features])
            y.append(0)
            weight.append(negatives)
    return fit(np.array(x), np.array(y, dtype=float), l2=l2, weights=np.array(weight))


def scores(rows: list[Row], w: np.ndarray) -> np.ndarray:
    """Each row's score; a row the guard keeps (``Row.finest``) scores 1, as the runtime keeps it."""
    x = np.array([r.features for r in rows])
    p = 1.0 / (1.0 + np.exp(-(w[0] + x @ w[1:])))
    return np.where([r.finest for r in rows], 1.0, p)


def score_row(model: EventPlaceModel, r: Row) -> float:
    """What ``model`` gives the row at runtime (1 when the guard keeps it)."""
    return 1.0 if r.finest else model.score(dict(zip(FEATURES, r.features, strict=True)))


class Fits:
    """The weights fitted with some batches left out, each fitted once: the threshold of a fold
    is read off the other training batches' out-of-fold scores, so fold k's choice needs the
    fits without k and j for every other j, which fold j's needs too."""

    def __init__(
        self, rows: list[Row], l2: float, kinds: tuple[str, ...], negatives: float, ucdp_weight: float = 1.0
    ) -> None:
        self.rows, self.l2, self.kinds, self.negatives = rows, l2, kinds, negatives
        self.ucdp_weight = ucdp_weight
        self.memo: dict[frozenset[int], np.ndarray] = {}

    def without(self, *folds: int) -> np.ndarray:
        key = frozenset(folds)
        if key not in self.memo:
            kept = [r for r in self.rows if r.fold not in key]
            self.memo[key] = train(kept, self.l2, self.kinds, self.negatives, self.ucdp_weight)
        return self.memo[key]

    def prefetch(self, keys: list[tuple[int, ...]], chunk: int = 256) -> None:
        """Fit the models without each key's batches at once: train_linking.fit's gradient steps
        over every fit side by side, the rows alike in features and label one row counted once
        for each (the same weights up to rounding, some hundred times faster than one by one;
        after helper model31's tools)."""
        todo = list(dict.fromkeys(frozenset(k) for k in keys if frozenset(k) not in self.memo))
        if not todo:
            return
        groups: dict[tuple[tuple[float, ...], int], int] = {}
        counts: dict[tuple[int, int], float] = {}
        for r in self.rows:
            if r.label is None:
                continue
            if r.kind in self.kinds:
                label, weight = r.label, self.ucdp_weight if r.kind == "ucdp" else 1.0
            elif self.negatives > 0 and r.kind == "report" and r.label == 0:
                label, weight = 0, self.negatives
            else:
                continue
            g = groups.setdefault((tuple(r.features), label), len(groups))
            counts[(g, r.fold)] = counts.get((g, r.fold), 0.0) + weight
        folds = sorted({f for _, f in counts})
        at = {f: i for i, f in enumerate(folds)}
        c = np.zeros((len(groups), len(folds)))
        for (g, f), n in counts.items():
            c[g, at[f]] = n
        x = np.array([[1.0, *k[0]] for k in groups])
        y = np.array([k[1] for k in groups], dtype=float)
        for i in range(0, len(todo), chunk):
            part = todo[i : i + chunk]
            w = fit_many(x, y, c @ np.array([[f not in k for k in part] for f in folds], float), self.l2)
            for j, k in enumerate(part):
                self.memo[k] = w[:, j].copy()


def fit_many(x: np.ndarray, y: np.ndarray, s: np.ndarray, l2: float, steps: int = 4000) -> np.ndarray:
    """train_linking.fit for each column of ``s`` (the rows' counts in one fit): the weights, one
    column a fit."""
    w = np.zeros((x.shape[1], s.shape[1]))
    mask = np.r_[0.0, np.ones(x.shape[1] - 1)][:, None]
    n = s.sum(axis=0)
    xt = np.ascontiguousarray(x.T)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= 0.5 * (xt @ (s * (p - y[:, None])) + l2 * w * mask) / n
    return w


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


class Reports:
    """wire.py's report figures of a batch's reports under an event-place model: what the model
    changes in a report is only which of its ``event`` mentions it keeps (its rows, by
    ``Row.doc``), so each report is extracted once for each set of them a model keeps, and the
    figures of many models (each fold's, each threshold's) cost little more than one reading of
    the reports. ``memo`` keeps them between runs beside the rows' cache."""

    def __init__(self, rows: list[Row], memo: Path | None = None) -> None:
        self.extractor = Extractor.from_settings(Settings.from_env(), rules_only=True)
        self.extractor.model = default_model()  # the report model as shipped
        self.extractor.places = _Forced({}, 0.0, 0.5)
        of: dict[int, list[Row]] = {}
        for r in rows:
            if r.kind == "report":
                of.setdefault(r.doc, []).append(r)
        folds = {r.fold for r in rows}
        # the documents numbered as ``collect`` numbers them: a batch's sentences, then its reports
        self.items: dict[int, list[tuple[int, Report, list[Row]]]] = {}
        doc = 0
        for batch in range(1, batches() + 1):
            doc += len(read_sentences(WIRE / "sentences.txt", batch))
            for rep in read_reports(WIRE / "reports.txt", batch):
                doc += 1
                if fold_of(batch) in folds:
                    self.items.setdefault(fold_of(batch), []).append((doc, rep, of.get(doc, [])))
        self.path = memo
        self.memo: dict[str, list[int]] = json.loads(memo.read_text()) if memo and memo.exists() else {}
        self.extracted = 0

    def figures(self, batch: int, w: np.ndarray, threshold: float) -> dict[str, int]:
        """The batch's reports placed and dated, at a distractor, and second events kept, with the
        mentions scoring under ``threshold`` by weights ``w`` set aside (0: the rules alone)."""
        out = dict.fromkeys(("reports", "placed+dated", "at a distractor", "second events kept"), 0)
        for doc, rep, rs in self.items.get(batch, []):
            keep = "".join("1" if q >= threshold else "0" for q in (scores(rs, w) if rs else ()))
            key = f"{doc}:{keep}"
            if key not in self.memo:
                _Forced.keep = keep
                f = score_reports(self.extractor, [rep], False)
                self.memo[key] = [f["placed+dated"], f["at a distractor"], f["second events kept"]]
                self.extracted += 1
            a, b, c = self.memo[key]
            out["reports"] += 1
            out["placed+dated"] += a
            out["at a distractor"] += b
            out["second events kept"] += c
        return out

    def second_events(self, batch: int) -> int:
        return sum(len(rep.more) for _, rep, _ in self.items.get(batch, []))

    def save(self) -> None:
        if self.path:
            self.path.write_text(json.dumps(self.memo), encoding="utf-8")


class Headlines:
    """accuracy.py's UCDP headlines placed within 10/25 km on UCDP's day under an event-place
    model, as ``Reports`` reads the reports: each headline extracted once for each set of its
    ``event`` mentions a model keeps (``memo``, beside the rows' cache). A headline's fold is the
    one ``collect`` gave its rows (its number modulo the number of batches, plus 1)."""

    def __init__(self, rows: list[Row], memo: Path | None = None) -> None:
        from accuracy import headlines  # noqa: PLC0415

        self.extractor = Extractor.from_settings(Settings.from_env(), rules_only=True)
        self.extractor.model = default_model()  # the report model as shipped, as accuracy.py reads
        self.extractor.places = _Forced({}, 0.0, 0.5)
        of: dict[int, list[Row]] = {}
        for r in rows:
            if r.kind == "ucdp":
                of.setdefault(r.doc, []).append(r)
        n_batches = batches()
        wire_docs = sum(
            len(read_sentences(WIRE / "sentences.txt", b)) + len(read_reports(WIRE / "reports.txt", b))
            for b in range(1, n_batches + 1)
        )
        folds = {r.fold for r in rows if r.kind != "ucdp"}
        self.items: dict[int, list[tuple[int, object, list[Row]]]] = {}
        for n, h in enumerate(headlines()):
            fold = fold_of(n % n_batches + 1)
            if fold in folds:
                doc = wire_docs + n + 1
                self.items.setdefault(fold, []).append((doc, h, of.get(doc, [])))
        self.path = memo
        self.memo: dict[str, int] = json.loads(memo.read_text()) if memo and memo.exists() else {}
        self.extracted = 0

    def placed(self, fold: int, w: np.ndarray, threshold: float) -> int:
        """The fold's headlines placed and dated with the mentions scoring under ``threshold`` by
        weights ``w`` set aside."""
        from accuracy import judge  # noqa: PLC0415

        out = 0
        for doc, h, rs in self.items.get(fold, []):
            keep = "".join("1" if q >= threshold else "0" for q in (scores(rs, w) if rs else ()))
            key = f"{doc}:{keep}"
            if key not in self.memo:
                _Forced.keep = keep
                self.memo[key] = int(judge(self.extractor, h).kind == "placed+dated")  # type: ignore[arg-type]
                self.extracted += 1
            out += self.memo[key]
        return out

    def count(self, fold: int) -> int:
        return len(self.items.get(fold, []))

    def save(self) -> None:
        if self.path:
            self.path.write_text(json.dumps(self.memo), encoding="utf-8")


def report_cost(f: dict[str, int], report_price: float) -> float:
    """What a batch's report figures cost in a threshold's price: each report at a distractor, each
    report not placed and dated and each second event not kept costs ``report_price`` (less the
    same for the most every report could give: only differences between thresholds count)."""
    return report_price * (f["at a distractor"] - f["placed+dated"] - f["second events kept"])


def choose(
    fits: Fits,
    left_out: tuple[int, ...],
    price: float,
    ceiling: float = CEILING,
    reports: Reports | None = None,
    report_price: float = 0.0,
    heads: Headlines | None = None,
    ucdp_price: float = 0.0,
) -> float:
    """The threshold of the lowest price on the training batches (every batch but ``left_out``),
    each scored by a model fitted to the other training batches (what a batch the model never
    saw gets: a model scores the batches it was fitted to too well, and a threshold chosen on them
    loses more): a marked place lost costs ``price``, a false event place kept costs 1 (a
    sentence's, or a report's mention at a distractor when those are fitted as negatives); of
    equal prices the lowest threshold, none above ``ceiling``. (Until the twentieth session: the
    best sentence precision among the thresholds that lose no marked place, which held the
    threshold below the lowest real place's score, 0.01-0.05, while false places score 0.7-0.99.)
    With ``reports`` the training batches' reports, each read with the model fitted without its
    batch, add their figures' cost (``report_cost``: thirty-second session; until then the
    sentences alone chose, and a refit on 55 batches that kept fewer false places put six more
    reports at a distractor). With ``heads`` each training batch's UCDP headlines (accuracy.py's,
    read with the same out-of-fold model) count too, each placed and dated worth ``ucdp_price``
    false places (thirty-third session: a refit priced on sentences and reports alone lost a
    placed headline, Alexandria)."""
    sent = [r for r in fits.rows if r.kind == "sentence" and r.fold not in left_out]
    sent += [
        r
        for r in fits.rows
        if fits.negatives > 0 and r.kind == "report" and r.label == 0 and r.fold not in left_out
    ]
    folds = sorted({r.fold for r in sent})
    p = np.zeros(len(sent))
    for k in folds:
        w = fits.without(k, *left_out)
        at = [i for i, r in enumerate(sent) if r.fold == k]
        p[at] = scores([sent[i] for i in at], w)
    cost = {t: _price(sent, p >= t, price) for t in [0.0, *THRESHOLDS] if t <= ceiling}
    if reports is not None:
        for k in folds:
            w = fits.without(k, *left_out)
            for t in cost:
                cost[t] += report_cost(reports.figures(k, w, t), report_price)
    if heads is not None and ucdp_price:
        for k in folds:
            w = fits.without(k, *left_out)
            for t in cost:
                cost[t] -= ucdp_price * heads.placed(k, w, t)
    return min((c, t) for t, c in cost.items())[1]


def _price(rows: list[Row], keep: np.ndarray, price: float) -> float:
    """The marked places lost (each ``price``) and the false event places kept (each 1)."""
    marked = {g for r in rows for g in r.gold}
    found = {g for r, k in zip(rows, keep, strict=True) if k for g in r.gold}
    false = sum(1 for r, k in zip(rows, keep, strict=True) if k and r.label == 0)
    return price * len(marked - found) + false


def fold_models(
    rows: list[Row],
    marked: dict[int, int],
    l2: float = L2,
    kinds: tuple[str, ...] = ("sentence",),
    negatives: float = NEGATIVES,
    price: float = PRICE,
    ceiling: float = CEILING,
    ucdp_weight: float = 1.0,
    reports: Reports | None = None,
    report_price: float = 0.0,
    heads: Headlines | None = None,
    ucdp_price: float = 0.0,
) -> tuple[dict[int, EventPlaceModel], EventPlaceModel]:
    """Each batch's model (fitted to every other batch, its threshold chosen on them alone) and
    the model fitted to every batch: the same recipe, so a fold's model is what the shipped one
    would be had its batch not been written."""
    fits = Fits(rows, l2, kinds, negatives, ucdp_weight)
    folds = sorted(marked)
    fits.prefetch([(), *((k,) for k in folds), *((j, k) for k in folds for j in folds if j < k)])

    def pick(left_out: tuple[int, ...]) -> float:
        return choose(fits, left_out, price, ceiling, reports, report_price, heads, ucdp_price)

    models = {k: model_of(fits.without(k), pick((k,))) for k in folds}
    return models, model_of(fits.without(), pick(()))


@dataclass(frozen=True)
class Recipe:
    """How a model is fitted and its threshold chosen (``fold_models``); the L2 is the one of
    ``l2s`` of the lowest price held out, at the same prices."""

    l2s: tuple[float, ...]
    kinds: tuple[str, ...]
    ucdp_weight: float
    price: float
    report_price: float
    ucdp_price: float
    ceiling: float = CEILING
    negatives: float = NEGATIVES

    def __str__(self) -> str:
        fitted = "+".join(self.kinds) + (f" (UCDP x{self.ucdp_weight})" if "ucdp" in self.kinds else "")
        return (
            f"fitted to {fitted}, L2 of {'/'.join(map(str, self.l2s))}, threshold priced: a marked place "
            f"{self.price}, a report {self.report_price}, a UCDP headline {self.ucdp_price}"
        )


# main's shipped recipe (twenty-sixth session, 41 batches): the sentences' rows alone, L2 0.3, the
# threshold chosen on the sentences alone
SHIPPED = Recipe((0.3,), ("sentence",), 1.0, PRICE, 0.0, 0.0)


def model_of(w: np.ndarray, t: float) -> EventPlaceModel:
    return EventPlaceModel(dict(zip(FEATURES, map(float, w[1:]), strict=True)), float(w[0]), t)


def load_rows(cache: Path | None, ucdp: bool = False) -> tuple[list[Row], dict[int, int]]:
    """The rows and each batch's marked places, from ``cache`` when it exists (else extracted,
    and kept there)."""
    if cache and cache.exists():
        raw = json.loads(cache.read_text())
        assert raw["features"] == list(FEATURES), "the cache was made with other features: delete it"
        assert raw["version"] == _CACHE_VERSION and raw["ucdp"] == ucdp, "another cache: delete it"
        return [Row(**r) for r in raw["rows"]], {int(k): v for k, v in raw["marked"].items()}
    rows, marked = collect(ucdp)
    if cache:
        for memo in (".reports.json", ".ucdp.json"):  # the reports' and headlines' figures
            cache.with_suffix(memo).unlink(missing_ok=True)
        payload = {"features": list(FEATURES), "version": _CACHE_VERSION, "ucdp": ucdp}
        payload |= {"rows": [r.__dict__ for r in rows], "marked": marked}
        cache.write_text(json.dumps(payload))
    return rows, marked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the extracted rows in this JSON file")
    ap.add_argument(
        "--l2",
        type=float,
        nargs="+",
        default=L2S,
        help="the L2s to try (the cheapest held out wins)",
    )
    ap.add_argument(
        "--price", type=float, default=PRICE, help="a marked place lost costs this many false ones kept"
    )
    ap.add_argument(
        "--report-price",
        type=float,
        default=REPORT_PRICE,
        help="a report at a distractor, not placed and dated, or a second event lost costs this many",
    )
    ap.add_argument(
        "--ucdp-price",
        type=float,
        default=UCDP_PRICE,
        help="a UCDP headline placed and dated (accuracy.py's) is worth this many false places",
    )
    ap.add_argument("--ceiling", type=float, default=CEILING, help="no threshold above this")
    ap.add_argument(
        "--negatives",
        type=float,
        default=NEGATIVES,
        help="fit the reports' mentions at a distractor as negatives, each counted this many times",
    )
    ap.add_argument(
        "--train",
        nargs="+",
        default=["sentence", "ucdp"],
        help="the rows to fit on: sentence, report, ucdp",
    )
    ap.add_argument(
        "--ucdp-weight", type=float, default=UCDP_WEIGHT, help="a UCDP headline's row counts this many times"
    )
    ap.add_argument(
        "--no-reports",
        action="store_true",
        help="skip the reports and headlines (the threshold is then chosen on the sentences alone)",
    )
    ap.add_argument(
        "--baseline-cache",
        type=Path,
        help="rows extracted with main's features (its load_rows), for main's shipped recipe beside this one",
    )
    ap.add_argument(
        "--shipped", type=Path, help="weights to read as they are beside the recipes (main's model file)"
    )
    ap.add_argument("--no-baseline", action="store_true", help="skip main's shipped recipe")
    ap.add_argument(
        "--groups", type=int, default=0, help="N folds of batches (b -> (b - 1) %% N + 1), not one a batch"
    )
    ap.add_argument("--out", type=Path, help="write the weights trained on every batch here (MODEL_FILE)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument(
        "--curve", action="store_true", help="the held-out trade-off: each threshold's figures, folds summed"
    )
    ap.add_argument(
        "--exclude",
        type=int,
        nargs="+",
        default=[],
        help="leave these batches out of everything (a held-out test)",
    )
    args = ap.parse_args()
    rows, marked = load_rows(args.cache, True)
    rows = [r for r in rows if r.fold not in args.exclude]
    marked = {k: v for k, v in marked.items() if k not in args.exclude}
    global GROUPS  # noqa: PLW0603
    GROUPS = args.groups
    rows, marked = grouped(rows, marked)
    folds = sorted(marked)
    by_kind = {k: sum(1 for r in rows if r.kind == k) for k in ("sentence", "report", "ucdp")}
    labelled = sum(r.label is not None for r in rows)
    print(f"{by_kind} event mentions, {labelled} labelled, {len(folds)} wire batches")
    memo = args.cache.with_suffix(".reports.json") if args.cache else None
    hmemo = args.cache.with_suffix(".ucdp.json") if args.cache else None
    reports = None if args.no_reports else Reports(rows, memo)
    heads = None if args.no_reports else Headlines(rows, hmemo)
    recipe = Recipe(
        tuple(args.l2),
        tuple(args.train),
        args.ucdp_weight,
        args.price,
        args.report_price,
        args.ucdp_price,
        args.ceiling,
        args.negatives,
    )
    print(f"this recipe: {recipe}")
    l2, models, every_batch = fit_recipe(rows, marked, recipe, reports, heads)
    print(
        "| batch | event mentions | rules: precision | model (CV): precision "
        "| rules: recall | model (CV): recall |"
    )
    print("|---|---|---|---|---|---|")
    total = {"rules": dict.fromkeys(("events", "right", "found", "marked"), 0), "cv": {}}
    total["cv"] = dict(total["rules"])
    listed = []
    for k in folds:
        t = models[k].threshold
        held = [r for r in rows if r.fold == k and r.kind == "sentence"]
        p = np.array([score_row(models[k], r) for r in held])
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
    if args.curve:
        curve(rows, models, sum(marked.values()))
    w = weights_of(every_batch)
    t = every_batch.threshold
    if reports:
        cross_validate_reports(reports, models, folds, w, t)
    columns: list[tuple[str, dict[str, int], dict[str, int]]] = []
    rules = {k: model_of(w, 0.0) for k in folds}  # a threshold of 0 keeps every mention
    alone = held_out(rows, marked, rules, reports, heads)
    columns.append(("the rules alone", alone, alone))
    if not args.no_baseline:
        base_rows, base_marked = rows, marked
        if args.baseline_cache:
            base_rows, base_marked = load_rows(args.baseline_cache, True)
            base_rows = [r for r in base_rows if r.fold not in args.exclude]
            base_marked = {k: v for k, v in base_marked.items() if k not in args.exclude}
            base_rows, base_marked = grouped(base_rows, base_marked)
        assert base_marked == marked, "the baseline's rows are of other batches"
        base_reports = base_heads = None
        if reports and heads:
            base_reports, base_heads = Reports(base_rows), Headlines(base_rows)
            base_reports.memo, base_heads.memo = reports.memo, heads.memo  # the same extractions
        print(f"main's shipped recipe: {SHIPPED}" + (" (main's features)" if args.baseline_cache else ""))
        _, base_models, base_every = fit_recipe(base_rows, marked, SHIPPED, base_reports, base_heads)
        every = {k: base_every for k in folds}
        columns.append(
            (
                f"main's shipped recipe (L2 0.3, t {base_every.threshold})",
                held_out(base_rows, marked, base_models, base_reports, base_heads),
                held_out(base_rows, marked, every, base_reports, base_heads),
            )
        )
        if args.shipped:
            shipped = EventPlaceModel.load(args.shipped)
            at = {k: shipped for k in folds}
            figures = held_out(base_rows, marked, at, base_reports, base_heads)
            columns.append((f"{args.shipped.name} as it is (t {shipped.threshold})", {}, figures))
            if args.baseline_cache:  # the same weights reading this branch's features
                figures = held_out(rows, marked, at, reports, heads)
                columns.append((f"{args.shipped.name} on these features", {}, figures))
    every = {k: every_batch for k in folds}
    columns.append(
        (
            f"this recipe (L2 {l2}, t {t})",
            held_out(rows, marked, models, reports, heads),
            held_out(rows, marked, every, reports, heads),
        )
    )
    compare(columns)
    if reports and heads:
        reports.save()
        heads.save()
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


def grouped(rows: list[Row], marked: dict[int, int]) -> tuple[list[Row], dict[int, int]]:
    """The rows with each batch's fold its group's (``fold_of``), and each group's marked places."""
    if not GROUPS:
        return rows, marked
    out = [Row(**{**r.__dict__, "fold": fold_of(r.fold)}) for r in rows]
    by_group: dict[int, int] = {}
    for k, v in marked.items():
        by_group[fold_of(k)] = by_group.get(fold_of(k), 0) + v
    return out, by_group


def fit_recipe(
    rows: list[Row],
    marked: dict[int, int],
    recipe: Recipe,
    reports: Reports | None,
    heads: Headlines | None,
) -> tuple[float, dict[int, EventPlaceModel], EventPlaceModel]:
    """The recipe's L2 (the lowest price held out), its fold models and its model fitted to every
    batch; prints each L2's held-out figures."""
    print(
        "| L2 | fold thresholds | held out: false event places | marked found "
        "| reports placed+dated | at a distractor | second events kept | UCDP placed+dated | price |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    tried = []
    for l2 in recipe.l2s:
        models, every_batch = fold_models(
            rows,
            marked,
            l2,
            recipe.kinds,
            recipe.negatives,
            recipe.price,
            recipe.ceiling,
            recipe.ucdp_weight,
            reports if recipe.report_price else None,
            recipe.report_price,
            heads if recipe.ucdp_price else None,
            recipe.ucdp_price,
        )
        held = held_out(rows, marked, models, reports, heads)
        cost = recipe.price * (held["marked"] - held["found"]) + held["events"] - held["right"]
        cost += report_cost(held, recipe.report_price) if reports else 0.0
        cost -= recipe.ucdp_price * held.get("UCDP placed+dated", 0)
        shown = "/".join(map(str, sorted({m.threshold for m in models.values()})))
        print(
            f"| {l2} | {shown} | {held['events'] - held['right']} | {held['found']}/{held['marked']} "
            f"| {held.get('placed+dated', '-')} | {held.get('at a distractor', '-')} "
            f"| {held.get('second events kept', '-')} | {held.get('UCDP placed+dated', '-')} | {cost:.0f} |"
        )
        tried.append((cost, len(tried), l2, models, every_batch))
        if reports and heads:
            reports.save()
            heads.save()
    _, _, l2, models, every_batch = min(tried)
    print(f"L2 {l2}: the lowest price held out")
    return l2, models, every_batch


def weights_of(model: EventPlaceModel) -> np.ndarray:
    return np.array([model.bias, *(model.weights[x] for x in FEATURES)])


def compare(columns: list[tuple[str, dict[str, int], dict[str, int]]]) -> None:
    """The figures side by side: out of fold (each batch, and its UCDP headlines, read with the
    model its recipe fits without that batch) and on every batch (the model fitted to every batch:
    no evidence, but what wire.py and accuracy.py will read)."""
    lines = [
        ("false event places (sentences)", lambda f: f["events"] - f["right"]),
        (
            "marked places found (recall)",
            lambda f: f"{f['found']}/{f['marked']} ({f['found'] / f['marked']:.3f})",
        ),
        ("sentence precision", lambda f: f"{f['right'] / f['events']:.3f}"),
        ("reports placed+dated", lambda f: f["placed+dated"]),
        ("reports at a distractor", lambda f: f["at a distractor"]),
        ("second events kept", lambda f: f["second events kept"]),
        ("UCDP headlines placed+dated", lambda f: f"{f['UCDP placed+dated']}/{f['UCDP headlines']}"),
    ]
    print("| | " + " | ".join(name for name, _, _ in columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for part, at in (("out of fold", 1), ("every batch (in-sample)", 2)):
        for label, get in lines:
            cells = []
            for c in columns:
                f = c[at]
                try:
                    cells.append(str(get(f)) if f else "-")
                except KeyError:
                    cells.append("-")
            print(f"| {part}: {label} | " + " | ".join(cells) + " |")


def held_out(
    rows: list[Row],
    marked: dict[int, int],
    models: dict[int, EventPlaceModel],
    reports: Reports | None,
    heads: Headlines | None = None,
) -> dict[str, int]:
    """The sentences' figures and (with ``reports`` and ``heads``) the reports' and UCDP
    headlines', each batch read with its fold's model, summed over the folds."""
    out = dict.fromkeys(("events", "right", "found", "marked"), 0)
    for k, model in models.items():
        held = [r for r in rows if r.fold == k and r.kind == "sentence"]
        f = sentence_figures(held, [score_row(model, r) >= model.threshold for r in held], marked[k])
        for key in ("events", "right", "found", "marked"):
            out[key] += int(f[key])
        if reports:
            for key, n in reports.figures(k, weights_of(model), model.threshold).items():
                out[key] = out.get(key, 0) + n
        if heads:
            out["UCDP placed+dated"] = out.get("UCDP placed+dated", 0) + heads.placed(
                k, weights_of(model), model.threshold
            )
            out["UCDP headlines"] = out.get("UCDP headlines", 0) + heads.count(k)
    return out


def curve(rows: list[Row], models: dict[int, EventPlaceModel], marked: int) -> None:
    """What each threshold would give held out: every batch scored by its fold's weights (the
    threshold each fold chose set aside), the sentences' figures and the reports' labelled
    mentions (at a distractor: a false event place; within 25 km of an event: a real one) set
    aside, summed over the folds."""
    p = np.array([score_row(models[r.fold], r) for r in rows])
    sent = [i for i, r in enumerate(rows) if r.kind == "sentence"]
    print(
        "| threshold | event mentions kept | false kept | precision | marked found | recall "
        "| report mentions at a distractor set aside | report mentions at an event set aside |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for t in [0.0, *THRESHOLDS]:
        f = sentence_figures([rows[i] for i in sent], [p[i] >= t for i in sent], marked)
        aside = [r.label for r, q in zip(rows, p, strict=True) if r.kind == "report" and q < t]
        print(
            f"| {t} | {f['events']} | {f['events'] - f['right']} | {f['precision']:.3f} | {f['found']} "
            f"| {f['recall']:.3f} | {aside.count(0)} | {aside.count(1)} |"
        )


def cross_validate_reports(
    reports: Reports, models: dict[int, EventPlaceModel], folds: list[int], w: np.ndarray, t: float
) -> None:
    """wire.py's report figures per batch: the rules and the report model as shipped, then the
    same with the batch's own fold's event-place model, then (no evidence) with the model fitted to
    every batch."""
    keys = ("placed+dated", "at a distractor", "second events kept")
    sums = {name: dict.fromkeys(keys, 0) for name in ("rules", "cv", "in")}
    more = n = 0
    print(
        "| batch | reports | placed+dated rules -> CV | at a distractor rules -> CV "
        "| second events kept rules -> CV |"
    )
    print("|---|---|---|---|---|")
    for k in folds:
        m = models[k]
        a = reports.figures(k, w, 0.0)  # a threshold of 0 keeps every mention: the rules
        b = reports.figures(k, np.array([m.bias, *(m.weights[x] for x in FEATURES)]), m.threshold)
        c = reports.figures(k, w, t)
        for name, f in (("rules", a), ("cv", b), ("in", c)):
            for key in keys:
                sums[name][key] += f[key]
        more += reports.second_events(k)
        n += a["reports"]
        print(
            f"| {k} | {a['reports']} | {a['placed+dated']} -> {b['placed+dated']} "
            f"| {a['at a distractor']} -> {b['at a distractor']} "
            f"| {a['second events kept']} -> {b['second events kept']} of {reports.second_events(k)} |"
        )
    a, b, c = sums["rules"], sums["cv"], sums["in"]
    print(
        f"| all | {n} | {a['placed+dated']} -> {b['placed+dated']} "
        f"| {a['at a distractor']} -> {b['at a distractor']} "
        f"| {a['second events kept']} -> {b['second events kept']} of {more} |"
    )
    print(
        f"in-sample (no evidence): placed+dated {c['placed+dated']}, at a distractor "
        f"{c['at a distractor']}, second events kept {c['second events kept']}"
    )


if __name__ == "__main__":
    main()
