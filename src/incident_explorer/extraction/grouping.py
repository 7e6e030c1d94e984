"""Event mentions grouped into events.

In: `EventMention`s in text order and all place mentions. Out: `Group`s, one per event: the
same kind of violence, on compatible dates, at the same or nested places (Homs, then its
Ghouta neighbourhood) is one event; a trigger with no place, date or figure of its own is more
evidence for the event just described (within `FOLLOW_ON` sentences).
"""

from __future__ import annotations

import bisect
import functools
import math
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from incident_explorer import compiled_re as re
from incident_explorer.extraction import roles as S
from incident_explorer.extraction.claims import Claim
from incident_explorer.extraction.dates import DateMention, apart_there, opens_apart
from incident_explorer.extraction.events import EventMention
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.roles import clause_of
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.extraction.triggers import tells_an_act
from incident_explorer.places.distance import EARTH_RADIUS_KM, distance_km
from incident_explorer.places.place import Feature

NEARBY_KM = 15.0  # places this close belong to one city-scale event
RECENT = 10  # sentences back within which a related (not the same) place may join an event
FOLLOW_ON = 3  # sentences after an event within which a bare "the attack" still refers to it
LEVEL = {
    Feature.NEIGHBOURHOOD: 0,
    Feature.POINT: 0,
    Feature.CITY: 1,
    Feature.ADMIN3: 2,
    Feature.REGION: 3,
    Feature.ADMIN2: 3,
    Feature.ADMIN1: 4,
    Feature.COUNTRY: 5,
    Feature.WATER: 5,
    Feature.CONTINENT: 6,
}
_TOLL = re.compile(r"\btolls?\b", re.I)
_PLACE_AFTER_FIGURE = re.compile(r"^\s*(?:\w+\s+){0,2}(?:in|at|near)\s")


@dataclass
class Group:
    number: int
    event_type: str
    sub_event_type: str
    specific: bool
    places: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    place_claims: dict[str, list[Claim]] = field(default_factory=dict)  # place source id -> claims
    # a claim of ``claims`` told in the clause of one of the event's places (its id -> the place's
    # source id): "shelled X, killing 30, and tanks shelled Y" tells X's toll, not Y's
    claim_places: dict[int, str] = field(default_factory=dict)
    aggregate_claims: list[Claim] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    inherited_place: Mention | None = None
    history: bool = False  # its place was set aside as an earlier event in its own clause
    apart: bool = False  # first told in a sentence that tells its event apart ("Meanwhile, ...")
    unknown: list[Mention] = field(default_factory=list)  # its event places the gazetteer lacks
    aside: list[Mention] = field(default_factory=list)  # those places, when history: where it was
    words: list[tuple[int, int]] = field(default_factory=list)  # its event words' spans
    carried: DateMention | None = None  # the narrative day of its first event word that has one

    @property
    def last_sentence(self) -> int:
        return self.sentences[-1].index if self.sentences else -1

    def add_sentence(self, s: Sentence) -> None:
        if not self.sentences or all(x.index != s.index for x in self.sentences[-3:]):
            self.sentences.append(s)  # sentences come in text order: a repeat is a recent one


