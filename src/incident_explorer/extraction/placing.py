"""Place mentions resolved in context: spot, give each a role, geocode with a country in focus.

In: the article, its sentences and which sentences report violence. Out: `Mention`s with their
role and best gazetteer candidate, and the article's main country (its focus).
Each name is geocoded once without a country in focus; the article's country is the one most
of its places lie in (the dateline's counts double), and names that resolved elsewhere are
asked again with that country in focus.
"""

from __future__ import annotations

import functools
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from incident_explorer import compiled_re as re
from incident_explorer.extraction import roles as R
from incident_explorer.extraction import spotting as S
from incident_explorer.extraction.article import Article
from incident_explorer.extraction.claims import Claim
from incident_explorer.extraction.datelines import bare_dateline
from incident_explorer.extraction.folding import lowered, may_hold
from incident_explorer.extraction.grouping import LEVEL
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.sentences import Sentence, has_headline
from incident_explorer.extraction.triggers import QUIET_TYPES, VIOLENT_TYPES, Trigger, TriggerKind
from incident_explorer.extraction.unknown_places import (
    PAIR_UNITS_AFTER,
    SITE_KINDS,
    country_after,
    countryside_way,
    names_unknown_at,
    names_unknown_place,
    region_parent,
    told_km,
    told_way,
    unknown_spots,
    way_before,
)
from incident_explorer.places.distance import bearing_between, bearing_of, distance_km
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.offline import (
    AREA_BEFORE,
    ContextKeys,
    OfflineGeocoder,
    context_keys,
    loosely_read,
    offset_of,
    stands_in,
    toward,
)
from incident_explorer.places.phrases import ARABIC_HEADED_KINDS, KIND_WRITTEN_AFTER, parse_query
from incident_explorer.places.place import Candidate, Feature, ParsedQuery, Place
from incident_explorer.places.precision import ADMIN2_AT_ADMIN1, UNIT_PART, precision_for
from incident_explorer.places.sources.geonames import UNIT_KINDS, capitals, neighbours
from incident_explorer.places.spelling import normalise, skeleton, translit
from incident_explorer.places.who_acts import WHO_ACTS, written_as_code

NOTABLE = 100_000  # population of a town abroad that a story about another country may name
TOWN = 10_000  # a town, not a village: an event place's own country may be read from it
FAR_FROM_KM = 50.0  # a town farther than this from a place the gazetteer lacks does not stand in for it
# A name whose next readings score within this of its best one fits their countries too: they
# get part of its vote for the article's country.
AMBIGUOUS = 0.05
READINGS = 5
RUNNER_UP = 0.5
BACKING = 0.5
Resolver = Callable[[ParsedQuery, "str | None"], "list[Candidate]"]
# "the northern Syrian town of Azaz", "the Nigerian state of Zamfara": the text says which
# country the place is in (the adjective must be a country's: "the Kurdish town of" says nothing)
_COUNTRY_KIND_OF = re.compile(
    r"\b(?P<adjective>[A-Z][a-z]+)\s+(?i:(?:(?:border|coastal|frontier|port|provincial)\s+)?"
    r"(?:town|city|village|province|region|district|governorate|state|port|capital|county)\s+of\s+)$"
)


# a lower-case word, not in a hashtag, path or handle: (?<![\w.#/@])[a-z][a-z’'-]+, with the
# letter first (`_CAPITALISED_WORD`)
_LOWER_WORD = re.compile(r"[a-z](?<![\w.#/@][a-z])[a-z’'-]+")


_COUNTRYSIDE_OF = re.compile(r"\bcountryside\s+of\s+(?:the\s+)?$", re.I)


def _countryside_of(sp: S.Spot, sentence: Sentence) -> bool:
    """The spot follows "countryside of" ("in the eastern countryside of X")."""
    at = sp.start - sentence.start
    return _COUNTRYSIDE_OF.search(sentence.text, max(0, at - 24), at) is not None


def _no_quarter(reading: list[Candidate]) -> list[Candidate]:
    """A city neighbourhood read first yields to a province or district of its name in the same
    country, which has a countryside; with none, the reading stands (a namesake town elsewhere
    or abroad is no better a reading of a quarter the text places in its city)."""
    top = reading[0].place
    if top.feature is not Feature.NEIGHBOURHOOD:
        return reading
    unit = next(
        (
            c
            for c in reading
            if c.place.feature in (Feature.ADMIN1, Feature.ADMIN2)
            and c.place.country_code == top.country_code
        ),
        None,
    )
    return reading if unit is None else [unit, *(c for c in reading if c is not unit)]


@dataclass(frozen=True, slots=True)
class Placed:
    mentions: tuple[Mention, ...]
    focus: str | None  # ISO code of the article's main country
    filed_from: Mention | None = None  # the dateline's town, where a report names no other place


def place_mentions(
    geocoder: OfflineGeocoder,
    article: Article,
    sents: list[Sentence],
    triggers: dict[int, list[Trigger]],
    *,
    not_places: frozenset[str] = frozenset(),
    votes: dict[str, float] | None = None,
    figures: dict[int, list[Claim]] | None = None,
) -> Placed:
    """``not_places``: names that are never places here (actors, the article's source);
    ``votes``: other clues to the article's country (the actors it names)."""
    colon = record_colon(triggers)
    spotter = S.Spotter(
        geocoder.gazetteer,
        exclude=not_places | {article.source},
        record_from=colon,
        # words, not hashtags, paths or handles ("#mosul", "/nice/", "@reading")
        lower_words=frozenset(_LOWER_WORD.findall(article.text)),
        text=article.text,
    )
    spots = []
    for s in sents:
        known = spotter.spot(s)
        # the places the gazetteer lacks whose phrase says they are places ("in X, a village in Y")
        spots.extend(sorted([*known, *unknown_spots(spotter, s, known)], key=lambda sp: sp.start))
    spans: dict[int, list[tuple[int, int]]] = {}
    for sp in spots:
        if sp.sentence not in spans:
            spans[sp.sentence] = event_spans(sents[sp.sentence], triggers, figures)
    in_sentence: dict[int, list[S.Spot]] = {}
    position: list[int] = []  # each spot's place among its sentence's
    for sp in spots:
        same = in_sentence.setdefault(sp.sentence, [])
        position.append(len(same))
        same.append(sp)
    queries = [
        _record_query(sp, sents[0], in_sentence[sp.sentence])
        if colon is not None and sp.sentence == 0 and sp.start > colon
        else query_for(
            sp,
            sents[sp.sentence],
            _around(in_sentence[sp.sentence], k),
            spotter.match,
            spotter.names_province,
        )
        for sp, k in zip(spots, position, strict=True)
    ]
    # a place the gazetteer lacks, in a country or province named right after it ("Ogossagou,
    # central Mali"): read as that unit standing in for it
    queries = [
        replace(q, parents=(parent,))
        if sp.unknown and not q.parents and (parent := region_parent(sp, sents[sp.sentence], spots, spotter))
        else q
        for sp, q in zip(spots, queries, strict=True)
    ]
    # a parent the text names with its kind word ("Loropeni, a village in Poni province") is
    # asked for with it: a unit no town lies in answers only so, and a town that has the name
    # among its others abroad (Pawnee, Oklahoma, 'Poni') is no province
    queries = [
        replace(q, parents=_with_kinds(q.parents, sp, spots, sents, spotter.gazetteer)) if q.parents else q
        for sp, q in zip(spots, queries, strict=True)
    ]
    # ... and "X, 30 km from Y": Y's point stands in for it as far as the text says; so too for
    # a name the gazetteer knows only elsewhere ("Tabakat, a village 15 km south of Mopti": a
    # distance is told from a town, Mopti town, not the Mopti region around it)
    # (with the way, when told: "X, 25 km south of Y" is read 25 km south of a town Y when the
    # gazetteer lacks X; see `OfflineGeocoder`'s stand-ins)
    queries = [
        replace(q, reach_km=way[0], way=way[1])
        if q.parents and any(way := told_way(sp, sents[sp.sentence]))
        else q
        for sp, q in zip(spots, queries, strict=True)
    ]
    # ... and "X near Y", "X, outside the town of Y": Y is where X lies near, not a unit holding
    # it: a stand-in for X is the town Y (a point near a town), not a province of its name
    queries = [_near_told(q, sp, sents[sp.sentence], spots) for sp, q in zip(spots, queries, strict=True)]
    # ... and "X in the western countryside of Y": a stand-in for X is read that way from a town
    # Y, not at the town where nothing happened (a reading of Y as the province is as before)
    queries = [
        replace(q, part_way=part)
        if q.parents and not q.way and not q.reach_km and (part := countryside_way(sp, sents[sp.sentence]))
        else q
        for sp, q in zip(spots, queries, strict=True)
    ]
    queries = _listed_share_parent(spots, queries, sents)
    # a country lies in no place the text names next to it ("Angola, Democratic Republic of
    # Congo", "Cape Verde, Central African Republic" list countries)
    queries = [
        replace(q, parents=()) if q.parents and Feature.COUNTRY in sp.feature_hint else q
        for sp, q in zip(spots, queries, strict=True)
    ]
    stated: dict[int, Candidate] = {}  # spots whose country the text states: "the Iraqi city of X"
    for i, (sp, q) in enumerate(zip(spots, queries, strict=True)):
        name = _country_adjective(sp, sents[sp.sentence], spotter) or _country_in_after(
            sp, sents[sp.sentence], spots[i + 1 : i + 2], spotter
        )
        country = geocoder.geocode(name, limit=1) if name and not q.parents else []
        if country and country[0].place.feature is Feature.COUNTRY:
            stated[i] = country[0]
    # the parent a child's phrase names is the mention of that name nearest it (after it, else
    # before: "Syria's Afrin"), not every one of its sentence ("DARAA, Syria (Reuters) - Drones
    # struck a car in northern Syria": the dateline's country holds Daraa, the second "Syria" is
    # where the drones struck)
    child_of: dict[int, S.Spot] = {}
    near_of: dict[int, bool] = {}  # ... the child told to lie near it, not in it ("X near Y")
    for k, (sp, q) in enumerate(zip(spots, queries, strict=True)):
        if q.parents and q.parents[0] != sp.text:
            holders = [
                j
                for j, other in enumerate(spots)
                if j != k and other.sentence == sp.sentence and other.text == q.parents[0]
            ]
            if holders:
                nearest = min(holders, key=lambda j: (j < k, abs(j - k)))
                if nearest not in child_of:
                    child_of[nearest], near_of[nearest] = sp, q.parent_near
    ends: dict[int, tuple[int, ...]] = {}
    for sp in spots:
        ends[sp.sentence] = (*ends.get(sp.sentence, ()), sp.end)
    roles = [
        R.role_of(
            sp,
            sents[sp.sentence],
            spans[sp.sentence],
            child_of.get(k),
            near_town=near_of.get(k, False),
            in_record=colon is not None and sp.sentence == 0,
            names_region=spotter.names_region,
            published=article.published,
            ends=ends[sp.sentence],
        )
        for k, sp in enumerate(spots)
    ]
    roles = [
        R.Role(R.MENTIONED, ADJECTIVE)
        if r.role == R.EVENT and _adjective_before_noun(sp, sents[sp.sentence], spotter)
        else r
        for sp, r in zip(spots, roles, strict=True)
    ]
    in_the_city = any(r.role == R.DATELINE for r in roles) and any(_URBAN.search(s.text) for s in sents)
    # a closing speech tag's city is set aside only when what it tells names a place we lack
    told_unknown = functools.partial(names_unknown_place, spotter)
    # a place where the violence was that the gazetteer lacks, beside a speaker's or a quiet place
    unknown_at = functools.partial(names_unknown_at, spotter)
    roles = R.history_as_events(
        R.road_ends(spots, R.carry_over_lists(spots, roles, sents, told_unknown, unknown_at), sents, spans),
        in_the_city=in_the_city,
    )
    # (again after history is read as the text's own event: "U.S. President Donald Trump called off
    # talks, citing a bombing in Kabul last week" made both names earlier events, then events)
    roles = [
        R.Role(R.MENTIONED, ADJECTIVE)
        if r.role == R.EVENT and _adjective_before_noun(sp, sents[sp.sentence], spotter)
        else r
        for sp, r in zip(spots, roles, strict=True)
    ]
    # a town told farther than `FAR_FROM_KM` from a place the gazetteer lacks does not stand in
    # for it ("Bir al-Abed, about 70 km west of the provincial capital Arish" is not at Arish):
    # the incident stays unplaced with the name, not at a town the text measures from (told with
    # the way, "about 70 km west of Arish", it is at that point: `offline._offset`)
    far = frozenset(sp.text for sp in spots if sp.unknown and told_km(sp, sents[sp.sentence]) > FAR_FROM_KM)
    resolve = _resolver(geocoder, article, spots, sents, far)
    readings = _as_the_dateline(geocoder, article, spots, roles, [resolve(q, None) for q in queries])
    readings = _dateline_town_next_door(geocoder, spots, queries, roles, readings, resolve)
    votes = dict(votes or {})
    for cc in _home_countries(geocoder, spotter, sents):
        votes[cc] = votes.get(cc, 0.0) + 1.0  # as an actor of the country would
    for i, stated_country in list(stated.items()):
        cc = stated_country.place.country_code
        inside = resolve(replace(queries[i], parents=(stated_country.place.name,)), cc)
        if not inside or inside[0].place.country_code != cc or inside[0].place.feature is Feature.COUNTRY:
            del stated[i]  # "the Lebanese town of Qusayr": no such town there, the adjective errs
            continue
        readings[i] = inside
        votes[cc] = votes.get(cc, 0.0) + stated_country.score  # as the country's own name would
    own_parents = {
        i for i, sp in enumerate(spots) if colon is not None and sp.sentence == 0 and sp.start > colon
    }
    queries, readings = _parents_by_name(spots, queries, readings, resolve, skip=own_parents)
    # a range of mountains or hills named as X's parent ("X in the Akrad mountains") is read by
    # the gazetteer as a town of its name (Al Akrad) or one abroad (Zawiya, Libya): X is read by
    # its own name alone, neither at that town's point nor by a loose spelling among its neighbours
    ranged = [
        i not in stated and _range_parent(q, sents[sp.sentence])
        for i, (sp, q) in enumerate(zip(spots, queries, strict=True))
    ]
    queries = [replace(q, parents=()) if rg else q for q, rg in zip(queries, ranged, strict=True)]
    readings = [
        resolve(q, None)
        if rg
        else _unparented(
            q,
            r,
            resolve,
            away=_told_away(sp, sents[sp.sentence], in_sentence[sp.sentence]),
            told_from=_told_from_km(sp, sents[sp.sentence]),
            told_way=_told_bearing(sp, sents[sp.sentence]),
        )
        for sp, q, r, rg in zip(spots, queries, readings, ranged, strict=True)
    ]
    # "the (northern) countryside of X" is a province's or a district's, not a city quarter's:
    # "the countryside of Quneitra" beside Daraa is Quneitra province, not Dar'a's Quneitra quarter
    readings = [
        _no_quarter(r) if r and _countryside_of(sp, sents[sp.sentence]) else r
        for sp, r in zip(spots, readings, strict=True)
    ]
    # a name the gazetteer reads nowhere, in a province named right after it ("Mamasapano, in
    # the southern province of Maguindanao", "near X in the western desert of Anbar province"):
    # that unit stands in for it, as for a name spotted unknown (only the
    # unit, or a spelling inside it: anything else the name meets is a guess)
    for i, (sp, q) in enumerate(zip(spots, queries, strict=True)):
        if q.parents or sp.unknown:
            continue
        if readings[i] and loosely_read(readings[i][0]):
            # ... and a name met only by a looser spelling, told near a town ("X near Y", "X,
            # outside Y"): the town is its parent as for a name the gazetteer lacks, so a place
            # so spelt beside Y is read and Y stands in where none is
            near = _near_parent(q, sp, spots, sents, spotter)
            if near is not None:
                found = resolve(near, None)
                if found:
                    queries[i], readings[i] = near, found
                    continue
        if readings[i]:
            if Feature.COUNTRY in sp.feature_hint or readings[i][0].place.feature is Feature.COUNTRY:
                continue  # "Armenia in Azerbaijan's Tovuz district": a country lies in none
            # so too a name every reading of which lies outside the country the text puts it in
            # ("an attack on the village of Boni in central Mali" read Bonn, Germany, by an
            # alternate name, then nothing): the country stands in, as for a name read nowhere
            holder = country_after(sp, sents[sp.sentence], spots, spotter)
            asked = replace(q, parents=(holder,))
            found = resolve(asked, None) if holder else []
            if not holder and (unit := _unit_told_after(sp, spots, sents, spotter)):
                # ... or the unit the text names with its kind word ("the village of Lopa (Djugu
                # territory)" read Loupes, France by an alternate name): the unit stands in
                asked = replace(q, parents=_with_kinds((unit,), sp, spots, sents, spotter.gazetteer))
                found = resolve(asked, None)
                if (
                    found
                    and found[0].place.feature in _UNIT_KINDS
                    and _named_unit_stands_in(found[0])
                    and not any(within(c, found[0]) for c in readings[i])
                ):
                    queries[i], readings[i] = asked, found[:1]
                continue
            if not (
                found
                and found[0].place.feature is Feature.COUNTRY
                and _named_unit_stands_in(found[0])
                and all(c.place.country_code != found[0].place.country_code for c in readings[i])
            ):
                continue
            queries[i], readings[i] = asked, found[:1]
            continue
        # (a country too: "attacked X in Cameroon" had left X unread beside the bare country;
        # the event-place model still weighs a country standing in as a country)
        parent = region_parent(sp, sents[sp.sentence], spots, spotter)
        if parent:
            # (with its kind word: "X (Djugu territory)" is the territory, not the town Djugu)
            queries[i] = _near_told(
                replace(q, parents=_with_kinds((parent,), sp, spots, sents, spotter.gazetteer)),
                sp,
                sents[sp.sentence],
                spots,
            )
            readings[i] = [
                c
                for c in resolve(queries[i], None)
                if _named_unit_stands_in(c) or _in_named_unit(c, queries[i])
            ]
    first = [r[0] if r else None for r in readings]
    # the country across a border the story names as a landmark, one named as an actor
    # ("factions supported by Turkey") and a capital that speaks ("..., Moscow said") are not
    # the story's country; a country that speaks often is ("China says" in a story about China)
    attackers = _attackers(spots, roles, readings, first, sents)
    named = [
        (r, sp)
        for i, (r, sp, role, best) in enumerate(zip(readings, spots, roles, first, strict=True))
        if role.reason not in _NO_STORY_VOTE
        and i not in attackers
        and not (
            best is not None
            and best.place.feature is not Feature.COUNTRY
            and _speaks(sp, sents[sp.sentence], best)
        )
        # "Tessalit in the Adrar mountains": a range's name read as a town of its name (Adrar,
        # Algeria) is no clue to the story's country
        and not (
            best is not None and best.place.feature is Feature.CITY and _names_range(sp, sents[sp.sentence])
        )
    ]
    exact = [_close(r) for r, sp in named if sp.exact and r]
    spelled = [[c for c in _close(r) if _spells(c, sp.text)] for r, sp in named if not sp.exact]
    # a state named as the attacker only backs a country the places name (its army at home)
    guessed = [_close(r) for r, sp in named if not sp.exact and r] + [_close(readings[i]) for i in attackers]
    # transliterated names vote when they spell the place's own name and no name is exact; other
    # transliterations only back a country something else names (alone they are guesses)
    focus = main_country(geocoder, article, exact or [r for r in spelled if r], votes, guessed)
    adjectives = _adjective_countries(geocoder, sents, spotter, readings)
    # the countries the text names: a town abroad named by its own name in one of them is meant
    # ("Weiswampach, Luxembourg" in a story about Belgium)
    named_countries = {
        b.place.country_code
        for b, sp in zip(first, spots, strict=True)
        if b is not None and b.place.feature is Feature.COUNTRY and sp.exact
    }
    if (
        not votes
        and not adjectives
        # a story beside the countries it names across a border is no story of the conflict
        # country ("near the border with Mali and Niger")
        and not named_countries
        and not article.dateline
        and _violent(triggers)
        and all(map(_ambiguous, exact))
    ):
        # nothing names the story's country (no name, or only names whose readings lie in several
        # countries) and it reports violence: its event places are read where conflict was
        # recorded ("shelling on Bedama", "killed in Ras al-Ain countryside"), not wherever a
        # spelling meets a namesake (Viedma, Argentina; Ras El Ain, Morocco)
        conflict, in_conflict = _conflict_country(geocoder, spots, queries, roles, resolve)
        focus = conflict or focus
    else:
        conflict, in_conflict = None, set()
    mentions = []
    bests = []
    door: tuple[list[Candidate], set[str]] | None = None  # `_next_door_clues`: read when needed
    next_door: set[int] = set()  # the sentences with a name `_next_door` read
    for i, (sp, q, best) in enumerate(zip(spots, queries, first, strict=True)):
        if i in stated:
            bests.append(best)  # the text says which country: the story's focus does not overrule it
            continue
        if focus and (best is None or best.place.country_code != focus and not _notable_town(best, sp)):
            focused = next(iter(resolve(q, focus)), None)
            if (
                best is None
                or focused is not None
                and (_named(focused, sp.text) or not _named(best, sp.text) or i in in_conflict)
            ):
                # but an exact name is not traded for a spelling match in focus, unless the name
                # left the story's country open and reads about as well there
                best = focused
        if (
            best is not None
            and best.place.country_code != focus
            and not _kept_abroad(best, sp, named_countries)
        ):
            # a spelling match or a small town far from the story's country is a guess; a place of
            # the name next door, near a place of the story's country the text names, is not
            if focus and door is None:
                door = _next_door_clues(
                    geocoder, spotter, spots, roles, sents, readings, first, focus, named_countries
                )
            best = _next_door(readings[i], sp, focus, *door) if focus and door and door[0] else None
            if best is not None and roles[i].role == R.EVENT:
                next_door.add(sp.sentence)
        bests.append(_speaking_country(sp, sents[sp.sentence], readings[i]) or best)
    # where someone spoke was its sentence's event place only while no other place of it was read
    # ("Afghan officials in Jalalabad said Pakistani shells hit Landi Kotal": Landi Kotal, read
    # next door, is where; Jalalabad where it was told)
    roles = [
        R.Role(R.MENTIONED, R.SPEECH_VENUE)
        if role.reason == R.SPOKE_AT_EVENT and sp.sentence in next_door
        else role
        for sp, role in zip(spots, roles, strict=True)
    ]
    roles = [
        R.Role(R.MENTIONED, R.SPEAKER)
        if role.role == R.EVENT and best is not None and _speaks(sp, sents[sp.sentence], best)
        else role
        for sp, role, best in zip(spots, roles, bests, strict=True)
    ]
    roles = [R.Role(R.MENTIONED, R.ATTACKER) if i in attackers else r for i, r in enumerate(roles)]
    roles = _only_places(spots, roles, bests, spans, sents[0] if sents else None, unknown_at)
    roles = _lead_places(spots, roles, bests, spans, sents, unknown_at)
    roles = _officials_country(spots, roles, bests, spans, triggers, sents)
    aside = [
        R.Role(R.MENTIONED, R.SPEAKER) if best is not None and _speaks(sp, sents[sp.sentence], best) else role
        for sp, role, best in zip(spots, roles, bests, strict=True)
    ]
    # where a place set aside lies is no event place deciding the story's country either
    aside = _enclosing(spots, aside, bests, sents, events=False)
    bests, focus = _event_focus(spots, queries, aside, readings, bests, focus, resolve, named_countries)
    bests = _nearest_namesakes(queries, readings, bests, focus, resolve)
    bests = _one_name_per_place(spots, queries, readings, bests, sents, resolve)
    bests = _headline_as_the_body_s_province(spots, roles, bests, sents)
    bests = _landmarks_read(spots, sents, bests)
    bests = _neighbourhoods_read(spots, sents, bests)
    roles = _near_named(spots, _enclosing(spots, roles, bests, sents), bests, sents)
    roles = _stood_in_for(spots, queries, roles, bests, sents)
    roles, bests = _aliases_read(spots, roles, bests, sents)
    roles = _finer_in_sentence(spots, queries, roles, bests, sents, spans)
    roles = _compass_named_units(spots, roles, bests, sents)
    roles = _headline_encloses(spots, roles, bests, sents)
    roles = _heading_encloses(spots, roles, bests, sents)
    roles = _titled_datelines(spots, roles, sents)
    roles = _area_told_from(spots, roles, bests, sents)
    roles = _taken_in_unit(spots, roles, bests, sents)
    roles = _sites_named_after(spots, roles, bests, sents)
    roles = [
        _townsfolk(r, best, sents[sp.sentence].text[sp.end - sents[sp.sentence].start :])
        for sp, r, best in zip(spots, roles, bests, strict=True)
    ]
    if colon is not None:
        roles = _record_roles(sents[0], spots, roles, bests, colon)
    bests = _told_toward(spots, roles, bests, sents)
    bests = _compass_part_of_unit(spots, bests, sents)
    for sp, q, role, best in zip(spots, queries, roles, bests, strict=True):
        label = f"{sp.text}, {q.parents[0]}" if q.parents else sp.text
        mentions.append(Mention(sp.text, sp.start, sp.end, sp.sentence, role.role, role.reason, label, best))
    mentions = _capitals_named(
        geocoder, mentions, sents, triggers, figures, focus, spotter, published=article.published
    )
    mentions = _this_city_named(
        geocoder, spotter, mentions, sents, triggers, figures, published=article.published
    )
    filed_from = _filed_from(mentions, focus, votes or {}, geocoder, sents, spotter)
    return Placed(tuple(mentions), focus, filed_from)


