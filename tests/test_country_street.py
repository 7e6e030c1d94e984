"""A street named after a country ("Syria Street" in Tripoli, "Palestine Street" in Baghdad) lies
in another country: the country is mentioned, not where the event happened; the town the street
is in stays the event's place. A country alone, or before other words, is read as before."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 1, 6)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "country", "town"),
    [
        ("Gunmen fought across Syria Street in Tripoli on Sunday, killing four people.", "Syria", "Tripoli"),
        (
            "A car bomb exploded on Palestine Street in Baghdad on Sunday, killing seven people.",
            "Palestine",
            "Baghdad",
        ),
        (
            "Police fired tear gas at protesters on Lebanon Avenue in Khartoum on Sunday, wounding 12.",
            "Lebanon",
            "Khartoum",
        ),
        (
            "A roadside bomb hit a patrol on Iraq Road near Kirkuk on Sunday, killing two soldiers.",
            "Iraq",
            "Kirkuk",
        ),
    ],
)
def test_a_street_named_after_a_country_is_not_the_event_place(
    extractor: Extractor, text: str, country: str, town: str
) -> None:
    found = roles(extractor, text)
    assert found.get(country) == "mentioned"
    assert found.get(town) == "event"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Air strikes killed nine civilians in Syria on Sunday, a monitor said.", "Syria"),
        ("Syria Army units shelled the town on Sunday, killing three.", "Syria"),
    ],
)
def test_a_country_not_before_a_street_word_is_read_as_before(
    extractor: Extractor, text: str, country: str
) -> None:
    assert roles(extractor, text).get(country) != "mentioned"
