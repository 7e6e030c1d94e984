"""Events assembled into incidents: one per event and place (ACLED: one event per location and day).

In: `Group`s, the article, its main country. Out: `Incident`s linked by an event group. A
coarser place is dropped when a finer place inside it is named; figures for the whole event go
on each of its incidents (`claims_scope: event_group`), figures for one place on that incident,
and country-wide totals on an incident without coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from incident_explorer import compiled_re as re
from incident_explorer.extraction.article import Article
from incident_explorer.extraction.claims import Claim, estimate
from incident_explorer.extraction.dates import (
    DAY_COUNT,
    NARRATIVE,
    RECALLED_DAYS,
    DateMention,
    day_count,
    recent_before,
)
from incident_explorer.extraction.grouping import LEVEL, Group, related
from incident_explorer.extraction.results import Evidence, Incident, Mention
from incident_explorer.extraction.roles import DATELINE, EARLIER_TIME, HISTORY
from incident_explorer.extraction.sentences import Sentence, is_headline
from incident_explorer.extraction.unknown_places import SITE_KINDS
from incident_explorer.frozen import fast_init
from incident_explorer.places.offline import offset_of, stands_in
from incident_explorer.places.place import Candidate, Feature
from incident_explorer.places.precision import UNIT_PART, precision_of

# How a place reason opens when the place is not named in the incident's own sentence.
FILED_FROM = "the report names no finer place; it was filed from there"
INHERITED = "not named in the sentence; taken from the preceding text"


@fast_init
@dataclass(frozen=True, slots=True)
class EventDate:
    start: date | None
    end: date | None
    time_precision: int
    date_prec: int
    reason: str


@fast_init
@dataclass(frozen=True, slots=True)
class Target:
    """One incident to make from a group: its place (if any) and the figures it carries."""

    place: Mention | None
    claims: list[Claim]
    scope: str = "incident"
    inherited: bool = False
    country: str | None = None  # set for a country-wide total: the country's ISO code
    unplaced: str = "no place could be resolved"  # why there is no place, when there is none
    unknown: str = ""  # the event place's name the gazetteer lacks, when there is none


@fast_init
@dataclass(frozen=True, slots=True)
class Where:
    location: str
    geo_precision: int
    where_prec: int
    reason: str
    point: Mention | None  # the mention whose candidate gives coordinates
    place_text: str = ""  # the event's own name when the gazetteer lacks it (`Incident.place_text`)


NOT_IN_GAZETTEER = "not in gazetteer"
# what an enclosing unit standing in for a name the gazetteer lacks is called in the place text
_UNIT_WORD = {
    Feature.ADMIN3: "sub-district",
    Feature.ADMIN2: "district",
    Feature.ADMIN1: "region",
    Feature.REGION: "area",
    Feature.COUNTRY: "country",
}


def unknown_place_text(name: str, c: Candidate | None) -> str:
    """ "Kobsoura (not in gazetteer; placed at region Mopti, Mali)": the name the text gives the
    event's place, and the unit the text says holds it (or the town it lies near) that the
    incident is placed at instead."""
    if c is None:
        return f"{name} ({NOT_IN_GAZETTEER}; no enclosing unit named)"
    unit = _UNIT_WORD.get(c.place.feature)
    # (a point measured from a town says so itself: "25 km south of Baghdad, ...")
    at = c.location if offset_of(c) else f"at {unit} {c.location}" if unit else f"near {c.location}"
    return f"{name} ({NOT_IN_GAZETTEER}; placed {at})"


@dataclass(frozen=True, slots=True)
class Assembled:
    incidents: tuple[Incident, ...]  # what the report reports
    recalled: tuple[Incident, ...]  # earlier events it recalls as background (see `_recalled`)


def assemble(
    article: Article, groups: list[Group], focus: str | None, country_names: dict[str, str]
) -> Assembled:
    made: dict[bool, list[Incident]] = {False: [], True: []}
    enclosing = _enclosing(groups)
    lead = _lead_day(groups, article.published)
    dates = [_headline_day(g, lead) or event_date(g, article) for g in groups]
    told: list[tuple[Group, EventDate, list[Target]]] = [
        (g, when, targets(g, focus, enclosing)) for g, when in zip(groups, dates, strict=True)
    ]
    recalled = _recalled(told)
    number = 0
    # an earlier event whose place the roles set aside ("a bombing in X a month earlier") is
    # recalled like one told by its date; numbered after the rest, so no incident's id moves
    first_day = _first_day(told)
    told += [
        (
            g,
            _day_after(g, first_day) or _history_date(g, article) or (when if g.dates else _UNDATED),
            _aside(g),
        )
        for g, when in zip(groups, dates, strict=True)
        if g.history
    ]
    for g, when, made_from in told:
        evidence = tuple(Evidence(s.start, s.end, s.text) for s in sorted(g.sentences, key=lambda s: s.index))
        news = g.history and _news_of_its_days(when, first_day)
        told_own = False
        if news:
            when = replace(when, reason=f"{when.reason}; {NEWS_OF_ITS_DAYS}")
        elif (g.history or id(g) in recalled) and _told_with_consequence(g, when, first_day):
            told_own = True
        for target in made_from:
            number += 1
            if told_own and target.place is not None and _in_own_sentence(g, target.place):
                # at a place its own sentence names, not one taken from the text before (the report's)
                own = replace(when, reason=f"{when.reason}; {TOLD_WITH_CONSEQUENCE}")
                made[False].append(make(article, g, number, target, own, evidence, country_names))
                continue
            if news and _dated_elsewhere(g, target.place):
                # a place told by a time of its own before the report's ("The army captured X
                # earlier this month") in a sentence with no day: the day is another sentence's
                made[True].append(make(article, g, number, target, _UNDATED, evidence, country_names))
                continue
            made[(g.history and not news) or id(g) in recalled].append(
                make(article, g, number, target, when, evidence, country_names)
            )
    earlier = sorted(made[True], key=lambda i: (i.evidence[0].start if i.evidence else 0, i.id))
    return Assembled(tuple(made[False]), tuple(earlier))


def _lead_day(groups: list[Group], published: date | None) -> tuple[DateMention, int] | None:
    """The first day told in the lead (the sentence after the headline, a paragraph of its own),
    by whichever event, and the headline's paragraph: a day, of the last days before publication
    or its own (not "In May 2014, a car bomb killed 60 in X": an old event the lead recalls)."""
    lead = [
        (d, s.paragraph)
        for g in groups
        if not g.history
        for d in g.dates
        if d.date_start is not None and d.date_prec == 1
        for s in g.sentences
        if s.index == 1 and s.start <= d.start < s.start + len(s.text)
    ]
    if not lead:
        return None
    first, paragraph = min(lead, key=lambda t: t[0].start)
    day = first.date_start
    if published is not None and day is not None and day != published and not recent_before(day, published):
        return None
    return first, paragraph


def _headline_day(g: Group, lead: tuple[DateMention, int] | None) -> EventDate | None:
    """A headline's event told with no day of its own ("Rebel shells kill six in X") is the
    event its lead tells with its day ("Mortar bombs killed four near Y square in eastern X on
    Monday"), not the publication's. The reason reads as a narrative day, so the report model
    (salience.py) weighs it as the day it was trained on: the publication's."""
    if lead is None or g.dates or g.carried is not None or g.history or not g.sentences:
        return None
    day, paragraph = lead
    first = g.sentences[0]
    if not is_headline(first) or first.paragraph == paragraph:
        # not a headline: a lead of its own ("Gunmen killed three in X, police said." over "In a
        # separate incident on Tuesday, a bomb ... in Y": Y's day is not X's)
        return None
    why = f"{NARRATIVE}: the headline's event, dated by its lead, '{day.text}' ({day.date_start})"
    return EventDate(day.date_start, day.date_end, day.time_precision, day.date_prec, why)


# an earlier event told without a date ("a month earlier") took place before the report's day,
# not on it: no day rather than the publication's
_UNDATED = EventDate(None, None, 3, 5, "an earlier event the text gives no date for")


# the date reason's mark of an earlier event told with a day of its own (`_news_of_its_days`):
# the report model keeps it (extraction/salience.py)
NEWS_OF_ITS_DAYS = "an earlier event told with a day of its own: news of the report's days"


def _first_day(told: list[tuple[Group, EventDate, list[Target]]]) -> date | None:
    """The day of the report's first event told with a day of its own, if any."""
    dated = [
        (g.sentences[0].index, when.start)
        for g, when, made_from in told
        if g.dates and g.sentences and made_from
    ]
    return min(dated)[1] if dated else None


def _news_of_its_days(when: EventDate, first_day: date | None) -> bool:
    """An earlier event set aside by the roles but told with a day of its own less than
    ``RECALLED_DAYS`` before the report's first ("Israeli jets had struck Tyre a day earlier",
    "in response to police raids in X on Monday", "The attack came two days after gunmen shot
    dead a soldier in Y") is news of those days: an incident of the report, not one it recalls.
    Told without a day ("days after", "last week", "since ...") it stays background."""
    return (
        first_day is not None
        and when.start is not None
        and when.start == when.end
        and when.date_prec == 1
        and recent_before(when.start, first_day)
    )


# the date reason's mark of an earlier event told with a day and a consequence of its own,
# however long before the report's first ("A week earlier, an air strike on a market in X killed
# 11", "the bombings in X on May 23, which killed 120", "forces captured X on 20 January"): an
# incident of the report dated its own day, as the wire set's gold marks it; the report model
# keeps it (extraction/salience.py). One only alluded to, with no consequence told ("since the
# attack on X on May 23"), stays recalled.
TOLD_WITH_CONSEQUENCE = "an earlier event told with a day and a consequence of its own"

# sub-event types whose act is its own consequence: a place taken, people arrested or abducted,
# property destroyed
_CONSEQUENCE_TYPES = frozenset(
    {
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Arrests",
        "Abduction/forced disappearance",
        "Looting/property destruction",
    }
)
# damage told of the act ("causing material damage", "destroying two houses", "set fire to")
_DAMAGE = re.compile(
    r"\b(?:damag(?:e|ed|ing)|destroy(?:ed|ing)?|destruction|razed|torched|burn(?:ed|t|ing)\s+(?:down\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:houses?|homes?|shops?|cars?|vehicles?|trucks?|buildings?)|set\s+(?:fire|ablaze))\b",
    re.IGNORECASE,
)


def _told_with_consequence(g: Group, when: EventDate, first_day: date | None) -> bool:
    """An earlier event told with a day of its own before the report's first (`RECALLED_DAYS`
    or more before it, or set aside by the roles) and a consequence of its own: a toll, damage,
    a place taken, an arrest or an abduction."""
    if first_day is None or when.start is None or when.start != when.end or when.date_prec != 1:
        return False
    if not when.start < first_day:
        return False
    return (
        any(
            c.kind in ("killed", "wounded", "casualties")
            for c in (*g.claims, *(c for told in g.place_claims.values() for c in told))
        )
        or g.sub_event_type in _CONSEQUENCE_TYPES
        or any(_DAMAGE.search(s.text) for s in _own_sentences(g))
    )


def _own_sentences(g: Group) -> list[Sentence]:
    """The sentences that hold the group's event words."""
    return [s for s in g.sentences if any(s.start <= w < s.start + len(s.text) for w, _ in g.words)]


def _in_own_sentence(g: Group, place: Mention) -> bool:
    return any(s.start <= place.start < s.start + len(s.text) for s in _own_sentences(g))


def _dated_elsewhere(g: Group, place: Mention | None) -> bool:
    """An earlier event's place told by an earlier time of its own ("last week", "earlier this
    month") in a sentence of its group that tells no day: the group's day is another sentence's
    ("Jets had struck Y the day before. The army captured X earlier this month.")."""
    if place is None or place.reason != EARLIER_TIME:
        return False
    own = next((s for s in g.sentences if s.index == place.sentence), None)
    return own is not None and not any(own.start <= d.start < own.start + len(own.text) for d in g.dates)


# "The attack came two days after gunmen killed a soldier in X", "..., a day after fighting in Y
# left 10 dead": so many days before the day told
_DAYS_AFTER = re.compile(
    rf"\b(?:(?P<n>{DAY_COUNT})\s+days?|the\s+day)\s+after\b(?!.*\bafter\b)", re.IGNORECASE | re.DOTALL
)


def _day_after(g: Group, first_day: date | None) -> EventDate | None:
    """The day of an earlier event told with no date of its own after "N days after" in its
    sentence, before its place: that many days before the report's first event's day."""
    if g.dates or first_day is None or not g.aside or not g.sentences:
        return None
    place = min(g.aside, key=lambda m: m.start)
    sentence = next((s for s in g.sentences if s.start <= place.start < s.start + len(s.text)), None)
    if sentence is None:
        return None
    found = _DAYS_AFTER.search(sentence.text, 0, place.start - sentence.start)
    if found is None:
        return None
    n = found["n"]
    days = 1 if n is None else day_count(n)
    day = first_day - timedelta(days=days)
    return EventDate(day, day, 1, 1, f"'{found.group()}' the report's first event ({first_day})")


def _history_date(g: Group, article: Article) -> EventDate | None:
    """History set aside by its year ("the bombardment of X in 2012") is of that year, never of
    the day the clause around it tells ("a court began hearing on Monday the case ..."): the
    group's oldest date long before publication, or none told."""
    if article.published is None or not any(m.reason == HISTORY for m in g.aside):
        return None
    old = [
        d for d in g.dates if d.date_end is not None and (article.published - d.date_end).days > RECALLED_DAYS
    ]
    if not old:
        return _UNDATED
    d = min(old, key=lambda d: (d.date_start or d.date_end, d.start))
    return EventDate(d.date_start, d.date_end, d.time_precision, d.date_prec, f"'{d.text}': {d.reason}")


def _aside(g: Group) -> list[Target]:
    """Where an earlier event set aside by the roles was: the finest of its places, else none."""
    return [Target(p, list(g.claims)) for p in finest(g.aside)] or [Target(None, list(g.claims))]


# an undated first event's day (the day of publication) is a guess this wide
_GUESSED_DAYS = 31


def _recalled(told: list[tuple[Group, EventDate, list[Target]]]) -> set[int]:
    """Groups that recall an earlier event: told after the report's first event and ended a week
    or more before it ("Kunduz 17 killed in a mosque bombing on Friday. ... It echoed an attack in
    Kunduz on Oct. 8, 2021", "... a similar raid in Bukavu in February"). A report is news of its
    own days; what it recalls was news on its own day, in its own reports, and is no incident of
    this one (a round-up's period ends near its report's day, so it stays)."""
    # the first event whose day the text tells: a headline with no date of its own is dated the
    # day of publication, which says nothing of how long before it the lead's event was ("On 2
    # September 2024, gunmen clashed at X" in a note published on the 10th is its news)
    told_first = [
        (g.sentences[0].index, when.start, bool(g.dates))
        for g, when, made_from in told
        if when.start is not None and g.sentences and made_from
    ]
    if not told_first:
        return set()
    line, day, dated = min(told_first)
    if not dated and (later := [t for t in told_first if t[2]]):
        # ... within a month of it, and told in the very next sentence, the lead: an old event
        # told by its date after an undated first one ("Shelling hit Homs. In May 2014, a car
        # bomb killed 60 people in Homs"), or after an undated lead ("Shelling killed five in
        # Ariha, a monitor said. The town was hit by a car bomb on 20 February") is recalled
        told_day = min(later)
        if told_day[0] == line + 1 and (day - told_day[1]).days <= _GUESSED_DAYS:
            line, day, _ = told_day
    out = set()
    for g, when, _ in told:
        ended = when.end or when.start
        if g.sentences and g.sentences[0].index > line and ended and (day - ended).days >= RECALLED_DAYS:
            out.add(id(g))
    return out


def targets(g: Group, focus: str | None, enclosing: frozenset[int] = frozenset()) -> list[Target]:
    if g.history:
        return []  # background told with its place ("a bombing in X a week earlier"): no incident
    named = [p for p in g.places if id(p) not in enclosing]
    places = finest(named) or ([g.inherited_place] if g.inherited_place else [])
    shared = g.claims
    kept = {_source(p) for p in places}
    alone = len(places) == 1 and all(source == _source(places[0]) for source in g.place_claims)
    shares = {source: [c for c in claims if c.share] for source, claims in g.place_claims.items()}
    out = [
        Target(p, _shared_out(g.place_claims.get(_source(p), []), own, alone), scope, p is g.inherited_place)
        for p, own, scope in _clause_claims(g, places, kept)
        if not _told_by_shares(g.place_claims.get(_source(p)) or own, shares, _source(p))
    ]
    for source, claims in g.place_claims.items():
        if source not in kept and not _told_by_shares(claims, shares, source):
            # a figure said for a coarser place ("12 in Idlib province"): an incident there
            coarse = next((p for p in g.places if _source(p) == source), None)
            out.append(Target(coarse, _shared_out(claims, shared, False)))
    if not out and g.places and not named:
        country = ", ".join(dict.fromkeys(p.text for p in g.places))
        out.append(Target(None, shared, unplaced=f"'{country}' only encloses another event's place"))
    elif not out and (shared or (g.dates and not g.aggregate_claims)):
        unknown = ", ".join(dict.fromkeys(f"'{p.text}'" for p in g.unknown))
        out.append(
            Target(
                None,
                shared,
                unplaced=f"{unknown} not found in the gazetteer",
                unknown=", ".join(dict.fromkeys(p.text for p in g.unknown)),
            )
            if unknown
            else Target(None, shared)
        )
    if g.aggregate_claims:
        out.append(Target(None, g.aggregate_claims, country=focus or ""))
    return out


def _shared_out(own: list[Claim], shared: list[Claim], alone: bool) -> list[Claim]:
    """A place's figures with the event's. A share said for the place ("killed 25 people,
    including 10 in Saraqib") is the place's own toll when the event has other places, and the
    whole it is part of stays off it; at the event's only place it is a part of the whole, which
    is that place's toll (25, not 10)."""
    shares = [c for c in own if c.share]
    if not shares:
        return own + shared
    wholes = {id(w) for c in shares for w in shared if _whole_of(w, c)}
    if alone and wholes:
        return [replace(c, kind="part") if c.share else c for c in own] + shared
    return own + [w for w in shared if id(w) not in wholes]


def _told_by_shares(claims: list[Claim], shares: dict[str, list[Claim]], source: str) -> bool:
    """A place's figures that are each the whole of the shares told for other places and add up
    to it ("Air strikes killed 11 in Idlib province: seven in X and four in Y"): the shares'
    incidents tell it all, and an incident for the whole beside them would count its dead twice
    (not "killed 25 in Idlib province, including 10 in X": 15 are told nowhere else)."""
    parts = [c for other, found in shares.items() if other != source for c in found]
    if not claims or not parts:
        return False
    return all(
        (told := [p.number for p in parts if _whole_of(c, p)]) and sum(told) == c.number for c in claims
    )


def _whole_of(whole: Claim, share: Claim) -> bool:
    """``share`` was said as a part of ``whole`` (the figure told just before it, of its kind)."""
    return whole.kind == share.kind and 0 <= share.start - whole.end <= 400 and whole.number > share.number


def _clause_claims(g: Group, places: list[Mention], kept: set[str]) -> list[tuple[Mention, list[Claim], str]]:
    """Each place with the event's claims it carries and their scope: with several places, a
    claim told in the clause of one of them goes on that one alone ("shelled X, killing 30, and
    tanks shelled Y": 30 at X); the rest are for the whole event group."""
    if len(places) < 2:
        return [(p, g.claims, "incident") for p in places]

    def owner(c: Claim) -> str | None:
        told = g.claim_places.get(id(c))
        return told if told in kept else None

    out = []
    for p in places:
        own = [c for c in g.claims if owner(c) in (None, _source(p))]
        out.append((p, own, "event_group" if any(owner(c) is None for c in own) else "incident"))
    return out


def _enclosing(groups: list[Group]) -> frozenset[int]:
    """A country named as an event's place while the same sentence names a finer event place
    inside it for another event is where that place lies, not a place of its own ("warplanes
    target the biggest oilfield in Syria, in the east of Deir Ezzor, with clashes in the
    city", "air strikes across Syria and a car bomb in Azaz"): that event keeps no coordinates
    rather than the country's middle. The ids of those countries' mentions."""
    by_sentence: dict[int, list[Mention]] = {}
    for g in groups:
        for p in g.places:
            if p.candidate is not None:
                by_sentence.setdefault(p.sentence, []).append(p)
    return frozenset(
        id(p)
        for named in by_sentence.values()
        for p in named
        if p.candidate is not None
        and p.candidate.place.feature is Feature.COUNTRY  # not a sea, of the same level
        and any(_level(q) < _level(p) and related(p, q) == 1 for q in named)
    )


def _level(m: Mention) -> int:
    return LEVEL[m.candidate.place.feature] if m.candidate else 99


def _source(m: Mention) -> str:
    return m.candidate.place.source_id if m.candidate else ""


def finest(places: list[Mention]) -> list[Mention]:
    """Drop a place when a finer place inside it is named for the same event (Homs -> Ghouta)."""
    unique: dict[str, Mention] = {}
    for p in places:
        if p.candidate is not None:
            unique.setdefault(p.candidate.place.source_id, p)

    def level(m: Mention) -> int:
        return LEVEL[m.candidate.place.feature] if m.candidate else 99

    return [
        p
        for p in unique.values()
        if not any(q is not p and level(q) < level(p) and related(p, q) for q in unique.values())
    ]


def event_date(g: Group, article: Article) -> EventDate:
    if g.dates:
        d = min(g.dates, key=lambda d: (d.date_prec, d.start))
        return EventDate(d.date_start, d.date_end, d.time_precision, d.date_prec, f"'{d.text}': {d.reason}")
    if (c := g.carried) is not None:
        return EventDate(c.date_start, c.date_end, c.time_precision, c.date_prec, f"'{c.text}': {c.reason}")
    if article.published:
        reason = "no date in the text: the publication date, precision within a week"
        return EventDate(article.published, article.published, 2, 2, reason)
    return EventDate(None, None, 3, 5, "no date in the text and no publication date")


# a site's kind after its name ("the Hamid Karzai airfield", "the King Fahd air base", "the
# Kakuma refugee camp"): the name the gazetteer lacks is the site's, often a person's, not a
# settlement's, so the place text names the site whole
_SITE_AFTER = re.compile(rf"\s+{SITE_KINDS}\b", re.I)


def _site_named(name: str, text: str, at: int = -1) -> str:
    """The place's name as the text gives it (at ``at``, or where the name first stands before a
    site's kind), with the kind of site that follows it."""
    starts = [at] if at >= 0 and text[at : at + len(name)] == name else []
    if not starts and name:
        # never the tail of a longer name (joined by a letter, a hyphen or an apostrophe): "Mina"
        # in "the Al-Mina military camp" or "the Bamina air base" names no site of Mina's
        starts = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}", text)]
    for start in starts:
        if site := _SITE_AFTER.match(text, start + len(name)):
            return name + site.group()
    return name


