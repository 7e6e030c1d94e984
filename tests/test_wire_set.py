"""Our own wire set (tests/wire/) parses as benchmarks/wire.py reads it."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _wire():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("wire_bench", ROOT / "benchmarks" / "wire.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["wire_bench"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_sentences_mark_places_without_markup_left() -> None:
    wire = _wire()
    items = wire.read_sentences(ROOT / "tests" / "wire" / "sentences.txt")
    assert len(items) >= 40
    assert sum(len(s.gold) for s in items) >= 40
    for s in items:
        assert "[[" not in s.text and "]]" not in s.text
        for g in s.gold:
            assert s.text[g.start : g.end].strip() == s.text[g.start : g.end] != ""


def test_reports_have_an_event_a_day_and_distractors() -> None:
    wire = _wire()
    items = wire.read_reports(ROOT / "tests" / "wire" / "reports.txt")
    assert len(items) >= 15
    for r in items:
        assert r.distractors, r.event.name
        assert r.event.name.split()[0].lower() in r.text.lower()
        assert r.day <= r.published
        assert -90 <= r.event.lat <= 90 and -180 <= r.event.lon <= 180
        for p, day in r.more:
            assert day <= r.published and -90 <= p.lat <= 90, p.name


def test_a_report_may_tell_a_second_real_event(tmp_path: Path) -> None:
    wire = _wire()
    (tmp_path / "reports.txt").write_text(
        "published: 2019-03-04\n"
        "event: Alpha | 35.0 36.0 | 2019-03-03\n"
        "event: Beta | 35.5 36.5 | 2019-03-02\n"
        "distractors: Gamma 35.52 36.52; Delta 34.0 36.0\n"
        "text:\nHeadline\nBody.\n",
        encoding="utf-8",
    )
    (r,) = wire.read_reports(tmp_path / "reports.txt")
    assert (r.event.name, r.day.isoformat()) == ("Alpha", "2019-03-03")
    assert [(p.name, d.isoformat()) for p, d in r.more] == [("Beta", "2019-03-02")]
    # Gamma lies 2.8 km from the second event: an incident there is at Beta, not at a distractor
    assert r.at_distractor(35.5, 36.5) == []
    assert r.at_distractor(34.01, 36.0) == ["Delta"]


def _event_at(wire, name: str, text: str, source_id: str):  # type: ignore[no-untyped-def]
    from incident_explorer.places.place import Candidate, Feature, Place, Precision

    start = text.index(name)
    place = Place(source_id, name, 35.0, 36.0, Feature.CITY, "SY")
    candidate = Candidate(place, 0.9, Precision(1, 1), name, "", name)
    return wire.Mention(name, start, start + len(name), 0, "event", "", name, candidate)


def test_the_marked_place_named_again_is_the_event_place_not_a_false_one() -> None:
    """The gold marks an ACLED note's town once; its heading names it again (spelt alike, same
    entry). A word of another spelling resolved to that entry (a landmark read as "the place it
    lies in") and another entry stay false."""
    from types import SimpleNamespace

    wire = _wire()
    text = "Idleb: Jets hit Maarat Hurmah. On 4 July jets struck Ma'arrat Hurmah by the Ridge and Kafr Ruma."
    body = text.index("Ma'arrat")
    gold = (wire.Marked(body, body + len("Ma'arrat Hurmah"), "SY"),)
    mentions = [
        _event_at(wire, "Maarat Hurmah", text, "wof:1"),
        _event_at(wire, "Ma'arrat Hurmah", text, "wof:1"),
        _event_at(wire, "Ridge", text, "wof:1"),
        _event_at(wire, "Kafr Ruma", text, "wof:2"),
    ]
    result = SimpleNamespace(article=SimpleNamespace(text=text), mentions=mentions)
    extractor = SimpleNamespace(extract=lambda article: result)
    scores = wire.score_sentences(extractor, [wire.Sentence(text, date(2019, 7, 9), gold)], show=False)
    assert (scores["events"], scores["right"], scores["found"]) == (4, 2, 1)
