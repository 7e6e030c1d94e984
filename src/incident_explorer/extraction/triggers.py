"""Event words mapped onto ACLED's typology, read from ``data/event_words.csv``.

Each row maps a regular expression of word forms (case-insensitive) onto an ACLED event type
and sub-event type. ``specific`` words fix an incident's type ("air strike", "car bomb");
generic ones ("attack", "killed", "explosion") join whatever incident they refer to. Rows are
tried in file order at each position, so list specific phrases before generic ones; matches
never overlap ("suicide attacks" is one suicide bomb, not also an attack).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from incident_explorer.errors import DataFileError

EXPLOSIONS = "Explosions/Remote violence"
BATTLES = "Battles"
VIOLENCE_CIVILIANS = "Violence against civilians"
EVENT_TYPES = frozenset(
    {EXPLOSIONS, BATTLES, VIOLENCE_CIVILIANS, "Protests", "Riots", "Strategic developments"}
)
# Present-perfect summaries of the past: a state ("has seen repeated bombings", "has been under
# siege") always; "has killed" / "have been killed" only with a span of time or the war as its
# subject ("the war that has killed 400,000", "have been killed since March"): without one,
# "15 people have been killed in air strikes on Idlib" is the news itself.
_BACKGROUND = re.compile(
    r"(?<!to )\b(?:has|have)\s+(?:\w+\s+)?(?:seen|fought|suffered|witnessed|waged|"
    r"been\s+(?:under|in|at|a|an|the|one|home|hit\s+by|the\s+scene)\b)",
    re.I,
)
_PERFECT = re.compile(r"(?<!to )\b(?:has|have)\s+(?:\w+\s+)?(?:been|killed)\b", re.I)
# A running total that a new event raises ("kills a commander, raising to 64 the number of those
# who have been killed since April"): its perfect counts the past, the sentence tells the news.
# The raising verb continues the clause of the event and governs the number ("Prices rose as the
# number of people who have been killed passed 300", "a report increases the number of people
# who have been killed to 470,000" tell no new event)
_RAISED_TOTAL = re.compile(
    r"(?:,|\band|\bwhich|\bthat)\s+(?:\w+\s+)?(?:rais(?:es|ed|ing)|brings?|brought|bringing|"
    r"increas(?:es|ed|ing))\s+(?:(?:it\s+)?to\s+[^.;]{0,30}?\s+)?"
    r"the\s+(?:total\s+)?numbers?\s+of\b[^.;]{0,80}?\b(?:who|that|which)\s+$",
    re.I,
)
_SPAN = re.compile(
    r"\b(?:since(?!\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"last\s+night|this|today|dawn|morning|midnight|early|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b))|so\s+far|"
    r"over\s+the\s+(?:past|last)|throughout|for\s+(?:years|months|weeks|decades)|"
    r"in\s+recent\s+(?:years|months|weeks))\b",
    re.I,
)
# The war as the subject of the perfect ("the war that has killed 400,000") comes before it;
# after it, "the Britain-based war monitor said" is only who reports the news.
_WAR = re.compile(r"\b(?:war|conflict|uprising|revolution|insurgency)\b", re.I)


class TriggerKind(Enum):
    """What says an incident is reported."""

    WORD = "an event word"  # from data/event_words.csv
    RECORD = "an incident record heading"  # "DATE: PLACE, REGION, COUNTRY": the colon, no type
    FIGURES = "casualty figures"  # a sentence with figures and no event word (no span)


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    event_type: str
    sub_event_type: str
    specific: bool
    kind: TriggerKind = TriggerKind.WORD


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """Event words: one alternation over every row, rows in file order."""

    rows: tuple[tuple[str, str, bool], ...]  # (event_type, sub_event_type, specific)
    pattern: re.Pattern[str]

    @classmethod
    def load(cls, path: Path) -> EventLexicon:
        try:
            rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(
                f"{path}: cannot read the event words ({exc}); restore it as UTF-8 CSV"
            ) from exc
        kept: list[tuple[str, str, bool]] = []
        parts: list[str] = []
        for row_no, row in enumerate(rows, start=2):
            if None in row:
                raise DataFileError(
                    f"{path} row {row_no}: more columns than the header; quote the words column"
                )
            etype, words = (row.get("event_type") or "").strip(), (row.get("words") or "").strip()
            if etype not in EVENT_TYPES:
                raise DataFileError(
                    f"{path} row {row_no}, column event_type: use one of {sorted(EVENT_TYPES)}"
                )
            try:
                re.compile(words)
            except re.error as exc:
                raise DataFileError(
                    f"{path} row {row_no}, column words: not a valid pattern ({exc})"
                ) from exc
            parts.append(rf"(?P<t{len(kept)}>(?:{words.lower()})\b)")
            kept.append((etype, (row.get("sub_event_type") or "").strip(), row.get("specific") == "yes"))
        # Tried only at word starts (the lookaround fails fast elsewhere), on lower-cased text.
        return cls(tuple(kept), re.compile(r"\b(?=\w)(?:" + "|".join(parts) + ")"))

    def find(self, sentence: str, offset: int) -> list[Trigger]:
        low = sentence.lower()
        if len(low) != len(sentence):
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in sentence)
        found: list[Trigger] = []
        for m in self.pattern.finditer(low):
            etype, sub, specific = self.rows[int(str(m.lastgroup)[1:])]
            found.append(
                Trigger(
                    m.start() + offset, m.end() + offset, sentence[m.start() : m.end()], etype, sub, specific
                )
            )
        return found


def is_background(sentence: str) -> bool:
    """Present-perfect summaries of the past ("has seen repeated bombings") are not incidents."""
    low = sentence.lower()
    if "has" not in low and "hav" not in low and "\u017f" not in low:
        return False  # both patterns need "has" or "have" (IGNORECASE also reads a long s as s)
    if _BACKGROUND.search(sentence):
        return True
    perfect = next(
        (
            m
            for m in _PERFECT.finditer(sentence)
            if not _RAISED_TOTAL.search(sentence, max(0, m.start() - 250), m.start())
        ),
        None,
    )
    return perfect is not None and bool(_SPAN.search(sentence) or _WAR.search(sentence, 0, perfect.start()))
