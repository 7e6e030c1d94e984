"""An aside that compares the event with others of its kind ("— the second such attack since
Friday —", "the deadliest attack in the city since January") tells no event of its own, and the
start of its span dates nothing."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 5, 10)  # a Friday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Gunmen killed four soldiers near Gao on Wednesday — the second such attack since Friday — "
            "the army said.",
            date(2024, 5, 8),
        ),
        (
            "A roadside bomb killed three policemen in Kandahar on Thursday, "
            "the third such attack since Monday.",
            date(2024, 5, 9),
        ),
        (
            "Rebels shelled Goma on Tuesday in another such assault since the weekend, "
            "wounding five civilians.",
            date(2024, 5, 7),
        ),
    ],
)
def test_a_compared_aside_is_no_second_event(extractor: Extractor, text: str, day: date) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.event_date for i in r.incidents] == [day], [(i.location, i.date_reason) for i in r.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four soldiers in Kidal — the second such attack since Monday — the army said.",
        "Suicide bombers hit a market in Maiduguri, the deadliest attack in the city since January, "
        "killing 18.",
        "A drone struck a car in Marib, the fourth such strike in the province since Sunday, "
        "killing two men.",
    ],
)
def test_the_span_a_comparison_runs_over_dates_no_event(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert len(r.incidents) == 1, [(i.location, i.date_reason) for i in r.incidents]
    assert "since" not in r.incidents[0].date_reason, r.incidents[0].date_reason


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Two such bombings killed 12 people in Kabul on Monday, police said.", "Kabul"),
        ("Three such raids killed nine villagers near Gao on Thursday, residents said.", "Gao"),
        ("Several such attacks wounded 14 soldiers in Maiduguri on Sunday, the army said.", "Maiduguri"),
    ],
)
def test_a_count_of_such_events_tells_them(extractor: Extractor, text: str, town: str) -> None:
    # "two such bombings killed 12": the events of that kind themselves, not a comparison
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.location.split(",")[0] for i in r.incidents] == [town]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Insurgents fired weapons such as mortars at the army base in Kunduz on Tuesday, "
            "wounding four soldiers.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Militias turned heavy weapons such as artillery on Misrata on Sunday, killing three people.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Fighters struck the convoy outside Goma with devices such as landmines on Monday, "
            "killing two drivers.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_such_as_names_the_kind_of_the_event(extractor: Extractor, text: str, kind: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.sub_event_type for i in r.incidents] == [kind], [
        (i.location, i.sub_event_type) for i in r.incidents
    ]
