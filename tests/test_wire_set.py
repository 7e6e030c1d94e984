"""Our own wire set (tests/wire/) parses as benchmarks/wire.py reads it."""

from __future__ import annotations

import importlib.util
import sys
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
