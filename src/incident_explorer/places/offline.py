"""Offline geocoding: rank gazetteer candidates for a place query using every clue we have.

score = (0.50 * name match + 0.15 * prior + 0.35 * context fit) * feature fit * parent fit

- name match: 1.0 the primary name, 0.95 an alternate name (an abbreviated "St.", "Mt.", "Ft."
  is the name written out, and the reverse), 0.75-0.9 a transliteration
  (skeleton) match scaled by similarity (x0.85 when some place has the exact name: then a
  variant is the less likely reading), up to 0.8 a fuzzy (typo) match. With no country named,
  a transliteration or variant is x0.9 when some place has the exact name ("New York" is not
  York, "Gaza" not Giza); and a town where Arabic is not spoken that only a skeleton variant
  reaches keeps x0.8 ("Tabakat" is no Timbuktu, 'Tibakatu'). A
  town's alternate name that is a country's, state's, continent's or sea's own name is x0.7
  ("Alaska" for Fort Ashby, West Virginia), also when the big place's own name is another
  spelling of it ("Kufra" for Al Kufrah, Libya); a GeoNames town's alternate name that another
  town of its country has as its own name (an old name: Schuylerville, New York was Saratoga)
  x0.85. When some place has the whole description as a name ("Al Mughayr town", "Jafrah oil
  field", "Walker County"), places matched by the bare
  name alone keep x0.8: coders reuse a place's description, and the description is the finer name.
  Likewise when a place answers to two of the names a description gives ("Amiriyah / Mirkan
  village", "X (Y) village") by its own name or a transliteration: the others keep x0.8.
- prior: how likely the place is named at all: population for towns, a fixed value by feature;
  halved for a place reached by a spelling variant or a typo match
  (a state or province 0.82: above a town of 200,000, "Ontario" with no clue is the province);
  a town of unknown population in a unit of its name that the query also names (a sub-district's
  seat) at least 0.55, the prior of a town of ~3,500; so too a GeoNames town of unknown
  population in a district or sub-district of its own name, whatever the query (Tall 'Afar).
- context fit: 0.5 neutral; higher when an enclosing place (city, district, province) is named
  in the context text, or the country is in focus; lower when another country is in focus;
  higher when the candidate lies in the admin1 unit (state, province) in focus: the one most of
  the other places the text names (written as names) lie in, each name splitting one vote over
  the units its namesakes lie in; with no country named and no state in focus, a little higher
  in the country most of the text's other places lie in (each name splitting one vote over its
  namesakes' countries), unless a city abroad big enough to own the name has it. Enclosing-place
  keys of one or two
  letters ("in", "or": state codes) are no clue; nor are country names and codes the text does
  not write as names ("can", "and", "per": ISO codes of Canada, Andorra, Peru), and codes
  count only written in capitals ("CAN", "U.S.", not "Peter Pan": Panama); the name asked
  about is no clue to its own country when the text names no other. Up to +0.3
  when the candidate lies within 60 km of towns or counties the text names elsewhere, each
  name weighing 1/its namesakes (neighbours: a document-level pull between its places; only
  between namesakes, never for a looser spelling; half as much for a town named like a state or
  country it does not lie in).
  Words of the name asked about are no clue ("New York" names no York County), nor are
  enclosing places whose name holds it ("Dublin City" schools for Dublin, Ireland), nor a
  county named like a state unless written as a county ("Washington" is no clue to
  California, Washington County, Pennsylvania). A foreign country is not out of focus. A town named
  like a country, state, continent or sea ("California, Pennsylvania") gets no fit from its
  state or country being named or in focus: only its county or neighbours speak for it; unless
  it lies inside that place (Mexico City in Mexico, Moscow in Moscow oblast) or is a city big
  enough to own the name too (Washington, D.C.; a prior of 0.85 or more).
  With a parent in the query ("X, Y") it is 1.0 if Y encloses the candidate; Y may be any name
  of the candidate's state ("Charleston, W.Va.").
- feature fit: 0.6 when the query says "province" and the candidate is a town, etc.; 0.85
  when it says "village" and the candidate is a town of 20,000 people or more.
- with the country named, its namesakes lean (near-ties only) towards the spelling the query
  copies and the better-known place (more distinct names in our sources); with no country named
  nor in focus, every place reached by its own name or a transliteration leans towards the
  spelling the query copies.
- parent fit: 0.5 when the query names a parent that does not enclose the candidate; 0.7 when
  it lies within 30 km of a district, sub-district or town of the parent's name in its country
  (sources draw district borders differently).
Candidates under ``threshold`` are dropped: an unresolved answer beats a confident wrong place.
A township the gazetteer lacks ("X Township", "X Twp.") stands at a town named X, near it.
A province whose capital (its biggest town, of 20,000 people or more) has its very name yields
the bare name to the capital, which takes the province's place and no other; not where the name
encloses another place ("X district in Ghazni", "villages in Kidal"). A bare
name the text lists as counties ("Cooke, Grayson and Love counties") asks for the county, and a
state's name it writes as a state ("Washington state") or lists with its states, the state; a
country's name it lists with other countries' names, the country. Countries that share a name
("Congo") tie: the one a state in focus lies in first, then the more populous.
"""

from __future__ import annotations

import functools
import heapq
import math
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import NamedTuple, TypeVar

from rapidfuzz import fuzz

from incident_explorer import compiled_re as re
from incident_explorer.frozen import fast_init
from incident_explorer.places.distance import EARTH_RADIUS_KM, bearing_of, destination
from incident_explorer.places.distance import distance_km as km
from incident_explorer.places.gazetteer import Gazetteer, IndexedPlace, place_ids
from incident_explorer.places.index import UNITS
from incident_explorer.places.phrases import dashed_parent, named_after, parse_query
from incident_explorer.places.place import Candidate, Feature, ParsedQuery, Place, Precision
from incident_explorer.places.precision import ADMIN2_AT_ADMIN1, precision_for, precision_of
from incident_explorer.places.sources.geonames import UNIT_KINDS, abbreviated_states
from incident_explorer.places.spelling import (
    arabic_spelt,
    diminutive_key,
    fold,
    has_diminutive,
    normalise,
    skeleton,
    strip_admin_word,
    strip_local_unit_word,
    translit,
)
from incident_explorer.places.who_acts import WHO_ACTS

_PRIOR_BY_FEATURE = {
    Feature.NEIGHBOURHOOD: 0.45,
    Feature.ADMIN3: 0.35,
    Feature.ADMIN2: 0.45,
    Feature.ADMIN1: 0.82,
    Feature.REGION: 0.55,
    Feature.COUNTRY: 0.9,
    Feature.CONTINENT: 0.9,
    Feature.WATER: 0.6,
    Feature.POINT: 0.5,
}
_KIND_OF_NAME = {
    0: ("primary name", 1.0),
    1: ("alternate name", 0.95),
    2: ("what its people are called", 0.9),
}
_PRIMARY_NAME, _ALTERNATE_NAME = _KIND_OF_NAME[0][0], _KIND_OF_NAME[1][0]
_DEMONYM = _KIND_OF_NAME[2][0]
# a fallback town's name another place has (the index's `held` kinds, 3 being transliteration)
_HELD_KIND = {0: _KIND_OF_NAME[0], 1: _KIND_OF_NAME[1]}
# A place reached by another spelling or a typo keeps half its prior: a misspelt village is
# likelier than a big city the misspelling happens to resemble ("Rahjan" is Ruhjan, not Rayyan).
_VARIANT_PRIOR = 0.5
_VARIANT = "spelling variant"
_LOOSE = (_VARIANT, "typo-tolerant")
_TRANSLIT = 0.97
_TRANSLIT_HOW = "transliteration"
_TRANSLIT_BESIDE_EXACT = 0.9  # with no country named, when some place has the very name
# With no country named nor in focus, what a place outside the countries where Arabic is
# spoken keeps of its score when the name is spelt as Arabic and a place there has it
# (OfflineGeocoder._arabic_abroad). UCDP places with no hint within 10 km (no ucdp): 1.0 (none)
# 0.639, 0.95 0.644, 0.9 0.652, 0.85 0.653, 0.8 0.653 (ucdp<=2017: 0.831 each).
_ARABIC_ABROAD = 0.9
# The skeleton variant key reads Arabic names as reporters write them (vowels, doubled letters).
# With no country named, a town where Arabic is not spoken that only such a variant reaches is a
# guess: a big town has dozens of names in other languages, one of which a local name resembles
# ("Tabakat" is Timbuktu's 'Tibakatu', "Pokot" Bogotá's 'Pokotta', "Muskoka" Moscow's 'Musko').
# It keeps 0.8 (a province or a people's region is still read so: "Abkhaz", "Dagestani").
_LOOSE_TOWN = 0.8
_MAX_NGRAM = 3  # enclosing places are named in one to three words: "Rural Damascus"
_WORD = re.compile(r"\S+")
_PARTS = re.compile(r"[-/–—]")  # "U.S.-led": the code is written in capitals all the same
# Enclosing-place keys this short are state codes ("in" Indiana, "or" Oregon, "me" Maine) that
# every English text contains as words: no clue.
_MIN_CLUE = 2
_CODE = 3
# Admin1 focus: a state leads when the other places a text names that lie in it weigh this much
# (one name found in a single state weighs 1), and states within this share of the lead share it:
# a story crosses into the next state. With every name's vote split over its namesakes' states,
# LGL / GeoVirus Acc@161 at 0.75 0.842 / 0.851, 0.4-0.7 0.843-0.845 / 0.852, 0.9 0.840 / 0.851.
_STATE_VOTES = 1.5
_STATE_LEAD = 0.6
_STATE_FIT = 0.3
_MAX_NAMESAKES = 50  # a name with more namesakes says nothing about where the text is
_NOT_FEW: list[IndexedPlace] = []  # (kept for a name with no place or more namesakes than that)
# The text's country, when it names none: the one most of the other places it names lie in, each
# name splitting one vote over its namesakes' countries (a local paper rarely names its own
# country or state: "Paris" beside Commerce and Clarksville is Paris, Texas). It leads with this
# many votes from at least two names (one "Christmas" makes no Australian story American), the
# next country at most this share of them, and lends its places this much fit.
# LGL / GeoVirus Acc@161: votes 1.0 lead 0.75 0.851 / 0.871, 1.0 / 0.5 0.849, 1.5 / 0.75 0.848,
# 2.0 / 0.5 0.848, none 0.849 / 0.871; fit 0.3 0.846, 0.15 0.851, 0.1 0.850.
_LEANING_VOTES = 1.0
_LEANING_LEAD = 0.75
_LEANING_NAMES = 2
_LEANING_FIT = 0.15
# Neighbours: a candidate near a town or county the text names elsewhere (each name weighing
# 1/namesakes) gains up to this much fit; "near" is within this many km.
_NEIGHBOUR_FIT = 0.3
_NEIGHBOUR_KM = 60.0
# ... and a town named like a state or country it does not lie in ("California, Pennsylvania",
# "Ontario, California") half as much: a text naming the state means the state more often than a
# capitalised word of it ("Commerce", "Secretary") means a town near the namesake. LGL / GeoVirus
# Acc@161 at 1.0 (as other towns) 0.839 / 0.849, 0.7 and 0.5 0.840 / 0.851, 0.3 0.839 / 0.851.
_SHADOWED_NEIGHBOURS = 0.5
# Degrees of latitude beyond which no point is within _NEIGHBOUR_KM (a great circle is never
# shorter than its north-south part), with a margin for rounding: skips most distances.
_NEIGHBOUR_LAT = math.degrees(_NEIGHBOUR_KM / EARTH_RADIUS_KM) * 1.001
_OWN_NAME = frozenset({_PRIMARY_NAME, _ALTERNATE_NAME})  # namesakes, not spellings
_EXACT = frozenset(how for how, _ in _KIND_OF_NAME.values())
_OWN_NAME_REASONS = tuple(f"{how} " for how in sorted(_OWN_NAME))  # a candidate's reason opens so
_NEIGHBOUR_FEATURES = frozenset({Feature.CITY, Feature.ADMIN2, Feature.ADMIN3, Feature.NEIGHBOURHOOD})


# Names asked about and states' names recur text after text: their keys are kept.
_key_of = functools.lru_cache(maxsize=1 << 16)(normalise)
# ... and so are the transliteration keys of candidates' names, asked query after query
_translit_of = functools.lru_cache(maxsize=1 << 16)(translit)


@functools.lru_cache(maxsize=1 << 16)
def _spelt(name: str) -> str:
    """The transliteration key of a name as written."""
    return translit(normalise(name))


_K = TypeVar("_K")
_V = TypeVar("_V")


@fast_init
@dataclass(frozen=True, slots=True)
class _Match:
    quality: float
    how: str
    key: str
    named: bool = False  # a transliteration match of a place that also has the very name
    key_form: bool = False  # a match of another name's key that the query is written in


class ContextKeys(frozenset[str]):
    """Normalised 1- to 3-word sequences of a context text; ``proper`` holds those the text
    writes as names: every word capitalised, and not all of them words it also writes in lower
    case ("Douglas County" but not "March" or "Road")."""

    proper: frozenset[str] = frozenset()
    capitals: frozenset[str] = frozenset()
    counties: frozenset[str] = frozenset()
    # names written as states ("Washington state", "the state of Washington") and lists of names
    # joined by "and"/"or" ("Oregon, Washington and Idaho"), each name with the others
    states: frozenset[str] = frozenset()
    listed: tuple[tuple[str, ...], ...] = ()  # names listed as counties: "Cooke and Love counties"
    # (name, state) where the text writes a state after a name and a comma ("Bethel, Vt.",
    # "Paris, Texas"): the name's key and the state as written
    stated: frozenset[tuple[str, str]] = frozenset()
    # names the text writes on their own (_written_alone): an enclosing place is named only so
    alone: frozenset[str] = frozenset()
    # names the text writes only as a street's or a person's first word, never as a name of
    # their own: "420 Augusta St.", "Charles Parker said" (_written_alone); no town near them
    # speaks for a namesake of the place asked about
    incidental: frozenset[str] = frozenset()
    # names in the possessive before a force that tells what others did ("India's army said
    # militants attacked a base in Uri"): a home army's report, but not a name of the text (the
    # same force abroad, "Russia's defence ministry said rebels shelled Douma"); a place asked
    # about that has a namesake in that country is read there (_countries_in_focus)
    speakers: frozenset[str] = frozenset()
    # countries' codes written only before who acts or speaks ("U.S. drones", "U.S. officials
    # said", `WHO_ACTS`): no country in focus, only a lean to its places when none is
    acting: frozenset[str] = frozenset()


def context_keys(text: str) -> frozenset[str]:
    """Normalised 1- to 3-word sequences of a context text, to spot enclosing places in it."""
    # "Canada's finance minister", "Ohio's governor": a name in the possessive is the place's
    # name too (the key of "Canada's" is 'canadas', which names nothing)
    possessive = frozenset(normalise(m.group(1)) for m in _POSSESSIVE.finditer(text))
    keys = ContextKeys(_ngrams(normalise(text).split()) | possessive)
    words: list[str] = []
    caps: list[bool] = []  # each word's raw token begins with a capital
    said: dict[str, tuple[str, ...]] = {}  # an article names its places again and again
    for raw in text.split():
        found = said.get(raw)
        if found is None:
            found = said[raw] = _raw_words(raw)
        if found:
            words.extend(found)
            caps.extend([raw[:1].isupper()] * len(found))
    lower = {w for w, cap in zip(words, caps, strict=True) if not cap}
    proper: set[str] = set()
    # Every run of one to three capitalised words with a word not also written in lower case
    for i, cap in enumerate(caps):
        if not cap:
            continue
        fresh = False
        for j in range(i, min(i + _MAX_NGRAM, len(words))):
            if not caps[j]:
                break
            fresh = fresh or words[j] not in lower
            if fresh:
                proper.add(" ".join(words[i : j + 1]))
    # (not "That's", "Here's": words the text writes in lower case too)
    keys.proper = frozenset(proper) | {k for k in possessive if not lower.issuperset(k.split())}
    # Words written in capitals ("CAN", "U.S.-led"): country codes count only written so.
    shouted = (part for raw in said if any(c.isupper() for c in raw) for part in _PARTS.split(raw))
    keys.capitals = frozenset(normalise(part) for part in shouted if part.isupper())
    if keys.capitals and _ACTOR_CODE.search(text):
        # a code written only before who acts or speaks ("U.S. drones", "U.S. officials said",
        # "U.S.-led forces") names whose arms or people, not where the text's places lie
        acting = Counter(normalise(m[1]) for m in _ACTOR_CODE.finditer(text))
        written = Counter(normalise(m[0]) for m in _CODE_WRITTEN.finditer(text))
        kept = frozenset(k for k in keys.capitals if acting[k] < written[k] or k not in acting)
        keys.acting = keys.capitals - kept
        keys.capitals = kept
    _read_lists(text, keys)
    keys.stated = frozenset(_stated(text))
    keys.alone, keys.incidental = _written_alone(text, lower, said)
    keys.speakers = frozenset(normalise(m.group(1)) for m in _SPEAKING_FORCE.finditer(text))
    keys.alone &= keys
    if _STATE_HINT.search(text):
        keys.states = frozenset(
            n for m in _STATE_WRITTEN.finditer(text) for n in _runs_in(normalise(m.group(1) or m.group(2)))
        )
    return keys


# One or two capitalised words in the possessive before a word in lower case: a place's name
# ("Canada's finance minister", "New York's mayor"). Before a capitalised word the possessive is
# part of a longer name ("Hope's Wings", "King's Lynn"), and it is no enclosing place's name
# (_written_alone): LGL half 1 +1 -1 with it (Hamilton, Ohio won, Marion, Indiana lost).
# Not before a force or what a force does ("Russia's air force pounded Douma", "Turkey's army",
# "Israel's offensive in Gaza"): the possessive names who acts, and conflict news tells what a
# country's army does abroad (Douma, Rif-Dimashq was read as a village of its namesake abroad).
_ACTS = (
    r"(?:[a-z]+\s+)?(?:air\s*forces?|armed\s+forces|army|armies|militar(?:y|ies)|navy|troops|"
    r"forces|soldiers|warplanes|war\s*planes|jets|bombers|drones|missiles|artillery|militias?|proxies|"
    r"allies|mercenaries|marines|paratroopers|special\s+forces|defen[cs]e\s+(?:ministry|minister|forces)|"
    r"war|invasion|offensive|incursion|intervention|occupation|blockade|siege|bombing|bombardment|"
    r"shelling|(?:air\s*)?strikes?|airstrikes?|raids?|attacks?|campaign|operations?)\b"
)
_POSSESSIVE = re.compile(rf"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s\s+(?=[a-z])(?!{_ACTS})")
# ... but a force that says what others did ("India's army said militants attacked a base in
# Uri", "Nigeria's military says insurgents stormed Gwoza") is most often a home army reporting
# an attack on its own ground: its country is where a place of the name is read, if it has one
# (a force that says what it did itself, "said it had shelled", "said its jets struck", acts).
_FORCE = (
    r"(?:[a-z]+\s+)?(?:air\s*forces?|armed\s+forces|army|militar(?:y|ies)|navy|troops|forces|soldiers|"
    r"marines|special\s+forces|defen[cs]e\s+(?:ministry|minister|forces))"
)
_SPEAKING_FORCE = re.compile(
    rf"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s\s+{_FORCE}"
    r"(?:\s+(?:spokes(?:man|woman|person)|chief|commanders?|officials?|sources?|statement))?,?\s+"
    r"(?:said|says|say|reported|reports|announced|told|confirmed|stated)\b"
    r"(?!\s+(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?(?:it|its|they|their|we|our)\b)"
)
# A code before whose arms or people (`who_acts.WHO_ACTS`): "U.S. drones", "U.S.-led forces"
_ACTOR_CODE = re.compile(rf"(?<![\w.])((?:[A-Z]\.){{2,3}}|[A-Z]{{2,3}})(?={WHO_ACTS.pattern})")
_CODE_WRITTEN = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,3}|[A-Z]{2,3})(?![\w])")
# Words of direction before a name leave it the name ("East Texas", "Southwestern Ontario").
_COMPASS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western "
    "northeastern northwestern southeastern southwestern central upstate downstate".split()
)
# An Arabic article written in lower case before a name: "al-Hasakah", "ash-Shaddadi"
_ARTICLE_BEFORE = re.compile(r"[a-z]{1,3}[-‑][A-Z]")
_ARTICLES = frozenset({"the", "a", "an"})
_OPENS_RUN = "\"“‘'([{"
_ENDS_RUN = frozenset(",.;:!?)]}\"”’'—–")
_SENTENCE_END = frozenset(".!?:")
_INITIAL = re.compile(r"[A-Z][a-z]{0,2}\.")  # "J.", "Dr.", "St.", "Gov.": a name runs on past it


