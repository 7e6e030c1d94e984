"""Our own wire set: event places in wire sentences and short reports with distractor places.

The set (tests/wire/, see its README) was written by the project itself in the styles of
Reuters, AP, AFP, Al Jazeera, SANA and SOHR's English pages; it is small and written by the
people who tune the rules, so its figures are a smoke test, never a held-out figure.

- Wire sentences (`sentences.txt`, the event's place marked `[[Name|CC]]`): a marked place is
  found when a mention with role `event` overlaps its span; recall = marked places found /
  marked places; precision = `event` mentions overlapping a marked place (or naming it again,
  spelt alike and resolved to the same entry, as an ACLED note's heading repeats its town) / all
  `event` mentions. "in country" also asks the found mention to resolve in the marked country.
- Short reports (`reports.txt`): placed+dated = an incident within 25 km of the event's point
  on the event's day; at a distractor = an incident within 10 km of a distractor place (a
  dateline, talks, a hospital across the border, a speaking government, an earlier attack)
  and nearer to it than to every real event. A report may tell further real events (more
  `event:` lines, the first being the main one): "second events kept" counts those with an
  incident within 25 km on their own day, so a rule or model that drops real events shows.

Run: python benchmarks/wire.py [--list] [--batch N] [--dir DIR] [--places WEIGHTS] [--check-order]
(--list prints every miss and false event place; --batch N scores only the Nth batch, the
batches being separated by comment lines that name a batch; --dir reads another folder of the
same two files, such as a new batch before it joins the set; --places weighs the rules' event
places with the event-place weights in that file, such as the training script's ``--exclude N
--out FILE``: a batch scored with weights that never saw it; --check-order reads every item again,
in the reverse order, with an extractor of its own, and lists each item whose answer (its places,
roles, entries, scores and incidents) differs: the figures must not depend on what was read
before, so a batch alone and all batches in one run score alike)
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.event_places import EventPlaceModel
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction, Mention
from incident_explorer.places.distance import distance_km
from incident_explorer.places.offline import stands_in
from incident_explorer.places.spelling import normalise, translit
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
    # further real events the report tells (a second `event:` line), each with its own day
    more: tuple[tuple[Point, date], ...] = ()

    @property
    def events(self) -> tuple[tuple[Point, date], ...]:
        return ((self.event, self.day), *self.more)

    def nearest_event_km(self, lat: float, lon: float) -> float:
        return min(distance_km(lat, lon, p.lat, p.lon) for p, _ in self.events)

    def at_distractor(self, lat: float, lon: float) -> list[str]:
        """Distractors within 10 km of a point that is nearer to them than to every real event."""
        d_event = self.nearest_event_km(lat, lon)
        return [
            p.name
            for p in self.distractors
            if (d := distance_km(lat, lon, p.lat, p.lon)) <= 10 and d < d_event
        ]


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
        pairs = [ln.partition(":") for ln in head.splitlines() if not ln.startswith("#")]
        fields = {k.strip(): v.strip() for k, _, v in pairs if v}
        events = []
        for k, _, v in pairs:
            if k.strip() == "event":
                name, point, day = (p.strip() for p in v.split("|"))
                events.append((_point(f"{name} {point}"), date.fromisoformat(day)))
        out.append(
            Report(
                text=text.strip() + "\n",
                published=date.fromisoformat(fields["published"]),
                event=events[0][0],
                day=events[0][1],
                distractors=tuple(_point(s) for s in fields.get("distractors", "").split(";") if s.strip()),
                more=tuple(events[1:]),
            )
        )
    return out


def _mentions(r: Extraction) -> str:
    return "; ".join(
        f"{m.text}={m.role}" + (f"@{m.candidate.place.country_code}" if m.candidate else "")
        for m in r.mentions
    )


def _marked(m: Mention, gold: tuple[Marked, ...]) -> bool:
    return any(m.start < g.end and g.start < m.end for g in gold)


def gold_ids(mentions: tuple[Mention, ...], gold: tuple[Marked, ...]) -> set[tuple[str, str]]:
    """The gazetteer entries and spellings of the mentions on a marked place."""
    return {
        (m.candidate.place.source_id, translit(normalise(m.text)))
        for m in mentions
        if m.candidate and _marked(m, gold)
    }


def is_gold(m: Mention, gold: tuple[Marked, ...], gold_ids: set[tuple[str, str]]) -> bool:
    """The gold marks the event's place once; a marked place named again in the line (an ACLED
    note's heading and its body), spelt alike and resolved to the same entry, is that place too."""
    if _marked(m, gold):
        return True
    return m.candidate is not None and (m.candidate.place.source_id, translit(normalise(m.text))) in gold_ids


