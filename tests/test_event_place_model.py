"""The event-place model (extraction/event_places.py): which of the rules' event places are event places.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

from incident_explorer.errors import DataFileError
from incident_explorer.extraction import article as articles
from incident_explorer.extraction.event_places import (
    FEATURES,
    LABELS,
    MODEL_FILE,
    SET_ASIDE,
    EventPlaceModel,
    Text,
    default_places,
    mention_features,
    set_aside,
)
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.settings import Settings

PUBLISHED = date(2021, 6, 7)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor.from_settings(Settings.from_env(), rules_only=True)


class _Features(EventPlaceModel):
    """Keeps each ``event`` mention's features by its text; changes nothing."""

    seen: dict[str, dict[str, float]] = {}

    def apply(self, mentions: tuple[Mention, ...], text: Text) -> tuple[Mention, ...]:
        for k, f in mention_features(mentions, text).items():
            _Features.seen[mentions[k].text] = f
        return mentions


def _features(ex: Extractor, text: str, name: str) -> set[str]:
    _Features.seen.clear()
    ex.places = _Features({}, 0.0, 0.5)
    try:
        ex.extract(articles.from_text(text, published=PUBLISHED))
    finally:
        ex.places = None
    return set(_Features.seen[name])


def _mention(ex: Extractor, text: str, name: str) -> Mention:
    r = ex.extract(articles.from_text(text, published=PUBLISHED))
    return next(m for m in r.mentions if m.text == name)


# The country after a name the gazetteer does not place ("the X camp in central Mali"): the rules
# call both event places, the country a unit after a name. (A village of a name the gazetteer
# knows by a spelling only, or only abroad, "the village of X in central Mali", is read at the
# country standing in for it since reviews rev30 and rev31: the country is then the village's
# context, no event place of its own; these sentences had used that shape.)
COUNTRY_OF_A_VILLAGE = [
    "Gunmen killed 14 herders at the Sinda camp in central Mali on Sunday, local officials said.",
    "Raiders torched the Sokoura camp in central Mali on Friday, and nine farmers died in the fire, "
    "a local official said.",
    "Jihadists raided the Yoro camp in central Mali on Wednesday, killing 11 herders, the army said.",
]
# ... and after a village the gazetteer does not place and the day ("the village of X on Sunday in
# central Mali"): both event places, the village after 'of'
COUNTRY_AFTER_A_VILLAGE_AND_DAY = [
    "Gunmen killed 14 herders in the village of Sinda on Sunday in central Mali, local officials said.",
    "Raiders torched the hamlet of Sokoura on Friday in central Mali, and nine farmers died in the fire, "
    "a local official said.",
    "Jihadists raided the village of Yoro on Wednesday in central Mali, killing 11 herders, the army said.",
]


@pytest.mark.parametrize("text", COUNTRY_OF_A_VILLAGE)
def test_a_country_after_a_village_reads_as_a_country_after_another_name(rules: Extractor, text: str) -> None:
    assert {"country", "after_name", "unit_after_name", "after_in", "other_events"} <= _features(
        rules, text, "Mali"
    )


# A province after an organisation's name ("a clinic run by X in Y province"): no place lies in
# the province, the province is where it happened. "A, B and C", "A, B, and C": the name before a
# later member is the list's, not one it holds.
UNIT_AFTER_AN_ORGANISATION = [
    (
        "An air strike hit a clinic run by Doctors Without Borders in Marib province on Monday, killing "
        "four patients.",
        "Marib",
        "province_after",
    ),
    (
        "Shelling destroyed a school built by Islamic Relief in Hajjah province overnight, killing "
        "two teachers.",
        "Hajjah",
        "province_after",
    ),
    (
        "Gunmen ambushed a convoy of the World Food Programme in Ituri province on Tuesday, killing "
        "two drivers.",
        "Ituri",
        "province_after",
    ),
]
LIST_MEMBERS = [
    ("Police fired tear gas at crowds in Karbala, Najaf and Kut on Friday.", "Najaf", "in_list"),
    ("Shells fell on Ariha, Saraqib, and Binnish overnight, killing five people.", "Binnish", "in_list"),
    (
        "Protesters blocked roads in Basra, Nasiriya and Amara on Sunday, and two were shot dead.",
        "Nasiriya",
        "in_list",
    ),
]