_STREET_WORDS = frozenset(
    "street st road rd avenue ave boulevard blvd drive dr lane ln way court ct parkway pkwy".split()
)
_SAYS = frozenset("said says told added wrote explained noted".split())


def _written_alone(
    text: str, lower: set[str], said: dict[str, tuple[str, ...]]
) -> tuple[frozenset[str], frozenset[str]]:
    """Names (one to three words) the text writes on their own: a run of capitalised words
    between punctuation or lower-case words that is the name (after a sentence's first word
    the text also writes in lower case, "In", and words of direction, "East Texas"); not a
    name inside a longer one ("Knox Road", "Lake Vermont", "George Washington High School",
    "Tennessee Colony") nor a lower-case word ("will", "central"). Nor, anywhere, a name the
    text writes as the last word of a longer one: a person's surname ("Patrick J. Sullivan ...
    Sullivan said") or a bigger place's ("New York" is no York, "New England" no England).
    ``said``: each token's words, as `context_keys` read them (the same tokens: not read again).
    Also the names written only as the first word of a street ("Augusta St.", "Memphis Street")
    or of a person (an initial or a surname after it and the run then saying something: "Eugene
    C. Dexheimer", "Charles Parker said"), never as a run of their own (ContextKeys.incidental)."""
    runs: list[tuple[list[str], bool]] = []  # each run's words, and whether a sentence starts it
    after: list[str] = []  # the word after each run ("" at punctuation)
    run: list[str] = []
    opened = False
    for line in text.splitlines():  # a new line (a title's end) starts a sentence
        sentence_start = True
        for raw in line.split():
            words = said[raw]
            opens = raw[0] in _OPENS_RUN
            head = raw.lstrip(_OPENS_RUN) if opens else raw
            capitalised = bool(words) and (head[:1].isupper() or _ARTICLE_BEFORE.match(head) is not None)
            if run and (opens or not capitalised):
                runs.append((run, opened))
                after.append("" if opens or not words else words[0])
                run = []
            if capitalised:
                if not run:
                    opened = sentence_start
                run.extend(words)
            last = raw[-1]
            ends = last in _ENDS_RUN and not (last == "." and _INITIAL.fullmatch(raw))
            if run and ends:
                runs.append((run, opened))
                after.append("")
                run = []
            # (a dateline's dash starts the story's first sentence: "MILFORD -- The Knox ...")
            sentence_start = (ends and last in _SENTENCE_END) or not raw.strip("-—–")
    if run:
        runs.append((run, opened))
        after.append("")
    alone: set[str] = set()
    tails: set[str] = set()
    whole: set[str] = set()
    streets: set[str] = set()
    people: set[str] = set()
    for (name, start), next_word in zip(runs, after, strict=True):
        # a sentence's first word the text also writes in lower case ("In Texas"), and an
        # article wherever it opens a run ("The Reno county board")
        if len(name) > 1 and (name[0] in _ARTICLES or (start and name[0] in lower)):
            name = name[1:]
        whole.add(" ".join(name))
        for i in range(1, min(len(name), _MAX_NGRAM + 1)):
            if name[i] in _STREET_WORDS:  # "Washington Drive", "Green Oaks Boulevard"
                streets.add(" ".join(name[:i]))
                break
        # "Eugene C. Dexheimer", "Director Austin Fesmire said": the word before a surname, a
        # word the text never writes in lower case ("Kabul Police said" is no person)
        if len(name) > 2 and len(name[1]) == 1 and len(name[2]) > 1 and name[2] not in lower:
            people.add(name[0])
        elif len(name) > 1 and next_word in _SAYS and name[-1] not in lower and name[-2] not in lower:
            people.add(name[-2])
        alone.update(" ".join(name[:n]) for n in range(1, min(len(name), _MAX_NGRAM) + 1))
        while len(name) > 1 and name[0] in _COMPASS:  # "East Texas"; "South Carolina" as written too
            name = name[1:]
            alone.update(" ".join(name[:n]) for n in range(1, min(len(name), _MAX_NGRAM) + 1))
        for i in range(max(1, len(name) - _MAX_NGRAM), len(name)):
            tails.add(" ".join(name[i:]))
    people -= whole
    return frozenset(alone - tails - (streets - whole) - people), frozenset(people)


def _read_lists(text: str, keys: ContextKeys) -> None:
    """Lists of names: those before "counties" or "county line" are counties; those joined by
    "and", "or", "&" or "/" (not commas alone: "Paris, Texas") are kept for the states rule. One
    pass: each list is read whole once (a list that fails a test is not read again from each of
    its names)."""
    counties: set[str] = set()
    listed: list[tuple[str, ...]] = []
    for m in _NAMES.finditer(text):
        names = [normalise(n) for n in _LIST_SPLIT.split(m.group(0))]
        if _COUNTY_AFTER.match(text, m.end()):
            for name in names:
                words = name.split()
                # "In Becker, Clay and Grant counties": a sentence's first word may lead the list
                counties.update(" ".join(words[i:]) for i in range(len(words)))
        joiners = _LIST_SPLIT.findall(m.group(0))
        # "Texas and Washington, D.C.": what a comma adds after the last "and" is no list item
        # but a parent of the one before it
        last = max((i for i, j in enumerate(joiners) if _JOINER.search(j)), default=-1)
        if last >= 0 and all(_JOINER.search(j) for j in joiners[last:]):
            listed.append(tuple(names))
    keys.counties = frozenset(counties)
    keys.listed = tuple(listed)


# Names a text lists as counties or parishes ("Cooke, Grayson and Love counties", "the Otter
# Tail/Grant county line"): each is the county. Not one name before "County": "Sycamore, DeKalb
# County" is a town and its county, and a county written whole is asked whole.
_COUNTY = frozenset({Feature.ADMIN2})
_STATE = frozenset({Feature.ADMIN1})
_COUNTRY_HINT = frozenset({Feature.COUNTRY})
_LISTED_COUNTRIES = 2  # other countries a list names with a name for it to be read as a country
_UNIT_WORD = frozenset({Feature.ADMIN1, Feature.ADMIN2})  # "prefecture", "oblast", "department"
_LOCAL_UNIT = frozenset({Feature.ADMIN2, Feature.ADMIN3})  # "territory", "commune", "LGA"
# A unit's name that ends in a kind word: the unit is filed as that kind ("Madison Parish")
_FILED_WITH_KIND = re.compile(
    rf"\s(?:{'|'.join(UNIT_KINDS)}|parish|borough|municipality|sub-?district|subdistrict|city)$",
    re.IGNORECASE,
)
# (a name does not run on past a sentence's end: "Texas. Oregon"; "St. Paul", "D.C. police" do)
_CAPITALISED = r"[A-Z][\w'’.-]*(?:(?<![a-z]{3}\.)[ \t]+[A-Z][\w'’.-]*){0,2}"
_LISTED = r"(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]*[/&][ \t]*|[ \t]+(?:and|or)[ \t]+)"
_NAMES = re.compile(rf"{_CAPITALISED}(?:{_LISTED}{_CAPITALISED})+")  # two names or more, listed
_LIST_SPLIT = re.compile(_LISTED)
_JOINER = re.compile(r"[/&]|[ \t](?:and|or)[ \t]")
_COUNTY_AFTER = re.compile(r"[ \t]+(?:[Cc]ounties|[Pp]arishes|[Cc]ounty[ \t]+lines?)\b")
# "Washington state", "the state of Washington"
_STATE_HINT = re.compile(r"\b(?:state|State of)\b")
_STATE_WRITTEN = re.compile(rf"\b[Ss]tate of ({_CAPITALISED})|({_CAPITALISED})[ \t]+state\b")


# "Bethel, Vt.", "Stearns County, Minn.", "Paris, Texas", "London, Ontario": one to three
# capitalised words, a comma, and a dotted abbreviation or one to three capitalised words
_NAME_STATE = re.compile(
    r"\b([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}),[ \t]+"
    r"((?:[A-Z][a-z]{0,4}\.)(?:[ \t]?[A-Z][a-z]{0,4}\.)*|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})"
)
# The states and provinces news abbreviates ("Vt.", "N.H.", "Alta."), as written -> country
_STATE_FORMS = abbreviated_states()
# Where news writes a town with its state after it: "Town, State" there says which town
_FEDERATIONS = frozenset({"US", "CA", "AU"})


def _stated(text: str) -> set[tuple[str, str]]:
    """(name key, state as written) for each name the text writes with a comma and what may be
    its state after it; the name with the words before it that the run caught ("Sunday Bethel")
    and without them, the state with the words after it ("Texas Governor") and without."""
    out: set[tuple[str, str]] = set()
    if "," not in text:
        return out
    for m in _NAME_STATE.finditer(text):
        words = normalise(m.group(1)).split()
        after = m.group(2)
        # (a dotted abbreviation may be spaced, "W. Va.", or run on into another, "Mass. St.")
        parts = after.split()
        states = [" ".join(parts[:n]) for n in range(1, len(parts) + 1)]
        for i in range(len(words)):
            out.update((" ".join(words[i:]), state) for state in dict.fromkeys(states))
    return out


def _runs_in(name: str) -> set[str]:
    """A name and the words it may have caught before or after it ("the washington", "washington
    officials" of "the state of Washington. Officials")."""
    words = name.split()
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


def _state_name(name: str, is_state: Callable[[str], bool]) -> str:
    """The state's name in a list item, which may have caught a word before or after it ("in
    oregon", "wyoming signs"), or ""."""
    for run in sorted(_runs_in(name), key=len, reverse=True):
        if is_state(run):
            return run
    return ""


# A token's words, kept across texts: stories name the same places again and again.
_RAW_WORDS: dict[str, tuple[str, ...]] = {}
_RAW_WORDS_SIZE = 50_000


def _raw_words(raw: str) -> tuple[str, ...]:
    found = _RAW_WORDS.get(raw)
    if found is None:
        found = tuple(normalise(raw).split())
        if len(_RAW_WORDS) >= _RAW_WORDS_SIZE:
            _RAW_WORDS.clear()  # small values: not worth an LRU's upkeep
        _RAW_WORDS[raw] = found
    return found


def _ngrams(tokens: list[str]) -> set[str]:
    keys: set[str] = set()
    for n in range(1, _MAX_NGRAM + 1):
        for i in range(len(tokens) - n + 1):
            keys.add(" ".join(tokens[i : i + n]))
    return keys


# What a bracket after a place's name may say it lies in ("Hajin (Deir ez-Zor)").
_ENCLOSING = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.ADMIN3, Feature.COUNTRY})
_MAX_PRIOR = 1.0  # no _prior is higher (nor a seat town's, _SEAT_PRIOR)


# A Syrian village of unknown size (WOF's and UCDP's villages carry no population) is no empty
# place. With no country named nor in focus, where it meets foreign towns of known size ("Hacilar
# village" is no Hacılar, Turkey, of 1,217 people), its prior is at least that of a village of
# about 200 people (below the 500 of the smallest GeoNames towns we hold). Otherwise namesakes
# meet only each other and the prior is as before: a floor flattens the activity that tells
# Syrian namesakes apart.
_UNKNOWN_SIZE = 0.35
_ACTIVITY_CAP = 0.8


def _prior(ip: IndexedPlace, *, unknown_size: bool = False) -> float:
    """How likely a report names the place: population for towns, kind for the rest; and for
    namesake villages, how many conflict events were coded around them before.
    ``unknown_size``: no country is named or in focus (see _UNKNOWN_SIZE)."""
    p = ip.place
    base = (
        min(1.0, math.log10(p.population + 1) / 6.5)
        if p.feature == Feature.CITY
        else _PRIOR_BY_FEATURE[p.feature]
    )
    if not base and p.source_id.startswith("geonames:") and _seat_of_its_unit(ip):
        base = _SEAT_PRIOR
    active = 0.0
    if ip.activity and p.feature in (Feature.CITY, Feature.NEIGHBOURHOOD, Feature.POINT):
        active = min(_ACTIVITY_CAP, 0.2 * math.log10(1 + ip.activity))
    if unknown_size and p.feature == Feature.CITY and not p.population and p.country_code == "SY":
        return max(_UNKNOWN_SIZE, active)
    return max(base, active)


def _sized_prior(priors: dict[int, float], ip: IndexedPlace) -> float:
    """``_prior(ip)``, kept in ``priors`` (the geocoder's, which holds no unknown size's)."""
    prior = priors.get(ip.id)
    if prior is None:
        prior = _prior(ip)
        if len(priors) < OfflineGeocoder.PRIOR_CACHE_SIZE:  # (a pure function: kept while room)
            priors[ip.id] = prior
    return prior


# A GeoNames town of unknown size is no empty place: cities500 keeps every seat of a unit whatever
# its size, and some big towns carry no figure (Tall 'Afar, Iraq, the seat of Tel Afar District).
# One that lies in a district or sub-district of its own name is its seat: at least a seat
# town's prior. (Not a province's: GeoNames repeats a few big cities, with no figure, as the seat
# of the province of their name: Hanoi, Ha Noi.)
def _seat_of_its_unit(ip: IndexedPlace) -> bool:
    province = normalise(ip.place.admin1)
    units = ip.ancestry - {province}
    own = normalise(ip.place.name)
    if own in units:
        return True
    spelt = _translit_of(own)
    return spelt != _translit_of(province) and any(_translit_of(a) == spelt for a in units)


class _Tally(NamedTuple):
    """A text's admin1 votes indexed for asking name by name: each unit's weight with no name
    left out, heaviest first, and the units each name voted for."""

    heaviest: list[tuple[float, tuple[str, str]]]
    voted: dict[str, list[tuple[str, str]]]

    @classmethod
    def of(
        cls, votes: dict[tuple[str, str], dict[str, float]], totals: dict[tuple[str, str], float]
    ) -> _Tally:
        # a unit's weight when the name asked about is not among its voters (as rounded when it is)
        heaviest = sorted(((round(total, 9), unit) for unit, total in totals.items()), key=lambda wu: -wu[0])
        voted: dict[str, list[tuple[str, str]]] = {}
        for unit, names in votes.items():
            for name in names:
                voted.setdefault(name, []).append(unit)
        return cls(heaviest, voted)


