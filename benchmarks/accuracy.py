"""Extraction accuracy on dev data: UCDP headlines, LGL and GeoVirus toponyms, and throughput.

Prints one table. Dev data is read from /work/shared (GPL / CC BY; measured, never bundled):
- UCDP GED Syria 2016-2018 headlines: articles coded as exactly one event, where_prec 1-2, a
  single-day date, and UCDP's place named in the headline (compared by a transliteration key
  frozen in this file, so the rows do not move when the product's spelling rules change).
  `published` = source_date. placed+dated: an incident within 10 km of UCDP's point (25 km when
  where_prec is 2) on UCDP's day; far-off: an incident more than 150 km from it (a headline
  naming a second event far away counts too); outside Syria: an incident placed in another
  country (always a wrong reading: every UCDP point here is in Syria); fatalities:
  UCDP best within the low-high of that incident's claimed deaths (among rows with best > 0).
- lgl.xml, GeoVirus.xml: every place mention is a spotted toponym; P/R/F1 by span overlap,
  Acc@161: share of matched spotted toponyms resolved within 161 km of the gold point.
- Throughput: one core, a fresh process with cold caches: articles per CPU second (what one core
  does, whatever else the machine runs; wall-clock rate in brackets) on the LGL texts and on
  ~600-word reports made of consecutive real UCDP headlines (dense in places, dates, figures).

Run: python benchmarks/accuracy.py [--ucdp N] [--news N] [--seed S] [--no-news] [--half 0|1]
[--list far|missed|all]
(defaults: all; N > 0 takes a fixed seeded sample of N; --half keeps the UCDP headlines whose
zlib.crc32 of the text is even (0) or odd (1): read the misses of one half, check a rule on the
other; --list prints each such UCDP headline with what was found, and the misses are split into
no incident / no place / wrong place / wrong date).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gzip
import json
import random
import re
import resource
import subprocess
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from incident_explorer.batching import collector_paced
from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.distance import distance_km
from incident_explorer.settings import Settings

SHARED = Path("/work/shared")
UCDP = SHARED / "data/ucdp-ged-syria/ged_syria_2016_2018.csv.gz"
OCHA = SHARED / "data/syria-ocha"  # governorate, district and sub-district outlines
NEWS = {
    "lgl": SHARED / "dev-data/geoparsing/lgl.xml",
    "GeoVirus": SHARED / "dev-data/geoparsing/GeoVirus.xml",
}
_KIND_WORD = re.compile(
    r"\s+(?:town|village|city|district|sub-district|subdistrict|governorate|province|area|camp|"
    r"neighbourhood|neighborhood|quarter|region|countryside|airbase|military airport|airport)$",
    re.I,
)


@dataclass(frozen=True)
class Headline:
    text: str
    published: date
    day: date
    place: str
    lat: float
    lon: float
    where_prec: int
    best: int
    former: bool = False  # aligned by the key before eddadd1 too (the 913 headlines)


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    lat: float
    lon: float


# --- The alignment key, frozen here (a copy of the product's spelling keys as of commit eddadd1) so
# that the scored rows do not move when the product's spelling rules change: the same headlines
# are compared across commits. `joined=False` is the key before eddadd1 (913 headlines), kept to
# compare with figures recorded before it.
_APOSTROPHES = str.maketrans("", "", "'’‘ʼʻʿʾ`´′ˈ")
_LATIN_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "þ": "th",
        "ħ": "h",
        "ŧ": "t",
    }
)
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": "",
        "ک": "ك",
        "ی": "ي",
    }
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_ARTICLES = frozenset("al el il ul ad ed ar er as es ash esh at et az ez an en ath adh dh".split())
_DIGRAPHS = (("sch", "sh"), ("ch", "sh"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("dj", "j"))
_VOWELS = frozenset("aeiouy")
_JOINED_ARTICLE = re.compile(r"^e(sh|th|dh|[tdrszn])(?=\1[a-z]{2})")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold()).translate(_LATIN_FOLD)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_APOSTROPHES).translate(_ARABIC_FOLD)
    return _NON_WORD.sub(" ", text).replace("_", " ").strip()


def _normalise(text: str) -> list[str]:
    tokens = _fold(text).split()
    out = []
    for i, tok in enumerate(tokens):
        if tok in _ARTICLES and i + 1 < len(tokens):
            continue
        out.append(tok[2:] if tok.startswith("ال") and len(tok) > 3 else tok)
    return out


def _skeleton_token(tok: str) -> str:
    if not tok.isascii():
        return tok
    for a, b in _DIGRAPHS:
        tok = tok.replace(a, b)
    if len(tok) > 3 and tok.endswith(("eh", "ah")):
        tok = tok[:-2] + "a"
    out: list[str] = []
    for i, ch in enumerate(tok):
        if i == 0:
            out.append("a" if ch in _VOWELS else ch)
        elif ch in _VOWELS or (ch == "h" and tok[i - 1] not in _VOWELS) or out[-1] == ch:
            continue
        else:
            out.append(ch)
    return "".join(out)


def _key(text: str, joined: bool = True) -> str:
    tokens = _normalise(text)
    if joined:
        tokens = tokens[:1] + [_JOINED_ARTICLE.sub("", t) for t in tokens[1:]]
    return f" {' '.join(_skeleton_token(t) for t in tokens)} "


def headlines() -> list[Headline]:
    with gzip.open(UCDP, "rt", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    per_article = Counter(r["source_article"] for r in rows)
    out = []
    for r in rows:
        if per_article[r["source_article"]] != 1 or r["where_prec"] not in ("1", "2"):
            continue
        if r["date_start"] != r["date_end"] or ";" in r["source_date"] or not r["source_headline"]:
            continue
        place = _KIND_WORD.sub("", r["where_coordinates"].split(";")[0].strip())
        if len(_key(place).strip()) < 3 or _key(place) not in _key(r["source_headline"]):
            continue
        former = len(_key(place, False).strip()) >= 3 and _key(place, False) in _key(
            r["source_headline"], False
        )
        out.append(
            Headline(
                r["source_headline"],
                date.fromisoformat(r["source_date"][:10]),
                date.fromisoformat(r["date_start"]),
                place,
                float(r["latitude"]),
                float(r["longitude"]),
                int(r["where_prec"]),
                int(r["best"]),
                former,
            )
        )
    return out


def news(path: Path) -> list[tuple[str, list[Gold]]]:
    out = []
    for art in ET.parse(path).getroot():
        text = art.findtext("text") or ""
        golds = []
        for t in art.iter("toponym"):
            lat, lon = t.findtext("gaztag/lat"), t.findtext("gaztag/lon")
            if lat and lon:
                golds.append(
                    Gold(int(t.findtext("start") or 0), int(t.findtext("end") or 0), float(lat), float(lon))
                )
        for loc in art.iter("location"):
            start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
            name = (loc.findtext("name") or "").strip()
            # GeoVirus offsets are one past the name in the text as stored: align on the name
            shift = next((d for d in (0, -1, 1) if text[start + d : end + d].strip() == name), 0)
            golds.append(
                Gold(
                    start + shift,
                    end + shift,
                    float(loc.findtext("lat") or 0),
                    float(loc.findtext("lon") or 0),
                )
            )
        if text.strip():
            out.append((text, golds))
    return out


@dataclass(frozen=True)
class Outcome:
    """What the extractor made of one headline."""

    headline: Headline
    kind: str  # placed+dated, or why not: no incident, no place, wrong place, wrong date
    far: bool  # an incident > 150 km from UCDP's point
    abroad: bool
    n_placed: int
    n_far: int
    fatalities_ok: bool
    found: tuple[str, ...]  # each incident: place, day and distance, for --list
    far_points: tuple[tuple[float, float, date | None], ...] = ()  # the incidents > 150 km off


def judge(extractor: Extractor, h: Headline) -> Outcome:
    r = extractor.extract(from_text(h.text, published=h.published))
    radius = 10.0 if h.where_prec == 1 else 25.0
    hit = None
    near = False
    n_placed = n_far = 0
    found = []
    far_points = []
    for i in r.incidents:
        if i.latitude is None or i.longitude is None:
            found.append(f"(no place) {i.event_date}")
            continue
        km = distance_km(i.latitude, i.longitude, h.lat, h.lon)
        found.append(f"{i.location} {i.event_date} {km:.0f} km")
        n_placed += 1
        n_far += km > 150
        if km > 150:
            far_points.append((i.latitude, i.longitude, i.event_date))
        near = near or km <= radius
        if hit is None and km <= radius and i.event_date == h.day:
            hit = i
    if hit is not None:
        kind = "placed+dated"
    elif not r.incidents:
        kind = "no incident"
    elif not n_placed:
        kind = "no place"
    else:
        kind = "wrong date" if near else "wrong place"
    fat_ok = False
    if hit is not None and hit.fatalities.low is not None:
        high = hit.fatalities.high if hit.fatalities.high is not None else hit.fatalities.low
        fat_ok = hit.fatalities.low <= h.best <= high
    return Outcome(
        h,
        kind,
        n_far > 0,
        # every UCDP point here is in Syria: an incident placed in another country is a wrong reading
        any(i.latitude is not None and i.country_code != "SY" for i in r.incidents),
        n_placed,
        n_far,
        fat_ok,
        tuple(found),
        tuple(far_points),
    )


def ucdp_points() -> dict[date, list[tuple[float, float]]]:
    """Every UCDP GED event's point by day (all rows, whatever article coded them)."""
    out: dict[date, list[tuple[float, float]]] = {}
    with gzip.open(UCDP, "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            a, b = date.fromisoformat(r["date_start"]), date.fromisoformat(r["date_end"])
            for k in range(min((b - a).days, 31) + 1):
                out.setdefault(date.fromordinal(a.toordinal() + k), []).append(
                    (float(r["latitude"]), float(r["longitude"]))
                )
    return out


def far_known(o: Outcome, points: dict[date, list[tuple[float, float]]]) -> bool:
    """Every far incident lies within 25 km of some UCDP event of its day (±1): a real event
    the headline reports that UCDP coded from other articles, not a wrong reading."""

    def known(lat: float, lon: float, day: date | None) -> bool:
        if day is None:
            return False
        days = (date.fromordinal(day.toordinal() + k) for k in (-1, 0, 1))
        return any(distance_km(lat, lon, a, b) <= 25 for d in days for a, b in points.get(d, ()))

    return bool(o.far_points) and all(known(*p) for p in o.far_points)


@dataclass(frozen=True)
class Unit:
    """A Syrian governorate (level 1), district (2) or sub-district (3) as OCHA outlines it."""

    key: str  # the frozen alignment key of its English name
    level: int
    rings: tuple[tuple[tuple[float, float], ...], ...]  # outer rings as (lon, lat)
    box: tuple[float, float, float, float]  # lon/lat bounds


def ocha_units() -> list[Unit]:
    """OCHA's 14 governorates, 62 districts and 272 sub-districts, keyed like the headlines. A
    district or sub-district needs a key of 3 letters or more (a shorter one, 'Al Bab' ' b ',
    'At Tall' ' tl ', would be named by half the headlines); a governorate's 2-letter key
    (Hama ' hm ', Ar-Raqqa ' rk ', Dar'a ' dr ') counts."""
    out = []
    for level in (1, 2, 3):
        for f in json.loads((OCHA / f"admin{level}.geojson").read_text(encoding="utf-8"))["features"]:
            key = _key(f["properties"]["NAME_EN"].strip())
            if len(key.strip()) < (2 if level == 1 else 3):
                continue
            geom = f["geometry"]
            polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
            rings = tuple(tuple((float(x), float(y)) for x, y, *_ in poly[0]) for poly in polys)
            xs = [x for r in rings for x, _ in r]
            ys = [y for r in rings for _, y in r]
            out.append(Unit(key, level, rings, (min(xs), min(ys), max(xs), max(ys))))
    return out


def _inside(u: Unit, lat: float, lon: float) -> bool:
    x0, y0, x1, y1 = u.box
    if not (x0 <= lon <= x1 and y0 <= lat <= y1):
        return False
    hit = False
    for ring in u.rings:  # even-odd ray casting over the outer rings
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (ay > lat) != (by > lat) and lon < ax + (lat - ay) * (bx - ax) / (by - ay):
                hit = not hit
    return hit


def named_units(text: str, units: list[Unit]) -> list[Unit]:
    """The units the headline names by their key, a key found inside a longer named unit's
    match left out ("Deir Ezzor" ' dr zr ' names Deir-ez-Zor, not Dar'a ' dr ')."""
    key = _key(text)
    spans = []
    for u in units:
        at = key.find(u.key)
        while at >= 0:
            spans.append((at, at + len(u.key), u))
            at = key.find(u.key, at + 1)
    return [u for a, b, u in spans if not any(c <= a and b <= d and d - c > b - a for c, d, _ in spans)]


def far_named(o: Outcome, units: list[Unit]) -> bool:
    """Every far incident lies inside a governorate, district or sub-district the headline names
    that does not hold UCDP's point: a second front the headline reports ("Raids target Deir
    Ezzor city and shelling in the northern countryside of Homs"), wherever in that unit UCDP
    or we put it. Neither a namesake of a place the headline names nor a unit read at its middle
    for UCDP's own front (Homs city for "the desert of Homs" when UCDP's point lies in Homs
    governorate, though not in Homs district) passes."""
    h = o.headline
    named = named_units(h.text, units)
    # a name that is UCDP's own area at any level (Homs governorate holds As Sukhnah) names no
    # second front at another level either (Homs district, around the city)
    own = {u.key for u in named if _inside(u, h.lat, h.lon)}
    fronts = [u for u in named if u.key not in own]
    return bool(o.far_points) and all(
        any(_inside(u, lat, lon) for u in fronts) for lat, lon, _ in o.far_points
    )


def score_ucdp(outcomes: list[Outcome]) -> dict[str, float]:
    n = len(outcomes) or 1
    n_placed = sum(o.n_placed for o in outcomes)
    with_best = [o for o in outcomes if o.headline.best > 0]
    return {
        "n": len(outcomes),
        "placed_dated": sum(o.kind == "placed+dated" for o in outcomes) / n,
        "no_incident": sum(o.kind == "no incident" for o in outcomes) / n,
        "far": sum(o.far for o in outcomes) / n,
        "abroad": sum(o.abroad for o in outcomes) / n,
        "far_incidents": sum(o.n_far for o in outcomes) / n_placed if n_placed else 0.0,
        "fatalities_agree": sum(o.fatalities_ok for o in with_best) / len(with_best) if with_best else 0.0,
    }


def score_news(extractor: Extractor, docs: list[tuple[str, list[Gold]]]) -> dict[str, float]:
    tp_pred = n_pred = tp_gold = n_gold = acc_ok = acc_n = 0
    for text, golds in docs:
        r = extractor.extract(from_text(text))
        offset = r.article.text.find(text.strip()[:40]) - (len(text) - len(text.lstrip()))
        spots = [(m.start - offset, m.end - offset, m) for m in r.mentions]
        n_pred += len(spots)
        n_gold += len(golds)
        for s, e, m in spots:
            match = next((g for g in golds if g.start < e and s < g.end), None)
            if match is not None:
                tp_pred += 1
                acc_n += 1
                c = m.candidate
                acc_ok += (
                    c is not None
                    and distance_km(c.place.latitude, c.place.longitude, match.lat, match.lon) <= 161
                )
        tp_gold += sum(1 for g in golds if any(g.start < e and s < g.end for s, e, _ in spots))
    p = tp_pred / n_pred if n_pred else 0.0
    rec = tp_gold / n_gold if n_gold else 0.0
    return {
        "n": len(docs),
        "P": p,
        "R": rec,
        "F1": 2 * p * rec / (p + rec) if p + rec else 0.0,
        "Acc@161": acc_ok / acc_n if acc_n else 0.0,
    }


def dense_reports(items: list[Headline], words: int = 600) -> list[tuple[str, date]]:
    out, chunk, count = [], [], 0
    for h in items:
        text = h.text.rstrip()
        chunk.append(text if text.endswith((".", "!", "?")) else text + ".")
        count += len(text.split())
        if count >= words:
            out.append((" ".join(chunk), h.published))
            chunk, count = [], 0
    return out


def throughput(kind: str, n: int, seed: int, paced: bool = True, passes: int = 1) -> None:
    """Run in a fresh process: cold caches, one core; the garbage collector paced as the CLI's
    ``extract`` and ``ingest`` pace it for their articles (``--unpaced``: Python's default).
    ``passes`` > 1 reads the same texts again in the same process, one line per pass: a later
    pass finds every name's gazetteer reads, matches and candidate rows kept, so its rate is the
    most that precomputing them (in the index or elsewhere) could give."""
    extractor = Extractor.from_settings(Settings.from_env())
    if kind == "lgl":
        texts = [(t, None) for t, _ in news(NEWS["lgl"])]
    else:
        hs = headlines_all()
        texts = dense_reports(hs)[:n]
    with collector_paced() if paced else contextlib.nullcontext():
        for _ in range(passes):
            t0, c0 = time.perf_counter(), time.process_time()
            words = 0
            for text, published in texts:
                extractor.extract(from_text(text, published=published))
                words += len(text.split())
            # CPU seconds of this process: what one core does, whatever else the machine is running
            print(f"{len(texts)} {time.process_time() - c0:.3f} {words} {time.perf_counter() - t0:.3f}")


def long_text() -> None:
    """One 300 KB text (LGL articles one after another): seconds and peak memory, fresh process."""
    extractor = Extractor.from_settings(Settings.from_env())
    parts, size = [], 0
    for text, _ in news(NEWS["lgl"]):
        parts.append(text.strip())
        size += len(text)
        if size >= 300_000:
            break
    body = "\n\n".join(parts)[:300_000]
    t0 = time.perf_counter()
    r = extractor.extract(from_text(body))
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{len(body)} {dt:.3f} {rss} {len(r.incidents)}")


def headlines_all() -> list[Headline]:
    """All UCDP headlines in file order (for throughput text), not only the scored ones."""
    with gzip.open(UCDP, "rt", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    seen: set[str] = set()
    out = []
    for r in rows:
        if r["source_headline"] in seen or ";" in r["source_date"] or not r["source_date"]:
            continue
        seen.add(r["source_headline"])
        out.append(
            Headline(
                r["source_headline"], date.fromisoformat(r["source_date"][:10]), date.min, "", 0, 0, 0, 0
            )
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ucdp", type=int, default=0)
    ap.add_argument("--news", type=int, default=0)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--throughput", choices=["lgl", "dense", "long"])
    ap.add_argument("--no-throughput", action="store_true")
    ap.add_argument(
        "--unpaced", action="store_true", help="throughput with the collector at its default pace"
    )
    ap.add_argument(
        "--passes",
        type=int,
        default=1,
        help="throughput: read the texts this many times in one process, one line per pass",
    )
    ap.add_argument("--no-news", action="store_true", help="UCDP headlines only")
    ap.add_argument(
        "--half",
        type=int,
        choices=[0, 1],
        help="UCDP headlines whose zlib.crc32(text) %% 2 is this (read one half's misses, judge on both)",
    )
    ap.add_argument(
        "--list",
        choices=["far", "missed", "all"],
        help="also print each such UCDP headline with what was found (for reading, not scoring)",
    )
    args = ap.parse_args()
    if args.throughput == "long":
        long_text()
        return
    if args.throughput:
        throughput(args.throughput, 300, args.seed, paced=not args.unpaced, passes=args.passes)
        return
    rng = random.Random(args.seed)
    extractor = Extractor.from_settings(Settings.from_env())
    rows: list[tuple[str, str]] = []
    hs = headlines()
    if args.half is not None:
        hs = [h for h in hs if zlib.crc32(h.text.encode()) % 2 == args.half]
    sample = hs if args.ucdp == 0 or args.ucdp >= len(hs) else rng.sample(hs, args.ucdp)
    t0 = time.perf_counter()
    outcomes = [judge(extractor, h) for h in sample]
    u = score_ucdp(outcomes)
    old = score_ucdp([o for o in outcomes if o.headline.former])
    rows.append(
        (
            f"UCDP headlines ({u['n']} of {len(hs)}): placed within 10/25 km and right day",
            f"{u['placed_dated']:.3f}",
        )
    )
    kinds = Counter(o.kind for o in outcomes)
    rows.append(
        (
            "UCDP headlines missed: no incident / no place / wrong place / wrong date",
            " / ".join(str(kinds[k]) for k in ("no incident", "no place", "wrong place", "wrong date")),
        )
    )
    rows.append(("UCDP headlines: no incident at all", f"{u['no_incident']:.3f}"))
    rows.append(("UCDP headlines: an incident > 150 km off", f"{u['far']:.3f}"))
    points = ucdp_points()
    known = sum(far_known(o, points) for o in outcomes if o.far)
    rows.append(
        (
            "  of which every far incident is another UCDP event that day ±1 (within 25 km)",
            f"{known / (len(outcomes) or 1):.3f} ({known} of {sum(o.far for o in outcomes)})",
        )
    )
    units = ocha_units()
    unnamed = sum(o.far and not far_named(o, units) for o in outcomes)
    rows.append(
        (
            "UCDP headlines: an incident > 150 km off outside every unit the headline names (OCHA)",
            f"{unnamed / (len(outcomes) or 1):.3f} ({unnamed})",
        )
    )
    rows.append(
        (
            f"UCDP headlines, the former {old['n']} (key before eddadd1): placed+dated / far-off",
            f"{old['placed_dated']:.3f} / {old['far']:.3f}",
        )
    )
    rows.append(("UCDP headlines: an incident outside Syria (a wrong reading)", f"{u['abroad']:.3f}"))
    rows.append(
        ("UCDP headlines: placed incidents > 150 km off (of all placed)", f"{u['far_incidents']:.3f}")
    )
    rows.append(
        ("UCDP headlines: UCDP best within the placed incident's low-high", f"{u['fatalities_agree']:.3f}")
    )
    if args.list:
        for o in outcomes:
            if args.list == "all" or (o.far if args.list == "far" else o.kind != "placed+dated"):
                h = o.headline
                tag = ""
                if o.far:
                    tag = ", far (UCDP event)" if far_known(o, points) else ", far"
                    tag += " (a named unit)" if far_named(o, units) else ""
                print(f"[{o.kind}{tag}] {h.text}")
                found = "; ".join(o.found) or "-"
                print(f"    UCDP: {h.place} {h.day} (published {h.published}); found: {found}")
    print(f"# UCDP scored in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    for name, path in NEWS.items() if not args.no_news else ():
        docs = news(path)
        docs = docs if args.news == 0 or args.news >= len(docs) else rng.sample(docs, args.news)
        s = score_news(extractor, docs)
        rows.append(
            (
                f"{name} ({s['n']} articles): toponym P / R / F1",
                f"{s['P']:.3f} / {s['R']:.3f} / {s['F1']:.3f}",
            )
        )
        rows.append((f"{name}: Acc@161 of spotted toponyms", f"{s['Acc@161']:.3f}"))
    if not args.no_throughput:
        for kind, label in (("lgl", "LGL texts"), ("dense", "~600-word reports of UCDP headlines")):
            out = subprocess.run(
                [sys.executable, __file__, "--throughput", kind], capture_output=True, text=True, check=True
            ).stdout.split()
            n, cpu, words, wall = int(out[0]), float(out[1]), int(out[2]), float(out[3])
            rows.append(
                (
                    f"throughput, {label} ({n}, cold process, one core)",
                    f"{n / cpu:.1f} articles/CPU-s, {words / cpu:,.0f} words/CPU-s ({n / wall:.1f}/s wall)",
                )
            )
        out = subprocess.run(
            [sys.executable, __file__, "--throughput", "long"], capture_output=True, text=True, check=True
        ).stdout.split()
        rows.append(
            (
                f"one {int(out[0]) // 1000} KB text (LGL articles in a row)",
                f"{out[1]} s, peak RSS {out[2]} MB",
            )
        )
    width = max(len(a) for a, _ in rows)
    print(f"| {'measure'.ljust(width)} | figure |")
    print(f"|{'-' * (width + 2)}|--------|")
    for a, b in rows:
        print(f"| {a.ljust(width)} | {b} |")


if __name__ == "__main__":
    main()
