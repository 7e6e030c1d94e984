"""A country in the possessive before a force or what a force does ("Russia's air force pounded
X", "Turkey's army shelled X", "Israel's offensive in X") names who acts, not where: conflict
news tells what a country's army does abroad, so the country is not put in focus (a namesake of
the place there is no better reading). Before any other word ("Canada's finance minister") the
possessive still names the text's country (test_possessive_names).

Sentences of our own.
"""

from __future__ import annotations

import pytest
from conftest import top_reading

from incident_explorer.places.offline import OfflineGeocoder, context_keys


@pytest.mark.parametrize(
    ("query", "context", "admin1"),
    [
        ("Douma", "Russia's air force pounded Douma and the villages around it on Sunday.", "Rif-dimashq"),
        ("Pokrovsk", "Russia's army pressed its assault on Pokrovsk through the winter.", "Donetsk"),
        ("Tafas", "Turkey's drones had never reached Tafas before the night of the strike.", "Daraa"),
        ("Haditha", "Israel's jets were blamed for a blast at a depot near Haditha.", "Anbar"),
        ("Suran", "Iran's militias dug in around Suran after the rebels withdrew.", "Hama"),
    ],
)
def test_an_actor_in_the_possessive_is_not_in_focus(
    geocoder: OfflineGeocoder, query: str, context: str, admin1: str
) -> None:
    best = top_reading(geocoder, query, context)
    assert best.place.admin1 == admin1, best.location


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia's air force said it had hit depots.", "russia"),
        ("Turkey's military and its allies crossed the border.", "turkey"),
        ("Saudi Arabia's warplanes returned after dark.", "saudi arabia"),
        ("Israel's renewed offensive began at dawn.", "israel"),
        ("Iran's defence ministry denied the report.", "iran"),
    ],
)
def test_an_actor_in_the_possessive_is_no_name_of_the_text(text: str, name: str) -> None:
    assert name not in context_keys(text).proper
    assert name not in context_keys(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia's foreign minister met his counterpart on Monday.", "russia"),
        ("Turkey's largest city was calm.", "turkey"),
        ("Ohio's governor toured the flooded towns.", "ohio"),
    ],
)
def test_a_possessive_before_other_words_still_names_its_place(text: str, name: str) -> None:
    assert name in context_keys(text).proper