class OfflineGeocoder:
    """Ranks gazetteer candidates. Safe to share between threads: its caches are locked and
    the cached values are never changed after they are stored."""

    def __init__(self, gazetteer: Gazetteer, *, threshold: float = 0.5, fuzzy_cutoff: float = 85.0) -> None:
        self.gazetteer = gazetteer
        self.threshold = threshold
        self.fuzzy_cutoff = fuzzy_cutoff
        self._last_focus: (
            tuple[
                frozenset[str],
                dict[str, frozenset[str]],
                dict[str, str],
                dict[str, frozenset[str]],
                frozenset[str],
            ]
            | None
        ) = None
        self._last_votes: (
            tuple[
                frozenset[str],
                dict[tuple[str, str], dict[str, float]],
                dict[tuple[str, str], float],
                _Tally,
                dict[str, frozenset[tuple[str, str]]],
            ]
            | None
        ) = None
        self._last_leaning: (
            tuple[frozenset[str], dict[str, dict[str, float]], dict[str, frozenset[str]]] | None
        ) = None
        self._last_neighbours: tuple[frozenset[str], _Neighbours] | None = None
        self._last_named: tuple[frozenset[str], list[tuple[str, list[IndexedPlace], str]]] | None = None
        self._matches: dict[str, tuple[dict[int, _Match], bool]] = {}
        self._typos: dict[str, dict[int, _Match]] = {}
        # Pure functions of a place (and the query's parents): the same towns are ranked for
        # article after article.
        self._admin1_names: dict[str, frozenset[tuple[str, str]]] = {}
        # a named place's admin1 units, by its key and the state the text writes after it ("")
        self._units_of_name: dict[tuple[str, str], frozenset[tuple[str, str]]] = {}
        # a name's places when it has few namesakes (else none): the same names recur text after text
        self._few_namesakes: dict[str, list[IndexedPlace]] = {}
        # An OrderedDict: evicting the oldest of a dict that churns is a scan past deleted slots.
        self._prepared_queries: OrderedDict[tuple[ParsedQuery, bool, bool], _Prepared] = OrderedDict()
        self._key_spellings: dict[str, tuple[str, str]] = {}
        self._ancestries: dict[frozenset[str], tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
        self._labels: dict[int, str] = {}  # place id -> its location label
        self._naming: dict[str, frozenset[str]] = {}  # a name key -> countries of places so named
        self._priors: dict[int, float] = {}  # place id -> _prior: namesakes recur across queries
        self._open_priors: dict[int, float] = {}  # ... with no country named nor in focus (_UNKNOWN_SIZE)
        self._lock = threading.Lock()

    MATCH_CACHE_SIZE = 50_000
    TYPO_CACHE_SIZE = 20_000

    # Prepared queries hold a few dozen candidates each: the names one story after another asks
    # about, not a whole batch of distinct queries. The LGL and GeoVirus texts (817) ask ~3,000
    # distinct ones: with 2,000 kept, a batch that comes back to a name after that many others
    # prepares it again (a second pass over them: 5.1-5.8 CPU-s against 4.4-4.6 with 4,000 kept;
    # peak RSS 159 -> 172 MB).
    PREPARED_CACHE_SIZE = 4_000
    PRIOR_CACHE_SIZE = 100_000  # as many places as the gazetteer keeps built

    def _remember(self, cache: dict[_K, _V], key: _K, value: _V, size: int = MATCH_CACHE_SIZE) -> None:
        with self._lock:  # Streamlit shares one geocoder between sessions' threads
            if len(cache) >= size:
                cache.pop(next(iter(cache)))  # oldest first: insertion order
            cache[key] = value

    def geocode(
        self,
        query: str | ParsedQuery,
        *,
        context: str = "",
        country: str | None = None,
        limit: int = 5,
        keys: frozenset[str] | None = None,
        margin: float | None = None,
    ) -> list[Candidate]:
        """Ranked candidates; ``keys`` are precomputed ``context_keys`` (one article, many names).
        With a ``margin``, candidates scoring more than it under the best may be left out: a
        caller that reads only those close to the best is spared ranking the rest.

        When the place itself is unknown but the query names a place it lies in or near ("X
        village in Y district"), the answer is that place, with a coarser precision.
        """
        if isinstance(query, str) and _BEARING_PARENT.search(query):
            # "Mosul, north of Baghdad": a bearing from a town says X lies outside it; the town
            # is no stand-in for an X the gazetteer holds elsewhere (it answered Baghdad)
            parsed = parse_query(query)
            found = self.geocode(
                parsed, context=context, country=country, limit=limit, keys=keys, margin=margin
            )
            return self._unless_a_town_stands_in(
                found, parsed.name, context=context, country=country, limit=limit, keys=keys, margin=margin
            )
        if isinstance(query, str) and (dashed := dashed_parent(query)):
            # "Hajin - Deir ez-Zor": the whole first (a two-language name, "Valle Aurina -
            # Ahrntal", even misspelt), then as "Hajin, Deir ez-Zor"
            found = self.geocode(
                parse_query(query), context=context, country=country, limit=limit, keys=keys, margin=margin
            )
            town, _, other = dashed.partition(", ")
            if found and not self._far_from_both(found[0], (town, other), context, country, keys):
                return found
            found = self.geocode(
                dashed, context=context, country=country, limit=limit, keys=keys, margin=margin
            )
            if strip_local_unit_word(strip_admin_word(other)) != other:
                return found  # a place and its unit ("X - Y district")
            # two towns ("Kobani - Tal Abyad": a front, a road's ends): the second town does not
            # hold the first, which is the first's reading
            found = self._unless_a_town_stands_in(
                found, town, context=context, country=country, limit=limit, keys=keys, margin=margin
            )
            if (
                found
                and (stands_in(found[0]) or not _by_own_name(found[0]))
                and self._names_admin1(_key_of(town))
            ):
                # ... nor does a province hold another province or its city ("Homs - Hama",
                # "Hama - Idlib": a front or a road between two), nor make a spelling of the
                # first inside it (Al Hamamah, Idlib) the name: the first, read alone, answers
                alone = self.geocode(
                    parse_query(town), context=context, country=country, limit=limit, keys=keys, margin=margin
                )
                if alone and not loosely_read(alone[0]) and not stands_in(alone[0]):
                    return alone
            return found
        parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
        key = _key_of(parsed.name)
        if not parsed.parents and (unit := self._bracketed_unit(parsed, key)):
            # "Hajin (Deir ez-Zor)", "Saraqib (Idlib)": a bracket that names an admin unit or a
            # country says where the place lies, as "Hajin, Deir ez-Zor" does; no other name
            # of the place (the unit would outrank a village by its prior)
            others = tuple(a for a in parsed.alternatives if a != unit)
            within = replace(parsed, parents=(unit,), alternatives=others)
            found = self.geocode(
                within, context=context, country=country, limit=limit, keys=keys, margin=margin
            )
            if found and not stands_in(found[0]):
                return found
        if parsed.parents and not parsed.near and "," not in parsed.raw:
            # A place whose very name is the whole query is no X in Y: "King's Lynn", "Martha's
            # Vineyard", "People's Republic of China" are not Lynn in King.
            whole = normalise(parsed.raw)
            if whole != key and whole not in self.gazetteer.not_places and self.gazetteer.exact(whole):
                parsed, key = ParsedQuery(raw=parsed.raw, name=parsed.raw), whole
        elif parsed.near and parsed.alternatives and f"{parsed.name}-{parsed.alternatives[0]}" in parsed.raw:
            # "A-B road": one hyphenated name before the road unless the gazetteer says
            # otherwise: the whole if it is a place, two ends only if each half is one
            whole = f"{parsed.name}-{parsed.alternatives[0]}"
            if self._known(_key_of(whole)):
                parsed, key = ParsedQuery(raw=parsed.raw, name=whole, near=True), _key_of(whole)
            elif not (self._known(key) and self._known(_key_of(parsed.alternatives[0]))):
                return []
        elif parsed.near and (named := self._named_whole(parsed, key)):
            # "Rif Dimashq" is the countryside of Damascus, but also the governorate's own name.
            alternatives = tuple(a for a in parsed.alternatives if a != named)
            parsed = replace(parsed, name=named, alternatives=alternatives, near=False)
            key = _key_of(named)
        if (
            not parsed.feature_hint
            and not parsed.parents
            and (unit := strip_local_unit_word(parsed.name)) != parsed.name
            and not self.gazetteer.exact(key)
            and self._known(_key_of(unit))
        ):
            # "Beni territory", "Djibo commune", "Gwoza LGA": a local unit the gazetteer lacks
            # whole is asked for by its bare name, which its town stands for as a district's seat
            # does; before any typo reading of the whole ("Gao municipality" is no Lasko
            # Municipality, Slovenia)
            parsed = replace(parsed, raw=unit, name=unit, alternatives=(), feature_hint=_LOCAL_UNIT)
            key = _key_of(unit)
        if not key or key in self.gazetteer.not_places:
            return []
        ctx = keys if keys is not None else (context_keys(context) if context else frozenset())
        if not parsed.parents and isinstance(ctx, ContextKeys) and ctx.stated:
            # "Bethel" where the text writes "Bethel, Vt.": the text says which Bethel, as the
            # query "Bethel, Vt." would
            # (the query as written too: "Jefferson County" is asked as the county "Jefferson")
            whole = normalise(parsed.raw)
            state = self._stated_state(key, ctx.stated) or (
                self._stated_state(whole, ctx.stated) if whole != key else ""
            )
            if state:
                within = replace(parsed, parents=(state,))
                found = self.geocode(within, keys=ctx, country=country, limit=limit, margin=margin)
                # a state written out in full that holds no place of the name is the next item
                # of a list ("Boston, Washington and Philadelphia", "Perth, Victoria Park"), not
                # where the name lies: the state would only stand in for it
                if found and (not stands_in(found[0]) or self._abbreviated(key, whole, ctx.stated)):
                    return found
        bare = parsed
        if not parsed.feature_hint and self._called_a_county(key, ctx):
            # "Grayson" where the text says "Cooke, Grayson and Love counties": the county is
            # asked for, as if written "Grayson County" (a town of the name stands for it, less well)
            parsed = replace(parsed, feature_hint=_COUNTY)
        elif not parsed.feature_hint and self._called_a_state(key, ctx):
            # "Washington" where the text says "Washington state" or lists it with "Oregon and
            # Idaho": the state, not Washington, D.C.
            parsed = replace(parsed, feature_hint=_STATE)
        elif not parsed.feature_hint and self._listed_with_countries(key, ctx):
            # "Niger" where the text lists it with "Benin, Ghana and Senegal": the country, not
            # Niger State of Nigeria
            parsed = replace(parsed, feature_hint=_COUNTRY_HINT)
        if not parsed.feature_hint and not parsed.encloses and ctx and _named_as_an_area(key, ctx):
            # "checkpoints across Kunduz", "villages in Kidal": the province, not its capital
            parsed = replace(parsed, encloses=True)
        focus = self._countries_in_focus(country, ctx, key)
        states = self._admin1_in_focus(ctx, key)
        # (a state in focus speaks for its country already, and more finely)
        leaning = self._country_of_text(ctx, key) if not focus and not states else frozenset()
        if not focus and not states and isinstance(ctx, ContextKeys) and ctx.acting:
            # a country only acting: its own names lean there, and places abroad lose nothing
            leaning |= self._acting_countries(ctx.acting)
        neighbours = self._neighbours(ctx)
        # The name itself is no clue: a Washington County does not make a text that names
        # "Washington" name the county.
        unsaid = _parts(key) if key in ctx else set()
        near = neighbours.around(key)
        rank = functools.partial(
            self._rank,
            key=key,
            ctx=ctx,
            focus=focus,
            unsaid=unsaid,
            strict=bool(country),
            states=states,
            near=near,
            limit=limit,
            margin=margin,
            leaning=leaning,
        )
        ranked = rank(parsed)
        if parsed is not bare and ranked and self._seat_inside(ranked[0].ip, key):
            # ... but a county's seat town of its name is what the bare name says ("DeKalb"
            # beside "DeKalb County" is the city): ranked as asked
            parsed = bare
            ranked = rank(parsed)
        if (focus or states or parsed.parents) and (
            held := self._held_reading(parsed, key, ctx, unsaid, focus, bool(country), states, near)
        ):
            ranked = sorted([*ranked, held], key=_order)
        if parsed.parent_near and parsed.parents and ranked:
            # "X near Y" where X is met only by a looser spelling: a place so spelt far from the
            # town Y is some other place; Y stands in for X, as for a name the gazetteer lacks
            ranked = self._beside_the_near_town(ranked, parsed)
        found = [self._candidate(s) for s in ranked[:limit] if s.score >= self.threshold]
        if found:
            return [_near(c, "", parsed.reach_km) for c in found] if parsed.near else found
        if (town := _TOWNSHIP.sub("", parsed.name)) != parsed.name and town:
            # A township the gazetteer lacks ("Hamilton Township", "Tewksbury Twp.") is taken at
            # the town it is named after, near it, less sure: as a district at its seat.
            wider = None if margin is None else margin / _STAND_IN_SCALE
            bare = ParsedQuery(raw=town, name=town, parents=parsed.parents)
            # (more readings than asked for: a town with the name as an alternate may lead)
            found = self.geocode(
                bare, keys=ctx, country=country, limit=max(limit, _TOWNSHIP_READINGS), margin=wider
            )
            return [
                replace(
                    c,
                    precision=_NEAR_PRECISION if c.place.feature is Feature.CITY else c.precision,
                    score=round(c.score * _STAND_IN_SCALE, 4),
                    reason=f"{c.reason}; no '{parsed.name}' in the gazetteer; the town it is named after",
                )
                for c in found
                if self._township_seat(c, town, ctx, states, neighbours.around(key), key)
            ][:limit]
        if (after := named_after(parsed.name)) and self._known(_key_of(after)):
            # "Jabal Tiyas", "Baghuz at-Tahtani", "New Zeyzoun" the gazetteer lacks: at the place
            # it is named after (by that place's own name or spelling, not a variant), near it,
            # less sure. Its parents still speak ("Jabal X in Y district").
            wider = None if margin is None else margin / _STAND_IN_SCALE
            bare = replace(parsed, raw=after, name=after, alternatives=(), near=False)
            found = [
                replace(
                    _near(c, ""),
                    score=round(c.score * _STAND_IN_SCALE, 4),
                    reason=f"{c.reason}; no '{parsed.name}' in the gazetteer; {_NAMED_AFTER}",
                )
                for c in self.geocode(bare, keys=ctx, country=country, limit=limit, margin=wider)
                if not stands_in(c)
            ]
            if found:
                return found
        if (
            not parsed.feature_hint
            and not parsed.parents
            and (unit := strip_admin_word(parsed.name)) != parsed.name
            and self._known(_key_of(unit))
        ):
            # "Akita Prefecture", "Sverdlovsk Oblast", "X Department" the gazetteer lacks whole
            # (kind words the query parser does not read): the unit of the bare name, when a
            # place has that name (no typo reading of it)
            bare = replace(parsed, raw=unit, name=unit, alternatives=(), feature_hint=_UNIT_WORD)
            return self.geocode(bare, keys=ctx, country=country, limit=limit, margin=margin)
        if parsed.parents:
            first = parse_query(parsed.parents[0])
            # (the place it lies in encloses it: a province is no capital of its name here;
            # but a place it is measured from, "55 km north of Kabul", is the town itself)
            outer = replace(
                first,
                parents=(*first.parents, *parsed.parents[1:]),
                encloses=not parsed.reach_km and not parsed.way and not parsed.parent_near,
            )
            # Less sure than a place named outright: the score says so too (and the margin is
            # of the scaled scores, so wider before scaling)
            wider = None if margin is None else margin / _STAND_IN_SCALE
            found = self.geocode(outer, keys=ctx, country=country, limit=limit, margin=wider)
            if parsed.way and bearing_of(parsed.way) is not None:
                # a way is told from a town ("X west of Raqqa"), not from the province of its
                # name, whose middle no way is measured from: the town first when it is a reading
                towns = [c for c in found if c.place.feature in _TOWN_FEATURES]
                if towns:
                    found = towns + [c for c in found if c.place.feature not in _TOWN_FEATURES]
            elif parsed.parent_near and found:
                # so too a place near another ("X near Diffa" lies near the town Diffa, not in the
                # middle of the province of its name), when that town is the best reading's own:
                # in its country (not a town of the name abroad beside a unit at home)
                towns = [
                    c
                    for c in found
                    if c.place.feature in _TOWN_FEATURES
                    and c.place.country_code == found[0].place.country_code
                ]
                found = towns + [c for c in found if c not in towns]
            return [
                replace(
                    _offset(c, parsed.name, parsed.reach_km, parsed.way or parsed.part_way)
                    if parsed.way or parsed.part_way
                    else _near(c, parsed.name, parsed.reach_km),
                    score=round(c.score * _STAND_IN_SCALE, 4),
                )
                for c in found
            ]
        return []

    def _beside_the_near_town(self, ranked: list[_Scored], parsed: ParsedQuery) -> list[_Scored]:
        """The readings less those met only by a looser spelling that lie farther than
        `_BESIDE_KM` from every place the near-parent names (its town, or a district or
        sub-district of its name)."""
        if not any(s.match.how.startswith(_LOOSE) for s in ranked):
            return ranked
        name = parsed.parents[0]
        pair = (_key_of(name), _key_of(strip_local_unit_word(strip_admin_word(name))))
        towns = self._parent_points([pair])
        return [s for s in ranked if not s.match.how.startswith(_LOOSE) or _near_any(s.ip.place, towns)]

    def _held_reading(
        self,
        parsed: ParsedQuery,
        key: str,
        ctx: frozenset[str],
        unsaid: set[str],
        focus: frozenset[str],
        strict: bool,
        states: frozenset[tuple[str, str]],
        near: _Near | None,
    ) -> _Scored | None:
        """A fallback town (``Entry.fallback``) under a name another place has, where the text
        says its country: the story's country or a country named is in focus, its province is
        ("Palma" beside Cabo Delgado), or the query's parent encloses it ("Taji, north of
        Baghdad" in Iraq) and no place of that country answers to the name by its own name or
        its transliteration. Then the namesake abroad is the guess (Palma, Majorca for the
        town of Cabo Delgado; Taji, Japan for Iraq's), and the fallback town is ranked with the
        others as any candidate is. None where nothing speaks for one."""
        hits = {h.place_id: h.kind for h in self.gazetteer.held(key)}
        tk = _translit_of(key)
        for h in self.gazetteer.held(tk) if tk != key else ():
            hits.setdefault(h.place_id, 3)
        if not hits:
            return None
        places = self.gazetteer.places(list(hits))
        parents = self._readable_parents(parsed.parents, places) if parsed.parents else []
        best: _Scored | None = None
        for ip in places:
            p = ip.place
            inside = self._encloses(ip, parents) if parents else None
            if inside is False:
                continue  # the text puts the place elsewhere
            if not inside and p.country_code not in focus and (p.country_code, p.admin1) not in states:
                continue
            if p.country_code in self._countries_naming(key):
                continue  # a place of its own country has the name: the fallback never competes
            how, quality = _HELD_KIND.get(hits[ip.id], (_TRANSLIT_HOW, _TRANSLIT))
            match = _Match(quality, how, key)
            factor = 1.0
            if parsed.feature_hint and p.feature not in parsed.feature_hint:
                factor = 0.85 if not _TOWN_POOR.isdisjoint(parsed.feature_hint) else 0.6
            base = _base(match, _prior(ip))
            row = _Row(
                ip,
                match,
                base,
                factor,
                inside,
                False,
                p.feature in _NEIGHBOUR_FEATURES and how in _OWN_NAME,
                False,
                False,
                _ceiling(base, 1.0, factor, False, False),
                (p.country_code, p.admin1),
                p.country_code,
                ip.ancestry,
                quality < 0.95,
                _ceiling(base, 0.5, factor, False, False),
            )
            s = self._score(row, parsed, key, ctx, unsaid, focus, strict, states, near)
            if (s.in_focus == 1 or s.in_state or s.inside) and (best is None or _order(s) < _order(best)):
                best = s
        return best

    def _countries_naming(self, key: str) -> frozenset[str]:
        """The countries of the places that have this name as their own or by its
        transliteration (not a looser spelling)."""
        found = self._naming.get(key)
        if found is None:
            matches, _ = self._name_matches(key)
            own = [pid for pid, m in matches.items() if m.how in _OWN_NAME or m.how == _TRANSLIT_HOW]
            found = frozenset(ip.place.country_code for ip in self.gazetteer.places(own))
            self._remember(self._naming, key, found)
        return found

    def _acting_countries(self, acting: frozenset[str]) -> frozenset[str]:
        return frozenset(
            cc for cc, names in self.gazetteer.country_keys.items() if not names.isdisjoint(acting)
        )

    def _countries_with_a_place(self, key: str) -> frozenset[str]:
        """The countries with a place of this name: by its own name or transliteration, or a
        fallback town held under it (``_held_reading``)."""
        held = [h.place_id for k in {key, _translit_of(key)} for h in self.gazetteer.held(k)]
        return self._countries_naming(key) | {ip.place.country_code for ip in self.gazetteer.places(held)}

    def _stated_state(self, key: str, stated: frozenset[tuple[str, str]]) -> str:
        """The state the text writes after the name ("Bethel, Vt.", "Paris, Texas"), by the
        state's own name, when the text gives the name one state only; else "". Only states and
        provinces of the federations whose news writes towns so (the US, Canada, Australia: a
        comma between two Syrian or Russian places is more often a list), and not after a
        state's or country's own name: "Texas, Oklahoma" is a list."""
        written = [state for name, state in stated if name == key]
        if not written or self._names_admin1(key):
            return ""
        if any(key in names for names in self.gazetteer.country_keys.values()):
            return ""
        found: set[str] = set()
        for raw in written:
            state_key = normalise(raw)
            # ("N. H." is how some write "N.H.")
            cc = _STATE_FORMS.get(raw.replace(" ", "")) or self.gazetteer.admin1_countries.get(state_key)
            if cc not in _FEDERATIONS:
                continue
            hits = [h.place_id for h in self.gazetteer.exact(state_key) if h.kind < 2]
            found.update(
                ip.place.name
                for ip in self.gazetteer.places(hits)
                if ip.place.feature is Feature.ADMIN1 and ip.place.country_code == cc
            )
        return found.pop() if len(found) == 1 else ""

    @staticmethod
    def _abbreviated(key: str, whole: str, stated: frozenset[tuple[str, str]]) -> bool:
        """The text writes the name's state as news abbreviates it ("Vt.", "N.H."), never a list's
        next item."""
        return any(name in (key, whole) and state.endswith(".") for name, state in stated)

    def _called_a_county(self, key: str, ctx: frozenset[str]) -> bool:
        """The text calls the name a county ("Hall County", "Cooke, Grayson and Love
        counties") and a county has it as its name; not a state's or country's name ("Georgia
        counties", "U.S. counties" are counties of the state or country)."""
        if not isinstance(ctx, ContextKeys) or key not in ctx.counties or self._names_admin1(key):
            return False
        if any(key in names for names in self.gazetteer.country_keys.values()):
            return False
        hits = self.gazetteer.exact(key)
        return any(
            ip.place.feature is Feature.ADMIN2 for ip in self.gazetteer.places([h.place_id for h in hits])
        )

    def _called_a_state(self, key: str, ctx: frozenset[str]) -> bool:
        """A state's name the text writes as a state ("Washington state", "the state of
        Washington") or lists with other states' names of the same country only ("Oregon,
        Washington and Idaho"); not a state named after its capital ("Beijing and Shanghai" are
        the cities, as the bare name is)."""
        if not isinstance(ctx, ContextKeys) or not (ctx.states or ctx.listed) or not self._names_admin1(key):
            return False
        if key not in ctx.states and not self._listed_with_states(key, ctx.listed):
            return False
        # (the state by any of its names, "Shanghai" of Shanghai Shi; the town by its own)
        hits = {h.place_id: h.kind for h in self.gazetteer.exact(key) if h.kind < 2}
        places = self.gazetteer.places(list(hits))
        units = {
            (ip.place.country_code, ip.place.admin1) for ip in places if ip.place.feature is Feature.ADMIN1
        }
        return not any(
            ip.place.feature is Feature.CITY
            and hits[ip.id] == 0
            and (ip.place.country_code, ip.place.admin1) in units
            for ip in places
        )

    def _listed_with_states(self, key: str, listed: tuple[tuple[str, ...], ...]) -> bool:
        states = self.gazetteer.admin1_countries
        for names in listed:
            if key not in names or len(names) < 2:
                continue
            # each a state's name, perhaps with the next word caught ("... and Wyoming Signs"),
            # all of one country: "Moscow, Minsk and Riga" are capitals of three
            found = [_state_name(n, self._names_admin1) for n in names]
            if not all(found):
                continue
            shared: set[str] | None = None
            for n in found:
                own = {states[n]} if n in states else self._own_admin1_countries(n)
                shared = own if shared is None else shared & own
            if shared:
                return True
        return False

    def _listed_with_countries(self, key: str, ctx: frozenset[str]) -> bool:
        """A country's name the text lists with two or more other countries' names only ("Benin,
        Ghana, Guinea, Niger and Senegal"), each perhaps with a word the list caught before or
        after it; the first item may be a name's cut end ("Côte d'Ivoire, Gambia, Niger and
        Togo" is read from "Ivoire")."""
        if not isinstance(ctx, ContextKeys) or not ctx.listed:
            return False
        countries = self.gazetteer.country_of_key
        if key not in countries:
            return False
        for names in ctx.listed:
            if key not in names:
                continue
            found = [_state_name(n, countries.__contains__) for n in names]
            if all(found[1:]) and sum(1 for n in found if n and n != key) >= _LISTED_COUNTRIES:
                return True
        return False

    def _own_admin1_countries(self, key: str) -> set[str]:
        """The countries with a state of this very name ("georgia": the US; "gaza": Mozambique)."""
        hits = [h.place_id for h in self.gazetteer.exact(key) if h.kind == 0]
        return {
            ip.place.country_code for ip in self.gazetteer.places(hits) if ip.place.feature is Feature.ADMIN1
        }

    def _seat_inside(self, unit: IndexedPlace, key: str) -> bool:
        """Whether a county has a town of the name asked inside it (its seat, named alike)."""
        if unit.place.feature is not Feature.ADMIN2:
            return False
        own = normalise(unit.place.name)
        p = unit.place
        return any(
            ip.place.feature is Feature.CITY
            and (ip.place.country_code, ip.place.admin1) == (p.country_code, p.admin1)
            and own in ip.ancestry
            for ip in self.gazetteer.places([h.place_id for h in self.gazetteer.exact(key) if h.kind == 0])
        )

    def _far_from_both(
        self,
        whole: Candidate,
        parts: tuple[str, str],
        context: str,
        country: str | None,
        keys: frozenset[str] | None,
    ) -> bool:
        """Whether the place named by a dashed query as a whole lies far from where each of its
        two parts reads, both being places by their own names: "Homs - Hama" (a front, a road's
        ends) is not WOF's "Hims - Hamah" 200 km away in Deir ez-Zor. A two-language name ("Valle
        Aurina - Ahrntal") has parts that name that very place, or parts no place has."""
        points = []
        for part in parts:
            alone = self.geocode(parse_query(part), context=context, country=country, limit=1, keys=keys)
            if not alone or not _by_own_name(alone[0]) or stands_in(alone[0]):
                return False
            points.append(alone[0].place)
        w = whole.place
        return all(km(w.latitude, w.longitude, p.latitude, p.longitude) > _NEIGHBOUR_KM for p in points)

    def _unless_a_town_stands_in(
        self,
        found: list[Candidate],
        name: str,
        *,
        context: str,
        country: str | None,
        limit: int,
        keys: frozenset[str] | None,
        margin: float | None,
    ) -> list[Candidate]:
        """``found``, unless its best is a town standing in for ``name``: a town beside a place
        (a bearing's reference, a front's other end) does not hold it, so ``name`` read alone
        answers when anything does."""
        if found and stands_in(found[0]) and found[0].place.feature in _TOWN_FEATURES:
            alone = self.geocode(
                parse_query(name), context=context, country=country, limit=limit, keys=keys, margin=margin
            )
            return alone or found
        return found

    def _bracketed_unit(self, parsed: ParsedQuery, key: str) -> str:
        """The bracketed name of a query that names an admin unit or a country ("Hajin (Deir
        ez-Zor)"); else "". (Whether the name before it is a place inside the unit, the
        geocoder asks next.)"""
        if "(" not in parsed.raw or not parsed.alternatives or not key:
            return ""
        for alternative in parsed.alternatives:
            if f"({alternative})" not in parsed.raw:
                continue
            unit = _key_of(strip_admin_word(alternative))
            if any(unit in keys for keys in self.gazetteer.country_keys.values()):
                return alternative
            # (as a unit's name is read as a parent: "Idlib" is the province OCHA spells Idleb)
            hits = [*self.gazetteer.exact(unit), *self.gazetteer.exact(_translit_of(unit))]
            hits.extend(self.gazetteer.by_skeleton(skeleton(unit)))
            places = self.gazetteer.places(list(dict.fromkeys(h.place_id for h in hits)))
            if any(ip.place.feature in _ENCLOSING for ip in places):
                return alternative
        return ""

    def _known(self, key: str) -> bool:
        """Some place has this name, as written or transliterated."""
        return bool(key) and bool(self.gazetteer.exact(key) or self.gazetteer.exact(translit(key)))

    def _township_seat(
        self,
        c: Candidate,
        town: str,
        ctx: frozenset[str],
        states: frozenset[tuple[str, str]],
        near: _Near | None,
        key: str = "",
    ) -> bool:
        """A town the township stands at: townships are American and Canadian, named after a
        town (its own name, not an alternate: Columbus, Ohio was once Franklinton), and the
        text must say it is that one (its state in focus, its county or state named, a
        neighbour): "Hamilton Township" beside Mercer County is no Hamilton, Ontario."""
        p = c.place
        own = _key_of(p.name)
        if p.country_code not in _TOWNSHIP_COUNTRIES or own not in {
            _key_of(town),
            *_written_out(_key_of(town)),
        }:
            return False
        if (p.country_code, p.admin1) in states:
            return True
        # (a county named like the town, Hamilton's "Hamilton" division, is named by the query
        # itself: no clue)
        named = {normalise(p.admin2), normalise(p.admin1)} - {"", own}
        if ctx and not ctx.isdisjoint(named):
            return True
        if near is None or near(p.latitude, p.longitude)[0] <= 0:
            return False
        # ... a neighbour as the text means it, read on its own, in the town's state: "Trenton"
        # beside Hamilton Township is Trenton, New Jersey, not the Trenton next to Hamilton,
        # Ohio; "Somerset" beside Franklin Township is not Somerset, Massachusetts.
        unit = (p.country_code, p.admin1)
        for k, places, _ in self._named_places(ctx):
            if _overlaps(k, key) or not any(
                ip.place.feature in _NEIGHBOUR_FEATURES
                and km(p.latitude, p.longitude, ip.place.latitude, ip.place.longitude) <= _NEIGHBOUR_KM
                for ip in places
            ):
                continue
            first = self.geocode(k, keys=ctx, limit=1)
            if first and (first[0].place.country_code, first[0].place.admin1) == unit:
                return True
        return False

    def _query_matches(self, parsed: ParsedQuery, key: str) -> dict[int, _Match]:
        matches, exact = self._name_matches(key)
        if not _KIND_ASKED.isdisjoint(parsed.feature_hint):
            # "Poni province", "Muidumbe district": a unit no town lies in answers only to
            # its name with a kind word (sources.geonames.towns_less_admin2_entries)
            raw = parsed.raw.casefold()
            # (the text's own word first, else the word of the unit it asks for)
            asked = "province" if Feature.ADMIN1 in parsed.feature_hint else "district"
            kinds = sorted(UNIT_KINDS, key=lambda k: (k not in raw, k != asked))
            for kind in kinds:
                for hit in self.gazetteer.exact(f"{key} {kind}"):
                    exact = True
                    # (the unit's own name as the text writes it, kind word and all)
                    if matches.get(hit.place_id, _NONE).quality < 1.0:
                        matches[hit.place_id] = _Match(1.0, _PRIMARY_NAME, hit.key)
            # ... or another spelling of it, as a bare name meets its spellings ("Nawa district":
            # Nawah, "Kismaayo district": Kismayo)
            for kind in kinds:
                spelt = _translit_of(f"{key} {kind}")
                for hit in self.gazetteer.exact(spelt, loose=True):
                    if hit.kind == 3 and matches.get(hit.place_id, _NONE).quality < _TRANSLIT:
                        exact = True
                        matches[hit.place_id] = _Match(_TRANSLIT, _TRANSLIT_HOW, spelt)
        extra = [normalise(a) for a in parsed.alternatives]
        compact = key.replace(" ", "")
        if not exact and compact != key:
            # "Ho ms": a stray space inside a name; only an exact name counts then
            for hit in self.gazetteer.exact(compact):
                exact = True
                matches.setdefault(hit.place_id, _Match(0.95, "name written apart", hit.key))
        whole = normalise(parsed.raw) if extra else ""  # most queries give no other name
        # The query's names each place answers to, and the places one of them reaches by its own
        # name or a transliteration: another name may reach such a place by a looser spelling
        # ("Tarmas/Swadiyeh village", the Tarmas also called Sawadiyah): two names seldom meet
        # on one place by chance.
        named_by: dict[int, int] = dict.fromkeys(matches, 1) if extra else {}
        own = {pid for pid, m in matches.items() if m.quality >= _TWO_NAMES_MIN} if extra else set()
        for alt in extra:
            if not alt or alt == key or alt in self.gazetteer.not_places:
                continue
            more, alt_exact = self._name_matches(alt)
            if alt == whole:
                # The whole phrase, kind words and all ("Nasib border crossing"), counts only as
                # a place's very name: "Hayt town" is not Haytown, "Yalda town" not Old Town.
                more = {pid: m for pid, m in more.items() if m.how in _EXACT}
                alt_exact = bool(more)
            elif not alt.startswith(key + " "):
                for pid, m in more.items():
                    named_by[pid] = named_by.get(pid, 0) + 1
                    if m.quality >= _TWO_NAMES_MIN:
                        own.add(pid)
            exact = exact or alt_exact
            for pid, match in more.items():
                if match.quality > matches.get(pid, _NONE).quality:
                    matches[pid] = match
        both = {pid for pid, n in named_by.items() if n > 1 and pid in own}
        if both:
            # "Amiriyah / Mirkan village": the place both names agree on is the place.
            matches = _whole_description_first(matches, "", both, keep_how=True)
        if not exact:
            # No place has this name: it may be a typo. Skeleton matches alone are not trusted.
            for pid, match in self._fuzzy_matches(key).items():
                if match.quality > matches.get(pid, _NONE).quality:
                    matches[pid] = match
        if not matches and " " in key:
            # A compound no place has as its name under any key, nor a typo of one, may be a unit
            # no town lies in, filed only with its kind word ("fighting in Nyanza-Lac": Nyanza-Lac
            # commune); the unit, not nothing (one word alone stays unread so: "Palma", "Shabelle")
            for kind in UNIT_KINDS:
                for hit in self.gazetteer.exact(f"{key} {kind}"):
                    matches.setdefault(hit.place_id, _Match(_KIND_OF_NAME[1][1], _ALTERNATE_NAME, hit.key))
        for whole in _descriptions(parsed, key):
            if whole not in self.gazetteer.not_places and (named := self.gazetteer.exact(whole)):
                ids = {hit.place_id for hit in named}
                if Feature.ADMIN2 in parsed.feature_hint and whole in {f"{key} {k}" for k in UNIT_KINDS}:
                    # "Poonch district": a district filed with its kind word (Pakistan's "Poonch
                    # District") and one filed with no kind word (India's Punch, met by another
                    # spelling) are alike readings of a name and a kind word; not a unit filed
                    # with another kind word ("Madison Parish" for "Madison County")
                    ids |= {
                        ip.id
                        for ip in self.gazetteer.places([pid for pid in matches if pid not in ids])
                        if ip.place.feature in _LOCAL_UNIT and not _FILED_WITH_KIND.search(ip.place.name)
                    }
                return _whole_description_first(matches, whole, ids)
        return self._without_codes(parsed.name, key, matches)

    def _without_codes(self, name: str, key: str, matches: dict[int, _Match]) -> dict[int, _Match]:
        """A country's code is its name only written in capitals, as codes are clues only so
        (``_countries_in_focus``): "Bol", "Ben", "Can" written as names are towns, not Bolivia,
        Benin and Canada, nor by another spelling of a code ("Bol" is no "BEL") ("BOL", and a name
        typed all in lower case, may be either)."""
        if len(key) > _CODE + 1 or name.isupper() or name.islower():
            return matches
        codes = self.gazetteer.country_of_key
        coded = [
            pid
            for pid, m in matches.items()
            if len(m.key) <= _CODE and m.how != _PRIMARY_NAME and m.key in codes
        ]
        if not coded:
            return matches
        countries = {ip.id for ip in self.gazetteer.places(coded) if ip.place.feature is Feature.COUNTRY}
        return {pid: m for pid, m in matches.items() if pid not in countries} if countries else matches

    def _countries_in_focus(self, country: str | None, ctx: frozenset[str], key: str = "") -> frozenset[str]:
        if country:
            return frozenset({country.upper()})
        if not ctx:
            return frozenset()
        last = self._last_focus
        if last is None or last[0] is not ctx:  # one article's names share one context
            # Names only: "can", "and", "per" are Canada's, Andorra's and Peru's ISO codes too.
            said = ctx.proper if isinstance(ctx, ContextKeys) else ctx
            if isinstance(ctx, ContextKeys):
                # ... and a code only in capitals: "Peter Pan", "Col." and "Mar. 3" name no country.
                said = frozenset(k for k in said if len(k) > _CODE) | ctx.capitals
            keys = self.gazetteer.country_keys.items()
            named = {cc: frozenset(names & said) for cc, names in keys if not names.isdisjoint(said)}
            # A text that names Ohio or Queensland is about the US or Australia, said or not.
            owners = self.gazetteer.admin1_countries
            states = {k: owners[k] for k in said if k in owners and len(k) > _MIN_CLUE}
            # ... a state's name said only inside a longer one is no clue: "Wales" of "New South
            # Wales", "Virginia" of "West Virginia"
            states = {k: cc for k, cc in states.items() if not any(_inside_name(k, o) for o in states)}
            acting = ctx.acting if isinstance(ctx, ContextKeys) else frozenset()
            if acting and named:
                # a country only acting, in a text that names other countries, is among them as
                # before ("Turkey ... U.S.-backed forces ... Washington's plans": Washington,
                # D.C.); not beside a province's name alone, which a town's often is ("Paris ...,
                # U.S. officials said, after a strike near Kandahar" read Paris, Texas)
                named.update(
                    {cc: frozenset(names & acting) for cc, names in keys if not names.isdisjoint(acting)}
                )
            speakers = ctx.speakers if isinstance(ctx, ContextKeys) else frozenset()
            spoken = frozenset(cc for cc, names in keys if speakers and not names.isdisjoint(speakers))
            last = self._last_focus = (ctx, named, states, {}, spoken)
        memo = last[3]  # per name asked: a text asks about its names again and again
        found = memo.get(key)
        if found is None:
            found = self._focus_less(last[1], last[2], key)
            if last[4]:  # a home army's report: its country, where the name has a place
                found |= last[4] & self._countries_with_a_place(key)
            memo[key] = found
        return found

    def _focus_less(
        self, named: dict[str, frozenset[str]], states: dict[str, str], key: str
    ) -> frozenset[str]:
        # ... but the name asked about is no clue to its own country ("Alexandria" governorate).
        # Nor is a name that is a country's and a state's ("Georgia") a clue to the country when
        # the country is named no other way: said ten times, it would make the state the country.
        # Nor, in a text that names no other country, is a country's name its own clue: "Jordan"
        # said ten times in a story from Jordan, Minnesota would make the town next to Shakopee
        # foreign. A code ("US") keeps its country: towns do not borrow codes.
        own = {cc for cc, said in named.items() if said == {key}}
        if own and (self._names_admin1(key) or (len(key) > _CODE and len(named) == 1)):
            named = {cc: said for cc, said in named.items() if cc not in own}
        return frozenset(named) | {cc for k, cc in states.items() if k != key}

    def _names_admin1(self, key: str) -> bool:
        if key in self.gazetteer.admin1_countries:
            return True
        hits = self.gazetteer.exact(key)
        return any(
            ip.place.feature is Feature.ADMIN1 for ip in self.gazetteer.places([h.place_id for h in hits])
        )

    def _admin1_in_focus(self, ctx: frozenset[str], key: str) -> frozenset[tuple[str, str]]:
        """The state or province a text is about: the one most of the other places it names lie
        in (Pineville, Rapides Parish and Louisiana: Louisiana), when it clearly leads."""
        if not ctx:
            return frozenset()
        last = self._last_votes
        if last is None or last[0] is not ctx:
            votes = self._admin1_votes(ctx)
            # sorted, and rounded below: the same sums whatever order the text's names came in
            # (most units have one voter: its weight is the sum)
            totals = {
                unit: round(sum(sorted(names.values())) if len(names) > 1 else next(iter(names.values())), 9)
                for unit, names in votes.items()
            }
            last = self._last_votes = (ctx, votes, totals, _Tally.of(votes, totals), {})
        votes, totals, tally, memo = last[1], last[2], last[3], last[4]
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._admin1_lead(votes, totals, key, tally)
        return found

    @staticmethod
    def _admin1_lead(
        votes: dict[tuple[str, str], dict[str, float]],
        totals: dict[tuple[str, str], float],
        key: str,
        tally: _Tally | None = None,
    ) -> frozenset[tuple[str, str]]:
        """The units that lead when the name asked about is left out of the vote. Only the
        units that name voted for weigh less without it: the rest are read heaviest first, as
        far as they can matter (a text's names vote for hundreds of units)."""
        tally = tally or _Tally.of(votes, totals)
        if not tally.heaviest:
            return frozenset()
        without = {unit: round(totals[unit] - votes[unit][key], 9) for unit in tally.voted.get(key, ())}
        best = max(without.values(), default=tally.heaviest[0][0])
        for weight, unit in tally.heaviest:
            if unit not in without:
                best = max(best, weight)
                break
        if best < _STATE_VOTES:
            return frozenset()
        floor = best * _STATE_LEAD
        lead = {u for u, w in without.items() if w >= floor}
        for weight, unit in tally.heaviest:
            if weight < floor:
                break
            if unit not in without:
                lead.add(unit)
        return frozenset(lead)

    def _admin1_votes(self, ctx: frozenset[str]) -> dict[tuple[str, str], dict[str, float]]:
        """(country, admin1) -> the names in the text of places inside it, each weighted by how
        few admin1 units its namesakes are spread over: a name splits one vote over them, so a
        text's many common names (Plainview, Elgin, Rochester, Montgomery: seven to ten states
        each) outvote two rare words that are towns of one state ("Tanner", "Royal"). LGL /
        GeoVirus Acc@161 with only names of one or two units voting (as before) 0.840 / 0.851;
        up to 3 units 0.841, 4-5 0.840, 8 0.843, 12 0.841, 20-50 (every name) 0.842 / 0.851."""
        votes: dict[tuple[str, str], dict[str, float]] = {}
        for k, places, state in self._named_places(ctx):
            # (a name's units are the index's, kept: the same names recur text after text; kept
            # by the state the text writes after the name too, which narrows its places: "Medina,
            # Ohio" in one text is no answer for a bare "Medina" in the next)
            units = self._units_of_name.get((k, state))
            if units is None:
                units = frozenset(
                    _states_owning(k, places)
                    or {(ip.place.country_code, ip.place.admin1) for ip in places if ip.place.admin1}
                )
                self._remember(self._units_of_name, (k, state), units)
            if not units:
                continue
            for unit in units:
                votes.setdefault(unit, {})[k] = 1.0 / len(units)
        return votes

    def _country_of_text(self, ctx: frozenset[str], key: str) -> frozenset[str]:
        """The country most of the places a text names lie in, when the text names none: each
        name (other than the one asked about) splits one vote over its namesakes' countries."""
        if not ctx:
            return frozenset()
        last = self._last_leaning
        if last is None or last[0] is not ctx:
            votes: dict[str, dict[str, float]] = {}
            for k, places, _ in self._named_places(ctx):
                countries = {ip.place.country_code for ip in places if ip.place.country_code}
                for cc in countries:
                    votes.setdefault(cc, {})[k] = 1.0 / len(countries)
            last = self._last_leaning = (ctx, votes, {})
        votes, memo = last[1], last[2]
        found = memo.get(key)
        if found is None:
            # sorted, and rounded: the same sums whatever order the text's names came in
            totals = sorted(
                (
                    (round(sum(sorted(w for k, w in names.items() if not _overlaps(k, key))), 9), cc)
                    for cc, names in votes.items()
                ),
                key=lambda t: (-t[0], t[1]),
            )
            found = frozenset()
            voters = sum(not _overlaps(k, key) for k in votes[totals[0][1]]) if totals else 0
            if totals and totals[0][0] >= _LEANING_VOTES and voters >= _LEANING_NAMES:
                second = totals[1][0] if len(totals) > 1 else 0.0
                if second <= totals[0][0] * _LEANING_LEAD:
                    found = frozenset({totals[0][1]})
            memo[key] = found
        return found

    def _named_places(self, ctx: frozenset[str]) -> list[tuple[str, list[IndexedPlace], str]]:
        """The text's names that are places with few namesakes, each with its places and the
        state the text writes after it ("" when none), which narrows them.

        Names only: "march" and "road" are villages somewhere too. Keys given without the text
        they came from are taken to be names."""
        last = self._last_named
        if last is not None and last[0] is ctx:  # read once for the admin1 focus and neighbours
            return last[1]
        not_places = self.gazetteer.not_places
        names = [k for k in (ctx.proper if isinstance(ctx, ContextKeys) else ctx) if len(k) > 3]
        stated = ctx.stated if isinstance(ctx, ContextKeys) else frozenset()
        known = self._few_namesakes
        self.gazetteer.prefetch([k for k in names if k not in not_places and k not in known])
        found = []
        for k in names:
            if k in not_places:
                continue
            places = known.get(k)
            if places is None:
                hits = self.gazetteer.exact(k)
                places = (
                    self.gazetteer.places(list({h.place_id for h in hits}))
                    if hits and len(hits) <= _MAX_NAMESAKES
                    else _NOT_FEW
                )
                self._remember(known, k, places)
            if places is not _NOT_FEW:
                state = self._stated_state(k, stated) if stated else ""
                if state:
                    # "Bethel, Vt.": the Bethel the text means, not every Bethel, is the neighbour
                    places = [ip for ip in places if ip.place.admin1 == state] or places
                found.append((k, places, state))
        self._last_named = (ctx, found)
        return found

    def _neighbours(self, ctx: frozenset[str]) -> _Neighbours:
        """Where the towns and counties the text names lie: one article's names pull its
        ambiguous ones towards each other (Mansfield near Shreveport, not in England)."""
        if not ctx:
            return _NO_NEIGHBOURS
        last = self._last_neighbours
        if last is not None and last[0] is ctx:
            return last[1]
        spots: list[tuple[str, float, float, float]] = []
        incidental = ctx.incidental if isinstance(ctx, ContextKeys) else frozenset()
        for k, named, _ in self._named_places(ctx):
            if k in incidental or k in _STREET_WORDS:
                # a street's kind word ending a name ("Joanne Lane") is no town (Lane County)
                continue
            places = [ip.place for ip in named if ip.place.feature in _NEIGHBOUR_FEATURES]
            spots.extend((k, p.latitude, p.longitude, 1.0 / len(places)) for p in places)
        found = _Neighbours(spots)
        self._last_neighbours = (ctx, found)
        return found

    def _name_matches(self, key: str) -> tuple[dict[int, _Match], bool]:
        """Places whose name is the key or a transliteration of it; and whether any is exact."""
        cached = self._matches.get(key)
        if cached is None:
            cached = self._find_name_matches(key)
            with self._lock:  # Streamlit shares one geocoder between sessions' threads
                if len(self._matches) >= self.MATCH_CACHE_SIZE:
                    self._matches.pop(next(iter(self._matches)))  # oldest first: insertion order
                self._matches[key] = cached
        return dict(cached[0]), cached[1]

    def _find_name_matches(self, key: str) -> tuple[dict[int, _Match], bool]:
        # Many places share one name: each (key, kind) makes one _Match, shared (it is frozen).
        found: dict[int, _Match] = {}
        tk = _translit_of(key)
        skel = skeleton(key)
        written_out = _written_out(key)
        self.gazetteer.prefetch([key, tk, *written_out], skel)  # one index query for all
        by_kind: dict[int, _Match] = {}
        for hit in self.gazetteer.exact(key, loose=True):
            if hit.kind < 3:
                match = by_kind.get(hit.kind)
                if match is None:
                    how, quality = _KIND_OF_NAME[hit.kind]
                    match = by_kind[hit.kind] = _Match(quality, how, hit.key)
                found[hit.place_id] = match
        # "St. Paul" is Saint Paul's own name, abbreviated as English writes it: the same name,
        # not another spelling of it (St. Paul, Alberta has it so written; Minnesota's capital
        # does not).
        for other in written_out:
            for hit in self.gazetteer.exact(other, loose=True):
                if hit.kind < 2:
                    how, quality = _KIND_OF_NAME[hit.kind]
                    if quality > found.get(hit.place_id, _NONE).quality:
                        found[hit.place_id] = _Match(quality, how, hit.key)
        # Another spelling of the same Arabic name (Qseir = Qusayr, Ras al-Ain = Ra's al 'Ayn);
        # also when the query is written in the key's own form: "Basuta" is how "Bassouta" and
        # "Basutah" are indexed (kind 3), though no place has that very name.
        spelt = _Match(_TRANSLIT, "transliteration", tk, key_form=tk == key)
        # (the key's own names, kinds 0-2, were read above: only other names' keys, kind 3)
        kinds = (0, 1, 3) if tk != key else (3,)
        named = _Match(_TRANSLIT, "transliteration", tk, named=True)  # has the very name too
        for hit in self.gazetteer.exact(tk, loose=True):
            if hit.kind in kinds:
                had = found.get(hit.place_id, _NONE)
                if had.quality < _TRANSLIT:
                    found[hit.place_id] = named if had.how in _EXACT else spelt
        variant_weight = 0.85 if found else 1.0
        # Key by key (most are too unlike the name to read their places), in the index's order.
        dim: str | None = None  # the key's diminutive_key, made when first needed
        key_diminutive = has_diminutive(key)
        for other, ids in self.gazetteer.skeleton_keys(skel):
            sim = fuzz.ratio(key, other) / 100
            if sim < 0.6:
                # "Nqeir" for Nuqayr (55 % alike): the diminutive written without its first vowel
                if not (key_diminutive or has_diminutive(other)):
                    continue
                dim = diminutive_key(key) if dim is None else dim
                if dim != diminutive_key(other):
                    continue
                sim = 1.0  # one spelling of one name: as alike as a variant gets
            quality = (0.75 + 0.15 * sim) * variant_weight
            variant = _Match(quality, _VARIANT, other)
            for pid in place_ids(ids):
                if quality > found.get(pid, _NONE).quality:
                    found[pid] = variant
        return found, variant_weight < 1.0

    def _fuzzy_matches(self, key: str) -> dict[int, _Match]:
        """Places whose name is a typo away from the key. Kept per key (the dict is never
        changed): a story names its misspelt places again, in queries that differ only in their
        parents or kind."""
        found = self._typos.get(key)
        if found is None:
            found = self._find_fuzzy_matches(key)
            self._remember(self._typos, key, found, self.TYPO_CACHE_SIZE)
        return found

    def _find_fuzzy_matches(self, key: str) -> dict[int, _Match]:
        found: dict[int, _Match] = {}
        said = _directions(key)
        # "North Cotabato" is no typo of "South Cotabato", "East Sennar" none of "West Sennar":
        # a name's direction word says which part of a region, not how it is spelt
        close = [
            (k, score)
            for k, score in self.gazetteer.fuzzy_keys(key, self.fuzzy_cutoff)
            if not said or said == (other := _directions(k)) or not other
        ]
        # ... nor is a name of three letters or fewer: a letter more or less makes another word
        # of one ("Swat" is no typo of Sat, a Syrian village; thousands of such names stand apart
        # by one letter), and a typo there is a guess across continents
        close = [(k, score) for k, score in close if len(k.replace(" ", "")) > _SHORTEST_TYPO_READ]
        self.gazetteer.prefetch([k for k, _ in close])  # one index query for all of them
        for match_key, score in close:
            quality = 0.8 * score / 100
            typo = _Match(quality, f"typo-tolerant match {score:.0f}%", match_key)
            for hit in self.gazetteer.exact(match_key):
                if quality > found.get(hit.place_id, _NONE).quality:
                    found[hit.place_id] = typo
        return found

    def _rank(
        self,
        parsed: ParsedQuery,
        key: str,
        ctx: frozenset[str],
        focus: frozenset[str],
        *,
        unsaid: set[str] | None = None,
        strict: bool = False,
        states: frozenset[tuple[str, str]] = frozenset(),
        near: _Near | None = None,
        limit: int | None = None,
        margin: float | None = None,
        leaning: frozenset[str] = frozenset(),
    ) -> list[_Scored]:
        """The best ``limit`` candidates (all with no limit), best first; ``key`` is the name's
        normalised key (read once per query). ``unsaid``: keys of
        the context that are no clue (the name asked about, and the words in it). ``margin``:
        without a country named, those scoring more than it under the best may be left out."""
        unsaid = unsaid or set()
        # Spelling variants are left for later only for a caller that reads the readings close to
        # the best (a margin): one that asks for the best few reads them nearly always (a batch's
        # bare names rank fewer than ``limit`` others first)
        # (no country named nor in focus: a Syrian village of unknown size meets foreign towns)
        unsized = not strict and not focus
        prepared = self._prepared(parsed, strict, key, later=margin is not None, unsized=unsized)
        # A big city abroad owns the name ("Paris" beside Phoenix and Tucson): the text's country
        # speaks only for a namesake that has another clue too (a neighbour: "Paris" beside
        # Commerce and Clarksville)
        clue_only = bool(leaning) and not prepared.owning <= leaning
        # ... and a city abroad that owns the name and dwarfs every namesake in the text's
        # country ("Toronto" in US news: Toronto, Ohio has 5,000 people) loses nothing for lying
        # abroad: the country in focus then speaks for its namesake only with another clue (its
        # state or a neighbour named), as it does for a foreign country's own name ("Mexico")
        abroad = _owners_abroad(prepared.cities, focus) if focus and not strict else frozenset()
        if strict:
            out = [
                self._score(
                    row, parsed, prepared.key, ctx, unsaid, focus, strict, states, near, leaning, clue_only
                )
                for row in prepared.rows
            ]
            out = _named_country_first(out, self.threshold)
            out = _closest_spelling_first(out, prepared.asked)
            out = _better_known_first(out)
            out.sort(key=_order)
            return out
        # Without a country named, a candidate's score is its own: once ``limit`` candidates
        # score above the most the rest could (their ceilings, best first), the rest cannot
        # rank among them. Ties keep the gazetteer's order, as a full sort would.
        kept: list[tuple[tuple[float, int, int], int, _Scored]] = []
        plain = not ctx and not focus and not states and near is None
        floor: list[tuple[float, int, int]] = []  # a heap of the best ``limit`` scores
        best = 0.0  # the best score so far: the final best is no lower
        rows, by_ceiling, bound = prepared.rows, prepared.by_ceiling, prepared.bound
        j = 0
        while j < len(by_ceiling) or bound is not None:
            # what a candidate must reach to be wanted: the ``limit``-th best score so far, and
            # with a margin, the best so far less the margin
            need = floor[0][0] if limit is not None and len(floor) >= limit else None
            if margin is not None and kept and (need is None or best - margin > need):
                need = best - margin
            if bound is not None and (j == len(by_ceiling) or rows[by_ceiling[j]].ceiling <= bound):
                # the candidates left out of the rows could come next
                if need is not None and bound < need:
                    break
                whole = self._whole(parsed, strict, key, prepared, unsized=unsized)
                # the rows read so far, each above the bound, lead the whole's order alike
                renamed = dict(zip(by_ceiling[:j], whole.by_ceiling[:j], strict=True))
                kept = [(order, renamed[i], s) for order, i, s in kept]
                rows, by_ceiling, bound = whole.rows, whole.by_ceiling, None
                continue
            i = by_ceiling[j]
            j += 1
            row = rows[i]
            if need is not None:
                if row.ceiling < need:
                    break
                if (
                    not row.inside
                    and (
                        row.plain
                        if plain
                        else _bound(row, ctx, focus, states, near, leaning, clue_only, abroad)
                    )
                    < need
                ):
                    continue
            s = self._score(
                row,
                parsed,
                prepared.key,
                ctx,
                unsaid,
                focus,
                strict,
                states,
                near,
                leaning,
                clue_only,
                abroad,
            )
            if s.score > best:
                best = s.score
            order = _order(s)
            kept.append((order, i, s))
            if limit is not None:
                worst = (s.score, -order[1], -order[2])
                if len(floor) < limit:
                    heapq.heappush(floor, worst)
                elif worst > floor[0]:
                    heapq.heapreplace(floor, worst)
        kept.sort(key=lambda t: (t[0], t[1]))
        return [s for _, _, s in kept]

    def _prepared(
        self, parsed: ParsedQuery, strict: bool, key: str, *, later: bool = True, unsized: bool = False
    ) -> _Prepared:
        """What ranking a query's candidates needs that no context changes: the same names
        are asked again in article after article. ``later``: spelling variants may be left for
        later (see ``_prepare``)."""
        cached = self._prepared_queries.get((parsed, strict, unsized))
        if cached is None:
            cached = self._prepare(parsed, strict, key, whole=not later, unsized=unsized)
            with self._lock:
                if len(self._prepared_queries) >= self.PREPARED_CACHE_SIZE:
                    self._prepared_queries.popitem(last=False)  # oldest first
                self._prepared_queries[(parsed, strict, unsized)] = cached
        return cached

    def _whole(
        self, parsed: ParsedQuery, strict: bool, key: str, prepared: _Prepared, *, unsized: bool = False
    ) -> _Prepared:
        """The query prepared with every candidate's row, cached in place of the one that left
        some for later."""
        whole = (
            prepared.rest()
            if prepared.rest is not None
            else self._prepare(parsed, strict, key, whole=True, unsized=unsized)
        )
        with self._lock:
            if (parsed, strict, unsized) in self._prepared_queries:
                self._prepared_queries[(parsed, strict, unsized)] = whole
        return whole

    def _prepare(
        self, parsed: ParsedQuery, strict: bool, key: str, *, whole: bool = False, unsized: bool = False
    ) -> _Prepared:
        """``whole``: every candidate's row; otherwise, without a country named, the spelling
        variants' rows are left for later (``_Prepared.bound``): of most queries the ranking
        never reaches their scores, and reading their places and building their rows was most
        of a name's first reading."""
        matches = self._query_matches(parsed, key)
        # With no country named, another spelling is the less likely reading when some place
        # has the very name; with the country named, a little less likely (_TRANSLIT_IN_COUNTRY).
        matches = (
            _exact_before_transliteration(matches)
            if not strict
            else _exact_before_transliteration(matches, _TRANSLIT_IN_COUNTRY, _TRANSLIT_ONLY, keep_named=True)
        )
        later: set[int] = set()  # candidates whose rows are left for later
        unread: set[int] = set()  # ... and whose places are not read either
        if not whole and not strict:
            later = {pid for pid, m in matches.items() if m.how == _VARIANT}
            # a district's name bears on the other candidates (seat towns): its place is read
            is_unit = self.gazetteer.is_unit
            unread = {pid for pid in later if not is_unit(pid)}
        places = self.gazetteer.places([pid for pid in matches if pid not in unread])
        if unread and len(places) + len(unread) != len(matches):
            return self._prepare(parsed, strict, key, whole=True, unsized=unsized)  # (an id the index lacks)
        if _UNIT_ASKED.isdisjoint(parsed.feature_hint):
            # a unit no town lies in stands at its province's point: read by its own names,
            # which carry a kind word ("Morobo County"), or when asked for as a unit ("in Poni
            # province"), never by a spelling that meets one of them
            bare = {
                ip.id
                for ip in places
                if ip.place.source == ADMIN2_AT_ADMIN1
                # (one of its names is the very key, though its transliteration's match stands:
                # "Walikale territory", an alternate name, met so too)
                and not (matches[ip.id].how in _OWN_NAME or matches[ip.id].named)
            }
            if bare:
                places = [ip for ip in places if ip.id not in bare]
                matches = {pid: m for pid, m in matches.items() if pid not in bare}
                later -= bare
        # (both read only the places: the rules on the names below leave them as they are)
        parents = self._readable_parents(parsed.parents, places)
        lands = self._parent_countries(parsed.parents) if parsed.parents else frozenset()
        seated: frozenset[int] = _seated_units(places) if not parsed.feature_hint else frozenset()
        if unread and (
            len(parents) < len(parsed.parents)
            or not parsed.feature_hint
            and any(
                ip.place.feature in _UNITS and ip.id not in seated and ip.id not in later for ip in places
            )
        ):
            # a parent none of these candidates lies in, or a district no town among them is
            # the seat of: the places not read might say otherwise. Told before the rules below
            # run on these for nothing (a capital seats a province, never a district: the
            # capitals cannot change this)
            return self._prepare(parsed, strict, key, whole=True, unsized=unsized)
        if not strict:
            matches = _units_by_their_names(places, matches, key)
        # A country, state, continent or sea whose own name this is: its namesakes need more.
        own = _PRIMARY_NAME
        big = [
            ip
            for ip in places
            if ip.place.feature in _BIG
            and (
                matches[ip.id].how == own
                or _leading_words(matches[ip.id], ip.place.name)
                # "Canadian", "Iraqi": the country's as much as its name (Canadian, Texas and Al
                # Iraqi near Damascus borrow the word)
                or (ip.place.feature is Feature.COUNTRY and matches[ip.id].how == _DEMONYM)
            )
        ]
        # ... but a province named after its capital (Alexandria, Dubai, Ghazni) lends the name
        # to the city, which owns it against namesake towns only as big cities do: Alexandria,
        # Virginia needs no finer clue than Virginia (towns that have the name only as an
        # alternate name still borrow it: Dalton, Ohio, once Moscow)
        lent = set(_capitals(places, matches, self.gazetteer.largest_towns).values()) if big else set()
        owners = [ip.place for ip in big if ip.id not in lent]
        # ... the name it owns, not a longer one the query gives whole: "Douglas County" is no
        # town borrowing the Isle of Man's Douglas, "Washington County" none borrowing the state's.
        longer = {normalise(a) for a in parsed.alternatives} - {matches[ip.id].key for ip in big}
        shadowed = bool(owners)
        if big:
            matches = _big_place_owns_its_name(places, matches, longer)
        elif _spelt_big(places, matches, key):
            # only towns that have the name as an alternate: one spelt like the query is as
            # near the name as the big place's own spelling (Latakia district for "Latakia"), and
            # so is a town whose own name is the big place's ("Misrata": Misratah city, whose
            # alternate it is, shares the name with Misratah province)
            spelt = _translit_of(key)
            sharing = {ip.id for ip in places if _spelt(ip.place.name) == spelt}
            matches = _big_place_owns_its_name(places, matches, longer, key_form=False, sharing=sharing)
        if _ACRONYM.fullmatch(parsed.name):
            matches = _acronym_names_the_bigger_place(places, matches)
        matches = _town_owns_its_name(places, matches)
        # _seat_before_unit: a district named after its seat town yields to the town (seated,
        # above), and a province named after its capital to the capital (_capitals)
        capitals: dict[int, int] = {}
        if not parsed.feature_hint and not parsed.encloses:
            # ("Andar district in Ghazni": the unit encloses a district)
            capitals = _capitals(places, matches, self.gazetteer.largest_towns)
            seated |= frozenset(capitals.values())
        # ... and a seat town of unknown size counts as a town, unless the query asks for the unit
        seats = _seat_towns(places) if _seat_asked(parsed.feature_hint) else frozenset()
        abroad = self._arabic_abroad(parsed, matches, places) if unsized else frozenset()
        # ... and with no Arabic-spoken place reached by the name or a transliteration: a place
        # elsewhere that only a looser spelling reaches is the less likely reading all the same
        # ("Bezzeh suburb" is a Syrian Bazzah before Beze, France)
        arabic_loose = (
            self.gazetteer.arabic_countries if unsized and arabic_spelt(parsed.name) else frozenset()
        )
        # ... and whatever the query's spelling: a place elsewhere that only the Arabic key or a
        # looser spelling reaches, beside a place where Arabic is spoken that has the name as
        # its own or by that key ("Mateena village" is the Syrian Mutayn before Matina, Brazil,
        # "Brouma farm" Bruma before Broome, Australia)
        arabic_keyed = (
            self._arabic_keyed(matches, places)
            if unsized and not abroad and not arabic_loose
            else frozenset()
        )
        asked = [fold(n) for n in (parsed.name, *parsed.alternatives) if n] if strict or unsized else []
        village = _VILLAGE.search(parsed.raw) is not None
        # "Soum province", "an Idlib village": a unit asked for, or the town it is named after.
        # Where a unit has the name as its own and no town of the name lies in its country, a
        # town of the name abroad is only its namesake (Soum, Senegal for Province du Soum,
        # Burkina Faso): a town's fit for a unit, as when no town is asked for (_TOWN_POOR).
        # Not a town that owns the name, nor where a site is asked too ("Salinas Valley").
        unit_countries: set[str] = set()
        if (
            Feature.CITY in parsed.feature_hint
            and parsed.feature_hint <= _UNIT_OR_TOWN
            and not _NAMED_UNITS.isdisjoint(parsed.feature_hint)
        ):
            so_named = [ip.place for ip in places if matches[ip.id].how in _OWN_NAME]
            unit_countries = {p.country_code for p in so_named if p.feature in _NAMED_UNITS} - {
                p.country_code for p in so_named if p.feature is Feature.CITY
            }
        # ... and "Kurram district": the units a town among the candidates lies in (a seat town
        # stands for its district, as before)
        town_units = (
            {(ip.place.country_code, ip.place.admin2) for ip in places if ip.place.feature is Feature.CITY}
            if Feature.ADMIN3 in parsed.feature_hint
            else set()
        )
        # ... and "Kompienga province" in a text (the spotter asks the bare name as a province)
        # where no unit among the candidates answers to the name: the town the province is
        # named after stands for it, as for "X district" (not nothing), as it did when the
        # spotter asked for a unit or its town; not "Homs province" asked whole, which a town
        # reads poorly (test_ranking)
        no_unit = (
            parsed.feature_hint == _ADMIN1_ONLY
            and strip_admin_word(parsed.raw) == parsed.raw
            and not any(ip.place.feature in _UNIT_ASKED for ip in places)
        )
        if no_unit and unread:
            # (a spelling's place not read may be one: Hodeidah's governorate, 'hudaydah')
            return self._prepare(parsed, strict, key, whole=True, unsized=unsized)
        priors = self._open_priors if unsized else self._priors
        beside: list[Place] | None = None  # the parents' own places, read when first needed
        regions: list[Place] | None = None  # ... and the regions among them

        def row_of(ip: IndexedPlace) -> _Row:
            nonlocal beside, regions
            p = ip.place
            match = matches[ip.id]
            # A town named like a state or country ("California, Pennsylvania") needs a clue
            # finer than its state: a text about Pennsylvania that says "California" may mean
            # either.
            shadow = (
                shadowed
                and p.feature not in _BIG
                and match.key not in longer
                and not parents
                and not _inside_any(ip, owners)
                and not (match.how == own and _prior(ip) >= _OWNS_ITS_NAME)
            )
            inside = self._encloses(ip, parents) if parents else None
            if inside is False:
                if regions is None:
                    regions = self._parent_regions(parents)
                inside = _within_region(p, regions)
            feature_fit = 1.0
            if parsed.feature_hint and p.feature not in parsed.feature_hint:
                # "Kunduz district", "Al Lajah area": a town stands for the district or area
                # named after it; a town for "Homs province" is a worse reading.
                feature_fit = (
                    _TOWN_FOR_UNIT
                    if p.feature == Feature.CITY
                    and (no_unit or not _TOWN_POOR.isdisjoint(parsed.feature_hint))
                    else _ADMIN2_AS_ADMIN1
                    if p.feature is Feature.ADMIN2 and Feature.ADMIN1 in parsed.feature_hint
                    # "Kurram district" where districts are second-level units (Pakistan,
                    # Afghanistan, India): the unit by its own name, as a town stands for it,
                    # where no town among the candidates lies in it (its seat stands for it)
                    else _TOWN_FOR_UNIT
                    if p.feature is Feature.ADMIN2
                    and Feature.ADMIN3 in parsed.feature_hint
                    and match.how in _OWN_NAME
                    and (p.country_code, p.admin2) not in town_units
                    else 0.6
                )
            elif (
                unit_countries
                and p.feature is Feature.CITY
                and p.country_code not in unit_countries
                and not (match.how in _OWN_NAME and _prior(ip) >= _OWNS_ITS_NAME)
            ):
                feature_fit = _TOWN_FOR_UNIT
            elif village and p.feature == Feature.CITY and p.population >= _VILLAGE_MAX_POPULATION:
                feature_fit = _TOWN_FOR_VILLAGE
            parent_fit = 1.0
            if lands and p.country_code not in lands and match.how.startswith(_LOOSE):
                # "Azan, Shabwa province": a looser spelling of a name in a country where no
                # place answers to the parent's name is a namesake abroad, not the place; the
                # parent stands in for it (a parent spelt otherwise than the gazetteer writes it
                # is no parent `_readable_parents` reads, so `inside` says nothing here)
                parent_fit = 0.0
            if inside and any(self._other_district(p, full, short) for full, short in parents):
                parent_fit = _OTHER_DISTRICT
            if inside and parsed.reach_km > _BESIDE_KM:
                # "55 km north of Kabul": lying in Kabul province is no fit for a place 10 km
                # from the city
                if beside is None:
                    beside = self._parent_points(parents)
                if beside and not _at_reach(p, beside, parsed.reach_km):
                    parent_fit = 0.5
            if inside is False:
                if beside is None:
                    beside = self._parent_points(parents)
                if parsed.reach_km and _at_reach(p, beside, parsed.reach_km):
                    parent_fit = 1.0  # "Bagram, 55 km north of Kabul": as far from Kabul as it says
                elif parsed.reach_km > _BESIDE_KM:
                    parent_fit = 0.5  # a place beside Kabul is not 55 km from it
                elif _near_any(p, beside):
                    # beside the town: what "X near Y" says of X; only lying in the unit "X, Y"
                    # names fits better
                    parent_fit = 1.0 if parsed.parent_near else _BESIDE_PARENT
                else:
                    parent_fit = 0.5
            prior = priors.get(ip.id)
            if prior is None:
                prior = priors[ip.id] = _prior(ip, unknown_size=unsized)
            if ip.id in seats:
                prior = max(prior, _SEAT_PRIOR)
            base = _base(match, prior)
            user = p.source_id.startswith("user:")
            is_seated = ip.id in seated
            factor = feature_fit * parent_fit
            if (
                (abroad and p.country_code and p.country_code not in abroad)
                or (arabic_loose and p.country_code not in arabic_loose and match.how.startswith(_LOOSE))
                or (arabic_keyed and p.country_code not in arabic_keyed and _keyed_only(match))
            ):
                factor *= _ARABIC_ABROAD
            if unsized and match.how == _PRIMARY_NAME:
                factor *= _spelling_fit(fold(p.name), asked)
            if (
                not strict
                and match.how == _VARIANT
                and p.feature == Feature.CITY
                and p.country_code not in self.gazetteer.arabic_countries
            ):
                factor *= _LOOSE_TOWN
            # _score with every clue for it (fit 1.0) and none against: each step of it is
            # monotonic, so no context makes the candidate score more.
            ceiling = _ceiling(base, 1.0, factor, user, is_seated)
            # _bound in a context that says nothing (no text, no focus): fit 0.5, nothing against.
            plain = _ceiling(base, 0.5, factor, user, is_seated)
            return _Row(  # positional, in _Row's order: this runs for every candidate of a query
                ip,
                match,
                base,
                factor,
                inside,
                shadow,
                p.feature in _NEIGHBOUR_FEATURES and match.how in _OWN_NAME,  # neighbourly
                user,
                is_seated,
                ceiling,
                None if shadow else (p.country_code, p.admin1),  # unit
                p.country_code,
                ip.ancestry,
                match.quality < 0.95,  # weak
                plain,
            )

        def ordered(
            rows: list[_Row],
        ) -> tuple[list[int], frozenset[str], tuple[tuple[int, str, int, bool], ...]]:
            ceilings = [-row.ceiling for row in rows]
            by_ceiling = sorted(range(len(rows)), key=ceilings.__getitem__)
            sized = self._priors  # (a place's prior as no unknown size changes it, kept)
            cities = tuple(
                (
                    row.ip.id,
                    row.country,
                    row.ip.place.population,
                    _sized_prior(sized, row.ip) >= _OWNS_ITS_NAME,
                )
                for row in rows
                if row.ip.place.feature is Feature.CITY and row.match.how == _PRIMARY_NAME
            )
            # The countries of cities that own the name ("Paris", "Athens", "Dublin"): no country a
            # text leans towards takes it from them for its small namesakes.
            owning = frozenset(country for _, country, _, owns in cities if owns)
            return by_ceiling, owning, cities

        def complete() -> _Prepared:
            """The rows of the candidates left for later joined to these: their places read, and
            the seat rules read over every candidate (what they say of the rows built is as
            before: the checks above)."""
            nonlocal seated, seats
            every = self.gazetteer.places([*matches])
            if len(every) != len(matches):
                return self._prepare(
                    parsed, strict, key, whole=True, unsized=unsized
                )  # (an id the index lacks)
            if not parsed.feature_hint:
                seated = _seated_units(every) | frozenset(capitals.values())
            if _seat_asked(parsed.feature_hint):
                seats = _seat_towns(every)
            built = {row.ip.id: row for row in rows}
            whole = [built.get(ip.id) or row_of(ip) for ip in every]
            by_ceiling, owning, cities = ordered(whole)
            return _Prepared(key, tuple(whole), tuple(by_ceiling), tuple(asked), owning, cities=cities)

        rows = [row_of(ip) for ip in places if ip.id not in later]
        if capitals:
            # the capital takes its province's place (the province's score before its x0.9)
            # and no other: what outranked the province outranks the capital, what the
            # province outranked the capital outranks too (Kwale, Nigeria stays behind Kenya's)
            at = {row.ip.id: i for i, row in enumerate(rows)}
            for town, unit in capitals.items():
                unit_row = rows[at[unit]]
                high = _ceiling(unit_row.base, 1.0, unit_row.factor, unit_row.user, False)
                low = _ceiling(unit_row.base, 0.5, unit_row.factor, unit_row.user, False)
                lift = unit_row._replace(seated=False, ceiling=high, plain=low)
                capital = rows[at[town]]
                rows[at[town]] = capital._replace(
                    lift=lift, ceiling=max(capital.ceiling, high), plain=max(capital.plain, low)
                )
        if len(priors) > self.PRIOR_CACHE_SIZE:
            with self._lock:
                priors.clear()  # a pure function of the place: recomputed as needed
        by_ceiling, owning, cities = ordered(rows)
        # what no candidate left for later can score above (each of _ceiling's steps at its most)
        bound = None
        if later:
            most = _base(max((matches[pid] for pid in later), key=_quality), _MAX_PRIOR)
            bound = _ceiling(most, 1.0, 1.0, True, False)
            if not rows or rows[by_ceiling[0]].ceiling <= bound:
                return complete()  # every ranking would read the rest before any of these
        return _Prepared(
            key,
            tuple(rows),
            tuple(by_ceiling),
            tuple(asked),
            owning,
            cities,
            bound,
            complete if later else None,
        )

    def _arabic_abroad(
        self, parsed: ParsedQuery, matches: dict[int, _Match], places: list[IndexedPlace]
    ) -> frozenset[str]:
        """The countries where Arabic is spoken, when a name spelt as Arabic ("Al Jala town",
        "Masharah town") is asked with no country named nor in focus and a place there has it
        by its own name or a transliteration (not a looser variant: those places may not be
        read yet, and the answer must not depend on it); otherwise none. A place elsewhere
        reached by the name (Yala, Thailand; Machala, Ecuador) is the less likely reading."""
        arabic = self.gazetteer.arabic_countries
        if not arabic or not arabic_spelt(parsed.name):
            return frozenset()
        if any(ip.place.country_code in arabic and matches[ip.id].how != _VARIANT for ip in places):
            return arabic
        return frozenset()

    def _arabic_keyed(self, matches: dict[int, _Match], places: list[IndexedPlace]) -> frozenset[str]:
        """The countries where Arabic is spoken, when a place there has the name asked by its own
        name or the transliteration key (not a looser variant, as in ``_arabic_abroad``);
        otherwise none."""
        arabic = self.gazetteer.arabic_countries
        if arabic and any(
            ip.place.country_code in arabic and _named_or_keyed(matches[ip.id]) for ip in places
        ):
            return arabic
        return frozenset()

    def _readable_parents(self, names: tuple[str, ...], places: list[IndexedPlace]) -> list[tuple[str, str]]:
        """The query's parents as (full, short) keys, leaving out those that name no place and
        enclose no candidate: a parent we cannot read ("Markaz al Quneitra district" where the
        gazetteer spells the unit otherwise) is no evidence against a place."""
        out = []
        for name in names:
            # (a local unit's kind word too: "Djugu territory" is read as Djugu, which holds X)
            pair = (_key_of(name), _key_of(strip_local_unit_word(strip_admin_word(name))))
            keys = {*pair, _translit_of(pair[0]), _translit_of(pair[1])} - {""}
            if (
                any(self.gazetteer.exact(k, loose=True) for k in keys)
                or any(not keys.isdisjoint(said) for said in self.gazetteer.country_keys.values())
                or any(self._encloses(ip, [pair]) for ip in places)
            ):
                out.append(pair)
        if len(out) > 1:
            # "Abu Hamam, Deir ez-Zor, Syria": a country after a finer parent adds nothing, but
            # would let every place of the country count as inside (a place is inside when any
            # parent encloses it); not when every parent names a country ("X, Georgia, US")
            finer = [pair for pair in out if not self._names_a_country(pair)]
            if finer:
                out = finer
        return out

    def _parent_countries(self, names: tuple[str, ...]) -> frozenset[str]:
        """The countries where a place answers to one of the query's parents by its own name, its
        transliteration or a close spelling (`_PARENT_SPELT`: "Lower Shabelle" is Lower
        Shabeelle's), or which a parent names; none when a parent answers nowhere (nothing
        then speaks for a country)."""
        lands: set[str] = set()
        for name in names:
            key = _key_of(strip_local_unit_word(strip_admin_word(name)))
            if len(key) <= _SHORTEST_TYPO_READ:
                return frozenset()
            matches, _ = self._name_matches(key)
            close = [pid for pid, m in matches.items() if m.quality >= _PARENT_SPELT]
            found = {ip.place.country_code for ip in self.gazetteer.places(close)}
            found.update(cc for cc, said in self.gazetteer.country_keys.items() if key in said)
            if not found:
                return frozenset()
            lands |= found
        return frozenset(lands)

    def _names_a_country(self, pair: tuple[str, str]) -> bool:
        keys = {*pair, _translit_of(pair[0]), _translit_of(pair[1])} - {""}
        return any(not keys.isdisjoint(said) for said in self.gazetteer.country_keys.values())

    def _score(
        self,
        row: _Row,
        parsed: ParsedQuery,
        key: str,
        ctx: frozenset[str],
        unsaid: set[str],
        focus: frozenset[str],
        strict: bool,
        states: frozenset[tuple[str, str]],
        near: _Near | None,
        leaning: frozenset[str] = frozenset(),
        clue_only: bool = False,
        abroad: frozenset[int] = frozenset(),
    ) -> _Scored:
        p = row.ip.place
        fit = 0.5
        in_state = not row.shadowed and (p.country_code, p.admin1) in states
        if in_state:
            fit += _STATE_FIT
        elif p.feature is Feature.COUNTRY and states and any(cc == p.country_code for cc, _ in states):
            # the state in focus lies in it: a clue between countries that share a name (both
            # Congos), counted in ties only (_order), as a country's own name needs no more
            in_state = True
        neighbour = ""
        # Neighbours choose between namesakes; they do not make a looser spelling the name.
        if near is not None and row.neighbourly:
            support, neighbour = near(p.latitude, p.longitude)
            fit += _NEIGHBOUR_FIT * min(1.0, support) * (_SHADOWED_NEIGHBOURS if row.shadowed else 1.0)
        context_hit = ""
        said = ctx.alone if isinstance(ctx, ContextKeys) else ctx
        named = {a for a in row.ip.ancestry & said if len(a) > _MIN_CLUE and a not in unsaid} if ctx else None
        if named:
            # "Dublin City" schools or "Washington County" say nothing of the town named alone.
            own_key = f" {key} "
            named = {a for a in named if own_key not in f" {a} "}
            # "Washington" in a text names the state, not Washington County, Pennsylvania: a
            # county named like a state counts only written as a county.
            state_names = self.gazetteer.admin1_countries
            if named and not state_names.keys().isdisjoint(named):
                named = {a for a in named if a not in state_names or not _county_of(a, row.ip, p)}
        if row.shadowed and named:
            named -= {normalise(p.admin1), *self.gazetteer.country_keys.get(p.country_code, ())}
        if named and row.match.how not in _OWN_NAME and p.feature is not Feature.ADMIN1:
            # a province's own name ("Daraa") read by its spelling as a village in another
            # province (Ad Darah, As-Sweida) gains nothing from the text naming that province:
            # the province or its seat is meant, wherever the text's other places are
            provinces = self.gazetteer.admin1_countries
            own = {key, _translit_of(key)}
            if not provinces.keys().isdisjoint(own):  # (a set's isdisjoint walks a whole dict)
                unit = normalise(p.admin1)
                if own.isdisjoint({unit, _translit_of(unit), _translit_of(strip_admin_word(unit))}):
                    named = set()
        if named:
            fit += 0.35
            context_hit = min(named)
        in_focus = 0
        if focus and p.country_code:
            in_focus = 1 if p.country_code in focus else -1
            if in_focus > 0:
                # A town named like a country, state, continent or sea is not theirs by lying there.
                fit += 0.0 if row.shadowed else 0.15
            elif (strict or p.feature is not Feature.COUNTRY) and row.ip.id not in abroad:
                # A foreign country named in a text about another is still that country
                # ("Mexico" in US news), unless the caller named the country; so is a city
                # abroad that owns the name over a far smaller namesake (_owners_abroad).
                fit -= 0.25
        elif (
            leaning
            and not row.shadowed
            and p.country_code in leaning
            and ((row.match.how in _OWN_NAME and not clue_only) or fit > 0.5)
        ):
            # like a country in focus, but no foreign place is the worse for it; and only for a
            # place that has the very name or other clues (its county named: Avondale Estates
            # in DeKalb): no text's country makes "Baiji" North Pole, Alaska's 'bayji'
            fit += _LEANING_FIT
            in_focus = 2
        if row.inside:
            fit = 1.0
        score = row.base + 0.35 * min(1.0, max(0.0, fit))
        score *= row.factor
        if in_focus < 0 and row.match.quality < 0.95:
            # Another spelling of a foreign place: only strong evidence makes it the answer,
            # and none is strong enough when the caller named the country.
            score *= 0.7 if strict else 0.85
        if (
            in_focus < 0
            and row.match.how not in _EXACT
            and (strict or row.match.how.startswith(_LOOSE))
            and not context_hit
            and not row.inside
            and p.country_code not in self._countries_in_focus(None, ctx, key)
        ):
            # The caller named the country: a place abroad that only another spelling of the
            # name reaches (Shirawa -> Chidawa, India) is no answer unless the text names its
            # country or an enclosing place, or the query a parent of it; "not found" beats a
            # confident answer a continent away. So too outside the countries the text puts in
            # focus, for a spelling variant or a typo ("Nampala" in Mali: Nampula, Mozambique);
            # a transliteration there is still read (one Arabic name, its own spelling).
            score = 0.0
        if row.user:
            score = min(1.0, score + 0.01)  # user places win ties
        score = round(score, 4)
        if row.seated:
            score = round(score * 0.9, 4)
        if row.lift is not None:
            lifted = self._score(
                row.lift, parsed, key, ctx, unsaid, focus, strict, states, near, leaning, clue_only, abroad
            )
            score = max(score, lifted.score)
        return _Scored(
            score, row.ip, row.match, context_hit, in_focus, row.inside, parsed, in_state, neighbour
        )

    def _candidate(self, scored: _Scored) -> Candidate:
        p = scored.ip.place
        reasons = [f"{scored.match.how} '{scored.match.key}'"]
        if scored.context_hit:
            reasons.append(f"context names {scored.context_hit}")
        if scored.in_focus == 2:
            reasons.append(f"most places the text names are in {p.country_code}")
        elif scored.in_focus > 0:
            reasons.append(f"country {p.country_code} in focus")
        if scored.in_state:
            reasons.append(f"{p.admin1 or 'a unit of it'} in focus")
        if scored.neighbour:
            reasons.append(f"near {scored.neighbour}, named in the text")
        if scored.inside is not None:
            reasons.append(f"{'in' if scored.inside else 'not in'} {scored.parsed.parents[0]}")
        reasons.append(str(p.feature) if p.feature != Feature.CITY else f"population {p.population:,}")
        return Candidate(
            place=p,
            score=scored.score,
            precision=precision_of(p),
            matched_name=scored.match.key,
            reason="; ".join(reasons),
            location=self._label(scored.ip),
        )

    def _label(self, ip: IndexedPlace) -> str:
        label = self._labels.get(ip.id)
        if label is None:
            p = ip.place
            label = p.label(self.gazetteer.country_names.get(p.country_code, p.country_code))
            self._remember(self._labels, ip.id, label)
        return label

    def _encloses(self, ip: IndexedPlace, parents: list[tuple[str, str]]) -> bool:
        country_keys = self.gazetteer.country_keys.get(ip.place.country_code, frozenset())
        skeletons, translits, words = self._ancestry_spellings(ip)
        for full, short in parents:
            for key in (full, short):
                if key in ip.ancestry or key in country_keys or key == ip.place.country_code.lower():
                    return True
                if len(key) > 3 and not self._another_country(key, ip):
                    skel, trans = self._spellings(key)
                    if skel in skeletons or trans in translits or key in words:
                        return True
                if ip.place.admin1 and (ip.place.country_code, ip.place.admin1) in self._admin1_named(key):
                    return True  # "Calif.", "W.Va.": another name of the state the place lies in
        return False

    def _another_country(self, key: str, ip: IndexedPlace) -> bool:
        """The parent is the name of a country (and of no state) the place does not lie in: it
        encloses the place by no spelling ("Chad" is spelt "sd" as loosely as South Dakota's
        code is written, so Lake County, South Dakota lay "in Chad")."""
        cc = self.gazetteer.country_of_key.get(key)
        return cc is not None and cc != ip.place.country_code and key not in self.gazetteer.admin1_countries

    def _other_district(self, p: Place, full: str, short: str) -> bool:
        """The parent is a district named like its province ("Idlib district", "Markaz Hamah
        district": the province's central district) and the place lies in another district of
        the province: it is inside the parent only as read by the province's name."""
        if not p.admin2 or not p.admin1 or full != f"{short} district":
            return False
        spelt = self._spellings(short)
        return self._same_name(p.admin1, spelt) and not self._same_name(p.admin2, spelt)

    def _same_name(self, name: str, spelt: tuple[str, str]) -> bool:
        skel, trans = self._spellings(normalise(name))
        return skel == spelt[0] or trans == spelt[1]

    def _ancestry_spellings(self, ip: IndexedPlace) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The skeletons, transliterations and long words of the names of the places enclosing
        ``ip``: the same towns are candidates for query after query."""
        # Keyed by the ancestry itself: the towns of one district share it (and its set object).
        found = self._ancestries.get(ip.ancestry)
        if found is None:
            spellings = [self._spellings(a) for a in ip.ancestry]
            found = (
                frozenset(skel for skel, _ in spellings),
                frozenset(trans for _, trans in spellings),
                # "Damascus" encloses what lies in "Rural Damascus"; "Hama" what lies in "Hama
                # countryside".
                frozenset(w for a in ip.ancestry for w in a.split() if len(w) > 3),
            )
            self._remember(self._ancestries, ip.ancestry, found)
        return found

    def _parent_points(self, parents: list[tuple[str, str]]) -> list[Place]:
        """The districts, sub-districts and towns the query's parents name."""
        ids: list[int] = []
        for full, short in parents:
            for key in {full, short, _translit_of(full), _translit_of(short)} - {""}:
                ids.extend(h.place_id for h in self.gazetteer.exact(key, loose=True) if h.kind != 2)
        places = self.gazetteer.places(list(dict.fromkeys(ids)))
        return [ip.place for ip in places if ip.place.feature in _BESIDE_FEATURES]

    def _parent_regions(self, parents: list[tuple[str, str]]) -> list[Place]:
        """The regions the query's parents name by their very names ("Eastern Ghouta", "Sahl al
        Ghab"): the gazetteer holds them as points, and no place's ancestry names them."""
        ids: list[int] = []
        for full, short in parents:
            for key in {full, short, _translit_of(full), _translit_of(short)} - {""}:
                ids.extend(h.place_id for h in self.gazetteer.exact(key, loose=True) if h.kind != 2)
        places = self.gazetteer.places(list(dict.fromkeys(ids)))
        # (and an area UCDP's coders placed as a point: "Western Ghouta", "Wadi Barada")
        return [ip.place for ip in places if ip.place.feature in _AREA_FEATURES]

    def _spellings(self, key: str) -> tuple[str, str]:
        found = self._key_spellings.get(key)
        if found is None:
            found = (skeleton(key), _translit_of(key))
            self._remember(self._key_spellings, key, found)
        return found

    def _named_whole(self, parsed: ParsedQuery, key: str) -> str:
        """Of a near-phrase's other names, one that ends in the name and is some place's very name
        or spelling ("Rif Dimashq" of "Dimashq"), or ""."""
        for alt in parsed.alternatives:
            whole = normalise(alt)
            if (
                whole.endswith(" " + key)
                and whole not in self.gazetteer.not_places
                and (self.gazetteer.exact(whole) or self.gazetteer.exact(translit(whole), loose=True))
            ):
                return alt
        return ""

    def _admin1_named(self, key: str) -> frozenset[tuple[str, str]]:
        named = self._admin1_names.get(key)
        if named is None:
            hits = self.gazetteer.exact(key)
            places = self.gazetteer.places([h.place_id for h in hits]) if hits else []
            # (and a unit no town lies in: it holds no town the gazetteer can tell from its
            # province's others, "Awi zone" of Amhara)
            named = frozenset(
                (ip.place.country_code, ip.place.name)
                if ip.place.feature is Feature.ADMIN1
                else (ip.place.country_code, ip.place.admin1)
                for ip in places
                if ip.place.feature is Feature.ADMIN1 or ip.place.source == ADMIN2_AT_ADMIN1
            )
            self._remember(self._admin1_names, key, named)
        return named


_NONE = _Match(0.0, "", "")
_NEAR_PRECISION = Precision(geo_precision=2, where_prec=2)
# "55 km north of X": farther than UCDP's "within ~25 km" of X; as sure as a district
_NEAR_KM = 25.0
_FAR_PRECISION = precision_for(Feature.ADMIN2)


_STANDS_IN = "the place it lies in or near"
_NAMED_AFTER = "the place it is named after, near it"
_STAND_IN_SCALE = 0.9
# What the text says before a name that makes it an area holding other places ("checkpoints
# across Kunduz", "villages in Kidal", "two districts of Ghazni"): a province named after its
# capital is then the province. Not "around X" (near the town) nor "the district of X" (a
# district of that name).
AREA_BEFORE = (
    "across",
    "throughout",
    "villages in",
    "villages of",
    "villages across",
    "towns in",
    "towns of",
    "districts in",
    "districts of",
    "district in",
    "parts of",
)


def _named_as_an_area(key: str, ctx: frozenset[str]) -> bool:
    # the context's n-grams (up to three words) hold the phrase with the name when both fit
    return any(f"{before} {key}" in ctx for before in AREA_BEFORE)


_TOWNSHIP = re.compile(r"\s+(?:township|twp\.?)$", re.IGNORECASE)
_TOWNSHIP_COUNTRIES = frozenset({"US", "CA"})
_TOWNSHIP_READINGS = 10


def _near(c: Candidate, unknown: str, reach_km: float = 0.0) -> Candidate:
    """The candidate as the reference point of a place near or inside it (or ``reach_km``
    from it: farther than "near", a district's precision)."""
    precision = c.precision
    if c.place.feature in (Feature.CITY, Feature.NEIGHBOURHOOD, Feature.POINT):
        precision = _FAR_PRECISION if reach_km > _NEAR_KM else _NEAR_PRECISION
    why = f"no '{unknown}' in it in the gazetteer; {_STANDS_IN}" if unknown else "near it"
    return replace(c, precision=precision, reason=f"{c.reason}; {why}")


# what an offset stand-in's reason says
_OFFSET_FROM = "a point that far that way from it, as the text measures"
# ... and one told by the way alone, at a guessed distance
_OFFSET_WAY = "a point that way from it, as the text tells (not how far: about half of 'near')"
# beyond this a point told by one of eight ways strays as far aside as a province is wide
_OFFSET_FAR_KM = 100.0


def _offset(c: Candidate, unknown: str, reach_km: float, way: str) -> Candidate:
    """ "X, 25 km south of Y", X unknown: the point 25 km south of the town Y, not Y itself (a
    place where nothing happened). The point keeps Y's entry as its provenance
    (``geonames:98182/25km-south``: Y's source id, the distance and the way) and says it is a
    point near a town (ACLED 2 / UCDP 2); farther than 25 km as sure as a district (2 / 3) and
    beyond `_OFFSET_FAR_KM` as a province (3 / 4): a way told in eight points strays up to a
    third of the distance aside. A reference that is a unit, not a town (a province's middle), or
    a way that is no bearing ("central") stands in as before (`_near`). The way told with no
    distance ("X, west of Y", ``reach_km`` 0) is read half of "near" that way
    (``geonames:95788/west``), named by the way alone."""
    bearing = bearing_of(way)
    if bearing is None or c.place.feature not in _TOWN_FEATURES:
        return _near(c, unknown, reach_km)
    told = reach_km > 0
    if not told:
        # the way told, not the distance ("X, west of Y"): X is not at Y but that way from it,
        # somewhere within what "near" spans; its middle is the likeliest guess
        reach_km = _NEAR_KM / 2
    lat, lon = destination(c.place.latitude, c.place.longitude, reach_km, bearing)
    # (told by the way alone, the place is named so: "west of Hit", not a distance never said)
    km = f"{reach_km:.0f} km " if told else ""
    place = replace(
        c.place,
        source_id=f"{c.place.source_id}/{reach_km:.0f}km-{way}" if told else f"{c.place.source_id}/{way}",
        name=f"{km}{way} of {c.place.name}",
        latitude=round(lat, 6),
        longitude=round(lon, 6),
        population=0,
    )
    precision = (
        _NEAR_PRECISION
        if reach_km <= _NEAR_KM
        else _FAR_PRECISION
        if reach_km <= _OFFSET_FAR_KM
        else precision_for(Feature.ADMIN1)
    )
    said = _OFFSET_FROM if told else _OFFSET_WAY
    why = f"no '{unknown}' in it in the gazetteer; {said}; {_STANDS_IN}"
    where = f"{km}{way} of {c.location}"
    return replace(c, place=place, precision=precision, reason=f"{c.reason}; {why}", location=where)


# a place told only by its way from a town ("clashes south of Aleppo"): that way from it
_TOLD_TOWARD = "the text tells only the way from it ('south of X'), not a place there: a point that way"


def toward(c: Candidate, reach_km: float, way: str) -> Candidate:
    """What happened "south of X" with no place named there happened that way from the town X,
    not in it: X's point moved as `_offset` moves it for a name the gazetteer lacks (half of
    "near" when no distance is told), with its own reason; a unit or a way that is no bearing
    stays as it is."""
    if bearing_of(way) is None or c.place.feature not in _TOWN_FEATURES:
        return c
    moved = _offset(c, c.place.name, reach_km, way)
    return replace(moved, reason=f"{c.reason}; {_TOLD_TOWARD}")


def offset_of(c: Candidate) -> bool:
    """The candidate is a point measured from a town for a name the gazetteer lacks (`_offset`)."""
    return _OFFSET_FROM in c.reason or _OFFSET_WAY in c.reason


def loosely_read(c: Candidate) -> bool:
    """The candidate is read by a looser spelling than a transliteration, or a typo."""
    return c.reason.startswith(_LOOSE)


_TOWN_FEATURES = (Feature.CITY, Feature.NEIGHBOURHOOD, Feature.POINT)
# "X, east of Y", "X, north-west of the town of Y" (parse_query reads Y as X's parent)
_BEARING_PARENT = re.compile(
    r",\s*(?:(?:far|just)\s+)?(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+of\s+", re.I
)


def _by_own_name(c: Candidate) -> bool:
    """The candidate is read by one of its own names (primary or alternate), not a spelling."""
    return c.reason.startswith(_OWN_NAME_REASONS)


def stands_in(c: Candidate) -> bool:
    """The candidate is a query's parent standing in for a name found nowhere inside it."""
    return c.reason.endswith(_STANDS_IN)


class _Scored(NamedTuple):
    """A scored candidate. A named tuple: every ranking makes several, and a frozen dataclass
    costs several times more to build."""

    score: float
    ip: IndexedPlace
    match: _Match
    context_hit: str  # an enclosing place named in the context, or ""
    in_focus: int  # 1 in the country in focus, -1 outside it, 0 no focus, 2 in the text's country
    inside: bool | None  # inside the query's parent place; None when the query names none
    parsed: ParsedQuery
    in_state: bool = False  # in the admin1 unit the other places of the text lie in
    neighbour: str = ""  # a town or county the text names nearby, or ""

    def rescored(self, score: float) -> _Scored:
        return _Scored(score, *self[1:])


_Near = Callable[[float, float], tuple[float, str]]


class _Neighbours:
    """Points of the places a text names, each weighted by 1/namesakes, on a one-degree grid."""

    def __init__(self, spots: list[tuple[str, float, float, float]]) -> None:
        self._cells: dict[tuple[int, int], list[tuple[str, float, float, float]]] = {}
        for spot in spots:
            self._cells.setdefault((math.floor(spot[1]), math.floor(spot[2])), []).append(spot)
        # the spots of the cells around a cell, in the order the cells are read (a text's
        # candidates lie in a few cells: each area is gathered once)
        self._areas: dict[tuple[int, int, int], list[tuple[str, float, float, float]]] = {}

    def _area(self, row: int, col: int, reach: int) -> list[tuple[str, float, float, float]]:
        found = self._areas.get((row, col, reach))
        if found is None:
            cells = self._cells
            found = [
                spot
                for r in range(row - 1, row + 2)
                for c in range(col - reach, col + reach + 1)
                for spot in cells.get((r, c), ())
            ]
            self._areas[(row, col, reach)] = found
        return found

    def around(self, key: str) -> _Near | None:
        """How much the names of the text other than ``key`` (and names holding it, or held by
        it) support a point, and the strongest of them."""
        if not self._cells:
            return None

        overlapping: dict[str, bool] = {}  # name -> it holds ``key`` or ``key`` holds it

        def support(lat: float, lon: float) -> tuple[float, str]:
            best: dict[str, float] = {}
            reach = math.ceil(_NEIGHBOUR_KM / (111.0 * max(0.1, math.cos(math.radians(lat)))))
            for k, la, lo, w in self._area(math.floor(lat), math.floor(lon), reach):
                if w <= best.get(k, 0.0) or abs(la - lat) > _NEIGHBOUR_LAT:
                    continue
                held = overlapping.get(k)
                if held is None:
                    held = overlapping[k] = _overlaps(k, key)
                if held:
                    continue
                if km(lat, lon, la, lo) <= _NEIGHBOUR_KM:
                    best[k] = w
            if not best:
                return 0.0, ""
            # the strongest name, the same whatever order the text's names were hashed in
            return sum(best.values()), min(best, key=lambda k: (-best[k], k))

        return support


_NO_NEIGHBOURS = _Neighbours([])


def _overlaps(a: str, b: str) -> bool:
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


_UNITS = UNITS  # districts and sub-districts (the index marks them: is_unit)
_TOWN_POOR = frozenset({Feature.ADMIN2, Feature.ADMIN3, Feature.REGION})
# A second-level unit asked for as a first-level one ("Kompienga province", "Maguindanao
# province", "Toledo province"): where GeoNames holds provinces one level down (Burkina Faso,
# the Philippines, Spain, Italy, Morocco...), the news still says "province"; below a first-level
# unit of the name, above a town of it (helper cov26's branch cov26-admin2).
_ADMIN2_AS_ADMIN1 = 0.9
_UNIT_ASKED = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.REGION})
_ADMIN1_ONLY = frozenset({Feature.ADMIN1})  # "X province", "X governorate", "X state"
_NAMED_UNITS = frozenset({Feature.ADMIN1, Feature.ADMIN2})
_UNIT_OR_TOWN = _NAMED_UNITS | {Feature.REGION, Feature.CITY}
_TOWN_FOR_UNIT = 0.85  # a town read for a unit the query asks for (a district, a province)
_KIND_ASKED = _UNIT_ASKED | {Feature.ADMIN3}  # ... and "X district" (a city's, or a unit)
# "Jasim village", "Douma village": what the query calls a village is not a town of 20,000 or
# more (Jasim, Douma, Hama, Ankara for "Anqrati village"); such a town keeps the fit of a town
# read for a district. Coders and reporters say "town" of towns; "city" and "town" say nothing.
_VILLAGE = re.compile(r"\bvillages?\b", re.IGNORECASE)
_VILLAGE_MAX_POPULATION = 20_000
_TOWN_FOR_VILLAGE = 0.85


