"""A file an analyst uploads in the app, read into the article's text and fields.

In: the file's name and bytes. Out: an ``Upload`` (the text for the text box; title, source,
URL and publication date when the file is an HTML page, whose text no longer holds them), or
an ``InputError`` whose one line names the file and says what to do. A file that is refused
changes nothing, so the text already in the box is never replaced by an empty, binary or
oversized file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from incident_explorer.errors import InputError
from incident_explorer.extraction import article as articles

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class Upload:
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: date | None = None


def read_upload(name: str, data: bytes) -> Upload:
    """The article in an uploaded file (Markdown or text keeps its front matter in the text:
    extraction reads it there; an HTML page gives its main text and its metadata)."""
    if not name.lower().endswith(SUFFIXES):
        raise InputError(f"{name}: not a .txt, .md or .html file; upload the article in one of those")
    if len(data) > articles.MAX_BYTES:
        raise InputError(
            f"{name} is larger than {articles.MAX_BYTES // 1_000_000} MB; split it into articles"
        )
    if not data.strip():
        raise InputError(f"{name} is empty; choose the file that holds the article's text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    html = name.lower().endswith((".html", ".htm"))
    try:
        # the same checks as extraction (binary data, no text); HTML: its main text and metadata
        found = articles.from_text(text, path=name, fmt="html" if html else None)
    except InputError as exc:
        raise InputError(f"{exc}; nothing was loaded") from exc
    if not html:
        return Upload(text=text)
    return Upload(
        text=found.text, title=found.title, source=found.source, url=found.url, published=found.published
    )