def group(
    events: list[EventMention],
    mentions: tuple[Mention, ...],
    published: date | None = None,
    filed_from: Mention | None = None,
) -> list[Group]:
    """``published`` dates the events that name no date of their own (within a week of it);
    ``filed_from``, the dateline's town of a report that names no other place, places them.

    An event mention is compared with the events told in the last `RECENT` sentences and with
    every event at the same place, so the cost grows with the text's length, not its square.
    """
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    tolls = _take_toll_claims(events, by_sentence)
    groups: list[Group] = []
    at_place: dict[str, list[Group]] = {}
    current: Group | None = None
    past: set[int] = set()  # groups of events told as of an earlier time
    for em in events:
        earlier = _of_earlier_time(em, by_sentence)
        # "..., killing 11 and wounding 20. Three of them died on Sunday": the event's own wounded
        # dying later, not an event of that day (its day is no day of the event)
        counted = next(
            (
                g
                for g in reversed(groups[-RECENT:])
                if em.sentence.index - g.last_sentence <= FOLLOW_ON
                and earlier == (id(g) in past)
                and _died_of_those_told(g, em)
            ),
            None,
        )
        if counted is not None:
            current = counted
            absorb(current, replace(em, dates=[], carried=None), by_sentence.get(em.sentence.index))
            continue
        if em.follow_only or not (em.places or em.dates or em.claims):
            # "Bombers engaged in gun battles": more about the event just described.
            if (
                current is not None
                and em.sentence.index - current.last_sentence <= FOLLOW_ON
                and earlier == (id(current) in past)
            ):
                absorb(current, em, by_sentence.get(em.sentence.index))
                continue
            # ... but an earlier event's own word, told after "after" in the clause of the place
            # set aside as its ("The attack came two days after gunmen ambushed a convoy near X"):
            # that event, told with no toll or day of its own, is one of its own (history, with
            # its `aside` place; incidents.py dates it by "two days after"), not a word of the
            # report's event (not "The attack", told before "after": the report's event again);
            # an act only: "two days after police arrested a man in X", "a day after the army
            # withdrew from X" tell no incident at X (the wire gold leaves such a place unmarked)
            if (
                em.follow_only
                or not earlier
                or not tells_an_act(em.trigger)
                or not _AFTER.search(em.sentence.text, 0, em.trigger.start - em.sentence.start)
            ):
                continue
        near = {id(g): g for g in reversed(groups[-RECENT:]) if em.sentence.index - g.last_sentence <= RECENT}
        for p in em.places:
            near.update((id(g), g) for g in at_place.get(_source(p), []))
        # an earlier event's words and figures join no group of the report's own time, nor the
        # other way round ("Bombers killed 20 in Kabul on Friday. Earlier this month, gunmen
        # killed six in Jalalabad": Kabul's toll stays 20)
        near = {k: g for k, g in near.items() if (k in past) == earlier}
        apart = opens_apart(em.sentence.text)
        if apart:
            # "Meanwhile, gunmen killed two soldiers": another event than those told before, unless
            # it names their place
            near = {
                k: g
                for k, g in near.items()
                if g.sentences[0].index >= em.sentence.index or em.places and _place_fit(em.places, g.places)
            }
        current = _best_group(em, list(near.values()), published)
        if current is None:
            t = em.trigger
            # (apart but "in the city": the place told before is still its place)
            there = apart and apart_there(em.sentence.text)
            current = Group(
                len(groups) + 1, t.event_type, t.sub_event_type, t.specific, apart=apart and not there
            )
            groups.append(current)
            if earlier:
                past.add(id(current))
        absorb(current, em, by_sentence.get(em.sentence.index))
        for p in em.places:
            # (by identity: each group has its own number, and comparing two groups field by
            # field builds both whole tuples)
            held = at_place.setdefault(_source(p), [])
            if all(g is not current for g in held):
                held.append(current)
    _place_tolls(tolls, groups, at_place)
    for g in groups:
        if filed_from is not None and g.places and all(_country_of(p, filed_from) for p in g.places):
            # "QUETTA - A suicide bomber hit a checkpoint on the outskirts of the city" under a
            # headline naming Pakistan: the town filed from, not the country's middle
            g.places = []
        if not g.places:
            g.aside = _told_elsewhere(g, by_sentence)
            g.history = bool(g.aside)
            if not g.history and not g.unknown:
                g.inherited_place = discourse_place(g, by_sentence) or filed_from
    return groups


# the word that sets off an earlier event's clause ("two days after gunmen ambushed ...")
_AFTER = re.compile(r"\bafter\b", re.IGNORECASE)


def _source(m: Mention) -> str:
    return m.candidate.place.source_id if m.candidate else ""


def _best_group(em: EventMention, groups: list[Group], published: date | None) -> Group | None:
    """The group this event mention belongs to, or None for a new event."""
    best: tuple[tuple[int, int, int, int], Group] | None = None
    t = em.trigger
    recent = [_week_before(published)] if published else []
    for g in groups:
        if g.specific and t.specific and g.sub_event_type != t.sub_event_type and not _one_protest(g, em):
            continue
        date_fit = 0
        if em.dates or g.dates:
            mine, theirs = em.dates or recent, g.dates or recent
            if mine and theirs and not any(overlap(a, b) for a in mine for b in theirs):
                continue
            date_fit = int(bool(em.dates and g.dates))
        place_fit = 0
        if em.places and g.places:
            place_fit = _place_fit(em.places, g.places)
            if place_fit == 0:
                continue
        elif _elsewhere(em.places, em.unknown, g.places, g.unknown):
            continue
        # Same place counts most, then a matching date; on a tie, for an event word with no
        # place of its own, the event its own sentence has just told ("In Abu Ghraib, gunmen
        # opened fire on a checkpoint, killing two soldiers": the killing is Abu Ghraib's, not
        # the lead's car bomb elsewhere), then the event told at most length (the story's main
        # event), then the latest.
        # (of the events its sentence tells, the one whose place it names: "Gunmen also raided
        # X, killing seven" is X's toll, not that of the event a bare "Gunmen" joined)
        told_here = (
            0
            if em.places or g.last_sentence != em.sentence.index
            else 1 + any(p.sentence == em.sentence.index for p in (*g.places, *g.unknown))
        )
        key = (2 * place_fit + date_fit, told_here, len(g.sentences), g.number)
        if best is None or key > best[0]:
            best = (key, g)
    return best[1] if best else None


