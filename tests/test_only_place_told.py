"""The headline fallback ("the only place named in a sentence that reports violence") passes over
a quiet place told after a speaker's verb: a plan, a ruling or a warning about the place is no
violence it saw."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 1, 10)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The election board warned on Tuesday of a serious risk of clashes in Kisumu before the vote, "
            "in areas badly hit by the violence of 2017.",
            "Kisumu",
        ),
        (
            "The defence minister said his troops would soon clear Marea of the militants, adding that an "
            "offensive was ready.",
            "Marea",
        ),
        (
            "The interior minister vowed on Sunday that troops would drive the militants out of Saraqeb "
            "within weeks, as a new military offensive was prepared.",
            "Saraqeb",
        ),
    ],
)
def test_a_quiet_place_after_a_speakers_verb_is_no_fallback_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] != "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the fallback still holds where no one speaks before the place
        (
            "Unknown gunmen shot dead a former rebel commander as he left a mosque in Nawa on Friday, "
            "activists said.",
            "Nawa",
        ),
        (
            "Militants killed two guards who had escorted a convoy through Kohat, police said.",
            "Kohat",
        ),
    ],
)
def test_the_fallback_holds_where_no_one_speaks_before_the_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the news is the blast named in the headline, whoever tells it: the speaker's verb
        # narrows the quiet-place fallback only
        ("Police said 12 killed after Quetta blast", "Quetta"),
        ("Hospital officials said 15 wounded after Kabul mosque bombing", "Kabul"),
        ("Governor vows revenge after Peshawar attack", "Peshawar"),
    ],
)
def test_a_speakers_verb_keeps_the_blast_a_headline_names(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "said" tells most violence: a plain report after it keeps the fallback (only what was
        # said would happen, a risk or a plan, is no violence the place saw)
        ("Police said militants killed two guards who had escorted a convoy through Kohat.", "Kohat"),
        (
            "Activists said unknown gunmen shot dead a former rebel commander as he left a mosque in "
            "Nawa on Friday.",
            "Nawa",
        ),
        (
            "Witnesses said the city of Manbij, where coalition forces are stationed, witnessed a "
            "powerful explosion.",
            "Manbij",
        ),
    ],
)
def test_a_plain_report_after_said_keeps_the_fallback(extractor: Extractor, text: str, place: str) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"
