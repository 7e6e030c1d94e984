"""Two more places a report names beside its event place that are not where it happened: a
military unit speaking from its headquarters ("a spokesman for the 204th Battalion in X said")
reads as troops or officials there do, and the second item of a list of destinations told by
what it lies near ("taken to clinics in X and near the Y crossing") is a destination as the
first is."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.pipeline import Extractor
from tests.conftest import roles_of

PUBLISHED = date(2022, 6, 6)


@pytest.mark.parametrize(
    ("text", "event", "aside"),
    [
        (
            "Maoists killed two policemen in an ambush near Kistaram on Monday. A spokesman for the "
            "204th Battalion in Sukma said the rebels escaped into the forest after the attack.",
            "Kistaram",
            "Sukma",
        ),
        (
            "A roadside bomb killed three soldiers on a patrol near Ghazni on Monday. An officer of the "
            "army's 203rd Corps in Gardez said the wounded were evacuated by helicopter.",
            "Ghazni",
            "Gardez",
        ),
        (
            "Militants attacked a police station in Bannu on Friday, killing four officers. A spokesman "
            "for the 7th Infantry Division in Peshawar said two attackers were killed.",
            "Bannu",
            "Peshawar",
        ),
    ],
)
def test_unit_speaks_from_its_headquarters(rules: Extractor, text: str, event: str, aside: str) -> None:
    roles = roles_of(rules, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[aside] == "mentioned"


@pytest.mark.parametrize(
    ("text", "event", "aside"),
    [
        (
            "Shelling killed four civilians in the village of Kafr Nouran on Friday. The wounded were "
            "taken to clinics in Atarib and near the Bab al-Salameh crossing.",
            "Kafr Nouran",
            "Bab al-Salameh",
        ),
        (
            "Gunmen stormed a church in Owo on Sunday, killing at least 40 worshippers. The injured "
            "were rushed to hospitals in Ikare and outside Akure.",
            "Owo",
            "Akure",
        ),
        (
            "A suicide bomber killed 11 people at a mosque in Gamboru on Tuesday. The wounded were "
            "flown to hospitals in Maiduguri and near Yola, officials said.",
            "Gamboru",
            "Yola",
        ),
    ],
)
def test_destination_told_by_what_it_lies_near(rules: Extractor, text: str, event: str, aside: str) -> None:
    roles = roles_of(rules, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[aside] == "mentioned"
