"""The event-place model's twenty-sixth-session features (extraction/event_places.py): three shapes
of real event places the model weighed low, read from the sentence's structure, never from a name:
a list of places governed by one event word, a place after 'in' following who was targeted, the
towns naming a road the event happened on (a guard: the wire marks no such town, so no weight is
learnt for them). Each sentence is ours, none from the wire set or the
dev data; the phrases are read with no gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.event_places import (
    FEATURES,
    KEPT,
    LABELS,
    ROAD,
    EventPlaceModel,
    Text,
    mention_features,
)
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.extraction.triggers import Trigger

PUBLISHED = date(2024, 3, 11)
NEW = ("event_list", "target_in")


def _read(text: str, names: tuple[str, ...], word: str | None = None) -> dict[str, set[str]]:
    """The features of each of ``names`` (the sentence's place mentions, all called ``event``),
    ``word`` the sentence's one event word."""
    s = Sentence(0, 0, len(text), text, 0, False, False)
    mentions = []
    for name in names:
        at = text.index(name)
        mentions.append(
            Mention(name, at, at + len(name), 0, "event", "in a clause reporting violence", name, None)
        )
    triggers = {}
    if word:
        at = text.index(word)
        triggers[0] = [Trigger(at, at + len(word), word, "Violence against civilians", "Attack", True)]
    found = mention_features(tuple(mentions), Text([s], triggers, {}, PUBLISHED, None))
    return {mentions[k].text: set(f) for k, f in found.items()}


LISTS = [
    ("Riots spread to Kano, Jos and Bauchi overnight.", ("Kano", "Jos", "Bauchi"), "Riots"),
    ("Jets bombed Tikrit, Baiji and Samarra on Sunday.", ("Tikrit", "Baiji", "Samarra"), "bombed"),
    ("Clashes erupted in Gao, Timbuktu, and Mopti after dawn.", ("Gao", "Timbuktu", "Mopti"), "Clashes"),
    ("Shells hit the towns of Kupiansk and Izium, officials said.", ("Kupiansk", "Izium"), "hit"),
]


@pytest.mark.parametrize(("text", "names", "word"), LISTS)
def test_every_place_of_a_list_an_event_word_governs_reads_event_list(
    text: str, names: tuple[str, ...], word: str
) -> None:
    found = _read(text, names, word)
    assert all("event_list" in found[n] for n in names), found


@pytest.mark.parametrize(
    ("text", "names", "word"),
    [
        # the event word comes after the list: what the list's places did, not where it happened
        ("Envoys from Kano, Jos and Bauchi condemned the riots.", ("Kano", "Jos", "Bauchi"), "riots"),
        # the list is far from the event word, after a clause of its own
        ("Gunmen killed a chief, and officials in Gao and Mopti met on Monday.", ("Gao", "Mopti"), "killed"),
        # one place alone is no list
        ("Jets bombed Tikrit on Sunday.", ("Tikrit",), "bombed"),
    ],
)
def test_a_list_no_event_word_governs_does_not(text: str, names: tuple[str, ...], word: str) -> None:
    found = _read(text, names, word)
    assert not any("event_list" in found[n] for n in names), found


TARGETED = [
    ("The campaign against Uighurs in Xinjiang drew new sanctions.", "Xinjiang"),
    ("Militias launched a raid on Druze in Sweida at dawn.", "Sweida"),
    ("Soldiers opened fire on worshippers in Kaduna on Friday.", "Kaduna"),
    ("Gunmen abducted villagers in Zamfara overnight.", "Zamfara"),
]


@pytest.mark.parametrize(("text", "name"), TARGETED)
def test_a_place_after_who_was_targeted_reads_target_in(text: str, name: str) -> None:
    assert "target_in" in _read(text, (name,))[name]


def test_a_place_after_another_place_and_in_does_not() -> None:
    """ "an attack on Douma in Eastern Ghouta": the name before is a place, the unit holds it."""
    found = _read(
        "Jets launched an attack on Douma in Eastern Ghouta on Monday.", ("Douma", "Eastern Ghouta")
    )
    assert "target_in" not in found["Eastern Ghouta"]


ROADS = [
    ("Bandits robbed a bus on the Kaduna-Abuja highway, killing two.", ("Kaduna", "Abuja")),
    ("A roadside bomb hit a patrol along the Kabul-Jalalabad road on Sunday.", ("Kabul", "Jalalabad")),
    ("Militants ambushed a fuel convoy on the Gao road before dawn.", ("Gao",)),
]


@pytest.mark.parametrize(("text", "names"), ROADS)
def test_the_towns_naming_the_road_an_event_happened_on_are_kept_whatever_they_score(
    text: str, names: tuple[str, ...]
) -> None:
    found = _read(text, names)
    assert all(ROAD in found[n] for n in names), found
    s = Sentence(0, 0, len(text), text, 0, False, False)
    mentions = tuple(
        Mention(
            n, text.index(n), text.index(n) + len(n), 0, "event", "in a clause reporting violence", n, None
        )
        for n in names
    )
    # a model that would set every place aside: the guard keeps them, and says so
    harsh = EventPlaceModel(dict.fromkeys(FEATURES, 0.0), -9.0, 0.5)
    for kept in harsh.apply(mentions, Text([s], {}, {}, PUBLISHED, None)):
        assert kept.role == "event"
        assert f"{KEPT} as a town naming the road it happened on" in kept.reason


def test_the_road_keeps_its_towns_when_other_event_places_come_after_its_clause() -> None:
    text = "Clashes on the Kupiansk-Izium road killed three soldiers, while shelling hit Lyman."
    found = _read(text, ("Kupiansk", "Izium", "Lyman"), "Clashes")
    assert ROAD in found["Kupiansk"] and ROAD in found["Izium"]
    assert ROAD not in found["Lyman"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a place the text puts on the road: the event's place, the road's towns only name the road
        ("Gunmen ambushed a truck at Tessit on the Gao-Ansongo road.", ("Tessit", "Gao", "Ansongo")),
        ("Jets hit Khan Tuman and villages along the Aleppo highway.", ("Khan Tuman", "Aleppo")),
        # a road that leads to a place, no road at all
        ("Troops retook the road to Mosul on Friday.", ("Mosul",)),
        ("Gunmen killed five people in Gao on Monday.", ("Gao",)),
    ],
)
def test_a_road_beside_an_earlier_event_place_or_no_road_keeps_nothing(
    text: str, names: tuple[str, ...]
) -> None:
    found = _read(text, names)
    assert not any(ROAD in f for f in found.values()), found


def test_each_new_feature_is_weighed_and_told() -> None:
    assert set(NEW) <= set(FEATURES)
    assert all(LABELS[f] for f in NEW)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Medics took the injured to clinics in Jordan, and Daraa was shelled again.", ("Jordan", "Daraa")),
        ("Residents fled to Kenya, or Baidoa would have been their grave, elders said.", ("Kenya", "Baidoa")),
        ("Aid reached Goma, but Rutshuru came under fire overnight.", ("Goma", "Rutshuru")),
    ],
)
def test_a_place_after_a_comma_and_a_conjunction_follows_no_name_it_holds(
    text: str, names: tuple[str, ...]
) -> None:
    """ "X, and Y was shelled": a clause (or a list) goes on after the comma; Y is no unit holding X."""
    found = _read(text, names)
    assert not found[names[1]] & {"after_name", "after_place", "after_sited_name", "unit_after_name"}, found