# The incident is measured from the town, not in it: "20 km north of X", "some 30 miles (48 km)
# south-east of the town of X", "near X", "on the outskirts of X", "east of X". ACLED codes such a
# place 2 (near a town) and UCDP 2 (within ~25 km), or 3 beyond 25 km (ADM2-sized uncertainty).
_COMPASS = r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))*"
_FROM_TOWN_BEFORE = re.compile(
    r"(?:\b(?P<n>\d{1,4}(?:[.]\d+)?)\s*(?:-\s*)?(?P<unit>km|kms|kilomet(?:er|re)s?|miles?)\s+"
    r"(?:\([^()]{0,20}\)\s+)?(?:to\s+the\s+)?(?:" + _COMPASS + r"\s+)?(?:of|from)\s+"
    r"|\b(?:near|outside|(?:on|at)\s+the\s+(?:outskirts|edge|edges)\s+of|" + _COMPASS + r"\s+of)\s+)"
    r"(?:the\s+(?:\w+\s+)?(?:town|city|village)\s+of\s+)?$",
    re.I,
)
_MILE_KM = 1.609


def _near_town(text: str, start: int, geo_precision: int, where_prec: int) -> tuple[int, int, str] | None:
    """The precision of a town given as the point an incident is measured from, and the words that
    say so, else None."""
    if geo_precision != 1 or start <= 0:
        return None
    if (m := _FROM_TOWN_BEFORE.search(text, max(0, start - 80), start)) is None:
        return None
    km = float(m["n"]) * (_MILE_KM if m["unit"].lower().startswith("mile") else 1) if m["n"] else 0.0
    return 2, max(where_prec, 3 if km > 25 else 2), " ".join(m.group().split())


