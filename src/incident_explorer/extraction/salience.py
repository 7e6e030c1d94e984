"""Which of a report's placed incidents it really reports: a small learned model over readable features.

The rules give each place mention a role one phrase at a time; a short report often keeps a
second incident at a place where nothing happened that day (the town the wounded were taken to,
the province around the town, the regional capital as a landmark, an earlier attack with its own
date). The model weighs, for each placed incident of a report with several, what the whole report
says of its place (``FEATURES``: told in the headline, how often named, also set aside in another
role, enclosing or near the report's other places, its own date and toll, a later day than the
first incident's). A logistic regression
trained by benchmarks/train_event_model.py on our wire reports and UCDP headlines; its weights
are data/event-model.json, read here with plain Python.

A report's strongest incident always stays, as does a place inside another incident's on the
report's first day (a town is never dropped for its province or country), and every incident of
a report with one placed incident or of a round-up (``_ROUND_UP`` placed incidents or more at
different places or days). Another incident scored below the threshold is dropped; its place's
event mentions become ``mentioned`` with the score and the features that weighed most in their
reason, and each kept incident's place reason says the same.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from incident_explorer import compiled_re as re
from incident_explorer.extraction.dates import NARRATIVE, recent_before
from incident_explorer.extraction.event_places import rules_reason
from incident_explorer.extraction.grouping import LEVEL
from incident_explorer.extraction.incidents import (
    FILED_FROM,
    INHERITED,
    NEWS_OF_ITS_DAYS,
    TOLD_WITH_CONSEQUENCE,
)
from incident_explorer.extraction.results import Extraction, Incident, Mention
from incident_explorer.extraction.roles import DATELINE, ENCLOSES, EVENT, MENTIONED, ONLY_PLACE, OPENS
from incident_explorer.places.distance import distance_km
from incident_explorer.places.place import Feature, Place
from incident_explorer.settings import Settings
from incident_explorer.weights import logistic, read_weights, strongest

MODEL_FILE = "event-model.json"
# A report with this many placed incidents is a round-up (SOHR's or UCDP's day): each is news.
_ROUND_UP = 5
_NEAR_KM = 30.0
# a province or district (a named area such as the Eastern Ghouta is a place of its own)
_ADMIN = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.ADMIN3})
_BIG_TOWN = 100_000
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_DIRECTION = frozenset({"to", "towards", "toward", "into", "from"})
_TARGET = frozenset({"on", "at", "against", "targeting", "hit", "struck", "shelled", "bombed"})
_NEAR = frozenset({"near", "outskirts", "around", "vicinity", "countryside"})
_AREA = re.compile(r"\W{0,3}(?:region|province|governorate|countryside|desert)\b", re.IGNORECASE)
# a first-level unit named with its kind word, as the spotter reads it ("Idlib province")
_UNIT_NAMED = re.compile(r"\W{0,3}(?:province|governorate)\b", re.IGNORECASE)
# "after", "in response to", "had seized": an earlier act told before the place, whatever its
# case ("After militants stormed X ..." opens a sentence). The "had" of what someone said stays a
# cue: "the ministry said its jets had destroyed depots used for attacks on X" tells earlier acts
# as often as the report's own ("the army said it had targeted X"), and the wire reports' side
# places are more often the former.
_EARLIER_CUE = re.compile(r"\b(?:after|following|in response to|in retaliation for|had)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:[.!?]\s|\n)(?!.*(?:[.!?]\s|\n))", re.DOTALL)
# where the fire came from, not where it fell ("the shells came from army positions in X", "forces
# stationed in X shelled the area", "stormed the village from the direction of X")
_FIRE_FROM = re.compile(
    r"\b(?:(?:fired|launched|came|coming|attacked|stormed)\b[^.;]{0,60}?\bfrom|stationed|deployed|based|"
    r"positioned|entrenched|holed\s+up)\b(?:\s+the\s+direction\s+of)?"
    # up to six words to the place, none of them a verb of the attack or 'on', 'at' (its target)
    r"(?:\s+(?!(?:hit|hits|targeted|targeting|struck|shelled|pounded|killed|on|onto|at)\b)[\w\u2019'-]+){0,6}"
    r"\s+$",
    re.IGNORECASE,
)
# where someone spoke: "a police spokesman in X said", "officials in X", "state media in X",
# "a statement from X", "X said"
_SPEAKER_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|officials?|ministry|government|governor|command|headquarters|media|"
    r"statement|authorities|presidency|army|military|police|source|sources|correspondent|envoy)\s+"
    r"(?:[\w\u2019'-]+\s+){0,2}?(?:in|from)\s+(?:the\s+)?$"
    r"|\b(?:said|told|speaking|reporting)\s+(?:\w+\s+){0,2}?(?:in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SPEAKER_AFTER = re.compile(
    r"^(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+(?:said|says|told|announced|accused|condemned|denied|claimed)\b"
)

# The evidence the model weighs for one placed incident (1 when true, else 0).
FEATURES = (
    "headline_event",  # its place is told as an event's place in the headline
    "headline_named",  # its place is named in the headline (in any role)
    "lead_event",  # told as an event's place in the first three sentences
    "named_twice",  # its place is named twice or more
    "event_twice",  # told as an event's place twice or more
    "set_aside_too",  # also named in another role: a destination, an origin, a venue, earlier
    "dateline",  # the report's dateline names it
    "inherited",  # not named in its sentence: taken from the preceding text
    "filed_from",  # the report names no finer place: where it was filed from
    "country",  # a country
    "admin",  # a province or district
    "big_town",  # a town of 100,000 people or more
    "has_toll",  # a number killed or wounded goes with it
    "date_in_text",  # its date is told in the text (not the publication's)
    "date_coarse",  # its date is a month or coarser
    "date_not_first",  # its date differs from that of the incident told first
    "date_week_before",  # its date lies more than a week before publication
    "named_as_area",  # a town named as an area ('X region', 'X countryside') or a province named so
    "earlier_cue",  # its clause tells an earlier act ('after', 'had seized'), with no recent day of its own
    "encloses_other",  # another incident's place lies inside it
    "inside_other",  # it lies inside another incident's place (never dropped for it)
    "near_other",  # another incident's place (a different one) lies within 30 km
    "told_first",  # its place is told as an event's place before any other incident's
    "other_in_headline",  # another incident's place is the headline's event place, not this one
    "shares_event",  # the same event (event group) as another placed incident
    "after_direction",  # its first event mention follows 'to', 'into', 'from'
    "after_target",  # its first event mention follows 'on', 'at', 'against', 'hit'
    "after_near",  # its first event mention follows 'near', 'outskirts', 'around'
    "only_place",  # the only place named in a sentence that reports violence
    "opens_sentence",  # opens a sentence that reports violence ('In X, ...')
    "date_after_first",  # its date lies after that of the incident told first (a reaction, a raid, a rally)
    "fire_from",  # an event mention follows 'came from', 'stationed in', 'from the direction of'
    "speaker_place",  # named where someone spoke: 'a spokesman in X said', 'state media in X'
)

# What each feature says, for the reasons a user reads.
LABELS = {
    "headline_event": "told in the headline",
    "headline_named": "named in the headline",
    "lead_event": "told in the lead",
    "named_twice": "named twice or more",
    "event_twice": "told twice or more",
    "set_aside_too": "also set aside in another role",
    "dateline": "the dateline's place",
    "inherited": "taken from the preceding text",
    "filed_from": "where the report was filed from",
    "country": "a country",
    "admin": "a province or district",
    "big_town": "a large town",
    "has_toll": "a toll goes with it",
    "date_in_text": "its date told in the text",
    "date_coarse": "a month or coarser",
    "date_not_first": "another date than the first incident's",
    "date_week_before": "over a week before publication",
    "named_as_area": "a town or province named as an area",
    "earlier_cue": "told after 'after/in response to/had', no day of its own",
    "encloses_other": "encloses another incident's place",
    "inside_other": "inside another incident's place",
    "near_other": "near another incident's place",
    "told_first": "told before the report's other places",
    "other_in_headline": "the headline tells of another place",
    "shares_event": "one event with another place",
    "after_direction": "after 'to/into/from'",
    "after_target": "after 'on/at/against'",
    "after_near": "after 'near/around'",
    "only_place": "the only place of its sentence",
    "opens_sentence": "opens its sentence",
    "date_after_first": "a later day than the first incident's",
    "fire_from": "where fire came from ('fired from X')",
    "speaker_place": "where someone spoke ('a spokesman in X said')",
}


@dataclass(frozen=True, slots=True)
class EventModel:
    """The weights of ``FEATURES`` (data/event-model.json); ``score`` is the probability that a
    placed incident of a report with several is one the report really reports."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path) -> EventModel:
        return cls(*read_weights(path, "report model", "train_event_model.py", FEATURES))

    def score(self, features: Mapping[str, float]) -> float:
        return logistic(self.bias, self.weights, features)

    def why(self, features: Mapping[str, float], against: bool = False, n: int = 3) -> str:
        """The features that weighed most for keeping it (or, against, for dropping it), signed:
        'told in the lead +2.3, ...'."""
        return strongest(self.weights, LABELS, features, against, n)

    def apply(self, extraction: Extraction) -> Extraction:
        """Drop the weak secondary incidents of a short report (see the module's docstring)."""
        placed = placed_incidents(extraction.incidents)
        if not acts_on(placed):
            return extraction
        rows = incident_features(extraction)
        scores = {id(i): self.score(rows[id(i)]) for i in placed}
        best = max(placed, key=lambda i: scores[id(i)])
        dropped = {
            id(i)
            for i in placed
            if not told_with_its_day(i)
            and keeps(i is best, scores[id(i)], rows[id(i)], self.threshold) is False
        }
        kept: list[Incident] = []
        for i in extraction.incidents:
            if id(i) in dropped:
                continue
            reason = i.place_reason
            if id(i) in scores:
                reason += f"; the report model keeps it ({scores[id(i)]:.2f}: {self.why(rows[id(i)])})"
            kept.append(replace(i, id=_renumber(i.id, len(kept) + 1), place_reason=reason))
        # the earlier events the report recalls were numbered in the same run: number them after
        # the kept incidents, so no id is given twice
        recalled = tuple(
            replace(i, id=_renumber(i.id, len(kept) + n)) for n, i in enumerate(extraction.recalled, 1)
        )
        if not dropped:
            return replace(extraction, incidents=tuple(kept), recalled=recalled)
        still = {i.place_source for i in kept}
        gone = {
            i.place_source: f"{scores[id(i)]:.2f}: {self.why(rows[id(i)], against=True)}"
            for i in placed
            if id(i) in dropped and i.place_source not in still
        }
        mentions = tuple(
            replace(
                m, role=MENTIONED, reason=f"{m.reason}; but the report model weighs it a side place ({why})"
            )
            if m.role == EVENT and m.candidate and (why := gone.get(m.candidate.place.source_id))
            else m
            for m in extraction.mentions
        )
        return replace(extraction, incidents=tuple(kept), recalled=recalled, mentions=mentions)


