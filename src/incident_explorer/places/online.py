"""Optional online geocoding through geopy, and the facade that falls back to the gazetteer.

Off by default. When on: geopy's RateLimiter keeps to the service's request rate, a 429 is
retried once after its Retry-After if that is short, answers are cached on disk, and any failure
(no network, timeout, 429, 5xx, garbage) falls back to the offline gazetteer with a notice.
After a failure the service is left alone for ``cooldown`` seconds so a batch never waits on
a dead service query after query.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from incident_explorer.errors import (
    GeocoderBadResponse,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
    InputError,
)
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.phrases import parse_query
from incident_explorer.places.place import Candidate, Feature, Place
from incident_explorer.places.precision import precision_for
from incident_explorer.settings import Settings

# Nominatim's addresstype/type -> our feature.
_FEATURES = {
    "neighbourhood": Feature.NEIGHBOURHOOD,
    "suburb": Feature.NEIGHBOURHOOD,
    "quarter": Feature.NEIGHBOURHOOD,
    "city_district": Feature.NEIGHBOURHOOD,
    "city": Feature.CITY,
    "town": Feature.CITY,
    "village": Feature.CITY,
    "hamlet": Feature.CITY,
    "municipality": Feature.ADMIN3,
    "county": Feature.ADMIN2,
    "state_district": Feature.ADMIN2,
    "district": Feature.ADMIN2,
    "state": Feature.ADMIN1,
    "province": Feature.ADMIN1,
    "region": Feature.REGION,
    "country": Feature.COUNTRY,
}


def _rate_limited(
    func: Callable[..., Any],
    *,
    clock: Callable[[], float],
    sleep: Callable[[float], None],
    min_delay_seconds: float,
) -> Callable[..., Any]:
    """``func`` behind geopy's RateLimiter with the clock and sleep passed in, so tests need not
    wait."""
    from geopy.extra.rate_limiter import RateLimiter

    class _InjectedRateLimiter(RateLimiter):  # type: ignore[misc]
        def _clock(self) -> float:
            return clock()

        def _sleep(self, seconds: float) -> None:
            sleep(seconds)

    limited: Callable[..., Any] = _InjectedRateLimiter(
        func, min_delay_seconds=min_delay_seconds, max_retries=0, swallow_exceptions=False
    )
    return limited


class AnswerCache:
    """Answers of online services on disk, so a query is asked once."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=10)
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (k TEXT PRIMARY KEY, v TEXT NOT NULL, at REAL)")
        self._lock = threading.Lock()

    def get(self, key: str) -> list[dict[str, Any]] | None:
        with self._lock:
            row = self._db.execute("SELECT v FROM answers WHERE k = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: str, value: list[dict[str, Any]]) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", (key, json.dumps(value), time.time())
            )


