"""Sentences that report no event though told in the words of events: a charge over a past
killing, an act dated by an earlier one ("a month after drones struck X"), a gathering that marks
an earlier event, people named by whom they lost (wire batch 16). Sentences of our own, none from
tests/wire/."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 20)


def event_places(extractor: Extractor, text: str) -> list[str]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [m.text for m in r.mentions if m.role == "event"]


@pytest.mark.parametrize(
    "text",
    [
        # a charge brought over a past killing, in a sentence with other words of violence
        "A war crimes prosecutor charged a former army officer on Tuesday over the 2012 killings of 30 "
        "villagers in Haswiyeh, seen in footage of men being shot.",
        "Prosecutors charged two former police officers for the 2019 deaths of four protesters in "
        "Omdurman, whose shooting was filmed by bystanders.",
        "Swiss prosecutors have indicted a former rebel commander over the 2014 murders of 12 prisoners in "
        "Zawiya, shown in a video of the men being shot.",
        # an act dated by an earlier one a week or more before
        "Aid groups said on Tuesday that 40,000 people in Dnipro still had no heating three weeks after "
        "Russian missiles struck the city's power plant.",
        "The mayor reopened the market in Jenin on Monday, two months after an Israeli raid destroyed "
        "most of its stalls.",
        "Engineers began rebuilding the bridge at Irpin a year after retreating troops blew it up.",
        # a gathering that marks an earlier event
        "Hundreds of people marched through Srebrenica on Sunday, nearly thirty years after the massacre "
        "of 8,000 men and boys.",
        "Survivors held a vigil in Beslan on Friday to mark twenty years since the school siege.",
        "Crowds rallied in Homs to commemorate the victims of the 2012 shelling of Baba Amr.",
        # people named by whom they lost
        "Relatives of the victims met the prime minister in Kabul on Wednesday, demanding compensation.",
        "Mothers of those killed gathered outside the parliament in Baghdad, holding photographs.",
        "Parents of the victims demanded answers from officials in Uvalde on Thursday.",
    ],
)
def test_no_event_is_told(extractor: Extractor, text: str) -> None:
    assert event_places(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "taken control of", a word of fighting
        (
            "The group said in a statement on Friday that it had taken control of Kidira.",
            "Kidira",
        ),
        (
            "Government forces announced on Sunday that they had taken control of Tal Tamr.",
            "Tal Tamr",
        ),
        (
            "Islamist fighters, who had taken control of Mocimboa da Praia at dawn, burned the market.",
            "Mocimboa da Praia",
        ),
        # the report's own event stays
        ("Riot police charged crowds of protesters in Nairobi on Tuesday, injuring 12.", "Nairobi"),
        (
            "A suicide bomber killed six people in Mogadishu on Friday, a week after the election.",
            "Mogadishu",
        ),
        (
            "Gunmen killed eight worshippers in Zaria on Sunday, two days after an attack on a market.",
            "Zaria",
        ),
    ],
)
def test_the_place_is_an_event_place(extractor: Extractor, text: str, place: str) -> None:
    assert place in event_places(extractor, text)