def told_with_its_day(i: Incident) -> bool:
    """An earlier event the rules set aside but that the report tells with a day of its own in
    its last few days (incidents.NEWS_OF_ITS_DAYS), or with a day and a consequence of its own
    however long before (incidents.TOLD_WITH_CONSEQUENCE): a second event, never dropped; the weights,
    learnt from places told as events, know nothing of its set-aside mention."""
    return i.date_reason.endswith((NEWS_OF_ITS_DAYS, TOLD_WITH_CONSEQUENCE))


def keeps(best: bool, score: float, features: Mapping[str, float], threshold: float) -> bool:
    """The decision for one placed incident of a report the model acts on: the best stays, as
    does a place inside another incident's told for the same day (a town is never dropped for
    its province or country: the finer place of one event); another stays when it scores at
    least the threshold. A town inside a province's incident but on another day than the
    report's first incident is an event of its own, weighed as any other ("clashes in North
    Darfur on Monday ... leaders met the security committee in El Fasher on Tuesday")."""
    sheltered = features["inside_other"] and not features["date_not_first"]
    return best or bool(sheltered) or _told_in_full(features) or score >= threshold


def _told_in_full(features: Mapping[str, float]) -> bool:
    """An event told with a day of its own and a toll of its own ("On Thursday, gunmen shot dead
    three soldiers in Turbat"), or with a toll in a sentence that opens with its place (not the
    dateline's), or with a toll in the lead and no day of its own, is a second event of the
    report, whatever else it weighs: the wire set's gold names few second events, nearly all
    dated or near the first, so the weights never learnt to keep one told otherwise."""
    return bool(
        features["has_toll"]
        and (
            features["date_in_text"]
            and features["date_not_first"]
            # ... or in a sentence of its own that opens with its place ("In Abu Ghraib, gunmen
            # opened fire on a checkpoint in the evening, killing two soldiers"), not the
            # dateline's, where the wounded are treated and officials speak ("In Mogadishu,
            # doctors treated eight wounded")
            or features["opens_sentence"]
            and not features["dateline"]
            # ... or in the lead with no day of its own, so dated as published, not the first
            # incident's day ("... on Friday, killing eight. A roadside bomb killed three soldiers in
            # Spin Boldak"), unless its place is also set aside in another role (the town the
            # wounded were taken to) or is the dateline's
            or features["lead_event"]
            and not features["date_in_text"]
            and not features["set_aside_too"]
            and not features["dateline"]
        )
    )


