"""End to end in real Chromium (Debian's; .ci/run installs it): the app on a small database,
offline, clicked like a user would."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEED
from playwright.sync_api import Browser, Frame, Page
from test_app import HOSTILE

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.settings import Settings
from incident_explorer.store.database import Store

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
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
def app_url(
    tmp_path_factory: pytest.TempPathFactory, settings: Settings, extractor: Extractor
) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("INCIDENTS_REQUIRE_BROWSER"):
            pytest.fail("Chromium not found; install Debian's chromium package")
        pytest.skip("Chromium not found (apt-get install chromium)")
    tmp = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{tmp / 'app.sqlite'}"
    store = Store.open(settings, url=url, seed=False)
    store.ingest(extractor.extract(articles.from_path(SEED)))
    store.ingest(extractor.extract(articles.from_text(HOSTILE, path="hostile.md")))
    store.close()
    port = _free_port()
    env = {**os.environ, "INCIDENTS_DATABASE_URL": url, "INCIDENTS_OFFLINE": "1"}
    log = (tmp / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(REPO / "app.py"),
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


def open_map(browser: Browser, url: str) -> tuple[Page, Frame, list[str], list[str]]:
    page = browser.new_page(viewport={"width": 1400, "height": 1400})
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
    text = page.locator("text=/Showing [0-9,]+ incidents/").first.inner_text()
    return int(text.split()[1].replace(",", ""))


def test_map_offline_markers_dates_click_and_safety(browser: Browser, app_url: str) -> None:
    page, frame, requests, dialogs = open_map(browser, app_url + "/")
    drawn = frame.evaluate(
        "Object.values(window.map._layers).filter(l => l.feature && l.feature.properties.id).length"
    )
    assert showing(page) == 6 and drawn == 5  # the country-wide total has no point to draw
    assert [u for u in requests if not u.startswith(LOCAL)] == []  # offline: nothing leaves the machine

    # click the al-Waer marker where Leaflet draws it (canvas markers are not DOM nodes)
    find = (
        "(text) => Object.values(window.map._layers)"
        ".find(l => ((l.feature || {}).properties || {}).label?.includes(text))"
    )
    lat, lon = frame.evaluate(
        f"(() => {{ const p = ({find})('Wa&#x27;er').getLatLng(); return [p.lat, p.lng]; }})()"
    )
    frame.evaluate(f"window.map.setView([{lat}, {lon}], 15)")
    page.wait_for_timeout(800)
    x, y = frame.evaluate(
        f"(() => {{ const p = window.map.latLngToContainerPoint([{lat}, {lon}]);"
        " const r = window.map.getContainer().getBoundingClientRect();"
        " return [p.x + r.left, p.y + r.top]; })()"
    )
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_selector("text=Syria’s war: Suicide attacks hit military in Homs", timeout=30_000)
    assert "Air/drone strike" in page.inner_text("body")
    assert not dialogs
    page.close()


def test_narrowing_dates_lowers_the_count(browser: Browser, app_url: str) -> None:
    page, _frame, _requests, _dialogs = open_map(browser, app_url + "/?start=2017-02-25&end=2017-02-25")
    assert showing(page) == 4
    page.close()


def test_hostile_article_does_not_execute(browser: Browser, app_url: str) -> None:
    page, frame, _requests, dialogs = open_map(browser, app_url + "/")
    hostile = frame.evaluate(
        "Object.values(window.map._layers)"
        ".find(l => ((l.feature || {}).properties || {}).label?.includes('Idlib'))"
        ".feature.properties.id"
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


def test_paste_an_article_save_it_and_see_it_on_the_map(browser: Browser, app_url: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
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
