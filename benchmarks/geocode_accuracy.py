"""Geocoder accuracy on real text no one here wrote: share of gold places within 10/25/161 km.

Rows (each scored on every gold item; "not found" counts as wrong):
- lgl, geovirus: every gold toponym of the dev corpora (../shared/dev-data/geoparsing, GPL, read
  at run time only), geocoded from its gold span with the whole article as context, no country.
- ucdp headlines: Syrian spellings in UCDP report headlines, aligned to the event's UCDP place
  (where_prec 1-2 only; the alignment is built here: the headline span most similar to UCDP's
  place name, kept when the spellings agree), geocoded with the headline as context and --country SY.
- ucdp places: UCDP's own place descriptions ("Teir Maaleh village", "Nasib border crossing"),
  where_prec 1-2, geocoded with --country SY, as the held-out check does.
- ucdp places no hint (``--only placesnohint``): the same descriptions with no country named,
  the form of the held-out worldwide check (outside Syria only its figure is unknown here).
- ucdp places in district: the same descriptions with UCDP's own district, as coders and
  reports write them ("Kafr Nabl town in Maarat al-Numaan district"): parent parsing and
  parent-encloses-child disambiguation.
UCDP rows are scored on 2018 events only, against an index whose UCDP place source was built
from 2016-2017 events only (the "ucdp≤2017" column set), and again against an index without any
UCDP source ("no ucdp"): the first is what a new year of reports meets, the second what the
other sources alone reach. Neither sees a 2018 row's own point.

Run: python benchmarks/geocode_accuracy.py [--only lgl,geovirus,headlines,places,placesdistrict,placesnohint]
[--misses N] [--breakdown] [--half 0|1]
--half keeps the LGL and GeoVirus articles of one half (crc32 of the LGL docid or the GeoVirus
source URL, mod 2; the UCDP rows are unchanged): rules are read from half 0's misses and must
not lower half 1, which stands in for the held-back news sets.
--breakdown prints, per set, the misses (beyond 161 km, or 10 km with a country named) by kind:
no candidate at all, the right place among the candidates but another ranked first (wrong
namesake), or no candidate near the gold point; by the answer's feature and distance; and, for
the answers that are countries, how many gold points lie within 161 km of each reference point
a country could have (the indexed one: the outline's, or the conventional one where the two lie
over 400 km apart; or the countryinfo package's conventional one everywhere); and by cause
("cause: ..."): a wrong namesake (the right place among the candidates, another ranked first), a
unit read as its town or the reverse (the same, one a district, province or state and the other
not), our point far from the gold's for the same place (the answer a country, state, continent,
region or sea spelt like the query), a description the parser does not read (several names,
brackets, a facility: "oil field", "base", "checkpoint"; no candidate near), a spelling the key
misses (an indexed place within the distance is spelt like the query; no candidate near), or in
no source (nothing so named within the distance). With --misses too, each miss printed ends
with its cause.
The two benchmark indexes are built once into the cache folder (about a minute each).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import math
import re
import sqlite3
import sys
import time
import xml.etree.ElementTree as ET
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from rapidfuzz import fuzz

from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.index import collect
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Candidate, Feature
from incident_explorer.places.sources import world
from incident_explorer.places.spelling import normalise, skeleton
from incident_explorer.progress import StderrProgress
from incident_explorer.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
GEOPARSING = SHARED / "dev-data" / "geoparsing"
UCDP = SHARED / "data" / "ucdp-ged-syria" / "ged_syria_2016_2018.csv.gz"
TEST_YEAR = 2018
# The countryinfo package's conventional country points (as bundled), for --breakdown.
CONVENTIONAL = {
    r["iso_a2"]: (float(r["latitude"]), float(r["longitude"]))
    for r in world._read(Path(__file__).resolve().parents[1] / "data" / "countryinfo" / "countries.csv")
}


@dataclass(frozen=True, slots=True)
class Gold:
    query: str
    lat: float
    lon: float
    context: str = ""
    country: str | None = None
    doc: int = 0  # items of one document share one context
    half: int = 0  # crc32 of the article's id (LGL docid, GeoVirus source URL) mod 2, for --half


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def lgl() -> Iterator[Gold]:
    root = ET.parse(GEOPARSING / "lgl.xml").getroot()
    for doc, art in enumerate(root.iter("article")):
        text = (art.findtext("title") or "") + "\n" + (art.findtext("text") or "")
        half = zlib.crc32(art.get("docid", "").encode()) % 2
        for top in art.iter("toponym"):
            tag = top.find("gaztag")
            if tag is None or tag.findtext("lat") is None:
                continue
            lat, lon = float(tag.findtext("lat") or 0), float(tag.findtext("lon") or 0)
            yield Gold(top.findtext("phrase") or "", lat, lon, text, None, doc, half)


def geovirus() -> Iterator[Gold]:
    root = ET.parse(GEOPARSING / "GeoVirus.xml").getroot()
    for doc, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        half = zlib.crc32((art.findtext("source") or "").encode()) % 2
        for loc in art.iter("location"):
            lat, lon = float(loc.findtext("lat") or 0), float(loc.findtext("lon") or 0)
            yield Gold(loc.findtext("name") or "", lat, lon, text, None, doc, half)


_KIND = re.compile(
    r"\s+(village|town|city|area|district|sub-?district|camp|neighbou?rhood|region|governorate)$", re.I
)
_TOKEN = re.compile(r"[^\W\d_][\w’'`-]*", re.UNICODE)


def ucdp_rows(years: set[int]) -> Iterator[dict[str, str]]:
    with gzip.open(UCDP, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if int(row["year"]) in years and row["where_prec"] in ("1", "2"):
                yield row


def align(headline: str, place: str) -> str | None:
    """The headline words that spell UCDP's place name, or None when no span agrees well enough."""
    name = normalise(_KIND.sub("", place.split("/")[0]))
    if len(name) < 3:
        return None
    words = [(m.start(), m.end()) for m in _TOKEN.finditer(headline)]
    best, best_score = None, 0.0
    n_name = len(name.split())
    for i in range(len(words)):
        for n in range(max(1, n_name - 1), n_name + 2):
            if i + n > len(words):
                break
            span = headline[words[i][0] : words[i + n - 1][1]]
            if not span[0].isupper():
                continue
            key = normalise(span)
            if not key:
                continue
            score = fuzz.ratio(key, name)
            if skeleton(key) == skeleton(name):
                score = max(score, 90.0)
            if score > best_score:
                best, best_score = span, score
    return best if best_score >= 80 else None


