"""A part of three letters is a name word too: outside a locative phrase, a hyphenated compound
the gazetteer lacks whose later part names no place is one name, not its short first part
standing for it ("the Bur-Eelay military camp" had been Bur, another name of Ceelbuur in central
Somalia, or a village in Latakia; "the Bol-X market" Bol, Chad). Before, only a part of four
letters or more counted as a name word, so that a party's letter or a school's initials
("R-Charleston", "DFL-Minneapolis") never made the compound one name: those are capitals only
and stay so.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Al Shabaab fighters overran the Bur-Ooley military camp on Tuesday, killing four soldiers.", "Bur"),
        ("Jihadists shelled the Gao-Ikadewane garrison overnight, wounding seven troops.", "Gao"),
        ("Boko Haram fighters looted the Bol-Kinnasi market on Sunday, killing two traders.", "Bol"),
    ],
)
def test_a_short_part_does_not_stand_for_the_compound(extractor: Extractor, text: str, part: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2021, 3, 9)))
    assert part not in {m.text for m in r.mentions}
    assert all(i.location.split(",")[0] != part for i in r.incidents)
