"""A place's name in the possessive ("Canada's finance minister", "Ohio's governor") names the
place for the text's country and state in focus as the bare name does; its key alone
('canadas') names nothing. A possessive before a capitalised word is part of a longer name
("Hope's Wings", a shelter), and a contraction ("That's") no name at all.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from conftest import top_reading

from incident_explorer.places.offline import OfflineGeocoder, context_keys


@pytest.mark.parametrize(
    ("query", "context", "admin1"),
    [
        ("London", "Canada's finance minister spoke to farmers in London on Thursday.", "Ontario"),
        ("Richmond", "Canada's health minister toured a clinic in Richmond on Monday.", "British Columbia"),
        ("Hamilton", "New Zealand's prime minister spoke at a school in Hamilton on Tuesday.", "Waikato"),
        ("Perth", "Scotland's first minister opened a bridge near Perth on Monday.", "Scotland"),
    ],
)
def test_a_country_in_the_possessive_is_in_focus(
    geocoder: OfflineGeocoder, query: str, context: str, admin1: str
) -> None:
    best = top_reading(geocoder, query, context)
    assert best.place.admin1 == admin1, best.location


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ohio's governor signed the bill on Friday.", "ohio"),
        ("Crews restored power across New York's northern counties.", "new york"),
        ("Protesters marched outside Syria’s embassy in Amman.", "syria"),
    ],
)
def test_a_possessive_is_read_as_the_name(text: str, name: str) -> None:
    assert name in context_keys(text).proper


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Donations to Hope's Wings rose this year, and there is hope for more.", "hope"),
        ("That's what the mayor said, and that was all.", "that"),
        ("Here's the plan: here the road ends.", "here"),
    ],
)
def test_a_longer_name_or_a_contraction_is_no_name(text: str, word: str) -> None:
    assert word not in context_keys(text).proper
