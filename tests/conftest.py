"""Shared fixtures. The full gazetteer index is built once per machine (cached) and shared."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.actors import ActorLexicon
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, stands_in
from incident_explorer.places.place import Candidate, Feature, Place
from incident_explorer.places.sources import Entry, ocha, user_places
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings
from incident_explorer.store.database import Store

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"


@pytest.fixture(scope="session")
def settings() -> Settings:
    """The bundled data, with the index in the usual cache folder (built once, reused)."""
    return replace(Settings.from_env(), data_dir=DATA, user_places=DATA / "user_places.csv")


@pytest.fixture(scope="session")
def gazetteer(settings: Settings) -> Iterator[Gazetteer]:
    gaz = Gazetteer.open(settings)
    yield gaz
    gaz.close()


@pytest.fixture(scope="session")
def geocoder(gazetteer: Gazetteer) -> OfflineGeocoder:
    return OfflineGeocoder(gazetteer)


SYRIA = {"SY": ("Syria", "Syrian Arab Republic", "SYR")}


def small_collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    """OCHA and user places only: builds in well under a second, for index tests."""
    entries = list(ocha.load(settings.data_dir))
    known = {e.place.source_id: e.place for e in entries}
    entries.extend(user_places.load(settings.user_places, known, SYRIA))
    return entries, SYRIA


@pytest.fixture
def small_settings(tmp_path: Path, settings: Settings) -> Settings:
    # the bundled user places the small index can hold: those made of OCHA entries (Eastern
    # Ghouta), not those made of GeoNames units (the Kurdistan Region), which it lacks
    lines = (DATA / "user_places.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    places = tmp_path / "user_places.csv"
    places.write_text("".join([lines[0], *(r for r in lines[1:] if "geonames-" not in r)]), encoding="utf-8")
    return replace(settings, cache_dir=tmp_path / "cache", user_places=places)


TINY_COUNTRIES = {
    "SY": ("Syria", "Syrian Arab Republic", "SYR"),
    "FR": ("France", "FRA"),
    "US": ("United States", "USA", "US"),
}


def _tiny(
    sid: str, name: str, lat: float, lon: float, feature: Feature, cc: str, *more: str, **kw: str
) -> Entry:
    place = Place(sid, name, lat, lon, feature, cc, kw.get("admin1", ""), parent=kw.get("parent", ""))
    ancestry = tuple(a for a in (kw.get("parent", ""), kw.get("admin1", ""), *TINY_COUNTRIES[cc]) if a)
    return Entry(place=place, names=(name, *more), ancestry=ancestry)


def tiny_collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    """A dozen inline places (no data files): for fast unit tests that are not about the index."""
    entries = [
        _tiny("test:homs", "Homs", 34.73, 36.71, Feature.CITY, "SY", "Hims", admin1="Homs"),
        _tiny("test:aleppo", "Aleppo", 36.20, 37.16, Feature.CITY, "SY", "Halab", admin1="Aleppo"),
        _tiny("test:idlib", "Idlib", 35.93, 36.63, Feature.CITY, "SY", "Idleb", admin1="Idlib"),
        _tiny("test:waer", "Wa'er", 34.74, 36.67, Feature.NEIGHBOURHOOD, "SY", "al-Waer", parent="Homs"),
        _tiny("test:ghota", "Ghota", 34.72, 36.70, Feature.NEIGHBOURHOOD, "SY", "Ghouta", parent="Homs"),
        _tiny(
            "test:eastern-ghouta",
            "Eastern Ghouta",
            33.52,
            36.44,
            Feature.REGION,
            "SY",
            admin1="Rural Damascus",
        ),
        _tiny("test:syria", "Syria", 35.0, 38.5, Feature.COUNTRY, "SY", "Syrian Arab Republic"),
        _tiny("test:paris", "Paris", 48.85, 2.35, Feature.CITY, "FR", admin1="Ile-de-France"),
        _tiny("test:paris-tx", "Paris", 33.66, -95.56, Feature.CITY, "US", admin1="Texas"),
        _tiny("test:france", "France", 46.6, 2.4, Feature.COUNTRY, "FR"),
        _tiny("test:us", "United States", 39.5, -99.1, Feature.COUNTRY, "US", "USA", "US"),
    ]
    return entries, TINY_COUNTRIES


@pytest.fixture(scope="session")
def tiny_gazetteer(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> Iterator[Gazetteer]:
    """A gazetteer of ``tiny_collector``'s places in a temporary index (builds in well under a second)."""
    tiny = replace(settings, cache_dir=tmp_path_factory.mktemp("tiny-gazetteer"))
    gaz = Gazetteer.open(tiny, collector=tiny_collector)
    yield gaz
    gaz.close()


def country_entries(countries: dict[str, tuple[str, ...]]) -> list[Entry]:
    """A tiny index's countries, each by its names (the first its own), for a test's collector."""
    return [
        Entry(Place(f"t:{cc}", names[0], 0.0, 0.0, Feature.COUNTRY, cc), names=names, ancestry=())
        for cc, names in countries.items()
    ]