def ucdp_headlines() -> Iterator[Gold]:
    seen: set[tuple[str, str]] = set()
    for row in ucdp_rows({TEST_YEAR}):
        headline = row["source_headline"].strip()
        for part in headline.split(";"):  # several reports, one field
            span = align(part, row["where_coordinates"])
            if span is None or (span, row["where_coordinates"]) in seen:
                continue
            seen.add((span, row["where_coordinates"]))
            yield Gold(span, float(row["latitude"]), float(row["longitude"]), part, "SY")


def ucdp_places() -> Iterator[Gold]:
    seen: set[str] = set()
    for row in ucdp_rows({TEST_YEAR}):
        name = row["where_coordinates"].strip()
        if name in seen:
            continue
        seen.add(name)
        yield Gold(name, float(row["latitude"]), float(row["longitude"]), "", "SY")


def ucdp_places_in_district() -> Iterator[Gold]:
    seen: set[str] = set()
    for row in ucdp_rows({TEST_YEAR}):
        name = row["where_coordinates"].strip()
        if name in seen or not row["adm_2"].strip():
            continue
        seen.add(name)
        query = f"{name} in {row['adm_2'].strip()}"
        yield Gold(query, float(row["latitude"]), float(row["longitude"]), "", "SY")


def ucdp_places_no_hint() -> Iterator[Gold]:
    """UCDP's place descriptions with no country named, as the held-out worldwide check asks."""
    for g in ucdp_places():
        yield replace(g, country=None)


SETS = {
    "lgl": lgl,
    "geovirus": geovirus,
    "headlines": ucdp_headlines,
    "places": ucdp_places,
    "placesdistrict": ucdp_places_in_district,
    "placesnohint": ucdp_places_no_hint,
}
UCDP_SETS = {"headlines", "places", "placesdistrict", "placesnohint"}


