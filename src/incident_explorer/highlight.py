"""An article's text as HTML with its place mentions and evidence sentences marked.

In: the text, evidence spans (start, end, incident id) and place mentions (start, end, role,
location, reason). Out: one HTML string in which every piece of the text is escaped; evidence
links to its incident on the map, a mention is coloured by its role and its title says where it
lies (and, when the event-place model set it aside, why). Nested spans wrap innermost first.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from incident_explorer.extraction.event_places import set_aside

ROLE_COLOURS = {"event": "#ffc9c9", "mentioned": "#d0ebff", "dateline": "#d3f9d8", "origin": "#e5dbff"}
EVIDENCE_STYLE = "background:#fff3bf;color:inherit"


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # "evidence" or a mention role
    info: str  # the incident id (evidence) or the resolved location (mention; why it was set aside)


def marks(incidents: Iterable[Mapping[str, Any]], mentions: Iterable[Mapping[str, Any]]) -> list[Mark]:
    """The spans to mark, from the store's article read model (readmodels.article)."""
    found = [
        Mark(int(e["start"]), int(e["end"]), "evidence", str(inc["id"]))
        for inc in incidents
        for e in inc["evidence"]
    ]
    found += [Mark(int(m["start"]), int(m["end"]), str(m["role"]), _mention_info(m)) for m in mentions]
    return found


def _mention_info(m: Mapping[str, Any]) -> str:
    """Its location, and why the event-place model set it aside if it did."""
    where = str(m["location"] or "not resolved")
    why = set_aside(str(m.get("reason") or ""))
    return f"{where}; {why}" if why else where


def article_html(text: str, spans: list[Mark]) -> str:
    """The text cut at every span boundary; each piece escaped, then wrapped by the spans
    covering it, innermost (shortest) first."""
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        chunk = html.escape(text[a:b]).replace("\n", "<br>")
        covering = sorted((m for m in spans if m.start <= a and b <= m.end), key=lambda m: m.end - m.start)
        for m in covering:
            chunk = _wrap(chunk, m)
        pieces.append(chunk)
    return "".join(pieces)


def _wrap(chunk: str, m: Mark) -> str:
    title = html.escape(f"{m.kind}: {m.info}", quote=True)
    if m.kind == "evidence":
        href = html.escape(f"./?incident={m.info}", quote=True)
        return f"<a href='{href}' target='_top' title='{title}' style='{EVIDENCE_STYLE}'>{chunk}</a>"
    colour = ROLE_COLOURS.get(m.kind, "#eee")
    return f"<mark title='{title}' style='background:{colour}'>{chunk}</mark>"
