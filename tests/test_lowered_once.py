"""Work the extractor does once instead of again and again, finding the same: a text's lower case is
kept for the next stage that asks, an event word's windows are looked up in its sentence's lower
case,
a pattern whose matches all hold a word is searched only where the word is, grouping picks the
coarser of two places without a key function, and the spotter keys the names it leaves out once
for every article that leaves out the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from incident_explorer.extraction import event_places as EP
from incident_explorer.extraction import events as E
from incident_explorer.extraction import folding
from incident_explorer.extraction import spotting as S
from incident_explorer.extraction.folding import lowered, may_hold
from incident_explorer.extraction.grouping import related
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.roles import EVENT, clause_of
from incident_explorer.extraction.sentences import Sentence, sentences
from incident_explorer.extraction.triggers import EventLexicon, Trigger
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.place import Candidate, Feature, Place, Precision
from incident_explorer.places.spelling import normalise


@pytest.mark.parametrize(
    "text",
    [
        "Mortar rounds fell on the northern quarter of Qasr Amun before dawn.",
        "Residents of Tell Marwa counted the damage a day after the raid.",
        "Relief convoys reached the ÇAMLIK camp, where families had sheltered for weeks.",
    ],
)
def test_a_short_text_is_lowered_once_and_kept(text: str) -> None:
    fresh = "".join(list(text))  # a string object of its own, equal to the text
    before = folding._kept.cache_info()
    first = lowered(fresh)
    second = lowered(text)
    after = folding._kept.cache_info()
    assert first == second == text.lower()
    assert after.hits >= before.hits + 1  # the second ask is served from what the first kept


def test_a_long_text_is_lowered_but_not_kept() -> None:
    long_text = "Shelling hit the market of Ard Salim again on Friday. " * 60
    assert len(long_text) > folding._KEPT_LONGEST
    size = folding._kept.cache_info().currsize
    assert lowered(long_text) == long_text.lower()
    assert folding._kept.cache_info().currsize == size


WORDS = EventLexicon.load(Path(__file__).resolve().parents[1] / "data" / "event_words.csv")


def _clause_the_long_way(s: Sentence, start: int, end: int, triggers: list[Trigger]) -> tuple[int, int]:
    """`event_clause` as it read each window before: the window itself lower-cased."""
    lo, hi = clause_of(s, start, end)
    if (opened := E._dash_aside_before(s.text, lo)) is not None:
        lo, hi = clause_of(s, s.start + opened - 1, s.start + opened)
    at, to = start - s.start, end - s.start
    for t in triggers:
        ts = t.start - s.start
        if not lo < ts < hi or not may_hold(s.text[max(lo, ts - 50) : ts], ("and",)):
            continue
        m = E._AND_NEW_SUBJECT.search(s.text, max(lo, ts - 50), ts)
        if m is None or not any(lo <= u.start - s.start and u.end - s.start <= m.start() for u in triggers):
            continue
        if m.start() >= to:
            hi = min(hi, m.start())
        elif m.start() <= at:
            lo = max(lo, m.start())
    return lo, hi


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four guards at the depot and a suicide bomber struck the gate an hour later.",
        "Jets bombed the bridge near Kafr Doura and the shelling killed two farmers beside it.",
        "Rebels stormed a post on the ridge, and another car bomb exploded at the market in the old town.",
    ],
)
def test_an_event_clause_reads_its_windows_in_the_sentence_lowered_once(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = sentences(text)[0]
    triggers = WORDS.find(s.text, s.start)
    assert len(triggers) >= 2
    expected = [_clause_the_long_way(s, t.start, t.end, triggers) for t in triggers]

    def refused(*_: object) -> bool:
        raise AssertionError("a window lowered on its own")

    monkeypatch.setattr(E, "may_hold", refused)
    assert [E.event_clause(s, t.start, t.end, triggers, E._AND_NEW_SUBJECT) for t in triggers] == expected


def test_a_sentence_that_does_not_lower_letter_for_letter_reads_each_window_as_before() -> None:
    # 'İ' lower-cases to two letters: no lower case of the sentence to share
    s = sentences("Gunmen killed two guards in İnceköy and a roadside bomb hit the patrol near the bridge.")[
        0
    ]
    triggers = WORDS.find(s.text, s.start)
    assert lowered(s.text) is None and len(triggers) >= 2
    for t in triggers:
        got = E.event_clause(s, t.start, t.end, triggers, E._AND_NEW_SUBJECT)
        assert got == _clause_the_long_way(s, t.start, t.end, triggers)


def test_every_cause_noun_holds_a_cause_word() -> None:
    nouns = re.search(r"\(\?:(killings\?[^)]*)\)", EP._CAUSE_BEFORE.pattern)
    assert nouns is not None
    for noun in nouns.group(1).split("|"):
        bare = noun.replace("?", "").rstrip("s") if noun.endswith("s?") else noun.replace("?", "")
        assert any(w in bare for w in EP._CAUSE_WORDS), noun


@pytest.mark.parametrize(
    "led",
    [
        "Protests broke out after the killing of a teacher in ",
        "Crowds gathered, citing the DEATH of two students at ",
        "Riots followed, avenging the beheading of a villager near ",
    ],
)
def test_the_cause_pattern_matches_only_where_a_cause_word_is(led: str) -> None:
    assert EP._CAUSE_BEFORE.search(led) is not None
    assert folding.holds(lowered(led), EP._CAUSE_WORDS)
    quiet = led.replace("killing", "visit").replace("DEATH", "arrival").replace("beheading", "speech")
    assert not folding.holds(lowered(quiet), EP._CAUSE_WORDS)
    assert EP._CAUSE_BEFORE.search(quiet) is None


def _mention(name: str, feature: Feature, lat: float, **names: str) -> Mention:
    place = Place(f"test:{name}", name, lat, 36.0, feature, "SY", **names)
    cand = Candidate(place, 0.9, Precision(1, 1), name, "test", f"{name}, Syria")
    return Mention(name, 0, len(name), 0, EVENT, "test", name, cand)


def test_two_places_of_one_level_are_compared_from_the_first() -> None:
    # a region and a district (one level) far apart: the first is taken as the coarser, as
    # max() took it, so the district that names the region as its parent lies in it, and not
    # the other way round
    region = _mention("Sahl al-Ghab", Feature.REGION, 35.6)
    district = _mention("Mantiqat Qalaat", Feature.ADMIN2, 33.0, parent="Sahl al-Ghab")
    assert related(region, district) == 1
    assert related(district, region) == 0
    town = _mention("Tell Hadya", Feature.CITY, 30.0, admin2="Mantiqat Qalaat")
    assert related(district, town) == 1
    assert related(town, district) == 1  # the coarser is found in either order


@pytest.mark.parametrize(
    "names",
    [
        frozenset({"Hayat Tahrir al-Sham", "al-Nusra Front", ""}),
        frozenset({"the Taliban", "Haqqani network", "AFP"}),
        frozenset({"Boko Haram", "ISWAP", "Reuters"}),
    ],
)
def test_a_spotter_keys_its_exclusions_once_for_every_article(
    tiny_gazetteer: Gazetteer, names: frozenset[str]
) -> None:
    first = S.Spotter(tiny_gazetteer, exclude=names, text="Shelling hit the town.")
    again = S.Spotter(tiny_gazetteer, exclude=frozenset(set(names)), text="Rockets fell on the camp.")
    assert first.exclude == frozenset(normalise(n) for n in names if n)
    assert again.exclude is first.exclude  # an equal set of names: the keys made for the first


@pytest.mark.parametrize(
    ("pattern", "words", "before"),
    [
        (EP._DISTANCE_OF, EP._DISTANCE_WORDS, "a checkpoint some 12 km north of "),
        (EP._DISTANCE_OF, EP._DISTANCE_WORDS, "the convoy was stopped 30 Kilometres east of the town of "),
        (EP._DISTANCE_OF, EP._DISTANCE_WORDS, "a farm about 5 miles from "),
        (EP._PART_BEFORE, EP._PART_WORDS, "fighting reached the northern Outskirts of "),
        (EP._PART_BEFORE, EP._PART_WORDS, "a blast at one of the gates of the city of "),
        (EP._PART_BEFORE, EP._PART_WORDS, "shells fell on the eastern suburbs of "),
        (EP._NAME_NEAR, EP._NEAR_WORDS, "a raid on the Wadi Bard Camp near "),
        (EP._NAME_NEAR, EP._NEAR_WORDS, "gunmen stormed, Old Market outside "),
        (EP._NAME_NEAR, EP._NEAR_WORDS, "at the depot, Tall Kawkab close to "),
    ],
)
def test_a_place_phrase_pattern_is_searched_only_where_its_word_is(
    pattern: re.Pattern[str], words: tuple[str, ...], before: str
) -> None:
    assert pattern.search(before) is not None
    assert folding.holds(lowered(before), words)
    # the same window without the word: the pattern finds nothing there either
    bare = re.sub("|".join(words), "xx", before, flags=re.I)
    assert not folding.holds(lowered(bare), words)
    assert pattern.search(bare) is None


def test_a_side_clause_needs_its_comma() -> None:
    for led in ("Shelling went on, as troops pushed into ", "Rockets hit the port, amid talks in "):
        assert EP._SIDE_CLAUSE.search(led) is not None
        assert EP._SIDE_CLAUSE.search(led.replace(",", "")) is None
