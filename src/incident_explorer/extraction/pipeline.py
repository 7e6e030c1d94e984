"""From article to incidents: mentions, roles, events, dates, claims, grouping.

The flow, sentence by sentence:
1. spot place mentions, give each a role (event / mentioned / dateline / origin) and resolve it
   with the geocoder, using the whole article as context and its main country as focus;
2. find event words (triggers), dates, casualty claims with their claimant, and actors;
3. attach each event place, date, claim and actor to the nearest trigger in its sentence;
4. group triggers into events: the same kind of violence, on compatible dates, at the same or
   nested places (Homs city, then its Ghouta neighbourhood) is one event; a trigger with no
   place, date or figure of its own is more evidence for the event just described;
5. one incident per event and place (ACLED: one event per location and day), linked by an
   event group; a coarser place is dropped when a finer place inside it is named; figures for
   the whole event go on each of its incidents, figures for one place ("three in al-Waer") on
   that incident, and country-wide totals on an incident without coordinates.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from incident_explorer.extraction import spotting as M
from incident_explorer.extraction.article import Article
from incident_explorer.extraction.claims import Claim, Estimate, acronyms, claimant_of, estimate, find_claims
from incident_explorer.extraction.dates import DateMention, find_dates
from incident_explorer.extraction.sentences import Sentence, sentences
from incident_explorer.extraction.triggers import (
    ActorLexicon,
    ActorMention,
    Trigger,
    find_triggers,
    is_background,
)
from incident_explorer.places.distance import distance_km
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Candidate, Feature, ParsedQuery
from incident_explorer.places.precision import precision_for
from incident_explorer.progress import Progress, silent
from incident_explorer.settings import Settings

NEARBY_KM = 15.0  # places this close belong to one city-scale event
FOLLOW_ON = 3  # sentences after an event within which a bare "the attack" still refers to it
_FINE = (Feature.NEIGHBOURHOOD, Feature.POINT)
_LEVEL = {
    Feature.NEIGHBOURHOOD: 0,
    Feature.POINT: 0,
    Feature.CITY: 1,
    Feature.ADMIN3: 2,
    Feature.REGION: 3,
    Feature.ADMIN2: 3,
    Feature.ADMIN1: 4,
    Feature.COUNTRY: 5,
}


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


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


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

    def to_json(self) -> dict[str, object]:
        return {
            "article": self.article.to_json(),
            "incidents": [i.to_json() for i in self.incidents],
            "mentions": [m.to_json() for m in self.mentions],
            "warnings": list(self.warnings),
        }


@dataclass
class _EventMention:
    """One trigger with what its sentence attaches to it."""

    trigger: Trigger
    sentence: Sentence
    places: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    follow_only: bool = False  # figures in a sentence with no event word: only for the last event


@dataclass
class _Group:
    number: int
    event_type: str
    sub_event_type: str
    specific: bool
    places: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    place_claims: dict[int, list[Claim]] = field(default_factory=dict)  # mention start -> claims
    aggregate_claims: list[Claim] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    inherited_place: Mention | None = None

    @property
    def last_sentence(self) -> int:
        return self.sentences[-1].index if self.sentences else -1

    def add_sentence(self, s: Sentence) -> None:
        if all(x.index != s.index for x in self.sentences):
            self.sentences.append(s)


def _nearest(items_at: int, anchors: list[_EventMention]) -> _EventMention:
    """The trigger nearest to a position; one before it wins a tie (event word, then place)."""
    return min(anchors, key=lambda e: (abs(e.trigger.start - items_at), e.trigger.start > items_at))


def _related(a: Mention, b: Mention) -> int:
    """2 the same place, 1 one inside or beside the other, 0 unrelated."""
    ca, cb = a.candidate, b.candidate
    if ca is None or cb is None:
        return 0
    if ca.place.source_id == cb.place.source_id:
        return 2
    pa, pb = ca.place, cb.place
    if pa.feature == Feature.COUNTRY or pb.feature == Feature.COUNTRY:
        return 1 if pa.country_code == pb.country_code else 0
    km = distance_km(pa.latitude, pa.longitude, pb.latitude, pb.longitude)
    if km <= NEARBY_KM:
        return 1
    coarse = max((pa, pb), key=lambda p: _LEVEL[p.feature])
    fine = pb if coarse is pa else pa
    if coarse.feature in (Feature.ADMIN1, Feature.ADMIN2, Feature.REGION) and coarse.name in (
        fine.admin1,
        fine.admin2,
        fine.parent,
    ):
        return 1
    return 0


def _overlap(a: DateMention, b: DateMention) -> bool:
    if a.date_start is None or b.date_start is None or a.date_end is None or b.date_end is None:
        return True
    return a.date_start <= b.date_end and b.date_start <= a.date_end


class Extractor:
    def __init__(self, geocoder: OfflineGeocoder, actors: ActorLexicon) -> None:
        self.geocoder = geocoder
        self.actors = actors

    @classmethod
    def from_settings(cls, settings: Settings, progress: Progress = silent) -> Extractor:
        gazetteer = Gazetteer.open(settings, progress)
        return cls(OfflineGeocoder(gazetteer), ActorLexicon.load(settings.data_dir / "actors.csv"))

    def extract(self, article: Article) -> Extraction:
        sents = sentences(article.text)
        warnings = list(article.warnings)
        aliases = acronyms(article.text)
        spotter = M.Spotter(self.geocoder.gazetteer, exclude=frozenset({article.source}))
        spots = [sp for s in sents for sp in spotter.spot(s)]
        keys = context_keys(" ".join((article.title, article.dateline, article.summary, article.text)))

        triggers_by_sentence: dict[int, list[Trigger]] = {}
        for s in sents:
            if s.reportable and not is_background(s.text):
                found = find_triggers(s.text, s.start)
                if found:
                    triggers_by_sentence[s.index] = found

        queries: list[ParsedQuery] = []
        roles: list[M.Role] = []
        for sp in spots:
            s = sents[sp.sentence]
            roles.append(M.role_of(sp, s, sp.sentence in triggers_by_sentence, spots))
            parent = M.parent_of(sp, s, spots)
            queries.append(
                ParsedQuery(
                    raw=sp.text,
                    name=sp.text,
                    parents=(parent,) if parent else (),
                    feature_hint=sp.feature_hint,
                )
            )
        # Resolve once without a country in focus, find the article's country from the answers,
        # and ask again only for the names that resolved elsewhere.
        memo: dict[tuple[ParsedQuery, str | None], Candidate | None] = {}

        def resolve(q: ParsedQuery, country: str | None) -> Candidate | None:
            if (q, country) not in memo:
                best = self.geocoder.geocode(q, keys=keys, country=country, limit=1)
                memo[(q, country)] = best[0] if best else None
            return memo[(q, country)]

        first = [resolve(q, None) for q in queries]
        focus = self._focus(article, first)
        mentions: list[Mention] = []
        for sp, q, role, best in zip(spots, queries, roles, first, strict=True):
            if focus and (best is None or best.place.country_code != focus):
                best = resolve(q, focus)
            label = f"{sp.text}, {q.parents[0]}" if q.parents else sp.text
            mentions.append(
                Mention(sp.text, sp.start, sp.end, sp.sentence, role.role, role.reason, label, best)
            )

        events = self._event_mentions(article, sents, triggers_by_sentence, mentions, aliases)
        groups = self._group(events, sents, mentions, aliases, article)
        incidents = self._incidents(article, groups, focus)
        if not incidents and triggers_by_sentence:
            warnings.append("event words found, but no incident could be placed, dated or counted")
        return Extraction(article, tuple(incidents), tuple(mentions), tuple(warnings))

    def _focus(self, article: Article, resolved: list[Candidate | None]) -> str | None:
        """The article's main country: most named among its places, the dateline's on a tie."""
        votes: Counter[str] = Counter(c.place.country_code for c in resolved if c is not None)
        if article.dateline:
            found = self.geocoder.geocode(article.dateline, limit=1)
            if found:
                votes[found[0].place.country_code] += 2
        return votes.most_common(1)[0][0] if votes else None

    def _event_mentions(
        self,
        article: Article,
        sents: list[Sentence],
        triggers_by_sentence: dict[int, list[Trigger]],
        mentions: list[Mention],
        aliases: dict[str, str],
    ) -> list[_EventMention]:
        out: list[_EventMention] = []
        for s in sents:
            triggers = triggers_by_sentence.get(s.index)
            if triggers is None:
                claims = find_claims(s.text, s.start, claimant_of(s.text, aliases))
                if claims and s.reportable and not is_background(s.text):
                    # "The ministry said 15 were killed": more figures for the event just told.
                    anchor = Trigger(s.start, s.start, "", "", "", False)
                    out.append(_EventMention(anchor, s, claims=claims, follow_only=True))
                continue
            index = s.index
            ems = [_EventMention(t, s) for t in triggers]
            for m in mentions:
                if m.sentence == index and m.role == M.EVENT and m.candidate is not None:
                    _nearest(m.start, ems).places.append(m)
            dates = find_dates(s.text, article.published, s.start)
            for d in dates:
                # One date in a sentence dates all of it; with several, each its nearest event.
                for em in ems if len(dates) == 1 else [_nearest(d.start, ems)]:
                    em.dates.append(d)
            for c in find_claims(s.text, s.start, claimant_of(s.text, aliases)):
                _nearest(c.start, ems).claims.append(c)
            for a in self.actors.find(s.text, s.start):
                if a.responsible:
                    _nearest(a.start, ems).actors.append(a)
            out.extend(ems)
        return out

    def _group(
        self,
        events: list[_EventMention],
        sents: list[Sentence],
        mentions: list[Mention],
        aliases: dict[str, str],
        article: Article,
    ) -> list[_Group]:
        groups: list[_Group] = []
        current: _Group | None = None
        tolls: list[tuple[Claim, Mention]] = []
        for em in events:
            for c in list(em.claims):
                # "put the Homs toll at 42": a figure for the event at Homs, wherever it is said.
                toll_place = next(
                    (
                        m
                        for m in mentions
                        if m.sentence == em.sentence.index
                        and m.candidate is not None
                        and m.reason.startswith("names the place a casualty toll")
                        and 0 < c.start - m.end <= 30
                    ),
                    None,
                )
                if toll_place is not None:
                    em.claims.remove(c)
                    tolls.append((c, toll_place))
        for em in events:
            t, s = em.trigger, em.sentence
            if em.follow_only:
                if current is not None and s.index - current.last_sentence <= FOLLOW_ON:
                    self._absorb(current, em, mentions)
                continue
            if not (em.places or em.dates or em.claims):
                # "Bombers engaged in gun battles": more about the event just described.
                if current is not None and s.index - current.last_sentence <= FOLLOW_ON:
                    self._absorb(current, em, mentions)
                continue
            best: tuple[tuple[int, int, int], _Group] | None = None
            for g in groups:
                if g.specific and t.specific and g.sub_event_type != t.sub_event_type:
                    continue
                date_fit = 0
                if em.dates and g.dates:
                    if not any(_overlap(a, b) for a in em.dates for b in g.dates):
                        continue
                    date_fit = 1
                place_fit = 0
                if em.places and g.places:
                    place_fit = max(_related(a, b) for a in em.places for b in g.places)
                    if place_fit == 0:
                        continue
                # Same place counts most, then a matching date; on a tie the event told at most
                # length ("Saturday's attacks" is the story's main event), then the latest.
                rank = 2 * place_fit + date_fit
                key = (rank, len(g.sentences), g.number)
                if best is None or key > best[0]:
                    best = (key, g)
            if best is None:
                current = _Group(len(groups) + 1, t.event_type, t.sub_event_type, t.specific)
                groups.append(current)
            else:
                current = best[1]
            self._absorb(current, em, mentions)
        for claim, place in tolls:
            scored = [(max((_related(place, p) for p in g.places), default=0), g.number, g) for g in groups]
            scored = [x for x in scored if x[0] > 0]
            if scored:
                max(scored, key=lambda x: x[:2])[2].claims.append(claim)
        for g in groups:
            if not g.places:
                g.inherited_place = self._discourse_place(g, mentions)
        return groups

    def _absorb(self, g: _Group, em: _EventMention, mentions: list[Mention]) -> None:
        t = em.trigger
        if t.specific and not g.specific and t.sub_event_type:
            g.event_type, g.sub_event_type, g.specific = t.event_type, t.sub_event_type, True
        g.add_sentence(em.sentence)
        for p in em.places:
            if all(p.start != q.start for q in g.places):
                g.places.append(p)
        g.dates.extend(em.dates)
        g.actors.extend(a.actor for a in em.actors if a.actor not in g.actors)
        text = em.sentence.text
        for c in em.claims:
            rel_end = c.end - em.sentence.start
            tail = text[rel_end : rel_end + 45]
            place = next(
                (
                    p
                    for p in em.places
                    if 0 <= p.start - c.end <= 25
                    and re.match(
                        r"^\s*(?:\w+\s+){0,2}(?:in|at|near)\s",
                        text[rel_end : p.start - em.sentence.start + 1],
                    )
                ),
                None,
            )
            if place is not None:
                g.place_claims.setdefault(place.start, []).append(c)
            elif M.aggregate_span(Sentence(0, 0, len(tail), tail, 0, False, False)):
                g.aggregate_claims.append(c)
            else:
                g.claims.append(c)

    def _discourse_place(self, g: _Group, mentions: list[Mention]) -> Mention | None:
        """For "Double bombings killed 64": the city the preceding sentences were about."""
        first = min(s.index for s in g.sentences)
        for m in reversed(mentions):
            if (
                first - 3 <= m.sentence <= first
                and m.candidate is not None
                and m.role in (M.EVENT, M.MENTIONED)
                and _LEVEL[m.candidate.place.feature] <= _LEVEL[Feature.CITY]
            ):
                return m
        return None

    def _incidents(self, article: Article, groups: list[_Group], focus: str | None) -> list[Incident]:
        out: list[Incident] = []
        for g in groups:
            group_id = f"{article.id}-g{g.number}"
            places = self._finest(g.places) or ([g.inherited_place] if g.inherited_place else [])
            date_info = self._date(g, article)
            evidence = tuple(
                Evidence(s.start, s.end, s.text) for s in sorted(g.sentences, key=lambda s: s.index)
            )
            shared = g.claims
            targets: list[tuple[Mention | None, list[Claim], str]] = []
            for p in places:
                own = g.place_claims.get(p.start, [])
                targets.append((p, own + shared, "event_group" if len(places) > 1 and shared else "incident"))
            for start, claims in g.place_claims.items():
                if all(p.start != start for p in places):
                    targets.append((None, claims + shared, "incident"))
            if not targets and (shared or (g.dates and not g.aggregate_claims)):
                targets.append((None, shared, "incident"))
            for place, claims, scope in targets:
                out.append(
                    self._incident(
                        article,
                        g,
                        group_id,
                        len(out) + 1,
                        place,
                        claims,
                        scope,
                        date_info,
                        evidence,
                        inherited=place is g.inherited_place and place is not None,
                    )
                )
            if g.aggregate_claims:
                country = focus or ""
                out.append(
                    self._incident(
                        article,
                        g,
                        group_id,
                        len(out) + 1,
                        None,
                        g.aggregate_claims,
                        "incident",
                        date_info,
                        evidence,
                        aggregate_country=country,
                    )
                )
        return out

    def _finest(self, places: list[Mention]) -> list[Mention]:
        """Drop a place when a finer place inside it is named for the same event (Homs -> Ghouta)."""
        unique: dict[str, Mention] = {}
        for p in places:
            assert p.candidate is not None
            unique.setdefault(p.candidate.place.source_id, p)
        kept = []
        for p in unique.values():
            assert p.candidate is not None
            level = _LEVEL[p.candidate.place.feature]
            finer = [
                q
                for q in unique.values()
                if q is not p
                and q.candidate is not None
                and _LEVEL[q.candidate.place.feature] < level
                and _related(p, q)
            ]
            if not finer:
                kept.append(p)
        return kept

    def _date(self, g: _Group, article: Article) -> tuple[date | None, date | None, int, int, str]:
        if g.dates:
            d = min(g.dates, key=lambda d: (d.date_prec, d.start))
            return d.date_start, d.date_end, d.time_precision, d.date_prec, f"'{d.text}': {d.reason}"
        if article.published:
            return (
                article.published,
                article.published,
                2,
                2,
                "no date in the text: the publication date, precision within a week",
            )
        return None, None, 3, 5, "no date in the text and no publication date"

    def _incident(
        self,
        article: Article,
        g: _Group,
        group_id: str,
        number: int,
        place: Mention | None,
        claims: list[Claim],
        scope: str,
        date_info: tuple[date | None, date | None, int, int, str],
        evidence: tuple[Evidence, ...],
        *,
        inherited: bool = False,
        aggregate_country: str | None = None,
    ) -> Incident:
        start, end, tp, dp, date_reason = date_info
        c = place.candidate if place else None
        notes = []
        if aggregate_country is not None:
            name = self.geocoder.gazetteer.country_names.get(aggregate_country, aggregate_country)
            location, geo, where, reason = (
                name or "unknown country",
                3,
                6,
                "a country-wide total: no single place",
            )
            notes.append("country-wide total; it may include the figures of incidents placed elsewhere")
        elif c is not None:
            prec = precision_for(c.place.feature)
            location, geo, where = c.location, prec.geo_precision, prec.where_prec
            reason = f"'{place.text}' ({place.reason}); {c.reason}" if place else c.reason
            if inherited:
                reason = f"not named in the sentence; taken from the preceding text: {reason}"
        else:
            location, geo, where, reason = "", 3, 6, "no place could be resolved"
        if scope == "event_group":
            notes.append("figures are for the whole event group, not for this place alone")
        return Incident(
            id=f"{article.id}-{number:02d}",
            event_group=group_id,
            event_date=start,
            date_end=end,
            time_precision=tp,
            date_prec=dp,
            date_reason=date_reason,
            event_type=g.event_type,
            sub_event_type=g.sub_event_type,
            location=location,
            latitude=round(c.place.latitude, 6) if c and aggregate_country is None else None,
            longitude=round(c.place.longitude, 6) if c and aggregate_country is None else None,
            geo_precision=geo,
            where_prec=where,
            place_source=c.place.source_id if c and aggregate_country is None else None,
            place_score=c.score if c and aggregate_country is None else None,
            place_reason=reason,
            country_code=(c.place.country_code if c else aggregate_country) or "",
            admin1=c.place.admin1 if c else "",
            admin2=c.place.admin2 if c else "",
            actors=tuple(g.actors),
            claims=tuple(claims),
            claims_scope=scope,
            fatalities=estimate(claims, "killed"),
            wounded=estimate(claims, "wounded"),
            evidence=evidence,
            notes="; ".join(notes),
        )