_SPELLINGS = frozenset({"transliteration", "spelling variant"})
# A place its parent does not enclose but that lies within this many km of a district,
# sub-district or town of the parent's name in its country keeps this parent fit (not 0.5):
# sources draw districts' borders differently, and UCDP's coders put villages in the district
# next to OCHA's.
_BESIDE_KM = 30.0
# A place said to lie N km from another lies within this many times N of it (news rounds, and
# may give the distance by road)
_REACH_SLACK = 1.5
# ... and no nearer than this many times N, when N is beyond _BESIDE_KM ("Bagram, 55 km north of
# Kabul" is not Bagrami, 10 km from Kabul)
_REACH_FLOOR = 0.4
_BESIDE_PARENT = 0.7
# A spelling variant's quality (`_find_name_matches`) for a name at least 90 % like a place's:
# a parent so spelt names that place's country (`_parent_countries`)
_PARENT_SPELT = 0.75 + 0.15 * 0.9
# A place in the province of a district named like it ("Idlib district") but in another of its
# districts: inside the parent as read, yet less likely than a namesake in the district itself.
_OTHER_DISTRICT = 0.95
_BESIDE_FEATURES = frozenset({Feature.ADMIN2, Feature.ADMIN3, Feature.CITY})
_AREA_FEATURES = frozenset({Feature.REGION, Feature.POINT})