def _renumber(old: str, number: int) -> str:
    head, _, _ = old.rpartition("-")
    return f"{head}-{number:02d}" if head else old


@functools.cache
def default_model() -> EventModel:
    return EventModel.load(Settings.from_env().data_dir / MODEL_FILE)


def acts_on(placed: list[Incident]) -> bool:
    """The model weighs a report's placed incidents when it has two or more and fewer than
    ``_ROUND_UP`` of them at different places or days: a round-up is told by its places and days,
    not by how often one incident is told again (one town's strike named in the headline, the lead
    and a later line, a town beside it and one across the border are three, not a day's round-up;
    one town struck on three days and two others are five)."""
    return len(placed) >= 2 and len({(i.place_source, i.event_date) for i in placed}) < _ROUND_UP


def placed_incidents(incidents: tuple[Incident, ...]) -> list[Incident]:
    return [i for i in incidents if i.latitude is not None and i.longitude is not None and i.place_source]


def incident_features(extraction: Extraction) -> dict[int, dict[str, float]]:
    """The features of each placed incident (by id()), as the model and its training read them."""
    placed = placed_incidents(extraction.incidents)
    if not placed:
        return {}
    text = extraction.article.text
    published = extraction.article.published
    by_place: dict[str, list[Mention]] = {}
    for m in extraction.mentions:
        if m.candidate is not None:
            by_place.setdefault(m.candidate.place.source_id, []).append(m)
    feature = {
        m.candidate.place.source_id: m.candidate.place for ms in by_place.values() for m in ms if m.candidate
    }

    def first_event(source: str) -> Mention | None:
        return next((m for m in by_place.get(source, []) if m.role == EVENT), None)

    firsts = {i.place_source: first_event(i.place_source or "") for i in placed}
    order = sorted((m.start, s) for s, m in firsts.items() if m is not None)
    told_first = order[0][1] if order else None
    headline_events = {s for s, m in firsts.items() if m is not None and m.sentence == 0}
    first_incident = min(
        placed, key=lambda i: m.start if (m := firsts.get(i.place_source)) is not None else len(text) + 1
    )

    def day(i: Incident) -> date | None:
        # the model was trained with a dayless past-tense sentence dated to publication, before
        # `dates.narrative_day` gave it the day told before it: it reads the day it learnt from
        return published if carried(i) else i.event_date

    out: dict[int, dict[str, float]] = {}
    for i in placed:
        source = i.place_source or ""
        own = by_place.get(source, [])
        events = [m for m in own if m.role == EVENT]
        first = events[0] if events else None
        place = feature.get(source)
        before = _WORD_BEFORE.search(text[max(0, first.start - 30) : first.start]) if first else None
        word = before.group(1).lower() if before else ""
        others = [j for j in placed if j is not i and j.place_source != source]
        f = {
            "headline_event": any(m.sentence == 0 for m in events),
            "headline_named": any(m.sentence == 0 and not _context(m) for m in own),
            "lead_event": any(m.sentence <= 2 for m in events),
            "named_twice": len(own) >= 2,
            "event_twice": len(events) >= 2,
            "set_aside_too": any(m.role not in (EVENT, DATELINE) and not _context(m) for m in own),
            "dateline": any(m.role == DATELINE for m in own),
            "inherited": i.place_reason.startswith(INHERITED),
            "filed_from": i.place_reason.startswith(FILED_FROM),
            "country": place is not None and place.feature is Feature.COUNTRY,
            "admin": place is not None and place.feature in _ADMIN,
            "big_town": place is not None and place.feature is Feature.CITY and place.population >= _BIG_TOWN,
            "has_toll": i.fatalities.low is not None or i.wounded.low is not None,
            "date_in_text": not i.date_reason.startswith("no date in the text") and not carried(i),
            "date_coarse": i.date_prec >= 3,
            "date_not_first": day(i) != day(first_incident),
            "date_week_before": _later(published - timedelta(days=7) if published else None, day(i)),
            "named_as_area": _named_as_area(place, text, own, events),
            "earlier_cue": first is not None
            and bool(_EARLIER_CUE.search(_clause_before(text, first.start)))
            and not _own_recent_day(i, first_incident),
            "encloses_other": any(_inside(j, i, feature) for j in others),
            "inside_other": any(_inside(i, j, feature) for j in others),
            "near_other": any(
                _near(i, j) and not _inside(i, j, feature) and not _inside(j, i, feature) for j in others
            ),
            "told_first": source == told_first,
            "other_in_headline": bool(headline_events - {source}) and source not in headline_events,
            "shares_event": any(j.event_group == i.event_group for j in others),
            "after_direction": word in _DIRECTION,
            "after_target": word in _TARGET,
            "after_near": word in _NEAR,
            "only_place": first is not None and rules_reason(first.reason) == ONLY_PLACE,
            "opens_sentence": first is not None and rules_reason(first.reason) == OPENS,
            "date_after_first": _later(day(i), day(first_incident)),
            "fire_from": any(_FIRE_FROM.search(_clause_before(text, m.start)) for m in events),
            "speaker_place": any(_spoken_at(text, m) for m in own),
        }
        out[id(i)] = {k: float(f[k]) for k in FEATURES}
    return out


