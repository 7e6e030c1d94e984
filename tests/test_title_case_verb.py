"""A title-case headline's verb that the text writes inflected in lower case ("Warplanes Carry Out
Raids" over "warplanes carried out raids", "Helicopters Circle Over X" over "circled") is a common
word, not a place: "Carry" had been Carry-le-Rouet's alternate name, then Harran, Idlib, by a
spelling in the story's country."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 11)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Russian Jets Carry Out Dozens Of Raids On Kafranbel\n\nRussian jets carried out dozens of"
            " raids on Kafranbel on Friday, killing four civilians.",
            "Carry",
        ),
        (
            "Regime Helicopters Carry Out Barrel Bomb Attacks On Latamneh\n\nRegime helicopters carried out"
            " barrel bomb attacks on Latamneh on Friday, killing two civilians.",
            "Carry",
        ),
        (
            "Warplanes Circle Over Idlib As Shelling Kills Three\n\nShelling killed three civilians in"
            " Saraqib on Friday as warplanes circled over Idlib.",
            "Circle",
        ),
    ],
)
def test_a_headline_verb_written_inflected_is_no_place(extractor: Extractor, text: str, word: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert not [m for m in r.mentions if m.text == word], [(m.text, m.role, m.reason) for m in r.mentions]
    assert len(r.incidents) == 1, r.incidents


def test_a_headline_place_the_text_names_stays(extractor: Extractor) -> None:
    text = (
        "Jets Pound Hama Countryside\n\nJets pounded the Hama countryside on Friday, killing five civilians."
    )
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [m.text for m in r.mentions if m.role == "event"][:1] == ["Hama"], r.mentions
