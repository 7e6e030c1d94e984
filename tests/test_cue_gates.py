"""A costly pattern is searched only where a word every one of its matches holds is there
(speed24): the cue words must be complete, and a text without them is not searched at all."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from incident_explorer.extraction import actors as A
from incident_explorer.extraction import article as articles
from incident_explorer.extraction import event_places as EP
from incident_explorer.extraction import events as V
from incident_explorer.extraction import roles as R
from incident_explorer.extraction import unknown_places as U
from incident_explorer.extraction.folding import holds, lowered, may_hold
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2023, 6, 14)

# sentences of our own, written so that each gated pattern matches somewhere in them
TEXTS = [
    "Judges at the tribunal heard that militias shelled farms north of the valley and east of Korvan.",
    "The wounded were rushed to a hospital in the provincial capital, medical staff told reporters in Dalsk.",
    "Rockets fired from positions near the river hit the market; troops deployed near the dam fired back.",
    "The minister said in the capital that soldiers stationed in the barracks at Orvel would stay.",
    "Trucks used the highway to the port, and the road between the towns of Mira and Tolo stayed closed.",
    "Refugees gathered near the camp, not far from the border, close to the town and outside the city.",
    "The village lies on the slopes of the mountain, and the hamlet sits on the banks of the river.",
    "Fighting raged within 10 km of the town, into the hills east of the lake, stretching north to Ures.",
    "Rebels threatened to launch a new offensive, vowed to storm the airport and planned a major raid.",
    "Officials said such attacks were rare, and the army said another such raid killed two in a town.",
    "Ten people died after an attack in the town of Serak, and a bomb exploded near the mosque at noon.",
    "A car bomb went off outside his home, and an explosion in the market of the city followed.",
    "Troops shelled Varno, on the slopes of the Tarin range, and the camp on the banks of the Sava.",
    "The president visited troops in the town of Oska before the ceasefire, and the minister flew to Ilm.",
    "Talks on a truce and a peace deal stalled, officials said, as the army vowed to hold Pella since May.",
    "The blast hit the market, where a bomb attack in the Serak district killed 40 in 2014, police added.",
    "Gunmen who claimed the raid struck in Dalsk near the river and in Orvel, north of Kiri, last year.",
    "Shelling hit Mira, the town that the rebels held, and Tolo, on the road to Vesk, at dawn.",
]
GATES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (EP._COURT, EP._COURT_WORDS),
    (EP._BEARING_OF, EP._BEARING_WORDS),
    (EP._HOSPITAL_BEFORE, EP._HOSPITAL_WORDS),
    (EP._FIRE_FROM_BEFORE, EP._FIRE_FROM_WORDS),
    (EP._SPOKE_BEFORE, EP._SPOKE_WORDS),
    (EP._ROAD_BEFORE, EP._ROAD_WORDS),
    (EP._NEAR_BEFORE, EP._NEAR_WORDS),
    (R._ON_THE_EDGE_OF, R._EDGE_WORDS),
    (R._LIES, R._LIES_WORDS),
    (R._REACH_BEFORE, R._REACH_WORDS),
    (V._INTENT_BEFORE, V._INTENT_WORDS),
    (V._SUCH_BEFORE, ("such",)),
    (V._AND_NEW_SUBJECT, ("and",)),
    (V._AND_NEW_EVENT, ("and",)),
    (EP._TRUCE, EP._TRUCE_WORDS),
    (EP._CLAUSE_CUES, EP._CLAUSE_CUE_WORDS),
    (R._VISIT_BEFORE, R._VISIT_WORDS),
    (R._ASIDE_OPENS, R._ASIDE_WORDS),
    (R._EVENT_NOUN_IN, R._EVENT_NOUN_WORDS),
    (A._RESPONSIBLE, A._RESPONSIBLE_WORDS),
    (U._LOCATED, U._LOCATOR_WORDS),
]


def _prefixes(text: str) -> list[str]:
    """The text up to each word's start (where a place would follow), and the whole text."""
    return [text[:i] for i in range(1, len(text)) if text[i - 1] == " "] + [text]


