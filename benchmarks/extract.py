"""Extraction speed on generated 600-word news articles; prints articles per second (wall and
CPU) and peak memory.

Articles mix event sentences (places drawn from the gazetteer, weekdays, casualty figures with
claimants, actors) with filler sentences, so every stage runs as on real reports.
Run: python benchmarks/extract.py [N]   (default 1,000 articles; one core)

`--digest [FILE]` instead hashes what extraction makes of every dev article (every distinct UCDP
headline, the ~600-word dense reports made of them, LGL, GeoVirus): the `repr` of each article's
incidents, mentions and warnings, one process, sets in that order, `PYTHONHASHSEED=0`. A speed
change must leave the digest unchanged; FILE gets one hash per article, to diff which moved.
"""

from __future__ import annotations

import hashlib
import os
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.settings import Settings

EVENTS = [
    "{actor} carried out air strikes on {place} on {day}, killing {n} people, {claimant} said.",
    "At least {n} civilians were killed when shelling hit {place} late on {day}.",
    "A car bomb exploded in {place} on {day}, wounding more than {n} people, according to {claimant}.",
    "Clashes between {actor} and rebels near {place} left {word} fighters dead on {day}.",
    "{claimant} put the death toll at {n} after the suicide attack in {place}.",
    "Residents of {place} said a drone strike on {day} killed {word} members of one family.",
]
FILLER = [
    "The talks in Geneva are expected to resume next month, officials said.",
    "Our correspondent, reporting from Beirut, said the situation remained tense.",
    "Aid agencies have repeatedly called for access to besieged areas.",
    "The government has denied targeting civilians and says it fights terrorism.",
    "Prices of bread and fuel have risen sharply in recent weeks across the region.",
    "Analysts say the conflict has drawn in regional and international powers.",
    "The United Nations envoy urged all parties to respect the ceasefire agreement.",
    "Thousands of families have fled their homes since the start of the offensive.",
]
ACTORS = ["Government forces", "Russian warplanes", "Hayat Tahrir al-Sham", "Syrian army"]
CLAIMANTS = ["the Syrian Observatory for Human Rights", "state media", "the White Helmets", "local activists"]
WORDS = ["three", "five", "seven", "a dozen", "dozens", "twenty-one"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def places(extractor: Extractor) -> list[str]:
    gaz = extractor.geocoder.gazetteer
    names = []
    for pid in range(int(gaz.stats["places"])):  # type: ignore[call-overload]
        p = gaz.place(pid).place
        if p.country_code == "SY" and p.name.isascii() and (p.population >= 5000 or p.source == "ocha"):
            names.append(p.name)
    gaz.clear_cache()
    return names


def article(rng: random.Random, pool: list[str]) -> str:
    out: list[str] = []
    while sum(len(s.split()) for s in out) < 600:
        if rng.random() < 0.4:
            out.append(
                rng.choice(EVENTS).format(
                    actor=rng.choice(ACTORS),
                    place=rng.choice(pool),
                    day=rng.choice(DAYS),
                    n=rng.randint(2, 60),
                    claimant=rng.choice(CLAIMANTS),
                    word=rng.choice(WORDS),
                )
            )
        else:
            out.append(rng.choice(FILLER))
    paragraphs = [" ".join(out[i : i + 3]) for i in range(0, len(out), 3)]
    return "\n\n".join(paragraphs)


def digest(out: str | None) -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":  # reprs of sets must not vary run to run
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    sys.path.insert(0, str(Path(__file__).parent))
    import accuracy

    extractor = Extractor.from_settings(Settings.from_env())
    sets: dict[str, list[tuple[str, date | None]]] = {
        "ucdp": [(h.text, h.published) for h in accuracy.headlines_all()],
        "dense": [(t, d) for t, d in accuracy.dense_reports(accuracy.headlines_all())],
        **{name: [(t, None) for t, _ in accuracy.news(path)] for name, path in accuracy.NEWS.items()},
    }
    whole = hashlib.sha256()
    lines = []
    t0 = time.process_time()
    for name, texts in sets.items():
        part = hashlib.sha256()
        for i, (text, published) in enumerate(texts):
            r = extractor.extract(from_text(text, published=published))
            h = hashlib.sha256(repr((r.incidents, r.mentions, r.warnings)).encode()).hexdigest()
            part.update(h.encode())
            whole.update(h.encode())
            lines.append(f"{name} {i} {h}\n")
        print(f"{name:<10} {len(texts):>6} articles  {part.hexdigest()[:16]}")
    took = time.process_time() - t0
    print(f"{'all':<10} {len(lines):>6} articles  {whole.hexdigest()[:16]}  ({took:.1f} CPU-s)")
    if out:
        Path(out).write_text("".join(lines))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--digest":
        digest(sys.argv[2] if len(sys.argv) > 2 else None)
        return
    if len(sys.argv) > 1 and not sys.argv[1].isdigit():
        print(__doc__.strip())
        sys.exit(0 if sys.argv[1] in ("-h", "--help") else 2)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    extractor = Extractor.from_settings(Settings.from_env())
    rng = random.Random(20170225)
    pool = places(extractor)
    start_day = date(2017, 1, 1)
    docs = [
        from_text(article(rng, pool), published=start_day + timedelta(days=rng.randrange(365)))
        for _ in range(n)
    ]
    words = sum(len(d.text.split()) for d in docs) / n
    extractor.extract(docs[0])  # warm caches of the index connection
    t, cpu = time.perf_counter(), time.process_time()
    incidents = mentions = 0
    for d in docs:
        r = extractor.extract(d)
        incidents += len(r.incidents)
        mentions += len(r.mentions)
    took = time.perf_counter() - t
    # what one core did, whatever else the machine runs: the figure to compare across runs
    cpu = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles                     {n:>10,} ({words:.0f} words on average)")
    print(f"incidents / mentions found   {incidents:>10,} / {mentions:,}")
    print(f"articles per second          {n / took:>10,.1f}   (target >= 100/s on one core)")
    print(f"articles per CPU-second      {n / cpu:>10,.1f}")
    print(f"words per second             {n * words / took:>10,.0f}")
    print(f"peak RSS                     {peak:>10.0f} MB")


if __name__ == "__main__":
    main()
