"""An aside that tells what the sentence's event answers, with its own earlier time ("in response
to a gas attack on X earlier this week", "in retaliation for a raid on X last month"): X is an
earlier event, not this sentence's event place.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 4, 14)


@pytest.mark.parametrize(
    ("text", "event", "earlier"),
    [
        (
            "Allied jets struck a research centre in Barzeh on Saturday in response to a chemical"
            " attack on Douma earlier this month, officials said.",
            "Barzeh",
            "Douma",
        ),
        (
            "Israeli aircraft bombed a militant post in Khan Younis on Saturday in retaliation for"
            " a rocket attack on Sderot last week, the army said.",
            "Khan Younis",
            "Sderot",
        ),
        (
            "Militants shelled an army post near Rafah on Saturday to avenge a raid on Sheikh Zuweid"
            " last month, a security source said.",
            "Rafah",
            "Sheikh Zuweid",
        ),
    ],
)
def test_what_the_event_answers_is_an_earlier_event(
    extractor: Extractor, text: str, event: str, earlier: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert got.get(event) == "event", text
    assert got.get(earlier) != "event", text