class OnlineGeocoder:
    def __init__(
        self,
        service: str = "nominatim",
        *,
        user_agent: str,
        domain: str = "",
        scheme: str = "https",
        timeout: float = 5.0,
        min_delay: float = 1.0,
        cache: AnswerCache | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        max_retry_after: float = 5.0,
    ) -> None:
        # geopy is imported here, not with the module: with it (and requests, which its adapters
        # import) the offline CLI, which builds the facade below with no online service, had
        # taken ~23 % more instructions to start and answer one query
        from geopy import exc as geopy_exc
        from geopy.adapters import URLLibAdapter
        from geopy.geocoders import get_geocoder_for_service

        try:
            cls = get_geocoder_for_service(service)
        except geopy_exc.GeocoderNotFound:
            raise InputError(
                f"unknown geocoding service {service!r}; use a geopy service name such as nominatim"
            ) from None
        accepted = inspect.signature(cls.__init__).parameters
        # URLLibAdapter: requests' adapter retries 429s itself, sleeping out any Retry-After.
        options: dict[str, Any] = {"user_agent": user_agent, "timeout": timeout}
        if "adapter_factory" in accepted:
            options["adapter_factory"] = URLLibAdapter
        if domain and "domain" in accepted:
            options["domain"] = domain
        if "scheme" in accepted:
            options["scheme"] = scheme
        self.service = service
        self._geocoder = cls(**options)
        self._call = _rate_limited(
            self._geocoder.geocode, clock=clock, sleep=sleep, min_delay_seconds=min_delay
        )
        self._sleep = sleep
        self._cache = cache
        self._cache_scope = f"{service}|{domain}"
        self.max_retry_after = max_retry_after

    def geocode(self, query: str, *, country: str | None = None, limit: int = 5) -> list[Candidate]:
        key = hashlib.sha256(f"{self._cache_scope}|{query}|{country}|{limit}".encode()).hexdigest()
        answers = self._cache.get(key) if self._cache else None
        if answers is None:
            answers = self._ask(query, country, limit)
            if self._cache:
                self._cache.put(key, answers)
        try:
            return [self._candidate(a) for a in answers]
        except (KeyError, TypeError, ValueError) as exc:
            raise GeocoderBadResponse(f"{self.service} answered in an unexpected shape ({exc})") from exc

    def _ask(self, query: str, country: str | None, limit: int) -> list[dict[str, Any]]:
        from geopy import exc as geopy_exc  # (imported by __init__ already)

        kwargs: dict[str, Any] = {"exactly_one": False}
        if self.service == "nominatim":
            kwargs.update(limit=limit, addressdetails=True)
            if country:
                kwargs["country_codes"] = country.lower()
        for attempt in (1, 2):
            try:
                found = self._call(query, **kwargs) or []
                return [
                    {
                        "latitude": loc.latitude,
                        "longitude": loc.longitude,
                        "address": loc.address,
                        "raw": loc.raw,
                    }
                    for loc in found
                ]
            except geopy_exc.GeocoderRateLimited as exc:
                wait = exc.retry_after
                if attempt == 1 and wait is not None and wait <= self.max_retry_after:
                    self._sleep(wait)
                    continue
                raise GeocoderRateLimited(
                    f"{self.service} is rate-limiting us (Retry-After: {wait})", retry_after=wait
                ) from exc
            except geopy_exc.GeocoderTimedOut as exc:
                raise GeocoderTimedOut(f"{self.service} did not answer in time") from exc
            except geopy_exc.GeocoderParseError as exc:
                raise GeocoderBadResponse(f"{self.service} answered with something not JSON") from exc
            except (geopy_exc.GeocoderUnavailable, geopy_exc.GeocoderServiceError) as exc:
                raise GeocoderUnavailable(f"{self.service} is unavailable ({exc})") from exc
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise GeocoderBadResponse(f"{self.service} answered in an unexpected shape ({exc})") from exc
        raise GeocoderRateLimited(f"{self.service} is still rate-limiting us")

    def _candidate(self, answer: dict[str, Any]) -> Candidate:
        raw = answer.get("raw") or {}
        lat, lon = float(answer["latitude"]), float(answer["longitude"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"coordinates out of range: {lat}, {lon}")
        kind = str(raw.get("addresstype") or raw.get("type") or "")
        feature = _FEATURES.get(kind, Feature.POINT)
        address = raw.get("address") or {}
        if raw.get("osm_type") and raw.get("osm_id"):
            ident = f"{raw['osm_type']}/{raw['osm_id']}"
        else:
            ident = str(raw.get("place_id") or f"{lat:.5f},{lon:.5f}")
        display = str(answer.get("address") or "")
        place = Place(
            source_id=f"{self.service}:{ident}",
            name=str(raw.get("name") or display.split(",")[0]),
            latitude=lat,
            longitude=lon,
            feature=feature,
            country_code=str(address.get("country_code", "")).upper(),
            admin1=str(address.get("state", "")),
            admin2=str(address.get("county", "") or address.get("state_district", "")),
        )
        importance = float(raw.get("importance") or 0.5)
        return Candidate(
            place=place,
            score=round(0.5 + 0.45 * min(1.0, max(0.0, importance)), 4),
            precision=precision_for(feature),
            matched_name=place.name,
            reason=f"{self.service} answer ({kind or 'place'}), importance {importance:.2f}",
            location=display,
        )


class Geocoder:
    """What the CLI and the app use: online when configured, the gazetteer always behind it."""

    def __init__(
        self,
        offline: OfflineGeocoder,
        online: OnlineGeocoder | None = None,
        *,
        notify: Callable[[str], None] = lambda message: None,
        cooldown: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.offline, self.online = offline, online
        self._notify, self._cooldown, self._clock = notify, cooldown, clock
        self._resting_until = 0.0

    def geocode(
        self, query: str, *, context: str = "", country: str | None = None, limit: int = 5
    ) -> list[Candidate]:
        if self.online is not None and self._clock() >= self._resting_until:
            try:
                found = self.online.geocode(parse_query(query).raw, country=country, limit=limit)
            except GeocoderServiceError as exc:
                self._resting_until = self._clock() + self._cooldown
                self._notify(f"{exc}; answering from the offline gazetteer")
            else:
                if found:
                    return found[:limit]
        return self.offline.geocode(query, context=context, country=country, limit=limit)


def online_from_settings(settings: Settings, service: str | None = None) -> OnlineGeocoder | None:
    """The online geocoder the settings ask for, or None (offline mode always wins)."""
    name = service or settings.geocoder
    if not name or settings.offline:
        return None
    return OnlineGeocoder(
        name,
        user_agent=settings.geocoder_user_agent,
        domain=settings.geocoder_domain,
        scheme=settings.geocoder_scheme,
        timeout=settings.geocoder_timeout,
        min_delay=settings.geocoder_min_delay,
        cache=AnswerCache(settings.cache_dir / "online-answers.sqlite"),
    )