def _told_toward(
    spots: list[S.Spot], roles: list[R.Role], bests: list[Candidate | None], sents: list[Sentence]
) -> list[Candidate | None]:
    """An event place told only by its way from a town ("launched a counterattack south of
    Aleppo", "clashes 20 km north of Baghdad"), with no place named before the way, happened
    that way from the town, not in it: the town's point moved that way (`offline.toward`)."""
    out = list(bests)
    # (not a headline's: "Forces clash north of Kirkuk" names the lead's event by its landmark,
    # and the report's incidents are weighed by the place the headline names)
    headed = has_headline(sents)
    # (nor a way from the dateline's town: "the militants' bastion west of Baghdad" under a
    # BAGHDAD dateline points the reader to a place from where the report was filed)
    filed = {
        best.place.source_id
        for role, best in zip(roles, bests, strict=True)
        if role.role == R.DATELINE and best is not None
    }
    for i, (sp, role, best) in enumerate(zip(spots, roles, bests, strict=True)):
        if (
            role.role != R.EVENT
            or best is None
            or not headed
            or sp.sentence == 0
            or best.place.source_id in filed
        ):
            continue
        s = sents[sp.sentence]
        b0 = max(0, sp.start - s.start - 60)
        before = s.text[b0 : sp.start - s.start]
        # (no place named before the way: "X, south of Y" is Y locating X, `told_way`)
        if "of" not in before[-12:] or (found := way_before(before)) is None:
            continue
        at, km, way = found
        lo = s.start + b0 + at
        if i and spots[i - 1].sentence == sp.sentence and lo - spots[i - 1].end <= 3:
            continue  # "X south of Y", "X, south of Y": Y locates X
        if any(
            j != i and r.role == R.EVENT and b is not None and b.place.source_id == best.place.source_id
            for j, (r, b) in enumerate(zip(roles, bests, strict=True))
        ):
            continue  # the town is an event place of the report itself: the way says where in it
        out[i] = toward(best, km, way)
    return out


# "in southern Idlib", "across northern Kaduna", "over eastern Ghazni": a compass word (not
# "central", a town's own centre) before a name
_IN_COMPASS_PART = re.compile(
    r"\b(?:in|across|over|throughout)\s+(?:the\s+)?(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+$",
    re.I,
)


def _compass_part_of_unit(
    spots: list[S.Spot], bests: list[Candidate | None], sents: list[Sentence]
) -> list[Candidate | None]:
    """A town told by a compass word before its name ("in southern Idlib", "across northern
    Kaduna", "in eastern Ghazni"), when its first-level unit bears the same name, is read as
    that part of the unit, not the town: the town's point stands for it (as UCDP codes such
    headlines, as ACLED codes a region by its capital) with the unit's precision, not a town's
    exact one. Not a national capital ("in eastern Kabul", "in south Beirut": the city's own
    quarters), nor a town whose unit has another name ("southern Damascus" in Dimashq, "western
    Mosul" in Ninawa), nor one followed by the kind word of a unit or area ("in southern Idlib
    province", which names the unit itself)."""
    out = list(bests)
    for i, (sp, best) in enumerate(zip(spots, bests, strict=True)):
        if best is None or best.place.feature is not Feature.CITY or best.precision.geo_precision != 1:
            continue
        place = best.place
        # (the text names the unit, or the town of the unit's name by a spelling of it: not a
        # town a loose spelling variant met, "northern Sinai" read as Aswan)
        unit = _normalised(place.admin1) if place.admin1 else ""
        if (
            not unit
            or unit != _normalised(sp.text)
            and not (unit == _normalised(place.name) and _spells(best, sp.text))
        ):
            continue
        s = sents[sp.sentence]
        at = sp.start - s.start
        if (
            _IN_COMPASS_PART.search(s.text, max(0, at - 30), at) is None
            or _UNIT_WORD_AFTER.match(s.text, sp.end - s.start)
            or _normalised(capitals().get(place.country_code, "")) == _normalised(place.name)
        ):
            continue
        out[i] = replace(
            best,
            precision=precision_for(Feature.ADMIN1),
            reason=f"{best.reason}; {UNIT_PART}",
        )
    return out


# what the reason of such a town read as its unit's part says
COMPASS_PART = (
    "told by a compass word as a part of the unit of its name: the unit's precision at the town's point"
)


# "in the capital", "the country's capital", "the Iraqi capital", "the capital's southern
# suburbs": a national capital left unnamed (not "the capital of X", "the capital Kabul", "the
# capital's Karrada district", "the capital's governor", nor a provincial or regional one)
# (a headline drops the article: "Car bomb kills 9 in Somali capital", the adjective then needed)
_THE_CAPITAL = re.compile(
    r"(?:\bthe\s+(?:(?P<adjective>[A-Z][a-z]+)\s+|country[’']s\s+|nation[’']s\s+)?|\b(?P<bare>[A-Z][a-z]+)\s+)"
    r"(?P<word>capital)\b"
    r"(?!\s+(?:city\s+)?of\b|\s+[A-Z]|\s*,\s+[A-Z]|[’']s\b(?!\s+(?:(?:north|south|east|west)\w*\s+)?"
    r"(?:suburbs?|outskirts|neighbou?rhoods?|districts|quarters|edges?|outlying\s+areas)\b))"
)
CAPITAL_NAMED = "the national capital the text names by its role ('fighting in the capital')"
_REGIONAL = r"(?:provincial|province[’']s|state|regional|region[’']s|district|governorate|county)"
# "Kandahar, the provincial capital", "Ramadi, the capital of Anbar province": a region's capital
# the text has named, which a later "the capital" (or "the capital's western districts") means
_REGIONAL_CAPITAL = re.compile(
    rf"\b{_REGIONAL}\s+capital\b|\bcapital\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}}"
    r"(?:province|state|region|governorate|district|county)\b",
    re.I,
)
# "on the outskirts of this city", "in this town", "in this Turkish border town", "this southern
# port city": wire copy's word for its dateline's town
_THIS_TOWN = re.compile(
    r"\bthis\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:(?:border|frontier|coastal|port|market|garrison|desert|"
    r"mountain|riverside|northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+){0,2}(?P<word>city|town)\b(?![’']s\s+\w+\s+(?:said|says))",
    re.I,
)
THIS_TOWN_NAMED = "the dateline's town the text names as 'this city' ('on the outskirts of this city')"
# "... slammed into the center of the city", "at the western entrance of the town": not "the city
# of X", "the town of X", nor "the city council"
THE_TOWN_NAMED = "the dateline's town its own sentence names as 'the city' ('into the center of the city')"
_THE_TOWN = re.compile(r"\bthe\s+(?P<word>city|town)\b(?!\s+of\b|\s+(?:council|hall|authorities)\b)", re.I)


# "Air strikes hit Syrian city", "Blast kills 4 in Iraqi capital": a headline's town of a country
_COUNTRYS_TOWN = re.compile(r"\b([A-Z][a-z]+)\s+(?:city|town|village|capital|port)\b")


def _other_town_named(
    mentions: list[Mention],
    town: Mention,
    s: Sentence,
    headline: Sentence | None,
    country_of: Callable[[str], str | None],
) -> bool:
    """The headline names a town (or finer place) other than the dateline's, a town "the city" may
    be: "Rebels shell Aleppo" over "BEIRUT (Reuters) - Rebels shelled the city on Friday"; or a
    town of another country than the dateline's by its adjective: "Air strikes hit Syrian city"
    over "BEIRUT (Reuters) - Warplanes bombed the city's eastern districts"."""
    assert town.candidate is not None
    own = town.candidate.place.country_code
    if headline is not None and headline.index != s.index:
        for found in _COUNTRYS_TOWN.finditer(headline.text):
            if (cc := country_of(found.group(1))) is not None and cc != own:
                return True
    return (
        any(
            m.sentence == 0
            and m is not town
            and m.candidate is not None
            and m.candidate.place.feature in _TOWNS
            and m.candidate.place.source_id != town.candidate.place.source_id
            for m in mentions
        )
        or s.index == 0
    )


def _this_city_named(
    geocoder: OfflineGeocoder,
    spotter: S.Spotter,
    mentions: list[Mention],
    sents: list[Sentence],
    triggers: dict[int, list[Trigger]],
    figures: dict[int, list[Claim]] | None,
    *,
    published: date | None,
) -> list[Mention]:
    """ "DERA ISMAIL KHAN, Pakistan (AP) — Militants stormed a police post on the outskirts of
    this city": "this city" in a sentence that reports violence is the dateline's town, an event
    place: in the dateline's own sentence the dateline mention is, in a later one the words are;
    a unit named right after it ("this city in X state") only encloses it. So is "the city" in
    the dateline's own sentence when nothing before it there, nor the headline, names another
    town it could be ("CHERNIHIV, Ukraine (AP) — Missiles slammed into the center of the city")."""
    if not any("this " in s.text or "the " in s.text for s in sents[:3]) and not any(
        "this " in s.text for s in sents
    ):
        return mentions
    at = next(
        (
            i
            for i, m in enumerate(mentions)
            if m.role == R.DATELINE and m.candidate is not None and m.candidate.place.feature in _TOWNS
        ),
        None,
    )
    if at is None:
        return mentions
    town = mentions[at]
    assert town.candidate is not None
    out = list(mentions)
    added = []
    for s in sents:
        if s.index not in triggers:
            continue
        found_all = [(f, THIS_TOWN_NAMED) for f in _THIS_TOWN.finditer(s.text)] if "this " in s.text else []
        if s.index == town.sentence and not _other_town_named(
            mentions, town, s, sents[0] if sents else None, lambda w: _adjective_country(geocoder, spotter, w)
        ):
            found_all += [
                (f, THE_TOWN_NAMED)
                for f in _THE_TOWN.finditer(s.text)
                if not any(
                    m.sentence == s.index and m.role != R.DATELINE and m.start < s.start + f.start()
                    for m in mentions
                )
            ]
        for found, reason in found_all:
            start, end = s.start + found.start("word"), s.start + found.end("word")
            spot = S.Spot(start, end, found["word"], s.index, frozenset({Feature.CITY}))
            role = R.role_of(spot, s, event_spans(s, triggers, figures), published=published)
            if role.role != R.EVENT:
                continue
            if s.index == town.sentence:
                out[at] = replace(town, role=R.EVENT, reason=reason)
            else:
                label = f"{town.candidate.place.name}, this {found['word']}"
                added.append(
                    Mention(found["word"], start, end, s.index, R.EVENT, reason, label, town.candidate)
                )
            for k, m in enumerate(out):
                if (
                    m.sentence == s.index
                    and m.start >= end
                    and m.role == R.EVENT
                    and m.candidate is not None
                    and m.candidate.place.feature in _UNIT_KINDS
                    and _IN_UNIT.match(s.text[end - s.start : m.start - s.start])
                    and within(town.candidate, m.candidate)
                ):
                    out[k] = replace(m, role=R.MENTIONED, reason=f"encloses this {found['word']}{R.ENCLOSES}")
    return sorted([*out, *added], key=lambda m: (m.sentence, m.start))


def _capitals_named(
    geocoder: OfflineGeocoder,
    mentions: list[Mention],
    sents: list[Sentence],
    triggers: dict[int, list[Trigger]],
    figures: dict[int, list[Claim]] | None,
    focus: str | None,
    spotter: S.Spotter,
    *,
    published: date | None,
) -> list[Mention]:
    """ "NAIROBI (Reuters) - Sudan's army and the RSF fought in the capital": a sentence that
    reports violence with no event place finer than a country, and names the capital by its
    role, happened in the national capital of the country it names (by an adjective, "the
    Iraqi capital"; else the one country the sentence names; else the story's country), not at
    the dateline's town abroad. The capital is the gazetteer's town of GeoNames' capital name."""
    if not any("capital" in s.text for s in sents):
        return mentions
    added = []
    for s in sents:
        if "capital" not in s.text:
            continue
        if _REGIONAL_CAPITAL.search(s.text):
            break  # this and every later "the capital" may be the region's
        own = [m for m in mentions if m.sentence == s.index]
        if any(
            m.role == R.EVENT and m.candidate is not None and m.candidate.place.feature is not Feature.COUNTRY
            for m in own
        ):
            continue  # the sentence places its event itself
        for found in _THE_CAPITAL.finditer(s.text):
            parts = s.text[found.end() : found.end() + 2] in ("'s", "’s")
            if found["bare"]:
                # no "the": only a country's adjective makes it a capital's name ("Provincial capital")
                cc = _adjective_country(geocoder, spotter, found["bare"])
            else:
                cc = _capital_country(geocoder, found["adjective"], own, focus, spotter, s.text, parts)
            capital = capital_of(geocoder, cc) if cc else None
            if capital is None:
                continue
            if any(
                m.role == R.DATELINE and m.candidate is not None and m.candidate.place == capital.place
                for m in mentions
            ):
                continue  # filed from the capital: the dateline's town is the report's (`_filed_from`)
            start, end = s.start + found.start("word"), s.start + found.end("word")
            spot = S.Spot(start, end, found["word"], s.index, frozenset({Feature.CITY}))
            role = R.role_of(spot, s, event_spans(s, triggers, figures), published=published)
            if role.role != R.EVENT:
                continue
            label = f"{capital.place.name}, the capital"
            added.append(Mention(found["word"], start, end, s.index, R.EVENT, CAPITAL_NAMED, label, capital))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.sentence, m.start))


def event_spans(
    s: Sentence, triggers: Mapping[int, list[Trigger]], figures: Mapping[int, list[Claim]] | None
) -> list[tuple[int, int]]:
    """The spans of a sentence's event words and, where it has any, of its casualty figures; a
    deal's words ("signed a peace agreement") report no violence: what it covers is no event place."""
    words = [(t.start, t.end) for t in triggers.get(s.index, []) if t.sub_event_type not in QUIET_TYPES]
    return words + [(c.start, c.end) for c in (figures or {}).get(s.index, [])] if words else []


def _capital_country(
    geocoder: OfflineGeocoder,
    adjective: str | None,
    own: list[Mention],
    focus: str | None,
    spotter: S.Spotter,
    sentence_text: str,
    parts: bool = False,
) -> str | None:
    """``parts``: the capital's parts are named ("the capital's southern suburbs")."""
    if adjective:
        return _adjective_country(geocoder, spotter, adjective)
    named = {
        m.candidate.place.country_code
        for m in own
        if m.candidate is not None and m.candidate.place.feature is Feature.COUNTRY and m.role != R.DATELINE
    }
    # the sentence's people named by their country ("Iraqi officials said ... in the capital");
    # arms that struck a capital's parts may be foreign ("DAMASCUS - Israeli missiles struck the
    # capital's southern suburbs"; "Iraqi troops fought in the capital" is Baghdad's)
    named |= {
        cc
        for word in _CAPITALISED_WORD.finditer(sentence_text)
        if not (parts and _ARMS_AFTER.match(sentence_text, word.end()))
        and (cc := _adjective_country(geocoder, spotter, word.group())) is not None
    }
    if len(named) > 1:
        # "talks between Sudan and Chad in the capital", "Iraqi officials said ... in the
        # capital, as Syria's government condemned it": which one's is not said
        return None
    return next(iter(named), focus)


# (\b[A-Z][a-z]{3,}\b, with the letter first: a pattern that opens with a character class is
# searched by a scan for that class, one that opens with an assertion tried at every position)
_CAPITALISED_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{3,}\b")
_ARMS_AFTER = re.compile(
    r"(?:[\s-]+(?:-?backed|-?led|made|military|air|naval|fighter|war|ballistic|cruise))*\s+(?:missiles?|"
    r"rockets?|drones?|jets?|warplanes?|planes?|aircraft|helicopters?|forces|troops|soldiers|army|"
    r"artillery|tanks?|militias?|fighters|gunboats?|warships?|strikes?|air\s*strikes?|shelling|"
    r"bombers?)\b",
    re.I,
)


def _adjective_country(geocoder: OfflineGeocoder, spotter: S.Spotter, word: str) -> str | None:
    """The country an adjective names ("Iraqi": IQ), or None ("Kurdish", "Ottoman", "Police")."""
    key = spotter.country_of_adjective(word)
    country = geocoder.geocode(key, limit=1) if key else []
    if not country or country[0].place.feature is not Feature.COUNTRY:
        return None
    return country[0].place.country_code


def capital_of(geocoder: OfflineGeocoder, cc: str) -> Candidate | None:
    """The gazetteer's town that is the national capital of the country ``cc``."""
    name = capitals().get(cc)
    if not name:
        return None
    for c in geocoder.geocode(name, country=cc, limit=3):
        if c.place.country_code == cc and c.place.feature is Feature.CITY and _named(c, name):
            return c
    return None