@pytest.mark.parametrize(("text", "name", "cue"), UNIT_AFTER_AN_ORGANISATION + LIST_MEMBERS)
def test_no_unit_of_an_organisation_and_no_list_member_after_a_name_it_holds(
    rules: Extractor, text: str, name: str, cue: str
) -> None:
    held = _features(rules, text, name)
    assert cue in held and "unit_after_name" not in held
    if cue == "in_list":
        assert "after_name" not in held


# Cities where people marched, named in a sentence that also tells an attack elsewhere.
MARCHES = [
    (
        "Students rallied in Lyon and Marseille on Tuesday after police shot a teenager in Nanterre.",
        "Marseille",
    ),
    (
        "Thousands marched in Barcelona and Madrid on Sunday, a week after a bomb killed four people "
        "in Bilbao.",
        "Madrid",
    ),
    (
        "Protesters marched in Paris and Berlin on Saturday against the war in Gaza, where air strikes "
        "killed 30 people.",
        "Berlin",
    ),
]


@pytest.mark.parametrize(("text", "name"), MARCHES)
def test_a_city_where_people_marched_reads_as_a_protests_place(
    rules: Extractor, text: str, name: str
) -> None:
    assert {"near_protest", "in_list", "after_in", "big_town"} <= _features(rules, text, name)


# A list of event places: each member reads the preposition before the list's first.
LISTS = [
    ("Air strikes hit markets in Ariha, Saraqib and Binnish on Thursday, killing nine civilians.", "Binnish"),
    (
        "Gunmen attacked checkpoints in Kirkuk, Tikrit and Samarra overnight, killing six policemen.",
        "Samarra",
    ),
    ("Rebels shelled army posts in Hama and Homs on Monday, killing four soldiers.", "Homs"),
]


@pytest.mark.parametrize(("text", "name"), LISTS)
def test_a_list_member_reads_the_lists_preposition(rules: Extractor, text: str, name: str) -> None:
    held = _features(rules, text, name)
    assert {"in_list", "after_in"} <= held
    assert "after_and" not in held


# What the clause or sentence says of the time or the teller: an anniversary or memorial, a
# court or an inquiry.
CUES = [
    (
        "Hundreds gathered at a memorial in Mosul on Sunday for the 12 soldiers killed in the ambush.",
        "Mosul",
        "past_in_clause",
    ),
    (
        "Residents laid wreaths at a memorial in Kirkuk on Tuesday for the 40 people killed in the bombing.",
        "Kirkuk",
        "past_in_clause",
    ),
    (
        "Thousands held a candlelit vigil in Baghdad on Friday for the 80 people killed in the attack.",
        "Baghdad",
        "past_in_clause",
    ),
    ("The tribunal heard that soldiers had shot dead nine villagers in Mosul.", "Mosul", "court"),
    ("Prosecutors told the court that the militia had killed 14 farmers in Ariha.", "Ariha", "court"),
    ("The trial heard that gunmen had killed seven shepherds near Samarra.", "Samarra", "court"),
]


# Words the spotter takes for names: a capitalised common noun after 'a', 'his' or 'their' (in a
# Title Case headline the rules lower them first), the last word of a longer name ("X of Y").
COMMON_OR_PART = [
    ("Gunmen shot dead a man outside His Home in Tikrit on Monday, police said.", "Home", "after_determiner"),
    ("A drone struck A Car near Ariha on Monday, killing three civilians.", "Car", "after_determiner"),
    ("Rebels said a rocket hit Their Van near Saraqib on Sunday, killing four.", "Van", "after_determiner"),
    (
        "Gunboats fired on a tanker in the Strait of Hormuz on Sunday, wounding two sailors.",
        "Hormuz",
        "name_of",
    ),
    (
        "Militants ambushed soldiers near the Rock of Gibraltar on Friday, killing two.",
        "Gibraltar",
        "name_of",
    ),
    ("Shelling killed four people in the Valley of Kashmir on Monday, police said.", "Kashmir", "name_of"),
]


@pytest.mark.parametrize(("text", "name", "cue"), CUES + COMMON_OR_PART)
def test_an_anniversary_a_court_a_common_noun_or_part_of_a_longer_name_is_read(
    rules: Extractor, text: str, name: str, cue: str
) -> None:
    assert cue in _features(rules, text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Residents of Tikrit said gunmen shot dead two farmers near the town on Monday.", "Tikrit"),
        ("Elders of Samarra said gunmen killed three farmers near the city on Monday.", "Samarra"),
    ],
)
def test_a_name_after_a_sentences_capitalised_first_word_ends_no_longer_name(
    rules: Extractor, text: str, name: str
) -> None:
    assert "name_of" not in _features(rules, text, name)


def test_the_shipped_model_is_on_unless_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    for value in (None, "1", "yes"):
        if value is None:
            monkeypatch.delenv("INCIDENTS_EVENT_PLACE_MODEL", raising=False)
        else:
            monkeypatch.setenv("INCIDENTS_EVENT_PLACE_MODEL", value)
        model = default_places()
        assert model is not None and set(model.weights) == set(FEATURES)
    for value in ("0", "off", "false"):
        monkeypatch.setenv("INCIDENTS_EVENT_PLACE_MODEL", value)
        assert default_places() is None


def test_an_extractor_weighs_its_event_places_by_default_and_says_so(
    monkeypatch: pytest.MonkeyPatch, extractor: Extractor
) -> None:
    """The shared extractor (no setting) reads the shipped weights; each event place's reason says
    what the model decided and names the features that weighed most."""
    monkeypatch.delenv("INCIDENTS_EVENT_PLACE_MODEL", raising=False)
    assert extractor.places is not None
    for text in COUNTRY_OF_A_VILLAGE:
        r = extractor.extract(articles.from_text(text, published=PUBLISHED))
        judged = [m for m in r.mentions if "the event-place model" in m.reason]
        assert judged and all(any(label in m.reason for label in LABELS.values()) for m in judged)
    monkeypatch.setenv("INCIDENTS_EVENT_PLACE_MODEL", "0")
    off = Extractor(extractor.geocoder, extractor.actors, extractor.events)
    assert off.places is None
    r = off.extract(articles.from_text(COUNTRY_OF_A_VILLAGE[0], published=PUBLISHED))
    assert not any("event-place model" in m.reason for m in r.mentions)


def test_what_the_model_set_aside_is_read_from_a_reason() -> None:
    reason = f"in a clause reporting violence; {SET_ASIDE} (0.03: a country -3.4)"
    assert set_aside(reason) == "the event-place model weighs it a side place (0.03: a country -3.4)"
    assert set_aside("in a clause reporting violence; the event-place model keeps it (0.98: ...)") == ""


# A hand-weighted model that sets every country aside: the decision and its reason.
COUNTRIES_ASIDE = EventPlaceModel(
    dict.fromkeys(FEATURES, 0.0) | {"country": -10.0, "after_of": 1.0}, 2.0, 0.5
)


@pytest.mark.parametrize("text", COUNTRY_AFTER_A_VILLAGE_AND_DAY)
def test_a_model_given_to_the_extractor_decides_each_event_place(rules: Extractor, text: str) -> None:
    assert _mention(rules, text, "Mali").role == "event"  # off unless given
    rules.places = COUNTRIES_ASIDE
    try:
        r = rules.extract(articles.from_text(text, published=PUBLISHED))
    finally:
        rules.places = None
    mali = next(m for m in r.mentions if m.text == "Mali")
    assert mali.role == "mentioned"
    assert mali.reason.endswith("but the event-place model weighs it a side place (0.00: a country -10.0)")
    village = next(m for m in r.mentions if m.role == "event")
    assert village.reason.endswith("the event-place model keeps it (0.95: after 'of' +1.0)")
    assert all(i.location != "Mali" for i in r.incidents)


def test_the_score_and_reason_read_the_weights() -> None:
    model = EventPlaceModel(dict.fromkeys(FEATURES, 0.0) | {"country": -3.0, "after_in": 1.0}, 0.0, 0.5)
    assert model.score({"country": 1.0}) < 0.5 < model.score({"after_in": 1.0})
    assert model.why({"country": 1.0, "after_in": 1.0}, against=True) == "a country -3.0"
    assert model.why({"country": 1.0, "after_in": 1.0}) == "after 'in/at' +1.0"


@pytest.mark.parametrize(
    "content",
    [None, "not json", '{"bias": 0, "threshold": 0.5, "weights": {}}', '{"weights": []}'],
)
def test_a_missing_or_broken_weights_file_says_how_to_rebuild_it(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / MODEL_FILE
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match="train_event_place_model.py") as caught:
        EventPlaceModel.load(path)
    assert "\n" not in str(caught.value)


def test_the_training_script_reads_the_runtimes_features() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location(
            "train_event_place_model", ROOT / "benchmarks" / "train_event_place_model.py"
        )
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod  # its dataclasses look their module up
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
        sys.modules.pop("train_event_place_model", None)
    assert mod.FEATURES is FEATURES
    assert set(LABELS) == set(FEATURES)


def _phrase_features(text: str, name: str) -> set[str]:
    """The features of one mention called ``event`` in a sentence with no event words: what its
    phrase says, read without the rules (which set most such places aside first)."""
    s = Sentence(0, 0, len(text), text, 0, False, False)
    at = text.index(name)
    m = Mention(name, at, at + len(name), 0, "event", "in a clause reporting violence", name, None)
    return set(mention_features((m,), Text([s], {}, {}, PUBLISHED, None))[0])


# What the words around a place say of it: a wire dateline, a distance or a bearing measured from
# it, where someone came from, a quotation.
PHRASES = [
    (
        "KIRKUK, Iraq (Reuters) - A bomb killed three soldiers on Monday, police said.",
        "KIRKUK",
        "dateline_shape",
    ),
    ("MOSUL (AP) — Gunmen shot dead four policemen at a checkpoint on Tuesday.", "MOSUL", "dateline_shape"),
    ("ALEPPO, (SANA) - Terrorists shelled houses in the city's east on Sunday.", "ALEPPO", "dateline_shape"),
    (
        "Gunmen killed four farmers in Bashir, a village about 15 km south of Kirkuk, on Monday.",
        "Kirkuk",
        "distance_of",
    ),
    ("A bomb hit a market in Shirqat, 100 kilometres south of Mosul, on Friday.", "Mosul", "distance_of"),
    ("Rockets struck a base 30 miles from Erbil on Tuesday, officials said.", "Erbil", "distance_of"),
    ("A bomb killed two soldiers at a checkpoint south of Samarra on Sunday.", "Samarra", "bearing_of"),
    ("Clashes broke out in villages north-east of the city of Raqqa overnight.", "Raqqa", "bearing_of"),
    ("Militants attacked a convoy west of Ramadi on Friday, the army said.", "Ramadi", "bearing_of"),
    ("Thousands fled from Fallujah after the clashes, aid workers said.", "Fallujah", "after_from"),
    ("Families returned from Tikrit on Monday after a week of fighting.", "Tikrit", "after_from"),
    ("Shells were fired from Hawija overnight, the army said.", "Hawija", "after_from"),
    ('"They shelled Douma all night," a resident said on Monday.', "Douma", "in_quote"),
    ("“The army has retaken Ariha,” the commander told reporters.", "Ariha", "in_quote"),
    ('A witness said: "Gunmen stormed Baiji at dawn and burned the market."', "Baiji", "in_quote"),
]


@pytest.mark.parametrize(("text", "name", "cue"), PHRASES)
def test_a_dateline_a_reference_point_an_origin_or_a_quotation_is_read(
    text: str, name: str, cue: str
) -> None:
    assert cue in _phrase_features(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen killed four farmers in Kirkuk, police said.", "Kirkuk"),
        ("Bombs hit Mosul, Iraq on Monday.", "Mosul"),  # not in capitals
        ("A bomb killed two soldiers at a checkpoint in Samarra on Sunday.", "Samarra"),
    ],
)
def test_a_place_told_plainly_has_none_of_these(text: str, name: str) -> None:
    assert not {"dateline_shape", "distance_of", "bearing_of", "after_from", "in_quote"} & _phrase_features(
        text, name
    )


# A warning of violence to come: a risk or fear in the clause, and the sentence's event words in
# another clause; an inquiry tells of what happened elsewhere and earlier.
WARNINGS = [
    (
        # (the speaker after the place: told after "warned", the rules set it aside themselves)
        "Farmers in Tame faced danger as rebels moved closer, the governor warned on Friday, and asked "
        "troops to guard the schools from attacks.",
        "Tame",
        {"risk_in_clause", "clause_no_event"},
    ),
    (
        "Families in Arauquita feared for their lives as gunmen arrived, a rights group said on Sunday, "
        "and called for patrols to stop the killings.",
        "Arauquita",
        {"risk_in_clause", "clause_no_event"},
    ),
    (
        "Aid workers said farmers around Daquq were in danger after gunmen killed three shepherds.",
        "Daquq",
        {"risk_in_clause"},
    ),
    ("A probe found that police had shot dead 12 protesters in Nasiriya.", "Nasiriya", {"court"}),
    ("The inquiry heard that militiamen killed nine farmers in Baiji.", "Baiji", {"court"}),
    ("The UN inquiry found that soldiers had killed 30 villagers in Dujail.", "Dujail", {"court"}),
]


@pytest.mark.parametrize(("text", "name", "cues"), WARNINGS)
def test_a_warning_or_an_inquiry_is_read(rules: Extractor, text: str, name: str, cues: set[str]) -> None:
    assert cues <= _features(rules, text, name)


# Short reports whose second event opens its own sentence ("In X, ..."): the report model reads
# which rule gave a place its role, and must read the same whatever the event-place model added.
SECOND_EVENTS_OPENING = [
    "Bomb kills 6 in Mosul market\nMOSUL, Iraq (Reuters) - A bomb exploded at a busy market in Mosul on "
    "Tuesday, killing six people, police said. Several shops were destroyed. In Tal Afar, gunmen attacked "
    "an army checkpoint in the evening, killing three soldiers, an officer said.",
    "Shelling kills four in Idlib\nBEIRUT (Reuters) - Government shelling killed four civilians in Idlib "
    "city on Sunday, a monitor said. Rescue teams searched the rubble. In Saraqib, a drone strike hit a car "
    "in the evening, killing two men, activists said.",
    "Ambush kills 7 soldiers near Gao\nBAMAKO (AFP) - Militants ambushed an army convoy near Gao on Friday, "
    "killing seven soldiers, the army said. The convoy was carrying food. In Menaka, gunmen attacked a "
    "police post in the evening, killing two officers, residents said.",
]
KEEPS_ALL = EventPlaceModel(dict.fromkeys(FEATURES, 0.0), 10.0, 0.5)


@pytest.mark.parametrize("text", SECOND_EVENTS_OPENING)
def test_a_model_that_keeps_every_event_place_changes_no_incident(
    monkeypatch: pytest.MonkeyPatch, extractor: Extractor, text: str
) -> None:
    monkeypatch.setenv("INCIDENTS_EVENT_PLACE_MODEL", "0")
    off = Extractor(extractor.geocoder, extractor.actors, extractor.events)
    keeps = Extractor(extractor.geocoder, extractor.actors, extractor.events, places=KEEPS_ALL)
    article = articles.from_text(text, published=PUBLISHED)
    made = [[(i.location, i.fatalities) for i in ex.extract(article).incidents] for ex in (off, keeps)]
    assert len(made[0]) == 2 and made[1] == made[0]


# A unit after a name the text tells as a place ('near X in Y', 'at X, Y'), the gazetteer knowing
# the name or not: where the unit lies, not a place of its own; a unit after an organisation, a
# venue or a sentence's first word stays where it happened.
SITED_NAMES = [
    ("Gunmen killed five shepherds near Umm Jaras in Kirkuk province on Monday.", "Kirkuk"),
    ("A bomb hit a bus at Bir Zaqar, Nineveh, on Friday, killing four passengers.", "Nineveh"),
    ("Rebels clashed with troops outside Kolo in Ituri on Sunday, leaving six dead.", "Ituri"),
]
UNSITED_NAMES = [
    ("An air strike hit a clinic run by Doctors Without Borders in Marib province on Monday.", "Marib"),
    ("Police in Kampala shot dead two protesters on Monday.", "Kampala"),
    ("A bomb exploded at the Serena Hotel in Kabul on Friday, killing three guards.", "Kabul"),
]


@pytest.mark.parametrize(("text", "name"), SITED_NAMES)
def test_a_unit_after_a_name_told_as_a_place_is_read(text: str, name: str) -> None:
    assert {"after_name", "after_sited_name"} <= _phrase_features(text, name)


@pytest.mark.parametrize(("text", "name"), UNSITED_NAMES)
def test_a_unit_after_an_organisation_a_venue_or_a_first_word_is_not(text: str, name: str) -> None:
    assert "after_sited_name" not in _phrase_features(text, name)
