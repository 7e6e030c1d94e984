"""Where spotting trusts a name the gazetteer knows only by its transliteration key
(spotting.py, `Spotter._loose`): after "into" as after "in"; after "towns of" and "villages of" as
after "town of"; and before the unit, land or bearing that locates it ("X in Latakia province",
"X in central Somalia", "X, northwest of Hasakah") or an apposition that says what it is ("X, a
farming town"), as before its kind word ("X town")."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2022, 3, 16)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Mortar bombs crashed into Kafr Roumah on Monday, killing a boy.", "Kafr Roumah", "SY"),
        (
            "Warplanes pounded the rebel-held towns of Hazzeh and Mleiha east of Damascus, killing nine "
            "people.",
            "Hazzeh",
            "SY",
        ),
        (
            "Rebels fired rockets at the mountain resort of Slunfeh in Latakia province, wounding four "
            "people.",
            "Slunfeh",
            "SY",
        ),
        (
            "Al-Shabaab fighters fired mortar shells into Bulo Burte in central Somalia, killing two "
            "civilians.",
            "Bulo Burte",
            "SO",
        ),
        (
            "Gunmen fired on a checkpoint at the entrance of Tal Tamr, northwest of Hasakah, killing two "
            "guards.",
            "Tal Tamr",
            "SY",
        ),
        (
            "A car bomb exploded in the market of Tal Hamis, east of Qamishli, killing four people.",
            "Tal Hamis",
            "SY",
        ),
    ],
)
def test_a_name_known_by_its_transliteration_is_trusted_where_the_text_locates_it(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    # each had gone unspotted: Hasakah, Latakia or Somalia took the event, or nothing did
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert place in found and found[place].role == "event", [(m.text, m.role) for m in r.mentions]
    candidate = found[place].candidate
    assert candidate is not None and candidate.place.country_code == country


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rebel rockets hit Sheizar and Arzeh, two government-held towns northwest of Hama, killing five "
            "people.",
            "Arzeh",
        ),
        (
            "Tal Hamis, a farming town near the border, came under mortar fire on Monday, killing two "
            "people.",
            "Tal Hamis",
        ),
        ("Shells fell near the school of Kafr Roumah, a village in the hills, killing a boy.", "Kafr Roumah"),
    ],
)
def test_a_name_known_by_its_transliteration_is_trusted_before_an_apposition_of_its_kind(
    extractor: Extractor, text: str, place: str
) -> None:
    # "X, a farming town ...", "X and Y, two government-held towns ...": the apposition says X is
    # a place, as a kind word right after it does
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert place in found and found[place].role == "event", [(m.text, m.role) for m in r.mentions]
    candidate = found[place].candidate
    assert candidate is not None and candidate.place.country_code == "SY"


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike killed Hassan Ali, a town councillor, on Monday.",
        "Gunmen shot dead Omar Khalil, a village elder, as he left a mosque on Friday.",
        "The army said it had killed Abu Yahya, a district commander of the group, in a raid on Tuesday.",
    ],
)
def test_a_person_in_an_apposition_of_office_is_no_place(extractor: Extractor, text: str) -> None:
    # "a town councillor", "a village elder", "a district commander": the kind word does not end
    # the apposition, so it says who the person is, not that the name is a place
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    spotted = [m.text for m in r.mentions]
    assert not any(name in t for t in spotted for name in ("Hassan", "Omar Khalil", "Abu Yahya")), spotted