_DIRECTION_WORDS = {
    **dict.fromkeys(("north", "northern"), "n"),
    **dict.fromkeys(("south", "southern"), "s"),
    **dict.fromkeys(("east", "eastern"), "e"),
    **dict.fromkeys(("west", "western"), "w"),
}


_SHORTEST_TYPO_READ = 3  # letters of a name no typo reading lands on


def _directions(key: str) -> frozenset[str]:
    """The compass directions a name key's words say ("north cotabato": n)."""
    return frozenset(d for w in key.split() if (d := _DIRECTION_WORDS.get(w)))


def _at_reach(p: Place, others: list[Place], reach: float) -> bool:
    """Whether a place lies about ``reach`` km from one of ``others``: within `_REACH_SLACK` times
    it (news rounds, and may give the distance by road) and, beyond `_BESIDE_KM`, no nearer than
    `_REACH_FLOOR` times it; across a border too ("Akcakale, 1 km from Tal Abyad", "Al Qaim, 10 km
    from Albu Kamal": border towns are where news measures from the other side)."""
    lat, lon = p.latitude, p.longitude
    most = max(_BESIDE_KM, _REACH_SLACK * reach)
    least = _REACH_FLOOR * reach if reach > _BESIDE_KM else 0.0
    # measured from the town of the name, not a district's middle, when the gazetteer has one
    towns = [o for o in others if o.feature is Feature.CITY] or others
    return any(least <= km(lat, lon, o.latitude, o.longitude) <= most for o in towns)


