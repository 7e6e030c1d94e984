"""One dateline reader for every stage (`extraction.datelines`): the place filed from, its region,
the day, the agency and where the report's own words begin, in each form the wire writes it; and
what only looks like one (an appositive after a name, a headline in capitals) read as none.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.datelines import bare_dateline, dateline, dateline_after
from incident_explorer.extraction.pipeline import Extractor


def _body(text: str) -> str:
    line = dateline(text)
    assert line is not None, text
    return text[line.stop :]


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("TARTUS (Reuters) - Two car bombs went off near the port on Monday.", "TARTUS", "Reuters"),
        ("MOSUL, Iraq (AP) — Gunmen opened fire on a checkpoint overnight.", "MOSUL", "AP"),
        ("GAO, Mali (AFP) – Jihadists attacked an army camp at dawn.", "GAO", "AFP"),
        ("Ramadi (Reuters) - A roadside bomb struck a convoy, police said.", "Ramadi", "Reuters"),
    ],
)
def test_agency_in_brackets(text: str, place: str, agency: str) -> None:
    line = dateline(text)
    assert line is not None
    assert text[line.start : line.end] == place
    assert (line.agency, line.bracketed, line.dashed) == (agency, True, True)
    assert _body(text)[0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Daraa, SANA – Army units destroyed a tunnel in the southern countryside.",
        "Deir ez-Zor, SANA - Terrorists targeted a bakery with shells.",
        "QAMISHLI, (SANA) – A car bomb exploded near a school.",
        "Palmyra, (SANA) - Engineering units cleared mines from the old city.",
    ],
)
def test_state_agency_after_a_comma(text: str) -> None:
    line = dateline(text)
    assert line is not None and line.agency == "SANA"
    assert line.region is None  # the agency is no region
    assert _body(text).split()[0][0].isupper()


@pytest.mark.parametrize(
    ("text", "region", "day"),
    [
        ("HERAT, Afghanistan, June 7 (Reuters) - Gunmen killed four.", "Afghanistan", "June 7"),
        ("ERIE, Pa. (AP) — A fire destroyed two homes.", "Pa.", None),
        ("GAZA, Jan. 4 (Reuters) - An air strike hit a car.", None, "Jan. 4"),
        ("Maputo, 12 Jun 2022 (Lusa) - Insurgents raided a village.", None, "12 Jun 2022"),
        ("NYALA (3 April 2021) – Militiamen burned a market.", None, "3 April 2021"),
    ],
)
def test_region_and_day(text: str, region: str | None, day: str | None) -> None:
    line = dateline(text)
    assert line is not None
    assert (text[slice(*line.region)] if line.region else None) == region
    assert (text[slice(*line.day)] if line.day else None) == day


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("SILCHAR, Apr 2: Two villagers were shot dead by suspected militants.", "Two"),
        ("Jaipur, Sept 30 (IANS) Three people were killed in a stampede.", "Three"),
        ("KARACHI (APP): Police arrested five suspects after the blast.", "Police"),
        ("DAVAO CITY—Soldiers clashed with rebels in a village.", "Soldiers"),
        ("HODEIDAH (Reuters)-Shelling hit a hospital on Tuesday.", "Shelling"),
        ("MAIDUGURI (AFP)- Gunmen raided a camp.", "Gunmen"),
    ],
)
def test_colon_bracket_and_spaceless_closes(text: str, first: str) -> None:
    assert _body(text).split()[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "MARIB/ADEN (Reuters) - Clashes killed ten fighters.",
        "KUTUM / EL FASHER (15 October 2019) – Gunmen attacked a camp.",
        "Taiz / Yemen - Snipers killed a child.",
    ],
)
def test_several_places_filed_from(text: str) -> None:
    line = dateline(text)
    assert line is not None and line.start == 0 and "/" in text[line.end : line.stop]


def test_a_spotted_place_marks_the_place_end() -> None:
    text = "DERA ISMAIL KHAN, Pakistan (Reuters) - A bomb killed two."
    line = dateline_after(text, len("DERA ISMAIL KHAN"))
    assert line is not None and (line.start, line.agency) == (0, "Reuters")
    assert dateline_after(text, len("DERA")) is None  # not the end of the place


@pytest.mark.parametrize(
    "text",
    [
        "Homs, a city in central Syria, was shelled again on Monday.",
        "Kandahar, the birthplace of the movement, saw heavy fighting.",
        "Sirte, where the group once ruled, was quiet on Friday.",
        "KILLED IN HAMA",
        "SHELLING HITS ALEPPO MARKET",
        "Police said the attack in Kirkuk was the third this week.",
        "Bombs kill 12 in Kabul - police",
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert dateline(text) is None


@pytest.mark.parametrize(
    ("text", "filed", "event"),
    [
        ("HAMA, SANA - Terrorists shelled a bakery in Mhardeh, wounding three people.", "HAMA", "Mhardeh"),
        ("HOMS, SANA – A car bomb went off in the Akrama neighbourhood, killing four.", "HOMS", "Akrama"),
        ("KUT, March 2 - A roadside bomb killed two soldiers near Suwayrah, police said.", "KUT", "Suwayrah"),
        ("Daraa, SANA – Gunmen shot dead a teacher in the town of Nawa on Tuesday.", "Daraa", "Nawa"),
    ],
)
def test_a_dateline_without_brackets_names_the_town_filed_from(
    extractor: Extractor, text: str, filed: str, event: str
) -> None:
    # (a short name in capitals is a town, not an acronym, when an agency or a day follows it as
    # a dateline, in brackets or not)
    r = extractor.extract(from_text(text, published=date(2017, 3, 2)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(filed) == "dateline" and roles.get(event) == "event"


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("BEIRUT (reuters) - Air strikes hit a market on Monday.", "BEIRUT", "reuters"),
        ("Gao (afp) – Jihadists attacked an army camp at dawn.", "Gao", "afp"),
        ("KABUL (xinhua) -- A roadside bomb struck a police car.", "KABUL", "xinhua"),
        ("Jammu, Oct 3 (pti) Two militants were killed in an encounter.", "Jammu", "pti"),
    ],
)
def test_agency_in_lower_case(text: str, place: str, agency: str) -> None:
    line = dateline(text)
    assert line is not None
    assert text[line.start : line.end] == place
    assert (line.agency, line.bracketed) == (agency, True)
    assert _body(text)[0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Homs (file photo) - Smoke rose over the old city.",
        "Aleppo (map) - The front line ran through the east.",
        "Idlib (spa) - A spa reopened in the town.",
    ],
)
def test_a_lower_case_word_in_brackets_is_no_agency(text: str) -> None:
    assert dateline(text) is None


@pytest.mark.parametrize(
    ("text", "end", "capitals", "first"),
    [
        ("Kabul - Backed by air strikes, troops pushed into the city.", 5, False, "Backed"),
        ("Idlib, Syria – Russian jets struck a market on Monday.", 12, False, "Russian"),
        ("QUETTA: Militants stormed a police post on Sunday.", 6, True, "Militants"),
        ("NEW DELHI: Police arrested three suspects overnight.", 9, True, "Police"),
    ],
)
def test_a_bare_dateline_names_neither_agency_nor_day(
    text: str, end: int, capitals: bool, first: str
) -> None:
    line = bare_dateline(text, end, capitals=capitals)
    assert line is not None and (line.start, line.end, line.agency) == (0, end, "")
    assert line.dashed is not capitals
    assert text[line.stop :].split()[0] == first


@pytest.mark.parametrize(
    ("text", "end", "capitals"),
    [
        ("Aleppo - Syria's second city - was shelled again.", 6, False),  # an aside between dashes
        ("Homs - the city's east was quiet on Friday.", 4, False),  # no capital after the dash
        ("Kabul: Talks resumed on Monday.", 5, False),  # a colon after a name in ordinary case
        ("MOSUL: the army said it held the bridge.", 5, True),  # no capital after the colon
    ],
)
def test_not_a_bare_dateline(text: str, end: int, capitals: bool) -> None:
    assert bare_dateline(text, end, capitals=capitals) is None


@pytest.mark.parametrize(
    ("text", "filed", "event"),
    [
        (
            "BEIRUT (reuters) - Air strikes killed ten people in Saraqeb on Monday, a monitor said.",
            "BEIRUT",
            "Saraqeb",
        ),
        (
            "Gao (afp) – Jihadists killed four soldiers in an attack on a camp near Ansongo on Sunday.",
            "Gao",
            "Ansongo",
        ),
        ("Maiduguri (reuters) - Gunmen killed five farmers in Konduga on Friday.", "Maiduguri", "Konduga"),
    ],
)
def test_a_lower_case_agency_names_the_town_filed_from(
    extractor: Extractor, text: str, filed: str, event: str
) -> None:
    r = extractor.extract(from_text(text, published=date(2017, 3, 2)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(filed) == "dateline" and roles.get(event) == "event"
    assert len(r.incidents) == 1
