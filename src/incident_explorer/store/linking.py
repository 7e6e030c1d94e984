"""Whether two reports tell of the same incident: the link decision, with a score and a reason.

In: two ``Side``s (what one report, or an incident, says: type, dates, place, actors).
Out: ``Decision``. Pure: no database, so the benchmark and the store decide alike.

Same event when nothing says otherwise: event types of one ACLED family (political violence:
battles, explosions, violence against civilians; demonstrations: protests, riots); dates that
overlap (a relative date, "Saturday" or "yesterday", may be a day off; a coarse date overlaps
as a range); the same place, or one inside the other within the precision of the
coarser (by the location's hierarchy or the governorate both lie in, however each source spells
it); actors, when both name some, shared. A difference in any of these vetoes the link. What is
only compatible (another type of the family, a place inside the other, a day apart, another
sub-event type, a coarse place) is weighed with the evidence (shared uncommon words and
how much they weigh, the same or other killed figures, the same actors) into the score.
``decide_coded`` does the same for an imported coded event (UCDP GED, ACLED) and a report.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from incident_explorer.places.distance import distance_km
from incident_explorer.places.spelling import normalise, skeleton
from incident_explorer.settings import Settings
from incident_explorer.weights import logistic, read_model

# The weights of the evidence (a logistic regression over the named features below, trained on
# UCDP GED 2016-2017 by benchmarks/train_linking.py) and the uncommon-word weights (IDF over the
# same headlines): data/linking-model.json.
MODEL_FILE = "linking-model.json"
# ACLED codes a strike or shelling that kills civilians as Explosions/Remote violence; a report
# that calls it a massacre of civilians tells of the same event.
_COMPATIBLE_TYPES = {"Explosions/Remote violence", "Violence against civilians"}
# ACLED's event families: two reports may type one incident differently within a family (a
# headline's "killed in clashes" and "killed in shelling" of one day's fighting), never across.
_FAMILY = {
    "Battles": "political violence",
    "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic developments",
}
# How far apart two reports' dates may lie and still be compared (a relative date a day off): the
# store looks for candidates this far either side of a report's dates.
DATE_WINDOW = timedelta(days=1)
_LARGE_CITY = 100_000  # people: a city this large sees several incidents a day in a war

# How far the place of a coarser report may lie from the finer one it contains, by UCDP
# where_prec (1 exact: a town's extent, 2 within ~25 km, 3 ADM2, 4 ADM1).
_RADIUS_KM = {1: 15.0, 2: 30.0, 3: 80.0, 4: 200.0}
# Two gazetteer entries this close with the same precision are one place named twice.
_SAME_PLACE_KM = 0.5
# A date the text gives relative to the publication ("yesterday", "Saturday"): it may be a day
# off. A report with no date in its text, dated by its publication, is not one: measured on UCDP
# headline pairs, letting those be a day off linked more reports of a place's fighting on the
# next day (UCDP codes each day apart) than follow-ups of one event (README, linking).
_RELATIVE_DATE = re.compile(
    r"\b(?:yesterday|today|tonight|last night|this morning|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|earlier)\b",
    re.I,
)
# Two candidates scored this close: the report could be either; it starts its own.
_TIE = 0.05
_WORD = re.compile(r"[^\W\d_]{3,}")
# A figure this small ("1 killed", "2 wounded") is said of many incidents a day: no evidence.
_TELLING_FIGURE = 3
# A word in fewer than 1 in 20 headlines (IDF 3) is worth naming in a reason; the rest count only.
_TELLING_WORD = 3.0
# The evidence the score weighs, beyond the vetoes (each 0 when absent; the reference is the
# same type and sub-event type, the same day and the same town or neighbourhood):
FEATURES = (
    "sub_event_differs",  # the same event type, another sub-event type
    "types_compatible",  # Explosions/Remote violence and Violence against civilians
    "types_in_family",  # Battles and one of those two (ACLED's political violence family)
    "day_apart",  # a relative date one day off
    "coarse_date",  # a month or coarser, overlapping as a range
    "coarse_place",  # the same governorate or large city on both sides
    "inside_town",  # one place inside a town named by the other
    "inside_coarse",  # one place inside a governorate or large city named by the other
    "same_name",  # the same place name, placed at different levels or entries
    "same_figure",  # the same number killed in both (3 or more)
    "figures_differ",  # both give a number killed (3 or more), none the same
    "shared_words",  # the share of the uncommon words of the shorter report found in the other
    "shared_weight",  # how much the shared words weigh: log(1 + their IDF sum) / 5 (two articles
    # sharing twenty uncommon words say more than two headlines sharing two)
    "same_actors",  # an actor named by both
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
    words: frozenset[str] = frozenset()  # of the text the report was read from (its evidence)
    figures: frozenset[int] = frozenset()  # killed: low, best, high

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
        spans = row.get("evidence") or "[]"
        spans = json.loads(spans) if isinstance(spans, str) else spans
        text = " ".join(str(s.get("text", "")) for s in spans if isinstance(s, dict))
        killed = (row.get("fatalities_low"), row.get("fatalities_best"), row.get("fatalities_high"))
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
            words=words(text),
            figures=frozenset(int(n) for n in killed if n),
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


@dataclass(frozen=True, slots=True)
class Model:
    """The weights of the evidence and of the words (see MODEL_FILE); ``score`` is the
    probability that two reports that nothing vetoes tell of one event."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    idf: Mapping[str, float]
    unseen_idf: float  # a word the training headlines never used is as telling as the rarest

    @classmethod
    def load(cls, path: Path) -> Model:
        return read_model(
            path,
            "linking model",
            "train_linking.py",
            lambda raw: cls(
                weights={k: float(raw["weights"][k]) for k in FEATURES},
                bias=float(raw["bias"]),
                threshold=float(raw["threshold"]),
                idf={str(k): float(v) for k, v in raw["idf"].items()},
                unseen_idf=float(raw["unseen_idf"]),
            ),
        )

    def weight(self, word: str) -> float:
        return self.idf.get(word, self.unseen_idf)

    def score(self, features: Mapping[str, float]) -> float:
        return logistic(self.bias, self.weights, features)