def score_sentences(extractor: Extractor, items: list[Sentence], show: bool) -> dict[str, float]:
    gold_n = found = found_cc = events = right = stand_in = 0
    for s in items:
        r = extractor.extract(from_text(s.text, published=s.published))
        assert r.article.text == s.text, "offsets must be into the text as written"
        ev = [m for m in r.mentions if m.role == "event"]
        events += len(ev)
        ids = gold_ids(r.mentions, s.gold)
        right += sum(1 for m in ev if is_gold(m, s.gold, ids))
        missed = []
        for g in s.gold:
            gold_n += 1
            hits = [m for m in ev if m.start < g.end and g.start < m.end]
            found += bool(hits)
            found_cc += any(m.candidate and m.candidate.place.country_code == g.country for m in hits)
            # the place itself unknown, the unit the text says holds it standing in (counted in
            # recall as any `event` mention on the span is; shown apart, as it is no point there)
            stand_in += any(m.candidate and stands_in(m.candidate) for m in hits)
            if not hits:
                missed.append(s.text[g.start : g.end])
            elif not any(m.candidate and m.candidate.place.country_code == g.country for m in hits):
                missed.append(s.text[g.start : g.end] + f" (event, not resolved in {g.country})")
        wrong = [m.text for m in ev if not is_gold(m, s.gold, ids)]
        if show and (missed or wrong):
            print(f"  MISS {missed} FALSE {wrong} | {s.text}\n      {_mentions(r)}")
    return {
        "sentences": len(items),
        "marked": gold_n,
        "recall": found / gold_n,
        "precision": right / events if events else 0.0,
        "recall in country": found_cc / gold_n,
        "found": found,
        "events": events,
        "right": right,
        "stand_in": stand_in,
    }


def _kept(spots: list[tuple[float, float, date | None]], p: Point, day: date) -> bool:
    """An incident within 25 km of the event's point on the event's day."""
    return any(distance_km(a, b, p.lat, p.lon) <= 25 and d == day for a, b, d in spots)


def score_reports(extractor: Extractor, items: list[Report], show: bool) -> dict[str, float]:
    placed = at_distractor = more = more_kept = unit = unit_near = 0
    for rep in items:
        r = extractor.extract(from_text(rep.text, published=rep.published))
        spots = [
            (inc.latitude, inc.longitude, inc.event_date)
            for inc in r.incidents
            if inc.latitude is not None and inc.longitude is not None
        ]
        ok = _kept(spots, rep.event, rep.day)
        lost = [p.name for p, day in rep.more if not _kept(spots, p, day)]
        bad = [name for a, b, _ in spots for name in rep.at_distractor(a, b)]
        # a missed main event whose own name the gazetteer lacks, placed at the unit the text
        # names for it (`Incident.place_text`): no hit, but no other place's incident either;
        # "near" when that unit's point lies within 150 km of the event (a unit's middle, not it)
        units = [
            i for i in r.incidents if i.place_text and i.latitude is not None and i.longitude is not None
        ]
        if not ok and units:
            unit += 1
            unit_near += any(
                distance_km(i.latitude, i.longitude, rep.event.lat, rep.event.lon) <= 150
                for i in units
                if i.latitude is not None and i.longitude is not None
            )
        placed += ok
        at_distractor += bool(bad)
        more += len(rep.more)
        more_kept += len(rep.more) - len(lost)
        if show and (not ok or bad or lost):
            got = [
                f"{i.location} {i.event_date} ({i.latitude},{i.longitude}) [{i.place_reason}]"
                if i.latitude is not None
                else f"unplaced {i.event_date} {i.place_reason}"
                for i in r.incidents
            ]
            lost_s = f" second events lost={lost}" if lost else ""
            print(f"  {rep.event.name} {rep.day}: placed+dated={ok} distractors={bad}{lost_s}\n      {got}")
    return {
        "reports": len(items),
        "placed+dated": placed,
        "at a distractor": at_distractor,
        "second events": more,
        "second events kept": more_kept,
        "at a named unit": unit,
        "at a named unit within 150 km": unit_near,
    }


