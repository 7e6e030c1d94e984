"""What a court hears or rules on as a case ("ruled in a case brought by families whose
relatives were shot dead in X") names earlier violence, not this report's: its places are set
aside as what a court ruled on."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2023, 11, 16)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The tribunal heard the case of a militia leader accused of ordering the massacre of villagers "
            "in Bogoro.",
            "Bogoro",
        ),
        (
            "The regional court ruled on Wednesday in a case brought by families whose relatives were shot "
            "dead at a checkpoint in Pervomaisk.",
            "Pervomaisk",
        ),
        (
            "An appeals court upheld the ruling on Friday in the case of police officers who opened fire on "
            "protesters in Nasiriya.",
            "Nasiriya",
        ),
    ],
)
def test_a_place_of_a_court_case_is_no_event_place(extractor: Extractor, text: str, place: str) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "mentioned"


def test_a_court_attacked_where_a_case_was_heard_is_the_event_place(extractor: Extractor) -> None:
    text = (
        "Gunmen stormed a court in Kirkuk on Monday where the case of two militants was being heard, "
        "killing three guards."
    )
    assert roles_of(extractor, PUBLISHED, text)["Kirkuk"] == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # this report's violence told after "case", in no clause of the case's own
        (
            "A judge hearing the case against Boko Haram suspects was shot dead in Maiduguri on Tuesday.",
            "Maiduguri",
        ),
        (
            "Judges in the case fled after gunmen attacked the courthouse in Mogadishu, killing four guards.",
            "Mogadishu",
        ),
        (
            "A lawyer who had worked on the court case of the slain activists was gunned down in Karachi on "
            "Friday.",
            "Karachi",
        ),
    ],
)
def test_violence_told_after_a_court_case_is_this_reports(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"
