"""What extraction hands on: place mentions, evidence spans, incidents, and the whole result.

Typed, frozen records with a ``to_json`` each (the shape printed by ``incidents extract --json``
and stored by the incident store).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from incident_explorer.extraction.article import Article
from incident_explorer.extraction.claims import Claim, Estimate
from incident_explorer.frozen import fast_init
from incident_explorer.places.place import Candidate


@fast_init
@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int
    sentence: int
    role: str
    reason: str
    query: str
    candidate: Candidate | None

    def to_json(self) -> dict[str, object]:
        c = self.candidate
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "role": self.role,
            "reason": self.reason,
            "query": self.query,
            "latitude": round(c.place.latitude, 6) if c else None,
            "longitude": round(c.place.longitude, 6) if c else None,
            "place_source": c.place.source_id if c else None,
            "location": c.location if c else None,
            "feature": str(c.place.feature) if c else None,
            "score": c.score if c else None,
        }


@fast_init
@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


@fast_init
@dataclass(frozen=True, slots=True)
class Incident:
    id: str
    event_group: str
    event_date: date | None
    date_end: date | None
    time_precision: int
    date_prec: int
    date_reason: str
    event_type: str
    sub_event_type: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    where_prec: int
    place_source: str | None
    place_score: float | None
    place_reason: str
    country_code: str
    admin1: str
    admin2: str
    actors: tuple[str, ...]
    claims: tuple[Claim, ...]
    claims_scope: str  # "incident" or "event_group": a figure for the whole coordinated event
    fatalities: Estimate
    wounded: Estimate
    evidence: tuple[Evidence, ...]
    notes: str
    # the event's place as the text names it, when the gazetteer lacks it and the incident is
    # placed at a unit the text says holds it ("Kobsoura (not in gazetteer; placed at region
    # Mopti, Mali)"), or is left at its country or unplaced; "" when the place itself is found
    place_text: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "event_group": self.event_group,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "time_precision": self.time_precision,
            "date_prec": self.date_prec,
            "date_reason": self.date_reason,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "location": self.location,
            "place_text": self.place_text,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": self.geo_precision,
            "where_prec": self.where_prec,
            "place_source": self.place_source,
            "place_score": self.place_score,
            "place_reason": self.place_reason,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "actors": list(self.actors),
            "fatalities": self.fatalities.to_json(),
            "wounded": self.wounded.to_json(),
            "claims": [c.to_json() for c in self.claims],
            "claims_scope": self.claims_scope,
            "evidence": [e.to_json() for e in self.evidence],
            "notes": self.notes,
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article
    incidents: tuple[Incident, ...]
    mentions: tuple[Mention, ...]
    warnings: tuple[str, ...]
    # earlier events the report recalls as background ("a similar raid in X last month killed
    # three"): shown with their evidence, not stored or mapped as this report's incidents
    recalled: tuple[Incident, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "article": self.article.to_json(),
            "incidents": [i.to_json() for i in self.incidents],
            "recalled": [i.to_json() for i in self.recalled],
            "mentions": [m.to_json() for m in self.mentions],
            "warnings": list(self.warnings),
        }
