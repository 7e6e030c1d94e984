"""Geocoder speed and memory on 20k real gazetteer names, half of them misspelled.

Prints: raw index lookups/s (exact, fuzzy), ranked geocodes/s (clean, misspelled), recall,
CLI cold start, --batch throughput and peak RSS. Run: python benchmarks/geocode.py
The index must exist (any `incidents` command builds it); the build time is printed if not.
Each rate is given per wall second and per CPU-second (``time.process_time`` in this process,
``RUSAGE_CHILDREN`` user + system time for the CLI runs): on a shared machine the wall figure
is mostly the load, the CPU figure is what to compare across runs.
"""

from __future__ import annotations

import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.spelling import normalise
from incident_explorer.progress import StderrProgress

N = 20_000
INCIDENTS = Path(sys.executable).parent / "incidents"


def misspell(rng: random.Random, name: str) -> str:
    """One random edit (substitute, delete, insert or swap) at any position of the name."""
    if len(name) < 4:
        return name + rng.choice("aeiou")
    i = rng.randrange(len(name) - 1)
    op = rng.choice("sdit")
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    if op == "s":
        return name[:i] + letter + name[i + 1 :]
    if op == "d":
        return name[:i] + name[i + 1 :]
    if op == "i":
        return name[:i] + letter + name[i:]
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def sample(gaz: Gazetteer, rng: random.Random) -> list[tuple[str, int]]:
    """Primary names of random places (any source), with the id of the place they name."""
    total = int(gaz.stats["places"])  # type: ignore[call-overload]
    out: list[tuple[str, int]] = []
    while len(out) < N:
        ip = gaz.place(rng.randrange(total))
        if ip.place.name.isascii() and len(ip.place.name) >= 3:
            out.append((ip.place.name, ip.id))
    return out


class Clock:
    """Wall and CPU time since it was made: this process's, or its children's (the CLI runs)."""

    def __init__(self, children: bool = False) -> None:
        self.children = children
        self.wall = time.perf_counter()
        self.cpu = self._cpu()

    def _cpu(self) -> float:
        if self.children:
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            return usage.ru_utime + usage.ru_stime
        return time.process_time()

    def seconds(self) -> tuple[float, float]:
        """(wall, CPU) seconds elapsed."""
        return time.perf_counter() - self.wall, self._cpu() - self.cpu


def rate(label: str, count: int, clock: Clock, target: str = "") -> None:
    wall, cpu = clock.seconds()
    extra = f"   (target {target})" if target else ""
    print(f"{label:<44} {count / wall:>12,.0f} /s {count / max(cpu, 1e-9):>10,.0f} /CPU-s{extra}")


def main() -> None:
    opening = Clock()
    gaz = Gazetteer.open(progress=StderrProgress())
    wall, cpu = opening.seconds()
    print(f"{'open index (build if needed)':<44} {wall:>12.2f} s {cpu:>10.2f} CPU-s")
    geo = OfflineGeocoder(gaz)
    rng = random.Random(20170225)
    names = sample(gaz, rng)
    clean = names[: N // 2]
    typos = [(misspell(rng, n), pid) for n, pid in names[N // 2 :]]
    keys = [normalise(n) for n, _ in clean]
    typo_keys = [normalise(n) for n, _ in typos]
    gaz.clear_cache()

    t = Clock()
    for k in keys:
        gaz.exact(k)
    rate("raw exact index lookups", len(keys), t, ">= 50,000/s")

    t = Clock()
    for k in typo_keys:
        gaz.fuzzy_keys(k, geo.fuzzy_cutoff)
    rate("raw fuzzy index lookups (cold blocks)", len(typo_keys), t, ">= 2,000/s")
    t = Clock()
    for k in typo_keys:
        gaz.fuzzy_keys(k, geo.fuzzy_cutoff)
    rate("raw fuzzy index lookups (warm blocks)", len(typo_keys), t)

    gaz.clear_cache()
    t = Clock()
    hits = sum(
        1
        for n, pid in clean
        if any(c.place.source_id == gaz.place(pid).place.source_id for c in geo.geocode(n))
    )
    rate("ranked geocode, exact names", len(clean), t)
    t = Clock()
    fixed = sum(
        1
        for n, pid in typos
        if any(c.place.source_id == gaz.place(pid).place.source_id for c in geo.geocode(n))
    )
    rate("ranked geocode, misspelled names", len(typos), t)
    print(f"{'recall: named place among top 5, exact':<44} {hits / len(clean):>12.1%}")
    print(f"{'recall: named place among top 5, misspelled':<44} {fixed / len(typos):>12.1%}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak RSS, in-process benchmark':<44} {peak:>12.0f} MB")

    starts = []
    for _ in range(5):
        start = Clock(children=True)
        subprocess.run(
            [str(INCIDENTS), "geocode", "al-Waer, Homs", "--json"], check=True, capture_output=True
        )
        starts.append(start.seconds())
    wall = statistics.median(w for w, _ in starts)
    cpu = statistics.median(c for _, c in starts)
    print(f"{'CLI cold start, median of 5':<44} {wall:>12.3f} s {cpu:>10.3f} CPU-s   (target <= 1 s)")

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(n for n, _ in clean + typos) + "\n")
    t = Clock(children=True)
    subprocess.run(
        [str(INCIDENTS), "geocode", "--batch", fh.name, "--json"], check=True, stdout=subprocess.DEVNULL
    )
    rate("CLI --batch, 20k queries (half misspelled)", N, t, ">= 2,000/s")
    Path(fh.name).unlink()
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{'peak RSS, CLI (largest child)':<44} {child:>12.0f} MB   (target <= 400 MB)")


if __name__ == "__main__":
    main()