# a second reading of a name taken for the place another name of the text holds: this near it
_TWIN_KM = 100
# "Ras al-Ain (Serekaniye)", "Duniq/Dowaibeq": two names of one place, side by side
_ALIAS_GAP = re.compile(r"^\s*(?:[(/]|,?\s*(?:also\s+)?(?:known\s+as|or|aka)\s)")


def _one_name_per_place(
    spots: list[S.Spot],
    queries: list[ParsedQuery],
    readings: list[list[Candidate]],
    bests: list[Candidate | None],
    sents: list[Sentence],
    resolve: Resolver,
) -> list[Candidate | None]:
    """A text names each place by one name: a name read as a place only by one of its other
    names ("Ras al-Ain", an old name of Ceylanpinar) when the text names that place by its own
    name too ("... lies across the border from the Turkish town of Ceylanpinar") is another
    place, its next reading near that one (Ras al-Ain, Syria), unless the two names stand side
    by side as one place's ("Ras al-Ain (Serekaniye)")."""
    own_named = {
        b.place.source_id: i
        for i, (sp, b) in enumerate(zip(spots, bests, strict=True))
        if b is not None and _bare_city(sp.text) == _bare_city(b.place.name)
    }
    if not own_named:
        return bests
    out = list(bests)
    for i, (sp, best) in enumerate(zip(spots, bests, strict=True)):
        j = own_named.get(best.place.source_id) if best is not None else None
        if best is None or j is None or j == i or _normalised(sp.text) == _normalised(spots[j].text):
            continue
        if skeleton(sp.text) == skeleton(spots[j].text) or _side_by_side(sp, spots[j], sents):
            continue
        if _named(best, spots[j].text):
            continue  # read by the other's name: the place it lies in ("Seif al-Dawla ... of Aleppo")
        # the name's other readings, and the best of it in each of their countries and in the
        # reading's own (a town where the unasked reading was only the district of its name;
        # "Basilan", read only as Isabela City by an other name, is the province around it)
        pool = [c for c in readings[i] if c.place.source_id != best.place.source_id]
        for cc in dict.fromkeys([best.place.country_code, *(c.place.country_code for c in pool)]):
            pool.extend(resolve(queries[i], cc))
        near = [
            c
            for c in pool
            if c.place.source_id != best.place.source_id
            and distance_km(c.place.latitude, c.place.longitude, best.place.latitude, best.place.longitude)
            <= _TWIN_KM
        ]
        if near:
            out[i] = min(near, key=lambda c: (c.place.feature not in _TOWNS, -c.score))
    return out


# "Kirkuk province", "Idlib governorate", "Borno state": a first-level unit named with its kind word
_PROVINCE_AFTER = re.compile(r"\s+(?:province|governorate|state)\b", re.I)


def _headline_as_the_body_s_province(
    spots: list[S.Spot], roles: list[R.Role], bests: list[Candidate | None], sents: list[Sentence]
) -> list[Candidate | None]:
    """A headline's bare name whose body names it as a province ("Bomb kills five in Kirkuk"
    over "... in Kirkuk province on Monday") is that province: a headline shortens the body's
    place, it tells no second one. Not where the body places an event in the town too ("a
    bomb went off in Kirkuk city"): the headline's town then is the body's (a town the body
    names only as where the wounded were taken leaves the event in the province)."""
    if not has_headline(sents):
        return bests
    provinces: dict[str, Candidate] = {}
    towns: set[str] = set()
    for sp, role, best in zip(spots, roles, bests, strict=True):
        if sp.sentence == 0 or best is None:
            continue
        s = sents[sp.sentence]
        if best.place.feature is Feature.ADMIN1 and _PROVINCE_AFTER.match(s.text, sp.end - s.start):
            provinces.setdefault(_normalised(sp.text), best)
        elif best.place.feature in _TOWNS and role.role == R.EVENT:
            towns.add(_normalised(sp.text))
    out = list(bests)
    for i, (sp, best) in enumerate(zip(spots, bests, strict=True)):
        key = _normalised(sp.text)
        if sp.sentence != 0 or best is None or best.place.feature not in _TOWNS or key in towns:
            continue
        province = provinces.get(key)
        if province is not None and within(best, province):
            out[i] = province
    return out


# the same few names, mention after mention and text after text
_normalised = functools.lru_cache(maxsize=65_536)(normalise)
# "Isabela City" and "City of Isabela", "Gaza City" and "Gaza": one town's own name, the kind
# word said or not
_CITY_WORD = re.compile(r"^city of |^city | city$")


def _bare_city(name: str) -> str:
    return _CITY_WORD.sub("", _normalised(name))


def _side_by_side(a: S.Spot, b: S.Spot, sents: list[Sentence]) -> bool:
    if a.sentence != b.sentence:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = sents[a.sentence].text[first.end - sents[a.sentence].start : second.start - sents[a.sentence].start]
    return len(gap) <= 20 and _ALIAS_GAP.match(gap) is not None


def _filed_from(
    mentions: list[Mention],
    focus: str | None,
    votes: dict[str, float],
    geocoder: OfflineGeocoder,
    sents: list[Sentence],
    spotter: S.Spotter,
) -> Mention | None:
    """The town a report was filed from, when the report names no other place where anything
    happened and no name it could not read, and is about no other country: wire reports leave
    the town out when it is the dateline's ("KABUL (Reuters) - A suicide bomber struck a mosque
    on Friday"). A name not resolved may be the event's own place ("... in Zhob district"), and
    a bureau reports on its neighbours ("BEIRUT (Reuters) - Syrian warplanes ...", "NAIROBI -
    Al Shabaab militants ..."): either stops this."""
    town = None
    countries = set()  # event places that are only the town's country ("… in Pakistan")
    for m in mentions:
        if m.candidate is None or stands_in(m.candidate):
            # (a unit standing in for a name the gazetteer lacks is a name it could not read:
            # "the ambush of a convoy near Boni, central Mali" under "Mopti -" is not Mopti's)
            if m.role != R.EVENT and m.reason != R.QUIET_CLAUSE:
                continue  # "lies north of X on the Shabelle river", "from X": set aside already
            return None
        if m.role == R.EVENT:
            if m.candidate.place.feature is not Feature.COUNTRY:
                return None
            countries.add(m.candidate.place.country_code)
        elif town is None and m.role == R.DATELINE and m.candidate.place.feature in _TOWNS:
            town = m
    if town is None or town.candidate is None or town.candidate.place.country_code != focus:
        return None
    if countries - {focus}:
        return None
    if votes and focus not in votes:  # the text's actors fight in other countries only
        return None
    own = {
        m.text.lower(): m.candidate.place
        for m in mentions
        if m.candidate
        and m.candidate.place.feature is Feature.COUNTRY
        and m.candidate.place.country_code == focus
    }
    # a sentence of an earlier event ("days after forces recaptured villages near X") says
    # nothing of where this one happened
    earlier = {m.sentence for m in mentions if m.reason in R.EARLIER}
    # "the capital's northern suburbs" under a dateline town that is not the capital is elsewhere
    capital = _is_capital(geocoder, town.candidate)
    if any(_away(s.text, own, town.candidate.place, capital) for s in sents if s.index not in earlier):
        return None
    if town.candidate.place.population >= _BUREAU_CITY and not any(
        _said_of_town(s.text, m.start(), m.group(), capital) for s in sents for m in _URBAN.finditer(s.text)
    ):
        return None  # a big city's bureau reports on the whole country ("ABUJA - Boko Haram ...")
    readings = [[town.candidate]]  # an adjective of the town's own country is no other country
    # "The Turkish border town of X lies across the frontier" says where, not whose forces acted
    told = [s for s in sents if not _LIES_VERB.search(s.text)]
    if _adjective_countries(geocoder, told, spotter, readings, anywhere=True) - {focus}:
        return None
    return town


_TOWNS = frozenset({Feature.CITY, Feature.NEIGHBOURHOOD, Feature.POINT})
# a dateline's city this big hosts bureaus that cover the country: the text must say the city
_BUREAU_CITY = 500_000
_URBAN = re.compile(
    r"\b(?:(?:the|this|in\s+the)\s+(?:capital|city)\b(?!\s+of\b)|(?:capital|city)[’']s\b|here\b|downtown\b|"
    r"neighbou?rhoods?\b|suburbs?\b|city\s+cent(?:re|er)\b)",
    re.I,
)
# a part of the country left unnamed: "in a northern province", "a remote district", "across
# the border" happened away from the dateline's town
_ELSEWHERE = re.compile(
    r"\b(?:provinces?|districts?|regions?|countryside|villages?|border|frontier|desert|mountains|across|"
    r"nationwide|throughout|"
    r"(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?)\b",
    re.I,
)


_SAME_TOWN_KM = 10


def _is_capital(geocoder: OfflineGeocoder, town: Candidate) -> bool:
    capital = capital_of(geocoder, town.place.country_code)
    return capital is not None and (
        distance_km(
            capital.place.latitude, capital.place.longitude, town.place.latitude, town.place.longitude
        )
        <= _SAME_TOWN_KM
    )


def _said_of_town(text: str, at: int, words: str, capital: bool) -> bool:
    """Words at ``at`` in ``text`` that name the dateline's town by its role: "the capital" only
    when it is its country's, or when it is a province's ("the provincial capital's western
    districts" under HOMS, "the state capital's outskirts" under MAIDUGURI)."""
    return (
        capital
        or "capital" not in words.lower()
        or _REGIONAL_BEFORE.search(text, max(0, at - 20), at) is not None
    )


# "the provincial capital's", "the Borno state capital's": a region's capital, not the country's
_REGIONAL_BEFORE = re.compile(rf"\b{_REGIONAL}\s+$", re.I)


def _away(text: str, country: dict[str, Place], town: Place, capital: bool) -> bool:
    """The sentence names a part of the country away from the dateline's town: not the town's
    own part ("in the city's western district", "on the northern edge of town"), the way to
    another place ("about 80 kilometers to the south"), the part of its ``country`` (by its names,
    lower-cased) the town lies in ("in Kurdish-held northeast Syria"), nor where a place lies
    ("The border town of X lies just across the frontier")."""
    if _LIES_VERB.search(text):
        return False
    for m in _ELSEWHERE.finditer(text):
        own = _TOWNS_OWN_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if own is not None and _said_of_town(text, own.start(), own.group(), capital):
            continue
        name = _NAME_AFTER.match(text, m.end())
        if (
            name is not None
            and (whole := country.get(name[1].lower())) is not None
            and _COMPASS.fullmatch(m.group())
            and _lies_to(town, whole, m.group())
        ):
            continue  # "northeast Syria" is where Qamishli lies; "across Syria" is not, nor
            # "northern Syria" where Daraa (in its south) lies
        of_town = _OF_THE_TOWN_AFTER.match(text, m.end())
        if of_town is not None and _said_of_town(text, of_town.start(), of_town.group(), capital):
            continue
        way = _DISTANCE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if way is not None and _NAMED_BEFORE.search(text, max(0, way.start() - 40), way.start()):
            continue  # "Hasakah, about 80 kilometers to the south"; not "a convoy 40 km north of the town"
        return True
    return False


def _lies_to(town: Place, country: Place, compass: str) -> bool:
    """The town lies to that side of its country's middle ("northern" Mali for Kidal, not Mopti)."""
    word = compass.lower()
    return (
        ("north" not in word or town.latitude > country.latitude)
        and ("south" not in word or town.latitude < country.latitude)
        and ("east" not in word or town.longitude > country.longitude)
        and ("west" not in word or town.longitude < country.longitude)
    )


_COMPASS = re.compile(r"(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?", re.I)
# a place named just before a distance: the distance says where that place lies
_NAMED_BEFORE = re.compile(
    r"\b[A-Z][\w’'-]+,?\s+(?:(?:about|some|around|nearly|roughly|almost)\s+)?\d[\d,.]*\s*$"
)
_NAME_AFTER = re.compile(r"\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
# "the city's western district", "the capital's northern suburbs"
_TOWNS_OWN_BEFORE = re.compile(r"\b(?:city|town|capital)[’']s\s+(?:[\w-]+\s+)?$", re.I)
# "on the northern edge of town", "the western outskirts of the city"
_OF_THE_TOWN_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:edge|outskirts|part|side|end|entrance|gate|suburbs?|neighbou?rhoods?|"
    r"districts?|quarters?)\s+of\s+(?:the\s+|this\s+)?(?:town|city|capital)\b",
    re.I,
)
# "about 80 kilometers to the south": the way to another place
_DISTANCE_BEFORE = re.compile(r"\b(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\w+\s+)?(?:to\s+the\s+)?$", re.I)
_LIES_VERB = re.compile(r"\b(?:lies|sits|is\s+located|is\s+situated|straddles)\b", re.I)


def _nearest_namesakes(
    queries: list[ParsedQuery],
    readings: list[list[Candidate]],
    bests: list[Candidate | None],
    focus: str | None,
    resolve: Resolver,
) -> list[Candidate | None]:
    """Of namesakes of one kind that score alike ("Safsafa": five Syrian villages), the one near
    another place the story names ("besieging al-Tabaqa ... take Safsafa") is meant, not the
    first of them 250 km away."""
    # the readings the best came from: the name's own, or those asked with the focus
    close = [
        [] if b is None else _close(r if r and r[0] is b else resolve(q, focus))
        for q, r, b in zip(queries, readings, bests, strict=True)
    ]
    sure = [len(c) == 1 for c in close]
    # Each place once, with how often the text names it (surely, and at all): a long text names
    # the same places thousands of times, and distances to one place are the same from each.
    first: dict[str, Candidate] = {}
    named: Counter[str] = Counter()
    named_surely: Counter[str] = Counter()
    for b, is_sure in zip(bests, sure, strict=True):
        if b is not None:
            first.setdefault(b.place.source_id, b)
            named[b.place.source_id] += 1
            named_surely[b.place.source_id] += is_sure
    units = [(sid, b) for sid, b in first.items() if b.place.feature is Feature.ADMIN1]
    out = list(bests)
    for i, best in enumerate(bests):
        if best is None:
            continue
        alike = [
            c
            for c in close[i]
            if c.place.feature == best.place.feature and c.place.country_code == best.place.country_code
        ]
        if len(alike) < 2:
            continue
        own = best.place.source_id
        # the places the other mentions name (this mention's own place only if named again)
        elsewhere = {sid: named[sid] - (sid == own) for sid in first}
        anchors = [b for sid, b in first.items() if named_surely[sid] - (sid == own and sure[i]) > 0] or [
            b for sid, b in first.items() if elsewhere[sid] > 0
        ]
        if not anchors or _near_any(best, anchors):
            continue
        # a reading inside a state or province the text names is not drawn out of it by a place
        # outside it the story names once ("Ohio police ... Franklin County ... found in
        # Hartman": not the Franklin County next to Hartman, Arkansas)
        held = [u for sid, u in units if elsewhere[sid] > 0 and within(best, u)]
        if held:
            anchors = [
                b for b in anchors if elsewhere[b.place.source_id] > 1 or all(within(b, u) for u in held)
            ]
        if not anchors:
            continue
        nearest = min(alike, key=lambda c: _distance_to(c, anchors))
        if _distance_to(nearest, anchors) <= NEAR_KM:
            out[i] = nearest
    return out


def _distance_to(c: Candidate, anchors: list[Candidate]) -> float:
    p = c.place
    return min(distance_km(p.latitude, p.longitude, a.place.latitude, a.place.longitude) for a in anchors)


def _near_any(c: Candidate, anchors: list[Candidate]) -> bool:
    return _distance_to(c, anchors) <= NEAR_KM


def _adjective_countries(
    geocoder: OfflineGeocoder,
    sents: list[Sentence],
    spotter: S.Spotter,
    readings: list[list[Candidate]],
    *,
    anywhere: bool = False,
) -> set[str]:
    """The countries the text names by their adjective ("Libyan officials", "Iraqi police",
    "Philippine troops") in which one of its places has its best reading: where the story is.
    An adjective no place of the story is read in says whose forces acted ("Russian jets",
    "Turkish border guards" shooting in Ras al-Ain, whose namesakes include a Turkish town).
    ``anywhere``: every country the text names by its adjective."""
    lying = {r[0].place.country_code for r in readings if r}
    if not lying:
        return set()
    gazetteer = geocoder.gazetteer
    by_key = gazetteer.country_of_key
    conflict = gazetteer.conflict_countries
    said = _ADJECTIVES.get(gazetteer)
    if said is None or len(said) >= _ADJECTIVES_SIZE:
        said = _ADJECTIVES[gazetteer] = {}
    found: set[str] = set()
    # each word once: a story says "Syrian" again and again
    for word in {m.group() for s in sents for m in _CAPITALISED_WORD.finditer(s.text)}:
        if word in said:
            cc = said[word]
        else:
            # the adjective the data or a suffix rule gives; or the country's plural name less its s
            adjective = by_key.get(spotter.country_of_adjective(word))
            cc = said[word] = adjective or by_key.get(normalise(word + "s"))
        if cc is not None and (anywhere or cc in lying or cc in conflict):
            found.add(cc)
    if anywhere:
        return found
    # a text that names the conflict country too ("the Syrian-Jordanian border") may be there
    return set() if found & conflict else found


# "Pakistani police said", "Kenyan villagers": police and residents are at home, their country is
# where the story is (not "Russian jets", "Turkish troops", who act abroad as often)
_HOME_PEOPLE = re.compile(r"\b([A-Z](?<!\w[A-Z])[a-z]{3,})\s+(?:police(?:men)?|residents|villagers)\b")


def _home_countries(geocoder: OfflineGeocoder, spotter: S.Spotter, sents: list[Sentence]) -> set[str]:
    """The countries whose police or residents the text names by their adjective."""
    return {
        cc
        for s in sents
        if "police" in s.text or "residents" in s.text or "villagers" in s.text
        for m in _HOME_PEOPLE.finditer(s.text)
        if (cc := _adjective_country(geocoder, spotter, m.group(1))) is not None
    }


# What a capitalised word says of a country, per gazetteer (a pure function of its index): the
# same words recur story after story.
_ADJECTIVES: weakref.WeakKeyDictionary[Gazetteer, dict[str, str | None]] = weakref.WeakKeyDictionary()
_ADJECTIVES_SIZE = 50_000


def _violent(triggers: dict[int, list[Trigger]]) -> bool:
    """The text reports armed violence or casualties (not only arrests, protests or agreements).
    "Killed", "wounded" are attacks on civilians; deaths the text says were natural, accidental
    or from a disaster lost their event words before (deaths.py)."""
    return any(
        t.event_type in VIOLENT_TYPES or t.kind is TriggerKind.FIGURES for ts in triggers.values() for t in ts
    )


def _ambiguous(close: list[Candidate]) -> bool:
    """A name's close readings lie in several countries: it does not say where the story is."""
    return len({c.place.country_code for c in close}) > 1


def _conflict_country(
    geocoder: OfflineGeocoder,
    spots: list[S.Spot],
    queries: list[ParsedQuery],
    roles: list[R.Role],
    resolve: Resolver,
) -> tuple[str | None, set[int]]:
    """The country of recorded conflict (the gazetteer's ``conflict_countries``) where the event
    places' names have readings, by those readings' scores, and the spots read there; None
    when they have none there."""
    scores: dict[str, float] = {}
    read: dict[str, set[int]] = {}
    for cc in sorted(geocoder.gazetteer.conflict_countries):
        for i, (sp, q, role) in enumerate(zip(spots, queries, roles, strict=True)):
            if role.role != R.EVENT:
                continue
            best = _conflict_reading(sp, q, cc, resolve)
            if best is not None:
                scores[cc] = scores.get(cc, 0.0) + best.score
                read.setdefault(cc, set()).add(i)
    if not scores:
        return None, set()
    country = max(scores, key=lambda cc: scores[cc])
    return country, read[country]


def _conflict_reading(sp: S.Spot, q: ParsedQuery, cc: str, resolve: Resolver) -> Candidate | None:
    """The name's reading in the conflict country ``cc`` when it may stand for the name: not when
    the name's best reading anywhere is a place believed wherever the story is (a town of
    `NOTABLE` people by its own name, a province: "Ramadi" is Iraq's city, not a Syrian
    hamlet), nor when the name is exact and its reading there scores clearly below its best
    one (a spelling match: "Derna" is Darnah, Libya, not Dayrunah; "Bourne" not Birnah). A name
    no place has as it stands is a guess anywhere: its reading there stands."""
    best = next(iter(resolve(q, cc)), None)
    if best is None or best.place.country_code != cc:
        return None
    anywhere = resolve(q, None)
    if not anywhere or anywhere[0].place.country_code == cc:
        return best
    if any(_notable(c, sp.text) for c in _close(anywhere)):
        return None
    parent = q.parents[0] if q.parents else ""
    if parent and stands_in(anywhere[0]) and _named(anywhere[0], parent) and not _named(best, parent):
        # "Kaguru, 40 km east of Goma": the unit standing in is read by its own name (Goma,
        # Congo); a spelling of it that meets a town of the conflict country (Hama, 'gama') is
        # a namesake's guess, not where the unknown name lies
        return None
    if _seat_named_like_its_unit(anywhere, sp) and best.place.population < TOWN:
        return None  # "Hajjah", the Yemeni province's town of 43,000, is no Syrian hamlet
    return best if not sp.exact or best.score >= anywhere[0].score - AMBIGUOUS else None