def _near_any(p: Place, others: list[Place], within: float = _BESIDE_KM) -> bool:
    lat, lon, cc = p.latitude, p.longitude, p.country_code
    return any(o.country_code == cc and km(lat, lon, o.latitude, o.longitude) <= within for o in others)


def _within_region(p: Place, regions: list[Place]) -> bool:
    """A region the gazetteer holds as a point (Eastern Ghouta, Sahl al-Ghab, Al Lajah) encloses
    what lies within _BESIDE_KM of it (its extent is not known; nor are sources' district borders)."""
    lat, lon, cc = p.latitude, p.longitude, p.country_code
    return any(
        r.country_code == cc
        and r.source_id != p.source_id
        and km(lat, lon, r.latitude, r.longitude) <= _BESIDE_KM
        for r in regions
    )


# A place a query's two names ("X/Y village", "X (Y)") both reach, one of them at least by its
# own name or a transliteration, is the place; the others keep the match of a part of a
# description.
_TWO_NAMES_MIN = 0.95
_PART_OF_DESCRIPTION = 0.8  # match quality kept by a bare name when a place has the whole query


def _descriptions(parsed: ParsedQuery, key: str) -> list[str]:
    """Keys of the query as a whole and of the name with its kind word ("Al Mughayr town",
    "Jafrah oil field" of "Jafrah oil field near Deir ez-Zor"): coders describe a place the
    same way each time, and a description is finer than the bare name namesakes share."""
    # Not the raw query when it names parents: "Mahatta, Homs" is OCHA's "Mahatta (Homs)", no
    # finer than a user's "Mahatta" in Homs.
    # A bare name ("Aleppo") is its own raw query: its key is no description of itself.
    raw = () if parsed.parents or parsed.raw == parsed.name else (parsed.raw,)
    out = [normalise(d) for d in (*raw, *parsed.alternatives)]
    return [k for k in dict.fromkeys(out) if k.startswith(key + " ")]


