"""Places the gazetteer lacks (unknown_places.py): a sentence is searched with a phrase pattern only
when it holds a word every match of that pattern holds (a kind of settlement, a distance unit,
"border"), and the places those patterns find are found as before, whatever their case."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction import unknown_places as U
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2022, 3, 8)


class Searched:
    """A pattern that counts the sentences it is run over."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.texts: list[str] = []

    def finditer(self, text: str, *args: Any) -> Any:
        self.texts.append(text)
        return self.pattern.finditer(text, *args)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed seven traders near Marakoudou in Mali's Mopti region on Sunday.",
        "Rebels ambushed an army convoy outside Doubassi, officials in Ndjamena said on Tuesday.",
        "Two soldiers died when their vehicle struck a mine at Kerfouna, the army said.",
    ],
)
def test_a_sentence_without_the_words_is_not_searched_by_their_patterns(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    searched = {
        name: Searched(getattr(U, name)) for name in ("_APPOSITIVE", "_KIND_OF", "_KIND_AFTER", "_DISTANCE")
    }
    for name, pattern in searched.items():
        monkeypatch.setattr(U, name, pattern)
    border = Searched(U._BORDER)
    monkeypatch.setattr(U, "_BORDER", border)
    extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {name: p.texts for name, p in searched.items()} == dict.fromkeys(searched, [])
    assert border.texts == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an apposition, its kind word capitalised (the pattern reads any case)
        (
            "Gunmen killed seven traders in Marakoudou, a Village in Mali's Mopti region, on Sunday.",
            "Marakoudou",
        ),
        # a distance in capitals
        ("Militants attacked Doubassi, 40 KM from Mopti, on Tuesday, killing three guards.", "Doubassi"),
        # the kind of place before its name
        (
            "Soldiers clashed with insurgents in the village of Kerfouna in Mopti region on Friday.",
            "Kerfouna",
        ),
    ],
)
def test_the_places_the_patterns_find_are_found(extractor: Extractor, text: str, name: str) -> None:
    found = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert name in {m.text for m in found.mentions}