@functools.cache
def default_model() -> Model:
    return Model.load(Settings.from_env().data_dir / MODEL_FILE)


def words(text: str) -> frozenset[str]:
    """The words of a text as linking compares them (name keys: case, accents, "al-" aside)."""
    return frozenset(w for t in _WORD.findall(text) if len(w := normalise(t)) >= 3)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What two reports have in common, once nothing vetoes the link: the named features
    (``FEATURES``) and a readable account of each."""

    features: Mapping[str, float]
    reasons: tuple[str, ...]


def evidence(new: Side, old: Side, model: Model | None = None) -> Decision | Evidence:
    """The vetoes (a different type, date, place or actors, or a place no finer than a country),
    else the features the score weighs."""
    model = model or default_model()
    f: dict[str, float] = {}
    reasons: list[str] = []
    if veto := _types_veto(new, old):
        return veto
    if new.event_type and old.event_type and new.event_type != old.event_type:
        pair = f"{new.event_type} / {old.event_type}"
        if {new.event_type, old.event_type} == _COMPATIBLE_TYPES:
            f["types_compatible"] = 1.0
            reasons.append(f"compatible event types ({pair})")
        else:
            f["types_in_family"] = 1.0
            reasons.append(f"event types of one family ({pair})")
    elif new.sub_event_type and old.sub_event_type and new.sub_event_type != old.sub_event_type:
        f["sub_event_differs"] = 1.0
        reasons.append(f"sub-event types differ ({new.sub_event_type} / {old.sub_event_type})")
    for part in (dates(new, old), places(new, old)):
        if isinstance(part, Decision):
            return part
        f.update(part[0])
        reasons.append(part[1])
    if veto := _actors_veto(new, old):
        return veto
    if new.actors & old.actors:
        f["same_actors"] = 1.0
        reasons.append("same actors")
    figures = {n for n in new.figures & old.figures if n >= _TELLING_FIGURE}
    if figures:
        f["same_figure"] = 1.0
        reasons.append(f"the same figure ({', '.join(str(n) for n in sorted(figures))} killed)")
    elif any(n >= _TELLING_FIGURE for n in new.figures) and any(n >= _TELLING_FIGURE for n in old.figures):
        f["figures_differ"] = 1.0
        reasons.append(f"other figures ({max(new.figures)} / {max(old.figures)} killed)")
    shared, share = _shared_words(new, old, model)
    if shared:
        f["shared_words"] = share
        f["shared_weight"] = round(math.log1p(sum(model.weight(w) for w in shared)) / 5, 3)
        telling = [w for w in shared if model.weight(w) >= _TELLING_WORD][:4] or shared[:1]
        reasons.append(
            f"shared words {', '.join(telling)}{', ...' if len(shared) > len(telling) else ''} ({share:.0%})"
        )
    return Evidence(f, tuple(reasons))


def vetoes(new: Side, old: Side) -> dict[str, Decision]:
    """Every veto that holds for two reports, each checked on its own (empty: none does), by
    what differs: "event type", "date", "place", "actors". ``evidence`` stops at the first; this
    tells all the reasons a link was not made."""
    found = {"event type": _types_veto(new, old)}
    for name, part in (("date", dates(new, old)), ("place", places(new, old))):
        found[name] = part if isinstance(part, Decision) else None
    found["actors"] = _actors_veto(new, old)
    return {name: veto for name, veto in found.items() if veto is not None}


def _types_veto(new: Side, old: Side) -> Decision | None:
    if new.event_type and old.event_type and not types_compatible(new.event_type, old.event_type):
        return Decision(False, 0.0, f"different event types ({new.event_type} / {old.event_type})")
    return None


def _actors_veto(new: Side, old: Side) -> Decision | None:
    if new.actors and old.actors and not new.actors & old.actors:
        return Decision(
            False,
            0.0,
            f"different actors ({', '.join(sorted(new.actors))} / {', '.join(sorted(old.actors))})",
        )
    return None


def decide(new: Side, old: Side, model: Model | None = None) -> Decision:
    """Is ``new`` a report of the incident ``old``? Vetoes first, then the evidence weighed."""
    model = model or default_model()
    found = evidence(new, old, model)
    if isinstance(found, Decision):
        return found
    score = round(model.score(found.features), 2)
    return Decision(score >= model.threshold, score, "; ".join(found.reasons))


def _shared_words(new: Side, old: Side, model: Model) -> tuple[list[str], float]:
    """The uncommon words both texts use (place names aside: the place is weighed on its own),
    most telling first, and their weight as a share of the shorter text's."""
    named = words(f"{new.location} {old.location}")
    a, b = new.words - named, old.words - named
    total = min(sum(model.weight(w) for w in a), sum(model.weight(w) for w in b))
    both = sorted(a & b, key=lambda w: (-model.weight(w), w))
    if not both or total <= 0:
        return [], 0.0
    return both, round(sum(model.weight(w) for w in both) / total, 3)