def _seat_named_like_its_unit(anywhere: list[Candidate], sp: S.Spot) -> bool:
    """The name's best reading is a town of `TOWN` people by its own name, as written, that a
    province or district of its country is named after: its seat, known beyond a village of
    the name ("Madaya", a Burmese town of no province's name, stays open)."""
    c = anywhere[0]
    if not (
        sp.exact
        and c.place.feature is Feature.CITY
        and c.place.population >= TOWN
        and normalise(c.place.name) == normalise(sp.text)
    ):
        return False
    return any(
        u.place.feature in (Feature.ADMIN1, Feature.ADMIN2)
        and u.place.country_code == c.place.country_code
        and normalise(u.place.name) == normalise(c.place.name)
        for u in anywhere[1:]
    )


def _event_focus(
    spots: list[S.Spot],
    queries: list[ParsedQuery],
    roles: list[R.Role],
    readings: list[list[Candidate]],
    bests: list[Candidate | None],
    focus: str | None,
    resolve: Resolver,
    named: frozenset[str] | set[str] = frozenset(),
) -> tuple[list[Candidate | None], str | None]:
    """When no event place lies in the story's country and every place that does is set aside
    (a wire dateline, talks abroad, a hospital across the border, a speaker: "BEIRUT (Reuters) -
    air strikes on Douma ... talks in Geneva"), those places decided it; the country the event
    places name by their own names then is the story's, and they are asked again with it in
    focus. A place in the focus named as context ("the X road, at the outskirts of Aleppo")
    keeps it. So does one named in a clause that reports no violence, unless it lies far from
    the event places' own readings (`_read_far_from`): it is where someone spoke or something
    else went on ("the coalition said in a statement carried by the Saudi Press Agency in
    Riyadh", "while protesters marched in London", "fighters based across the border in
    Afghanistan")."""
    events = [i for i, role in enumerate(roles) if role.role == R.EVENT and readings[i]]
    if not focus or not events:
        return bests, focus
    if any((b := bests[i]) is not None and b.place.country_code == focus for i in events):
        return bests, focus
    # a place named only as the parent of another ("Turkey's ministry said in Ankara") decides
    # nothing itself: the place it encloses does
    deciders = [
        i
        for i, b in enumerate(bests)
        if b is not None and b.place.country_code == focus and not roles[i].reason.endswith(R.ENCLOSES)
    ]
    quiet = [i for i in deciders if not _set_aside(roles[i])]
    if not deciders or not all(
        roles[i].role == R.MENTIONED and roles[i].reason in _SAID_ELSEWHERE for i in quiet
    ):
        return bests, focus  # a place in the focus is context ("X road, at the outskirts of Y")
    exact = [_close(readings[i]) for i in events if spots[i].exact]
    # a spelling of a name abroad does not move a story whose country the text names ("Nampala
    # ..., Mali's defence ministry said in Bamako": Nampula, Mozambique)
    spelled = [
        [c for c in _close(readings[i]) if _spells(c, spots[i].text)] for i in events if focus not in named
    ]
    votes: dict[str, float] = {}
    for close in exact or [r for r in spelled if r]:
        for cc, w in _weights(close).items():
            votes[cc] = votes.get(cc, 0.0) + w
    country = max(votes, key=lambda cc: votes[cc]) if votes else None
    if country is None or country == focus:
        return bests, focus
    if quiet:
        said = [bests[i] for i in quiet]
        return _read_far_from(spots, queries, events, readings, bests, said, country, focus, resolve)
    # a village abroad is believed only near where the reporter or the wounded were (a regional
    # bureau, a border hospital): talks and speeches are held anywhere ("the village of Castello
    # ... talks in Geneva" is no Italian village); a town is ("Turkey said ... in Afrin")
    near = [b for i in deciders if (b := bests[i]) is not None and _nearby_witness(roles[i])]
    out = list(bests)
    for i in events:
        found = next(iter(resolve(queries[i], country)), None)
        if found is None or found.place.country_code != country:
            continue
        p = found.place
        if (
            p.feature in _NOTABLE_UNITS
            # a town by its own name, as written or transliterated, or by a name none of whose close
            # readings lies in another country (not "Boni": Bonn, Watampone, Bern)
            or p.population >= TOWN
            and (
                translit(normalise(p.name)) == translit(normalise(spots[i].text))
                or _spells(found, spots[i].text)
                or all(c.place.country_code == country for c in _close(readings[i]))
            )
            or any(
                distance_km(p.latitude, p.longitude, b.place.latitude, b.place.longitude) <= _REGION_KM
                for b in near
            )
        ):
            out[i] = found
    return (out, country) if out != bests else (bests, focus)


# roles whose place says nothing of where the story is: a country across the border, one named as
# an actor, official or seat of government, one blamed or addressed ("accusing Eritrea of ..."),
# and where the fire came from ("rockets fired from inside Eritrea hit Humera")
_NO_STORY_VOTE = frozenset(
    {R.ACROSS_BORDER, R.NAMED_ACTOR, R.OFFICIAL_OF, R.GOVERNMENT_SEAT, R.ADDRESSED, R.LAUNCHED_FROM}
)
_REGION_KM = 500.0
_NEIGHBOURS_KM = 2500.0  # a region's countries: Riyadh and Yemen's west coast, Afghanistan and Waziristan
# a place named in a clause that reports no violence, or where a happening with none went on
_SAID_ELSEWHERE = frozenset({R.QUIET_CLAUSE, R.BESIDE})


def _read_far_from(
    spots: list[S.Spot],
    queries: list[ParsedQuery],
    events: list[int],
    readings: list[list[Candidate]],
    bests: list[Candidate | None],
    quiet: list[Candidate | None],
    country: str,
    focus: str,
    resolve: Resolver,
) -> tuple[list[Candidate | None], str | None]:
    """The event places whose best reading anywhere lies in ``country`` (`_event_focus`), read
    again with it in focus, when none of the quiet places deciding the focus lies within
    `_REGION_KM` of the reading (a country: when the reading is not in it, as none is) and, for a
    town of fewer than `NOTABLE` people with a close reading abroad, one lies within
    `_NEIGHBOURS_KM`."""
    out = list(bests)
    for i in events:
        # the name's best reading anywhere lies in that country: the reading with it in focus is
        # then that country's place of the name ("Douma" read beside "Geneva" is a village of
        # the same country as Douma near Damascus), not a namesake found only by asking there
        if readings[i][0].place.country_code != country:
            continue
        found = next(iter(resolve(queries[i], country)), None)
        if found is None or found.place.country_code != country:
            continue
        p = found.place
        away = [
            distance_km(p.latitude, p.longitude, q.place.latitude, q.place.longitude)
            for q in quiet
            if q is not None and q.place.feature is not Feature.COUNTRY
        ]
        if any(km <= _REGION_KM for km in away):
            continue
        # a town abroad is read only where a story told from the region is about ("Riyadh" and
        # a Yemeni village, "Afghanistan" and a Pakistani one), or when it is well known: a
        # namesake across the world is a guess ("near Hays ..., as envoys met in Muscat")
        if (
            # well known by its own name, as written or transliterated: not "Boni" (one of Bonn's
            # other names)
            not (_notable(found, spots[i].text) and (spots[i].exact or _spells(found, spots[i].text)))
            # (a name whose close readings all lie in that country is no guess among namesakes:
            # "air strikes hit Saraqib ... as ministers met in Brussels")
            and any(c.place.country_code != country for c in _close(readings[i]))
            and not any(
                distance_km(p.latitude, p.longitude, q.place.latitude, q.place.longitude) <= _NEIGHBOURS_KM
                for q in quiet
                if q is not None
            )
        ):
            continue
        out[i] = found
    return (out, country) if out != bests else (bests, focus)


def _next_door_clues(
    geocoder: OfflineGeocoder,
    spotter: S.Spotter,
    spots: list[S.Spot],
    roles: list[R.Role],
    sents: list[Sentence],
    readings: list[list[Candidate]],
    first: list[Candidate | None],
    focus: str,
    named: set[str],
) -> tuple[list[Candidate], set[str]]:
    """What `_next_door` reads a story by: the places of its country the text names (not the
    country itself, whose point says nothing of which part of it the story is about), none when
    an event place lies in that country (one where someone spoke aside); and the countries the
    text names, by name or adjective ("a Palestinian gunman", "the Syrian Observatory")."""
    if any(
        role.role == R.EVENT
        and role.reason != R.SPOKE_AT_EVENT
        and b is not None
        and b.place.country_code == focus
        and not _speaks(sp, sents[sp.sentence], b)
        for sp, role, b in zip(spots, roles, first, strict=True)
    ):
        return [], set()
    home = [
        b
        for b in first
        if b is not None and b.place.country_code == focus and b.place.feature is not Feature.COUNTRY
    ]
    return home, named | _adjective_countries(geocoder, sents, spotter, readings, anywhere=True)


def _next_door(
    readings: list[Candidate], sp: S.Spot, focus: str, home: list[Candidate], said: set[str]
) -> Candidate | None:
    """In a story none of whose event places lies in its country (read from the places set aside:
    a speaker's town, talks, a dateline), the reading of a name that country lacks in a country
    bordering it that the text names (by name or adjective), by the name as written or a
    transliteration of its own name, within `_REGION_KM` of a place of the story's country the
    text names: the nearest such ("Syrian rebels shelled Darkush" told by police in Hatay, "the
    Tajik enclave of Vorukh" in a story told from Bishkek). Not by a looser spelling ("Qandil" is
    no Kandilli, Turkey, beside Erbil). A namesake next door in a country the text never names
    may be a place of the story's own country the gazetteer lacks (an Iraqi Yusufiyah is no
    Syrian one), and one a continent away stays a guess. Where an event place lies in the story's
    country, a name it lacks stays unread as before (read next door, one put an incident at a
    distractor of a wire batch written blind)."""
    border = neighbours(focus) & said
    near = [
        (_distance_to(c, home), k, c)
        for k, c in enumerate(_close(readings))
        if c.place.country_code in border
        and c.place.feature in _NEXT_DOOR_FEATURES
        and not loosely_read(c)
        and not stands_in(c)
        and (
            _named(c, sp.text)
            or _spells(c, sp.text)
            or translit(normalise(c.place.name)) == translit(normalise(sp.text))
        )
    ]
    if not near:
        return None
    km, _, c = min(near, key=lambda t: (t[0], t[1]))
    return c if km <= _REGION_KM else None


_NEXT_DOOR_FEATURES = frozenset({Feature.CITY, Feature.NEIGHBOURHOOD, Feature.POINT})


def _nearby_witness(role: R.Role) -> bool:
    return role.role == R.DATELINE or role.reason in (R.TAKEN_TO, R.ACROSS_BORDER)


# "X in Katsina state", "X in the Kidal region", "X in Syria's Aleppo province", "X in central
# Mali", "X in West Darfur": what lies between a place and a unit named as where it lies
_COMPASS_WORD = (
    r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west)"
)
_IN_COMPASS_WORD = rf"\b(?:in|across|over)\s+(?:the\s+)?{_COMPASS_WORD}\s+$"
# "X in (the) northern Y", "X in the northwest of the Y region"; the place's kind, its
# surroundings, an appositive and the part of the unit may come between: "the X district of the
# southeastern province of Y", "X and its outskirts in the eastern countryside of Y", "X, the
# capital of northern Y province" (the parent still has to enclose the place's reading)
_UNIT_PART = r"(?:countryside|province|governorate|state|region|district|county|department|territory)"
# the edge of a town, which a place there lies in as in a part of a unit ("on the outskirts of Y"),
# or its middle or old part ("the Bab Touma area in the old city of Damascus", "X in the heart of Y")
_EDGE = r"(?:outskirts|edge|fringes?|old\s+(?:city|quarter|town)|heart|cent(?:re|er))"
_HELD = r"(?:[\w’'-]+-(?:held|controlled|run|occupied)\s+)"
_IN_UNIT = re.compile(
    # "al-Qahtaniyah (Tirbespiye) in the northeastern Hasakah province": its other name first
    r"^(?:\s*\([^()]{1,40}\))?"
    # ... or the site it is ("Kuje prison in the south of Abuja", "X airport on the outskirts of Y")
    r"(?:(?:\s+(?:refugee|displacement|military|army|air))?\s+(?:town|village|city|district|sub-?district|"
    r"neighbou?rhood|area|camp|port|base|airbase|airport|prison|jail|hospital|market|checkpoint|barracks))?"
    r"(?:\s+and\s+(?:its|their)\s+(?:outskirts|surroundings|environs|suburbs|countryside|vicinity))?"
    rf"(?:\s+(?:in|of)|\s+on(?=\s+the\s+(?:{_COMPASS_WORD}\s+)?{_EDGE}\s)"
    # ... or the border crossed to reach it ("a hospital in X, across the provincial border in Y",
    # "fled to X across the border in Y")
    r"|\s*,?\s+(?:just\s+)?across\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)\s+in"
    r"|\s*,\s*(?:the|a|an)\s+(?:(?:provincial|regional|district|administrative|main)\s+)?"
    r"(?:capital|seat|centre|center)\s+of)\s+(?:the\s+)?"
    # ... and who holds the unit: "X in rebel-held Idlib", "X in the government-controlled north of Y"
    rf"{_HELD}?"
    rf"(?:{_COMPASS_WORD}\s+(?:of\s+(?:the\s+)?)?)?(?:(?:{_UNIT_PART}|{_EDGE})\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# a town's name right after "in" (and who holds it) is the area it lies in: "Talipao in Sulu",
# "Khan Sheikhoun in rebel-held Idlib"
_IN_TOWN_GAP = re.compile(rf"\s+in\s+{_HELD}?", re.I)
# "Khan Sheikhoun, the Idlib town,", "X, a rebel-held Idlib village": an appositive that names the
# unit before the place's kind
_APPOSITIVE_GAP = re.compile(rf"\s*,\s+(?:the|a|an)\s+{_HELD}?(?:{_COMPASS_WORD}\s+)?", re.I)
_KIND_AFTER_UNIT = re.compile(r"\s+(?:town|village|city|suburb|district|neighbou?rhood|hamlet|port)\b", re.I)
_ALIAS_OPENS = re.compile(r"\s*\(")
_UNIT_WORD_GAP = re.compile(rf"\b(?:{_UNIT_PART}|{_EDGE})\s+of\s+(?:the\s+)?$", re.I)
# a compass word before a town's name makes it an area: "Nuseirat in central Gaza"
_COMPASS_GAP = re.compile(rf"\b{_COMPASS_WORD}\s+(?:of\s+(?:the\s+)?)?$", re.I)
# ... or an area named after the unit ("X in the Latakia mountains", "X in the Hama countryside")
_UNIT_WORD_AFTER = re.compile(
    r"\s+(?:state|province|governorate|region|district|county|oblast|zone|mountains|hills|countryside|desert)\b",
    re.I,
)
# ... and on from a feature of the unit to the unit: "X in the Jabal al-Akrad mountains of Y
# province", "X in the hills of Y district", as from its owner ("in Syria's Aleppo province",
# "in Iraq's western Anbar province")
_ON_TO_UNIT = re.compile(
    rf"^(?:[’']s\s+(?:{_COMPASS_WORD}\s+)?|\s+(?:mountains|hills|countryside|desert|plains?|valley|highlands)\s+"
    rf"(?:of|in)\s+(?:the\s+)?(?:{_COMPASS_WORD}\s+)?)$",
    re.I,
)
_UNIT_KINDS = frozenset({Feature.COUNTRY, Feature.ADMIN1, Feature.ADMIN2, Feature.REGION})


def _enclosing(
    spots: list[S.Spot],
    roles: list[R.Role],
    bests: list[Candidate | None],
    sents: list[Sentence],
    *,
    events: bool = True,
) -> list[R.Role]:
    """A country, province or region named right after an event place as where it lies ("X in
    Katsina state", "X in Syria's Aleppo province", "X in the Y mountains of Z province") is
    context for the finer place, not a second event place, once its reading is seen to enclose
    the place's; so is a unit the gazetteer cannot read that the text calls one ("X in the North
    Y zone"), and a town's name right after "in" that reads as a town near it ("Talipao in Sulu":
    Sulu read as Jolo, its capital; towns do not lie in towns, the name is the area's). Named
    after a place set aside ("a hospital in Ramtha in Jordan") it is set aside with it.
    ``events``: False to set aside only those (before the story's country is decided)."""
    out = list(roles)
    for i, sp in enumerate(spots):
        fine = bests[i]
        if fine is None or fine.place.feature in _UNIT_KINDS:
            continue
        event = roles[i].role == R.EVENT
        if not (event and events) and not (roles[i].role == R.MENTIONED and _set_aside(roles[i])):
            continue
        text = sents[sp.sentence].text
        at = sp.end
        gap_rule = _IN_UNIT
        for j in range(i + 1, min(i + 4, len(spots))):
            unit, coarse = spots[j], bests[j]
            if unit.sentence != sp.sentence:
                break
            gap = text[at - sents[sp.sentence].start : unit.start - sents[sp.sentence].start]
            if at == sp.end and _ALIAS_OPENS.fullmatch(gap):
                continue  # "Kobani (Ayn al-Arab) in Aleppo province": the place's other name
            after = text[unit.end - sents[sp.sentence].start :]
            appositive = (
                at == sp.end and _APPOSITIVE_GAP.fullmatch(gap) is not None and _KIND_AFTER_UNIT.match(after)
            )
            if not gap_rule.match(gap) and not appositive:
                break
            if coarse is None:
                if event and events and out[j].role == R.EVENT and _UNIT_WORD_AFTER.match(after):
                    out[j] = R.Role(R.MENTIONED, f"encloses {sp.text}{R.ENCLOSES}")  # "the North Shewa zone"
                break
            if (
                coarse.place.feature not in _UNIT_KINDS
                and not _UNIT_WORD_AFTER.match(after)
                and not _COMPASS_GAP.search(gap)
                and not _UNIT_WORD_GAP.search(gap)
                and not (
                    at == sp.end
                    and (_IN_TOWN_GAP.fullmatch(gap) or appositive)
                    and coarse.place.feature is Feature.CITY
                )
            ):
                break
            if out[j].role == R.EVENT and within(fine, coarse):
                # where a place set aside lies is set aside with it ("a hospital in Ramtha in Jordan")
                out[j] = R.Role(R.MENTIONED, f"encloses {sp.text}{R.ENCLOSES}" if event else roles[i].reason)
                if not event:
                    break
            at, gap_rule = unit.end, _ON_TO_UNIT  # "in Syria's Aleppo province"
    return out


def _stood_in_for(
    spots: list[S.Spot],
    queries: list[ParsedQuery],
    roles: list[R.Role],
    bests: list[Candidate | None],
    sents: list[Sentence],
) -> list[R.Role]:
    """A unit standing in for a place the gazetteer lacks is context, not a second event place,
    when it is the unit of an event place named before it in the sentence: "near Nukhaib in the
    western desert of Anbar province" (Nukhaib read nowhere, Anbar standing in for it: Anbar is
    where it lies), "X in Y province's Z district" (Z read nowhere, Y standing in for Z and
    holding X). `_enclosing` reads units found by their own name; a unit standing in it skips."""
    out = list(roles)
    for i, sp in enumerate(spots):
        fine = bests[i]
        if fine is None or roles[i].role != R.EVENT:
            continue
        text, start = sents[sp.sentence].text, sents[sp.sentence].start
        for j in range(i + 1, min(i + 4, len(spots))):
            unit, coarse = spots[j], bests[j]
            if unit.sentence != sp.sentence:
                break
            if out[j].role != R.EVENT or coarse is None:
                continue
            told_unit = _UNIT_WORD_AFTER.match(text, unit.end - start) is not None
            if stands_in(fine):
                # the very unit standing in for the place, named by its own name or as a unit; not
                # a second place the gazetteer lacks in the same unit ("in X and Z, villages of Y")
                same = coarse.place.source_id == fine.place.source_id
                context = same and (not stands_in(coarse) or told_unit)
                # ... or its seat town, where the text names it as the unit ("X in Sangin
                # district": the district stands in, its name read as the town of it)
                context = context or (
                    told_unit
                    and fine.place.feature is Feature.ADMIN2
                    and coarse.place.feature is Feature.CITY
                    and within(coarse, fine)
                )
            else:
                # ... a unit standing in for a finer unit the text names holds only what the text
                # puts in it ("X in Y province's Z district"), not a town elsewhere in the
                # sentence that lies merely in the same province ("GHAZNI CITY (Pajhwok): ... in
                # Giro district of Ghazni province": Giro, read at the province, is no unit
                # around the dateline's city)
                context = (
                    stands_in(coarse)
                    and told_unit
                    and within(fine, coarse)
                    and _PUT_IN.fullmatch(text, sp.end - start, unit.start - start) is not None
                )
            if context:
                # (a town the place is told to lie near holds nothing: a landmark for it)
                near = queries[i].parent_near and queries[i].parents[:1] == (unit.text,)
                out[j] = R.Role(R.MENTIONED, R.holder_reason(sp.text, near=near))
        # ... and the town or unit that owns it, named before it with a possessive, that stands
        # in for it ("in Raqqa's Mashlab neighbourhood", "Benghazi's al-Sabri district": the
        # quarter read nowhere, its town's reading standing in; the town is where it lies)
        if i and stands_in(fine):
            owner, coarse = spots[i - 1], bests[i - 1]
            if (
                owner.sentence == sp.sentence
                and out[i - 1].role == R.EVENT
                and coarse is not None
                and coarse.place.source_id == fine.place.source_id
                and _OWNER_BEFORE.fullmatch(text, owner.end - start, sp.start - start)
                and _QUARTER_AFTER.match(text, sp.end - start)
            ):
                out[i - 1] = R.Role(R.MENTIONED, f"encloses {sp.text}{R.ENCLOSES}")
    # ... and the unit paired with a unit set aside so ("near X on the border of Y and Z counties")
    for j in range(len(spots) - 1):
        if not out[j].reason.endswith(R.ENCLOSES) or out[j + 1].role != R.EVENT:
            continue
        sentence = sents[spots[j].sentence]
        pair = PAIR_UNITS_AFTER.match(sentence.text, spots[j].end - sentence.start)
        if pair and spots[j + 1].end - sentence.start <= pair.end():
            out[j + 1] = out[j]
    return out


# "Raqqa's Mashlab neighbourhood", "Bangui's mainly Muslim PK5 district": the owner's possessive,
# a few lower-case words, the quarter's name and its kind
_OWNER_BEFORE = re.compile(r"[’']s\s+(?:(?-i:[a-z])[\w’'-]*\s+){0,2}")
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|district|quarter|suburb|area|sector)\b", re.I)
# the words between a place and the unit the text puts it in: "in", "in the ... of", "in Y
# province's", ", a village in" (no clause between)
_PUT_IN = re.compile(r"[^:;.()—–]{0,60}?\b(?:in|of|inside|within)\s+[^:;.()—–]{0,40}")