def _named_as_area(place: Place | None, text: str, own: list[Mention], events: list[Mention]) -> bool:
    """A town named as an area ("elsewhere in the Latakia countryside", "across the Hasakah region"),
    or a first-level unit named as such where an event is told ("in other parts of Deir Ezzor
    province"): since the spotter reads "X province" as the unit, not the town of its name, the
    province the feature read as a town before is the unit, and told as an area all the same (a
    second-level unit, a country or a town not so named is not; nor "X state", never an area
    word here, so the states the weights were learnt from read as before)."""
    if place is None or place.feature is Feature.COUNTRY:
        return False
    if place.feature is Feature.ADMIN1:
        # (told so as an event's place: not "the governor of X province said" beside "attacked
        # posts in X", nor "in the Y district of X province" where the gazetteer lacks Y and the
        # province stands in for it)
        return any(_UNIT_NAMED.match(text, m.end) for m in events)
    return place.feature not in _ADMIN and any(_AREA.match(text, m.end) for m in own)


def _later(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and a > b


def carried(i: Incident) -> bool:
    """Its day is carried from the sentence before (`dates.narrative_day`), not told for it."""
    return NARRATIVE in i.date_reason


def _own_recent_day(i: Incident, first: Incident) -> bool:
    """Its day is told in the text, a day of its own, and lies less than ``RECALLED_DAYS`` before
    the report's first incident ("after militants stormed X on Monday", "had struck Y a day
    earlier"): news of the last few days, a second event of the report, not background (the
    wire set's rule since the seventeenth session)."""
    return bool(
        not i.date_reason.startswith("no date in the text")
        and not carried(i)
        and i.date_prec == 1
        and i.event_date
        and first.event_date
        and recent_before(i.event_date, first.event_date)
    )


def _clause_before(text: str, start: int) -> str:
    """The text of its sentence before a mention."""
    head = text[max(0, start - 200) : start]
    cut = _SENTENCE_START.search(head)
    return head[cut.end() :] if cut else head


def _spoken_at(text: str, m: Mention) -> bool:
    """The mention names where someone spoke ("a police spokesman in X said", "state media in X",
    "X said"), whatever role the rules gave it."""
    return bool(
        _SPEAKER_BEFORE.search(text[max(0, m.start - 60) : m.start]) or _SPEAKER_AFTER.match(text, m.end)
    )


def _context(m: Mention) -> bool:
    """A role that says nothing against the place being the event's: the enclosing unit of a
    finer place or the town it lies near, a clause with no violence, a sentence with no incident."""
    return m.role == MENTIONED and (
        "encloses" in m.reason
        or ENCLOSES in m.reason
        or "reports no violence" in m.reason
        or "no incident" in m.reason
    )


def _near(a: Incident, b: Incident) -> bool:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return False
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= _NEAR_KM


def _inside(fine: Incident, coarse: Incident, places: Mapping[str, Place]) -> bool:
    """The finer incident's place lies inside the coarser one's unit (its country, or its
    province or district by name)."""
    pf, pc = places.get(fine.place_source or ""), places.get(coarse.place_source or "")
    if (
        pf is None
        or pc is None
        or LEVEL[pc.feature] <= LEVEL[pf.feature]
        or pc.country_code != pf.country_code
    ):
        return False
    if pc.feature is Feature.COUNTRY:
        return True
    if pc.feature is Feature.ADMIN1 and pc.admin1 and pc.admin1 == pf.admin1:
        return True
    return pc.name in (pf.admin1, pf.admin2, pf.parent)