@pytest.mark.parametrize(("pattern", "words"), GATES, ids=lambda g: getattr(g, "pattern", "")[:30])
def test_every_match_holds_a_cue_word(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    matched = 0
    for text in TEXTS:
        for before in _prefixes(text):
            for m in pattern.finditer(before):
                matched += 1
                assert may_hold(m.group(), words), (pattern.pattern[:40], m.group())
    assert matched, "no sentence here exercises the pattern: the test would prove nothing"


def test_a_match_ending_at_a_place_ends_as_its_gate_asks() -> None:
    """The country adjective's kind phrase ends in "of", a sea's name in Sea, Ocean or Gulf, and a
    diminutive in ay, ai, ei or ey: a text without that ending is not searched."""
    from incident_explorer.extraction import placing as PL
    from incident_explorer.places import spelling as SP

    matched = 0
    for text in [
        *TEXTS,
        "Fighting in the northern Syrian town of Afrin and the Turkish port city of Mersin.",
    ]:
        for before in _prefixes(text):
            if m := PL._COUNTRY_KIND_OF.search(before, max(0, len(before) - 60)):
                matched += 1
                assert before[: len(before)].rstrip().lower().endswith("of"), m.group()
    assert matched
    for name in ("Red Sea", "Indian Ocean", "Gulf", "Persian Gulf"):
        assert R._SEA_NAME.search(name) and any(w in name for w in ("Sea", "Ocean", "Gulf"))
    for key in ("nuqayr", "al suwayda", "mjeidel", "btaiseh", "khirbet nuqair"):
        assert SP._ANY_DIMINUTIVE.search(key) is not None or not SP.has_diminutive(key)
        assert SP.has_diminutive(key) == (SP._ANY_DIMINUTIVE.search(key) is not None)
    assert SP.has_diminutive("nuqayr") and not SP.has_diminutive("damascus")


def test_a_determiner_before_a_place_ends_in_one_of_its_letters() -> None:
    matched = 0
    for text in TEXTS:
        for before in _prefixes(text):
            if EP._DETERMINER.search(before):
                matched += 1
                assert EP._may_end_determiner(before)
            elif before.rstrip()[-1:] not in "anrsyANRSY":
                assert not EP._may_end_determiner(before)
    assert matched


def test_an_event_noun_before_a_place_ends_in_one_of_its_last_words() -> None:
    matched = 0
    for text in TEXTS:
        for before in _prefixes(text):
            if R._EVENT_NOUN_IN.search(before, max(0, len(before) - 90)):
                matched += 1
                assert R._last_words(before)[-1] in R._EVENT_NOUN_LAST
    assert matched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hit the Court House in Harlow.", True),
        ("Shelling hit the market in Harlow.", False),
        ("A JUDGE was shot in Harlow.", True),
        ("The \u017fentence was long.", True),  # a long s, which IGNORECASE reads as 's': unsure
        ("Ahmet \u0130nan was shot.", True),  # 'İ' lower-cases to two letters: unsure
    ],
)
def test_may_hold(text: str, expected: bool) -> None:
    assert may_hold(text, ("court", "judge")) is expected
    assert holds(lowered(text), ("court", "judge")) is expected


class Searched:
    """A pattern that counts the texts it is run over."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.texts: list[str] = []

    def search(self, text: str, *args: Any) -> Any:
        self.texts.append(text)
        return self.pattern.search(text, *args)

    def finditer(self, text: str, *args: Any) -> Any:
        self.texts.append(text)
        return self.pattern.finditer(text, *args)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed seven traders in Marakoudou on Sunday, officials said.",
        "Jets bombed a market in the town of Serak, killing twelve people.",
        "Two soldiers died when their vehicle struck a mine at Kerfouna, the army said.",
    ],
)
def test_a_sentence_without_the_cue_words_is_not_searched(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    spies = {}
    for module, name in [
        (EP, "_COURT"),
        (EP, "_HOSPITAL_BEFORE"),
        (EP, "_ROAD_BEFORE"),
        (EP, "_BEARING_OF"),
        (V, "_INTENT_BEFORE"),
        (V, "_SUCH_BEFORE"),
        (R, "_LIES"),
        (EP, "_TRUCE"),
        (R, "_VISIT_BEFORE"),
        (A, "_RESPONSIBLE_LOWER"),
        (U, "_LOCATED"),
    ]:
        spies[name] = Searched(getattr(module, name))
        monkeypatch.setattr(module, name, spies[name])
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert result.mentions  # the sentence was read, its place found
    assert {name: spy.texts for name, spy in spies.items()} == dict.fromkeys(spies, [])
