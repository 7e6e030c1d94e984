"""The stored form of an incident, and the mapping between precision scales.

Every import format and the extractor produce ``IncidentRecord``s; the store writes them and
the exporters read them back. Columns of an import that have no field here go to ``extra``,
so nothing of the original row is lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from incident_explorer.extraction.claims import Claim
from incident_explorer.extraction.results import Extraction, Incident

# ACLED geo_precision (1 town .. 3 region) -> UCDP where_prec (1 exact .. 7 water), and back.
GEO_TO_WHERE = {1: 1, 2: 2, 3: 4}
WHERE_TO_GEO = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}
# ACLED time_precision -> UCDP date_prec, and back.
TIME_TO_DATE = {1: 1, 2: 3, 3: 4}
DATE_TO_TIME = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}

# More people than this in one incident is not a figure but an error (a typo, a crafted file,
# "99999999999999999999999 people"): it is kept as written and flagged, never stored as a
# number (it would also overflow the database's integers: PostgreSQL's stop at 2,147,483,647).
IMPLAUSIBLE = 10_000_000

# Fields a person can edit in the app; the extractor never overwrites them once edited.
EDITABLE = (
    "event_date",
    "date_end",
    "time_precision",
    "date_prec",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "country_code",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "where_prec",
    "place_source",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "notes",
)


@dataclass(frozen=True, slots=True)
class ReportRef:
    """One report of an incident: the article, its outlet, and the claims it made."""

    article_id: str | None
    title: str
    source: str
    url: str | None
    published: date | None
    claims: tuple[Claim, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(frozen=True, slots=True)
class IncidentRecord:
    id: str
    origin: str
    article_id: str | None = None
    source_id: str | None = None
    event_group: str | None = None
    event_date: date | None = None
    date_end: date | None = None
    time_precision: int = 3
    date_prec: int = 5
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    actor2: str = ""
    country: str = ""
    country_code: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    where_prec: int = 6
    place_source: str | None = None
    place_score: float | None = None
    place_reason: str = ""
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    wounded_low: int | None = None
    wounded_best: int | None = None
    wounded_high: int | None = None
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    evidence: str = "[]"
    extra: str = "{}"
    claims: tuple[Claim, ...] = field(default=(), compare=False)
    read_from: str = field(default="", compare=False)  # "FILE row N" of an import, for messages
    reports: tuple[ReportRef, ...] = field(default=(), compare=False)  # filled when read back

    def row(self) -> dict[str, Any]:
        """The ``incidents`` table row (without timestamps and human_fields)."""
        return {name: getattr(self, name) for name in COLUMNS}

    @property
    def extra_fields(self) -> dict[str, Any]:
        value = json.loads(self.extra or "{}")
        return value if isinstance(value, dict) else {}


COLUMNS = tuple(f.name for f in fields(IncidentRecord) if f.name not in ("claims", "read_from", "reports"))


def from_extraction(extraction: Extraction) -> list[IncidentRecord]:
    # the population of each place named: linking tells a large city from a village by it
    populations = {
        m.candidate.place.source_id: m.candidate.place.population for m in extraction.mentions if m.candidate
    }
    return [
        _from_incident(extraction, i, populations.get(i.place_source or "", 0)) for i in extraction.incidents
    ]


def _plausible(value: int | None) -> int | None:
    return None if value is not None and value > IMPLAUSIBLE else value


def _implausible(claims: tuple[Claim, ...]) -> list[dict[str, object]]:
    """Claims whose figure is past IMPLAUSIBLE, as said (text, kind, claimant, where)."""
    return [
        {"text": c.text, "kind": c.kind, "claimant": c.claimant, "start": c.start, "end": c.end}
        for c in claims
        if max(c.low, c.high or 0) > IMPLAUSIBLE
    ]


def _from_incident(extraction: Extraction, i: Incident, population: int = 0) -> IncidentRecord:
    # one field per line: a long function, but a flat mapping reads best whole
    article = extraction.article
    actors = list(i.actors)
    claimants = sorted({c.claimant for c in i.claims if c.claimant})
    flagged = _implausible(i.claims)
    extra: dict[str, object] = {
        "actors": actors,
        "claims_scope": i.claims_scope,
        "date_reason": i.date_reason,
        "place_population": population,
    }
    if flagged:
        extra["implausible_claims"] = flagged
    if i.place_text:
        extra["place_text"] = i.place_text  # the event's own name the gazetteer lacks
    return IncidentRecord(
        id=i.id,
        origin="extracted",
        article_id=article.id,
        source_id=i.id,
        event_group=i.event_group,
        event_date=i.event_date,
        date_end=i.date_end,
        time_precision=i.time_precision,
        date_prec=i.date_prec,
        event_type=i.event_type,
        sub_event_type=i.sub_event_type,
        actor1=actors[0] if actors else "",
        actor2=actors[1] if len(actors) > 1 else "",
        country=i.location.rsplit(", ", 1)[-1] if i.location else "",
        country_code=i.country_code,
        admin1=i.admin1,
        admin2=i.admin2,
        location=i.location,
        latitude=i.latitude,
        longitude=i.longitude,
        geo_precision=i.geo_precision,
        where_prec=i.where_prec,
        place_source=i.place_source,
        place_score=i.place_score,
        place_reason=i.place_reason,
        fatalities_low=_plausible(i.fatalities.low),
        fatalities_best=_plausible(i.fatalities.best),
        fatalities_high=_plausible(i.fatalities.high),
        wounded_low=_plausible(i.wounded.low),
        wounded_best=_plausible(i.wounded.best),
        wounded_high=_plausible(i.wounded.high),
        source="; ".join([article.source, *claimants]) if article.source else "; ".join(claimants),
        source_scale="",
        notes=i.notes,
        evidence=json.dumps([e.to_json() for e in i.evidence], ensure_ascii=False),
        extra=json.dumps(extra, ensure_ascii=False),
        claims=tuple(c for c in i.claims if max(c.low, c.high or 0) <= IMPLAUSIBLE),
    )
