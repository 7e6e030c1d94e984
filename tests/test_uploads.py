"""Files uploaded on the Add article page: the article's text and fields, or one line that
names the file and says what to do (and then nothing is loaded)."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.errors import InputError
from incident_explorer.extraction import article as articles
from incident_explorer.uploads import read_upload

PAGE = b"""<!doctype html><html><head><title>Blast in a market town</title>
<meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="2018-04-02T09:30:00Z">
<script>document.write('tracker')</script></head>
<body><nav>Home | News</nav><article><h1>Blast in a market town</h1>
<p>A bomb hidden in a cart exploded in the market of Jisr al-Shughur on Sunday, killing five
traders and wounding a dozen shoppers, a local council member said.</p>
<p>Rescue workers said the wounded were taken to two field clinics outside the town.</p>
</article></body></html>"""


def test_an_html_page_gives_its_text_and_its_title_outlet_and_date() -> None:
    found = read_upload("blast.html", PAGE)
    assert "Jisr al-Shughur" in found.text
    assert "tracker" not in found.text and "<p>" not in found.text
    assert found.title == "Blast in a market town"
    assert found.source == "Valley Courier"
    assert found.published == date(2018, 4, 2)


def test_markdown_and_text_keep_their_front_matter_in_the_text() -> None:
    md = b"---\ntitle: Night raid\npublished: 2016-11-03\n---\n\nTroops raided a village near Tal Afar.\n"
    found = read_upload("raid.md", md)
    assert found.text.startswith("---\ntitle: Night raid")  # extraction reads it from there
    latin = "Two policemen were shot dead in Saint-Étienne on Friday.".encode("cp1252")
    assert read_upload("note.TXT", latin).text == "Two policemen were shot dead in Saint-Étienne on Friday."


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("nothing.txt", b"", "nothing.txt is empty"),
        ("blank.md", b"  \n\n\t\n", "blank.md is empty"),
        ("photo.txt", bytes(range(256)) * 20, "photo.txt: looks like binary data"),
        (
            "page.html",
            b"<html><head><script>var a = 1;</script></head><body></body></html>",
            "page.html: no article",
        ),
        ("big.txt", b"Shelling hit the town. " * (articles.MAX_BYTES // 20), "big.txt is larger than 2 MB"),
        ("report.pdf", b"%PDF-1.4 ...", "report.pdf: not a .txt, .md or .html file"),
    ],
)
def test_a_file_that_holds_no_article_is_refused_in_one_line(name: str, data: bytes, said: str) -> None:
    with pytest.raises(InputError) as refused:
        read_upload(name, data)
    message = str(refused.value)
    assert message.startswith(said) and "\n" not in message


def test_an_impossible_publication_date_is_named_in_the_warning() -> None:
    found = articles.from_text(
        "---\npublished: 2019-02-30\n---\n\nA mortar round hit a school in Daraa on Monday.", path="x.md"
    )
    assert found.published is None
    assert any("'2019-02-30' is not a date" in w for w in found.warnings)
    missing = articles.from_text("Gunmen stormed a checkpoint outside Mosul on Thursday.", path="y.txt")
    assert any(w.startswith("no publication date") and "YYYY-MM-DD" in w for w in missing.warnings)
    fine = articles.from_text("---\ndate: 2015-07-19\n---\n\nA car bomb exploded in Suruc.", path="z.md")
    assert fine.published == date(2015, 7, 19) and not fine.warnings
