"""A country name or adjective that several countries share (Gazetteer.country_of_key) goes to the
most populous of them, not to whichever code came last: "Congolese" is the DR Congo's far more
often than the Republic of the Congo's, "Chinese" China's (not Macau's), "Indian" India's (not the
British Indian Ocean Territory's), "French" France's (not Mayotte's)."""

from __future__ import annotations

import pytest

from incident_explorer.places.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("key", "country"),
    [("congolese", "CD"), ("congo", "CD"), ("chinese", "CN"), ("indian", "IN"), ("french", "FR")],
)
def test_a_shared_country_key_goes_to_the_most_populous_country(
    gazetteer: Gazetteer, key: str, country: str
) -> None:
    assert gazetteer.country_of_key[key] == country


def test_a_key_of_one_country_keeps_it(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_of_key["syrian"] == "SY"
    assert gazetteer.country_of_key["yemen"] == "YE"
