"""One exception tree. Every message says what went wrong and what to do about it."""

from __future__ import annotations


class IncidentExplorerError(Exception):
    """Root of every error this package raises on purpose."""


class InputError(IncidentExplorerError, ValueError):
    """The user gave something we cannot use (bad query, malformed file row)."""


class DataFileError(IncidentExplorerError, OSError):
    """A file is missing, unreadable or malformed; the message names it."""


class GazetteerError(IncidentExplorerError):
    """The gazetteer index could not be built or opened."""


class StoreError(IncidentExplorerError):
    """The incident database is missing, locked, unreachable or refused a write."""


class GeocoderServiceError(IncidentExplorerError):
    """An online geocoding service failed; callers fall back to the offline gazetteer."""


class GeocoderUnavailable(GeocoderServiceError, ConnectionError):
    """The service could not be reached (no network, refused, 5xx)."""


class GeocoderTimedOut(GeocoderServiceError, TimeoutError):
    """The service did not answer within the timeout."""


class GeocoderRateLimited(GeocoderServiceError):
    """The service answered 429 and asked us to wait longer than we are willing to."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class GeocoderBadResponse(GeocoderServiceError, ValueError):
    """The service answered with something that is not the JSON we expect."""
