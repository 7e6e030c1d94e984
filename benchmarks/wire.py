"""Our own wire set: event places in wire sentences and short reports with distractor places.

The set (tests/wire/, see its README) was written by the project itself in the styles of
Reuters, AP, AFP, Al Jazeera, SANA and SOHR's English pages; it is small and written by the
people who tune the rules, so its figures are a smoke test, never a held-out figure.

- Wire sentences (`sentences.txt`, the event's place marked `[[Name|CC]]`): a marked place is
  found when a mention with role `event` overlaps its span; recall = marked places found /
  marked places; precision = `event` mentions overlapping a marked place / all `event`
  mentions. "in country" also asks the found mention to resolve in the marked country.
- Short reports (`reports.txt`): placed+dated = an incident within 25 km of the event's point
  on the event's day; at a distractor = an incident within 10 km of a distractor place (a
  dateline, talks, a hospital across the border, a speaking government, an earlier attack)
  and nearer to it than to the event.

Run: python benchmarks/wire.py [--list] [--batch N] [--dir DIR]
(--list prints every miss and false event place; --batch N scores only the Nth batch, the
batches being separated by comment lines that name a batch; --dir reads another folder of the
same two files, such as a new batch before it joins the set)
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction
from incident_explorer.places.distance import distance_km
from incident_explorer.settings import Settings

WIRE = Path(__file__).resolve().parent.parent / "tests" / "wire"
_MARK = re.compile(r"\[\[([^\]|]+)\|([A-Z]{2})\]\]")


@dataclass(frozen=True)
class Marked:
    start: int
    end: int
    country: str


@dataclass(frozen=True)
class Sentence:
    text: str
    published: date
    gold: tuple[Marked, ...]


@dataclass(frozen=True)
class Point:
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Report:
    text: str
    published: date
    event: Point
    day: date
    distractors: tuple[Point, ...]


_BATCH_HEAD = re.compile(r"^#.*\bbatch\b", re.IGNORECASE)


def read_sentences(path: Path, batch: int = 0) -> list[Sentence]:
    out = []
    n = 1
    for line in path.read_text(encoding="utf-8").splitlines():
        if _BATCH_HEAD.match(line) and not line.startswith("# Our own"):
            n += 1
        if not line.strip() or line.startswith("#") or (batch and n != batch):
            continue
        day, _, marked = line.partition(" | ")
        text, gold, pos = "", [], 0
        for m in _MARK.finditer(marked):
            text += marked[pos : m.start()]
            gold.append(Marked(len(text), len(text) + len(m.group(1)), m.group(2)))
            text += m.group(1)
            pos = m.end()
        text += marked[pos:]
        out.append(Sentence(text, date.fromisoformat(day.strip()), tuple(gold)))
    return out


def _point(spec: str) -> Point:
    name, lat, lon = spec.strip().rsplit(" ", 2)
    return Point(name.strip(), float(lat), float(lon))


def read_reports(path: Path, batch: int = 0) -> list[Report]:
    out = []
    n = 1
    for block in path.read_text(encoding="utf-8").split("\n---\n"):
        head, _, text = block.partition("text:\n")
        n += any(_BATCH_HEAD.match(ln) and not ln.startswith("# Our own") for ln in head.splitlines())
        if batch and n != batch:
            continue
        fields = {
            k.strip(): v.strip()
            for k, _, v in (ln.partition(":") for ln in head.splitlines() if not ln.startswith("#"))
            if v
        }
        name, point, day = (p.strip() for p in fields["event"].split("|"))
        out.append(
            Report(
                text=text.strip() + "\n",
                published=date.fromisoformat(fields["published"]),
                event=_point(f"{name} {point}"),
                day=date.fromisoformat(day),
                distractors=tuple(_point(s) for s in fields.get("distractors", "").split(";") if s.strip()),
            )
        )
    return out


def _mentions(r: Extraction) -> str:
    return "; ".join(
        f"{m.text}={m.role}" + (f"@{m.candidate.place.country_code}" if m.candidate else "")
        for m in r.mentions
    )


def score_sentences(extractor: Extractor, items: list[Sentence], show: bool) -> dict[str, float]:
    gold_n = found = found_cc = events = right = 0
    for s in items:
        r = extractor.extract(from_text(s.text, published=s.published))
        assert r.article.text == s.text, "offsets must be into the text as written"
        ev = [m for m in r.mentions if m.role == "event"]
        events += len(ev)
        right += sum(1 for m in ev if any(m.start < g.end and g.start < m.end for g in s.gold))
        missed = []
        for g in s.gold:
            gold_n += 1
            hits = [m for m in ev if m.start < g.end and g.start < m.end]
            found += bool(hits)
            found_cc += any(m.candidate and m.candidate.place.country_code == g.country for m in hits)
            if not hits:
                missed.append(s.text[g.start : g.end])
            elif not any(m.candidate and m.candidate.place.country_code == g.country for m in hits):
                missed.append(s.text[g.start : g.end] + f" (event, not resolved in {g.country})")
        wrong = [m.text for m in ev if not any(m.start < g.end and g.start < m.end for g in s.gold)]
        if show and (missed or wrong):
            print(f"  MISS {missed} FALSE {wrong} | {s.text}\n      {_mentions(r)}")
    return {
        "sentences": len(items),
        "marked": gold_n,
        "recall": found / gold_n,
        "precision": right / events if events else 0.0,
        "recall in country": found_cc / gold_n,
    }


def score_reports(extractor: Extractor, items: list[Report], show: bool) -> dict[str, float]:
    placed = at_distractor = 0
    for rep in items:
        r = extractor.extract(from_text(rep.text, published=rep.published))
        ok = False
        bad = []
        for inc in r.incidents:
            if inc.latitude is None or inc.longitude is None:
                continue
            d_event = distance_km(inc.latitude, inc.longitude, rep.event.lat, rep.event.lon)
            ok |= d_event <= 25 and inc.event_date == rep.day
            for p in rep.distractors:
                d = distance_km(inc.latitude, inc.longitude, p.lat, p.lon)
                if d <= 10 and d < d_event:
                    bad.append(p.name)
        placed += ok
        at_distractor += bool(bad)
        if show and (not ok or bad):
            got = [
                f"{i.location} {i.event_date} ({i.latitude},{i.longitude})"
                if i.latitude is not None
                else f"unplaced {i.event_date} {i.place_reason}"
                for i in r.incidents
            ]
            print(f"  {rep.event.name} {rep.day}: placed+dated={ok} distractors={bad}\n      {got}")
    return {"reports": len(items), "placed+dated": placed, "at a distractor": at_distractor}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print every miss and false event place")
    ap.add_argument("--batch", type=int, default=0, help="score only this batch (1 = the first)")
    ap.add_argument("--dir", type=Path, default=WIRE, help="folder with sentences.txt and reports.txt")
    args = ap.parse_args()
    extractor = Extractor.from_settings(Settings.from_env())
    if args.list:
        print("wire sentences:")
    s = score_sentences(extractor, read_sentences(args.dir / "sentences.txt", args.batch), args.list)
    if args.list:
        print("short reports:")
    rp = score_reports(extractor, read_reports(args.dir / "reports.txt", args.batch), args.list)
    which = f"batch {args.batch}" if args.batch else "all batches"
    print(f"our own wire set (self-written, {args.dir.name}/, {which}; not a held-out figure)")
    head = f"wire sentences ({s['sentences']}, {s['marked']} event places)"
    print(f"| {head} | recall | precision | recall in country |")
    print("|---|---|---|---|")
    rec, prec, cc = s["recall"], s["precision"], s["recall in country"]
    print(f"| event place, role `event` | {rec:.3f} | {prec:.3f} | {cc:.3f} |")
    print(f"| short reports ({rp['reports']}) | placed+dated | at a distractor | |")
    print(f"| | {rp['placed+dated']}/{rp['reports']} | {rp['at a distractor']}/{rp['reports']} | |")


if __name__ == "__main__":
    main()