# A protest's words of different kinds tell one protest, of the most force any of them tells
# ("Security forces dispersed a protest in X, killing two demonstrators": one protest met with
# excessive force, not also one with intervention beside it)
_PROTEST_FORCE = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


def _one_protest(g: Group, em: EventMention) -> bool:
    t = em.trigger
    return (
        g.specific
        and t.specific
        and g.sub_event_type in _PROTEST_FORCE
        and t.sub_event_type in _PROTEST_FORCE
        and g.sub_event_type != t.sub_event_type
    )


def _elsewhere(
    places: list[Mention], unknown: list[Mention], theirs: list[Mention], unknown_theirs: list[Mention]
) -> bool:
    """One side names only an event place the gazetteer lacks, the other one it has: two places
    ("Militants attacked a post in Boni, killing four, and a roadside bomb near Douentza wounded
    two": the attack is not Douentza's)."""
    return bool(unknown and not places and theirs or unknown_theirs and not theirs and places)


def _take_toll_claims(
    events: list[EventMention], by_sentence: dict[int, list[Mention]]
) -> list[tuple[Claim, Mention]]:
    """A toll that names its place ("put the Aleppo toll at 12", "the toll in Idlib rose to 9")
    is a figure for the event at that place, wherever in the text it is said."""
    tolls: list[tuple[Claim, Mention]] = []
    # where each sentence says "toll", found once (searching the clause before every figure
    # made a long sentence quadratic)
    said: dict[int, tuple[list[int], list[int]]] = {}
    for em in events:
        s = em.sentence
        for c in list(em.claims):
            lo, _ = clause_of(s, c.start, c.end)
            if s.index not in said:
                found = list(_TOLL.finditer(s.text))
                said[s.index] = ([m.start() for m in found], [m.end() for m in found])
            starts, ends = said[s.index]
            # the last "toll" that ends before the figure: does it start in the figure's clause
            i = bisect.bisect_right(ends, c.start - s.start)
            if not i or starts[i - 1] < lo:
                continue
            named = [
                m
                for m in by_sentence.get(s.index, [])
                if m.candidate is not None and s.start + lo <= m.start < c.start
            ]
            if named:
                em.claims.remove(c)
                tolls.append((c, named[-1]))
    return tolls


def _place_tolls(
    tolls: list[tuple[Claim, Mention]], groups: list[Group], at_place: dict[str, list[Group]]
) -> None:
    """To the event at the same place, else at a related place; the one told at most length."""
    for claim, place in tolls:
        candidates = at_place.get(_source(place)) or groups[-RECENT:]
        scored = [
            (max((related(place, p) for p in g.places), default=0), len(g.sentences), g) for g in candidates
        ]
        scored = [x for x in scored if x[0] > 0]
        if scored:
            max(scored, key=lambda x: x[:2])[2].claims.append(claim)


def absorb(g: Group, em: EventMention, places: list[Mention] | None = None) -> None:
    """``places``: the place mentions of the event mention's sentence."""
    t = em.trigger
    if t.specific and not g.specific and t.sub_event_type:
        g.event_type, g.sub_event_type, g.specific = t.event_type, t.sub_event_type, True
    elif _one_protest(g, em) and _PROTEST_FORCE.index(t.sub_event_type) > _PROTEST_FORCE.index(
        g.sub_event_type
    ):
        g.sub_event_type = t.sub_event_type
    g.add_sentence(em.sentence)
    g.words.append((t.start, t.end))
    for p in em.places:
        if all(_source(p) != _source(q) for q in g.places):
            g.places.append(p)
    g.unknown.extend(em.unknown)
    g.carried = g.carried or em.carried
    for d in em.dates:
        if all((d.date_start, d.date_end) != (e.date_start, e.date_end) for e in g.dates):
            g.dates.append(d)
    for a in em.actors:
        if a.actor not in g.actors:
            g.actors.append(a.actor)
    for c in em.claims:
        if c.kind != "part" and _of_those_told(g, em, c):
            c = replace(c, kind="part")
        _file_claim(g, em, c, places or [])


