"""Articles in: Markdown or plain text with optional front matter, or HTML.

Offsets everywhere downstream are character offsets into ``Article.text``: the body after the
front matter (Markdown/plain), or the main text extracted from HTML.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from incident_explorer import compiled_re as re
from incident_explorer.errors import DataFileError, InputError

MAX_BYTES = 2_000_000  # ~300k words; longer input is refused, not truncated silently
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(?P<meta>.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_META_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_HTML = re.compile(r"\A\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Character references left in text copied from web pages or CSV exports ("Dar&#8217;a",
# "&quot;Free&quot;"): numeric ones, and named ones only when closed by ";", so "AT&T" and
# "R&D" stay as written.
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# HTML tags left in Markdown or text copied from a web page ("killing <i>six</i> people",
# "<p>...</p>"): only the names of real HTML elements, so "<Homs>" or "a < b > c" stay as written.
# Inline elements go without a trace (the figure "six" is read again); block elements and line
# breaks become a line break, so paragraphs do not run together.
_INLINE_TAGS = (
    "a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|img|ins|kbd|mark|nobr|q|s|samp|small|"
    "span|strike|strong|sub|sup|time|tt|u|var|wbr"
)
_BLOCK_TAGS = (
    "article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|"
    "nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul"
)
_MARKUP = re.compile(
    r"<!--.*?-->|<(?P<drop>script|style)\b[^>]*>.*?</(?P=drop)\s*>"
    rf"|</?(?:(?P<inline>{_INLINE_TAGS})|(?P<block>{_BLOCK_TAGS}))(?:\s[^<>]*)?/?>",
    re.I | re.S,
)


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: date | None = None
    dateline: str = ""
    summary: str = ""
    path: str = ""
    format: str = "text"  # text | markdown | html
    warnings: tuple[str, ...] = field(default_factory=tuple)
    content_hash: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.content_hash:
            # Hash of the normalised text: the same article pasted twice has the same hash.
            norm = " ".join(self.text.split()).casefold()
            object.__setattr__(self, "content_hash", hashlib.sha256(norm.encode("utf-8")).hexdigest())

    @property
    def id(self) -> str:
        return self.content_hash[:12]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "dateline": self.dateline,
            "summary": self.summary,
            "path": self.path,
            "format": self.format,
            "content_hash": self.content_hash,
            "warnings": list(self.warnings),
        }


def parse_date(value: str) -> date | None:
    m = _ISO_DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m["meta"].splitlines():
        lm = _META_LINE.match(line.strip())
        if lm:
            meta[lm["key"].lower()] = _unquote(lm["value"])
    return meta, text[m.end() :]


def _html_to_text(html: str) -> tuple[str, dict[str, str]]:
    import trafilatura  # imported here: 0.1 s, and only HTML needs it

    body = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta: dict[str, str] = {}
    found = trafilatura.extract_metadata(html)
    if found is not None:
        for key in ("title", "url", "date", "sitename"):
            value = getattr(found, key, None)
            if value:
                meta[{"date": "published", "sitename": "source"}.get(key, key)] = str(value)
    return body, meta


def from_text(
    raw: str,
    *,
    path: str = "",
    published: date | None = None,
    fmt: str | None = None,
    notes: tuple[str, ...] = (),
) -> Article:
    """Build an Article from text; ``published`` overrides the date found in the text."""
    if len(raw.encode("utf-8", "replace")) > MAX_BYTES:
        raise InputError(
            f"{path or 'input'}: longer than {MAX_BYTES // 1_000_000} MB; split it into articles"
        )
    if "\x00" in raw or _control_ratio(raw) > 0.05:
        raise InputError(f"{path or 'input'}: looks like binary data, not an article; give text or HTML")
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    warnings: list[str] = list(notes)
    meta: dict[str, str] = {}
    kind = fmt or ("html" if _HTML.match(text) else "text")
    if kind == "html":
        text, meta = _html_to_text(text)
    else:
        meta, text = _front_matter(text)
        if meta or path.endswith((".md", ".markdown")):
            kind = "markdown"
        text = unescape_references(strip_markup(text))
        meta = {key: unescape_references(value) for key, value in meta.items()}
    text = text.strip("\n")
    if not text.strip():
        raise InputError(f"{path or 'input'}: no article text found; give the article's text")
    written = (meta.get("published", "") or meta.get("date", "")).strip()
    when = published or parse_date(written)
    if when is None:
        # a date the text gives but that does not exist ("2017-02-31") is named, not dropped silently
        given = f"the publication date {written[:40]!r} is not a date" if written else "no publication date"
        warnings.append(
            f"{given}: relative dates ('Saturday') cannot be placed on the calendar; "
            "give the publication date as YYYY-MM-DD (--published on the command line, Published in the app)"
        )
    return Article(
        text=text,
        title=meta.get("title", ""),
        source=meta.get("source", ""),
        url=meta.get("url", ""),
        published=when,
        dateline=meta.get("dateline", ""),
        summary=meta.get("summary", ""),
        path=path,
        format=kind,
        warnings=tuple(warnings),
    )


def strip_markup(text: str) -> str:
    """``text`` without the HTML tags an article copied from a web page may keep in its body."""
    if "<" not in text:
        return text
    return _MARKUP.sub(lambda m: "\n" if m["block"] else "", text)


def unescape_references(text: str) -> str:
    """``text`` with its HTML character references ("&#8217;", "&amp;") as the characters."""
    if "&" not in text:
        return text
    return _CHAR_REF.sub(lambda m: html.unescape(m[0]), text)


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # below 32 but for \t \n \f \r


def from_path(path: Path, *, published: date | None = None) -> Article:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: longer than {MAX_BYTES // 1_000_000} MB; split it into articles")
        data = path.read_bytes()
    except OSError as exc:
        raise DataFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if data.count(0) or _control_ratio(data[:20_000].decode("latin-1")) > 0.05:
            raise InputError(f"{path}: looks like binary data, not an article; give text or HTML") from None
        raw = data.decode("cp1252", errors="replace")  # old Windows text, better than refusing
        notes: tuple[str, ...] = ("not UTF-8: read as Windows-1252; check accented letters",)
    else:
        notes = ()
    fmt = "html" if path.suffix.lower() in (".html", ".htm") else None
    return from_text(raw, path=str(path), published=published, fmt=fmt, notes=notes)


def from_url(url: str, *, offline: bool, published: date | None = None, timeout: float = 15.0) -> Article:
    """Fetch a page and extract its article; refused with a clear message when offline."""
    if offline:
        raise InputError(
            f"{url}: offline mode (INCIDENTS_OFFLINE) forbids fetching; save the page and pass the file"
        )
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "incident-explorer/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http/https only)
            data = response.read(MAX_BYTES + 1)
            charset = response.headers.get_content_charset() or "utf-8"
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DataFileError(
            f"cannot fetch {url}: {reason}; check the address or save the page as a file"
        ) from exc
    if len(data) > MAX_BYTES:
        raise InputError(f"{url}: longer than {MAX_BYTES // 1_000_000} MB; save the article text instead")
    return from_text(data.decode(charset, errors="replace"), path=url, published=published, fmt="html")