def dates(new: Side, old: Side) -> Decision | tuple[dict[str, float], str]:
    """Whether two dates may be one incident's (a veto, or the date features and their account)."""
    if new.event_date is None or old.event_date is None:
        return Decision(False, 0.0, "no date to compare")
    a0, a1 = new.event_date, new.date_end or new.event_date
    b0, b1 = old.event_date, old.date_end or old.event_date
    coarse = max(new.date_prec, old.date_prec) >= 4  # a month or coarser: only a range
    f = {"coarse_date": 1.0} if coarse else {}
    if a0 <= b1 and b0 <= a1:
        return f, "dates overlap" if coarse else "same date"
    slack = DATE_WINDOW
    if (new.relative_date or old.relative_date) and a0 - slack <= b1 and b0 - slack <= a1:
        return {**f, "day_apart": 1.0}, "dates a day apart (a relative date)"
    return Decision(False, 0.0, f"different dates ({a0.isoformat()} / {b0.isoformat()})")


def types_compatible(a: str, b: str) -> bool:
    """Two event types one incident may be given by two reports."""
    return a == b or (a in _FAMILY and _FAMILY.get(a) == _FAMILY.get(b))


def admin1_key(s: Side) -> str:
    """The name key of the governorate (admin1) a place lies in, or is: its ``admin1``, else the
    location's part above the place (a region's record names its governorate only there), else
    the place itself when it is a governorate."""
    parts = [p for p in s.location.split(", ") if p]
    name = s.admin1 or (
        parts[-2] if len(parts) >= 3 else parts[0] if len(parts) == 2 and s.where_prec == 4 else ""
    )
    return skeleton(normalise(name)) if name else ""


def _depth(location: str) -> int:
    return len([p for p in location.split(", ") if p])


def _name(location: str) -> str:
    return skeleton(normalise(location.split(", ")[0]))


def _coarse(s: Side) -> bool:
    """A governorate or district, a large city, or a place named directly under its country (a
    city that gives its name to its governorate): too large for the name alone to tell events
    apart."""
    parts = [p for p in s.location.split(", ") if p]
    seat = len(parts) >= 3 and skeleton(normalise(parts[0])) == skeleton(normalise(parts[1]))
    return s.where_prec >= 3 or len(parts) <= 2 or seat or s.population >= _LARGE_CITY


def _seat(s: Side) -> bool:
    """A city that gives its name to its governorate, named with nothing finer."""
    parts = [p for p in s.location.split(", ") if p]
    named = skeleton(normalise(parts[0])) if parts else ""
    return bool(named) and (
        (len(parts) == 2 and named == skeleton(normalise(s.admin1)))
        or (len(parts) >= 3 and named == skeleton(normalise(parts[1])))
    )


