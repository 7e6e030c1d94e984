"""Speed without changing answers: case-insensitive patterns run case-sensitively over lower-cased
text, and names read from the gazetteer many at a time, give what the slow way gives."""

from __future__ import annotations

import re
from datetime import date

import pytest

from incident_explorer.extraction.actors import ActorLexicon
from incident_explorer.extraction.claims import find_claims
from incident_explorer.extraction.dates import find_dates
from incident_explorer.extraction.folding import lowered, sensitive, word_key
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.settings import Settings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling KILLED Five in Homs", "shelling killed five in homs"),
        ("Qamishli: two dead", "qamishli: two dead"),
        ("Ça va, Élodie", "ça va, élodie"),
        ("\u0130dlib", None),  # lower-cases to two letters
        ("\u0131dlib", None),  # IGNORECASE takes it for "i"
        ("\u017fix killed", None),  # ... and this for "s"
    ],
)
def test_lowered_keeps_positions_or_declines(text: str, expected: str | None) -> None:
    assert lowered(text) == expected


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Shelling on 3 APR\u0130L 2017 killed two", 4),  # a Turkish keyboard's capital dotted I
        ("on 12 Apr\u0131l 2016 the town fell", 4),  # dotless i
        ("Clashes on 4 \u017feptember 2018", 9),  # long s
    ],
)
def test_letters_lower_does_not_map_to_ascii_still_read_as_the_word(text: str, month: int) -> None:
    # the case-insensitive pattern matches these; the word list must then find the word too
    (found,) = [d for d in find_dates(text, None) if d.date_start is not None]
    assert found.date_start is not None and found.date_start.month == month


def test_actor_names_with_such_letters_are_the_actor(settings: Settings) -> None:
    actors = ActorLexicon.load(settings.data_dir / "actors.csv")
    for text in ("Troops of the Free Syr\u0131an Army advanced", "the FREE SYR\u0130AN ARMY said"):
        assert [a.actor for a in actors.find(text, 0)] == [
            a.actor for a in actors.find("the Free Syrian Army", 0)
        ]
    assert word_key("FR\u0130DAY") == "friday"


def test_sensitive_drops_ignorecase_and_refuses_upper_case_literals() -> None:
    pattern = sensitive(re.compile(r"\b(?P<w>killed|dead)\s+\d+", re.I))
    assert not pattern.flags & re.IGNORECASE
    assert pattern.search("dead 5") and not pattern.search("DEAD 5")
    with pytest.raises(ValueError, match="lower case"):
        sensitive(re.compile(r"Killed", re.I))


@pytest.mark.parametrize(
    "sentence",
    [
        "AT LEAST TWELVE people were KILLED in Idlib on Friday, 3 March.",
        "Air raids kill Thirty-Five civilians on MARCH 4 near Aleppo",
        "Some 40 Dead and dozens wounded Yesterday in al-Bab, \u0130dlib said.",
        "Over 20 \u017foldiers were killed LAST WEEK in Hama.",
    ],
)
def test_matches_do_not_depend_on_case(sentence: str) -> None:
    published = date(2017, 3, 5)
    claims = find_claims(sentence, 7, None)
    dates = find_dates(sentence, published, 7)
    # words as written, offsets into the text, the same figures in lower case
    assert claims and dates
    assert all(sentence[c.start - 7 : c.end - 7] == c.text for c in claims)
    assert all(sentence[d.start - 7 : d.end - 7] == d.text for d in dates)
    low_claims = find_claims(sentence.lower(), 7, None)
    assert [(c.low, c.high, c.kind, c.start) for c in claims] == [
        (c.low, c.high, c.kind, c.start) for c in low_claims
    ]
    assert [(d.date_start, d.start, d.end) for d in dates] == [
        (d.date_start, d.start, d.end) for d in find_dates(sentence.lower(), published, 7)
    ]


def test_prefetched_names_are_what_exact_reads(tiny_gazetteer: Gazetteer) -> None:
    keys = ["paris", "homs", "ghouta", "nowhere at all", "paris"]
    one_by_one = {k: tiny_gazetteer.exact(k, loose=True) for k in keys}
    tiny_gazetteer.clear_cache()
    tiny_gazetteer.prefetch(keys)
    assert {k: tiny_gazetteer.exact(k, loose=True) for k in keys} == one_by_one
    assert len(one_by_one["paris"]) == 2 and one_by_one["nowhere at all"] == []
