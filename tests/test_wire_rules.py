"""Rules for wire text: the story's country, venues, destinations and earlier events (issue 11).

Each rule on several differently worded sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2017, 2, 25)  # a Saturday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


def roles(r: Extraction) -> dict[str, str]:
    return {m.text: m.role for m in r.mentions}


def event_country(r: Extraction, name: str) -> str | None:
    m = next(m for m in r.mentions if m.text == name)
    assert m.role == "event", m.reason
    return m.candidate.place.country_code if m.candidate else None


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "AMMAN (Reuters) - Government helicopters dropped barrel bombs on Deraa on Friday, "
            "killing seven people, rebels said.",
            "Deraa",
            "SY",
        ),
        (
            "Warplanes struck Douma on Friday, killing nine people, while opposition delegates "
            "attended peace talks in Geneva.",
            "Douma",
            "SY",
        ),
        (
            "ISTANBUL (AFP) - Ambulances took the wounded to Kilis after a bomb exploded in Azaz on Friday.",
            "Azaz",
            "SY",
        ),
        (
            "MOSCOW (Reuters) - Shelling killed three soldiers near Avdiivka on Friday, the army "
            "said, as negotiations in Minsk stalled.",
            "Avdiivka",
            "UA",
        ),
    ],
)
def test_places_where_nothing_happened_do_not_decide_the_story_country(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    assert event_country(run(extractor, text), place) == country


def test_a_place_named_as_context_keeps_the_story_country(extractor: Extractor) -> None:
    # the focus comes from Aleppo, named as where the road is: the road's namesake abroad is a guess
    r = run(extractor, "Shelling targeting the Castello road, at the outskirts of Aleppo")
    castello = next(m for m in r.mentions if m.text == "Castello")
    assert castello.candidate is None or castello.candidate.place.country_code == "SY"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Air strikes killed 12 people in Douma on Friday during peace talks in Geneva.", "Geneva"),
        ("Shelling killed four civilians in Taiz as negotiations in Kuwait went on.", "Kuwait"),
        ("Rebels shelled Aleppo on Friday, a day before talks on a ceasefire in Astana.", "Astana"),
    ],
)
def test_where_talks_are_held_is_no_event_place(extractor: Extractor, text: str, venue: str) -> None:
    assert roles(run(extractor, text))[venue] == "mentioned"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("The army said in Ankara that its jets had struck 20 targets near the town.", "Ankara"),
        ("A spokesman told reporters in Riyadh that the raid had hit missile launchers.", "Riyadh"),
        ("The coalition, speaking in Baghdad, said its jets had bombed militant positions.", "Baghdad"),
        ("The ministry said in a statement from Nairobi that troops had killed 30 militants.", "Nairobi"),
    ],
)
def test_where_someone_spoke_is_no_event_place(extractor: Extractor, text: str, venue: str) -> None:
    assert roles(run(extractor, text))[venue] != "event"


def test_what_was_said_about_a_place_keeps_it(extractor: Extractor) -> None:
    assert (
        roles(run(extractor, "Activists said the shelling in Douma killed five people."))["Douma"] == "event"
    )


@pytest.mark.parametrize(
    ("text", "hospital"),
    [
        ("Turkish ambulances took more than 20 wounded across the border to a hospital in Kilis.", "Kilis"),
        ("Medics rushed the injured from the market to hospitals in Kirkuk.", "Kirkuk"),
        ("Three of the wounded were later airlifted by helicopter to a field hospital in Mosul.", "Mosul"),
    ],
)
def test_a_hospital_people_were_carried_to_is_no_event_place(
    extractor: Extractor, text: str, hospital: str
) -> None:
    assert roles(run(extractor, text))[hospital] == "mentioned"


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("It was the deadliest attack on the town since a car bomb in Samarra last year.", "Samarra"),
        ("Rockets hit a base in Kirkuk on Friday, a week after a similar attack in Baghdad.", "Baghdad"),
        ("The bombing was the worst in the capital since the suicide attack at Kabul in May.", "Kabul"),
    ],
)
def test_an_earlier_event_named_for_comparison_is_no_event_place(
    extractor: Extractor, text: str, earlier: str
) -> None:
    assert roles(run(extractor, text))[earlier] == "mentioned"