# "N of them", "N of whom" opening a later sentence's figures: a share of people the event's
# earlier sentences counted ("killing three and wounding nine. Two of the wounded were taken to
# a hospital, where one of them died later"), not the event's toll, which it would otherwise
# outvote on a tie
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)


_DIED = re.compile(r"(?:died|dies|succumbed|succumbs)\b", re.I)


def _died_of_those_told(g: Group, em: EventMention) -> bool:
    """A death word with no place of its own whose every figure is "N of them" of people the
    event counted ("where three of them died on Sunday")."""
    return (
        not em.places
        and not em.unknown
        and bool(em.claims)
        and _DIED.match(em.trigger.text) is not None
        and all(_of_those_told(g, em, c) for c in em.claims)
    )


def _of_those_told(g: Group, em: EventMention, c: Claim) -> bool:
    start = em.sentence.start
    if c.start < start or not _OF_THEM_AFTER.match(em.sentence.text, c.end - start):
        return False
    if any(o.start >= start and o.end <= c.start for o in em.claims):
        return False  # "wounded 15, and 2 of them died": of the figure its own sentence told
    told = [*g.claims, *g.aggregate_claims, *(x for cs in g.place_claims.values() for x in cs)]
    return any(o.start < start and o.kind in ("killed", "wounded", "casualties") for o in told)


def _file_claim(g: Group, em: EventMention, c: Claim, places: list[Mention]) -> None:
    """A figure for one place ("three in al-Waer"), the whole country, or the whole event."""
    text, offset = em.sentence.text, em.sentence.start
    rel_end = c.end - offset
    place = next(
        (
            p
            for p in em.places
            if 0 <= p.start - c.end <= 25 and _PLACE_AFTER_FIGURE.match(text[rel_end : p.start - offset + 1])
        ),
        None,
    )
    tail = text[rel_end : rel_end + 45]
    if place is not None:
        g.place_claims.setdefault(_source(place), []).append(c)
    elif S.aggregate_span(Sentence(0, 0, len(tail), tail, 0, False, False)):
        g.aggregate_claims.append(c)
    else:
        g.claims.append(c)
        if own := _clause_place(em.sentence, c, places):
            g.claim_places[id(c)] = own


def _clause_place(s: Sentence, c: Claim, places: list[Mention]) -> str | None:
    """The source id of the one event place its sentence names in the claim's own clause."""
    clause = clause_of(s, c.start, c.end)
    told = [p for p in places if p.role == S.EVENT and p.candidate is not None]
    sources = {_source(p) for p in told if clause_of(s, p.start, p.end) == clause}
    if not sources:
        # ... else the one its sentence names before it, the participle going on from the act
        # there ("Rockets fell on the hamlet of X, close to Y, wounding three": X's, not also the
        # place of an event told in an earlier sentence that the rockets joined)
        sources = {_source(p) for p in told if p.end <= c.start}
    return next(iter(sources)) if len(sources) == 1 else None


def discourse_place(g: Group, by_sentence: dict[int, list[Mention]]) -> Mention | None:
    """An event with no place of its own: the town the preceding sentences were about, an event
    place before a place only named there ("Gunmen stormed police posts in Rutba. Rutba lies 300
    km west of the provincial capital Ramadi. The assault lasted hours": Rutba's)."""
    first = min(s.index for s in g.sentences)
    named = None
    # an event told apart from those before ("Meanwhile, a roadside bomb wounded three soldiers")
    # is not at their town
    for index in range(first, first - 1 if g.apart else first - 4, -1):
        for m in reversed(by_sentence.get(index, [])):
            if m.candidate is None or LEVEL[m.candidate.place.feature] > LEVEL[Feature.CITY]:
                continue
            if m.role == S.EVENT:
                return m
            if named is None and m.role == S.MENTIONED and m.sentence < first and _about(m):
                named = m
    return named


# places set aside as somewhere else: an earlier event, a venue, a destination, an actor
_ELSEWHERE = frozenset(
    {
        *S.EARLIER,
        *(S.TALKS_VENUE, S.SPEECH_VENUE, S.TAKEN_TO),
        *(S.ACROSS_BORDER, S.NAMED_ACTOR, S.OFFICIAL_OF, S.GOVERNMENT_SEAT, S.ATTACKER, S.SPEAKER),
        S.FUNERAL_VENUE,
    }
)