def _whole_description_first(
    matches: dict[int, _Match], whole: str, named: set[int], *, keep_how: bool = False
) -> dict[int, _Match]:
    """When some place is named by the whole query, places matched by a part of it (the name
    without its kind word) are the weaker reading. ``keep_how``: ``named`` are places two of the
    query's names agree on (all of them among ``matches``)."""
    if not named:
        return matches
    out = {
        pid: m if pid in named else _Match(m.quality * _PART_OF_DESCRIPTION, m.how, m.key)
        for pid, m in matches.items()
    }
    if keep_how:
        return out
    for pid in named - out.keys():
        out[pid] = _Match(_KIND_OF_NAME[1][1], _ALTERNATE_NAME, whole)
    return out


# With the country named, a namesake reached only by a transliteration of the query keeps this
# much of its match when a place there has the very name (a place with both keeps it whole):
# coders copy the spelling of the place they mean ("Douma village" is the Douma, not a Duma with
# more events around it), though a reporter's Arabic spelling is often another's ("Shafa" for
# Ash Sha`fah). UCDP places / headlines within 10 km (ucdp<=2017): 1.0 (none) 0.848 / 0.956,
# 0.98 0.852 / 0.949, 0.95 0.853 / 0.949, 0.9 0.853 / 0.941, 0.85 0.853 / 0.934.
_TRANSLIT_IN_COUNTRY = 0.95
_TRANSLIT_ONLY = frozenset({"transliteration"})


def _exact_before_transliteration(
    matches: dict[int, _Match],
    weight: float = _TRANSLIT_BESIDE_EXACT,
    spellings: frozenset[str] = _SPELLINGS,
    *,
    keep_named: bool = False,
) -> dict[int, _Match]:
    """With no country named, another spelling is the less likely reading when some place
    has the very name (York, Nebraska for "New York"; Giza for "Gaza"). With the country named,
    only a transliteration is, and by less (``weight``)."""
    if not any(m.how in _EXACT for m in matches.values()):
        return matches
    out = dict(matches)
    # Places share match objects: one weaker copy of each, by identity (hashing a dataclass
    # by its fields costs more than the copy).
    weaker: dict[int, _Match] = {}
    for pid, m in matches.items():
        if m.how in spellings and not (keep_named and m.named):
            w = weaker.get(id(m))
            if w is None:
                w = weaker[id(m)] = _Match(m.quality * weight, m.how, m.key, m.named, m.key_form)
            out[pid] = w
    return out


# Words English abbreviates in place names, both ways: "St. Paul" / "Saint Paul", "Mt. Pleasant"
# / "Mount Pleasant", "Ft. Worth" / "Fort Worth". Not a name's last word ("Main St.").
_ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_ABBREVIATED.update({full: short for short, full in list(_ABBREVIATED.items())})


@functools.lru_cache(maxsize=1 << 14)
def _written_out(key: str) -> tuple[str, ...]:
    """The key with each abbreviable word (but the last) written the other way: the other
    forms of one name."""
    words = key.split()
    if not any(w in _ABBREVIATED for w in words[:-1]):
        return ()
    forms = [""]
    for i, w in enumerate(words):
        other = _ABBREVIATED.get(w) if i < len(words) - 1 else None
        forms = [f"{f} {v}".strip() for f in forms for v in ((w, other) if other else (w,))]
    return tuple(f for f in forms if f != key)


def _inside_name(key: str, other: str) -> bool:
    """Whether ``key`` is words of the longer name ``other``: "wales" of "new south wales"."""
    return key != other and f" {key} " in f" {other} "


def _parts(key: str) -> set[str]:
    """The key and the word sequences inside it: "new york" is no clue to York County."""
    words = key.split()
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