@dataclass
class Score:
    n: int = 0
    found: int = 0
    within: tuple[int, int, int] = (0, 0, 0)

    def add(self, dist: float | None) -> None:
        self.n += 1
        if dist is None:
            return
        self.found += 1
        self.within = tuple(w + (dist <= r) for w, r in zip(self.within, (10, 25, 161), strict=True))  # type: ignore[assignment]


# A description the parser may not read: several names, a bracket, or a facility's kind word.
_PHRASE = re.compile(
    r"[/()]|\b(?:between|road|base|brigade|regiment|field|oilfield|dam|checkpoint|crossroad|airport|"
    r"camp|mountain|island|lake|pan|farms?|station|sector|pocket|ruins|castle)\b",
    re.I,
)
_UNIT = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.ADMIN3})
_BIG = frozenset({Feature.COUNTRY, Feature.CONTINENT, Feature.ADMIN1, Feature.REGION, Feature.WATER})
_LIKE = 80  # % alike (rapidfuzz ratio of the spelling skeletons) for "a spelling the key misses"


def _skeleton_of(name: str) -> str:
    return skeleton(normalise(_KIND.sub("", name))) or ""


@dataclass
class Breakdown:
    kinds: Counter[str] = field(default_factory=Counter)
    country_points: Counter[str] = field(default_factory=Counter)
    index: sqlite3.Connection | None = None  # the benchmark index, for the places near a gold point

    def cause(self, g: Gold, found: list[Candidate], everyone: list[Candidate], limit: float) -> str:
        """Why an item is missed (see the module's docstring)."""
        asked = _skeleton_of(g.query)
        right = [c for c in everyone if km(g.lat, g.lon, c.place.latitude, c.place.longitude) <= limit]
        if right and found:
            units = (found[0].place.feature in _UNIT, right[0].place.feature in _UNIT)
            return (
                "cause: unit read as its town or the reverse"
                if units[0] != units[1]
                else "cause: wrong namesake"
            )
        if (
            found
            and found[0].place.feature in _BIG
            and fuzz.ratio(_skeleton_of(found[0].place.name), asked) >= _LIKE
        ):
            return "cause: our point for the place far from the gold's"
        if _PHRASE.search(g.query):
            return "cause: description not read"
        if self.index is not None:
            lat, lon = limit / 111.0, limit / (111.0 * max(0.1, math.cos(math.radians(g.lat))))
            rows = self.index.execute(
                "SELECT name, lat, lon FROM places WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
                (g.lat - lat, g.lat + lat, g.lon - lon, g.lon + lon),
            ).fetchall()
            for name, plat, plon in rows:
                if km(g.lat, g.lon, plat, plon) <= limit and fuzz.ratio(_skeleton_of(name), asked) >= _LIKE:
                    return "cause: a spelling the key misses"
        return "cause: in no source"

    def add(self, g: Gold, found: list[Candidate], everyone: list[Candidate], dist: float | None) -> str:
        """Count a miss by kind; the miss's cause ("" for a hit)."""
        if found and found[0].place.feature is Feature.COUNTRY:
            cc = found[0].place.country_code
            self.country_points["country answers"] += 1
            self.country_points["indexed point ≤161 km"] += dist is not None and dist <= 161
            other = CONVENTIONAL.get(cc)
            near_other = bool(other and km(g.lat, g.lon, *other) <= 161)
            self.country_points["conventional point ≤161 km"] += near_other
        limit = 161 if g.country is None else 10
        if dist is not None and dist <= limit:
            return ""
        cause = self.cause(g, found, everyone, limit)
        self.kinds[cause] += 1
        if not found:
            self.kinds["no candidate"] += 1
            return cause
        near = any(km(g.lat, g.lon, c.place.latitude, c.place.longitude) <= limit for c in everyone)
        kind = "wrong namesake" if near else "no candidate near"
        assert dist is not None
        bins = "≤300" if dist <= 300 else "≤500" if dist <= 500 else "≤1000" if dist <= 1000 else ">1000"
        self.kinds[f"{kind}: {found[0].place.feature}, {bins} km"] += 1
        self.kinds[kind] += 1
        return cause

    def print(self, label: str) -> None:
        for what, n in sorted((*self.kinds.items(), *self.country_points.items())):
            print(f"  {label:<20}{what:<50}{n:>6}")