def where(target: Target, country_names: dict[str, str], text: str = "") -> Where:
    """Where the incident is; ``text``, the article's, names a site the gazetteer lacks whole."""
    if target.country is not None:
        name = country_names.get(target.country, target.country) or "unknown country"
        return Where(name, 3, 6, "a country-wide total: no single place", None)
    place = target.place
    c = place.candidate if place else None
    if place is None or c is None:
        name = (
            _site_named(place.text, text, place.start)
            if place is not None
            else _site_named(target.unknown, text)
        )
        return Where("", 3, 6, target.unplaced, None, unknown_place_text(name, None) if name else "")
    # a unit standing in for a name it lacks: the unit's precision, or "near" a town's
    # (`offline._near`), not the town's own; so a town standing for a part of its unit
    prec = c.precision if stands_in(c) or c.reason.endswith(UNIT_PART) else precision_of(c.place)
    geo_precision, where_prec = prec.geo_precision, prec.where_prec
    reason = f"'{place.text}' ({place.reason}); {c.reason}"
    if not target.inherited and (near := _near_town(text, place.start, geo_precision, where_prec)):
        geo_precision, where_prec, said = near
        reason = f"{reason}; measured from it ('{said} X'): near it, not in it"
    if target.inherited and place.role == DATELINE:
        # where the reporter was is a guess at where it happened: ACLED's "near the town"
        geo_precision, where_prec = max(geo_precision, 2), max(where_prec, 2)
        reason = f"{FILED_FROM}: {reason}"
    elif target.inherited:
        reason = f"{INHERITED}: {reason}"
    named = unknown_place_text(_site_named(place.text, text, place.start), c) if stands_in(c) else ""
    return Where(c.location, geo_precision, where_prec, reason, place, named)


