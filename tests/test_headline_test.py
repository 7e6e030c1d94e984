"""One test of "the text opens with a headline" (sentences.is_headline / has_headline), asked by
the roles (a headline's place and its lead's), the headline's day (incidents._headline_day) and
the headline's name for its lead's place (headline_names): a first line that does not end as a
sentence does, with more text after it. A first line ending with a full stop, a quote or a
colon is a lead of its own.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.sentences import has_headline, is_headline, sentences


@pytest.mark.parametrize(
    "text",
    [
        "Shelling kills four in Kadugli market\nKHARTOUM (Reuters) - Shells hit a market on Monday.",
        "Gunmen ambush convoy near Tillaberi\n\nGunmen ambushed an army convoy on Sunday, officials said.",
        "Two dead as drone hits truck in Marib\nA drone struck a fuel truck on Friday. Two men died.",
    ],
)
def test_a_first_line_with_no_full_stop_is_a_headline(text: str) -> None:
    sents = sentences(text)
    assert is_headline(sents[0])
    assert has_headline(sents)


@pytest.mark.parametrize(
    "text",
    [
        # a lead of its own over another event's paragraph
        "Gunmen shot dead a trader in Kadugli, police said.\nOn Tuesday, a bomb hit a bus in Dilling.",
        # a quote closes the line
        'Residents of Beni said "the killing must stop."\nRebels attacked a camp there on Monday.',
        # a headline with nothing after it is one line, no headline of a text
        "Car bomb kills nine in Marib",
        # one paragraph of sentences: the first is no line of its own
        "A drone struck a truck in Marib on Friday. Two men died. Officials blamed rebels.",
    ],
)
def test_no_headline(text: str) -> None:
    assert not has_headline(sentences(text))


def test_only_the_first_sentence_may_be_the_headline() -> None:
    sents = sentences("Clashes in Tillaberi\nTroops clashed with gunmen\nMore follows.")
    assert is_headline(sents[0])
    assert not is_headline(sents[1])  # a heading further down is no headline of the text


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Gunmen shot dead two policemen at a checkpoint in Idlib province, a monitor said.\n"
            "Separately, a drone struck a car in the town of Sarmada on Tuesday, killing one.",
            "Idleb",  # (the governorate as OCHA names it, since geo33; the town Idlib before)
        ),
        (
            "A suicide bomber killed six people at a bus station in Mogadishu on Monday, police said.\n"
            "In a separate attack, gunmen killed a village elder in Afgoye, west of Mogadishu.",
            "Mogadishu",
        ),
        (
            "Rebels shelled army positions in Hama province overnight, state media said.\n"
            "Separately, an air strike hit a bakery in the town of Kafr Zita on Monday.",
            "Hama",
        ),
        (
            "Three soldiers were killed in an ambush in Kandahar province, officials said.\n"
            "In another incident on Monday, a roadside bomb hit a police car in Spin Boldak.",
            "Kand",
        ),
    ],
)
def test_a_lead_of_its_own_keeps_its_place(extractor: Extractor, text: str, first: str) -> None:
    """The first line ends as a sentence does: its place is its own event's, not a headline's
    name for the next paragraph's place (the roles had read it as a headline: no place)."""
    r = extractor.extract(articles.from_text(text, published=date(2024, 6, 12)))
    assert r.incidents[0].location.startswith(first), [i.location for i in r.incidents]
