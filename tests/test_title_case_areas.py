"""Title-case headlines (shouting.py): a bearing before "Of" and the nouns for the land around a
place are lower case in sentence style, so they no longer join the village beside them into one
unknown name; and a province the headline names only as the context of a finer place is not
"named in the headline" for the report model (salience.py)."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.actors import ActorLexicon
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.salience import incident_features, placed_incidents
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.settings import Settings

PUBLISHED = date(2020, 1, 29)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Regime Artillery Shells Kansafra Southwest Of Ariha, Wounding Two Women", "Kansafra"),
        ("Jets Bomb Maarshamarin South Of Maarat Al-Numan, Killing Three Civilians", "Maarshamarin"),
        ("Rocket Fire Hits Kafr Nabl North Of Khan Shaykhun As Clashes Rage", "Kafr Nabl"),
        ("Drone Strike Kills Two Farmers In Qahtaniyah Countryside Near The Turkish Border", "Qahtaniyah"),
        ("Gunmen Kill Four Miners In Mogok Township, Residents Say", "Mogok"),
    ],
)
def test_a_title_case_bearing_or_area_noun_leaves_the_village_readable(
    extractor: Extractor, text: str, place: str
) -> None:
    # "Kansafra Southwest", "Qahtaniyah Countryside", "Mogok Township" had been one unknown name
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert place in found and found[place].role == "event", [(m.text, m.role) for m in r.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Regime Forces Shell Sarmin And Russian Jets Strike Kafr Najd South Of Idlib City, Killing Four "
        "Civilians\nFour civilians were killed today, Wednesday, by regime shelling and Russian airstrikes "
        "on the southern countryside of Idlib. Activists said regime forces fired dozens of rockets on "
        "Sarmin town, killing three people, while Russian jets struck Kafr Najd, killing a woman. The "
        "wounded were taken to hospitals in Idlib city.",
        "Russian Jets Bomb Maarat Misrin And Regime Guns Shell Binnish North Of Idlib City, Killing Five\n"
        "Five civilians were killed on Friday in Russian airstrikes and regime shelling on the northern "
        "countryside of Idlib. Rescuers said Russian jets bombed Maarat Misrin, killing three people, "
        "while regime guns shelled Binnish, killing two. The wounded were carried to hospitals in Idlib "
        "city.",
        "Warplanes Strike Taftanaz And Artillery Hits Sarmin East Of Idlib City, Six Civilians Dead\n"
        "Six civilians died today in airstrikes and artillery fire on the eastern countryside of Idlib, a "
        "monitor said. Warplanes struck Taftanaz, killing four people, and artillery hit Sarmin, killing "
        "two. The injured were rushed to hospitals in Idlib city.",
    ],
)
def test_a_province_named_in_the_headline_only_as_context_is_not_named_there(
    extractor: Extractor, settings: Settings, gazetteer: Gazetteer, text: str
) -> None:
    # "X East Of Idlib City": Idlib says where X lies; counted as "named in the headline", it kept
    # the report's incident at the province told by "the eastern countryside of Idlib"
    actors = ActorLexicon.load(settings.data_dir / "actors.csv")
    rules = Extractor(OfflineGeocoder(gazetteer), actors, rules_only=True)
    r = rules.extract(articles.from_text(text, published=PUBLISHED))
    features = incident_features(r)
    idlib = [i for i in placed_incidents(r.incidents) if (i.location or "").startswith("Idlib")]
    assert idlib
    assert all(features[id(i)]["headline_named"] == 0 for i in idlib)
    kept = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert not any((i.location or "").startswith("Idlib") for i in kept.incidents)


@pytest.mark.parametrize(
    ("text", "noun", "place"),
    [
        (
            "Kamikaze Drone Kills Shepherd On Outskirts Of Tal Rifaat In Northern Aleppo Countryside",
            "Shepherd",
            "Tal Rifaat",
        ),
        ("Gunmen Kill Baker Near His Shop In Jasim, Local Sources Say", "Baker", "Jasim"),
        ("Regime Sniper Kills Barber In Besieged Madaya", "Barber", "Madaya"),
        ("Roadside Bomb Wounds Driver On Road Between Daraa And Busra Al-Harir", "Wounds", "Busra Al-Harir"),
    ],
)
def test_a_title_case_victim_after_a_verb_of_harm_is_no_place(
    extractor: Extractor, text: str, noun: str, place: str
) -> None:
    # "Kills Shepherd On ...": the word after a verb of harm that ends its phrase is the victim
    # (Shepherd, Texas; Baker; Barber), and the verb no place ("Wounds")
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert noun not in found, [(m.text, m.role) for m in r.mentions]
    assert place in found and found[place].role == "event", [(m.text, m.role) for m in r.mentions]