def make(
    article: Article,
    g: Group,
    number: int,
    target: Target,
    when: EventDate,
    evidence: tuple[Evidence, ...],
    country_names: dict[str, str],
) -> Incident:
    w = where(target, country_names, article.text)
    c = target.place.candidate if target.place else None
    point = w.point.candidate if w.point else None
    notes = []
    if target.country is not None:
        notes.append("country-wide total; it may include the figures of incidents placed elsewhere")
    if target.scope == "event_group":
        notes.append("figures are for the whole event group, not for this place alone")
    return Incident(
        id=f"{article.id}-{number:02d}",
        event_group=f"{article.id}-g{g.number}",
        event_date=when.start,
        date_end=when.end,
        time_precision=when.time_precision,
        date_prec=when.date_prec,
        date_reason=when.reason,
        event_type=g.event_type,
        sub_event_type=g.sub_event_type,
        location=w.location,
        latitude=round(point.place.latitude, 6) if point else None,
        longitude=round(point.place.longitude, 6) if point else None,
        geo_precision=w.geo_precision,
        where_prec=w.where_prec,
        place_source=point.place.source_id if point else None,
        place_score=point.score if point else None,
        place_reason=w.reason,
        country_code=(c.place.country_code if c else target.country) or "",
        admin1=c.place.admin1 if c else "",
        admin2=c.place.admin2 if c else "",
        actors=tuple(g.actors),
        claims=tuple(target.claims),
        claims_scope=target.scope,
        fatalities=estimate(target.claims, "killed"),
        wounded=estimate(target.claims, "wounded"),
        evidence=evidence,
        notes="; ".join(notes),
        place_text=w.place_text,
    )