def places(new: Side, old: Side) -> Decision | tuple[dict[str, float], str]:
    """Whether two places may be one incident's (a veto, or the place features and their account)."""
    if new.where_prec >= 5 or old.where_prec >= 5 or new.latitude is None or old.latitude is None:
        return Decision(False, 0.0, "a place too coarse to link (country or larger)")
    assert new.longitude is not None and old.longitude is not None
    km = distance_km(new.latitude, new.longitude, old.latitude, old.longitude)
    if (new.place_source and new.place_source == old.place_source) or (
        new.location and new.location.lower() == old.location.lower()
    ):
        if _coarse(new) or _coarse(old):
            return {"coarse_place": 1.0}, f"same coarse place ({old.location})"
        return {}, f"same place ({old.location})"
    if new.where_prec == old.where_prec and _depth(new.location) == _depth(old.location):
        if km <= _SAME_PLACE_KM:
            return {}, f"same place named twice ({new.location} / {old.location}, {km:.1f} km)"
    else:
        fine, coarse = sorted((new, old), key=lambda s: (-s.where_prec, _depth(s.location)), reverse=True)
        inside = fine.location.lower().endswith(", " + coarse.location.lower()) or (
            (coarse.where_prec >= 3 or _seat(coarse))
            and bool(admin1_key(coarse))
            and admin1_key(coarse) == admin1_key(fine)
        )
        # a city named like its governorate and named alone ("shelling on Idlib") may be either
        radius = _RADIUS_KM[4] if _seat(coarse) else _RADIUS_KM.get(coarse.where_prec, 0.0)
        if inside and km <= radius:
            key = "inside_coarse" if _coarse(coarse) else "inside_town"
            return {key: 1.0}, f"{fine.location} lies in {coarse.location}"
    if new.location and _name(new.location) == _name(old.location):
        # one name, geocoded to two entries (a town and its district): the reports name one place
        return {"same_name": 1.0}, f"the same place name ({new.location} / {old.location})"
    return Decision(False, 0.0, f"different places ({new.location} / {old.location})")


@dataclass(frozen=True, slots=True)
class Choice:
    """The incident a report joins (None: a new one) and why."""

    incident_id: str | None
    score: float | None
    reason: str


def choose(new: Side, candidates: Iterable[tuple[str, Side]], model: Model | None = None) -> Choice:
    """The best-scoring incident that links; none when two different incidents come that close
    at the top (a report of "Homs" when Ghota and Mahatta both lie in Homs: joining either would
    guess)."""
    model = model or default_model()
    scored = [(d.score, ident, d) for ident, side in candidates if (d := decide(new, side, model)).link]
    if not scored:
        return Choice(None, None, "new incident: no stored incident is the same event")
    scored.sort(key=lambda x: (-x[0], x[1]))
    if len(scored) > 1 and scored[0][0] - scored[1][0] <= _TIE:
        return Choice(
            None,
            None,
            f"new incident: as close to {scored[0][1]} as to {scored[1][1]} ({scored[0][2].reason})",
        )
    best = scored[0]
    return Choice(best[1], best[0], best[2].reason)


# A coded event has no text to compare: the score is 1 lowered for what is only compatible.
_CODED_PENALTY = {"coarse_date": 0.3, "day_apart": 0.15, "coarse_place": 0.45}
_CODED_THRESHOLD = 0.6
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
    dated = dates(report, coded)
    if isinstance(dated, Decision):
        return dated
    if report.latitude is None or coded.latitude is None or max(report.where_prec, coded.where_prec) >= 5:
        return Decision(False, 0.0, "a place too coarse to link (country or larger)")
    assert report.longitude is not None and coded.longitude is not None
    km = distance_km(report.latitude, report.longitude, coded.latitude, coded.longitude)
    coarser = max(report.where_prec, coded.where_prec)
    if km > _RADIUS_KM.get(coarser, 0.0):
        return Decision(False, 0.0, f"different places ({km:.0f} km apart)")
    penalty = sum(_CODED_PENALTY[k] for k in dated[0])
    score = 1.0 - penalty - (0.0 if km <= 5 and coarser <= 2 else _CODED_PENALTY["coarse_place"])
    reason = f"{dated[1]}; {km:.1f} km apart (where_prec {coded.where_prec})"
    return Decision(score >= _CODED_THRESHOLD, round(score, 2), reason)