# "Batu, also known as Ziway", "Tal Abyad, known to Kurds as Gire Spi", "X (also called Y)": the
# place's other name, told right after it
_ALIAS_GAP = re.compile(
    r"^\s*(?:,|\()\s*(?:(?:also|locally|formerly|once|widely|commonly)\s+)?(?:known|called)\s+"
    r"(?:(?:locally|officially)\s+|to\s+(?:[A-Z][\w’'-]*\s+){1,2}|in\s+[A-Z][\w’'-]*\s+)?(?:as\s+)?(?:the\s+)?$"
)


def _aliases_read(
    spots: list[S.Spot], roles: list[R.Role], bests: list[Candidate | None], sents: list[Sentence]
) -> tuple[list[R.Role], list[Candidate | None]]:
    """A place's other name told right after it ("Batu, also known as Ziway, and Shashemene") is
    that place again, not a second event place. When the first name is read nowhere, or in another
    country than the text's other places while the other name is read there, the other name's
    reading is the place's (Batu read in Indonesia, Ziway in Ethiopia beside Shashemene)."""
    out, read = list(roles), list(bests)
    for i in range(len(spots) - 1):
        sp, other = spots[i], spots[i + 1]
        if other.sentence != sp.sentence or out[i].role != R.EVENT:
            continue
        start = sents[sp.sentence].start
        if "known" not in (gap := sents[sp.sentence].text[sp.end - start : other.start - start]) and (
            "called" not in gap
        ):
            continue
        if not _ALIAS_GAP.match(gap):
            continue
        first, second = read[i], read[i + 1]
        if second is not None and (first is None or first.place.country_code != second.place.country_code):
            # the country the text's other places lie in
            beside = {
                c.place.country_code for k, c in enumerate(read) if c is not None and k not in (i, i + 1)
            }
            if first is None or second.place.country_code in beside:
                read[i] = second
        out[i + 1] = R.Role(R.MENTIONED, f"another name of {sp.text}, told after it")
    return out, read


# "X near Y", "the X air base near Y", "X village just outside Y", "X close to the town of Y":
# the phrase between says where X lies from Y
_NEAR_GAP = re.compile(
    r"^(?:\s+(?:[\w’'-]+\s+){0,2}?(?:town|village|city|area|camp|base|airbase|airport|dam|bridge|"
    r"checkpoint|crossing|district|neighbou?rhood|suburb|hamlet|farms?))?\s*,?\s+(?:just\s+)?"
    r"(?:near|outside|close\s+to|next\s+to|beside|by)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:city|town|capital|village)\s+of\s+)?$",
    re.I,
)


def _near_parent(
    q: ParsedQuery, sp: S.Spot, spots: list[S.Spot], sents: list[Sentence], spotter: S.Spotter
) -> ParsedQuery | None:
    """The query with the town the spot is told to lie near as its near-parent ("X near Y", "X,
    outside Y"), or None when its phrase tells no such town."""
    parent = region_parent(sp, sents[sp.sentence], spots, spotter)
    if not parent:
        return None
    asked = _near_told(replace(q, parents=(parent,)), sp, sents[sp.sentence], spots)
    return asked if asked.parent_near else None


def _near_told(q: ParsedQuery, sp: S.Spot, sentence: Sentence, spots: list[S.Spot]) -> ParsedQuery:
    """The query with its parent read as a place the spot lies near, not in, when the parent is
    the next place named after the spot and the words between say so ("X near Y", "X village,
    outside Y", "X, close to the town of Y")."""
    if not q.parents or q.reach_km or q.parent_near:
        return q
    after = next((o for o in spots if o.sentence == sp.sentence and o.start >= sp.end), None)
    if after is None or after.text != q.parents[0]:
        return q
    gap = sentence.text[sp.end - sentence.start : after.start - sentence.start]
    return replace(q, parent_near=True) if _NEAR_GAP.match(gap) else q


def _near_named(
    spots: list[S.Spot], roles: list[R.Role], bests: list[Candidate | None], sents: list[Sentence]
) -> list[R.Role]:
    """A town named right after an event place as the one it lies near ("air strikes on the village
    of X near Y", "the X air base near Y") is a landmark for it, not a second event place, once the
    gazetteer puts X within `NEAR_KM` of Y or files X under it: the finer place is where it
    happened and Y says where that lies. Not a place the gazetteer puts far from X (the phrase then
    tells of another place than the reading), nor a unit (`_enclosing` reads those)."""
    out = list(roles)
    for i in range(len(spots) - 1):
        sp, other = spots[i], spots[i + 1]
        fine, coarse = bests[i], bests[i + 1]
        if (
            other.sentence != sp.sentence
            or roles[i].role != R.EVENT
            or roles[i + 1].role != R.EVENT
            or fine is None
            or coarse is None
            or fine.place.feature in _UNIT_KINDS
            or coarse.place.feature in _UNIT_KINDS
            or fine.place.source_id == coarse.place.source_id
        ):
            continue
        start = sents[sp.sentence].start
        gap = sents[sp.sentence].text[sp.end - start : other.start - start]
        if _NEAR_GAP.match(gap) and within(fine, coarse):
            out[i + 1] = R.Role(R.MENTIONED, R.LANDMARK)
    return out


def _speaking_country(sp: S.Spot, sentence: Sentence, readings: list[Candidate]) -> Candidate | None:
    """A country's very name as the subject of a verb of speech is the country, whatever
    province or town shares it ("Niger condemned the attack" in a story about Nigeria, "Georgia
    said", "Jordan denied")."""
    if not sp.exact or not R.speaks(sp, sentence, country=True):
        return None
    return next((c for c in readings if c.place.feature is Feature.COUNTRY and _named(c, sp.text)), None)


def _as_the_dateline(
    geocoder: OfflineGeocoder,
    article: Article,
    spots: list[S.Spot],
    roles: list[R.Role],
    readings: list[list[Candidate]],
) -> list[list[Candidate]]:
    """The dateline's town named again in the text is that town: a city of its name read with no
    context ("BAGHDAD (Reuters) - Car bombs tore through Baghdad ...") beats a namesake of a
    tenth of its people that the text's other names pull in ("Iran condemned ...": Baghdadeh,
    1,808 people). Twin names of like size are left to the context (Tripoli, Libya or Lebanon)."""
    line = article.dateline or next(
        (sp.text for sp, r in zip(spots, roles, strict=True) if r.role == R.DATELINE), ""
    )
    if not line:
        return readings
    found = geocoder.geocode(line, limit=_TOWN_AMONG)
    own = found[0] if found and found[0].place.feature is Feature.CITY else None
    # a dateline is a town, never the province of its name ("Hama, SANA -", "IDLIB, Syria (AP) -"
    # read as the governorate left "in the city" and the filed-from town unplaced): its town,
    # where only the dateline itself is read so ("Hama province" later is the province)
    unit = own is None and found and found[0].place.feature in _UNITS
    if unit:
        own = next(
            (
                c
                for c in found
                if c.place.feature is Feature.CITY and c.place.country_code == found[0].place.country_code
            ),
            None,
        )
    if own is None:
        return readings
    key = normalise(line)
    out = readings
    for i, sp in enumerate(spots):
        first = readings[i][0] if readings[i] else None
        if (
            normalise(sp.text) == key
            and first is not None
            and first.place.source_id != own.place.source_id
            and (
                roles[i].role == R.DATELINE
                if unit
                else first.place.population * _DWARFED < own.place.population
            )
        ):
            if out is readings:
                out = list(readings)
            out[i] = [own, *(c for c in readings[i] if c.place.source_id != own.place.source_id)]
    return out


_DWARFED = 10  # a namesake of a tenth of the town's people or fewer
_TOWN_AMONG = 5  # the readings of a dateline's name its town is looked for among
_UNITS = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.ADMIN3})


def _dateline_town_next_door(
    geocoder: OfflineGeocoder,
    spots: list[S.Spot],
    queries: list[ParsedQuery],
    roles: list[R.Role],
    readings: list[list[Candidate]],
    resolve: Resolver,
) -> list[list[Candidate]]:
    """ "GOMA, Congo (Reuters) -": a dateline's town the country after it does not hold, a town
    of `TOWN` people or more in a country that borders it, is that town, and the dateline's
    country is the town's (the Republic of the Congo holds no Goma; the Democratic Republic,
    next door, does): a country's short name shared with its neighbour, or written as the
    news writes it, does not move the town there, nor the story's country."""
    out = readings
    for i, (sp, q, role) in enumerate(zip(spots, queries, roles, strict=True)):
        said = readings[i][0] if readings[i] else None
        if (
            role.role != R.DATELINE
            or not q.parents
            or said is None
            or said.place.feature is not Feature.COUNTRY
        ):
            continue
        if Feature.COUNTRY in sp.feature_hint:
            continue
        town = next(
            (
                c
                for c in resolve(replace(q, parents=()), None)
                if c.place.feature is Feature.CITY and c.place.population >= TOWN
            ),
            None,
        )
        if town is None or town.place.country_code not in neighbours(said.place.country_code):
            continue
        name = geocoder.gazetteer.country_names.get(town.place.country_code, "")
        country = (
            [c for c in geocoder.geocode(name, limit=1) if c.place.feature is Feature.COUNTRY] if name else []
        )
        if out is readings:
            out = list(readings)
        out[i] = [town]
        for j, other in enumerate(spots):
            first = readings[j][0] if readings[j] else None
            if (
                country
                and other.sentence == sp.sentence
                and other.text == q.parents[0]
                and roles[j].role == R.DATELINE
                and first is not None
                and first.place.country_code == said.place.country_code
            ):
                out[j] = country
    return out


def _finer_in_sentence(
    spots: list[S.Spot],
    queries: list[ParsedQuery],
    roles: list[R.Role],
    bests: list[Candidate | None],
    sents: list[Sentence],
    spans: dict[int, list[tuple[int, int]]],
) -> list[R.Role]:
    """A country, province, district or region that holds another event place of its sentence
    is context for the finer place however the sentence names it ("SYRIA: car bomb kills 13 in
    Tal Abyad", "in Bannu, in Khyber Pakhtunkhwa province", "Idleb governorate: On 3 February,
    shelling struck a school in Kafr Takharim"): the finest place named is the incident's. Not an area
    the event spread over ("clashes spread across Manipur", "X and nearby towns of the Ghouta"),
    nor one an event's own words name ("air strikes in Syria killed three and clashes broke out
    in Idlib": two events, the strikes' place only the country). A unit the text calls one
    after the finer place is one whatever town its name read as, if the gazetteer files the
    finer place under it ("X in the far northeast of Hasakah province", "X and Y in the eastern
    Idlib countryside": the province, not its capital; not "shelled the Aleppo countryside and
    X", where the area is the shelling's own place, nor "X and the Homs desert", near only, nor
    one an event word between tells of: "hit X, and clashes raged in the Y desert")."""
    out = list(roles)
    for i, (sp, role, coarse) in enumerate(zip(spots, roles, bests, strict=True)):
        if (
            role.role != R.EVENT
            or coarse is None
            or queries[i].encloses
            or _event_in(sents[sp.sentence], spans.get(sp.sentence, ()), sp)
            # a unit standing in for a place the gazetteer lacks ("Giro district" read at Ghazni
            # province) holds here nothing by its province alone: what the text puts in it,
            # `_stood_in_for` reads
            or stands_in(coarse)
        ):
            continue
        unit = coarse.place.feature in _UNIT_KINDS
        text, at = sents[sp.sentence].text, sp.start - sents[sp.sentence].start
        # a city told as an area by a compass word ("X near the fence in southern Gaza"): the
        # territory it names holds X if X lies near the city
        area = _IN_COMPASS.search(text, max(0, at - 30), at) is not None
        unit_word = _UNIT_WORD_AFTER.match(text, sp.end - sents[sp.sentence].start) is not None
        if not unit and not area and not unit_word:
            continue
        for j, (other, other_role, fine) in enumerate(zip(spots, roles, bests, strict=True)):
            if (
                other.sentence == sp.sentence
                and other_role.role == R.EVENT
                and fine is not None
                and fine.place.feature not in _UNIT_KINDS
                and (
                    within(fine, coarse)
                    if unit
                    else other.end <= sp.start
                    and (
                        unit_word
                        and filed_under(fine, coarse)
                        or area
                        and _km(fine, coarse) <= _LOCATED_KM
                        # ... one phrase from the finer place on, no clause joined between ("mourned
                        # in X and continued clashes in northern Y": Y's own clashes)
                        and not _CLAUSE_JOIN.search(text, other.end - sents[sp.sentence].start, at)
                    )
                    # an event word between that runs on to the area tells the area's own event
                    # ("hit X, and clashes raged in the Y desert", "bombed X, while fighting went
                    # on in the Y countryside"; not "mobs torched houses after a march, prompting
                    # a curfew in the Y district")
                    and not _own_event_between(sents[sp.sentence], spans.get(sp.sentence, ()), other, sp)
                )
                # (not a place told as a share of the unit's toll after it: "killed 25 people in
                # Idlib province, including 10 in Saraqib" tells the province's 25 and Saraqib's
                # 10, two places, as when the province was read as the town Idlib)
                and not (
                    other.start > sp.end
                    and _SHARE_BEFORE.search(
                        text,
                        max(0, other.start - sents[sp.sentence].start - 40),
                        other.start - sents[sp.sentence].start,
                    )
                )
            ):
                out[i] = R.Role(R.MENTIONED, f"encloses {spots[j].text}{R.ENCLOSES}")
                break
    return out


# "..., including 10 in X", "six of them in X", "among them two in X": a share of a toll told before
_SHARE_BEFORE = re.compile(
    r"\b(?:including|among\s+them|of\s+(?:whom|them))\s+(?:[\w-]+\s+){1,3}?(?:in|at)\s+(?:the\s+)?$", re.I
)


def _compass_named_units(
    spots: list[S.Spot], roles: list[R.Role], bests: list[Candidate | None], sents: list[Sentence]
) -> list[R.Role]:
    """A name after a capitalised compass word right after a resolved event place ("X in North
    Sinai", "X, North Cotabato", "X in South Waziristan") is the unit X lies in, whose whole name
    the gazetteer lacks: the name alone read as some town (Sinai as Aswan, Cotabato as Cotabato
    City, 50 km off), a second event place. It is context for X."""
    out = list(roles)
    for j in range(1, len(spots)):
        i, unit = j - 1, spots[j]
        fine = spots[i]
        if (
            roles[j].role != R.EVENT
            or roles[i].role != R.EVENT
            or bests[i] is None
            or fine.sentence != unit.sentence
        ):
            continue
        text, at = sents[unit.sentence].text, sents[unit.sentence].start
        if _COMPASS_NAMED_GAP.fullmatch(text, fine.end - at, unit.start - at):
            out[j] = R.Role(R.MENTIONED, f"encloses {fine.text}{R.ENCLOSES}")
    return out


# "in North ", ", South ": the capitalised compass word that opens a unit's name
_COMPASS_NAMED_GAP = re.compile(r"(?:\s+in|\s*,)\s+(?:North|South|East|West|Central|Upper|Lower)\s+")
_CLAUSE_JOIN = re.compile(r"\b(?:and|or|but|while|as|after|before|when|where|then)\b|[;:]", re.I)


def _own_event_between(
    sentence: Sentence, spans: Iterable[tuple[int, int]], fine: S.Spot, area: S.Spot
) -> bool:
    """Whether an event word between ``fine`` and ``area`` runs on to the area with no comma,
    colon, dash or bracket between: the area is where that event went on."""
    text, at = sentence.text, sentence.start
    return any(
        fine.end <= lo and hi <= area.start and not any(c in _PAUSES for c in text[hi - at : area.start - at])
        for lo, hi in spans
    )


_PAUSES = frozenset(",;:—–()")


_LEAD = R.HEADLINE_LEAD


def _headline_encloses(
    spots: list[S.Spot], roles: list[R.Role], bests: list[Candidate | None], sents: list[Sentence]
) -> list[R.Role]:
    """A headline's event place that holds an event place of the lead is context for it: the
    headline names the province or city the lead's town lies in ("Gunmen kill commander in
    Idlib countryside" over "... in the town of Saraqeb"), not a second incident there."""
    if not has_headline(sents):
        return roles
    out = list(roles)
    lead = [
        (sp, best)
        for sp, role, best in zip(spots, roles, bests, strict=True)
        if 0 < sp.sentence <= _LEAD and role.role == R.EVENT and best is not None
    ]
    # the lead tells the headline city's own event by "the city" ("in the city's western
    # districts"): a far town is then another event; else the city names its province ("Suicide
    # bomber kills 15 in Kandahar" over "... at a checkpoint in Spin Boldak")
    city_told = any(_CITY_ANAPHOR.search(s.text) for s in sents[1 : _LEAD + 1])
    # the places the lead itself names as where its event place lies ("the northern Gaza town of
    # X"): named so in the headline too ("Shells hit UN school in Gaza"), they are that
    lead_units = {
        best.place.source_id
        for sp, role, best in zip(spots, roles, bests, strict=True)
        if 0 < sp.sentence <= _LEAD and best is not None and role.reason.endswith(R.ENCLOSES)
    }
    # the places the lead names as a landmark for its event place ("in the X district, some 50 km
    # east of Y"): the headline tells the way from the same landmark ("fighting flares east of Y")
    lead_marks = {
        best.place.source_id
        for sp, role, best in zip(spots, roles, bests, strict=True)
        if 0 < sp.sentence <= _LEAD and best is not None and role.reason == R.LANDMARK
    }
    for i, (sp, role, coarse) in enumerate(zip(spots, roles, bests, strict=True)):
        if sp.sentence != 0 or role.role != R.EVENT or coarse is None:
            continue
        if coarse.place.source_id in lead_marks and _locates(sents[0], sp):
            out[i] = R.Role(R.MENTIONED, R.LANDMARK)
            continue
        for other, fine in lead:
            if (
                fine.place.source_id != coarse.place.source_id
                and fine.place.feature not in _UNIT_KINDS
                and LEVEL[fine.place.feature] <= LEVEL[coarse.place.feature]
                and (
                    _holds(coarse, fine)
                    or coarse.place.source_id in lead_units
                    and within(fine, coarse)
                    or _locates(sents[0], sp)
                    and _area_holds(sents[0], sp, coarse, other, fine)
                    and (
                        within(fine, coarse) or _compass_of(sents[0], sp) and _km(fine, coarse) <= _LOCATED_KM
                    )
                )
                and (
                    _compass_of(sents[0], sp)
                    or coarse.place.feature in _UNIT_KINDS
                    or distance_km(
                        fine.place.latitude,
                        fine.place.longitude,
                        coarse.place.latitude,
                        coarse.place.longitude,
                    )
                    <= _CITY_KM
                    or not city_told
                    or _AREA_AFTER.match(sents[0].text, sp.end - sents[0].start) is not None
                )
            ):
                out[i] = R.Role(R.MENTIONED, f"encloses {other.text}{R.ENCLOSES}")
                break
    return out


