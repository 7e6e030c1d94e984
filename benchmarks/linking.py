"""Link precision and recall on real reports: UCDP GED events that cite several source reports.

Positives: two reports (headlines) that UCDP coded as one event. Negatives: a report of one
event and a report of another event on the same day in the same governorate. A report cited by
more than one event (a daily digest) is left out: it is a report of neither alone. Each
headline goes through the extractor with its source date as the publication date; a pair is
linked when an incident of one links with an incident of the other (store/linking.py, the
decision ingest uses).

Run: python benchmarks/linking.py [CSV] [--events N]
  CSV: UCDP GED (default /work/shared/data/ucdp-ged-syria/ged_syria_2016_2018.csv.gz)
Prints: pairs, how many had an incident extracted on both sides, precision and recall (over
all pairs and over the pairs both of whose reports gave an incident), and examples of errors.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

import pandas as pd

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.settings import Settings
from incident_explorer.store.linking import Side, decide
from incident_explorer.store.records import from_extraction

DEFAULT = Path("/work/shared/data/ucdp-ged-syria/ged_syria_2016_2018.csv.gz")
Report = tuple[str, str]  # (headline, source date)


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
            if h and h.lower() not in seen:
                seen[h.lower()] = (h, d.strip())
        out[int(row.id)] = list(seen.values())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--events", type=int, default=0, help="sample this many events (0: all)")
    args = parser.parse_args()
    frame = pd.read_csv(args.csv, low_memory=False)
    frame = frame[frame.number_of_sources >= 1]
    by_event = reports_by_event(frame)
    cited = defaultdict(set)
    for eid, reps in by_event.items():
        for h, _ in reps:
            cited[h.lower()].add(eid)
    clean = {eid: [r for r in reps if len(cited[r[0].lower()]) == 1] for eid, reps in by_event.items()}

    multi = frame[frame.number_of_sources >= 2]
    ids = [int(i) for i in multi.id]
    if args.events:
        ids = random.Random(14).sample(ids, min(args.events, len(ids)))
    positives: list[tuple[Report, Report]] = []
    for eid in ids:
        reps = clean.get(eid, [])[:4]
        positives.extend(combinations(reps, 2))
    negatives: list[tuple[Report, Report]] = []
    day_place = defaultdict(list)
    for row in frame.itertuples():
        day_place[(row.date_start, row.adm_1)].append(int(row.id))
    chosen = set(ids)
    for group in day_place.values():
        for a, b in combinations(sorted(group), 2):
            if (a in chosen or b in chosen) and clean.get(a) and clean.get(b):
                negatives.append((clean[a][0], clean[b][0]))

    settings = Settings.from_env()
    extractor = Extractor.from_settings(settings)
    sides: dict[Report, list[Side]] = {}

    def sides_of(rep: Report) -> list[Side]:
        if rep not in sides:
            published = date.fromisoformat(rep[1][:10]) if rep[1][:4].isdigit() else None
            extraction = extractor.extract(from_text(rep[0], published=published))
            sides[rep] = [Side.of(r.row()) for r in from_extraction(extraction)]
        return sides[rep]

    def linked(a: Report, b: Report) -> bool | None:
        sa, sb = sides_of(a), sides_of(b)
        if not sa or not sb:
            return None
        return any(decide(x, y).link for x in sa for y in sb)

    pos = [linked(a, b) for a, b in positives]
    neg = [linked(a, b) for a, b in negatives]
    tp = sum(1 for x in pos if x)
    fp = sum(1 for x in neg if x)
    both_pos = sum(1 for x in pos if x is not None)
    both_neg = sum(1 for x in neg if x is not None)
    print(f"events with >= 2 reports: {len(ids)}; headlines extracted: {len(sides)}")
    print(f"positive pairs (one event): {len(positives)}, with an incident on both sides: {both_pos}")
    print(f"negative pairs (same day and governorate, other event): {len(negatives)}, both sides: {both_neg}")
    precision = tp / (tp + fp) if tp + fp else float("nan")
    print(f"linked: {tp} true, {fp} false -> precision {precision:.3f}")
    print(f"recall over all positive pairs: {tp / len(positives):.3f}" if positives else "no positive pairs")
    if both_pos:
        print(f"recall over pairs with an incident on both sides: {tp / both_pos:.3f}")
    if both_neg:
        print(f"false-link rate over negative pairs with incidents on both sides: {fp / both_neg:.3f}")
    print("\nfalse links:")
    for (a, b), x in zip(negatives, neg, strict=True):
        if x:
            why = next(d.reason for s in sides[a] for t in sides[b] if (d := decide(s, t)).link)
            print(f"  {a[0][:60]!r} / {b[0][:60]!r}: {why}")
    why_missed: Counter[str] = Counter()
    for (a, b), x in zip(positives, pos, strict=True):
        if x is False:
            best = max((decide(s, t) for s in sides[a] for t in sides[b]), key=lambda d: d.score)
            why_missed[
                best.reason.split(" (")[0] if not best.link and best.score == 0 else "score too low"
            ] += 1
    print("\nwhy positive pairs were missed (the closest pair of incidents):")
    for reason, n in why_missed.most_common():
        print(f"  {n:5d}  {reason}")
    print("\nmissed links (incidents on both sides), first 15:")
    shown = 0
    for (a, b), x in zip(positives, pos, strict=True):
        if x is False and shown < 15:
            shown += 1
            reasons = {decide(s, t).reason for s in sides[a] for t in sides[b]}
            print(f"  {a[0][:60]!r} / {b[0][:60]!r}: {'; '.join(sorted(reasons))[:160]}")


if __name__ == "__main__":
    main()
