"""The report model (extraction/salience.py): which of a short report's placed incidents it reports.

Reports of our own, none from tests/wire/.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction
from incident_explorer.extraction.salience import (
    FEATURES,
    LABELS,
    MODEL_FILE,
    EventModel,
    default_model,
    incident_features,
    keeps,
)
from incident_explorer.settings import Settings

PUBLISHED = date(2019, 3, 9)  # a Saturday
ROOT = Path(__file__).resolve().parent.parent

# A town told as the event's place, then the dateline's city where the wounded were treated or
# residents heard it.
REPORTS = [
    (
        "Rebels shell town in eastern Congo\n"
        "GOMA, Congo (Reuters) - Rebels shelled the town of Rutshuru on Friday, killing six civilians, "
        "the army said. In Goma, the provincial capital, residents said they heard the shelling through "
        "the night.\n",
        "Rutshuru",
        ("Goma",),
    ),
    (
        "Suicide bomber hits mosque in Borno\n"
        "MAIDUGURI, Nigeria (AFP) - A suicide bomber blew himself up in a mosque in Konduga on Friday, "
        "killing seven worshippers, militia leaders said. In Maiduguri, the state capital, doctors "
        "treated 15 wounded.\n",
        "Konduga",
        ("Maiduguri",),
    ),
    (
        "Bomb kills five at Somali checkpoint\n"
        "MOGADISHU (Reuters) - A roadside bomb struck a checkpoint in Afgoye on Friday, killing five "
        "soldiers, police said. In Mogadishu, doctors treated eight wounded.\n",
        "Afgooye",
        ("Mogadishu",),
    ),
]


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


@pytest.mark.parametrize(("text", "event", "aside"), REPORTS)
def test_a_short_reports_side_incidents_are_dropped(
    extractor: Extractor, rules: Extractor, text: str, event: str, aside: tuple[str, ...]
) -> None:
    before = [i.location for i in run(rules, text).incidents]
    assert all(any(name in loc for loc in before) for name in aside)  # the rules make them
    r = run(extractor, text)
    after = [i.location for i in r.incidents]
    assert any(event in loc for loc in after)
    assert not any(name in loc for name in aside for loc in after), after
    for m in r.mentions:
        if m.text in aside and m.role != "dateline":
            assert m.role != "event"
    told = [m for m in r.mentions if m.text in aside and "report model" in m.reason]
    assert told and all("weighs it a side place" in m.reason for m in told)


@pytest.mark.parametrize(("text", "event", "aside"), REPORTS)
def test_a_kept_incident_says_why_the_model_kept_it(
    extractor: Extractor, text: str, event: str, aside: tuple[str, ...]
) -> None:
    kept = next(i for i in run(extractor, text).incidents if event in i.location)
    assert "the report model keeps it (" in kept.place_reason
    assert any(label in kept.place_reason for label in LABELS.values())


@pytest.mark.parametrize(("text", "event", "aside"), REPORTS)
def test_features_of_the_event_and_of_an_earlier_or_side_place(
    rules: Extractor, text: str, event: str, aside: tuple[str, ...]
) -> None:
    r = run(rules, text)
    rows = {i.location: f for i in r.incidents if (f := incident_features(r).get(id(i)))}
    main = next(f for loc, f in rows.items() if event in loc)
    side = next(f for loc, f in rows.items() if aside[-1] in loc)
    assert set(main) == set(side) == set(FEATURES)
    assert main["has_toll"] == main["date_in_text"] == main["lead_event"] == 1.0
    assert side["dateline"] == side["named_twice"] == 1.0 and main["dateline"] == 0.0
    assert default_model().score(main) > default_model().score(side)


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes hit Ariha on Friday, killing three people.\n",
        "Two soldiers were killed when a mine exploded near Palmyra on Friday.\n",
        "Gunmen shot dead a teacher in Jalalabad on Friday, police said.\n",
    ],
)
def test_a_reports_only_incident_is_never_dropped(extractor: Extractor, rules: Extractor, text: str) -> None:
    assert len(run(extractor, text).incidents) == len(run(rules, text).incidents) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes hit Ariha, Saraqib, Kafr Nabl, Khan Shaykhun and Maarat al-Numan on Friday.\n",
        "Shelling struck Douma, Harasta, Arbin, Zamalka and Jobar on Friday, a monitor said.\n",
        "Clashes broke out in Tal Rifaat, Azaz, Marea, Afrin and Manbij on Friday.\n",
    ],
)
def test_a_round_up_keeps_every_incident(extractor: Extractor, rules: Extractor, text: str) -> None:
    assert [i.location for i in run(extractor, text).incidents] == [
        i.location for i in run(rules, text).incidents
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on Idlib, Hama and Saraqib on Sunday, killing four.\n",
        "Regime jets bombed Ariha, Hama and Binnish overnight, a monitor said.\n",
        "Fighting raged in Aleppo, Hama or Homs on Tuesday, state media said.\n",
    ],
)
def test_places_listed_together_are_kept_together(extractor: Extractor, rules: Extractor, text: str) -> None:
    r = run(rules, text)
    placed = [i for i in r.incidents if i.latitude is not None]
    assert len(placed) == 3
    assert [i.location for i in run(extractor, text).incidents] == [i.location for i in r.incidents]


def test_the_decision_keeps_the_best_and_a_place_inside_another() -> None:
    inside = dict.fromkeys(FEATURES, 0.0) | {"inside_other": 1.0}
    outside = dict.fromkeys(FEATURES, 0.0)
    assert keeps(True, 0.01, outside, 0.4)
    assert keeps(False, 0.01, inside, 0.4)
    assert not keeps(False, 0.1, outside, 0.4)
    assert keeps(False, 0.5, outside, 0.4)


def test_the_shipped_weights_load_and_name_the_runtimes_features() -> None:
    path = Settings.from_env().data_dir / MODEL_FILE
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert list(raw["weights"]) == list(FEATURES)
    model = EventModel.load(path)
    assert 0.0 < model.threshold < 1.0
    assert set(LABELS) == set(FEATURES)


def test_the_training_script_reads_the_runtimes_features() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location(
            "train_event_model", ROOT / "benchmarks" / "train_event_model.py"
        )
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod  # its dataclasses look their module up
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
        sys.modules.pop("train_event_model", None)
    assert mod.FEATURES is FEATURES
    assert mod.OUT.name == MODEL_FILE


def test_a_broken_weights_file_tells_how_to_rebuild_it(tmp_path: Path) -> None:
    bad = tmp_path / MODEL_FILE
    bad.write_text('{"bias": 0, "threshold": 0.4, "weights": {}}', encoding="utf-8")
    with pytest.raises(OSError, match="train_event_model.py"):
        EventModel.load(bad)


@pytest.mark.parametrize(
    "text",
    [
        # (the earlier events told with no toll of their own: with one, they are incidents of the report)
        "A bomb killed nine people at a market in Kirkuk on Friday, police said. On Jan. 3, a car bomb"
        " exploded in Hawija. On Thursday, gunmen killed two policemen in Tikrit.",
        "Rockets hit a market in Aleppo on Thursday, killing six, monitors said. On Jan. 9, a car bomb"
        " exploded in Azaz. On Friday, shelling killed two people in Anadan.",
        "A suicide bomber killed 14 people at a funeral in Jalalabad on Friday, officials said. On Jan. 12, a"
        " bomb exploded in Kabul. On Thursday, gunmen killed three police officers in Kunduz.",
    ],
)
def test_no_id_is_given_twice_with_an_earlier_event_between_incidents(
    extractor: Extractor, text: str
) -> None:
    # the model renumbers the incidents it keeps; the recalled events come after them
    r = run(extractor, text)
    assert r.recalled and len(r.incidents) >= 2
    ids = [i.id for i in (*r.incidents, *r.recalled)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Bomb kills five near Pakistani police station\n"
            "QUETTA, Pakistan (Reuters) - A bomb hidden on a motorcycle killed five people near a"
            " police station in Quetta on Friday, officials said. A banned militant group said it"
            " had planted the bomb. Police closed the market and searched shops nearby. On"
            " Thursday, gunmen shot dead three soldiers at a checkpoint in Turbat, the army said.\n",
            "Turbat",
        ),
        (
            "Coalition jets hit market in Yemen's Saada\n"
            "SANAA (Reuters) - Saudi-led air strikes hit a market in Saada on Friday, killing 15"
            " people, medics said. The coalition said it had struck a weapons depot."
            " Houthi media showed burnt stalls. Separately, on Wednesday, Houthi fighters fired"
            " a missile at Marib, killing four soldiers, officials said.\n",
            "Marib",
        ),
        (
            "Shabaab attack kills six soldiers near Afgoye\n"
            "MOGADISHU (AP) - Militants attacked a military base near Afgoye on Friday, killing six"
            " soldiers, officials said. The militants said they had seized weapons and two trucks."
            " The army said it had pushed the attackers back. On Wednesday, a roadside bomb killed"
            " four civilians in a minibus near Baidoa. The town has been hit by several bombs this"
            " year.\n",
            "Baidoa",
        ),
    ],
)
def test_a_second_event_told_with_its_own_day_and_toll_is_kept(
    extractor: Extractor, text: str, second: str
) -> None:
    # the wire set's gold names one event a report, so the weights never learnt to keep a second
    r = run(extractor, text)
    assert any(second in e.text for i in r.incidents for e in i.evidence), [i.location for i in r.incidents]
