"""Each extraction stage on tiny inline data, without the gazetteer (fast)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from incident_explorer.extraction import roles as S
from incident_explorer.extraction.acronyms import acronyms
from incident_explorer.extraction.actors import ActorLexicon
from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.events import EventMention, attach, casualty_figures, event_words, nearest
from incident_explorer.extraction.grouping import LEVEL, group, related
from incident_explorer.extraction.incidents import assemble, finest
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.sentences import Sentence, sentences
from incident_explorer.extraction.triggers import EventLexicon, Trigger, TriggerKind
from incident_explorer.places.place import Candidate, Feature, Place, Precision

PUBLISHED = date(2017, 2, 25)  # a Saturday
WORDS = EventLexicon.load(Path(__file__).resolve().parents[1] / "data" / "event_words.csv")


def mention(text: str, body: str, feature: Feature, lat: float, lon: float, sid: str, **kw: str) -> Mention:
    start = body.index(text)
    sentence = next(s.index for s in sentences(body) if s.start <= start < s.end)
    place = Place(sid, text, lat, lon, feature, "SY", **kw)
    cand = Candidate(place, 0.9, Precision(1, 1), text, "test", f"{text}, Syria")
    return Mention(text, start, start + len(text), sentence, S.EVENT, "test", text, cand)


def lexicon(tmp_path: Path) -> ActorLexicon:
    f = tmp_path / "actors.csv"
    f.write_text("actor,aliases,kind\nRebels,rebels|insurgents,Rebel group\nArmy,army|troops,State forces\n")
    return ActorLexicon.load(f)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Two men were shot in Ft. Worth on Sunday. Police made no arrest.", "Ft. Worth on Sunday."),
        ("A fire near Mt. Pleasant closed the road. Crews stayed overnight.", "Mt. Pleasant closed"),
        (
            "Cpl. Jones and Det. Smith found the car in Pt. Pleasant. It was empty.",
            "Cpl. Jones and Det. Smith",
        ),
    ],
)
def test_short_forms_of_place_words_and_ranks_end_no_sentence(text: str, first: str) -> None:
    found = sentences(text)
    assert len(found) == 2 and first in found[0].text, [s.text for s in found]


def test_acronyms_defined_in_the_text() -> None:
    text = (
        "Figures from the Union of Medical Relief Organisations (UOSSM) and the Civil Defence Network (CDN)."
    )
    found = acronyms(text)
    assert found == {"Union of Medical Relief Organisations": "UOSSM", "Civil Defence Network": "CDN"}
    assert acronyms("No acronym (here) at all.") == {}


def test_actors_of_a_sentence_read_from_its_text_are_the_same(tmp_path: Path) -> None:
    """After `country_votes` read a text, its sentences' actors come from that scan: the same as
    scanning each sentence (names at a sentence's ends, a name running across a hyphen, an
    acronym, a sentence of another text)."""
    f = tmp_path / "actors.csv"
    f.write_text(
        "actor,aliases,kind,countries\nRebels,rebels|Free Army,Rebel group,SY\n"
        "Army,army|troops|SDF,State forces,SY\n"
    )
    text = (
        "Rebels shelled the town held by troops. Free Army fighters and the SDF clashed; army-run "
        "checkpoints fell to rebels\n\nTroops of the army advanced. The SDF said rebels withdrew."
    )
    fresh = ActorLexicon.load(f)
    read = ActorLexicon.load(f)
    read.country_votes(text)
    for s in sentences(text):
        assert read.find(s.text, s.start) == fresh.find(s.text, s.start), s.text
    other = "Army units and rebels met."
    assert read.find(other, 5) == fresh.find(other, 5)


def test_actors_responsible_only_when_said(tmp_path: Path) -> None:
    lex = lexicon(tmp_path)

    def responsible(text: str) -> list[bool]:
        spans = tuple((t.start, t.end) for t in WORDS.find(text, 0))
        return [a.responsible for a in lex.find(text, 0, spans)]

    assert responsible("Shelling by the army hit the market.") == [True]
    assert responsible("Insurgents carried out the raid.") == [True]
    assert responsible("Insurgents ambushed a convoy.") == [True]
    assert responsible("The market was guarded by troops.") == [False]
    assert responsible("Troops were seen near the road.") == [False]


def test_an_incident_record_heading_is_its_own_kind_of_trigger() -> None:
    for heading in (
        "March 3rd 2017: Hunaida village, Raqqa governorate, Syria",
        "2017-05-01: Tabaqa, Raqqa governorate, Syria",
        "Around May 7th (not exact date): al Karama town, Syria",
    ):
        (found,) = event_words(sentences(heading), WORDS, PUBLISHED)[0]
        assert found.kind is TriggerKind.RECORD and found.text == ":" and not found.event_type
    (word,) = event_words(sentences("Air strikes hit Raqqa on Monday."), WORDS, PUBLISHED)[0]
    assert word.kind is TriggerKind.WORD


def test_event_words_skip_headings_and_background() -> None:
    body = (
        "Rockets hit the port\nStrikes on the town\nThe city has seen repeated bombings. "
        "Shelling hit the market on Friday."
    )
    found = event_words(sentences(body), WORDS)
    assert list(found) == [0, 3]  # the headline reports; a heading inside the text does not


def test_attach_gives_each_trigger_its_nearest_place_and_figures(tmp_path: Path) -> None:
    body = "Shelling killed four in Alpha on Friday, and in the north clashes raged all day in Beta."
    sents = sentences(body)
    alpha = mention("Alpha", body, Feature.CITY, 35.0, 36.0, "t:1")
    beta = mention("Beta", body, Feature.CITY, 36.0, 37.0, "t:2")
    ems = attach(
        sents,
        event_words(sents, WORDS),
        (alpha, beta),
        published=PUBLISHED,
        figures=casualty_figures(sents, {}),
        actors=lexicon(tmp_path),
    )
    assert [(e.trigger.text, [p.text for p in e.places]) for e in ems] == [
        ("Shelling", ["Alpha"]),
        ("clashes", ["Beta"]),
    ]
    assert ems[0].claims[0].number == 4
    assert all(e.dates for e in ems)  # one date in a sentence dates all of it


def test_figures_without_event_word_follow_the_last_event(tmp_path: Path) -> None:
    body = "Air strikes hit Alpha on Friday. Medics said nine people were killed."
    sents = sentences(body)
    alpha = mention("Alpha", body, Feature.CITY, 35.0, 36.0, "t:1")
    ems = attach(
        sents,
        event_words(sents, WORDS),
        (alpha,),
        published=PUBLISHED,
        figures=casualty_figures(sents, {}),
        actors=lexicon(tmp_path),
    )
    groups = group(ems, (alpha,))
    assert len(groups) == 1 and [c.number for c in groups[0].claims] == [9]


def test_grouping_nested_places_and_separate_events(tmp_path: Path) -> None:
    body = (
        "A suicide bomb hit Gamma city on Friday, killing six. "
        "The suicide bomb struck Delta on Friday. "
        "Air strikes hit Epsilon on Friday, killing two."
    )
    sents = sentences(body)
    gamma = mention("Gamma", body, Feature.CITY, 35.0, 36.0, "t:g")
    delta = mention("Delta", body, Feature.NEIGHBOURHOOD, 35.01, 36.01, "t:d", parent="Gamma")
    eps = mention("Epsilon", body, Feature.CITY, 33.0, 36.5, "t:e")
    ems = attach(
        sents,
        event_words(sents, WORDS),
        (gamma, delta, eps),
        published=PUBLISHED,
        figures=casualty_figures(sents, {}),
        actors=lexicon(tmp_path),
    )
    groups = group(ems, (gamma, delta, eps))
    assert [g.sub_event_type for g in groups] == ["Suicide bomb", "Air/drone strike"]
    assert related(gamma, delta) == 1 and related(gamma, eps) == 0
    assert finest(groups[0].places) == [delta]  # the coarser city gives way to its neighbourhood
    incidents = assemble(from_text(body, published=PUBLISHED), groups, "SY", {"SY": "Syria"}).incidents
    assert [i.place_source for i in incidents] == ["t:d", "t:e"]
    assert incidents[0].fatalities.best == 6 and incidents[0].event_date == date(2017, 2, 24)


def test_country_wide_total_is_an_incident_without_a_point(tmp_path: Path) -> None:
    body = "Air strikes killed 20 people across the country on Friday."
    sents = sentences(body)
    ems = attach(
        sents,
        event_words(sents, WORDS),
        (),
        published=PUBLISHED,
        figures=casualty_figures(sents, {}),
        actors=lexicon(tmp_path),
    )
    incidents = assemble(
        from_text(body, published=PUBLISHED), group(ems, ()), "SY", {"SY": "Syria"}
    ).incidents
    assert [(i.location, i.latitude, i.where_prec, i.fatalities.best) for i in incidents] == [
        ("Syria", None, 6, 20)
    ]


def test_every_kind_of_place_has_a_level() -> None:
    assert set(LEVEL) == set(Feature)


def test_the_nearest_event_word_looked_up_is_the_one_all_comparisons_give() -> None:
    # a sentence with many event words (a pasted table) looks the nearest up by position
    sentence = Sentence(0, 0, 2_000, "x" * 2_000, 0, False, False)
    starts = [3, 3, 40, 41, 90, 200, 200, 201, 350, 600, 601, 900, 1_000, 1_200, 1_500, 1_800, 1_999]
    ems = [EventMention(Trigger(st, st + 2, "xx", "", "", False), sentence) for st in starts]
    for position in range(0, 2_001, 7):
        assert nearest(position, ems, starts) is nearest(position, ems)