def _heading_encloses(
    spots: list[S.Spot], roles: list[R.Role], bests: list[Candidate | None], sents: list[Sentence]
) -> list[R.Role]:
    """A name that opens the text before a colon, in ACLED's and the U.N.'s notes, heads it with
    the province ("Dar'a: Former FSA fighter shot dead. On 8 June, gunmen shot dead ... in Ibta'
    (Daraa, Dar'a)"): context for the event place it holds when the note itself names it as a
    parent ("(Daraa, Dar'a)", "in Dar'a province") or it reads as a province, not a second
    incident at the province's capital."""
    if not spots or spots[0].sentence != 0 or roles[0].reason != R.OPENS or bests[0] is None:
        return roles
    head, coarse = spots[0], bests[0]
    first = sents[0]
    if head.start != first.start or not first.text[head.end - first.start :].lstrip().startswith(":"):
        return roles
    key = _unit_key(head.text)
    parent = coarse.place.feature in _UNIT_KINDS or any(
        _unit_key(sp.text) == key and (role.reason == R.BRACKET_PARENT or role.reason.endswith(R.ENCLOSES))
        for sp, role in zip(spots[1:], roles[1:], strict=True)
        if sp.sentence <= _LEAD
    )
    if not parent:
        return roles
    for sp, role, fine in zip(spots[1:], roles[1:], bests[1:], strict=True):
        if sp.sentence > _LEAD:
            break
        if (
            role.role == R.EVENT
            and fine is not None
            and fine.place.source_id != coarse.place.source_id
            and _holds(coarse, fine)
        ):
            return [R.Role(R.MENTIONED, f"encloses {sp.text}{R.ENCLOSES}"), *roles[1:]]
    return roles


def _event_in(sentence: Sentence, spans: Iterable[tuple[int, int]], sp: S.Spot) -> bool:
    """An event word right before the place's preposition: "air strikes in X", "shelling on X"."""
    return any(
        end <= sp.start
        and _EVENT_IN_GAP.match(sentence.text, end - sentence.start, sp.start - sentence.start)
        for _, end in spans
    )


_EVENT_IN_GAP = re.compile(r"\s+(?:in|on|across|throughout|over|inside)\s+(?:the\s+)?$", re.I)


_COMMA_GAP = re.compile(r",\s*")


def _titled_datelines(spots: list[S.Spot], roles: list[R.Role], sents: list[Sentence]) -> list[R.Role]:
    """A name in ordinary case that opens a paragraph before a dash, or one in capitals before a
    colon, is its dateline when the sentence goes on to name another event place ("Kabul - Backed
    by U.S. air strikes, Afghan forces pushed into Kunduz", "QUETTA: Militants stormed a police
    post in Loralai"); alone ("Kabul - Blast kills 40") it is where it happened."""
    out = list(roles)
    for i, sp in enumerate(spots):
        if roles[i].reason != R.OPENS:
            continue
        s = sents[sp.sentence]
        if sp.start != s.start or s.index and sents[s.index - 1].paragraph == s.paragraph:
            continue
        end = sp.end
        if (
            i + 1 < len(spots)
            and spots[i + 1].sentence == sp.sentence
            and _COMMA_GAP.fullmatch(s.text, sp.end - s.start, spots[i + 1].start - s.start)
        ):
            end = spots[i + 1].end  # "Idlib, Syria – Russian jets ...": its country or province first
        if bare_dateline(s.text, end - s.start) is None and (
            not sp.text.isupper() or bare_dateline(s.text, sp.end - s.start, capitals=True) is None
        ):
            continue
        j = i + 1  # spots are in text order: only this sentence's later ones are read
        while j < len(spots) and spots[j].sentence == sp.sentence:
            if roles[j].role == R.EVENT or _names_elsewhere(spots[j], sp, roles[j]):
                out[i] = R.Role(R.DATELINE, R.TITLED_DATELINE)
                break
            j += 1
    return out


def _names_elsewhere(later: S.Spot, opening: S.Spot, role: R.Role) -> bool:
    """A place the dash opening's sentence names after it, other than the opening's own name
    again or a country, tells where the report's event lies though no event place was read there
    ("Gusau - Bandits attacked a village in X Local Government Area of Zamfara State", "El Fasher
    - The mission condemns the attack on the camp in X, South Darfur"): the opening is the
    dateline, as when the sentence names an event place."""
    return (
        Feature.COUNTRY not in later.feature_hint
        and role.role != R.DATELINE
        and S._key(later.text) != S._key(opening.text)
    )


def _speaks(sp: S.Spot, sentence: Sentence, best: Candidate) -> bool:
    """The name, read as ``best``, speaks or acts as a government (`roles.speaks`)."""
    p = best.place
    return R.speaks(
        sp, sentence, country=p.feature is Feature.COUNTRY, seat=p.population >= R.SEAT_POPULATION
    )


def _attackers(
    spots: list[S.Spot],
    roles: list[R.Role],
    readings: list[list[Candidate]],
    first: list[Candidate | None],
    sents: list[Sentence],
) -> set[int]:
    """The states named as the attacker ("Israel struck targets in Gaza", "Turkey's army
    shelled positions in Tal Rifaat") in a sentence that names another event place (or its
    parent) by its own name or a spelling of it: not where it happened, nor the story's
    country. Alone ("Nigeria's army killed 20 fighters"), or beside where someone spoke ("...,
    an official told Reuters in Riyadh"), a state is the best place its sentence gives, unless
    another sentence shows it attacking a place it names."""
    states = {
        i
        for i, (sp, best) in enumerate(zip(spots, first, strict=True))
        if best is not None
        and best.place.feature is Feature.COUNTRY
        and not _set_aside(roles[i])
        and R.attacks(sp, sents[sp.sentence])
    }
    beside = {
        i
        for i in states
        if any(
            j not in states
            and other.sentence == spots[i].sentence
            and (other.exact and readings[j] or any(_spells(c, other.text) for c in _close(readings[j])))
            # not where someone spoke ("told Reuters in Riyadh", "the Command in Stuttgart said")
            and (roles[j].role == R.EVENT or roles[j].reason.endswith(R.ENCLOSES))
            and roles[j].reason != R.SPOKE_AT_EVENT
            for j, other in enumerate(spots)
        )
    }
    # ... and a state the text shows attacking somewhere it names attacks there wherever it is
    # told attacking: "Pakistan strikes militants" over "Pakistan's jets struck hideouts in Khost"
    shown = {best.place.source_id for i in beside if (best := first[i]) is not None}
    return beside | {i for i in states if (best := first[i]) is not None and best.place.source_id in shown}


# where the reporter, a speaker, talks, the wounded or an earlier event were: never this event's
_ASIDE_REASONS = frozenset(
    {
        R.TAKEN_TO,
        R.ACROSS_BORDER,
        R.SPEAKER,
        R.TALKS_VENUE,
        R.SPEECH_VENUE,
        R.NAMED_ACTOR,
        R.OFFICIAL_OF,
        R.GOVERNMENT_SEAT,
        R.FUNERAL_VENUE,
        R.ATTACKER,
        *R.EARLIER,
    }
)


def _set_aside(role: R.Role) -> bool:
    return role.role in (R.DATELINE, R.ORIGIN) or role.reason in _ASIDE_REASONS


# a headline whose news is what someone warned, vowed or ruled before its quiet place ("the
# commission warned of a risk of clashes in X", "a court convicted two men of ... brought in from
# X"), or said would happen there ("the minister said his forces would clear X"): a plan, a trial
# or a risk, told of the place, not violence the place saw. "Said" alone is how most violence is
# told ("Police said militants killed two guards who had escorted a convoy through X").
_TOLD_BEFORE = re.compile(
    r"\b(?:warned|warns|ordered|orders|ruled|rules|convicted|sentenced|acquitted|urged|urges|vowed|"
    r"vows|threatened|threatens|pledged|pledges"
    r"|(?:said|says|told|announced|announces)\b.*\b(?:would|will|could|might|plans?|planned|"
    r"planning|ready|risk|threat|threats|intends?|intended))\b",
    re.I,
)


def _told_before(headline: Sentence, spot: S.Spot) -> bool:
    return _TOLD_BEFORE.search(headline.text, 0, spot.start - headline.start) is not None


def _only_places(
    spots: list[S.Spot],
    roles: list[R.Role],
    bests: list[Candidate | None],
    spans: dict[int, list[tuple[int, int]]],
    headline: Sentence | None,
    names_unknown: Callable[[str], bool] = lambda _text: False,
) -> list[R.Role]:
    """A headline that reports violence says where: when none of its places is an event place,
    the places the clause rule set aside as quiet are ("Shelling targets the road, at the
    outskirts of Aleppo", "The city of Manbij, where ..., witnesses an explosion"). Only the
    headline: a body sentence often refers back to an event told before ("the attacks would
    not go unanswered, said the delegate to the talks in Geneva"). An event place the gazetteer
    lacks that the next place locates ("the Castello road, at the outskirts of Aleppo") counts
    as none. Not a quiet place told after a speaker's verb (`_TOLD_BEFORE`), nor one beside a
    place the gazetteer lacks that the headline names after a locative word ("gunmen killed two
    guards near X, a police official in Y said", "strikes hit a school in X; the nearest hospital
    is in Y"): the violence has its place, one we cannot map, and Y is where the speaker or the
    hospital is (`roles.told_unknown_place`)."""
    placed: set[int] = set()
    located: set[int] = set()  # the places that locate an unknown event place: only they take it
    for i, (sp, role, best) in enumerate(zip(spots, roles, bests, strict=True)):
        if role.role != R.EVENT:
            continue
        if best is None and _located_by_next(i, spots, roles, headline):
            located.add(i + 1)
        else:
            placed.add(sp.sentence)
    locating = {spots[j].sentence for j in located}
    # the violence told is where people fled from ("shelters in Kilis for Syrians who fled air
    # strikes in Idlib") or history ("marines captured in Mariupol in 2022"): the headline's quiet
    # places are no fallback for it
    fled = {
        sp.sentence for sp, role in zip(spots, roles, strict=True) if role.reason in (R.FLED_ASIDE, R.HISTORY)
    }
    return [
        R.Role(R.EVENT, R.ONLY_PLACE)
        if sp.sentence == 0
        and headline is not None
        and (
            role.reason == R.QUIET_CLAUSE
            and not _told_before(headline, sp)
            # "Dozens wounded after Kabul blast": the news is the blast, whoever tells it
            # ("Police said 12 killed after Quetta blast")
            or role.reason == R.EARLIER_EVENT
            and R.named_after(headline, sp)
        )
        and best is not None
        and spans[sp.sentence]
        and sp.sentence not in placed
        and sp.sentence not in fled
        and (i in located or sp.sentence not in locating)
        and not R.told_unknown_place(headline, spots, names_unknown)
        else role
        for i, (sp, role, best) in enumerate(zip(spots, roles, bests, strict=True))
    ]


def _lead_places(
    spots: list[S.Spot],
    roles: list[R.Role],
    bests: list[Candidate | None],
    spans: dict[int, list[tuple[int, int]]],
    sents: list[Sentence],
    names_unknown: Callable[[str], bool] = lambda _text: False,
) -> list[R.Role]:
    """The lead after a headline tells the report's event first: when it reports violence and
    none of its places is an event place, a place the clause rule set aside as quiet says where
    ("killed three gunmen who would not give themselves up after troops cordoned off a flat in
    X", "shot dead a former rebel who had handed in his rifle ... as he sat outside his house in
    X"): a clause after the violence told, that says where it was. Not a place told before the
    violence ("talks broke up in X without a deal, as clashes killed six in the west"), nor one
    told after a speaker's verb, nor beside a place the gazetteer lacks (`_only_places`)."""
    if not has_headline(sents) or not spans.get(1):
        return roles
    lead = sents[1]
    mine = [i for i, sp in enumerate(spots) if sp.sentence == 1]
    if any(roles[i].role == R.EVENT for i in mine) or R.told_unknown_place(lead, spots, names_unknown):
        return roles
    # The headline's places frame the lead's: a town there already says where (its victim's past
    # in "a commander who had led fighters in Jenin" is not), and a country or province holds the
    # quiet place ("Militants kill aid worker in Somalia" over "... who had studied in Nairobi").
    framed = [
        b.place
        for i, b in enumerate(bests)
        if b is not None and spots[i].sentence == 0 and roles[i].role == R.EVENT
    ]
    if any(p.feature in _TOWNS for p in framed):
        return roles
    countries = {p.country_code for p in framed}
    told = min(start for start, _ in spans[1])  # where the lead first tells its violence
    out = list(roles)
    for i in mine:
        best = bests[i]
        if (
            roles[i].reason == R.QUIET_CLAUSE
            and best is not None
            and spots[i].start > told
            and not _told_before(lead, spots[i])
            and (not countries or best.place.country_code in countries)
        ):
            out[i] = R.Role(R.EVENT, R.ONLY_PLACE)
    return out


def _officials_country(
    spots: list[S.Spot],
    roles: list[R.Role],
    bests: list[Candidate | None],
    spans: dict[int, list[tuple[int, int]]],
    triggers: dict[int, list[Trigger]],
    sents: list[Sentence],
) -> list[R.Role]:
    """A report that names no event place and has no dateline, but the country whose official
    tells violence in the same sentence ("Nigeria's army chief said troops killed 30 fighters in
    an ambush"), has it in that country; with any other event place, or a dateline, the country
    only says whose the official is; nor when the official tells air strikes by unnamed aircraft,
    the country's own, which strike abroad as often as at home ("Turkey's defence minister said
    warplanes killed 25 militants", "Iran's army said drones struck bases")."""
    if any(
        r.role == R.DATELINE or r.role == R.EVENT and b is not None for r, b in zip(roles, bests, strict=True)
    ):
        return roles
    return [
        R.Role(R.EVENT, R.OFFICIALS_COUNTRY)
        if r.reason == R.OFFICIAL_OF
        and b is not None
        and spans.get(sp.sentence)
        and not _own_air_strikes(sents[sp.sentence], triggers.get(sp.sentence, []))
        else r
        for sp, r, b in zip(spots, roles, bests, strict=True)
    ]


_AIR_STRIKE = "Air/drone strike"
# a doer named just before the aircraft ("Russian drones", "Israeli jets"): another state's,
# whose strikes land in the official's country
_DOER_NAMED_BEFORE = re.compile(r"(?-i:[A-Z])[\w-]*\s+(?:[\w-]+\s+)?$")


def _own_air_strikes(s: Sentence, told: list[Trigger]) -> bool:
    """Every event word of the sentence is an air or drone strike, by aircraft it names no doer
    for (not "Russian drones", "Israeli jets")."""
    return bool(told) and all(
        t.sub_event_type == _AIR_STRIKE
        and not any(w[:1].isupper() for w in t.text.split())
        and _DOER_NAMED_BEFORE.search(s.text, max(0, t.start - s.start - 30), t.start - s.start) is None
        for t in told
    )


# ", at the outskirts of", ", on the southern edge of": the next place says where this one lies
_LOCATED = re.compile(r"[\w’'\s-]{0,30},\s+(?:at|on|in|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:of\s+)?")


def _located_by_next(i: int, spots: list[S.Spot], roles: list[R.Role], headline: Sentence | None) -> bool:
    sp = spots[i]
    if headline is None or sp.sentence != headline.index or i + 1 >= len(spots):
        return False
    nxt = spots[i + 1]
    return (
        nxt.sentence == sp.sentence
        and roles[i + 1].reason == R.QUIET_CLAUSE
        and _LOCATED.fullmatch(headline.text, sp.end - headline.start, nxt.start - headline.start) is not None
    )


def record_colon(triggers: dict[int, list[Trigger]]) -> int | None:
    """Where the colon of an incident record heading ("DATE: PLACE, REGION, COUNTRY") is."""
    first = triggers.get(0, [])
    return first[0].start if len(first) == 1 and first[0].kind is TriggerKind.RECORD else None


def _record_query(spot: S.Spot, sentence: Sentence, spots: list[S.Spot]) -> ParsedQuery:
    """An incident record lists one location finest first ("Al Safsaf village, near Tabaqa,
    Raqqa governorate, Syria"): every name after a place is where that place lies (not the
    country: it encloses every namesake in it; not the same name spelled again in Latin)."""
    i = spots.index(spot)
    twin = [
        o.text
        for j in (i - 1, i + 1)
        if 0 <= j < len(spots)
        and _same_place_twice(sentence, *sorted((spot, o := spots[j]), key=lambda sp: sp.start))
    ]
    own = {normalise(spot.text), *(normalise(t) for t in twin)}
    later = [
        sp.text
        for sp in spots[i + 1 :]
        if normalise(sp.text) not in own and Feature.COUNTRY not in sp.feature_hint
    ]
    return ParsedQuery(
        raw=spot.text,
        name=spot.text,
        parents=tuple(dict.fromkeys(later)),
        feature_hint=spot.feature_hint,
    )


def _record_roles(
    sentence: Sentence, spots: list[S.Spot], roles: list[R.Role], bests: list[Candidate | None], colon: int
) -> list[R.Role]:
    """An incident record names one location: its place is the first name read inside or near
    the place named next (a namesake elsewhere is not it), else the next name; the later
    names are context, not incidents of their own. A name in Arabic script right before a
    Latin one is the same place spelled twice: the first of the two that fits."""
    record = [i for i, sp in enumerate(spots) if sp.sentence == 0 and sp.start > colon and bests[i]]
    slots: list[list[int]] = []
    for i in record:
        if slots and _same_place_twice(sentence, spots[slots[-1][-1]], spots[i]):
            slots[-1].append(i)
        else:
            slots.append([i])
    chosen = None
    for n, slot in enumerate(slots):
        # the next place the record names (not the country) is where this one must lie
        outer = [[c for j in later if (c := bests[j]) is not None] for later in slots[n + 1 :]]
        units = next((u for u in outer if all(c.place.feature != Feature.COUNTRY for c in u)), [])
        # a reading that is a place named later is the geocoder's fallback, not this place
        outer_ids = {c.place.source_id for u in outer for c in u}
        fits = [
            i
            for i in slot
            if (c := bests[i]) is not None
            and c.place.source_id not in outer_ids
            and (not units or any(within(c, u) for u in units))
        ]
        if fits:
            # of a name spelled in both scripts, the Latin: the record's own reading
            chosen = min(fits, key=lambda i: (S.ARABIC.search(spots[i].text) is not None, i))
            break
    out = list(roles)
    for i in record:
        out[i] = R.Role(R.EVENT, R.RECORD_PLACE) if i == chosen else R.Role(R.MENTIONED, R.RECORD_CONTEXT)
    return out


def _same_place_twice(sentence: Sentence, a: S.Spot, b: S.Spot) -> bool:
    gap = sentence.text[a.end - sentence.start : b.start - sentence.start]
    scripts = (S.ARABIC.search(a.text) is not None, S.ARABIC.search(b.text) is not None)
    return scripts[0] != scripts[1] and not gap.strip(" ,\u200e")


NEAR_KM = 50.0  # "near X", "36 km west of X": a place this close is where a record says


@functools.lru_cache(maxsize=8192)
def _unit_key(name: str) -> str:
    return skeleton(normalise(name))


# a city's name told as its province's: "in Idlib countryside", "Hama province". A city alone
# in a headline ("kill 10 in Aleppo") holds only what lies near it, not every town of the
# province that shares its name (al-Bab, Spin Boldak)
_CITY_KM = 15.0  # a city's own districts and suburbs (al-Bab lies 38 km from Aleppo)
# "takes rebel farmland east of Damascus", "a village near Hama": the headline's place only
# locates where it happened, which the lead names ("the town of Deir al-Asafir")
_LOCATING = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|close\s+to)\s+$"
    # ... and a compass word before the name makes it an area, as in the lead ("kills 14 in
    # central Gaza" over "... in the Bureij refugee camp")
    rf"|{_IN_COMPASS_WORD}",
    re.I,
)
_IN_COMPASS = re.compile(_IN_COMPASS_WORD, re.I)


def _locates(headline: Sentence, sp: S.Spot) -> bool:
    at = sp.start - headline.start
    return _LOCATING.search(headline.text, max(0, at - 30), at) is not None


# "kills 9 in northern Gaza", "kills 3 police south of Mosul": the way from the city's point
_TOWARDS = re.compile(
    rf"\b(?:(?:in|across|over)\s+(?:the\s+)?(?P<word>{_COMPASS_WORD})|"
    r"(?P<of>(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)\s+of)\s+$",
    re.I,
)


def _area_holds(
    headline: Sentence,
    sp: S.Spot,
    coarse: Candidate,
    other: S.Spot,
    fine: Candidate,
) -> bool:
    """A headline's city told as an area ("kills 9 in northern Gaza") or as a point a compass way
    from it ("kills 3 police south of Mosul") is context only for a town the lead's first
    sentence names, and one lying that way from the city: a town told later, or the other way,
    is another event ("Car bomb kills 12 in central Mogadishu" over "... outside a hotel. Hours
    later a roadside bomb hit a convoy in Afgoye"; "Gunmen kill four police east of Kabul" over
    "... and a bomb went off in Charikar", which lies north)."""
    at = sp.start - headline.start
    found = _TOWARDS.search(headline.text, max(0, at - 30), at)
    if found is None:
        return True
    if other.sentence != 1:  # the lead's first sentence, which retells the headline
        return False
    word = (found["word"] or found["of"]).lower()
    north = fine.place.latitude - coarse.place.latitude
    east = fine.place.longitude - coarse.place.longitude
    return not (
        ("north" in word and north < 0)
        or ("south" in word and north > 0)
        or ("east" in word and east < 0)
        or ("west" in word and east > 0)
    )


# "kills 3 police south of Mosul": a compass point from the place says it happened away from it,
# at a town the lead names however far ("Qayyarah, about 60 km south of Mosul"), within reason
_COMPASS_OF = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+$", re.I)
_LOCATED_KM = 150.0


def _compass_of(headline: Sentence, sp: S.Spot) -> bool:
    at = sp.start - headline.start
    return _COMPASS_OF.search(headline.text, max(0, at - 30), at) is not None


