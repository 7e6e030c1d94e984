"""The event-place model's twenty-fifth-session features (extraction/event_places.py): shapes the
fresh wire batches kept bringing, read from the words around a place, never from its name: a
killing told as a cause, a ceasefire, a reference for a name, a part of a place, a background
clause; and its second guard, the dateline's town the text calls 'this city'. Read from the phrase
alone, with no gazetteer: each sentence is ours, none from the wire set or the dev data."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.event_places import (
    FEATURES,
    HERE,
    KEPT,
    LABELS,
    EventPlaceModel,
    Text,
    mention_features,
)
from incident_explorer.extraction.placing import THIS_TOWN_NAMED
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.sentences import Sentence

PUBLISHED = date(2023, 5, 9)
NEW = (
    "cause_of",
    "truce",
    "name_near",
    "part_of",
    "side_clause",
)


def _mention(text: str, name: str, reason: str = "in a clause reporting violence") -> tuple[Mention, Text]:
    s = Sentence(0, 0, len(text), text, 0, False, False)
    at = text.index(name)
    return Mention(name, at, at + len(name), 0, "event", reason, name, None), Text(
        [s], {}, {}, PUBLISHED, None
    )


def _features(text: str, name: str) -> set[str]:
    """The features of ``name``, the sentence's only place mention, called ``event``."""
    m, text_ = _mention(text, name)
    return set(mention_features((m,), text_)[0])


READS = [
    # a killing told as the cause of the event, not the event
    ("Protesters blocked roads in the north after the killing of a trader in Bauchi.", "Bauchi", "cause_of"),
    (
        "Gunmen torched a police post, citing the death of a preacher in Zaria last month.",
        "Zaria",
        "cause_of",
    ),
    (
        "Militants shelled two villages in retaliation for the killing of their commander in Gao.",
        "Gao",
        "cause_of",
    ),
    # a ceasefire, a truce or a peace deal in the sentence
    ("A ceasefire took hold across Donetsk on Sunday after weeks of shelling.", "Donetsk", "truce"),
    ("Both sides said the truce in Hodeidah was holding despite sporadic gunfire.", "Hodeidah", "truce"),
    ("The peace deal signed in Juba was meant to end the fighting in the south.", "Juba", "truce"),
    # a reference for a name ('Y near X')
    ("Gunmen stormed the Kara Hotel near Bosaso overnight, killing six.", "Bosaso", "name_near"),
    ("A drone hit Camp Lemonnier outside Djibouti on Tuesday.", "Djibouti", "name_near"),
    ("Shells fell on Wadi Barada near Damascus, a monitor said.", "Damascus", "name_near"),
    # a part of the place is named
    ("Fighting erupted in a district on the eastern edge of Damascus on Sunday.", "Damascus", "part_of"),
    ("Clashes shook a camp on Tripoli's southern outskirts overnight.", "Tripoli", "part_of"),
    ("A rocket hit a house in the suburbs of Kabul, killing two children.", "Kabul", "part_of"),
    # a background clause after the main one
    ("Jets struck a market in the south, as rebels shelled Aleppo.", "Aleppo", "side_clause"),
    ("Two soldiers died in the ambush, while gunmen attacked Menaka.", "Menaka", "side_clause"),
    ("Shelling hit the city overnight, amid fighting near Avdiivka.", "Avdiivka", "side_clause"),
]


@pytest.mark.parametrize(("text", "name", "feature"), READS)
def test_each_shape_is_read_from_the_words_around_the_place(text: str, name: str, feature: str) -> None:
    assert feature in _features(text, name)


PLAIN = [
    ("Gunmen killed five people in Gao on Monday, the army said.", "Gao"),
    ("An air strike on a market in Maarat al-Numan killed twelve civilians.", "Maarat al-Numan"),
    ("Troops clashed with rebels near Beni overnight, leaving nine dead.", "Beni"),
    ("A car bomb exploded outside a hotel in Mogadishu, police said.", "Mogadishu"),
]


@pytest.mark.parametrize(("text", "name"), PLAIN)
def test_a_place_told_plainly_reads_none_of_these(text: str, name: str) -> None:
    assert not _features(text, name) & set(NEW)


def test_each_new_feature_is_weighed_and_told() -> None:
    assert set(NEW) <= set(FEATURES)
    assert all(LABELS[f] for f in NEW)


HERE_TOWNS = [
    ("GAO, Mali (AP) - Gunmen attacked the market in this desert town on Friday.", "GAO"),
    ("KIDAL (Reuters) - Two rockets hit the outskirts of this northern city overnight.", "KIDAL"),
    ("MOPTI, Mali - A mine killed four soldiers on the edge of this river port, the army said.", "MOPTI"),
]


@pytest.mark.parametrize(("text", "name"), HERE_TOWNS)
def test_the_dateline_town_the_text_calls_this_city_is_kept_whatever_it_scores(text: str, name: str) -> None:
    m, text_ = _mention(text, name, THIS_TOWN_NAMED + " (test)")
    assert HERE in mention_features((m,), text_)[0]
    # a model that would set every place aside: the guard keeps this one, and says so
    harsh = EventPlaceModel(dict.fromkeys(FEATURES, 0.0), -9.0, 0.5)
    (kept,) = harsh.apply((m,), text_)
    assert kept.role == "event"
    assert f"{KEPT} as the town the text calls 'this city'" in kept.reason
    # the same place told by another rule is weighed as any other and set aside
    other, text_ = _mention(text, name)
    assert HERE not in mention_features((other,), text_)[0]
    assert harsh.apply((other,), text_)[0].role == "mentioned"
