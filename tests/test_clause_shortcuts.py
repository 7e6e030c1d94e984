"""Work the extractor skips without changing what it finds: a sentence whose event words are all of
one kind reads no clauses for them, and grouping never compares two groups field by field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from incident_explorer.extraction import events as E
from incident_explorer.extraction import grouping as G
from incident_explorer.extraction.actors import ActorLexicon
from incident_explorer.extraction.events import attach, casualty_figures, event_words
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.roles import EVENT
from incident_explorer.extraction.sentences import Sentence, sentences
from incident_explorer.extraction.triggers import QUIET_TYPES, EventLexicon, Trigger
from incident_explorer.places.place import Candidate, Feature, Place, Precision

WORDS = EventLexicon.load(Path(__file__).resolve().parents[1] / "data" / "event_words.csv")
PUBLISHED = date(2019, 6, 8)


def _words(text: str) -> tuple[Sentence, list[Trigger]]:
    s = sentences(text)[0]
    return s, WORDS.find(s.text, s.start)


def _full(s: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """The rule read the long way: every word's clause, whatever the sentence holds."""
    clauses = [E.event_clause(s, t.start, t.end, triggers, E._AND_NEW_SUBJECT) for t in triggers]
    with_specific = {
        c
        for c, t in zip(clauses, triggers, strict=True)
        if t.specific and t.sub_event_type not in QUIET_TYPES
    }
    remote = [
        (c, t) for c, t in zip(clauses, triggers, strict=True) if t.specific and t.event_type == E._REMOTE
    ]
    return [
        t
        for c, t in zip(clauses, triggers, strict=True)
        if (t.specific or c not in with_specific)
        and not (E._MASSACRE.fullmatch(t.text) and E._by_weapon(s, t, c, remote))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Troops clashed with rebels and fought them street by street.",
        "Militiamen looted the shops and torched the warehouse.",
        "The attack and the violence that followed left the town empty.",
        "Two people were hurt in the violence near the old bridge.",
    ],
)
def test_words_of_one_kind_keep_every_word_and_read_no_clause(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    s, found = _words(text)
    assert found and len({t.specific for t in found}) == 1, [(t.text, t.specific) for t in found]
    expected = _full(s, found)

    def no_clause(*args: object) -> tuple[int, int]:
        raise AssertionError("a clause was read")

    monkeypatch.setattr(E, "event_clause", no_clause)
    assert E._one_per_clause(s, found) == expected == found


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes killed 13 people in a village east of the river on Monday.",
        "A suicide bomber struck a checkpoint, and the attack left four guards dead.",
        "Helicopters dropped barrel bombs on the town, a massacre that killed a family of nine.",
        "Rebels shelled the base and snipers shot two guards.",
    ],
)
def test_words_of_both_kinds_still_drop_as_the_full_rule_drops(text: str) -> None:
    s, found = _words(text)
    assert len({t.specific for t in found}) == 2, [(t.text, t.specific) for t in found]
    assert E._one_per_clause(s, found) == _full(s, found)


def _mention(text: str, body: str, sid: str) -> Mention:
    start = body.index(text)
    sentence = next(s.index for s in sentences(body) if s.start <= start < s.end)
    place = Place(sid, text, 35.0, 36.0, Feature.CITY, "SY")
    cand = Candidate(place, 0.9, Precision(1, 1), text, "test", f"{text}, Syria")
    return Mention(text, start, start + len(text), sentence, EVENT, "test", text, cand)


def test_grouping_tells_groups_apart_by_identity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = (
        "Gunmen attacked a police post in Kappa on Tuesday, killing three. "
        "Warplanes bombed Lambda on Wednesday. "
        "Another attack struck Kappa on Friday, killing two more."
    )
    sents = sentences(body)
    kappa = _mention("Kappa", body, "t:k")
    lam = _mention("Lambda", body, "t:l")
    again = Mention(
        "Kappa", body.rindex("Kappa"), body.rindex("Kappa") + 5, 2, EVENT, "test", "Kappa", kappa.candidate
    )
    f = tmp_path / "actors.csv"
    f.write_text("actor,aliases,kind\nRebels,rebels|gunmen,Rebel group\n")
    ems = attach(
        sents,
        event_words(sents, WORDS),
        (kappa, lam, again),
        published=PUBLISHED,
        figures=casualty_figures(sents, {}),
        actors=ActorLexicon.load(f),
    )

    def no_field_comparison(self: G.Group, other: object) -> bool:
        raise AssertionError("two groups compared field by field")

    monkeypatch.setattr(G.Group, "__eq__", no_field_comparison)
    groups = G.group(ems, (kappa, lam, again))
    assert len(groups) >= 2 and len({id(g) for g in groups}) == len(groups)