def evaluate(
    geo: OfflineGeocoder, items: list[Gold], misses: int, label: str, breakdown: Breakdown | None = None
) -> Score:
    score = Score()
    keys_doc: tuple[int, str, frozenset[str]] = (-1, "", frozenset())
    shown = 0
    for g in items:
        if g.context and (keys_doc[0] != g.doc or keys_doc[1] is not g.context):
            keys_doc = (g.doc, g.context, context_keys(g.context))
        keys = keys_doc[2] if g.context else None
        found = geo.geocode(g.query, keys=keys, country=g.country, limit=1)
        dist = km(g.lat, g.lon, found[0].place.latitude, found[0].place.longitude) if found else None
        score.add(dist)
        cause = ""
        if breakdown is not None:
            everyone = geo.geocode(g.query, keys=keys, country=g.country, limit=50)
            cause = breakdown.add(g, found, everyone, dist).removeprefix("cause: ")
        if misses and shown < misses and (dist is None or dist > (161 if g.country is None else 10)):
            shown += 1
            got = f"{found[0].location} ({found[0].place.source_id}) {dist:.0f} km" if found else "not found"
            why = f"  [{cause}]" if cause else ""
            print(f"  miss [{label}] {g.query!r} -> {got}{why}", file=sys.stderr)
    return score


def open_variant(settings: Settings, name: str, ucdp_until: int | None) -> Gazetteer:
    """An index of its own for each benchmark variant, so the UCDP split never leaks."""
    variant = replace(settings, cache_dir=settings.cache_dir / f"bench-{name}")
    collector = partial(collect, ucdp_until=ucdp_until)
    return Gazetteer.open(variant, StderrProgress(), collector)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default=",".join(SETS), help="comma-separated sets: " + ",".join(SETS))
    ap.add_argument("--misses", type=int, default=0, help="print up to N misses per set to stderr")
    ap.add_argument("--breakdown", action="store_true", help="print the misses by kind")
    ap.add_argument(
        "--half",
        type=int,
        choices=(0, 1),
        help="LGL and GeoVirus: only the articles whose id hashes (crc32 mod 2) to this half",
    )
    ap.add_argument("--variants", default="ucdp2017,noucdp", help="ucdp2017 and/or noucdp")
    args = ap.parse_args()
    chosen = [s for s in args.only.split(",") if s]
    settings = Settings.from_env()
    variants = {"ucdp2017": TEST_YEAR - 1, "noucdp": 0}
    data = {name: list(SETS[name]()) for name in chosen}
    if args.half is not None:
        for name in chosen:
            if name not in UCDP_SETS:
                data[name] = [g for g in data[name] if g.half == args.half]
    print(f"{'set':<22}{'index':<11}{'n':>6}{'found':>8}{'@10km':>8}{'@25km':>8}{'@161km':>8}")
    for vname in args.variants.split(","):
        gaz = open_variant(settings, vname, variants[vname])
        geo = OfflineGeocoder(gaz)
        for name in chosen:
            if vname != args.variants.split(",")[0] and name not in UCDP_SETS:
                continue  # the split only changes the UCDP rows
            t = time.perf_counter()
            kinds = (
                Breakdown(index=sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True))
                if args.breakdown
                else None
            )
            s = evaluate(geo, data[name], args.misses, name, kinds)
            dt = time.perf_counter() - t
            row = [s.found / s.n, *(w / s.n for w in s.within)]
            label = {"ucdp2017": "ucdp≤2017", "noucdp": "no ucdp"}[vname]
            print(
                f"{name:<22}{label:<11}{s.n:>6}" + "".join(f"{v:>8.3f}" for v in row) + f"   ({dt:.1f} s)",
                flush=True,
            )
            if kinds is not None:
                kinds.print(name)
                if kinds.index is not None:
                    kinds.index.close()
        gaz.close()


if __name__ == "__main__":
    main()
