"""Article text as HTML: every piece escaped, evidence linked, mentions coloured, nesting right."""

from __future__ import annotations

from incident_explorer.highlight import Mark, article_html, marks


def test_text_is_escaped_everywhere() -> None:
    text = "<script>alert(1)</script> & <b>Homs</b>"
    out = article_html(text, [Mark(28, 39, "event", "Homs, Syria")])
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in out
    assert "<mark title='event: Homs, Syria' style='background:#ffc9c9'>&lt;b&gt;Homs&lt;/b&gt;</mark>" in out


def test_evidence_links_to_its_incident_and_wraps_the_mentions_inside() -> None:
    text = "Intro. Strikes hit Idlib and Saraqib on Monday. Talks in Geneva."
    spans = marks(
        [{"id": "a1-01", "evidence": [{"start": 7, "end": 47}]}],
        [
            {"start": 19, "end": 24, "role": "event", "location": "Idlib, Syria"},
            {"start": 29, "end": 36, "role": "event", "location": None},
            {"start": 57, "end": 63, "role": "mentioned", "location": "Geneva"},
        ],
    )
    out = article_html(text, spans)
    assert out.startswith("Intro. <a href='./?incident=a1-01' target='_top'")
    # the mention is marked inside the link (innermost first), and an unresolved one says so
    assert "<a href='./?incident=a1-01' target='_top' title='evidence: a1-01' " in out
    assert "><mark title='event: Idlib, Syria'" in out and "title='event: not resolved'" in out
    assert "<mark title='mentioned: Geneva' style='background:#d0ebff'>Geneva</mark>." in out
    assert out.count("</a>") == 5  # one link per piece of the sentence: before, Idlib, and, Saraqib, after


def test_hostile_ids_and_places_cannot_break_out_of_attributes() -> None:
    out = article_html("Homs", [Mark(0, 4, "evidence", "x' onmouseover='alert(1)")])
    assert "onmouseover='alert" not in out and "&#x27; onmouseover=&#x27;alert(1)" in out


def test_newlines_become_breaks_and_no_span_means_plain_text() -> None:
    assert article_html("one\ntwo", []) == "one<br>two"


def test_a_place_the_event_place_model_set_aside_says_why() -> None:
    reason = "the only place; but the event-place model weighs it a side place (0.03: a country -3.4)"
    spans = marks([], [{"start": 0, "end": 4, "role": "mentioned", "location": "Mali", "reason": reason}])
    out = article_html("Mali", spans)
    assert (
        "title='mentioned: Mali; the event-place model weighs it a side place (0.03: a country -3.4)'" in out
    )
    kept = marks(
        [], [{"start": 0, "end": 4, "role": "event", "location": "Mali", "reason": "the only place"}]
    )
    assert kept[0].info == "Mali"
