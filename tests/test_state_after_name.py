""" "state" after a name ("in Niger state", "the north-central Niger State") says the name is a
unit, as "province" after it does: "Niger state" is Nigeria's state, not the country Niger. A
state's organs ("Georgia state television"), "the Islamic State", "a state of emergency",
"Rakhine state" (already the state) and a county named as one ("Orange County") read as before.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Mention
from incident_explorer.places.place import Feature


def mentions(extractor: Extractor, text: str) -> dict[str, Mention]:
    r = extractor.extract(articles.from_text(text, published=date(2021, 6, 9)))
    return {m.text: m for m in r.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 30 villagers in Niger state on Friday, police said.",
        "Bandits stormed a village in the north-central Niger State on Sunday, killing 17 people.",
        "Armed men abducted nine farmers in Kwanar Dutse, a settlement in Niger state, late on Tuesday.",
    ],
)
def test_a_state_after_a_country_name_is_the_state(extractor: Extractor, text: str) -> None:
    got = mentions(extractor, text)["Niger"].candidate
    assert got is not None
    assert (got.place.country_code, got.place.feature) == ("NG", Feature.ADMIN1), got.place


def test_a_state_s_organs_and_other_states_read_as_before(extractor: Extractor) -> None:
    got = mentions(extractor, "Georgia state television said a blast killed two people in Gori on Sunday.")
    assert got["Georgia"].candidate is not None and got["Georgia"].candidate.place.feature == Feature.COUNTRY
    assert got["Gori"].role == "event"
    got = mentions(
        extractor, "Troops clashed with rebels in Buthidaung, Rakhine state, on Saturday, leaving six dead."
    )
    assert got["Buthidaung"].role == "event"
    assert got["Rakhine"].candidate is not None and got["Rakhine"].candidate.place.country_code == "MM"
    got = mentions(extractor, "A shooting at a mall in Anaheim, Orange County, killed two people on Sunday.")
    assert got["Anaheim"].role == "event"
    assert got["Anaheim"].candidate is not None and got["Anaheim"].candidate.place.admin1 == "California"
    got = mentions(
        extractor,
        "The governor declared a state of emergency after gunmen killed 14 villagers in Gwoza on Tuesday.",
    )
    assert got["Gwoza"].candidate is not None and got["Gwoza"].candidate.place.country_code == "NG"
    got = mentions(
        extractor, "Fighters of the Islamic State attacked a post near Tal Afar on Monday, killing four."
    )
    assert "Islamic" not in got and "Islamic State" not in got
    assert got["Tal Afar"].candidate is not None and got["Tal Afar"].candidate.place.country_code == "IQ"
    got = mentions(extractor, "An explosion killed five people in a market, state media in Damascus said.")
    assert got["Damascus"].candidate is not None and got["Damascus"].candidate.place.country_code == "SY"
