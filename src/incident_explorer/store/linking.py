"""Whether two reports tell of the same incident: the link decision, with a score and a reason.

In: two ``Side``s (what one report, or an incident, says: type, dates, place, actors).
Out: ``Decision``. Pure: no database, so the benchmark and the store decide alike.

Same event when nothing says otherwise: the same event type; dates that overlap (a relative
date, "Saturday" or "yesterday", may be a day off; a coarse date overlaps as a range); the same
place, or one inside the other within the precision of the coarser; actors, when both name
some, shared. A difference in any of these vetoes the link. What is only compatible (a place
inside the other, a day apart, another sub-event type, a coarse place) lowers the score.
``decide_coded`` does the same for an imported coded event (UCDP GED, ACLED) and a report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from incident_explorer.places.distance import distance_km
from incident_explorer.places.spelling import normalise, skeleton

THRESHOLD = 0.6
# What lowers the score. A coarse place (a governorate, or a city named with nothing finer) sees
# several events a day in a war, so naming it is weak evidence: with nothing else in common
# (actors) it does not link; a day apart or another sub-event type on top of any doubt does not.
_SUB_EVENT_DIFFERS = 0.3
_DAY_APART = 0.15
_COARSE_DATE = 0.3
_COARSE_PLACE = 0.45
_INSIDE_CITY = 0.3
_SAME_ACTORS = 0.1
# ACLED codes a strike or shelling that kills civilians as Explosions/Remote violence; a report
# that calls it a massacre of civilians tells of the same event.
_COMPATIBLE_TYPES = {"Explosions/Remote violence", "Violence against civilians"}
_LARGE_CITY = 100_000  # people: a city this large sees several incidents a day in a war

# How far the place of a coarser report may lie from the finer one it contains, by UCDP
# where_prec (1 exact: a town's extent, 2 within ~25 km, 3 ADM2, 4 ADM1).
_RADIUS_KM = {1: 15.0, 2: 30.0, 3: 80.0, 4: 200.0}
# Two gazetteer entries this close with the same precision are one place named twice.
_SAME_PLACE_KM = 0.5
_RELATIVE_DATE = re.compile(
    r"\b(?:yesterday|today|tonight|last night|this morning|publication|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|earlier)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Side:
    """What one report (or an incident) says, as far as linking goes."""

    event_type: str
    sub_event_type: str
    event_date: date | None
    date_end: date | None
    date_prec: int
    relative_date: bool
    location: str
    place_source: str | None
    where_prec: int
    latitude: float | None
    longitude: float | None
    admin1: str
    actors: frozenset[str]
    population: int = 0  # of the place, when the gazetteer knows it

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Side:
        """From an incidents row or a report's record (JSON-decoded, dates as date or ISO text)."""
        extra = row.get("extra") or "{}"
        extra = json.loads(extra) if isinstance(extra, str) else extra
        actors = extra.get("actors") if isinstance(extra, dict) else None
        if not actors:
            actors = [a for a in (row.get("actor1"), row.get("actor2")) if a]
        reason = extra.get("date_reason", "") if isinstance(extra, dict) else ""
        population = extra.get("place_population", 0) if isinstance(extra, dict) else 0
        return cls(
            event_type=row.get("event_type") or "",
            sub_event_type=row.get("sub_event_type") or "",
            event_date=_day(row.get("event_date")),
            date_end=_day(row.get("date_end")),
            date_prec=int(row.get("date_prec") or 1),
            relative_date=bool(_RELATIVE_DATE.search(reason or "")),
            location=row.get("location") or "",
            place_source=row.get("place_source"),
            where_prec=int(row.get("where_prec") or 6),
            latitude=row.get("latitude"),
            longitude=row.get("longitude"),
            admin1=row.get("admin1") or "",
            actors=frozenset(str(a) for a in actors),
            population=int(population or 0),
        )


@dataclass(frozen=True, slots=True)
class Decision:
    link: bool
    score: float
    reason: str


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def decide(new: Side, old: Side) -> Decision:
    """Is ``new`` a report of the incident ``old``? Vetoes first, then the score."""
    reasons: list[str] = []
    score = 1.0
    types = {new.event_type, old.event_type}
    if new.event_type and old.event_type and new.event_type != old.event_type:
        if types != _COMPATIBLE_TYPES:
            return Decision(False, 0.0, f"different event types ({new.event_type} / {old.event_type})")
        score -= _SUB_EVENT_DIFFERS
        reasons.append(f"compatible event types ({new.event_type} / {old.event_type})")
    elif new.sub_event_type and old.sub_event_type and new.sub_event_type != old.sub_event_type:
        score -= _SUB_EVENT_DIFFERS
        reasons.append(f"sub-event types differ ({new.sub_event_type} / {old.sub_event_type})")
    dated = _dates(new, old)
    if isinstance(dated, Decision):
        return dated
    score -= dated[0]
    reasons.append(dated[1])
    placed = _places(new, old)
    if isinstance(placed, Decision):
        return placed
    score -= placed[0]
    reasons.append(placed[1])
    if new.actors and old.actors and not new.actors & old.actors:
        return Decision(
            False,
            0.0,
            f"different actors ({', '.join(sorted(new.actors))} / {', '.join(sorted(old.actors))})",
        )
    if new.actors & old.actors:
        score += _SAME_ACTORS
        reasons.append("same actors")
    score = round(min(score, 1.0), 2)
    return Decision(score >= THRESHOLD, score, "; ".join(reasons))


