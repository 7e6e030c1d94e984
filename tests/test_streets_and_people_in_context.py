"""A name the text writes only as a street's first word ("Ohio Street", "Washington Drive") is no
state the place asked about lies in, and a name written only as a person's first name ("Capt.
Eugene R. Holt", "Beverly Morgan said") is no town the place lies near, nor is a street's kind
word ending a name ("Joanne Lane" names no Lane County): the geocoder reads the text as if they
were not there. Written on their own elsewhere in the text, they count again.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from conftest import top_reading

from incident_explorer.places.offline import OfflineGeocoder, context_keys


@pytest.mark.parametrize(
    ("query", "context", "plain"),
    [
        (
            "Springfield",
            "Springfield police closed Ohio Street after a water main broke.",
            "Springfield police closed the street after a water main broke.",
        ),
        (
            "Columbus",
            "Columbus crews repaved Georgia Avenue this week.",
            "Columbus crews repaved the avenue this week.",
        ),
        (
            "Arlington",
            "Drilling rigs went up on Washington Drive in north Arlington.",
            "Drilling rigs went up in north Arlington.",
        ),
        (
            "Rochester",
            "The Rochester clinic opened on Minnesota Avenue.",
            "The Rochester clinic opened on the avenue.",
        ),
    ],
)
def test_a_state_named_only_as_a_street_is_no_clue(
    geocoder: OfflineGeocoder, query: str, context: str, plain: str
) -> None:
    best = top_reading(geocoder, query, context)
    assert "context names" not in best.reason, best.reason
    assert best.place.source_id == top_reading(geocoder, query, plain).place.source_id, best.reason


@pytest.mark.parametrize(
    ("query", "context", "plain"),
    [
        (
            "Springfield",
            "Springfield firefighters put out the blaze on Tuesday, said Capt. Eugene R. Holt.",
            "Springfield firefighters put out the blaze on Tuesday.",
        ),
        (
            "Salem",
            "Salem firefighters put out the blaze, Beverly Morgan said.",
            "Salem firefighters put out the blaze.",
        ),
        (
            "Concord",
            "The Concord school board met on Monday. Charlotte M. Reyes chairs it.",
            "The Concord school board met on Monday.",
        ),
        (
            "Georgetown",
            "Georgetown police arrested two men, Austin Reed said.",
            "Georgetown police arrested two men.",
        ),
    ],
)
def test_a_town_named_only_as_a_first_name_is_no_neighbour(
    geocoder: OfflineGeocoder, query: str, context: str, plain: str
) -> None:
    best = top_reading(geocoder, query, context)
    assert "near " not in best.reason, best.reason
    assert best.place.source_id == top_reading(geocoder, query, plain).place.source_id, best.reason


@pytest.mark.parametrize(
    ("query", "context", "admin1"),
    [
        (
            "Springfield",
            "Springfield police closed Ohio Street. The Ohio attorney general asked for the records.",
            "Ohio",
        ),
        (
            "Salem",
            "Salem firefighters put out the blaze, Beverly Morgan said. Crews from Beverly helped.",
            "Massachusetts",
        ),
        (
            "Georgetown",
            "Georgetown police arrested two men, Austin Reed said. They were taken to Austin.",
            "Texas",
        ),
    ],
)
def test_the_same_name_written_on_its_own_still_counts(
    geocoder: OfflineGeocoder, query: str, context: str, admin1: str
) -> None:
    best = top_reading(geocoder, query, context)
    assert (best.place.country_code, best.place.admin1) == ("US", admin1), best.reason


@pytest.mark.parametrize(
    ("query", "context", "plain"),
    [
        (
            "Springfield",
            "A body was found behind the 200 block of Joanne Lane in Springfield, police said.",
            "A body was found in Springfield, police said.",
        ),
        (
            "Junction City",
            "Junction City police towed a car from Elm Lane.",
            "Junction City police towed a car.",
        ),
        (
            "Cottage Grove",
            "Police in Cottage Grove searched Hawthorne Lane.",
            "Police in Cottage Grove searched the area.",
        ),
    ],
)
def test_a_streets_kind_word_is_no_neighbour(
    geocoder: OfflineGeocoder, query: str, context: str, plain: str
) -> None:
    best = top_reading(geocoder, query, context)
    assert "near lane" not in best.reason, best.reason
    assert best.place.source_id == top_reading(geocoder, query, plain).place.source_id, best.reason


def test_which_names_are_only_streets_or_people() -> None:
    keys = context_keys(
        "Crews closed Augusta St. on Monday, Capt. Eugene R. Holt said. Kabul Police said two"
        " police officers were hurt. Memphis Street reopened, Warren Lee said."
    )
    assert {"augusta", "memphis"}.isdisjoint(keys.alone)
    assert {"eugene", "warren"} <= keys.incidental
    assert "kabul" not in keys.incidental  # "police" is a word the text writes in lower case
    assert "kabul" in keys.alone
