"""A place's name in the possessive ("Canada's finance minister", "Ohio's governor") names the
place for the text's country and state in focus as the bare name does; its key alone
('canadas') names nothing. Before a force or what a force does ("Russia's air force pounded X",
"Turkey's army shelled X", "Israel's offensive in X") a country in the possessive names who acts,
not where: conflict news tells what a country's army does abroad, so the country is not put in
focus (a namesake of the place there is no better reading); but a force that tells what others
did ("India's army said militants attacked X") is a home army's report: its country is in focus
for a name with a place there, though still no name of the text (a force telling what it did
itself, "said it had hit", acts). A possessive before a capitalised
word is part of a longer name ("Hope's Wings", a shelter), and a contraction ("That's") no name
at all.

Sentences of our own.
"""

from __future__ import annotations

import pytest
from conftest import top_reading

from incident_explorer.places.offline import OfflineGeocoder, context_keys


@pytest.mark.parametrize(
    ("query", "context", "admin1"),
    [
        # the country in focus
        ("London", "Canada's finance minister spoke to farmers in London on Thursday.", "Ontario"),
        ("Richmond", "Canada's health minister toured a clinic in Richmond on Monday.", "British Columbia"),
        ("Hamilton", "New Zealand's prime minister spoke at a school in Hamilton on Tuesday.", "Waikato"),
        ("Perth", "Scotland's first minister opened a bridge near Perth on Monday.", "Scotland"),
        # who acts, not the country in focus
        ("Douma", "Russia's air force pounded Douma and the villages around it on Sunday.", "Rif-dimashq"),
        ("Pokrovsk", "Russia's army pressed its assault on Pokrovsk through the winter.", "Donetsk"),
        ("Tafas", "Turkey's drones had never reached Tafas before the night of the strike.", "Daraa"),
        ("Haditha", "Israel's jets were blamed for a blast at a depot near Haditha.", "Anbar"),
        ("Suran", "Iran's militias dug in around Suran after the rebels withdrew.", "Hama"),
        # a force that tells what others did: its country, where the name has a place
        ("Uri", "India's army said gunmen had crossed the line of control near Uri before dawn.", "Kashmir"),
        (
            "Hangu",
            "Pakistan's military says a suicide bomber hit a police station in Hangu.",
            "Khyber Pakhtunkhwa",
        ),
        (
            "Palma",
            "Mozambique's defence ministry reported that insurgents had overrun Palma.",
            "Cabo Delgado",
        ),
        (
            "Rafah",
            "Egypt's army spokesman said gunmen attacked a checkpoint outside Rafah.",
            "Muhafazat Shamal Sina'",
        ),
        # ... not one that tells what it did itself, nor where its country has no place of the name
        ("Douma", "Russia's air force said it had hit arms depots around Douma.", "Rif-dimashq"),
        ("Haditha", "Israel's military said its jets struck a depot near Haditha.", "Anbar"),
        ("Douma", "Russia's defence ministry said rebels shelled Douma on Sunday.", "Rif-dimashq"),
    ],
)
def test_a_possessive_reading(geocoder: OfflineGeocoder, query: str, context: str, admin1: str) -> None:
    best = top_reading(geocoder, query, context)
    assert best.place.admin1 == admin1, best.location


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        ("Ohio's governor signed the bill on Friday.", "ohio", True),
        ("Crews restored power across New York's northern counties.", "new york", True),
        ("Protesters marched outside Syria’s embassy in Amman.", "syria", True),
        ("Russia's foreign minister met his counterpart on Monday.", "russia", True),
        ("Turkey's largest city was calm.", "turkey", True),
        ("Russia's air force said it had hit depots.", "russia", False),
        ("Turkey's military and its allies crossed the border.", "turkey", False),
        ("Saudi Arabia's warplanes returned after dark.", "saudi arabia", False),
        ("Israel's renewed offensive began at dawn.", "israel", False),
        ("Iran's defence ministry denied the report.", "iran", False),
        ("India's army said gunmen had crossed the line of control.", "india", False),
        ("Nigeria's military says insurgents stormed the town.", "nigeria", False),
        ("Mali's armed forces reported that jihadists ambushed a convoy.", "mali", False),
    ],
)
def test_a_possessive_as_a_name_of_the_text(text: str, name: str, named: bool) -> None:
    keys = context_keys(text)
    assert (name in keys.proper) is named
    assert (name in keys) is named


@pytest.mark.parametrize(
    ("text", "name", "speaks"),
    [
        ("India's army said gunmen had crossed the line of control.", "india", True),
        ("Nigeria's military says insurgents stormed the town.", "nigeria", True),
        ("Mali's armed forces reported that jihadists ambushed a convoy.", "mali", True),
        ("Russia's air force said it had hit depots.", "russia", False),
        ("Israel's military said its jets struck a depot.", "israel", False),
        ("Turkey's army shelled the villages.", "turkey", False),
    ],
)
def test_a_force_telling_what_others_did_speaks_for_its_country(text: str, name: str, speaks: bool) -> None:
    assert (name in context_keys(text).speakers) is speaks


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
