"""A killing told as what set an event off ("burned shops in X after the killing of a singer in Y",
"called the raid revenge for the death of two fighters in nearby Y") is background beside the
sentence's own event place; alone, the killing is the news ("riots after the killing of a student
in Y": Y stays). (Sentences of our own.)"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 11, 30)


@pytest.mark.parametrize(
    ("text", "event", "cause"),
    [
        (
            "Rioters torched shops and a police station in Shashemene on Wednesday after the killing "
            "of a popular musician in Addis Ababa, residents said.",
            "Shashemene",
            "Addis Ababa",
        ),
        (
            "Gunmen stormed a church in Tentena on Sunday, killing two worshippers, in what police "
            "called revenge for the deaths of three militants in nearby Poso.",
            "Tentena",
            "Poso",
        ),
        (
            "Protesters set fire to government offices in Kisumu on Monday, following the shooting "
            "of an opposition supporter at a rally in Nairobi, witnesses said.",
            "Kisumu",
            "Nairobi",
        ),
    ],
)
def test_a_killing_told_as_the_cause_is_background(
    extractor: Extractor, text: str, event: str, cause: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[cause] == "mentioned"


def test_the_cause_alone_is_the_news(extractor: Extractor) -> None:
    roles = roles_of(
        extractor,
        PUBLISHED,
        "Riots broke out on Friday after the killing of a student in Kisumu, witnesses said.",
    )
    assert roles["Kisumu"] == "event"