def _dates(new: Side, old: Side) -> Decision | tuple[float, str]:
    if new.event_date is None or old.event_date is None:
        return Decision(False, 0.0, "no date to compare")
    a0, a1 = new.event_date, new.date_end or new.event_date
    b0, b1 = old.event_date, old.date_end or old.event_date
    coarse = max(new.date_prec, old.date_prec) >= 4  # a month or coarser: only a range
    penalty = _COARSE_DATE if coarse else 0.0
    if a0 <= b1 and b0 <= a1:
        return penalty, "dates overlap" if coarse else "same date"
    slack = timedelta(days=1)
    if (new.relative_date or old.relative_date) and a0 - slack <= b1 and b0 - slack <= a1:
        return penalty + _DAY_APART, "dates a day apart (a relative date)"
    return Decision(False, 0.0, f"different dates ({a0.isoformat()} / {b0.isoformat()})")


def _depth(location: str) -> int:
    return len([p for p in location.split(", ") if p])


def _coarse(s: Side) -> bool:
    """A governorate or district, a large city, or a place named directly under its country (a
    city that gives its name to its governorate): too large for the name alone to tell events
    apart."""
    parts = [p for p in s.location.split(", ") if p]
    seat = len(parts) >= 3 and skeleton(normalise(parts[0])) == skeleton(normalise(parts[1]))
    return s.where_prec >= 3 or len(parts) <= 2 or seat or s.population >= _LARGE_CITY


def _places(new: Side, old: Side) -> Decision | tuple[float, str]:
    if new.where_prec >= 5 or old.where_prec >= 5 or new.latitude is None or old.latitude is None:
        return Decision(False, 0.0, "a place too coarse to link (country or larger)")
    assert new.longitude is not None and old.longitude is not None
    km = distance_km(new.latitude, new.longitude, old.latitude, old.longitude)
    if (new.place_source and new.place_source == old.place_source) or (
        new.location and new.location.lower() == old.location.lower()
    ):
        if _coarse(new) or _coarse(old):
            return _COARSE_PLACE, f"same coarse place ({old.location})"
        return 0.0, f"same place ({old.location})"
    if new.where_prec == old.where_prec and _depth(new.location) == _depth(old.location):
        if km <= _SAME_PLACE_KM:
            return 0.1, f"same place named twice ({new.location} / {old.location}, {km:.1f} km)"
        return Decision(False, 0.0, f"different places ({new.location} / {old.location})")
    fine, coarse = sorted((new, old), key=lambda s: (-s.where_prec, _depth(s.location)), reverse=True)
    inside = fine.location.lower().endswith(", " + coarse.location.lower()) or (
        coarse.where_prec >= 3 and bool(coarse.admin1) and coarse.admin1 == fine.admin1
    )
    if inside and km <= _RADIUS_KM.get(coarse.where_prec, 0.0):
        penalty = _COARSE_PLACE if _coarse(coarse) else _INSIDE_CITY
        return penalty, f"{fine.location} lies in {coarse.location}"
    return Decision(False, 0.0, f"different places ({new.location} / {old.location})")


@dataclass(frozen=True, slots=True)
class Choice:
    """The incident a report joins (None: a new one) and why."""

    incident_id: str | None
    score: float | None
    reason: str


def choose(new: Side, candidates: Iterable[tuple[str, Side]]) -> Choice:
    """The best-scoring incident that links; none when two different incidents tie at the top
    (a report of "Homs" when Ghota and Mahatta both lie in Homs: joining either would guess)."""
    scored = [(d.score, ident, d) for ident, side in candidates if (d := decide(new, side)).link]
    if not scored:
        return Choice(None, None, "new incident: no stored incident is the same event")
    scored.sort(key=lambda x: (-x[0], x[1]))
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return Choice(
            None,
            None,
            f"new incident: as close to {scored[0][1]} as to {scored[1][1]} ({scored[0][2].reason})",
        )
    best = scored[0]
    return Choice(best[1], best[0], best[2].reason)


# Coded datasets type events by UCDP's kinds of violence; which ACLED-style types each may be.
_CODED_TYPES = {
    "State-based conflict": {"Battles", "Explosions/Remote violence"},
    "Non-state conflict": {"Battles", "Explosions/Remote violence"},
    "One-sided violence": {"Violence against civilians", "Explosions/Remote violence"},
}


def decide_coded(report: Side, coded: Side) -> Decision:
    """Is the coded event (UCDP GED, ACLED) the incident the reports tell of? The same date
    rules; the type compatible (UCDP's kinds of violence map to several of ours); the places
    within the coarser's extent by distance (a coded place is a point and a precision, not a
    named hierarchy). Actors are not compared: coders name sides in their own vocabulary."""
    allowed = _CODED_TYPES.get(coded.event_type)
    if coded.event_type and report.event_type and report.event_type not in (allowed or {coded.event_type}):
        return Decision(False, 0.0, f"different event types ({report.event_type} / {coded.event_type})")
    if coded.sub_event_type and report.sub_event_type and coded.sub_event_type != report.sub_event_type:
        return Decision(
            False, 0.0, f"sub-event types differ ({report.sub_event_type} / {coded.sub_event_type})"
        )
    dated = _dates(report, coded)
    if isinstance(dated, Decision):
        return dated
    if report.latitude is None or coded.latitude is None or max(report.where_prec, coded.where_prec) >= 5:
        return Decision(False, 0.0, "a place too coarse to link (country or larger)")
    assert report.longitude is not None and coded.longitude is not None
    km = distance_km(report.latitude, report.longitude, coded.latitude, coded.longitude)
    coarser = max(report.where_prec, coded.where_prec)
    if km > _RADIUS_KM.get(coarser, 0.0):
        return Decision(False, 0.0, f"different places ({km:.0f} km apart)")
    score = 1.0 - dated[0] - (0.0 if km <= 5 and coarser <= 2 else _COARSE_PLACE)
    reason = f"{dated[1]}; {km:.1f} km apart (where_prec {coded.where_prec})"
    return Decision(score >= THRESHOLD, round(score, 2), reason)
