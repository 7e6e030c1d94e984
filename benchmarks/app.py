"""The explorer in headless Chromium: first render, slider -> map, click -> details, bytes per
update, in a 1400x900 window.

Run: python benchmarks/app.py        the bundled demo data (14,522 UCDP GED events + sample article)
     python benchmarks/app.py --first-use   a fresh machine's first run: times from the command to
                                     the UCDP events on the map and to the sample article's incidents
     python benchmarks/app.py N      N generated ACLED rows over three years (e.g. 100000)
(needs Debian chromium and playwright). The server is started as the README says
(`python explorer.py`) and, for comparison, with plain `streamlit run app.py`; the first
visitor arrives 5 s after the server answers.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

sys.path.insert(0, str(Path(__file__).parent))
from store import generate  # noqa: E402  (the same generated ACLED rows as benchmarks/store.py)

from incident_explorer.settings import Settings  # noqa: E402
from incident_explorer.store import demo, importers  # noqa: E402
from incident_explorer.store.database import Store  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MAP = 'iframe[title="streamlit_folium.st_folium"]'
# The first visitor arrives this long after the server answers (someone opening a browser).
ARRIVAL = 5.0
# An incident on the map: one of our GeoJSON points (or a folium Marker, for comparisons; not
# the offline basemap's place labels).
IS_POINT = (
    "(l => ((l.feature || {}).properties || {}).id"
    " || (l.getLatLng && l._icon && l.options.pane !== 'basemapLabels'))"
)
COUNT_FEATURES = f"Object.values(window.map._layers).filter({IS_POINT}).length"


_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(root: int) -> float:
    """User + system CPU seconds of a process and every live process below it (``/proc``; the
    server's, or this process's: the server, Playwright's driver and Chromium). On a shared
    machine the wall figures are mostly the load; these are what to compare across runs."""
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICK)
    below = {root}
    grew = True
    while grew:
        grew = False
        for pid, (parent, _) in stats.items():
            if parent in below and pid not in below:
                below.add(pid)
                grew = True
    return sum(stats[pid][1] for pid in below if pid in stats)


class Cpu:
    """CPU seconds since it was made: the server's tree, and everything this benchmark started."""

    def __init__(self, server_pid: int) -> None:
        self.server_pid = server_pid
        self.server = cpu_seconds(server_pid)
        self.all = cpu_seconds(os.getpid())

    def note(self) -> str:
        server = cpu_seconds(self.server_pid) - self.server
        return f"CPU-s: server {server:.2f}, with the browser {cpu_seconds(os.getpid()) - self.all:.2f}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def server(script: Path, env: dict[str, str], *, warm: bool = False) -> Iterator[tuple[str, int]]:
    """``warm``: started as the README says, with ``explorer.py`` (the slow first steps done
    while the server starts); otherwise with plain ``streamlit run``."""
    port = free_port()
    start = (
        [sys.executable, str(REPO / "explorer.py")] if warm else [sys.executable, "-m", "streamlit", "run"]
    )
    proc = subprocess.Popen(
        [
            *start,
            *([] if warm else [str(script)]),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.2)
        yield base, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=30)


class Bytes:
    """Bytes the browser receives over Streamlit's websocket and HTTP."""

    def __init__(self, page: Page) -> None:
        self.total = 0
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))
        page.on("response", self._response)

    def _frame(self, payload: str | bytes) -> None:
        self.total += len(payload)

    def _response(self, response) -> None:  # type: ignore[no-untyped-def]
        with contextlib.suppress(Exception):  # redirects and aborted requests have no body
            self.total += len(response.body())


def map_frame(page: Page):  # type: ignore[no-untyped-def]
    page.locator(MAP).wait_for(timeout=600_000)
    for _ in range(6000):
        frames = [f for f in page.frames if "st_folium" in f.url]
        if frames:
            return frames[0]
        time.sleep(0.1)
    raise RuntimeError("no map frame")


def count_features(page: Page) -> int:
    """Our points on the map, read through the page (the map's iframe is same-origin). Never
    through the iframe's own frame: while the map reloads, Playwright's frame.evaluate may wait
    for that frame's new context with no timeout (a first-use run hung > 10 min that way)."""
    return int(
        page.evaluate(
            f"() => {{ const f = document.querySelector({MAP!r}); const w = f && f.contentWindow;"
            f" if (!w || !w.map) return 0; const window = w; return {COUNT_FEATURES}; }}"
        )
    )


def wait_features(page: Page, changed_from: int | None = None, timeout: float = 600) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = count_features(page)
        if n and (changed_from is None or n != changed_from):
            return n
        time.sleep(0.02)
    raise TimeoutError("map did not update")


def report(label: str, what: str, seconds: float, nbytes: int, note: str) -> None:
    print(f"{label:<6} {what:<32} {seconds:7.2f} s {nbytes / 1e6:8.2f} MB   ({note})")


