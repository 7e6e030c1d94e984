"""Where a victim died of wounds got elsewhere ("later died in a hospital in X", "succumbed to his
wounds at a military hospital in X") and where the dead were carried ("the bodies were taken to
the morgue in X") are no second event places beside the place the sentence tells it happened;
alone, the hospital's town is the best place given. The sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 11, 23)


@pytest.mark.parametrize(
    ("text", "event", "side"),
    [
        (
            "Gunmen shot dead a trader in Jalalabad on Monday and his brother later died in a hospital in "
            "Kabul.",
            "Jalalabad",
            "Kabul",
        ),
        (
            "A soldier wounded in a blast in Kirkuk on Friday succumbed to his wounds at a military "
            "hospital in "
            "Baghdad.",
            "Kirkuk",
            "Baghdad",
        ),
        (
            "A girl hit by a stray bullet in Tripoli died on Friday in a clinic in Misrata.",
            "Tripoli",
            "Misrata",
        ),
        (
            "Police killed six protesters in Jos, and the bodies were taken to the morgue in Bauchi.",
            "Jos",
            "Bauchi",
        ),
        (
            "Two villagers were hacked to death near Beni, and their bodies were carried to the mortuary in "
            "Butembo.",
            "Beni",
            "Butembo",
        ),
    ],
)
def test_where_the_victims_died_or_were_carried(
    extractor: Extractor, text: str, event: str, side: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[side] == "mentioned"


def test_the_hospitals_town_alone(extractor: Extractor) -> None:
    assert (
        roles_of(extractor, PUBLISHED, "A wounded soldier died in a hospital in Kabul on Monday.")["Kabul"]
        == "event"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The former general died in a hospital in Cairo on Sunday after a long illness.",
        "A veteran reporter who covered the war in Chechnya died at a clinic in Moscow aged 71.",
    ],
)
def test_a_quiet_death_in_hospital_is_no_event(extractor: Extractor, text: str) -> None:
    assert "event" not in roles_of(extractor, PUBLISHED, text).values()
