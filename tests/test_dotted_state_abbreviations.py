"""A US state written with dots only after a town and a comma ("Medina, N.Y.", "S.C.") is the
state the town lies in, in a sentence and in a wire dateline; other dotted words stay what they
are ("U.N." no place, "U.S." the country, "Washington, D.C." the capital).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Mention

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def mentions(extractor: Extractor, text: str) -> dict[str, Mention]:
    found = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m for m in found.mentions}


@pytest.mark.parametrize(
    ("text", "town", "state", "admin1"),
    [
        (
            "Two men were shot dead outside a bar in Medina, N.Y., late on Saturday, police said.",
            "Medina",
            "N.Y.",
            "New York",
        ),
        (
            "A gunman opened fire at a church in Greenville, S.C., on Sunday, killing three people.",
            "Greenville",
            "S.C.",
            "South Carolina",
        ),
        (
            "Four workers were hurt when a propane tank exploded at a warehouse in Jacksonville, "
            "N.C., on Monday.",
            "Jacksonville",
            "N.C.",
            "North Carolina",
        ),
        (
            "MEDINA, N.Y. (AP) — A fire destroyed a dairy barn and killed dozens of cows on "
            "Tuesday, officials said.",
            "MEDINA",
            "N.Y.",
            "New York",
        ),
    ],
)
def test_dotted_state_after_a_town_is_its_state(
    extractor: Extractor, text: str, town: str, state: str, admin1: str
) -> None:
    found = mentions(extractor, text)
    assert state in found, found
    written = found[state].candidate
    assert written is not None
    assert (written.place.feature.value, written.place.country_code) == ("admin1", "US")
    assert written.place.name == admin1
    place = found[town].candidate
    assert place is not None
    assert (place.place.country_code, place.place.admin1) == ("US", admin1)


def test_washington_dc_stays_the_capital(extractor: Extractor) -> None:
    text = "Police said a man was stabbed on a bus in Washington, D.C., on Monday night."
    found = mentions(extractor, text)
    city = found["Washington"].candidate
    assert city is not None
    assert city.place.feature.value == "city"
    assert city.place.admin1 == "District of Columbia"


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. said an air strike on a market in Aleppo killed 12 people on Tuesday.",
        "A roadside bomb killed four soldiers near Kandahar, U.N. monitors said on Monday.",
        "Officials of the U.N., speaking in Geneva, said the convoy was shelled on Sunday.",
    ],
)
def test_other_dotted_words_are_no_state(extractor: Extractor, text: str) -> None:
    found = mentions(extractor, text)
    assert "U.N." not in found
    assert all(m.candidate is None or m.candidate.place.country_code != "US" for m in found.values())


def test_us_stays_the_country(extractor: Extractor) -> None:
    text = "Sheriff's deputies in Austin, U.S. officials said, arrested two men on Friday."
    found = mentions(extractor, text)
    us = found["U.S."].candidate
    assert us is not None
    assert us.place.feature.value == "country"