def wait_fresh(page: Page, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            fresh = map_frame(page).evaluate(
                f"Object.values(window.map._layers).filter({IS_POINT}).some(l => !l.__old)"
            )
        except Exception:  # noqa: BLE001 (the frame is being replaced while the map remounts)
            fresh = False
        if fresh:
            return
        time.sleep(0.02)
    raise TimeoutError("map did not redraw")


def measure(browser, base: str, pid: int, label: str, narrow: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    seen = Bytes(page)
    time.sleep(ARRIVAL)
    cpu = Cpu(pid)
    t = time.perf_counter()
    page.goto(base + "/")
    n = wait_features(page)
    wall = time.perf_counter() - t
    report(label, "first map render (cold server)", wall, seen.total, f"{n:,} markers; {cpu.note()}")
    again = browser.new_page(viewport={"width": 1400, "height": 900})
    cpu = Cpu(pid)
    t = time.perf_counter()
    again.goto(base + "/")
    wait_features(again)
    wall = time.perf_counter() - t
    report(label, "first map render (warm server)", wall, 0, f"a second visitor; {cpu.note()}")
    again.close()

    # One step of the date slider: one rerun; done when the map holds freshly drawn layers.
    map_frame(page).evaluate(
        f"Object.values(window.map._layers).filter({IS_POINT}).forEach(l => l.__old = true)"
    )
    shown = page.locator("text=/Showing [0-9,]+ incidents?/").first.inner_text()
    before = seen.total
    page.get_by_role("slider").first.focus()
    cpu = Cpu(pid)
    t = time.perf_counter()
    page.keyboard.press("PageUp")
    page.wait_for_function(f"() => !document.body.innerText.includes({shown!r})", timeout=600_000)
    wait_fresh(page)
    wall = time.perf_counter() - t
    report(label, "slider change -> map updated", wall, seen.total - before, f"one step; {cpu.note()}")

    page.goto(base + narrow)
    n3 = wait_features(page)
    frame = map_frame(page)
    point = frame.evaluate(
        f"(() => {{ const l = Object.values(window.map._layers).find({IS_POINT});"
        " const p = window.map.latLngToContainerPoint(l.getLatLng());"
        " const r = window.map.getContainer().getBoundingClientRect();"
        " return [p.x + r.left, p.y + r.top]; })()"
    )
    box = page.locator(MAP).bounding_box()
    before = seen.total
    cpu = Cpu(pid)
    t = time.perf_counter()
    page.mouse.click(box["x"] + point[0], box["y"] + point[1])
    page.wait_for_selector("text=When:", timeout=120_000)
    report(
        label,
        "click -> details shown",
        time.perf_counter() - t,
        seen.total - before,
        f"{n3:,} markers in view; {cpu.note()}",
    )
    page.close()


def first_use(browser) -> None:  # type: ignore[no-untyped-def]
    """A fresh machine: empty cache folder (no gazetteer index, no basemap) and no database; the
    README's first command, and a browser opened on the sample day as soon as the server answers."""
    with tempfile.TemporaryDirectory(prefix="incidents-first-use-") as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(REPO / "data", data, ignore=shutil.ignore_patterns("*.sqlite*"))
        env = {
            **{k: v for k, v in os.environ.items() if k != "INCIDENTS_DATABASE_URL"},
            "INCIDENTS_DATA_DIR": str(data),
            "INCIDENTS_CACHE_DIR": str(Path(tmp) / "cache"),
            "INCIDENTS_OFFLINE": "1",
        }
        t0 = time.perf_counter()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        children = usage.ru_utime + usage.ru_stime
        with server(REPO / "app.py", env, warm=True) as (base, pid):
            up = time.perf_counter() - t0
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(base + "/?start=2017-02-25&end=2017-02-25")
            n = wait_features(page)
            report(
                "first",
                "UCDP events on the map",
                time.perf_counter() - t0,
                0,
                f"server up at {up:.1f} s, {n} markers",
            )
            db = data / "incidents.sqlite"
            while True:
                with contextlib.suppress(sqlite3.Error), sqlite3.connect(db) as conn:
                    if conn.execute("SELECT count(*) FROM articles").fetchone()[0]:
                        break
                time.sleep(0.1)
            report("first", "sample article stored", time.perf_counter() - t0, 0, "index built, extracted")
            n2 = wait_features(page, changed_from=n)
            wall = time.perf_counter() - t0
            report("first", "article's incidents on the map", wall, 0, f"{n2} markers")
            page.close()
        # the server and the index build's child, once both have ended and been waited for
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        spent = usage.ru_utime + usage.ru_stime - children
        print(f"first  server's CPU-s in all (index build, import, extraction, pages): {spent:.1f}")


def main() -> None:
    if "--first-use" in sys.argv[1:]:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            first_use(browser)
            browser.close()
        return
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    with tempfile.TemporaryDirectory(prefix="incidents-app-bench-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'app.sqlite'}"
        settings = Settings.from_env()
        store = Store.open(settings, url=url, seed=False)
        if numbers:
            n = int(numbers[0])
            csv_path = Path(tmp) / "acled.csv"
            generate(csv_path, n)
            store.import_records(importers.read_acled(csv_path))
            what, narrow = f"{n:,} generated incidents", "/?start=2016-03-01&end=2016-03-03"
        else:
            demo.load(store, settings)
            what, narrow = "the demo data (UCDP GED + sample article)", "/?start=2017-02-25&end=2017-02-25"
        total = store.count()
        store.close()
        env = {
            **os.environ,
            "INCIDENTS_DATABASE_URL": url,
            "INCIDENTS_OFFLINE": "1",
            "INCIDENTS_REPO": str(REPO),
        }
        print(f"{what}: {total:,} incidents; offline mode (no tiles); times include Streamlit's rerun")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            with server(REPO / "app.py", env) as (base, pid):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                time.sleep(ARRIVAL)
                cpu = Cpu(pid)
                t = time.perf_counter()
                page.goto(base + "/")
                n = wait_features(page)
                wall = time.perf_counter() - t
                report("plain", "first map, `streamlit run`", wall, 0, f"{n:,} markers; {cpu.note()}")
                page.close()
            with server(REPO / "app.py", env, warm=True) as (base, pid):
                measure(browser, base, pid, "app", narrow)
            browser.close()


if __name__ == "__main__":
    main()
