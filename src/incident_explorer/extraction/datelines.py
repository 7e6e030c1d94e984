"""A report's wire dateline, read by one reader for every stage.

A dateline opens a report or paragraph: the place it was filed from, then optionally a region or
country, a day, and the agency, then a dash or colon before the report's own words:
"DAMASCUS, Syria (AP) —", "Hama, SANA –", "BEIRUT (Reuters) -", "ALEPPO, Syria, May 3 (Reuters) -",
"SANAA/ADEN (Reuters) -", "EL GENEINA (20 January 2020) –", "IMPHAL, Feb 16: ...",
"Raipur, Oct 15 (PTI) Five soldiers ...", "COTABATO CITY—Government troops ...".

Spotting (a short name in capitals is a city when a dateline follows it), roles (the mention's
role), dates (the filing day yields to the events' own) and the event-place model (a feature)
all read it here, so a dateline one of them reads the others read too. Whether a dateline
without an agency or a day is one ("Homs - the city ...", "Kabul - Backed by ...", "QUETTA:
Militants ...": `bare_dateline`) is left to the reader's caller: the shape is the same as prose's.
"""

from __future__ import annotations

from dataclasses import dataclass

from incident_explorer import compiled_re as re
from incident_explorer.frozen import fast_init

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DASH = r"(?:—|–|--|-)"
# state and national agencies that write "Hama, SANA –" after a comma, with no brackets (not
# "Idlib, HTS -", an actor)
_AGENCIES = (
    r"SANA|IRNA|NNA|KUNA|WAM|SPA|QNA|MENA|PTI|APP|IANS|TASS|RIA|ANHA|INA|NINA|BNA|ONA|"
    r"APS|MAP|TAP|LANA|SUNA|ENA|KNA|AA|DPA|ANSA|AFP|AP|UPI"
)
# ... and the wire agencies some texts write in lower case in their brackets ("BEIRUT (reuters) -",
# "Gao (afp) –"): by name only, not the short initials that are also English words ("(map)", "(spa)")
_LOWER_AGENCIES = (
    r"reuters|afp|ap|upi|xinhua|anadolu|efe|dpa|ansa|lusa|ani|pti|ians|sana|irna|tass|interfax|"
    r"kyodo|yonhap|bernama|pajhwok"
)
_CAPS_WORD = r"[A-Z][A-Z’'.-]*"
_WORD = r"[A-Z][\w.’'-]*"
# a name that opens the text when no spotted place marks its end: up to four capitalised words
# (Arabic names keep their lower-case article: "Deir ez-Zor", "Jisr al-Shughour")
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|[a-z]{{1,3}}-[A-Z][\w’'-]*)){{0,3}}"
# the cities of a report filed from several, joined by a slash: "SANAA/DUBAI (Reuters) -",
# "KUTUM / EL FASHER (15 October 2019) –" (the opening ones before the last: `SLASHED_OPENING`)
_SLASHED = rf"(?:\s?/\s?{_WORD}(?:\s{_WORD})?)*"
SLASHED_OPENING = re.compile(rf"(?:{_CAPS_WORD}(?:\s{_CAPS_WORD})?\s?/\s?)+")
_DAY = rf"{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?"
# what follows the place filed from (its own span given, or read by `_NAME`)
_REST = (
    # ("GHAZNI CITY (Pajhwok): ...", "KIDAPAWAN CITY, June 9 (PNA) -- ...": the city's kind word
    # in capitals, a name the gazetteer lacks)
    r"(?:\s+CITY(?=\s*[(,]))?"
    rf"{_SLASHED}"
    # the region or country ("GAZIANTEP, Turkey (AFP) -", "ERIE, Pa. (AP) —", "GOMA, Democratic
    # Republic of Congo (Reuters) -"), never an agency
    rf"(?:,\s*(?!(?:{_AGENCIES})\s*{_DASH}\s)(?P<region>{_WORD}(?:\s+(?:{_WORD}|of|the)){{0,4}}))?"
    # the day filed ("GAZA, Jan. 4 (Reuters) -", "Maputo, 12 Jun 2022 (Lusa) -"), or in brackets
    # where an agency would be ("EL GENEINA (20 January 2020) – ...")
    rf"(?:,?\s*(?P<day>{_DAY}))?"
    rf"(?:\s*\((?P<filed>(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}},?)\s+\d{{4}})\)(?=\s*{_DASH}\s))?"
    # the agency: in brackets ("HOMS, (SANA) -" with a comma before it; "(Kurdistan 24)": a number
    # in its name), or a state agency's initials after a comma ("Hama, SANA –")
    rf"(?:,(?=\s*\())?\s*(?:\((?P<agency>[A-Z][\w.&/-]*(?:\s+[A-Z\d][\w.&/-]*){{0,3}})\)"
    rf"|\((?P<lowered>{_LOWER_AGENCIES})\)"
    rf"|,\s*(?P<named>{_AGENCIES})(?=\s*{_DASH}\s))?"
    # its close: a dash; a bracket closed before the report's words ("Raipur, Oct 15 (PTI) Five
    # soldiers ..."); a colon after the agency or the day ("KABUL (Pajhwok): ...", "IMPHAL, Feb 16:
    # ..."); a dash with no space after the agency's bracket ("HODEIDAH (Reuters)-Shelling ..."), or
    # a long one after the place ("COTABATO CITY—Government troops ...", as Manila papers write)
    rf"(?P<close>\s*{_DASH}\s|(?<=\))\s+(?=[A-Z\d\"“])|(?<=\)):\s+(?=[A-Z\d])|(?<=\))\s*{_DASH}(?=[A-Z\d\"“])|(?<=\d):\s+(?=[A-Z\d])|(?:—|–)(?=[A-Z]))"
)
_AFTER_PLACE = re.compile(_REST)
# A dateline with neither agency nor day closes as titled reports write it: a dash, then a
# capitalised word (not "Homs - the city's east -"), and no second dash that would close an aside
# ("Aleppo - Syria's second city - was shelled") ...
_TITLED_DASH = re.compile(rf"\s*{_DASH}\s+(?=[A-Z])(?![^—–]*\s{_DASH}\s)")
# ... or, after a name in capitals, a colon ("QUETTA: Militants attacked ...", "NEW DELHI: ..."),
# as South Asian papers write it (a name in ordinary case before a colon heads a note or headline)
_CAPITALS_COLON = re.compile(r"\s*:\s+(?=[A-Z])")
_OPENING = re.compile(rf"\s*[\"“'‘]?(?P<place>{_NAME}){_REST}")


@fast_init
@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline read at the start of a text; offsets are into that text."""

    start: int  # the place filed from
    end: int
    agency: str  # "Reuters", "SANA"; "" when none is named
    bracketed: bool  # the agency in brackets ("(AP)"), not a state agency after a comma
    stop: int  # where the report's own words begin
    region: tuple[int, int] | None = None  # the region or country after the place ("Syria")
    day: tuple[int, int] | None = None  # the day filed ("Nov. 21", "20 January 2020")
    dashed: bool = False  # closed by a dash, not by a colon or the agency's bracket alone


def _made(m: re.Match[str], start: int, end: int) -> Dateline:
    agency = m["agency"] or m["lowered"] or m["named"] or ""
    day = "day" if m["day"] else "filed" if m["filed"] else None
    return Dateline(
        start=start,
        end=end,
        agency=agency,
        bracketed=m["agency"] is not None or m["lowered"] is not None,
        stop=m.end(),
        region=m.span("region") if m["region"] else None,
        day=m.span(day) if day else None,
        dashed=m["close"].strip()[:1] in ("—", "–", "-"),
    )


def dateline_after(text: str, end: int) -> Dateline | None:
    """The dateline whose place ends at ``end`` (a spotted place that opens the text)."""
    m = _AFTER_PLACE.match(text, end)
    if m is None:
        return None
    lead = len(text) - len(text.lstrip(" \"“'‘"))
    return _made(m, min(lead, end), end)


def bare_dateline(text: str, end: int, *, capitals: bool = False) -> Dateline | None:
    """The dateline whose place (or its region) ends at ``end`` when it names neither agency nor
    day, closed by a dash before a capitalised word ("Kabul - Backed by U.S. air strikes, ...",
    "Idlib, Syria – Russian jets ...") or, for a place written in ``capitals``, by a colon
    ("QUETTA: Militants stormed ..."). Prose has the same shape ("Kabul - Blast kills 40" tells
    where it happened): the caller judges whether the sentence makes it a dateline."""
    m = _TITLED_DASH.match(text, end)
    dashed = m is not None
    if m is None and capitals:
        m = _CAPITALS_COLON.match(text, end)
    if m is None:
        return None
    lead = len(text) - len(text.lstrip(" \"“'‘"))
    return Dateline(start=min(lead, end), end=end, agency="", bracketed=False, stop=m.end(), dashed=dashed)


def dateline(text: str) -> Dateline | None:
    """The dateline that opens ``text``, its place read as up to four capitalised words."""
    m = _OPENING.match(text)
    return None if m is None else _made(m, *m.span("place"))
