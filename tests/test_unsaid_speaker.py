"""A seat or its people told by what they left unsaid ("the news agency in X did not mention the
attack", "officials in X have not commented") speak from X as those who said something do: once
the report has told its event place, X is not a second place of the violence."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.pipeline import Extractor
from tests.conftest import roles_of

PUBLISHED = date(2021, 9, 6)


@pytest.mark.parametrize(
    ("text", "event", "speaker"),
    [
        (
            "A missile attack on a military camp in Marib killed at least 80 soldiers on Saturday, "
            "medical sources said. The Houthi-run Saba news agency in Sanaa did not mention the attack.",
            "Marib",
            "Sanaa",
        ),
        (
            "Gunmen shot dead three policemen at a checkpoint in Dera Bugti on Monday. Officials in "
            "Quetta have not commented on the attack.",
            "Dera Bugti",
            "Quetta",
        ),
        (
            "A roadside bomb killed four soldiers near Ghazni on Friday. The army's press office in "
            "Kabul did not confirm how many were killed.",
            "Ghazni",
            "Kabul",
        ),
    ],
)
def test_unsaid_speaker_is_no_event_place(rules: Extractor, text: str, event: str, speaker: str) -> None:
    roles = roles_of(rules, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[speaker] == "mentioned"