@pytest.fixture(scope="session")
def geocoder_from(
    tmp_path_factory: pytest.TempPathFactory, settings: Settings
) -> Iterator[Callable[[Collector, str], OfflineGeocoder]]:
    """Build an offline geocoder over a temporary index of a test's own tiny places:
    ``geocoder_from(collector, "name")``; the indexes are closed at the end of the session."""
    opened: list[Gazetteer] = []

    def build(collector: Collector, name: str) -> OfflineGeocoder:
        gaz = Gazetteer.open(replace(settings, cache_dir=tmp_path_factory.mktemp(name)), collector=collector)
        opened.append(gaz)
        return OfflineGeocoder(gaz)

    yield build
    for gaz in opened:
        gaz.close()


@pytest.fixture
def tiny_geocoder(tiny_gazetteer: Gazetteer) -> OfflineGeocoder:
    return OfflineGeocoder(tiny_gazetteer)


@dataclass
class FakeNominatim:
    """A Nominatim look-alike on 127.0.0.1. ``mode`` picks the answer; ``hits`` counts requests."""

    port: int = 0
    mode: str = "ok"
    retry_after: str = "1"
    hits: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.port}"


_WAER = {
    "place_id": 123,
    "osm_type": "relation",
    "osm_id": 4567,
    "lat": "34.7381",
    "lon": "36.6669",
    "display_name": "Al Waer, Homs, Homs Governorate, Syria",
    "name": "Al Waer",
    "addresstype": "suburb",
    "type": "suburb",
    "importance": 0.41,
    "address": {"suburb": "Al Waer", "city": "Homs", "state": "Homs Governorate", "country_code": "sy"},
}


@pytest.fixture
def fake_nominatim() -> Iterator[FakeNominatim]:
    fake = FakeNominatim()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            url = urlparse(self.path)
            fake.hits.append(parse_qs(url.query).get("q", [""])[0])
            if fake.mode == "slow":
                fake.release.wait(5)
            if fake.mode == "429" or (fake.mode == "429-once" and len(fake.hits) == 1):
                self._send(429, b'{"error": "rate limited"}', {"Retry-After": fake.retry_after})
            elif fake.mode == "500":
                self._send(500, b"internal error")
            elif fake.mode == "garbage":
                self._send(200, b"<html>not json</html>")
            elif fake.mode == "wrong-shape":
                self._send(200, b'[{"lat": "north", "lon": null}]')
            else:
                self._send(200, json.dumps([_WAER]).encode())

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    fake.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield fake
    fake.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def extractor(settings: Settings, gazetteer: Gazetteer) -> Extractor:
    return Extractor(OfflineGeocoder(gazetteer), ActorLexicon.load(settings.data_dir / "actors.csv"))


@pytest.fixture(scope="session")
def rules(extractor: Extractor) -> Extractor:
    """The same extractor with both learned models off: what the rules alone decide."""
    return Extractor(extractor.geocoder, extractor.actors, extractor.events, rules_only=True)


SEED = DATA / "articles" / "aljazeera-2017-02-25-homs-suicide-attacks.md"


def top_reading(geocoder: OfflineGeocoder, query: str, context: str) -> Candidate:
    """The geocoder's best reading of ``query`` in a text ``context``: what the ranking tests
    assert ("Toronto in US news is Ontario's")."""
    found = geocoder.geocode(query, context=context, limit=1)
    assert found, query
    return found[0]


def roles_of(extractor: Extractor, published: date, text: str) -> dict[str, str]:
    """Each place name's role in ``text`` read as an article published on ``published``: what the
    role tests assert ("X is an event place, Y an origin")."""
    found = extractor.extract(articles.from_text(text, published=published))
    return {m.text: m.role for m in found.mentions}


def event_places(extractor: Extractor, published: date, text: str) -> list[str]:
    """The names read as event places in ``text``, in order (what the role tests assert)."""
    found = extractor.extract(articles.from_text(text, published=published))
    return [m.text for m in found.mentions if m.role == "event"]


def event_readings(extractor: Extractor, published: date, text: str) -> list[tuple[str, str, bool]]:
    """Each event mention in ``text``: its text, the place it is read as, and whether that place
    stands in for a finer one the gazetteer lacks (what the stand-in tests assert)."""
    found = extractor.extract(articles.from_text(text, published=published))
    return [
        (m.text, m.candidate.place.name if m.candidate else "", bool(m.candidate and stands_in(m.candidate)))
        for m in found.mentions
        if m.role == "event"
    ]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A real PostgreSQL on 127.0.0.1 (Debian's postgresql package; .ci/run installs it)."""
    import os

    import pg

    if not pg.available():
        if os.environ.get("INCIDENTS_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL binaries not found; install Debian's postgresql package")
        pytest.skip("PostgreSQL binaries not found (apt-get install postgresql)")
    with pg.server() as url:
        yield url


_counter = iter(range(1_000_000))


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path, settings: Settings) -> Iterator[Store]:
    """An empty store on each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'incidents.sqlite'}"
    else:
        from sqlalchemy import create_engine, text

        server = request.getfixturevalue("postgres_server")
        name = f"t{next(_counter)}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
        url = server.rsplit("/", 1)[0] + f"/{name}"
    s = Store.open(settings, url=url, seed=False)
    yield s
    s.close()
