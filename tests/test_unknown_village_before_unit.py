"""A village the gazetteer lacks, told right before the unit that holds it, is that unit's
event place standing in for it, not a miss beside a unit taken for the event place:

- after an attack's verb ("attacked X in the Y region", "retook X in Y province"), as after
  "in" or "near" before;
- before a district the gazetteer knows only as a district ("near X in North Waziristan"),
  as before a province.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 4, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "village", "unit", "country"),
    [
        (
            "Militants ambushed an army patrol near Zangwali in Kurram on Monday, killing two"
            " soldiers, officials said.",
            "Zangwali",
            "Kurram",
            "PK",
        ),
        (
            "Jihadists on motorcycles attacked Mbitikoro in the Tillaberi region on Sunday, killing five"
            " villagers, the governor said.",
            "Mbitikoro",
            "Tillaberi",
            "NE",
        ),
        (
            "Government troops retook Kwatabo in Ituri province on Tuesday after two days of fighting with"
            " the militia, the army said.",
            "Kwatabo",
            "Ituri",
            "CD",
        ),
        (
            "Insurgents stormed Yirwandi in Kunar province overnight on Monday and torched the police post,"
            " a spokesman said.",
            "Yirwandi",
            "Kunar",
            "AF",
        ),
    ],
)
def test_the_unit_stands_in_for_the_village(
    extractor: Extractor, text: str, village: str, unit: str, country: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert village in found and found[village].role == "event", text
    c = found[village].candidate
    assert c is not None and c.place.country_code == country, text
    assert found[unit].role != "event", text  # the unit holds the event place; it is not one


@pytest.mark.parametrize(
    "text",
    [
        "Security forces captured Khalid Mahmoud in Diyala province on Sunday, police said.",
        "Gunmen attacked Ahmed Salah's house in Anbar on Sunday, police said.",
    ],
)
def test_no_person_is_read_as_a_village(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    people = {"Khalid Mahmoud", "Ahmed Salah"}
    assert not any(m.text in people and m.role == "event" for m in r.mentions), text


# (found by review rev27, rev26's finding B2) an attack's verb takes goods and peoples as often
# as places: one word in the plural after it names no village, and the incident is the unit's
# under no made-up village name
@pytest.mark.parametrize(
    ("text", "plural"),
    [
        (
            "Militants seized Toyotas in Helmand province on Friday after killing three police officers.",
            "Toyotas",
        ),
        ("Insurgents torched Humvees in Zabul province on Sunday, killing two soldiers.", "Humvees"),
        ("Fighters seized Hiluxes in Kunar province on Saturday after killing four guards.", "Hiluxes"),
    ],
)
def test_a_plural_after_an_attack_verb_is_no_village(extractor: Extractor, text: str, plural: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert plural not in {m.text for m in r.mentions}, [(m.text, m.role) for m in r.mentions]
    assert r.incidents and not any(plural in i.place_text for i in r.incidents), r.incidents
