"""Shortcuts in the extraction's text scans give what the plain scans give."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest

from incident_explorer.extraction import dates, deaths, grouping, placing, roles, shouting, triggers
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.extraction.spotting import Spot
from incident_explorer.extraction.triggers import EventLexicon
from incident_explorer.places import offline
from incident_explorer.places.distance import distance_km
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Candidate, Feature, Place, Precision
from incident_explorer.places.spelling import normalise, skeleton

WORDS_FILE = Path(__file__).resolve().parents[1] / "data" / "event_words.csv"

SENTENCES = [
    "Three civilians were killed when warplanes bombed a market in Maarat al-Numan on Monday.",
    "SYRIAN ARMY SHELLS RASTAN, KILLING 4 AND WOUNDING 12",
    "Warplanes Bomb Idlib And Kill 12 Civilians",
    "Rebels seized two villages after fierce clashes; a car bomb exploded near the checkpoint.",
    "An 85-year-old man died of a heart attack, and a boy drowned in the Euphrates.",
    "The talks in Geneva resumed as the ceasefire held across the country.",
    "Gunmen opened fire on protesters, and police fired tear gas to disperse the crowd.",
    "A suicide bomber blew himself up at a wedding; IEDs and mortars hit the old city.",
    "ISIS militants took control of the town after an ambush on army positions.",
    "Ein Tarma was pounded by Grad rockets and barrel bombs dropped by helicopters.",
    "",
    "a",
    "Ḳilled? ſhelling, İdlib: DEAD",
]


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"suicid\w* (?:car )?bombs?", {"su"}),
        (r"air ?raids?|airstrikes?", {"ai"}),
        (r"(?:a|bc)d|x", {"ad", "bc", "x"}),
        (r"shell(?:ing|ed|s)?|mortars?", {"sh", "mo"}),
        (r"(?:fired|shot) (?:\w+ ){0,2}at", {"fi", "sh"}),
        (r"(?:car |truck )?bombs?", {"ca", "tr", "bo"}),
    ],
)
def test_the_letters_an_event_word_pattern_begins_with(pattern: str, starts: set[str]) -> None:
    assert triggers._starts(pattern) == starts


@pytest.mark.parametrize("pattern", [r"\w+ bomb", r"[^a]bc", r".x", r"(?:)", r"(?i)bomb", r"a*b?"])
def test_no_filter_where_the_pattern_does_not_say_how_it_begins(pattern: str) -> None:
    assert triggers._starts(pattern) is None


def test_event_words_with_the_filter_are_those_without(monkeypatch: pytest.MonkeyPatch) -> None:
    filtered = EventLexicon.load(WORDS_FILE)
    monkeypatch.setattr(triggers, "_starts", lambda words: None)
    plain = EventLexicon.load(WORDS_FILE)
    assert plain.pattern.pattern != filtered.pattern.pattern
    found = 0
    for s in SENTENCES:
        assert filtered.find(s, 7) == plain.find(s, 7)
        found += len(plain.find(s, 7))
    assert found > 20


@pytest.mark.parametrize(
    "text", SENTENCES + ["AGED 90", "a farmer at the age\nof 70", "died of ſtroke", "flooding"]
)
def test_the_natural_death_filter_keeps_every_sentence_the_pattern_reads(text: str) -> None:
    assert deaths._natural(text) == (deaths._NATURAL.search(text) is not None)


def _shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters if c.lower() != c.upper())


def _title_case(text: str) -> bool:
    content = [w for w in shouting._WORD.findall(text) if w.lower() not in shouting._TITLE_FUNCTION]
    return len(content) >= 4 and all(w[0].isupper() for w in content)


@pytest.mark.parametrize(
    "text",
    SENTENCES
    + ["Jets Pound Ghouta", "Jets Pound Ghouta In Daraa Province", "UN SAYS 5 DEAD", "ÉTAT ISLAMIQUE FRAPPE"],
)
def test_shouting_and_headline_case_read_word_by_word(text: str) -> None:
    assert shouting.shouted(text) == _shouted(text)
    assert shouting.title_case(text) == _title_case(text)


def test_the_states_in_focus_read_heaviest_first_are_those_of_every_weight() -> None:
    rng = random.Random(11)
    names = [f"name{i}" for i in range(12)]
    for _ in range(300):
        votes: dict[tuple[str, str], dict[str, float]] = {}
        for unit in range(rng.randint(0, 15)):
            voters = rng.sample(names, rng.randint(1, 6))
            votes[("US", f"S{unit}")] = {n: rng.choice([1.0, 0.5, 1 / 3, 0.25, 0.1]) for n in voters}
        totals = {unit: round(sum(sorted(v.values())), 9) for unit, v in votes.items()}
        for key in [*names[:4], "unnamed"]:
            weights = {u: round(t - votes[u].get(key, 0.0), 9) for u, t in totals.items()}
            best = max(weights.values(), default=0.0)
            want = (
                frozenset(u for u, w in weights.items() if w >= best * offline._STATE_LEAD)
                if weights and best >= offline._STATE_VOTES
                else frozenset()
            )
            assert OfflineGeocoder._admin1_lead(votes, totals, key) == want


def _at(sid: str, lat: float, lon: float, feature: Feature = Feature.CITY, **kw: str) -> Mention:
    place = Place(sid, sid, lat, lon, feature, "SY", **kw)
    return Mention(
        sid, 0, len(sid), 0, "event", "test", sid, Candidate(place, 0.9, Precision(1, 1), sid, "", sid)
    )


def _related_by_distance(a: Mention, b: Mention) -> int:
    ca, cb = a.candidate, b.candidate
    assert ca is not None and cb is not None
    pa, pb = ca.place, cb.place
    if pa.source_id == pb.source_id:
        return 2
    if pa.feature == Feature.COUNTRY or pb.feature == Feature.COUNTRY:
        return 1 if pa.country_code == pb.country_code else 0
    if distance_km(pa.latitude, pa.longitude, pb.latitude, pb.longitude) <= grouping.NEARBY_KM:
        return 1
    coarse = max((pa, pb), key=lambda p: grouping.LEVEL[p.feature])
    fine = pb if coarse is pa else pa
    admin = (Feature.ADMIN1, Feature.ADMIN2, Feature.REGION)
    return 1 if coarse.feature in admin and coarse.name in (fine.admin1, fine.admin2, fine.parent) else 0


def test_places_far_apart_in_latitude_alone_are_not_nearby() -> None:
    rng = random.Random(7)
    places = [
        _at("x:home", 35.0, 38.0),
        _at("x:gov", 35.3, 38.2, Feature.ADMIN1),
        _at("y:sy", 35.0, 38.0, Feature.COUNTRY),
    ]
    for i in range(300):
        # around the 15 km line: 0.135 degrees of latitude, 0.165 of longitude at 35 N
        dlat, dlon = rng.uniform(-0.16, 0.16), rng.uniform(-0.2, 0.2)
        places.append(_at(f"p:{i}", 35.0 + dlat, 38.0 + dlon, admin1="x:gov" if i % 3 else ""))
    near = 0
    for a in places[:40]:
        for b in places:
            assert grouping.related(a, b) == _related_by_distance(a, b)
            near += grouping.related(a, b) == 1
    assert near > 100
    for i in range(0, 300, 7):
        mine, theirs = places[i : i + 3], places[i + 3 : i + 7]
        want = max(_related_by_distance(a, b) for a in mine for b in theirs)
        assert grouping._place_fit(mine, theirs) == want
    assert grouping._place_fit(places[:2], places[:1]) == 2


DATED = [
    "Clashes on 2017-02-24 and 2017-13-02 left 5 dead; talks resume on 2017-02-31.",
    "Shelling on March 30, 2016 and on 29 February 2017 killed 12 in Homs.",
    "Three civilians died on Saturday morning, and 2 more last night, in 2015 and in  2016.",
    "Since late April, the toll rose to 300 (31 February); 2\u0669 March was calm.",
    "A truce in Aleppo: the jan. 5 attack, the Feb 29 raid and the 30 Jun. strike.",
    "In January, 19 people were killed; 20 more in 2020-01-05 raids. Earlier this week, talks failed.",
    "No date here at all, only 1,200 people and the 20 villages.",
]


@pytest.mark.parametrize("text", DATED)
def test_the_dates_found_with_the_word_tests_are_those_of_the_patterns(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    published = date(2017, 2, 25)
    fast = (dates.find_dates(text, published, 3), dates.impossible_dates(text, published))
    monkeypatch.setattr(dates, "lowered", lambda text: None)  # every pattern over the text as written
    assert (dates.find_dates(text, published, 3), dates.impossible_dates(text, published)) == fast


@pytest.mark.parametrize(
    ("text", "own", "spells"),
    [
        ("Menbej", "Manbij", True),
        ("Deir Ezzor", "Dayr az Zawr", True),
        ("Homs", "Hims", False),  # "hms": under four letters
        ("Aleppo", "Halab", False),
        ("Raqa", "Raqqa", False),  # under four letters of skeleton
    ],
)
def test_a_transliteration_is_read_from_kept_spelling_keys(text: str, own: str, spells: bool) -> None:
    place = Place("x:1", own, 35.0, 38.0, Feature.CITY, "SY")
    candidate = Candidate(place, 0.9, Precision(1, 1), own, "", own)
    want = len(skeleton(normalise(text)).replace(" ", "")) >= 4 and skeleton(normalise(own)) == skeleton(
        normalise(text)
    )
    assert placing._spells(candidate, text) == want
    assert placing._spells(candidate, text) == spells  # asked again: from the kept keys
    assert not placing._spells(None, text)


ROLE_SENTENCES = [
    ("An officer from Latakia was killed in the clashes.", "Latakia"),
    ("Rebels WITHDREW FROM the town of Morek after the shelling.", "Morek"),
    ("The wounded were taken to a hospital in Kilis, officials said.", "Kilis"),
    ("The strike came two days after talks in Geneva collapsed.", "Geneva"),
    ("Fighters crossed the border into Turkey as jets bombed Idlib.", "Turkey"),
    ("A convoy heading to Aleppo was hit by a drone.", "Aleppo"),
    ("The UK-based monitor said the air raid was carried out by Russia.", "Russia"),
    ("Talks in Astana ended as 12 people died in shelling on Douma.", "Astana"),
    ("İnsurgents from İdlib, the Istanbul-based group said, lost 15 km from Hama.", "Hama"),
    ("the governor of Homs said ſeven civilians were killed in Homs.", "Homs"),
]


@pytest.mark.parametrize(("text", "name"), ROLE_SENTENCES)
def test_roles_read_over_the_lowered_text_are_those_of_the_text_as_written(
    text: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = Sentence(0, 5, 5 + len(text), text, 0, False, False)
    at = 5 + text.rindex(name)
    spot = Spot(at, at + len(name), name, 0, frozenset())
    events = [(5 + text.index(w), 5 + text.index(w) + len(w)) for w in ("killed", "shelling") if w in text]
    fast = [roles.role_of(spot, sentence, spans) for spans in (events, [])]
    monkeypatch.setattr(roles, "lowered", lambda text: None)  # every pattern over the text as written
    assert [roles.role_of(spot, sentence, spans) for spans in (events, [])] == fast


def test_only_case_insensitive_patterns_are_read_over_the_lowered_text() -> None:
    assert roles._LOWER_BEFORE  # most of the patterns before a place have a twin
    by_id = {id(p): p for p in roles._BEFORE_PATTERNS}
    for key, twin in roles._LOWER_BEFORE.items():
        pattern = by_id[key]
        assert pattern.flags & re.IGNORECASE and not twin.flags & re.IGNORECASE
        assert twin.pattern == pattern.pattern
    assert roles._twin(re.compile(r"\bfrom\s+$")) is None  # case-sensitive as written
    assert roles._twin(re.compile(r"(?<=\b[A-Z])\.", re.I)) is None  # "[A-Z]" is any letter then
