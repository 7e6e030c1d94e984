"""HTML tags left in a Markdown or text article copied from a web page ("killing <i>six</i>
people") are dropped before extraction, so the figure and the place are read; names of real HTML
elements only, so other angle brackets stay as written."""

from __future__ import annotations

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

FRONT = "---\npublished: 2019-05-11\n---\n\n"


@pytest.mark.parametrize(
    ("body", "killed", "province"),
    [
        (
            "Shelling hit <b>Kafr Zita</b> in Hama province on Friday, killing <i>seven</i> civilians.",
            7,
            "Hama",
        ),
        (
            'An air strike on a market in <a href="https://example.org/x">Maarat al-Numan</a> killed '
            "<strong>twelve</strong> people on Thursday, rescuers said.",
            12,
            "Idlib",
        ),
        (
            "<p>A car bomb exploded in <span class='place'>Azaz</span> on Wednesday.</p><p>The blast killed "
            "<em>nine</em> people, the monitor said.</p><br/>",
            9,
            "Aleppo",
        ),
    ],
)
def test_inline_markup_does_not_hide_the_figure(
    extractor: Extractor, body: str, killed: int, province: str
) -> None:
    found = extractor.extract(articles.from_text(FRONT + body, path="copied.md"))
    assert "<" not in found.article.text
    assert any(i.fatalities.best == killed and i.admin1 == province for i in found.incidents), [
        (i.location, i.fatalities) for i in found.incidents
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Fighters held <Tal Abyad> for a week.", "<Tal Abyad>"),  # no HTML element
        ("Losses rose from 3 < 5 > 2 last year.", "3 < 5 > 2"),
        ("The &lt;b&gt; in the quote was the reporter's.", "<b>"),  # written out, not a tag
    ],
)
def test_other_angle_brackets_stay(text: str, kept: str) -> None:
    assert kept in articles.from_text(text).text


def test_paragraph_tags_keep_paragraphs_apart_and_html_files_are_left_to_their_reader() -> None:
    text = articles.from_text("Raid in Idlib.</p><p>Clashes in Daraa.</p>Calm in Homs.", path="a.md").text
    assert text == "Raid in Idlib.\n\nClashes in Daraa.\nCalm in Homs."
    assert articles.strip_markup("a <!-- hidden note --> b <script>var x = 1;</script>c") == "a  b c"
