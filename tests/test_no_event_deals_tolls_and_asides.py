"""Text that reports no event, and places beside the event, name no event place:

- an act agreed to, pledged or promised ("agreed in X on Monday to pull back troops from Y"): a
  deal's term, not done;
- an act held off ("would not let the fighting spill into X", "will not tolerate shelling near X");
- a toll over a whole month or year gone by, told in the passive ("85 civilians were killed in X in
  March", in April; "97 were killed in 2021", in 2022; "last month"; not one act told with its doer
  or kind, "a car bomb killed 12 in X in March", which the report recalls), and its breakdown after
  it ("..., most of them by roadside bombs");
- the rest of the clause of an act told as another time's ("weeks after clashes near X left dozens
  dead": the verb of the earlier act is that act's too);
- months or years of an act before ("troops would be sent to X after months of clashes"), and acts
  of years gone by ("families displaced by attacks in earlier years");
- where an act drove people ("..., displacing thousands of families toward X"): a destination.

(Sentences of our own.)"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_places

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 4, 8)


def _events(extractor: Extractor, text: str, published: date = PUBLISHED) -> list[str]:
    return event_places(extractor, published, text)


@pytest.mark.parametrize(
    "text",
    [
        "Both sides agreed in Sochi on Monday to hand over Tal Rifaat to government forces by the end "
        "of the month.",
        "The militia commanders agreed at a meeting in Juba to retreat from Yei and to exchange prisoners.",
        "Rebel leaders pledged at the talks in Addis Ababa to pull back their fighters from Mekelle "
        "within two weeks.",
    ],
)
def test_an_act_agreed_to_reports_no_event(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said it would not allow the fighting to spread to Kilis, officials said.",
        "The army said it would not let the clashes spill over into Tal Afar from the desert.",
        "Jordan warned on Sunday that it would not tolerate shelling near Ramtha.",
    ],
)
def test_an_act_held_off_reports_no_event(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The UN mission said 85 civilians were killed in Kandahar in March, most of them by roadside "
         "bombs.", PUBLISHED),
        ("Police said 41 people were killed in Sinaloa last month, nearly double the toll of a year "
         "earlier.", PUBLISHED),
        ("The human rights office said on Monday that 97 civilians were killed in 2021 in Tumaco and "
         "Buenaventura.", date(2022, 1, 11)),
        ("At least 130 civilians were killed in Helmand in March, the United Nations said in its "
         "monthly tally.", PUBLISHED),
    ],
)  # fmt: skip
def test_a_toll_over_a_month_or_year_gone_by_reports_no_event(
    extractor: Extractor, text: str, published: date
) -> None:
    assert _events(extractor, text, published) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a time within the month is an act's own, not a month's toll
        ("Witnesses said soldiers had executed some 200 men in the town of Djibo over three days in "
         "late March.", "Djibo"),
        ("Jets killed 12 people in Saraqib on Monday, the monitor said.", "Saraqib"),
        # this month is not gone by
        ("Gunmen killed 14 people in Kajuru in April, officials said.", "Kajuru"),
        # one earlier act told with its doer or kind is recalled, not a month's toll
        ("A car bomb killed 12 people in Kirkuk in March, police said.", "Kirkuk"),
        ("Two soldiers were killed in an ambush near Gao last month, the army said.", "Gao"),
    ],
)  # fmt: skip
def test_an_act_of_its_own_time_is_still_an_event(extractor: Extractor, text: str, place: str) -> None:
    assert place in _events(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president visited troops in Goma on Tuesday, weeks after fierce clashes near Rutshuru left "
        "dozens dead.",
        "Schools reopened in Kidal on Monday, weeks after a suicide attack on the town's market killed 11 "
        "people.",
        "The governor toured Maiduguri on Saturday, months after repeated bombings in its markets "
        "wounded hundreds.",
    ],
)
def test_the_verb_of_an_earlier_act_reports_no_event(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "place", "destination"),
    [
        ("Clashes between the army and rebels erupted near Kitchanga on Sunday, displacing thousands of "
         "families toward Goma, aid groups said.", "Kitchanga", "Goma"),
        ("Jets bombed Saraqib on Monday, displacing many residents into Sarmada, the monitor said.",
         "Saraqib", "Sarmada"),
        ("Fighting around Kadugli on Tuesday displaced 5,000 people toward Dilling, the UN said.",
         "Kadugli", "Dilling"),
    ],
)  # fmt: skip
def test_where_an_act_drove_people_is_no_event_place(
    extractor: Extractor, text: str, place: str, destination: str
) -> None:
    events = _events(extractor, text)
    assert place in events
    assert destination not in events


# months or years of an act told as what came before, and acts of years gone by
@pytest.mark.parametrize(
    "text",
    [
        "Officials said extra police would be deployed in Marawi after months of clashes with militants.",
        "Schools in Kidal reopened on Monday after years of fighting between rebels and the army, the UN "
        "said.",
        "Talks resumed in Kismayo on Tuesday after years of clashes between clan militias.",
        "The governor promised new homes in Jos for families displaced by attacks in earlier years.",
        "Aid groups said schools in Dori were still closed to children who lost parents in clashes in "
        "previous years.",
        "The new clinic in Malakal will treat people wounded in attacks in previous years.",
    ],
)
def test_acts_of_months_or_years_before_report_no_event(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []
