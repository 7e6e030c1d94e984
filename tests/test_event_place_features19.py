"""The event-place model's nineteenth-session features (extraction/event_places.py): what the words
before a place say it is (where the wounded were taken, where fire came from, where someone spoke,
where a road leads, a reference for another place, a place after another place, where forces head)
and what kind of unit it reads as (a province, a district or township). Read from the phrase alone,
with no gazetteer: each sentence is ours, none from the wire set or the dev data."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.event_places import LABELS, Text, mention_features
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.places.place import Candidate, Feature, Place, Precision

PUBLISHED = date(2022, 3, 14)


def _candidate(name: str, feature: Feature) -> Candidate:
    place = Place("t:" + name, name, 10.0, 20.0, feature, "XX")
    return Candidate(place, 0.9, Precision(3, 3), name.lower(), "test", name)


def _features(
    text: str, name: str, others: tuple[str, ...] = (), feature: Feature | None = None, placed: bool = False
) -> set[str]:
    """The features of ``name`` called ``event`` (its reading a place of ``feature`` when given),
    beside the sentence's other place mentions ``others`` (called ``mentioned``; towns the
    gazetteer placed when ``placed``)."""
    s = Sentence(0, 0, len(text), text, 0, False, False)
    candidate = _candidate(name, feature) if feature is not None else None
    at = text.index(name)
    m = Mention(name, at, at + len(name), 0, "event", "in a clause reporting violence", name, candidate)
    side = []
    for other in others:
        o = text.index(other)
        c = _candidate(other, Feature.CITY) if placed else None
        side.append(Mention(other, o, o + len(other), 0, "mentioned", "test", other, c))
    mentions = tuple(sorted([m, *side], key=lambda x: x.start))
    rows = mention_features(mentions, Text([s], {}, {}, PUBLISHED, None))
    return set(rows[mentions.index(m)])


READS = [
    # where the wounded were taken, not where they were hurt
    ("Eleven people were hurt and later rushed to a clinic in Marib, medics said.", "Marib", "hospital_in"),
    ("The injured were evacuated by helicopter to the main hospital in Gao on Sunday.", "Gao", "hospital_in"),
    (
        "Four soldiers died and the wounded were transferred to hospitals at Kidal overnight.",
        "Kidal",
        "hospital_in",
    ),
    # where the fire came from, not where it fell
    ("Mortars launched from Jobar overnight wounded two women, the state agency said.", "Jobar", "fire_from"),
    (
        "The army said militants holed up in orchards outside Latamneh fired at its posts.",
        "Latamneh",
        "fire_from",
    ),
    ("Artillery stationed in Kafr Zita opened fire before dawn, residents said.", "Kafr Zita", "fire_from"),
    (
        "Villagers said the shells came from army positions across the valley in Talbiseh.",
        "Talbiseh",
        "fire_from",
    ),
    # where someone spoke of the violence
    ("The interior ministry in Tripoli said nine gunmen had been arrested.", "Tripoli", "spoke_in"),
    ("A spokesman said in Bamako that the convoy had been ambushed.", "Bamako", "spoke_in"),
    ("Prosecutors in Monterrey confirmed the deaths on Friday.", "Monterrey", "spoke_in"),
    # where a road leads
    ("Gunmen set up roadblocks on the highway to Kaduna and robbed travellers.", "Kaduna", "road_to"),
    ("Rebels cut the main road between Goma and Rutshuru on Monday.", "Goma", "road_to"),
    ("The ambush closed the route linking the port with Mocimboa for two days.", "Mocimboa", "road_to"),
    # where forces or fighting head, not where they are
    ("Clashes spread towards Kidal on Tuesday as the army withdrew.", "Kidal", "after_toward"),
    ("Thousands fled toward Mekelle after the shelling, aid workers said.", "Mekelle", "after_toward"),
    ("Government troops advanced towards Sirte overnight, the ministry said.", "Sirte", "after_toward"),
    # talks, a meeting, a mediation in its clause
    ("Envoys met in Nairobi on Monday to discuss the ceasefire.", "Nairobi", "talks_in_clause"),
    ("A new round of negotiations opened in Jeddah after the fighting.", "Jeddah", "talks_in_clause"),
    ("Both sides agreed to a truce at a summit in Addis Ababa.", "Addis Ababa", "talks_in_clause"),
]


@pytest.mark.parametrize(("text", "name", "cue"), READS)
def test_what_the_words_before_a_place_say_it_is(text: str, name: str, cue: str) -> None:
    assert cue in _features(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the place after the attack's verb is its target, not the origin
        ("Rockets fired from the hills hit a school in Marib on Monday.", "Marib"),
        # a hospital struck, not one the wounded were taken to
        ("An air strike destroyed a hospital in Saada overnight.", "Saada"),
        # a road's place told with 'near', not where it leads
        ("Gunmen ambushed a bus on the highway near Kaduna on Friday.", "Kaduna"),
        # an organisation before 'in', not a place
        ("A clinic run by Doctors Without Borders in Marib was hit on Sunday.", "Marib"),
        ("Police in Kampala arrested 20 protesters on Monday.", "Kampala"),
        # 'to', not 'towards'
        ("Troops pushed into Sirte on Friday, the army said.", "Sirte"),
    ],
)
def test_a_place_where_the_event_happened_has_none_of_these(text: str, name: str) -> None:
    assert not {
        "hospital_in",
        "fire_from",
        "spoke_in",
        "road_to",
        "after_toward",
        "talks_in_clause",
        "after_place",
        "near_place",
    } & _features(text, name)


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ("Gunmen stormed the village of Kuda near Bunia before dawn, killing six.", "Bunia", "Kuda"),
        ("A drone struck a truck in Hazm, near Marib, on Thursday.", "Marib", "Hazm"),
        ("Troops shelled Tal Hamid close to Qamishli overnight, the monitor said.", "Qamishli", "Tal Hamid"),
    ],
)
def test_a_place_named_as_the_reference_for_another_reads_as_one(text: str, name: str, other: str) -> None:
    assert "near_place" in _features(text, name, (other,))
    assert "near_place" not in _features(text, name)  # no place before 'near': a real place near it


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ("A mine killed three soldiers near Tamshi in Kunar province on Sunday.", "Kunar", "Tamshi"),
        ("Raiders burned huts at Gorom, Oudalan on Friday, police said.", "Oudalan", "Gorom"),
        ("Gunmen shot two traders in Bodi in central Benin on Monday.", "Benin", "Bodi"),
    ],
)
def test_a_unit_after_a_placed_town_reads_as_after_a_place(text: str, name: str, other: str) -> None:
    assert "after_place" in _features(text, name, (other,), placed=True)
    # a town the gazetteer lacks: the unit after it may be all there is
    assert "after_place" not in _features(text, name, (other,))


@pytest.mark.parametrize(
    ("feature", "held", "not_held"),
    [
        (Feature.ADMIN1, "admin", "district"),
        (Feature.ADMIN2, "district", ""),
        (Feature.ADMIN3, "district", ""),
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "Rebels surrounded Mongmit on Saturday and shelled the police post.",
        "Militants overran Mongmit overnight, killing four guards.",
        "The army said it had retaken Mongmit after a week of fighting.",
    ],
)
def test_a_province_reads_apart_from_a_district_or_township(
    text: str, feature: Feature, held: str, not_held: str
) -> None:
    got = _features(text, "Mongmit", feature=feature)
    assert held in got and "admin" in got
    assert not_held not in got


def test_each_new_feature_is_explained() -> None:
    for name in (
        "district",
        "after_toward",
        "after_place",
        "hospital_in",
        "fire_from",
        "spoke_in",
        "road_to",
    ):
        assert LABELS[name]
    assert LABELS["near_place"] and LABELS["talks_in_clause"]


@pytest.mark.parametrize(
    "text",
    [
        "2018-03-02: (G4) Tal Hanoun, Raqqa governorate, Syria",
        "March 9th 2018: Mazraat Abdo, Hasakah governorate, Syria",
        "2018-04-11: (K2) Khirbet Nasro, Deir ez-Zor governorate, Syria",
    ],
)
def test_an_incident_records_place_is_not_weighed(text: str) -> None:
    """A record heading names its place by its fields: the province after a name the gazetteer
    lacks is all there is, and no phrase says otherwise."""
    from incident_explorer.extraction import article as articles
    from incident_explorer.extraction.pipeline import Extractor
    from incident_explorer.settings import Settings

    ex = Extractor.from_settings(Settings.from_env())
    r = ex.extract(articles.from_text(text, published=date(2018, 6, 1)))
    places = [i for i in r.incidents if i.latitude is not None]
    assert len(places) == 1
    assert not any("event-place model" in m.reason for m in r.mentions)