_AREA_KM = 60.0  # an unnamed area told from a place ("the enclave east of Y") lies this near it


def _area_told_from(
    spots: list[S.Spot], roles: list[R.Role], bests: list[Candidate | None], sents: list[Sentence]
) -> list[R.Role]:
    """A place an unnamed area is told from ("the rebel enclave east of Damascus") is set beside
    its sentence's named event place only when that place lies that way from it, within
    `_AREA_KM` ("captured Nashabiyah ..., tightening the siege on the rebel enclave east of
    Damascus"), or inside it ("in Sheikh Miskin, ... in the opposition area north of Daraa", the
    province); else it is the best place the sentence gives for the area ("shelling on areas east
    of Damascus and in the southern countryside of Aleppo": Aleppo lies north, another area)."""
    out = roles
    for i, (sp, role, best) in enumerate(zip(spots, roles, bests, strict=True)):
        if role.reason != R.AREA_FROM:
            continue
        way = R.area_direction(sp, sents[sp.sentence])
        there = best is not None and any(
            j != i
            and other.sentence == sp.sentence
            and roles[j].role == R.EVENT
            and fine is not None
            and (
                _lies_to(fine.place, best.place, way)
                and _km(fine, best) <= _AREA_KM
                or best.place.feature in _UNIT_KINDS
                and within(fine, best)
            )
            for j, (other, fine) in enumerate(zip(spots, bests, strict=True))
        )
        if not there:
            if out is roles:
                out = list(roles)
            out[i] = R.Role(R.EVENT, "in a clause reporting violence")
    return out


def _km(a: Candidate, b: Candidate) -> float:
    return distance_km(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude)


_CITY_ANAPHOR = re.compile(r"\bthe\s+(?:[\w-]+\s+)?city\b(?!\s+of\b)", re.I)
_AREA_AFTER = re.compile(r"\s+(?:countryside|province|governorate|region|district|state|outskirts)\b", re.I)


def _holds(coarse: Candidate, fine: Candidate) -> bool:
    """``fine`` lies in the country, province or district ``coarse`` names (by name, not by
    distance: Saraqeb is 50 km from Aleppo city and in Idlib province; an admin unit by the
    units the gazetteer files both under, `lies_in`)."""
    a, b = fine.place, coarse.place
    if b.feature == Feature.COUNTRY:
        return a.country_code == b.country_code
    if (coded := lies_in(fine, coarse)) is not None:
        return coded
    key = _unit_key(b.name)
    return bool(key) and key in {_unit_key(n) for n in (a.admin1, a.admin2, a.parent) if n}


def lies_in(fine: Candidate, unit: Candidate) -> bool | None:
    """Whether ``fine`` lies in the province or district ``unit`` by the units one source files
    both under (the same admin1 for a province, the same admin2 for a district): not merely the
    same province, nor a district's point within `NEAR_KM` ("Andar district" does not hold
    Ghazni city, 25 km off in Ghazni's own district). None when the codes tell nothing: another
    kind of place, places of two sources (spelt apart: "Al-Hasakeh", "Al-Hasakah"), a code
    missing."""
    a, b = fine.place, unit.place
    if b.feature not in (Feature.ADMIN1, Feature.ADMIN2) or _family(a) != _family(b) or not b.admin1:
        return None
    if a.source_id == b.source_id:
        return True
    if a.country_code != b.country_code:
        return False
    if not a.admin1:
        return None
    if _unit_key(a.admin1) != _unit_key(b.admin1):
        return False
    named = _unit_key(b.name).split()
    if b.feature is Feature.ADMIN1 or _unit_key(b.admin1).split()[: len(named)] == named:
        # a district named as its province ("Gaza" of the Gaza Strip, Ghazni's own district):
        # the text's name may mean the province, which holds it
        return True
    if a.feature is Feature.ADMIN1:
        return False
    if a.feature is Feature.ADMIN2 or not a.admin2 or not b.admin2:
        return None
    mine, its = _unit_key(a.admin2), _unit_key(b.admin2)
    if mine == its:
        return True
    # one source may name one unit two ways ("Province of North Cotabato", "Cotabato"): a name
    # whose words hold the other's tells nothing
    words, other = set(mine.split()), set(its.split())
    return None if words <= other or other <= words else False


def _family(place: Place) -> str:
    """The source a place's admin names come from ("geonames-admin2" is GeoNames')."""
    return place.source.split("-", 1)[0]


def within(fine: Candidate, coarse: Candidate) -> bool:
    """The place ``fine`` lies in or near ``coarse``: the same place, inside the admin unit (by
    the units the gazetteer files both under, `lies_in`), or, where those tell nothing, inside
    the region or the unit a town names (by its key, as sources spell units differently:
    "Markada, Al Hasakah") or within `NEAR_KM` of it."""
    a, b = fine.place, coarse.place
    if a.source_id == b.source_id:
        return True
    if b.feature == Feature.COUNTRY:
        return a.country_code == b.country_code
    if (coded := lies_in(fine, coarse)) is not None:
        return coded
    if filed_under(fine, coarse):
        return True
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEAR_KM


def filed_under(fine: Candidate, coarse: Candidate) -> bool:
    """The gazetteer files ``fine`` under a unit named as ``coarse`` is (its admin1, admin2 or
    parent, by key: "Markada, Al Hasakah" under "Al Ḩasakah"), or as the text named it: one
    source's unit under another source's name for it ("Harasta in Rif Dimashq": GeoNames files
    Harasta under "Rif-dimashq", the text's name met OCHA's "Rural Damascus" by an alternate)."""
    a = fine.place
    units = {_unit_key(n) for n in (a.admin1, a.admin2, a.parent) if n}
    return any(key and key in units for key in {_unit_key(coarse.place.name), _unit_key(coarse.matched_name)})


def _parents_by_name(
    spots: list[S.Spot],
    queries: list[ParsedQuery],
    readings: list[list[Candidate]],
    resolve: Resolver,
    skip: set[int],
) -> tuple[list[ParsedQuery], list[list[Candidate]]]:
    """ "al-Busayrah in the countryside of Deir Ezzor": the parent as the gazetteer names the
    place the parent mention resolved to ("Deir ez-Zor"), so that it is recognised as enclosing
    the child however the text spells it."""
    by_text = {(sp.sentence, sp.text): r for sp, r in zip(spots, readings, strict=True)}
    out_q, out_r = list(queries), list(readings)
    for i, (sp, q) in enumerate(zip(spots, queries, strict=True)):
        parent = by_text.get((sp.sentence, q.parents[0])) if q.parents and i not in skip else None
        if not parent or normalise(parent[0].place.name) == normalise(q.parents[0]):
            continue
        if spots[i].unknown and loosely_read(parent[0]):
            # a place the gazetteer lacks is read only by the unit its text names: a parent met
            # only by a loose spelling ("Oudalan province" read as Heybeliada, Istanbul) is none
            continue
        named = replace(q, parents=(parent[0].place.name, *q.parents))
        found = resolve(named, None)
        # ... but a parent's reading that holds no place of the name does not trade the name's
        # own reading for its point ("Rufaa in Gezira state": Gezira met Il-Gzira, Malta by a
        # spelling; Rufaa, read by its own name, is Rufa'a in Sudan's Al Jazirah)
        if found and not (stands_in(found[0]) and readings[i] and _by_its_name(readings[i][0])):
            out_q[i], out_r[i] = named, found
    return out_q, out_r


# those who live in a place, not those who travel from it ("Kano traders", "Quetta students"),
# with no other place told for where they were hit ("20 Gaza residents in Rafah", "eight Kabul
# residents at a wedding in Jalalabad": the town says who)
_DWELLERS_AFTER = re.compile(
    r"^\s+(?:civilians|residents|inhabitants|villagers|families|women|men|elders|worshippers)\b"
    r"(?!(?:(?!\band\b)[^,;:.])*?\b(?:in|at|near|outside|around)\s+(?:the\s+)?(?:(?-i:[a-z])[\w’'-]*\s+){0,3}?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?-i:[A-Z]))",
    re.I,
)


def _taken_in_unit(
    spots: list[S.Spot], roles: list[R.Role], bests: list[Candidate | None], sents: list[Sentence]
) -> list[R.Role]:
    """People counted and taken from a town named with a unit right after ("kidnapped 16 farmers
    from X in Kaduna state") were taken in the town only when the gazetteer puts it in that unit;
    a town elsewhere is their home, not where they were taken ("20 passengers from Abuja in Kogi
    State", "ten aid workers from Maiduguri in Yobe state"). (The unit stays as the sentence's
    other rules and the event-place model read it: a unit after a place the text names is
    rarely kept.)"""
    out = list(roles)
    for i, (sp, best) in enumerate(zip(spots, bests, strict=True)):
        if i + 1 == len(spots) or out[i].role != R.EVENT or best is None:
            continue
        unit, nxt = bests[i + 1], spots[i + 1]
        if (
            unit is None
            or nxt.sentence != sp.sentence
            or nxt.start - sp.end > 40
            or not R.taken_from_in_unit(sp, sents[sp.sentence])
            or within(best, unit)
            # "Kaduna State" read as the state's town: the town's state is the unit's
            or (bool(unit.place.admin1) and unit.place.admin1 == best.place.admin1)
        ):
            continue
        out[i] = R.Role(R.ORIGIN, R.COMES_FROM)
    return out


# "the X airport in Y", "the X bridge near Y", "the X airport in the province of Y": a site
# named X that lies in or near a town or a unit Y
_SITE_IN_TOWN_GAP = re.compile(
    rf"^\s+{SITE_KINDS}\s+(?:in|at|near|outside|of)\s+(?:the\s+)?"
    r"(?:(?:city|town|province|region|state|department|district|governorate)\s+of\s+)?$",
    re.I,
)
SITE_NAMED = (
    "names a site that lies in or near the place after it ('the X airport in Y'): no place X lies there"
)
SITE_HOLDS = "holds a site the sentence names ('the X airport in Y province'): where it happened"
_SITE_FAR_KM = 100.0  # an airport or a bridge this far from the town it is told to be in is no X's


def _sites_named_after(
    spots: list[S.Spot], roles: list[R.Role], bests: list[Candidate | None], sents: list[Sentence]
) -> list[R.Role]:
    """ "Gunmen shot dead two guards at the Jorge Chavez airport in Lima", "opened fire at the
    Simon Bolivar airport in Caracas": a site, often named after a person, that the text puts in
    or near a town is no event place of its own where no place of its name is read near that town
    (none at all: an unplaced incident beside the town's; or only far off: "Jorge Chavez" a village
    600 km from Lima); the town is where it happened. So is a unit set aside as what holds the
    site ("the Benito Juarez airport in Yucatan state", "the Francisco Villa airfield in Tabasco
    state", the name read as a thing's): with the site no place, nothing else places the event."""
    out = list(roles)
    for i, (sp, best) in enumerate(zip(spots, bests, strict=True)):
        if i + 1 == len(spots):
            continue
        town, nxt = bests[i + 1], spots[i + 1]
        sent = sents[sp.sentence]
        if (
            town is None
            or nxt.sentence != sp.sentence
            or not _SITE_IN_TOWN_GAP.match(sent.text[sp.end - sent.start : nxt.start - sent.start])
        ):
            continue
        if not (
            out[i].role != R.EVENT
            or best is not None
            and (within(best, town) or _km(best, town) <= _SITE_FAR_KM)
            # a site no reading places, in a unit the text names only as what holds it ("the X
            # military airfield in Lower Shabelle"): the unit is no event place, so the site is
            # the only one the event has (its incident keeps the site's name)
            or best is None
            and out[i + 1].role != R.EVENT
        ):
            out[i] = R.Role(R.MENTIONED, SITE_NAMED)
        if out[i].reason in (SITE_NAMED, R.NAMES_THING) and out[i + 1].reason in (
            R.holder_reason(sp.text),
            R.holder_reason(sp.text, near=True),
        ):
            out[i + 1] = R.Role(R.EVENT, SITE_HOLDS)
    return out


def _townsfolk(role: R.Role, best: Candidate | None, after: str) -> R.Role:
    """People named by a town the gazetteer reads by its name as those who live there ("killed
    nine Douma civilians", "shot dead five Quetta residents") were hit there: the town is an event
    place, beside another too; a people's or a region's name ("40 Amhara farmers", "Nuer youths")
    stays who, and so do those who travel ("ten Kano traders killed in Katsina") and those the
    clause places elsewhere ("killed 20 Gaza residents in Rafah")."""
    if (
        role.reason != R.PEOPLE_FROM
        or best is None
        or best.place.feature is not Feature.CITY
        or not _DWELLERS_AFTER.match(after)
    ):
        return role
    return R.Role(R.EVENT, "in a clause reporting violence") if _by_its_name(best) else role


def _by_its_name(c: Candidate) -> bool:
    """The place is read by its own name or a transliteration of it, not standing in."""
    return not stands_in(c) and not loosely_read(c)


def _unparented(
    q: ParsedQuery,
    readings: list[Candidate],
    resolve: Resolver,
    *,
    away: bool = False,
    told_from: float = 0.0,
    told_way: float | None = None,
) -> list[Candidate]:
    """ "Saraqeb, 50 km southwest of Aleppo", "fled to Idlib, Hama and ...": a parent the phrase
    seemed to name that holds no place of the name is no parent; the name's own readings, when
    as good, beat the parent's point standing in for it. ``away``: the parent is a landmark the
    place is told away from ("Maidan Shahr, west of Kabul"), where the place is not: a reading of
    the name's own in the landmark's country beats the landmark's point."""
    if not q.parents or not readings or not stands_in(readings[0]):
        return readings
    bare = resolve(replace(q, parents=()), None)
    near = [
        c
        for c in bare
        if not told_from
        or _km(c, readings[0]) <= told_from
        and not _the_other_way(c, q.parents[0], told_way, resolve)
    ]
    if away and (here := [c for c in near if c.place.country_code == readings[0].place.country_code]):
        return here
    if not bare or bare[0].score < readings[0].score:
        return readings
    unit = readings[0].place
    if (
        unit.feature in (Feature.ADMIN1, Feature.ADMIN2, Feature.COUNTRY)
        and not loosely_read(readings[0])
        and not _COMPASS_NAME.match(q.parents[0])
        and bare[0].place.country_code != unit.country_code
        # (a country lies in no other's unit: "the border with Niger in eastern Burkina Faso")
        and bare[0].place.feature is not Feature.COUNTRY
    ):
        # a province or country read by its own name stands in for a name it holds nowhere: a
        # town of the name in another country is a namesake, however well it scores ("a village
        # in Yagha province" named like a Turkish district town; the province is where it lies)
        return readings
    # ... unless the text tells the way from the parent and the name's own reading lies far from
    # it ("a school in Dara, west of Peshawar": Dar'a in Syria; "Qala-e-Now, 20 km north of
    # Kandahar": the Qala i Naw 500 km away) or the other way ("Kuweires, east of Aleppo": the
    # village Kuwayris lies 55 km south-west of Aleppo, in Idlib): the parent's point is nearer
    # the truth than that namesake ("X in Y district" is not told so: there the parent's reading
    # errs as often)
    return readings if told_from and bare[0] not in near else bare


_OTHER_WAY = 90.0  # degrees between the way told and the way a reading lies that rule it out


def _the_other_way(c: Candidate, parent: str, way: float | None, resolve: Resolver) -> bool:
    """``c`` lies more than `_OTHER_WAY` degrees off the way ``way`` from the place ``parent``
    names (read alone), the text telling the place lies that way from it."""
    if way is None:
        return False
    town = next(iter(resolve(ParsedQuery(raw=parent, name=parent), None)), None)
    if town is None or _km(c, town) < _SAME_TOWN_KM:
        return False
    t, p = town.place, c.place
    off = abs(bearing_between(t.latitude, t.longitude, p.latitude, p.longitude) - way) % 360.0
    return min(off, 360.0 - off) > _OTHER_WAY


# a parent that is a compass word ("... In The Northwestern Countryside Of Hama" in a headline)
_COMPASS_NAME = re.compile(r"(?:far\s+)?(?:north|south|east|west|central)", re.I)


_TOLD_FROM_KM = 200.0  # a reading farther than this from the place told is a namesake, not X


def _told_from_km(spot: S.Spot, sentence: Sentence) -> float:
    """How far from the place after it a place told by its way from it ("X, west of Y", "X, 450
    km north of Y") may be read: `_TOLD_FROM_KM`, or half again the distance told; 0 if not told
    so."""
    told, way = told_way(spot, sentence)
    return max(_TOLD_FROM_KM, 1.5 * told) if way else 0.0


def _told_bearing(spot: S.Spot, sentence: Sentence) -> float | None:
    """The way the text tells a place lies from the place after it ("X, east of Y": 90), as a
    bearing; None if not told so."""
    way = told_way(spot, sentence)[1]
    return bearing_of(way) if way else None


# "X, west of Y", "X, 30 km (19 miles) north of Y", "X, 40 km from Y": Y is where X is not
_AWAY_WORD = re.compile(
    r"\b(?:north|south|east|west|from)\w*\s+(?:of\s+)?(?:the\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?$",
    re.I,
)


def _told_away(sp: S.Spot, sentence: Sentence, same: list[S.Spot]) -> bool:
    """The name is told a compass way or a distance from the next place its sentence names."""
    later = [o for o in same if o.start >= sp.end]
    if not later:
        return False
    gap = sentence.text[sp.end - sentence.start : later[0].start - sentence.start]
    return R.landmark_gap(gap) and _AWAY_WORD.search(gap) is not None


_RANGE_AFTER = re.compile(r"\s+(?:mountains|hills)\b", re.I)


def _names_range(sp: S.Spot, sentence: Sentence) -> bool:
    """The name is a range's: "the Adrar mountains", "the Nuba hills"."""
    return _RANGE_AFTER.match(sentence.text, sp.end - sentence.start) is not None


def _range_parent(q: ParsedQuery, sentence: Sentence) -> bool:
    """The query's parent is named as a range in the sentence ("in the Zawiya mountains")."""
    # (a pattern of its own per name, compiled when not in re's cache: asked only where either word is)
    if not q.parents or not may_hold(sentence.text, ("mountains", "hills")):
        return False
    return (
        re.search(rf"\b{re.escape(q.parents[-1])}\s+(?:mountains|hills)\b", sentence.text, re.I) is not None
    )


# The phrase that names a place's parent reads the places next to it, two at most on either
# side: a few more are passed, not the whole sentence's (which made a long sentence quadratic)
_AROUND = 4


ADJECTIVE = "a country's adjective before a noun ('a German court', 'French troops'), not a place"
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|on|in|at|of|to|for|from|by|with|was|were|is|are|has|had|said|says)\b)[a-z]"
    # ... or an office or a force written with capitals: "U.S. President Donald Trump said",
    # "U.S. Defense Secretary Jim Mattis", "U.S. Special Forces" (whose, not where)
    r"|\s+(?:(?:Vice|Deputy|Acting|Former)\s+)?(?:President|Prime\s+Minister|Secretary|Defen[cs]e\s+"
    r"(?:Secretary|Minister|Department)|Foreign\s+(?:Minister|Secretary)|Interior\s+Minister|"
    r"State\s+Department|Ambassador|Envoy|Special\s+(?:Envoy|Representative|Forces)|Senator|Sen\.|Rep\.|"
    r"Gen\.|General|Admiral|Adm\.|Lt\.|Col\.|Maj\.|Army|Navy|Air\s+Force|Marines?|Coast\s+Guard|"
    r"Treasury|Attorney\s+General|Chancellor)\b"
)


def _adjective_before_noun(spot: S.Spot, sentence: Sentence, spotter: S.Spotter) -> bool:
    """ "A German court convicted ...", "a Dutch soldier was killed": a country's adjective that
    the gazetteer holds as a loose name of the country (spotted: LGL marks such words), a noun
    after it, says whose the noun is, not where anything happened."""
    if not _NOUN_AFTER.match(sentence.text, spot.end - sentence.start):
        return False
    return spotter.adjective_of_country(spot.text)


def _country_adjective(spot: S.Spot, sentence: Sentence, spotter: S.Spotter) -> str:
    """The country "the (northern) Syrian town of X" names ("syria"), or ''."""
    at = spot.start - sentence.start
    # (every match ends in "of" and spaces right before the place: most places have no such word)
    tail = lowered(sentence.text[max(0, at - 60) : at].rstrip())
    if tail is not None and not tail.endswith("of"):
        return ""
    found = _COUNTRY_KIND_OF.search(sentence.text, max(0, at - 60), at)
    return spotter.country_of_adjective(found["adjective"]) if found else ""


# "X in (the) Y" where Y is a country and its phrase ends there (not "in Turkey's Y province")
_IN_COUNTRY_GAP = re.compile(r"\s+in\s+(?:the\s+)?")
_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\s(?!(?:state|province|region|county|district)\b)[a-z])")


