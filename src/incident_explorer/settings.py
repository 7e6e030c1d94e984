"""Settings, all in one place: environment variables with their defaults (listed in README)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

_REPO_DATA = Path(__file__).resolve().parents[2] / "data"


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def _flag_on(name: str) -> bool:
    """A setting that is on unless the variable says off (0, false, no, off)."""
    return os.environ.get(name, "").strip().lower() not in {"0", "false", "no", "off"}


def cache_dir_from_env() -> Path:
    """The cache folder: INCIDENTS_CACHE_DIR, else incident-explorer in the user's cache."""
    xdg = Path(_env("XDG_CACHE_HOME", str(Path.home() / ".cache")))
    return Path(_env("INCIDENTS_CACHE_DIR", str(xdg / "incident-explorer")))


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path
    cache_dir: Path
    user_places: Path
    offline: bool
    geocoder: str  # "" = offline gazetteer only; else a geopy service name, e.g. "nominatim"
    geocoder_user_agent: str
    geocoder_domain: str
    geocoder_scheme: str
    geocoder_timeout: float
    geocoder_min_delay: float
    database_url: str
    default_database_url: str
    create_database: bool = False  # create a SQLite file that is not there (besides the default)
    # weigh the rules' event places with the event-place model (extraction/event_places.py); on
    # unless INCIDENTS_EVENT_PLACE_MODEL=0: left one wire batch out at a time it gains precision
    # and loses no marked place or report (README, Performance)
    event_place_model: bool = True

    @classmethod
    def from_env(cls) -> Settings:
        data_dir = Path(_env("INCIDENTS_DATA_DIR", str(_REPO_DATA)))
        default_db = f"sqlite:///{data_dir / 'incidents.sqlite'}"
        return cls(
            data_dir=data_dir,
            cache_dir=cache_dir_from_env(),
            user_places=Path(_env("INCIDENTS_USER_PLACES", str(data_dir / "user_places.csv"))),
            offline=_flag("INCIDENTS_OFFLINE"),
            geocoder=_env("INCIDENTS_GEOCODER", "").lower(),
            geocoder_user_agent=_env(
                "INCIDENTS_GEOCODER_USER_AGENT", "incident-explorer/0.1 (set INCIDENTS_GEOCODER_USER_AGENT)"
            ),
            geocoder_domain=_env("INCIDENTS_GEOCODER_DOMAIN", ""),
            geocoder_scheme=_env("INCIDENTS_GEOCODER_SCHEME", "https"),
            geocoder_timeout=float(_env("INCIDENTS_GEOCODER_TIMEOUT", "5")),
            geocoder_min_delay=float(_env("INCIDENTS_GEOCODER_MIN_DELAY", "1")),
            database_url=_env("INCIDENTS_DATABASE_URL", default_db),
            default_database_url=default_db,
            create_database=_flag("INCIDENTS_CREATE_DATABASE"),
            event_place_model=_flag_on("INCIDENTS_EVENT_PLACE_MODEL"),
        )
