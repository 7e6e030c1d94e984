"""The online path against a fake Nominatim on 127.0.0.1: success, cache, and every failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FakeNominatim

from incident_explorer.errors import (
    GeocoderBadResponse,
    GeocoderRateLimited,
    GeocoderTimedOut,
    GeocoderUnavailable,
    InputError,
)
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.online import AnswerCache, Geocoder, OnlineGeocoder
from incident_explorer.places.place import Feature


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def online(
    fake: FakeNominatim, clock: FakeClock, cache: AnswerCache | None = None, **kw: float
) -> OnlineGeocoder:
    return OnlineGeocoder(
        "nominatim",
        user_agent="incident-explorer-tests",
        domain=fake.domain,
        scheme="http",
        timeout=kw.get("timeout", 2.0),
        min_delay=1.0,
        cache=cache,
        clock=clock,
        sleep=clock.sleep,
    )


def test_answers_become_candidates_with_provenance(fake_nominatim: FakeNominatim) -> None:
    found = online(fake_nominatim, FakeClock()).geocode("al-Waer, Homs")
    assert len(found) == 1
    c = found[0]
    assert c.place.source_id == "nominatim:relation/4567"
    assert c.place.feature == Feature.NEIGHBOURHOOD and c.place.country_code == "SY"
    assert 0.5 <= c.score <= 0.95 and "nominatim" in c.reason
    assert fake_nominatim.hits == ["al-Waer, Homs"]


def test_rate_limiter_spaces_requests(fake_nominatim: FakeNominatim) -> None:
    clock = FakeClock()
    geo = online(fake_nominatim, clock)
    geo.geocode("a")
    geo.geocode("b")
    assert clock.slept and clock.slept[0] == pytest.approx(1.0)


def test_answers_are_cached_on_disk(fake_nominatim: FakeNominatim, tmp_path: Path) -> None:
    cache = AnswerCache(tmp_path / "answers.sqlite")
    online(fake_nominatim, FakeClock(), cache).geocode("Homs")
    again = online(fake_nominatim, FakeClock(), AnswerCache(tmp_path / "answers.sqlite")).geocode("Homs")
    assert len(fake_nominatim.hits) == 1 and again[0].place.source_id == "nominatim:relation/4567"


def test_429_with_short_retry_after_is_honoured(fake_nominatim: FakeNominatim) -> None:
    fake_nominatim.mode, fake_nominatim.retry_after = "429-once", "2"
    clock = FakeClock()
    found = online(fake_nominatim, clock).geocode("Homs")
    assert found and 2.0 in clock.slept and len(fake_nominatim.hits) == 2


def test_429_with_long_retry_after_gives_up(fake_nominatim: FakeNominatim) -> None:
    fake_nominatim.mode, fake_nominatim.retry_after = "429", "3600"
    with pytest.raises(GeocoderRateLimited) as err:
        online(fake_nominatim, FakeClock()).geocode("Homs")
    assert err.value.retry_after == 3600
    assert len(fake_nominatim.hits) == 1


@pytest.mark.parametrize(
    ("mode", "error"),
    [("500", GeocoderUnavailable), ("garbage", GeocoderBadResponse), ("wrong-shape", GeocoderBadResponse)],
)
def test_service_failures_raise_our_errors(fake_nominatim: FakeNominatim, mode: str, error: type) -> None:
    fake_nominatim.mode = mode
    with pytest.raises(error):
        online(fake_nominatim, FakeClock()).geocode("Homs")


def test_timeout(fake_nominatim: FakeNominatim) -> None:
    fake_nominatim.mode = "slow"
    with pytest.raises(GeocoderTimedOut):
        online(fake_nominatim, FakeClock(), timeout=0.3).geocode("Homs")


def test_no_server_at_all() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again at once: nothing listens there
    fake = FakeNominatim(port=port)
    with pytest.raises(GeocoderUnavailable):
        online(fake, FakeClock()).geocode("Homs")


@pytest.mark.parametrize("mode", ["500", "garbage", "429", "wrong-shape"])
def test_facade_falls_back_to_gazetteer_with_a_notice(
    fake_nominatim: FakeNominatim, geocoder: OfflineGeocoder, mode: str
) -> None:
    fake_nominatim.mode, fake_nominatim.retry_after = mode, "3600"
    notices: list[str] = []
    clock = FakeClock()
    facade = Geocoder(geocoder, online(fake_nominatim, clock), notify=notices.append, clock=clock)
    found = facade.geocode("al-Waer, Homs")
    assert found[0].place.source_id.startswith("ocha:")
    assert len(notices) == 1 and "offline gazetteer" in notices[0]
    # a dead service is left alone for a while: the next query does not wait on it
    facade.geocode("Hims")
    assert len(fake_nominatim.hits) == 1


def test_facade_uses_online_answers_when_they_come(
    fake_nominatim: FakeNominatim, geocoder: OfflineGeocoder
) -> None:
    facade = Geocoder(geocoder, online(fake_nominatim, FakeClock()))
    assert facade.geocode("al-Waer, Homs")[0].place.source == "nominatim"


def test_unknown_service_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown geocoding service"):
        OnlineGeocoder("no-such-service", user_agent="x")