def _country_in_after(spot: S.Spot, sentence: Sentence, after: list[S.Spot], spotter: S.Spotter) -> str:
    """The country named right after the spot as where it lies ("Toronto in the United States",
    "Tripoli in Lebanon"): the text says which country, as "the Lebanese town of X" does; a city
    abroad that owns the name does not take it from the namesake there (found by review rev27)."""
    if not after or after[0].sentence != spot.sentence or S._key(after[0].text) not in spotter._country_keys:
        return ""
    gap = sentence.text[spot.end - sentence.start : after[0].start - sentence.start]
    if not _IN_COUNTRY_GAP.fullmatch(gap) or not _PHRASE_ENDS.match(
        sentence.text, after[0].end - sentence.start
    ):
        return ""
    return after[0].text


# what joins the members of a list of places: a comma, "and", "or"
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# ... and the list's parent, told after its last member by "in" ("A and B in Y"), not by a comma:
# "Louisville, Ky." and "Nanjing, China" hold the last member only
_LIST_PARENT = re.compile(r"\s*,?\s*(?:in|inside|within)\s", re.I)


def _listed_share_parent(
    spots: list[S.Spot], queries: list[ParsedQuery], sents: list[Sentence]
) -> list[ParsedQuery]:
    """The places of a list the text ends with a parent ("Saida and Kahil in the eastern
    countryside of Daraa", "A, B and C in Y province") lie in that parent, each of them: the
    phrase's parent was read for the last one only, and the first, asked bare, was a big namesake
    abroad (Saida, Algeria); with the part of it the phrase tells ("the eastern countryside"). Only
    a parent told plainly (not "near Y", not "N km from Y"), and only to members asked with no
    parent of their own."""
    out = list(queries)
    # a member's parent told by "in" right after it, or shared with it so by the next member
    told_in = [
        bool(q.parents)
        and bool(_LIST_PARENT.match(sents[sp.sentence].text, sp.end - sents[sp.sentence].start))
        for sp, q in zip(spots, queries, strict=True)
    ]
    for i in range(len(spots) - 2, -1, -1):
        sp, nxt, q, after = spots[i], spots[i + 1], out[i], out[i + 1]
        if (
            q.parents
            or not after.parents
            or after.parent_near
            or after.reach_km
            or nxt.sentence != sp.sentence
        ):
            continue
        s = sents[sp.sentence]
        if told_in[i + 1] and _LIST_JOIN.fullmatch(s.text, sp.end - s.start, nxt.start - s.start):
            out[i] = replace(q, parents=after.parents, part_way=after.part_way)
            told_in[i] = True
    return out


def _around(spots: list[S.Spot], k: int) -> list[S.Spot]:
    return spots[max(0, k - _AROUND) : k + _AROUND + 1]


def query_for(
    spot: S.Spot,
    sentence: Sentence,
    spots: list[S.Spot],
    named: Callable[[str], bool | None] = lambda text: None,
    province: Callable[[str], bool] | None = None,
) -> ParsedQuery:
    """The geocoder query for a spot: its name, the parent its phrase names, its kind hint.
    ``named``: True when the gazetteer holds the text as a name as it stands; ``province``: whether
    a name is a province's (`Spotter.names_province`)."""
    parent = R.parent_of(spot, sentence, spots, lacked=named(spot.text) is not True, province=province)
    parents = (parent,) if parent else ()
    if spot.text.rsplit(" ", 1)[-1].lower() in S.ADMIN_TAIL and named(spot.text) is not True:
        # "Hama Province", "Deir ez-Zor Governorate": the unit by its name, the whole as another
        # name; "Laurel County", "Central District" are gazetteer names as they stand
        unit = parse_query(spot.text)
        return replace(unit, parents=parents, feature_hint=unit.feature_hint | spot.feature_hint)
    if (kind := _arabic_headed_kind(spot, sentence, named)) is not None:
        # "Barada valley", "the Barada Valley", "Sakhr hill": the valley, hill or mountain as a
        # gazetteer of Arabic names writes it ("Wadi Barada", "Tall Sakhr"), not a town spelt
        # like its bare name abroad
        site = parse_query(spot.text if kind is _WRITTEN_IN else f"{spot.text} {kind}")
        return replace(site, parents=parents, feature_hint=site.feature_hint | spot.feature_hint)
    # "checkpoints across Kunduz", "villages in Kidal": an area holding places, no capital of its name
    at = spot.start - sentence.start
    encloses = _area_before(sentence.text, at)
    return ParsedQuery(
        raw=spot.text, name=spot.text, parents=parents, feature_hint=spot.feature_hint, encloses=encloses
    )


_WRITTEN_IN = ""  # (the kind word ends the spot itself)


def _arabic_headed_kind(spot: S.Spot, sentence: Sentence, named: Callable[[str], bool | None]) -> str | None:
    """The kind word (`ARABIC_HEADED_KINDS`) a spot ends with (`_WRITTEN_IN`) when the gazetteer
    lacks the whole as a name, or that the text writes after it in lower case; else None."""
    words = spot.text.rsplit(" ", 1)
    if len(words) > 1 and words[1].lower() in ARABIC_HEADED_KINDS:
        return _WRITTEN_IN if named(spot.text) is not True else None
    m = KIND_WRITTEN_AFTER.match(sentence.text, spot.end - sentence.start)
    return m["kind"] if m else None


_AREA_BEFORE = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in AREA_BEFORE) + r")\s+(?:the\s+)?$", re.IGNORECASE
)
# what the text before a place ends with, spaced singly, when the pattern finds it there
_AREA_TAILS = tuple(w + t for w in AREA_BEFORE for t in ("", " the"))


# a landmark inside a town, named after a person or a thing more often than after a town:
# "al-Jandoul roundabout", "Bab al-Hadid square", "Zahraa junction"
_LANDMARK_AFTER = re.compile(
    r"\s+(?:roundabouts?|squares?|street|junction|crossroads?|intersection|circle|hospital|mosque)\b", re.I
)


def _landmarks_read(
    spots: list[S.Spot], sents: list[Sentence], bests: list[Candidate | None]
) -> list[Candidate | None]:
    """A name written before a landmark word is read by a looser spelling than its own name or
    a transliteration of it only in a town its sentence names: elsewhere such a place (Al
    Jandilah in Homs for the Aleppo roundabout "al-Jandoul") is no reading of it."""
    out = list(bests)
    for i, (sp, best) in enumerate(zip(spots, bests, strict=True)):
        if best is None or not loosely_read(best):
            continue
        sentence = sents[sp.sentence]
        if not _LANDMARK_AFTER.match(sentence.text, sp.end - sentence.start):
            continue
        # (towns only: a province's point is no town a roundabout lies in, "Al Tayba roundabout
        # in Al Mayadin, Deir Ezzor governorate" met At Tabiyah 29 km off, beside the province's)
        towns = [
            b
            for j, b in enumerate(bests)
            if j != i and b is not None and spots[j].sentence == sp.sentence and b.place.feature in _TOWNS
        ]
        if not any(_km(best, town) <= _CITY_KM for town in towns):
            out[i] = None
    return out


# "the shells fell on al-Hader and al-Arbaeen neighbourhoods", "the Bab Tadmur quarter": names
# told as parts of a town
_PART_NAME = r"(?:(?:al|el|as|ash|ad|ar|az)-)?[A-Z][\w’'-]*"
_PARTS_AFTER = re.compile(
    rf"(?:\s*(?:,|\band\b)\s*{_PART_NAME}(?:\s+{_PART_NAME}){{0,2}})*\s+(?:neighbou?rhoods?|quarters?)\b"
)
_CITY_WITH_PARTS = 50_000  # a town this big has named neighbourhoods
# "the Saraqeb neighbourhood of X": the name before the word is the town, the part comes after
_PART_OF = re.compile(r"\s+of\b")
# readings a part's name may be far-off namesakes of: a village, not a neighbourhood (a part
# already) nor a unit, which is named after its town ("several Homs neighbourhoods" read as the
# subdistrict, "the Hama neighbourhood of Bab Qebli" as the province)
_PART_FEATURES = frozenset({Feature.CITY, Feature.POINT})


def _neighbourhoods_read(
    spots: list[S.Spot], sents: list[Sentence], bests: list[Candidate | None]
) -> list[Candidate | None]:
    """A name told as a neighbourhood of the town the report names before it ("Hama, SANA - ...
    The shells fell on al-Hader and al-Arbaeen neighborhoods") is a part of that town the
    gazetteer lacks, not a village of that name elsewhere in the country: it is read as the
    town."""
    out = list(bests)
    town: Candidate | None = None  # the last big town told before
    for i, (sp, best) in enumerate(zip(spots, bests, strict=True)):
        if best is None:
            continue
        sentence = sents[sp.sentence]
        if (
            town is not None
            and best.place.feature in _PART_FEATURES
            # a big town's own name before the word is the town whose parts are told ("the Homs
            # neighbourhood of al-Zahra", "several Aleppo quarters"), not a part of the one before
            and best.place.population < _CITY_WITH_PARTS
            and best.place.country_code == town.place.country_code
            and (parts := _PARTS_AFTER.match(sentence.text, sp.end - sentence.start))
            and not _PART_OF.match(sentence.text, parts.end())
            and _km(best, town) > _CITY_KM
        ):
            far = round(_km(best, town))
            reason = f"told as a part of {town.location} the gazetteer lacks (its namesake lies {far} km off)"
            out[i] = replace(town, reason=f"{reason}; {town.reason}")
            continue
        if best.place.feature == Feature.CITY and best.place.population >= _CITY_WITH_PARTS:
            town = best
    return out


def _area_before(text: str, at: int) -> bool:
    """Whether an `AREA_BEFORE` phrase ends the text before ``at``. The pattern is searched
    only after a test of the text's end: most places follow none (the search tries each of
    40 positions, ~5 µs; the test ~1 µs). Non-ASCII text is searched as it stands."""
    lo = max(0, at - 40)
    before = text[lo:at]
    if before.isascii() and not " ".join(before.lower().split()).endswith(_AREA_TAILS):
        return False
    return _AREA_BEFORE.search(text, lo, at) is not None


def _countries_acting(
    geocoder: OfflineGeocoder, spots: list[S.Spot], sents: list[Sentence]
) -> frozenset[str]:
    """The countries the text names only before whose arms or people act or speak ("U.S. drones
    struck", "U.S. officials said", "Iran-backed rebels", `WHO_ACTS`): no clue to where its places
    lie (al-Bayda was read as Baird, Texas and Stuttgart as Stuttgart, Arkansas with "U.S."
    anywhere in the text), so left out of the names the geocoder reads as the text's."""
    countries = geocoder.gazetteer.country_of_key
    acting: set[str] = set()
    other: set[str] = set()
    for sp in spots:
        # (a code: a country's own name before its army is most often the army at home, "Myanmar
        # military jets bombed Muse"; the codes news writes so are of countries that act abroad)
        if not written_as_code(sp.text) or normalise(sp.text) not in countries:
            continue
        s = sents[sp.sentence]
        (acting if WHO_ACTS.match(s.text, sp.end - s.start) else other).add(sp.text)
    return frozenset(acting - other)


def _resolver(
    geocoder: OfflineGeocoder,
    article: Article,
    spots: list[S.Spot],
    sents: list[Sentence],
    far: frozenset[str] = frozenset(),
) -> Resolver:
    """A memoised best-candidate lookup with the article's place names as context.

    Only names: the article's common words would match abbreviations ("or" is Oregon). A name
    the gazetteer lacks (`unknown_spots`) is read only by the unit its phrase names standing in
    for it (or a spelling inside that unit): any other spelling that meets it is a namesake
    elsewhere. A name told ``far`` from a town (`FAR_FROM_KM`) has no town standing in for it,
    only the point that far the way the text tells, if it tells one (`offset_of`).
    """
    unknown = {sp.text for sp in spots if sp.unknown}
    acting = _countries_acting(geocoder, spots, sents)
    names = [article.dateline, *(sp.text for sp in spots if not sp.unknown and sp.text not in acting)]
    keys = context_keys(" , ".join(n for n in names if n))
    if acting and isinstance(keys, ContextKeys):
        keys.acting = frozenset(normalise(n) for n in acting)
    memo: dict[tuple[ParsedQuery, str | None], list[Candidate]] = {}

    def resolve(q: ParsedQuery, country: str | None) -> list[Candidate]:
        asked = (q, country)  # hashed once: a query's hash is its fields' (not kept)
        found = memo.get(asked)
        if found is None:
            # only readings close to the best are read (`_close`)
            found = memo[asked] = geocoder.geocode(
                q, keys=keys, country=country, limit=READINGS, margin=AMBIGUOUS
            )
            if q.name in unknown:
                found = memo[asked] = [
                    c
                    for c in found
                    if _named_unit_stands_in(c) or _in_named_unit(c, q) or _unit_at_its_province(c)
                ]
            if q.name in far:
                found = memo[asked] = [c for c in found if not stands_in(c) or offset_of(c)]
        return found

    return resolve


# kind words of second-level units named after their seat towns
_SEATED_KINDS = frozenset({"territory", "district"})
_KIND_AFTER_PARENT = re.compile(rf"\s+(?P<kind>{'|'.join(UNIT_KINDS)})\b", re.I)


def _with_kinds(
    parents: tuple[str, ...], sp: S.Spot, spots: list[S.Spot], sents: list[Sentence], gazetteer: Gazetteer
) -> tuple[str, ...]:
    """Each parent that a spot of the sentence names with a kind word after it, with that word,
    where the name and the word name a unit no town lies in (only such a unit answers only so:
    other parents read as before)."""
    s = sents[sp.sentence]
    out = []
    for p in parents:
        for other in spots:
            if (
                other.sentence == sp.sentence
                and other.text == p
                and (m := _KIND_AFTER_PARENT.match(s.text, other.end - s.start))
                and (
                    any(
                        # (or a unit the gazetteer names with its kind word, "Rutshuru Territory":
                        # asked bare beside it, the town Rutshuru stood in for "Kibirizi in the
                        # Rutshuru territory")
                        (place := gazetteer.place(hit.place_id).place).source == ADMIN2_AT_ADMIN1
                        or m["kind"].lower() in _SEATED_KINDS
                        and place.feature is Feature.ADMIN2
                        for hit in gazetteer.exact(normalise(f"{p} {m['kind']}"))
                    )
                    # ... or a Congolese territory or a district (Afghanistan's, Pakistan's) the
                    # gazetteer holds by its bare name ("Plaine Savo in the Djugu territory": the
                    # territory, not the town Djugu 25 km east; "X in Sangin district" the
                    # district, not a point near its seat town)
                    or m["kind"].lower() in _SEATED_KINDS
                    and any(
                        gazetteer.place(hit.place_id).place.feature is Feature.ADMIN2
                        for hit in gazetteer.exact(normalise(p))
                    )
                )
            ):
                p = f"{p} {m['kind'].lower()}"
                break
        out.append(p)
    return tuple(out)


def _unit_told_after(sp: S.Spot, spots: list[S.Spot], sents: list[Sentence], spotter: S.Spotter) -> str:
    """The unit `region_parent` reads right after a place, when the text names it with its kind
    word ("X, a village in Djugu territory", "X (Lamu county)"); '' if none."""
    parent = region_parent(sp, sents[sp.sentence], spots, spotter)
    s = sents[sp.sentence]
    for other in spots if parent else ():
        if (
            other.sentence == sp.sentence
            and other.start >= sp.end
            and other.text == parent
            and _KIND_AFTER_PARENT.match(s.text, other.end - s.start)
        ):
            return parent
    return ""


def _unit_at_its_province(c: Candidate) -> bool:
    """The name is a unit no town lies in, named with its kind word ("in Oudalan province",
    "Muidumbe district"): the geocoder reads such a unit only so, at its province's point."""
    return c.place.source == ADMIN2_AT_ADMIN1 and not loosely_read(c)


def _named_unit_stands_in(c: Candidate) -> bool:
    """The parent stands in, read by its own name or a transliteration: a parent met only by a
    loose spelling ("Oudalan province" read as Heybeliada, Istanbul) is no unit the text names."""
    return stands_in(c) and not loosely_read(c)


def _in_named_unit(c: Candidate, q: ParsedQuery) -> bool:
    """A spelling read inside the province or district the query names as the place's parent
    ("Schastia, north of Luhansk": Shchastya in Luhansk), not a country's (a spelling met
    anywhere in a country is a guess)."""
    units = {normalise(u) for u in (c.place.admin1, c.place.admin2, c.place.parent) if u}
    return any(normalise(p) in units for p in q.parents)


def _named(c: Candidate, text: str) -> bool:
    return normalise(c.matched_name) == normalise(text)


def _kept_abroad(c: Candidate, sp: S.Spot, named: frozenset[str] | set[str] = frozenset()) -> bool:
    """A place outside the story's country is meant when it is a country, region or province
    named exactly, a town of `NOTABLE` people named by its own name, or (for a name known only
    by its transliteration) a transliteration of the own name of a country, province, region
    or town of `NOTABLE` people. A place the gazetteer lacks is where the unit its phrase names
    is ("Krinding in Chhattisgarh's Sukma district" in a story about Mali)."""
    if sp.unknown and stands_in(c):
        return True
    if not sp.exact:
        # a transliteration abroad: only of a notable place ("Menbej" in a story about Iraq);
        # a village or district abroad that a spelling happens to meet is a guess
        return _spells(c, sp.text) and (c.place.feature in _NOTABLE_UNITS or c.place.population >= NOTABLE)
    if c.place.feature not in (Feature.CITY, Feature.NEIGHBOURHOOD, Feature.ADMIN3, Feature.POINT):
        # a country or province by a spelling of its name: "U.S.", "Britain" ('britayn')
        return _same_skeleton(c.matched_name, sp.text)
    if normalise(c.matched_name) != normalise(sp.text):
        return False
    own = normalise(c.place.name) == normalise(sp.text)
    return own and (c.place.population >= NOTABLE or c.place.country_code in named)


def _notable_town(c: Candidate, sp: S.Spot) -> bool:
    """A town of `NOTABLE` people named exactly by its own name ("Moscow", "Toronto" in a story
    about the US): the geocoder read it in context; no namesake in the story's country is meant
    instead (Moscow, Idaho)."""
    return (
        sp.exact
        and c.place.feature is Feature.CITY
        and c.place.population >= NOTABLE
        and normalise(c.matched_name) == normalise(sp.text) == normalise(c.place.name)
    )


def _same_skeleton(a: str, b: str) -> bool:
    ka, kb = normalise(a), normalise(b)
    return ka.replace(" ", "") == kb.replace(" ", "") or (
        skeleton(ka).replace(" ", "") == skeleton(kb).replace(" ", "")
    )


def _notable(c: Candidate, text: str) -> bool:
    """The name reads as a place known well beyond its country (a country, province or region,
    or a town of `NOTABLE` people) by its own name, as written or transliterated ("Falluja": Al
    Fallūjah), or by a unit's other name as written."""
    unit = c.place.feature in _NOTABLE_UNITS
    if not unit and c.place.population < NOTABLE:
        return False
    if translit(normalise(c.place.name)) == translit(normalise(text)):
        return True
    return unit and _named(c, text)


_NOTABLE_UNITS = frozenset(
    {Feature.COUNTRY, Feature.ADMIN1, Feature.REGION, Feature.WATER, Feature.CONTINENT}
)


def _spells(c: Candidate | None, text: str) -> bool:
    """The name is a transliteration of the place's own name ("Menbej" of Manbij), not an alias."""
    if c is None:
        return False
    key = _spelling(text)
    return len(key.replace(" ", "")) >= 4 and _spelling(c.place.name) == key


@functools.lru_cache(maxsize=8192)  # the same names and candidates, mention after mention
def _spelling(name: str) -> str:
    return skeleton(normalise(name))


def _close(readings: list[Candidate]) -> list[Candidate]:
    """The readings of a name that score about as well as its best one."""
    return [c for c in readings if c.score >= readings[0].score - AMBIGUOUS] if readings else []


def main_country(
    geocoder: OfflineGeocoder,
    article: Article,
    resolved: list[list[Candidate]],
    clues: dict[str, float],
    guessed: list[list[Candidate]] | None = None,
) -> str | None:
    """The article's main country: where its places lie (weighted by score), the dateline's twice.

    Each name votes with its best reading's score for that reading's country, and with half
    that for the countries of readings that score about as well: "Soran" (Iraq; a Syrian town
    close behind) or "Madan" (Bulgaria; Syria...) alone does not outvote the rest of the story.
    """
    votes = dict(clues)
    for close in resolved:
        for cc, w in _weights(close).items():
            votes[cc] = votes.get(cc, 0.0) + w
    if article.dateline:
        found = geocoder.geocode(article.dateline, limit=1)
        if found:
            cc = found[0].place.country_code
            votes[cc] = votes.get(cc, 0.0) + 2
    backed = dict(votes)
    for close in guessed or []:
        weights = _weights(close)
        for cc, w in weights.items():
            if cc in votes:
                backed[cc] += BACKING * w
            elif not votes and len(weights) == 1 and len(close) > 1:
                # nothing else names a country: a guess whose several close readings all lie in
                # one country ("Kefraya": three Syrian villages) still says where the story is
                backed[cc] = backed.get(cc, 0.0) + BACKING * w
    return max(backed, key=lambda cc: backed[cc]) if backed else None


def _weights(close: list[Candidate]) -> dict[str, float]:
    weights: dict[str, float] = {}
    for c in close:
        w = c.score * (1.0 if c is close[0] else RUNNER_UP)
        weights[c.place.country_code] = max(weights.get(c.place.country_code, 0.0), w)
    return weights
