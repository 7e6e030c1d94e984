"""Link precision and recall on real reports: UCDP GED events that cite several source reports.

Positives: two reports (headlines) that UCDP coded as one event. Negatives: a report of one
event and a report of another event on the same day, in the same governorate (every such pair)
and in another governorate (two drawn per event: a report placed no finer than the country
meets those too). A report cited by more than one event (a daily digest; headlines compared
by their words) is left out: it is a report of neither alone. Each headline goes through the
extractor with its source date as the publication date; a pair is linked when an incident of
one links with an incident of the other (store/linking.py, the decision ingest uses).

The link model (data/linking-model.json) is trained on 2016-2017 (benchmarks/train_linking.py):
``--years 2018`` measures on the year it never saw.

Run: python benchmarks/linking.py [CSV] [--events N] [--years 2018]
  CSV: UCDP GED (default /work/shared/data/ucdp-ged-syria/ged_syria_2016_2018.csv.gz)
Prints: pairs, how many had an incident extracted on both sides, precision and recall (over
all pairs and over the pairs both of whose reports gave an incident), precision by kind of
negative, and examples of errors.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

import pandas as pd

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.settings import Settings
from incident_explorer.store.linking import (
    Side,
    admin1_key,
    decide,
    vetoes,
)
from incident_explorer.store.records import from_extraction

DEFAULT = Path("/work/shared/data/ucdp-ged-syria/ged_syria_2016_2018.csv.gz")
Report = tuple[str, str]  # (headline, source date)
_FAR_PER_EVENT = 2
_NEAR_PER_EVENT = 2


@dataclass(frozen=True, slots=True)
class Pair:
    a: Report
    b: Report
    same_event: bool
    kind: (
        str  # "one event", "same day, same governorate", "same day, other governorate", "a day or two apart"
    )
    year: int
    same_spot: bool = False  # negatives: UCDP placed both events at one place (a day's fighting split)


def _key(headline: str) -> str:
    return " ".join(re.findall(r"\w+", headline.lower()))


def reports_by_event(frame: pd.DataFrame) -> dict[int, list[Report]]:
    out: dict[int, list[Report]] = {}
    for row in frame.itertuples():
        heads = str(row.source_headline).split(";") if isinstance(row.source_headline, str) else []
        dates = str(row.source_date).split(";") if isinstance(row.source_date, str) else []
        if len(heads) != len(dates):
            continue  # a headline with a ';' in it: the lists no longer line up
        seen: dict[str, Report] = {}
        for h, d in zip(heads, dates, strict=True):
            h = h.strip()
            if h and _key(h) not in seen:
                seen[_key(h)] = (h, d.strip())
        out[int(row.id)] = list(seen.values())
    return out


def build_pairs(frame: pd.DataFrame, events: int = 0, years: Iterable[int] = ()) -> list[Pair]:
    """The positive and negative pairs of ``events`` sampled events (0: all) of ``years`` (all)."""
    frame = frame[frame.number_of_sources >= 1]
    by_event = reports_by_event(frame)
    cited = defaultdict(set)
    for eid, reps in by_event.items():
        for h, _ in reps:
            cited[_key(h)].add(eid)
    clean = {eid: [r for r in reps if len(cited[_key(r[0])]) == 1] for eid, reps in by_event.items()}
    info = {int(r.id): r for r in frame.itertuples()}
    wanted = set(years)
    multi = frame[(frame.number_of_sources >= 2) & (frame.year.isin(wanted) if wanted else True)]
    ids = [int(i) for i in multi.id]
    if events:
        ids = random.Random(14).sample(ids, min(events, len(ids)))
    out: list[Pair] = []
    for eid in ids:
        for a, b in combinations(clean.get(eid, [])[:4], 2):
            out.append(Pair(a, b, True, "one event", int(info[eid].year)))
    day_place = defaultdict(list)
    by_day = defaultdict(list)
    for row in frame.itertuples():
        day_place[(row.date_start, str(row.adm_1))].append(int(row.id))
        by_day[row.date_start].append(int(row.id))
    chosen = set(ids)
    for group in day_place.values():
        for a, b in combinations(sorted(group), 2):
            if (a in chosen or b in chosen) and clean.get(a) and clean.get(b):
                spot = info[a].where_coordinates == info[b].where_coordinates
                out.append(
                    Pair(
                        clean[a][0], clean[b][0], False, "same day, same governorate", int(info[a].year), spot
                    )
                )
    rng = random.Random(14)
    for eid in ids:
        row = info[eid]
        # str(): an event with no governorate (NaN, unequal even to itself) is not its own other
        others = [
            o
            for o in by_day[row.date_start]
            if o != eid and str(info[o].adm_1) != str(row.adm_1) and clean.get(o)
        ]
        if not clean.get(eid):
            continue
        for o in rng.sample(others, min(_FAR_PER_EVENT, len(others))):
            out.append(Pair(clean[eid][0], clean[o][0], False, "same day, other governorate", int(row.year)))
    out.extend(_days_apart(ids, info, clean, day_place))
    return out


def _days_apart(
    ids: list[int], info: dict[int, Any], clean: dict[int, list[Report]], day_place: dict[Any, list[int]]
) -> list[Pair]:
    """Negatives a day or two apart: a report of an event and one of another event in the same
    governorate whose dates do not overlap, one or two days before or after (two drawn per event):
    what a day off or a follow-up may wrongly join."""
    rng = random.Random(15)
    out = []
    seen: set[frozenset[int]] = set()
    for eid in ids:
        row = info[eid]
        if not clean.get(eid):
            continue
        start, end = date.fromisoformat(str(row.date_start)), date.fromisoformat(str(row.date_end))
        others = []
        for gap in (-2, -1, 1, 2):
            day = (start if gap < 0 else end) + timedelta(days=gap)
            for o in day_place.get((day.isoformat(), str(row.adm_1)), []):
                other = info[o]
                o_start = date.fromisoformat(str(other.date_start))
                o_end = date.fromisoformat(str(other.date_end))
                if clean.get(o) and (o_end < start or o_start > end):
                    others.append(o)
        for o in rng.sample(sorted(set(others)), min(_NEAR_PER_EVENT, len(set(others)))):
            if frozenset((eid, o)) in seen:
                continue
            seen.add(frozenset((eid, o)))
            spot = info[o].where_coordinates == row.where_coordinates
            out.append(Pair(clean[eid][0], clean[o][0], False, "a day or two apart", int(row.year), spot))
    return out


def side_reader(extractor: Extractor) -> Callable[[Report], list[Side]]:
    sides: dict[Report, list[Side]] = {}

    def sides_of(rep: Report) -> list[Side]:
        if rep not in sides:
            published = date.fromisoformat(rep[1][:10]) if rep[1][:4].isdigit() else None
            extraction = extractor.extract(from_text(rep[0], published=published))
            sides[rep] = [Side.of(r.row()) for r in from_extraction(extraction)]
        return sides[rep]

    return sides_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--events", type=int, default=0, help="sample this many events (0: all)")
    parser.add_argument("--years", type=int, nargs="*", default=[], help="only events of these years")
    args = parser.parse_args()
    frame = pd.read_csv(args.csv, low_memory=False)
    pairs = build_pairs(frame, args.events, args.years)
    sides_of = side_reader(Extractor.from_settings(Settings.from_env()))

    def linked(p: Pair) -> bool | None:
        sa, sb = sides_of(p.a), sides_of(p.b)
        if not sa or not sb:
            return None
        return any(decide(x, y).link for x in sa for y in sb)

    got = [linked(p) for p in pairs]
    pos = [(p, x) for p, x in zip(pairs, got, strict=True) if p.same_event]
    neg = [(p, x) for p, x in zip(pairs, got, strict=True) if not p.same_event]
    tp = sum(1 for _, x in pos if x)
    both_pos = sum(1 for _, x in pos if x is not None)
    print(f"events with >= 2 reports: {len({p.a for p, _ in pos})} positive-pair headlines")
    print(f"positive pairs (one event): {len(pos)}, with an incident on both sides: {both_pos}")
    fp_all = 0
    for kind in ("same day, same governorate", "same day, other governorate", "a day or two apart"):
        these = [(p, x) for p, x in neg if p.kind == kind]
        fp = sum(1 for _, x in these if x)
        fp_all += fp
        both = sum(1 for _, x in these if x is not None)
        spot = sum(1 for p, x in these if x and p.same_spot)
        print(
            f"negative pairs ({kind}, other event): {len(these)}, both sides: {both}; "
            f"linked {fp} (of which UCDP placed both at one spot: {spot}); "
            f"precision against these alone {tp / (tp + fp) if tp + fp else float('nan'):.3f}"
        )
    precision = tp / (tp + fp_all) if tp + fp_all else float("nan")
    print(f"linked: {tp} true, {fp_all} false -> precision {precision:.3f}")
    print(f"recall over all positive pairs: {tp / len(pos):.3f}" if pos else "no positive pairs")
    if both_pos:
        print(f"recall over pairs with an incident on both sides: {tp / both_pos:.3f}")
    placed = [x for p, x in pos if any(map(_placed, sides_of(p.a))) and any(map(_placed, sides_of(p.b)))]
    if placed:
        print(
            f"recall over pairs with an incident placed finer than the country on both sides "
            f"({len(placed)}): {sum(1 for x in placed if x) / len(placed):.3f}"
        )
    print("\nat other thresholds (the model's is in data/linking-model.json):")
    best = {}
    for p, _ in pos + neg:
        ds = [decide(s, t) for s in sides_of(p.a) for t in sides_of(p.b)]
        best[p] = max((d.score for d in ds if d.score > 0), default=None)
    for t in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
        tp_t = sum(1 for p, _ in pos if (best[p] or 0) >= t)
        fp_t = sum(1 for p, _ in neg if (best[p] or 0) >= t)
        prec = tp_t / (tp_t + fp_t) if tp_t + fp_t else float("nan")
        rec = tp_t / both_pos if both_pos else float("nan")
        print(f"  {t:.2f}: {tp_t} true, {fp_t} false, precision {prec:.3f}, recall (both sides) {rec:.3f}")
    print("\nfalse links:")
    for p, x in neg:
        if x:
            why = next(d for s in sides_of(p.a) for t in sides_of(p.b) if (d := decide(s, t)).link)
            print(f"  [{p.kind}{', one spot' if p.same_spot else ''}] {why.score} {why.reason}")
            print(f"      {p.a[1]} {p.a[0][:150]!r}\n      {p.b[1]} {p.b[0][:150]!r}")
    print("\nwhy positive pairs were missed (each check on its own, for the closest pair of incidents):")
    missed = Counter(why_missed(p, sides_of(p.a), sides_of(p.b)) for p, x in pos if not x)
    for reason, n in sorted(missed.items(), key=lambda kv: (kv[0].split(":")[0], -kv[1])):
        print(f"  {n:5d}  {reason}")
    print("\nmissed links (incidents on both sides), first 15:")
    shown = 0
    for p, x in pos:
        if x is False and shown < 15:
            shown += 1
            reasons = {
                f"{d.score} {d.reason}" for s in sides_of(p.a) for t in sides_of(p.b) if (d := decide(s, t))
            }
            print(f"  {p.a[0][:55]!r} / {p.b[0][:55]!r}: {'; '.join(sorted(reasons))[:160]}")


def _placed(s: Side) -> bool:
    return s.latitude is not None and s.where_prec < 5


def _checks(a: Side, b: Side) -> dict[str, str]:
    """Each veto of linking.evidence on its own, with what it saw (empty: it passes)."""
    out: dict[str, str] = {}
    for name in vetoes(a, b):
        if name == "event type":
            out["types differ"] = " / ".join(sorted((a.event_type, b.event_type)))
        elif name == "date" and (a.event_date is None or b.event_date is None):
            out["no date"] = ""
        elif name == "date":
            assert a.event_date is not None and b.event_date is not None
            end = a.date_end or a.event_date
            gap = min(abs((a.event_date - b.event_date).days), abs((end - b.event_date).days))
            out["dates differ"] = f"{min(gap, 4)}{'+' if gap >= 4 else ''} days apart"
        elif name == "place":
            out["places differ"] = place_relation(a, b)
        else:
            out[f"{name} differ"] = ""
    return out


def place_relation(a: Side, b: Side) -> str:
    """How two places that do not link relate: the same name at two places (namesakes), two
    places of one governorate, one governorate-level place and a place elsewhere, or places in
    different governorates or countries (often a geocoding error on one side)."""
    if a.location.split(", ")[0].lower() == b.location.split(", ")[0].lower():
        return "namesakes (one name, two places)"
    ka, kb = admin1_key(a), admin1_key(b)
    if ka and ka == kb:
        return "two places in one governorate"
    if a.location.rsplit(", ", 1)[-1] != b.location.rsplit(", ", 1)[-1]:
        return "different countries (a geocoding error on one side)"
    return "different governorates"


def why_missed(p: Pair, sa: list[Side], sb: list[Side]) -> str:
    """The category of a positive pair not linked: extraction (no incident, or one placed no
    finer than the country, on one side), else the checks that fail for the pair of incidents
    that fails fewest, else the score below the threshold."""
    if not sa or not sb:
        empty = [r for r, x in ((p.a, sa), (p.b, sb)) if not x]
        if all(len(re.findall(r"[^\W\d_]{3,}", r[0])) < 4 for r in empty):
            return "extraction: no incident from one report (not a headline: a code, 'Martyr data')"
        return "extraction: no incident from one report (a headline)"
    pa, pb = [s for s in sa if _placed(s)], [s for s in sb if _placed(s)]
    if not pa or not pb:
        return "extraction: one report placed no finer than the country"
    failed = min((_checks(a, b) for a in pa for b in pb), key=len)
    if not failed:
        return "score below the threshold"
    if len(failed) > 1:
        return "vetoes: several (" + ", ".join(sorted(failed)) + ")"
    ((check, what),) = failed.items()
    return f"veto: {check}" + (f" ({what})" if what else "")


if __name__ == "__main__":
    main()