# Places that own their name against towns that borrow it; a region ("Middle East", "Sahel")
# too: a hamlet called Middle East, Maryland needs a clue finer than its state.
_BIG = frozenset({Feature.COUNTRY, Feature.ADMIN1, Feature.CONTINENT, Feature.WATER, Feature.REGION})
# A city this likely to be named (the prior of a city of about 350,000) owns a state's name as
# much as the state does: Washington, D.C. and Buenos Aires are no namesakes borrowing it. (At
# the state's own prior, 0.82, St. Petersburg, Florida and Victoria, British Columbia would take
# the name from the Russian city and the Australian state in the dev corpora.) Measured over a
# range (LGL / GeoVirus Acc@161; every UCDP row the same at every value): 0.75 0.833 / 0.837,
# 0.80-0.82 0.833 / 0.838, 0.84 0.834 / 0.838, 0.85-0.88 0.834 / 0.839, 0.90-1.01 (no city
# owns a state's name) 0.833 / 0.841: a plateau, not a fitted point; 0.85 is in its middle.
_OWNS_ITS_NAME = 0.85
_BORROWED = 0.7  # match quality kept by a town's alternate name that a bigger place owns
# A city abroad that owns its name keeps it in a text about another country when it is this many
# times the size of every namesake there. LGL / GeoVirus Acc@161 read from half 0 and checked on
# half 1: the same wins (Toronto and Edmonton over towns of Ohio and Kentucky in US news, Brussels
# over a village of Ontario, London over London, Ohio) from 30 to 100 times, and for owners of
# 100,000 to 1,000,000 people; at 10 times London, Ontario (422,000) lost to London in Canadian news.
_DWARFS = 100


def _owners_abroad(cities: tuple[tuple[int, str, int, bool], ...], focus: frozenset[str]) -> frozenset[int]:
    """The cities outside the countries in focus that own the name asked (_OWNS_ITS_NAME) and
    dwarf every town of the name in them; none when no town of the name lies in them."""
    home = [population for _, country, population, _ in cities if country in focus]
    if not home:
        return frozenset()
    most = max(home)
    return frozenset(
        pid
        for pid, country, population, owns in cities
        if owns and country and country not in focus and population >= most * _DWARFS
    )


def _big_place_owns_its_name(
    places: list[IndexedPlace],
    matches: dict[int, _Match],
    longer: set[str],
    *,
    key_form: bool = True,
    sharing: frozenset[int] | set[int] = frozenset(),
) -> dict[int, _Match]:
    """A town that has a country's or state's name only as an alternate name ("Alaska" for
    Fort Ashby, "Moscow" for Dalton), or only as the key the query is written in ("Hamma",
    Algeria, for "Hama"), is a weaker reading than the place whose own name it is."""
    out = dict(matches)
    for ip in places:
        m = matches[ip.id]
        if m.key in longer or ip.id in sharing:
            continue
        if ip.place.feature not in _BIG and (m.how == _ALTERNATE_NAME or (key_form and m.key_form)):
            out[ip.id] = _Match(m.quality * _BORROWED, "alternate name of a bigger place's name", m.key)
    return out


_UNIT_FEATURES = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.ADMIN3})


def _units_by_their_names(
    places: list[IndexedPlace], matches: dict[int, _Match], key: str
) -> dict[int, _Match]:
    """A unit that has the name as an alternate name is read by that name, not as another
    spelling of it. A county's, district's or state's name without its kind word ("Berkeley" of
    Berkeley County) is its alternate name; when the name's transliteration key reaches the unit
    too ("berkelay"), the unit was read as a transliteration, and with no country named that is
    discounted as another spelling (_exact_before_transliteration): the county of the state the
    text names lost to a town of the very name in another ("Platte": Platte, South Dakota, in a
    Nebraska story about Platte County). LGL Acc@161 3,867 -> 3,869 of 4,462 (Oglethorpe, Hall,
    Platte counties in; one Clarke County out), every other row the same. Towns keep the
    reading: a WOF village's alternate names are spellings of its own name."""
    named = [ip.id for ip in places if matches[ip.id].named and ip.place.feature in _UNIT_FEATURES]
    if not named:
        return matches
    out = dict(matches)
    own = _Match(_KIND_OF_NAME[1][1], _ALTERNATE_NAME, key)
    for pid in named:
        out[pid] = own
    return out


# What an old name keeps (_town_owns_its_name). LGL Acc@161 (of 4,462): none 3,853, x0.92 3,855,
# x0.85 3,857, x0.7 3,857 (UCDP places @10 one fewer); GeoVirus and the other rows alike.
_OLD_NAME = 0.85


def _town_owns_its_name(places: list[IndexedPlace], matches: dict[int, _Match]) -> dict[int, _Match]:
    """A town that has the name only as an alternate name is the weaker reading when another
    town of its country has it as its own name: GeoNames keeps a town's old names (Schuylerville,
    New York was Saratoga; Dalton, Ohio was Moscow) among its alternate names, and the town
    called so today is the likelier one. Not another spelling of the town's own name (the city
    of Zaporizhzhya is also written Zaporizhzhia, a village's own name), and GeoNames towns
    only: a WOF village's alternate names are spellings of its own name."""
    own = {
        ip.place.country_code
        for ip in places
        if ip.place.feature is Feature.CITY and matches[ip.id].how == _PRIMARY_NAME
    }
    if not own:
        return matches
    out = dict(matches)
    for ip in places:
        m = matches[ip.id]
        if (
            ip.place.feature is Feature.CITY
            and m.how == _ALTERNATE_NAME
            and ip.place.country_code in own
            and ip.place.source_id.startswith("geonames:")
            and skeleton(m.key) != skeleton(normalise(ip.place.name))
        ):
            out[ip.id] = _Match(m.quality * _OLD_NAME, "another town's own name", m.key)
    return out


def _states_owning(key: str, places: list[IndexedPlace]) -> set[tuple[str, str]]:
    """The one state or province whose own name the key is, when no country has the name: the
    text's "Indiana" votes for Indiana alone, not a fifth of a vote split with the states of
    Indiana, Pennsylvania and other towns that borrow the name. Empty otherwise."""
    owners = {
        (ip.place.country_code, ip.place.admin1)
        for ip in places
        if ip.place.feature is Feature.ADMIN1 and ip.place.admin1 and _key_of(ip.place.name) == key
    }
    if len(owners) != 1 or any(ip.place.feature is Feature.COUNTRY for ip in places):
        return set()
    return owners


def _leading_words(m: _Match, own: str) -> bool:
    """An alternate name that is the place's own name without the words after it: "Henan" of
    "Henan Sheng", "Guangxi" of "Guangxi Zhuangzu Zizhiqu" (the unit word the news leaves out)."""
    return m.how == _ALTERNATE_NAME and normalise(own).startswith(m.key + " ")


def _spelt_big(places: list[IndexedPlace], matches: dict[int, _Match], key: str) -> bool:
    """Whether a country, state, continent or sea has the name asked as its own name in another
    spelling ("Kufra" for Al Kufrah district, Libya): it owns the name against a town that has
    it only as an alternate name (a Turkish town's old name), as it owns its very name."""
    spelt = _translit_of(key)
    return any(
        ip.place.feature in _BIG
        and matches[ip.id].how == "transliteration"
        and _spelt(ip.place.name) == spelt
        for ip in places
    )


# A name asked in capitals, as acronyms and codes are written ("EU", "CIS", "GA").
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_NOT_AS_WRITTEN = 0.85  # match quality kept by a town whose own name is not in capitals


def _acronym_names_the_bigger_place(
    places: list[IndexedPlace], matches: dict[int, _Match]
) -> dict[int, _Match]:
    """A name asked in capitals ("EU") is the union that has it as its acronym, not Eu, France:
    a town whose own name (not written in capitals) spells the letters is the weaker reading
    when a union, country, state or region has them as one of its names."""
    if not any(ip.place.feature in _BIG and matches[ip.id].how == _ALTERNATE_NAME for ip in places):
        return matches
    out = dict(matches)
    for ip in places:
        m = matches[ip.id]
        if ip.place.feature not in _BIG and not ip.place.name.isupper() and m.how in _EXACT:
            out[ip.id] = _Match(m.quality * _NOT_AS_WRITTEN, "the letters, not written in capitals", m.key)
    return out


_COUNTY_WORDS = ("county", "parish", "borough")


def _county_of(key: str, ip: IndexedPlace, p: Place) -> bool:
    """Whether ``key`` is among the place's enclosing names only as its county's short name."""
    return _key_of(p.admin1) != key and any(f"{key} {w}" in ip.ancestry for w in _COUNTY_WORDS)


def _inside_any(ip: IndexedPlace, owners: list[Place]) -> bool:
    """Whether a town lies in a big place of its name (Mexico City in Mexico, Aleppo in Aleppo
    governorate): then it is no namesake borrowing the name from afar. Its own admin1 unit,
    in any spelling, not any enclosing place of the name: Washington, Iowa lies in Washington
    County, not in the state."""
    p = ip.place
    for o in owners:
        if o.country_code != p.country_code or not o.country_code:
            continue
        if o.feature is Feature.COUNTRY or (o.admin1 and o.admin1 == p.admin1):
            return True
        if p.admin1 and _spelt(p.admin1) == _spelt(o.name):
            return True
    return False


def _seated_units(places: list[IndexedPlace]) -> frozenset[int]:
    """A district named after its seat town (Ras al-Ain, As-Suqaylabiyah) yields to the
    town for a bare name: the town is the finer reading, and lies inside the unit anyway."""
    units = [ip for ip in places if ip.place.feature in _UNITS]
    if not units:
        return frozenset()
    # The towns that lie in a place of each name: a unit is seated when one of its own names
    # is among them and the town lies within its reach (not a namesake county's seat in
    # another state: Platte City lies in Platte County, Missouri, not Nebraska's)
    around: dict[str, list[Place]] = {}
    for ip in places:
        if ip.place.feature == Feature.CITY:
            for a in ip.ancestry:
                around.setdefault(a, []).append(ip.place)
    if not around:
        return frozenset()
    return frozenset(
        ip.id
        for ip in units
        if any(
            t.country_code == ip.place.country_code
            and km(t.latitude, t.longitude, ip.place.latitude, ip.place.longitude) <= _SEAT_REACH_KM
            for k in _unit_keys(ip.place.name)
            for t in around.get(k, ())
        )
    )


_SEAT_REACH_KM = 200.0


# A capital the bare name stands for is a town of at least this many people: a village of the
# name inside the province (Baringo, 7,656; Shirak, 1,038) is no reading of it.
_CAPITAL_MIN_POPULATION = 20_000


def _capitals(
    places: list[IndexedPlace], matches: dict[int, _Match], largest: dict[tuple[str, str], int]
) -> dict[int, int]:
    """Capital town -> its province or state, for a province whose capital has its very name
    (Ghazni, Garissa, Kidal): "fighting in Ghazni" is the city, which lies inside the province
    anyway; "Ghazni province" still asks for the unit. The index has no seat flag (GeoNames'
    PPLA): the town must be the biggest of the province, of 20,000 people or more, so that Balkh
    (the capital is Mazar-i-Sharif), Manica (Chimoio), Armavir (Armenia's biggest town there is
    Vagharshapat) and a village of the name stay the province. Only the two own names: Hama
    governorate keeps "Hama", which the city Hamah has as an alternate name, and New York state
    "New York", New York City's other name."""
    units = {
        (ip.place.country_code, ip.place.admin1): ip.id
        for ip in places
        if ip.place.feature is Feature.ADMIN1 and ip.place.admin1 and matches[ip.id].how == _PRIMARY_NAME
    }
    if not units:
        return {}
    out: dict[int, int] = {}
    for ip in places:
        p = ip.place
        where = (p.country_code, p.admin1)
        if (
            p.feature is Feature.CITY
            and matches[ip.id].how == _PRIMARY_NAME
            and where in units
            and p.population >= max(_CAPITAL_MIN_POPULATION, largest.get(where, 0))
        ):
            out[ip.id] = units[where]
    return out


# A town with no population figure that gives its name to the unit it lies in (a sub-district's
# or district's seat: OCHA names Syria's units after their seats) is taken for a town of a few
# thousand people, not a namesake hamlet: Bulbul, seat of Bulbul sub-district, before a Bulbul
# farm elsewhere.
_SEAT_PRIOR = 0.55


def _seat_asked(hint: frozenset[Feature]) -> bool:
    """The query may mean a town: it asks for no unit, or for a town as well as units ("X and
    its countryside", "the countryside of X": the town or the area around it)."""
    return Feature.CITY in hint or _UNITS.isdisjoint(hint)


def _seat_towns(places: list[IndexedPlace]) -> frozenset[int]:
    """Towns of unknown population that lie in a unit among the candidates (the query names it
    too): the seat the unit is named after."""
    units = [ip for ip in places if ip.place.feature in _UNITS]
    if not units:
        return frozenset()
    keys: dict[str, set[str]] = {}
    for ip in units:
        keys.setdefault(ip.place.country_code, set()).update(_unit_keys(ip.place.name))
    return frozenset(
        ip.id
        for ip in places
        if ip.place.feature == Feature.CITY
        and not ip.place.population
        and not ip.ancestry.isdisjoint(keys.get(ip.place.country_code, ()))
    )


@functools.lru_cache(maxsize=1 << 14)
def _unit_keys(name: str) -> frozenset[str]:
    return frozenset({normalise(name), normalise(strip_admin_word(name))})


def _named_country_first(scored: list[_Scored], threshold: float) -> list[_Scored]:
    """When the caller names the country, a place there that is good enough beats a foreign
    namesake ("Korin town" with --country SY: Kurin, Idlib, not Kolín, Czechia)."""
    if not any(s.in_focus > 0 and s.score >= threshold for s in scored):
        return scored
    return [s.rescored(round(s.score * 0.8, 4)) if s.in_focus < 0 else s for s in scored]


_SPELLING_WEIGHT = 0.05


def _closest_spelling_first(scored: list[_Scored], asked: tuple[str, ...]) -> list[_Scored]:
    """Namesakes in the caller's country (Syria has a dozen villages called Zammar, spelt
    Zammar, Zamar, Az Zammar) lean towards the one whose own spelling, articles and vowels
    kept, is closest to the query's: writers copy the spelling of the place they mean. A
    small weight: it orders near-ties, it does not overturn a clear ranking. ``asked``: the
    query's spellings, folded."""
    if len(scored) < 2:
        return scored
    out = []
    for s in scored:
        if s.in_focus > 0:
            s = s.rescored(round(s.score * _spelling_fit(fold(s.ip.place.name), asked), 4))
        out.append(s)
    return out


def _spelling_fit(own: str, asked: tuple[str, ...] | list[str]) -> float:
    """What a place whose own name is spelt ``own`` keeps of its score: the less like the
    query's spellings, the less (folded alike). With no country named nor in focus, the same
    lean among the places reached by their own primary name, folded into each row (no context
    changes it): not those that have the query's spelling as an alternate name ("Palmyra" is
    Tadmur's too), nor those reached by a transliteration (GeoNames' "Dūmā", a city of 110,000,
    is no worse a "Douma" than a hamlet that has the very spelling)."""
    sim = max(fuzz.ratio(a, own) for a in asked) / 100
    return 1 - _SPELLING_WEIGHT * (1 - sim)


_KNOWN_WEIGHT = 0.004


def _better_known_first(scored: list[_Scored]) -> list[_Scored]:
    """Namesakes in the caller's country lean towards the better-known one: the place more
    sources, languages and coders have named (each distinct name a little, on a log scale:
    +0.003 for one name, +0.01 for ten). Like the spelling weight, it orders near-ties."""
    if len(scored) < 2:
        return scored
    return [
        s.rescored(round(s.score + _KNOWN_WEIGHT * math.log1p(s.ip.names_known), 4)) if s.in_focus > 0 else s
        for s in scored
    ]


class _Row(NamedTuple):
    """A candidate of one query, with what its score owes to the query alone. A named tuple:
    every candidate of every query makes one, and a frozen dataclass costs 8x more to build."""

    ip: IndexedPlace
    match: _Match
    base: float  # name match and prior, weighted
    factor: float  # feature fit times parent fit
    inside: bool | None  # inside the query's parent place; None when the query names none
    shadowed: bool  # a town named like a state or country: only fine clues speak for it
    neighbourly: bool  # a town or county matched by its own name: neighbours may pull it
    user: bool
    seated: bool  # a district whose seat town is a candidate too
    ceiling: float  # the most it can score without a country named, whatever the context
    unit: tuple[str, str] | None  # (country, admin1) when an admin1 in focus speaks for it
    country: str
    ancestry: frozenset[str]
    weak: bool  # matched by less than an alternate name: a foreign one is discounted
    plain: float  # _bound with no context, no focus, no neighbours: what most batch queries have
    lift: _Row | None = None  # a capital's province named alike, whose place it takes (_capitals)


@dataclass(frozen=True, slots=True)
class _Prepared:
    key: str  # the name's key
    rows: tuple[_Row, ...]  # in the gazetteer's order
    by_ceiling: tuple[int, ...]  # indices of rows, the highest ceiling first
    asked: tuple[str, ...]  # the query's spellings, folded, with a country named
    owning: frozenset[str] = frozenset()  # countries of cities that own the name
    # the towns and cities of the very name: (id, country, population, owns the name)
    cities: tuple[tuple[int, str, int, bool], ...] = ()
    # the most a candidate left out of rows can score (None: none was): the rows are every
    # candidate's once a ranking needs one scoring this much (OfflineGeocoder._whole)
    bound: float | None = None
    # what builds the rows left out and joins them to these (None: none was left out)
    rest: Callable[[], _Prepared] | None = field(default=None, compare=False, repr=False)


def _named_or_keyed(m: _Match) -> bool:
    """Matched by a name of its own or the transliteration key."""
    return m.how in _OWN_NAME or m.how == _TRANSLIT_HOW


def _keyed_only(m: _Match) -> bool:
    """Reached by the transliteration key or a looser spelling alone: no name of its own is
    written so."""
    return (m.how == _TRANSLIT_HOW and not m.named) or m.how.startswith(_LOOSE)


def _quality(m: _Match) -> float:
    return m.quality


def _base(match: _Match, prior: float) -> float:
    """A candidate's score owed to its name match and prior, weighted."""
    return 0.5 * match.quality + 0.15 * prior * (_VARIANT_PRIOR if match.how.startswith(_LOOSE) else 1.0)


def _ceiling(base: float, fit: float, factor: float, user: bool, seated: bool) -> float:
    """The most a candidate scores with at most this fit: _score's steps, each monotonic,
    with no country in focus against it."""
    score = base + 0.35 * fit
    score *= factor
    if user:
        score = min(1.0, score + 0.01)
    score = round(score, 4)
    return round(score * 0.9, 4) if seated else score


def _bound(
    row: _Row,
    ctx: frozenset[str],
    focus: frozenset[str],
    states: frozenset[tuple[str, str]],
    near: _Near | None,
    leaning: frozenset[str] = frozenset(),
    clue_only: bool = False,
    abroad: frozenset[int] = frozenset(),
) -> float:
    """The most a candidate not inside the query's parent can score in this context, without
    a country named: _score's steps in its order, the neighbours' pull and the context's
    naming an enclosing place taken at their most."""
    # the row's own fields, not its place's: this runs for most candidates of every query
    fit = 0.5
    if row.unit is not None and row.unit in states:
        fit += _STATE_FIT
    if near is not None and row.neighbourly:
        fit += _NEIGHBOUR_FIT * 1.0
    # ctx first: a frozenset subclass as the argument makes isdisjoint walk all of it
    if ctx and not ctx.isdisjoint(row.ancestry):
        fit += 0.35
    foreign = False
    if focus and row.country:
        foreign = row.country not in focus
        if not foreign:
            fit += 0.15
        elif row.ip.place.feature is not Feature.COUNTRY and row.ip.id not in abroad:  # as in _score
            fit -= 0.25
    elif leaning and row.country in leaning and ((row.match.how in _OWN_NAME and not clue_only) or fit > 0.5):
        fit += _LEANING_FIT
    score = row.base + 0.35 * min(1.0, max(0.0, fit))
    score *= row.factor
    if foreign and row.weak:
        score *= 0.85
    if row.user:
        score = min(1.0, score + 0.01)
    score = round(score, 4)
    score = round(score * 0.9, 4) if row.seated else score
    if row.lift is not None:
        return max(score, _bound(row.lift, ctx, focus, states, near, leaning, clue_only, abroad))
    return score


def _order(s: _Scored) -> tuple[float, int, int]:
    # Ties: user places first, then the place more clues speak for (its state named, its state
    # in focus, towns named nearby: a score at its ceiling no longer counts them), then the more
    # populous place.
    clues = bool(s.context_hit) + s.in_state + bool(s.neighbour)
    return (-s.score, (0 if s.ip.place.source_id.startswith("user:") else 4) - clues, -s.ip.place.population)
