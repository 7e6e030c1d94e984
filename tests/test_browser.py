"""End to end in real Chromium (Debian's; .ci/run installs it): the app on the demo data (the
bundled UCDP GED events and sample article) plus a hostile article, offline, in a 1400x900
window, clicked like a user would. Screenshots go to the test's temporary folder."""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from playwright.sync_api import Browser, Frame, Page, Route
from test_app import HOSTILE

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.settings import Settings
from incident_explorer.store import demo
from incident_explorer.store.database import Store

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
# how long the app may take to answer a click or a link: generous, as CI machines can be busy
REPLY = 30_000
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL = ("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def app_env(
    tmp_path_factory: pytest.TempPathFactory, settings: Settings, extractor: Extractor
) -> dict[str, str]:
    """The demo data and a hostile article in a database of the module's own."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("INCIDENTS_REQUIRE_BROWSER"):
            pytest.fail("Chromium not found; install Debian's chromium package")
        pytest.skip("Chromium not found (apt-get install chromium)")
    tmp = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{tmp / 'app.sqlite'}"
    store = Store.open(settings, url=url, seed=False)
    demo.load(store, settings)
    store.ingest(extractor.extract(articles.from_text(HOSTILE, path="hostile.md")))
    store.close()
    return {**os.environ, "INCIDENTS_DATABASE_URL": url, "INCIDENTS_OFFLINE": "1"}


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory, app_env: dict[str, str]) -> Iterator[str]:
    with _serve(app_env, tmp_path_factory.mktemp("server")) as base:
        yield base


@contextmanager
def _serve(env: dict[str, str], tmp: Path) -> Iterator[str]:
    """The app started as the README says (explorer.py: streamlit run app.py, warmed up)."""
    port = _free_port()
    log = (tmp / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            str(REPO / "explorer.py"),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(f"streamlit did not start:\n{(tmp / 'streamlit.log').read_text()}")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def ucdp_events(settings: Settings, day: str) -> list[dict[str, str]]:
    with gzip.open(demo.ucdp_path(settings), "rt", encoding="utf-8") as stream:
        return [row for row in csv.DictReader(stream) if row["date_start"] == day]


def open_map(browser: Browser, url: str, height: int = 900) -> tuple[Page, Frame, list[str], list[str]]:
    page = browser.new_page(viewport={"width": 1400, "height": height})
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    page.wait_for_selector("text=Showing", timeout=60_000)
    page.frame_locator('iframe[title="streamlit_folium.st_folium"]').locator(".leaflet-container").wait_for(
        timeout=60_000
    )
    page.wait_for_timeout(1500)
    frame = next(f for f in page.frames if "st_folium" in f.url)
    return page, frame, requests, dialogs


def showing(page: Page) -> int:
    text = page.locator("text=/Showing [0-9,]+ incidents?/").first.inner_text()
    return int(text.split()[1].replace(",", ""))


FIND = (
    "(text) => Object.values(window.map._layers)"
    ".find(l => ((l.feature || {}).properties || {}).label?.includes(text))"
)


def marker_position(frame: Frame, text: str, zoom: int | None = None) -> tuple[float, float]:
    """Where Leaflet draws the marker whose tooltip contains ``text``, in the iframe's pixels
    (canvas markers are not DOM nodes)."""
    lat, lon = frame.evaluate(
        f"(() => {{ const p = ({FIND})({text!r}).getLatLng(); return [p.lat, p.lng]; }})()"
    )
    if zoom is not None:
        # no animation, then two frames: the canvas has redrawn and hit-tests at the new view
        frame.evaluate(
            f"window.map.setView([{lat}, {lon}], {zoom}, {{animate: false}})"
            " && new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
        )
    x, y = frame.evaluate(
        f"(() => {{ const p = window.map.latLngToContainerPoint([{lat}, {lon}]);"
        " const r = window.map.getContainer().getBoundingClientRect();"
        " return [p.x + r.left, p.y + r.top]; })()"
    )
    return float(x), float(y)


def test_first_view_offline_and_counts_coloured_by_type(
    browser: Browser, app_url: str, tmp_path: Path
) -> None:
    page, frame, requests, dialogs = open_map(browser, app_url + "/")
    page.screenshot(path=str(tmp_path / "first-view.png"))
    assert showing(page) == 14_522 + 4 + 1
    assert [u for u in requests if not u.startswith(LOCAL)] == []  # offline: nothing leaves the machine
    cells = frame.evaluate(
        "Object.values(window.map._layers).filter(l => l.feature && String(l.feature.properties.id)"
        ".startsWith('cell:')).map(l => [l.options.fillColor, l.feature.properties.label])"
    )
    assert len(cells) > 100
    assert len({colour for colour, _ in cells}) >= 3  # the dominant type's colour, not one grey
    assert all("incidents here (" in label for _, label in cells)  # the counts, by type
    # the offline basemap: world outlines and place names, from the app's own server
    assert any(u.endswith("/countries.json") for u in requests)
    assert frame.locator(".basemap-label").count() > 0
    assert not dialogs
    page.close()


def test_cells_are_sized_by_their_count_and_resized_at_each_zoom(browser: Browser, app_url: str) -> None:
    # the circles of many incidents: area by count (the busiest largest), sized by the map at
    # each zoom within 3..24 px, not fixed pixels that pile into a carpet when zoomed out
    page, frame, _requests, _dialogs = open_map(browser, app_url + "/")
    read = (
        "Object.values(window.map._layers).filter(l => l.feature && l.feature.properties.half)"
        ".map(l => [l.feature.properties.count || 1, l.getRadius()])"
    )
    cells = frame.evaluate(read)
    assert len(cells) > 100
    assert all(3 <= r <= 24 for _n, r in cells)
    busiest = max(cells)
    assert busiest[1] == max(r for _n, r in cells) and busiest[1] > 3 * min(r for _n, r in cells)
    frame.evaluate("() => { window.map.setZoom(3); }")
    page.wait_for_timeout(1500)
    assert 3 <= max(r for _n, r in frame.evaluate(read)) < busiest[1]  # zoomed out to the world: smaller
    page.close()


def test_a_day_from_a_link_and_the_first_click_in_homs(
    browser: Browser, app_url: str, settings: Settings, tmp_path: Path
) -> None:
    day = "2017-02-25"
    page, frame, _requests, _dialogs = open_map(browser, app_url + f"/?start={day}&end={day}")
    assert showing(page) == len(ucdp_events(settings, day)) + 4  # UCDP's and the sample article's
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    assert box is not None and box["y"] + box["height"] <= 900  # the whole map in the window
    x, y = marker_position(frame, "Homs town", zoom=14)
    page.mouse.click(box["x"] + x, box["y"] + y)  # one click, nothing before it
    page.wait_for_function("() => new URLSearchParams(location.search).get('incident')", timeout=REPLY)
    chosen = page.evaluate("new URLSearchParams(location.search).get('incident')")
    homs = {f"ucdp:{r['id']}": r for r in ucdp_events(settings, day) if r["where_coordinates"] == "Homs town"}
    assert chosen in homs  # several UCDP events share UCDP's point for the town: the top one
    event = homs[chosen]
    page.get_by_text(event["source_headline"].split(";")[0].strip()).first.wait_for(timeout=REPLY)
    # the panel draws its parts one after another: the headline may come before the source line
    page.wait_for_function(
        "() => ['UCDP GED', 'CC BY 4.0', 'where_prec 1'].every(s => document.body.innerText.includes(s))",
        timeout=REPLY,
    )
    page.screenshot(path=str(tmp_path / "homs-selected.png"))
    body = page.inner_text("body")
    (tmp_path / "body.txt").write_text(body)
    assert "UCDP GED" in body and "CC BY 4.0" in body and "where_prec 1" in body
    assert "State-based conflict" in body and event["side_a"] in body
    # the others at the same point are one click away (drawn just after the details: wait for it)
    page.get_by_text("Also here").first.wait_for(timeout=REPLY)
    assert len(homs) > 1 and page.get_by_text("Also here").count() == 1
    page.screenshot(path=str(tmp_path / "homs-selected.png"))
    page.close()


def test_first_click_lands_when_the_map_reaches_below_the_window(browser: Browser, app_url: str) -> None:
    # a short window: the map's iframe reaches below it, and focusing it must not scroll the page
    page, frame, _requests, _dialogs = open_map(browser, app_url + "/?start=2017-02-25&end=2017-02-25", 620)
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    assert box is not None and box["y"] + box["height"] > 620
    x, y = marker_position(frame, "Wa&#x27;er", zoom=15)
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_selector("text=Syria’s war: Suicide attacks hit military in Homs", timeout=REPLY)
    page.wait_for_selector("text=/Air.drone strike/", timeout=REPLY)  # al-Waer's, not another's
    page.close()


def test_a_tooltip_stays_inside_the_map(browser: Browser, app_url: str, tmp_path: Path) -> None:
    # a marker just right of the centre gets its tooltip on the left: wrapped, it fits the map
    page, frame, _requests, _dialogs = open_map(browser, app_url + "/?start=2017-02-25&end=2017-02-25")
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    assert box is not None
    x, y = marker_position(frame, "Mahatta", zoom=13)
    centre = frame.evaluate("window.map.getSize().x / 2")
    # the marker 40 px right of the centre
    frame.evaluate(f"window.map.panBy([{x - centre - 40}, 0], {{animate: false}}) && null")
    x, y = marker_position(frame, "Mahatta")
    page.mouse.move(box["x"] + x, box["y"] + y)
    frame.locator(".leaflet-tooltip").first.wait_for(timeout=REPLY)
    left, right, width, text = frame.evaluate(
        "(() => { const t = document.querySelector('.leaflet-tooltip').getBoundingClientRect();"
        " const m = window.map.getContainer().getBoundingClientRect();"
        " return [t.left - m.left, m.right - t.right, m.width,"
        " document.querySelector('.leaflet-tooltip').innerText]; })()"
    )
    page.screenshot(path=str(tmp_path / "tooltip.png"))
    assert text.startswith("2017-02-25") and "Mahatta" in text
    assert left >= 0 and right >= 0, (left, right, width)
    page.close()


def test_a_link_to_an_incident_opens_the_map_on_it(browser: Browser, app_url: str, tmp_path: Path) -> None:
    day = "2017-02-25"
    page, frame, _requests, _dialogs = open_map(browser, app_url + f"/?start={day}&end={day}")
    wanted, lat, lon = frame.evaluate(
        f"(() => {{ const l = ({FIND})('Wa&#x27;er'); const p = l.getLatLng();"
        " return [l.feature.properties.id, p.lat, p.lng]; })()"
    )
    assert frame.evaluate("window.map.getZoom()") < 12  # the whole country at first
    page.close()
    query = urllib.parse.urlencode({"start": day, "end": day, "incident": wanted})
    page, frame, _requests, _dialogs = open_map(browser, app_url + f"/?{query}")
    page.wait_for_selector("text=/Air.drone strike/", timeout=REPLY)  # its details, beside the map
    for _ in range(REPLY // 100):  # the view moves once the component has mounted
        if frame.evaluate("window.map.getZoom()") == 12:
            break
        page.wait_for_timeout(100)
    centre = frame.evaluate("(() => { const c = window.map.getCenter(); return [c.lat, c.lng]; })()")
    assert frame.evaluate("window.map.getZoom()") == 12
    assert abs(centre[0] - lat) < 0.01 and abs(centre[1] - lon) < 0.01
    page.screenshot(path=str(tmp_path / "linked-incident.png"))
    page.close()


def test_a_shared_links_dates_stand_as_given(browser: Browser, app_url: str, tmp_path: Path) -> None:
    # after the data's last day: nothing to show, and the map stays with a notice
    page, _frame, _requests, _dialogs = open_map(browser, app_url + "/?start=2019-03-01&end=2019-12-31")
    assert showing(page) == 0
    body = page.inner_text("body")
    assert "2019-03-01" in body and "2019-12-31" in body and "the data runs from 2016-01-01" in body
    assert page.evaluate("location.search").count("2019-03-01") == 1
    page.screenshot(path=str(tmp_path / "empty-range.png"))
    page.close()


def test_the_timeline_has_bars_and_a_brush_sets_the_dates(
    browser: Browser, app_url: str, tmp_path: Path
) -> None:
    from io import BytesIO

    from PIL import Image

    page, _frame, _requests, _dialogs = open_map(browser, app_url + "/")
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)
    image = Image.open(BytesIO(chart.screenshot())).convert("RGB")
    # bars in the state-based conflict colour (#b2182b), not just axes and a legend
    pixels = np.asarray(image).astype(int)
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    red = int(((abs(r - 0xB2) < 20) & (g < 60) & (abs(b - 0x2B) < 30)).sum())
    assert red > 500, red
    before = showing(page)
    plot = chart.locator("canvas, svg").first.bounding_box()
    assert plot is not None
    y = plot["y"] + plot["height"] * 0.5
    page.mouse.move(plot["x"] + plot["width"] * 0.30, y)
    page.mouse.down()
    page.mouse.move(plot["x"] + plot["width"] * 0.45, y, steps=8)
    page.mouse.up()
    page.wait_for_function(
        "() => new URLSearchParams(location.search).get('start') !== '2016-01-01'", timeout=15_000
    )
    page.wait_for_timeout(1500)
    assert 0 < showing(page) < before
    page.screenshot(path=str(tmp_path / "brushed.png"))
    page.close()


def test_the_maps_filters_hold_on_the_incidents_page_and_back(
    browser: Browser, app_url: str, tmp_path: Path
) -> None:
    # an analyst narrows the map, opens the table from the menu, and comes back
    page, _frame, _requests, _dialogs = open_map(browser, app_url + "/?start=2017-02-25&end=2017-02-25")
    day = showing(page)
    actor = page.locator("[data-testid='stSidebar']").get_by_label("Actor contains")
    actor.fill("Tahrir")
    actor.press("Enter")
    gone = f"() => !document.body.innerText.includes('Showing {day:,} incidents')"
    page.wait_for_function(gone, timeout=REPLY)
    narrowed = showing(page)
    assert 0 < narrowed < 10
    nav = page.locator("[data-testid='stSidebarNav']")
    nav.get_by_text("Incidents", exact=True).click()
    page.wait_for_selector("text=the Map page's filters apply", timeout=REPLY)
    assert showing(page) == narrowed
    page.screenshot(path=str(tmp_path / "table-filtered.png"))
    nav.get_by_text("Map", exact=True).click()
    page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=REPLY)
    page.wait_for_timeout(1500)
    assert showing(page) == narrowed
    assert page.locator("[data-testid='stSidebar']").get_by_label("Actor contains").input_value() == "Tahrir"
    assert "start=2017-02-25" in page.url and "end=2017-02-25" in page.url
    page.close()


def test_article_url_is_shown_as_written(browser: Browser, app_url: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(app_url + "/article")
    page.wait_for_selector("text=Highlighted", timeout=60_000)
    page.locator("[data-testid='stSelectbox']").first.click()
    page.get_by_role("option", name=re.compile("Suicide attacks hit military")).click()
    page.wait_for_selector("text=/aljazeera/", timeout=30_000)
    body = page.inner_text("body")
    assert "https://www.aljazeera.com/" in body and "\\." not in body
    page.close()


def test_crafted_links_inject_no_markdown(browser: Browser, app_url: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(
        app_url + "/?start=![s](http://evil.example/start.png)&end=2017-02-25"
        "&incident=x[log%20in](http://evil.example)"
    )
    page.wait_for_selector("text=Showing", timeout=60_000)
    page.wait_for_timeout(1500)
    body = page.inner_text("body")
    assert "Ignored the start date" in body and "Ignored the incident" in body
    assert page.locator("a[href*='evil.example'], img[src*='evil.example']").count() == 0
    assert not [u for u in requests if urllib.parse.urlsplit(u).hostname == "evil.example"]
    page.close()


def test_hostile_article_does_not_execute(browser: Browser, app_url: str) -> None:
    page, frame, _requests, dialogs = open_map(browser, app_url + "/?start=2017-03-06&end=2017-03-06")
    hostile = frame.evaluate(
        "Object.values(window.map._layers).find(l => ((l.feature || {}).properties || {}).label"
        "?.includes('Air/drone strike · Idlib')).feature.properties.id"
    )
    page.goto(app_url + f"/?incident={hostile}")
    page.wait_for_selector("text=/Strikes on Idlib/", timeout=60_000)
    body = page.inner_text("body")
    assert "<img src=x onerror=alert(1)>" in body  # shown literally
    assert page.locator("img[src='x']").count() == 0
    page.goto(app_url + "/article")
    page.wait_for_timeout(3000)
    assert not dialogs
    page.close()


@pytest.mark.parametrize("path", ["/add_article?from=a+bookmark", "/places?from=a+bookmark"])
def test_a_fresh_servers_first_visitor_on_a_page_gets_the_apps_menu(
    browser: Browser, app_env: dict[str, str], tmp_path: Path, path: str
) -> None:
    # Streamlit runs a page opened before app.py ever ran on its own, listing every file in
    # pages/ (state, details...) as a menu; the app's menu and the address must come back.
    with _serve(app_env, tmp_path) as base:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(base + path)
        nav = page.locator("[data-testid='stSidebarNav']")
        nav.get_by_text("About / sources").wait_for(timeout=60_000)
        assert nav.get_by_text("state", exact=True).count() == 0
        assert nav.get_by_text("details", exact=True).count() == 0
        page.wait_for_url(re.compile(re.escape(path.split("?")[0]) + r"\?from=a\+bookmark$"), timeout=REPLY)
        page.screenshot(path=str(tmp_path / "first-visit.png"))
        page.close()


def test_tiles_that_never_come_give_way_to_the_offline_basemap(
    browser: Browser, app_env: dict[str, str], tmp_path: Path
) -> None:
    # An app not told it is offline asks for tiles; when none can load (no network here: every
    # request off the machine is refused), the map drew Syria's outlines on a grey ground and
    # nothing of a report from elsewhere. The world outlines and place names stand in.
    online = {k: v for k, v in app_env.items() if k != "INCIDENTS_OFFLINE"}
    with _serve(online, tmp_path) as base:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        asked: list[str] = []
        served: list[str] = []

        def refuse(route: Route) -> None:
            if route.request.url.startswith(LOCAL):
                served.append(route.request.url)
                route.continue_()
            else:
                asked.append(route.request.url)
                route.abort()

        page.route("**/*", refuse)
        page.goto(base + "/")
        page.locator("text=/Showing [0-9,]+ incidents?/").first.wait_for(timeout=60_000)
        page.frame_locator('iframe[title="streamlit_folium.st_folium"]').locator(
            ".leaflet-container"
        ).wait_for(timeout=60_000)
        frame = next(f for f in page.frames if "st_folium" in f.url)
        frame.wait_for_function("document.querySelectorAll('.basemap-label').length > 0", timeout=REPLY)
        page.screenshot(path=str(tmp_path / "tiles-refused.png"))
        assert any("tile.openstreetmap.org" in u for u in asked)  # it was online, and asked
        tiles = "Object.values(window.map._layers).some(l => l instanceof L.TileLayer)"
        assert frame.evaluate(tiles) is False
        assert any(u.endswith("/countries.json") for u in served)  # the world's outlines
        assert "Natural Earth" in frame.locator(".leaflet-control-attribution").inner_text()
        page.close()


@pytest.mark.parametrize("path", ["/state", "/details"])
def test_a_shared_module_opened_by_its_address_on_a_fresh_server_shows_the_map(
    browser: Browser, app_env: dict[str, str], tmp_path: Path, path: str
) -> None:
    # The modules the pages share live in pages/ too, so a fresh server serves them at an
    # address of their own; opened there, they hand over to the app's first page.
    with _serve(app_env, tmp_path) as base:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(base + path)
        page.locator("text=/Showing [0-9,]+ incidents?/").first.wait_for(timeout=60_000)
        nav = page.locator("[data-testid='stSidebarNav']")
        assert nav.get_by_text("About / sources").count() == 1
        assert nav.get_by_text("state", exact=True).count() == 0
        page.screenshot(path=str(tmp_path / "module-visit.png"))
        page.close()


def test_paste_an_article_save_it_and_see_it_on_the_map(browser: Browser, app_url: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1800})  # the form is long
    page.goto(app_url + "/add_article")
    box = page.get_by_label("Article text")
    box.wait_for(timeout=60_000)
    box.fill(
        "---\npublished: 2017-03-08\n---\n\nAir strikes hit al-Waer in Homs on Monday, killing five people, "
        "according to the SOHR.\n"
    )
    box.press("Control+Enter")
    page.get_by_role("button", name="Extract incidents").click()
    page.get_by_text("Proposed incidents").wait_for(timeout=60_000)
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("Saved:").wait_for(timeout=60_000)
    page.close()
    page, frame, _requests, _dialogs = open_map(browser, app_url + "/?start=2017-03-06&end=2017-03-06")
    labels = frame.evaluate(
        "Object.values(window.map._layers)"
        ".map(l => ((l.feature || {}).properties || {}).label).filter(Boolean)"
    )
    assert any("Wa&#x27;er" in label and "5 killed" in label for label in labels), labels
    page.close()


def test_uploads_fill_the_fields_and_a_bad_file_loses_nothing(
    browser: Browser, app_url: str, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(app_url + "/add_article")
    box = page.get_by_label("Article text")
    box.wait_for(timeout=60_000)
    box.fill("Notes of mine: a drone strike near Mayadin, to check.")
    box.press("Control+Enter")
    page.wait_for_timeout(500)
    noise = tmp_path / "scan.txt"
    noise.write_bytes(bytes(range(256)) * 8)
    page.locator("input[type=file]").set_input_files(str(noise))
    page.get_by_text("scan.txt: looks like binary data").wait_for(timeout=REPLY)
    assert box.input_value() == "Notes of mine: a drone strike near Mayadin, to check."
    assert page.locator("[data-testid='stException']").count() == 0
    web = tmp_path / "report.html"
    web.write_text(
        "<html><head><title>Strike on a bakery</title>"
        '<meta property="og:site_name" content="Plains Herald">'
        '<meta property="article:published_time" content="2016-08-21T08:00:00Z"></head>'
        "<body><article><h1>Strike on a bakery</h1><p>An air strike hit a bakery in Manbij on Saturday, "
        "killing nine people who were queuing for bread, residents said.</p></article></body></html>",
        encoding="utf-8",
    )
    page.locator("input[type=file]").set_input_files(str(web))
    page.wait_for_function(
        "() => [...document.querySelectorAll('input[aria-label=Source]')].map(i => i.value).join('|')"
        " === 'Plains Herald'",
        timeout=REPLY,
    )
    assert "Manbij" in page.get_by_label("Article text").input_value()
    assert page.get_by_label("Title").input_value() == "Strike on a bakery"
    assert "2016" in page.locator("[data-testid='stDateInput'] input").input_value()
    assert page.get_by_text("looks like binary data").count() == 0  # the error went with the bad file
    page.screenshot(path=str(tmp_path / "uploaded.png"))
    page.close()


def test_a_first_run_shows_the_events_then_adds_the_sample_article(
    browser: Browser, app_url: str, settings: Settings, tmp_path: Path
) -> None:
    # A fresh default database (no INCIDENTS_DATABASE_URL) in a copy of the data folder; the
    # gazetteer index is the suite's (same data, same fingerprint), so the article comes fast.
    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data, ignore=shutil.ignore_patterns("*.sqlite*"))
    env = {k: v for k, v in os.environ.items() if k != "INCIDENTS_DATABASE_URL"}
    env |= {"INCIDENTS_DATA_DIR": str(data), "INCIDENTS_OFFLINE": "1"}
    with _serve(env, tmp_path) as base:
        day = "2017-02-25"
        events = len(ucdp_events(settings, day))
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(base + f"/?start={day}&end={day}")
        page.locator("text=/Showing [0-9,]+ incidents?/").first.wait_for(timeout=60_000)
        assert showing(page) in (events, events + 4)  # the events at once; the article may be in
        # the sample article's four incidents join them without a reload once it is extracted
        page.wait_for_selector(f"text=Showing {events + 4} incidents", timeout=120_000)
        assert page.get_by_text("Adding the sample article").count() == 0
        page.close()


def test_an_analyst_imports_a_file_on_the_incidents_page(
    browser: Browser, app_url: str, tmp_path: Path
) -> None:
    # (last in the module: it adds incidents to the shared database)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(app_url + "/incidents?start=2030-01-01&end=2030-12-31")
    page.get_by_text("Import incidents from a file").click()
    table = tmp_path / "field notes.csv"
    table.write_text(
        "id,date,latitude,longitude,event_type,location,fatalities_best\n"
        "fn-1,2030-04-02,36.58,37.04,Battles,Azaz,2\n"
        "fn-2,2030-04-03,91,37.04,Battles,Azaz,1\n",
        encoding="utf-8",
    )
    page.locator("input[type=file]").set_input_files(str(table))
    page.get_by_role("button", name="Import").wait_for(timeout=REPLY)
    page.wait_for_function(
        "() => ![...document.querySelectorAll('button')].find(b => b.innerText === 'Import').disabled",
        timeout=REPLY,
    )
    page.get_by_role("button", name="Import").click()
    page.get_by_text("Nothing was imported: field notes.csv").wait_for(timeout=REPLY)  # latitude 91
    assert page.locator("[data-testid='stException']").count() == 0
    page.get_by_text("Skip bad rows").click()
    page.get_by_role("button", name="Import").click()
    page.get_by_text("Imported field notes.csv: 1 incidents added").wait_for(timeout=REPLY)
    page.screenshot(path=str(tmp_path / "imported.png"))
    page.close()


def test_a_report_from_outside_syria_is_in_view_and_named_on_the_review_map(
    browser: Browser, app_url: str
) -> None:
    # the review's small map opened on Syria: proposed incidents in Somalia were out of view,
    # and offline the basemap named no place outside Syria's region
    page = browser.new_page(viewport={"width": 1400, "height": 1800})  # the form is long
    page.goto(app_url + "/add_article")
    box = page.get_by_label("Article text")
    box.wait_for(timeout=60_000)
    box.fill(
        "---\npublished: 2019-09-14\n---\n\nA car bomb exploded near a checkpoint in Mogadishu on Thursday, "
        "killing four soldiers. On Friday, militants attacked a base in Kismayo, the southern port city.\n"
    )
    box.press("Control+Enter")
    page.get_by_role("button", name="Extract incidents").click()
    page.get_by_text("Proposed incidents").wait_for(timeout=60_000)
    page.frame_locator('iframe[title="streamlit_folium.st_folium"]').locator(".leaflet-container").wait_for(
        timeout=60_000
    )
    page.wait_for_timeout(2500)
    frame = next(f for f in page.frames if "st_folium" in f.url)
    inside = frame.evaluate(
        "Object.values(window.map._layers).filter(l => l.feature && l.feature.properties.id)"
        ".map(l => window.map.getBounds().contains(l.getLatLng()))"
    )
    assert inside and all(inside), inside
    frame.wait_for_function("document.querySelectorAll('.basemap-label').length > 0", timeout=20_000)
    names = frame.evaluate("Array.from(document.querySelectorAll('.basemap-label')).map(e => e.textContent)")
    assert "Mogadishu" in names, names
    # the point-setting choice names each incident by day, type and place, not by its id
    page.get_by_role("combobox", name="Set a point by clicking the map for").click()
    options = [o.inner_text() for o in page.get_by_role("option").all()]
    assert any("Mogadishu" in o and o.startswith("2019-09-") for o in options), options
    page.close()


def test_the_tables_downloads_hold_what_it_shows(browser: Browser, app_url: str, tmp_path: Path) -> None:
    # a click on a download button also reran the page, and the rerun could drop the file the
    # click asked for ("Deferred file ... not found" on the server; no download in the browser)
    page, _frame, _requests, _dialogs = open_map(browser, app_url + "/?start=2017-02-25&end=2017-02-26")
    place = page.locator("[data-testid='stSidebar']").get_by_label("Place contains")
    place.fill("homs")
    place.press("Enter")
    page.wait_for_timeout(2000)
    page.locator("[data-testid='stSidebarNav']").get_by_text("Incidents", exact=True).click()
    page.wait_for_selector("text=the Map page's filters apply", timeout=REPLY)
    shown = showing(page)
    assert shown > 0
    for label, name in (("Download CSV", "incidents.csv"), ("Download GeoJSON", "incidents.geojson")):
        with page.expect_download(timeout=REPLY) as download:
            page.get_by_role("button", name=label).click()
        target = tmp_path / name
        download.value.save_as(target)
        if name.endswith(".csv"):
            with target.open(encoding="utf-8") as stream:
                rows = list(csv.DictReader(stream))
            assert len(rows) == shown and all("homs" in r["location"].lower() for r in rows)
        else:
            assert len(json.loads(target.read_text("utf-8"))["features"]) == shown
    page.close()