def _country_of(p: Mention, town: Mention) -> bool:
    """``p`` is the country ``town`` lies in."""
    a, b = p.candidate, town.candidate
    return (
        a is not None
        and b is not None
        and a.place.feature is Feature.COUNTRY
        and a.place.country_code == b.place.country_code
    )


def _told_elsewhere(g: Group, by_sentence: dict[int, list[Mention]]) -> list[Mention]:
    """Every event word of the event lies in a clause whose place was set aside as an earlier
    event ("forces recaptured X in September 2022", "a bombing in X a week earlier"): history,
    not an event to place at the text's town ("shelling killed five on Monday, a week after a
    similar attack in X" is still this report's). The places set aside in those clauses (where
    the earlier event was, for the report's `recalled`), none when it is not history."""
    clauses = [c for sentence in g.sentences for c in _past_clauses(sentence, by_sentence)]
    if not clauses or not all(any(lo <= a and b <= hi for lo, hi, _ in clauses) for a, b in g.words):
        return []
    held = [m for lo, hi, m in clauses if any(lo <= a and b <= hi for a, b in g.words)]
    return list({id(m): m for m in held}.values())


def _of_earlier_time(em: EventMention, by_sentence: dict[int, list[Mention]]) -> bool:
    """The event word lies in a clause whose place was set aside as of an earlier time."""
    return any(lo <= em.trigger.start < hi for lo, hi, _ in _past_clauses(em.sentence, by_sentence))


def _past_clauses(
    sentence: Sentence, by_sentence: dict[int, list[Mention]]
) -> list[tuple[int, int, Mention]]:
    """The bounds of the sentence's clauses whose place was set aside as of an earlier time (the
    whole sentence for "last week", "earlier this month"), each with that place."""
    out = []
    for m in by_sentence.get(sentence.index, ()):
        if m.reason == S.EARLIER_TIME:
            lo, hi = 0, len(sentence.text)
        elif m.reason in S.EARLIER:  # the rest: told in its clause
            lo, hi = clause_of(sentence, m.start, m.end)
        else:
            continue
        out.append((sentence.start + lo, sentence.start + hi, m))
    return out


def _about(m: Mention) -> bool:
    """A place named where nothing happened that the text may still be about ("Aleppo, where
    ..."), not one set aside as somewhere else ("a bombing in Istanbul a week earlier")."""
    return m.reason not in _ELSEWHERE


def _place_fit(mine: list[Mention], theirs: list[Mention]) -> int:
    """The most related any two of these places are (``related``): the same place ends the search."""
    best = 0
    for a in mine:
        for b in theirs:
            fit = related(a, b)
            if fit == 2:
                return 2
            if fit > best:
                best = fit
    return best


# A degree of latitude on the sphere of ``distance_km``: two places further apart in latitude
# alone are further apart (with 1 % to spare for rounding), and need no great-circle distance.
_KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180
_FAR_DEGREES = NEARBY_KM * 1.01 / _KM_PER_DEGREE


def related(a: Mention, b: Mention) -> int:
    """2 the same place, 1 one inside or beside the other, 0 unrelated."""
    ca, cb = a.candidate, b.candidate
    if ca is None or cb is None:
        return 0
    if ca.place.source_id == cb.place.source_id:
        return 2
    pa, pb = ca.place, cb.place
    if pa.feature == Feature.COUNTRY or pb.feature == Feature.COUNTRY:
        return 1 if pa.country_code == pb.country_code else 0
    if abs(pa.latitude - pb.latitude) <= _FAR_DEGREES and (
        distance_km(pa.latitude, pa.longitude, pb.latitude, pb.longitude) <= NEARBY_KM
    ):
        return 1
    # (the coarser of the two; the first on a tie, as max() keeps it: asked for every pair)
    coarse = pb if LEVEL[pb.feature] > LEVEL[pa.feature] else pa
    fine = pb if coarse is pa else pa
    named = (fine.admin1, fine.admin2, fine.parent)
    admin = (Feature.ADMIN1, Feature.ADMIN2, Feature.REGION)
    return 1 if coarse.feature in admin and coarse.name in named else 0


@functools.lru_cache(maxsize=1024)  # asked once for each event mention and group compared
def _week_before(published: date) -> DateMention:
    """What an undated report is about: the week up to its publication."""
    return DateMention(0, 0, "", published - timedelta(days=7), published, 2, 3, "undated")


def overlap(a: DateMention, b: DateMention) -> bool:
    if a.date_start is None or b.date_start is None or a.date_end is None or b.date_end is None:
        return True
    return a.date_start <= b.date_end and b.date_start <= a.date_end