def answer(r: Extraction) -> tuple[object, ...]:
    """What an extraction says of a text: each mention's span, role, entry and score, and each
    incident's place, point, day and reason."""
    mentions = tuple(
        (m.start, m.end, m.role, *((m.candidate.place.source_id, m.candidate.score) if m.candidate else ()))
        for m in r.mentions
    )
    incidents = tuple(
        (i.location, i.latitude, i.longitude, i.event_date, i.place_reason) for i in r.incidents
    )
    return mentions, incidents


def check_order(settings: Settings, places: Path | None, texts: list[tuple[str, date]]) -> int:
    """Read the texts in order and in reverse order, each with an extractor of its own; print
    each text whose answer differs and return how many do."""
    answers: list[dict[int, tuple[object, ...]]] = []
    for order in (range(len(texts)), reversed(range(len(texts)))):
        extractor = Extractor.from_settings(settings)
        if places:
            extractor.places = EventPlaceModel.load(places)
        read = {}
        for i in order:
            text, published = texts[i]
            read[i] = answer(extractor.extract(from_text(text, published=published)))
        answers.append(read)
    differ = [i for i in range(len(texts)) if answers[0][i] != answers[1][i]]
    for i in differ:
        print(
            f"  ORDER {texts[i][0][:120]!r}\n      in order: {answers[0][i]}\n      reversed: {answers[1][i]}"
        )
    return len(differ)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print every miss and false event place")
    ap.add_argument("--batch", type=int, default=0, help="score only this batch (1 = the first)")
    ap.add_argument("--dir", type=Path, default=WIRE, help="folder with sentences.txt and reports.txt")
    ap.add_argument(
        "--places", type=Path, help="weigh event places with these event-place weights (a held-out test)"
    )
    ap.add_argument(
        "--check-order",
        action="store_true",
        help="read every item again in reverse order; list items whose answer depends on the order",
    )
    args = ap.parse_args()
    if args.check_order:
        sentences = read_sentences(args.dir / "sentences.txt", args.batch)
        reports = read_reports(args.dir / "reports.txt", args.batch)
        texts = [(x.text, x.published) for x in (*sentences, *reports)]
        n = check_order(Settings.from_env(), args.places, texts)
        print(f"order check: {n} of {len(texts)} items answer differently read in reverse order")
        return
    extractor = Extractor.from_settings(Settings.from_env())
    if args.places:
        extractor.places = EventPlaceModel.load(args.places)
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
    print(f"| short reports ({rp['reports']}) | placed+dated | at a distractor | second events kept |")
    n, more = rp["reports"], rp["second events"]
    kept = f"{rp['second events kept']}/{more}" if more else "none told"
    print(f"| | {rp['placed+dated']}/{n} | {rp['at a distractor']}/{n} | {kept} |")
    # not hits: a place the gazetteer lacks, placed at the unit the text names for it
    print(
        f"| the place not in the gazetteer, placed at the unit the text names (not a hit) | "
        f"sentences {s['stand_in']}/{s['marked']} | reports missed {rp['at a named unit']}/{n} | "
        f"of which within 150 km {rp['at a named unit within 150 km']} |"
    )


if __name__ == "__main__":
    main()
