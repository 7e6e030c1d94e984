"""Dotted capitals before a name are a person's initials ("in Jos, N.C. Okafor said"): they end
no sentence and name no state; before a sentence's first word ("in Durham, N.C. The police said")
they still may.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction import sentences as S
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.sentences import sentences

PUBLISHED = date(2024, 6, 12)  # a Wednesday
NAMES = frozenset({"okafor", "bello", "yusuf", "musa"})


def is_name(word: str) -> bool:
    return word.lower() in NAMES


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot a trader in Lokoja, N.C. Okafor told reporters on Friday.",
        "Police spokesman A.B. Musa said the attackers fled on motorbikes.",
        "A mortar round hit a school near Biu, S.D. Bello, a local official, said.",
    ],
)
def test_initials_before_a_name_end_no_sentence(text: str) -> None:
    assert [s.text for s in sentences(text, is_name)] == [text]
    assert len(sentences(text)) == 2  # without names every dotted capital may end a sentence


@pytest.mark.parametrize(
    "text",
    [
        "A shooting was reported at a mall in Durham, N.C. The police closed the road.",
        "Two men were stabbed in Albany, N.Y. Officials said both survived.",
        "Flooding cut roads in Halifax, N.S. Residents were told to stay home.",
    ],
)
def test_dotted_state_before_a_sentence_still_ends_it(text: str) -> None:
    assert len(sentences(text, is_name)) == 2


@pytest.mark.parametrize(
    ("text", "place", "country", "day"),
    [
        (
            "Gunmen killed four traders in Jos, N.C. Okafor, a police spokesman, said on Monday.",
            "Jos",
            "NG",
            date(2024, 6, 10),
        ),
        (
            "A bomb wounded six people at a bus park in Kano, N.B. Yusuf told reporters on Tuesday.",
            "Kano",
            "NG",
            date(2024, 6, 11),
        ),
        (
            "Bandits raided a village near Maiduguri, S.D. Bello, the district head, said on Monday.",
            "Maiduguri",
            "NG",
            date(2024, 6, 10),
        ),
    ],
)
def test_initials_after_a_town_are_no_state(
    extractor: Extractor, text: str, place: str, country: str, day: date
) -> None:
    found = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [(i.location.split(",")[0], i.country_code, i.event_date) for i in found.incidents] == [
        (place, country, day)
    ]


def test_dotted_state_before_a_sentence_is_still_the_state(extractor: Extractor) -> None:
    text = "A gunman wounded three people at a diner in Durham, N.C. The police said he fled."
    found = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [(i.country_code, i.admin1) for i in found.incidents] == [("US", "North Carolina")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Storm damages S.W. Macon homes. Crews cleared fallen trees on Sunday.", "Macon"),
        ("Fire guts N.E. Topeka warehouse. No one was hurt, firefighters said.", "Topeka"),
        ("Water main breaks in N.W. Albany. Residents were told to boil water.", "Albany"),
    ],
)
def test_a_compass_point_is_no_initials(extractor: Extractor, text: str, town: str) -> None:
    found = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert town in {m.text for m in found.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Shots were fired at a depot in Kano, K.O. Yusuf said.\nA curfew followed.",
        "Two buses burned near Bauchi, A.B.\nMusa, a driver, escaped. U.S. aid arrived.",
        "Troops entered Gwoza on Sunday; J.J. Bello and E.U. monitors said N.C.",
    ],
)
def test_initials_are_asked_only_where_dotted_capitals_end(text: str) -> None:
    # the quick test before the search must refuse no end the search itself would accept
    for end in range(len(text) + 1):
        searched = S._DOTTED_END.search(text, 0, end) is not None
        named = S._NEXT_WORD.match(text, end)
        expected = searched and named is not None and is_name(named.group(1))
        assert S.initials(text, end, is_name) == expected, (text[:end], end)
