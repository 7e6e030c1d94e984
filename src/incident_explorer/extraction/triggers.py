"""Event words mapped onto ACLED's typology, read from ``data/event_words.csv``.

Each row maps a regular expression of word forms (case-insensitive) onto an ACLED event type
and sub-event type. ``specific`` words fix an incident's type ("air strike", "car bomb");
generic ones ("attack", "killed", "explosion") join whatever incident they refer to. Rows are
tried in file order at each position, so list specific phrases before generic ones; matches
never overlap ("suicide attacks" is one suicide bomb, not also an attack).
"""

from __future__ import annotations

import csv
import importlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from incident_explorer import compiled_re as re
from incident_explorer.errors import DataFileError
from incident_explorer.frozen import fast_init

# the days of the week as a regex alternation, lower case (patterns that read one take re.I); one
# list for the patterns of triggers, events and roles that read "on Monday" as a day of its own
WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# a day of a clause's own, told by a word (an alternation, as WEEKDAY): "on Monday", "today",
# "yesterday", "overnight", "tonight"; events._OWN_DAY reads these and a few more
OWN_DAY_WORD = WEEKDAY + "|today|yesterday|overnight|tonight"
# "on Monday": a weekday after "on" (a regex, no word boundaries of its own), read by the patterns
# of events that find a day of its own after an act ("in response to raids on X on Monday")
ON_WEEKDAY = r"on\s+(?:" + WEEKDAY + r")"

EXPLOSIONS = "Explosions/Remote violence"
BATTLES = "Battles"
VIOLENCE_CIVILIANS = "Violence against civilians"
# a deal's sub-event type ("signed a peace agreement"): a strategic development that reports no violence
AGREEMENT = "Agreement"
QUIET_TYPES = frozenset({AGREEMENT})  # sub-event types that report no violence
# the event types that tell armed violence (not an arrest, a protest or a deal)
VIOLENT_TYPES = frozenset({EXPLOSIONS, BATTLES, VIOLENCE_CIVILIANS})
_RIOTOUS = VIOLENT_TYPES | {"Riots"}
_ACTS_OF_OTHER_TYPES = frozenset({"Excessive force against protesters", "Looting/property destruction"})
# a force leaving a place ("withdrew from X", "retreated"): a battle word that does no violence there
_GIVING_UP = re.compile(r"withdr|retreat", re.I)
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
# a habit told in the perfect: "Turkey has also repeatedly struck targets around X this year";
# a day after it is the report's own event told beside the habit ("have repeatedly bombed Idlib,
# killing 12 on Monday")
_HABIT = re.compile(
    r"(?<!to )\b(?:has|have)\s+(?:also\s+|long\s+)?(?:repeatedly|regularly|frequently|often|routinely)\s+\w+",
    re.I,
)
# ... or in the simple present: "the group frequently attacks convoys on the coastal road",
# "militants often raid villages near X" (a day after it, as above, is the report's own event)
_HABIT_PRESENT = re.compile(
    r"\b(?:repeatedly|regularly|frequently|often|routinely)\s+(?:attack|raid|shell|target|strike|bomb|ambush|"
    r"kidnap|abduct|clash|storm|loot|burn|kill|launch)(?:s|es)?\b",
    re.I,
)
_HABIT_WORDS = ("repeatedly", "regularly", "frequently", "often", "routinely")
# acts told in the perfect as a run over a long span ("have carried out several such attacks in X
# over the past year", "has staged raids in X since 2019", "have claimed similar bombings in X in
# recent years"): a record of the past, unless a day of its own follows ("have struck X in recent
# months, killing 12 on Monday")
_RUN_PERFECT = re.compile(
    r"(?<!to )\b(?:has|have)\s+(?:also\s+|since\s+)?(?:carried|staged|launched|mounted|conducted|claimed|"
    r"waged|made|committed|killed|attacked|targeted|struck|hit|bombed|shelled|raided|abducted|kidnapped)\b",
    re.I,
)
_SUCH_ACTS = re.compile(
    r"\b(?:such|similar)\s+(?:\w+\s+)?(?:attacks|raids|strikes|bombings|ambushes|assaults|killings|kidnappings|"
    r"abductions|incidents)\b",
    re.I,
)
_OWN_DAY = re.compile(r"\b(?:" + OWN_DAY_WORD + r")\b", re.I)
_PERFECT = re.compile(r"(?<!to )\b(?:has|have)\s+(?:\w+\s+)?(?:been|killed)\b", re.I)
# a trend told in the perfect over a long span: "violence has spread in recent years from X into
# Y", "attacks have intensified over the past two years" (not "clashes have since spread to X")
_TREND = re.compile(r"(?<!to )\b(?:has|have)\s+(?:\w+\s+)?(?:spread|escalated|intensified|grown)\b", re.I)
_LONG_SPAN = re.compile(
    r"\b(?:in\s+recent\s+(?:years|months)|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months|decades?)|"
    r"for\s+(?:years|months|decades)|since\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d)\b",
    re.I,
)
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
    r"\b(?:since(?!\s+(?:the\s+)?(?:" + WEEKDAY + r"|yesterday|"
    r"last\s+night|this|today|dawn|morning|midnight|early|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b))|so\s+far|"
    r"over\s+the\s+(?:past|last)|throughout|for\s+(?:years|months|weeks|decades)|"
    # ... a counted span of a month or more ("has been besieged for more than a year", "for two years")
    r"for\s+(?:(?:more\s+than|over|nearly|almost|about|some|the\s+past|the\s+last)\s+)?"
    r"(?:a|one|two|three|four|five|six|several|many|\d+)\s+(?:years?|months)\b(?!\s+(?:ago|earlier|before))|"
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


@fast_init
@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    event_type: str
    sub_event_type: str
    specific: bool
    kind: TriggerKind = TriggerKind.WORD


def tells_an_act(t: Trigger) -> bool:
    """The word tells an act done to people or property (violence, a riot, force against
    protesters, looting or arson) or a place taken; not an arrest, a deal, a handover, a defused
    bomb, a protest, nor a force leaving a place ("the army withdrew from X")."""
    done = t.event_type in _RIOTOUS or t.sub_event_type in _ACTS_OF_OTHER_TYPES
    return done and _GIVING_UP.match(t.text) is None


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
        heads: list[frozenset[str] | None] = []
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
            starts = _starts(words.lower())
            heads.append(starts)
            parts.append(rf"{_ahead(starts)}(?P<t{len(kept)}>(?:{words.lower()})\b)")
            kept.append((etype, (row.get("sub_event_type") or "").strip(), row.get("specific") == "yes"))
        # Tried only at word starts (the lookaround fails fast elsewhere), on lower-cased text;
        # a word start none of the rows can begin with fails at the first lookahead.
        every = None if None in heads else frozenset().union(*(h for h in heads if h is not None))
        return cls(tuple(kept), re.compile(r"\b(?=\w)" + _ahead(every) + "(?:" + "|".join(parts) + ")"))

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


# A row's pattern is one alternation of dozens of word forms: at each word start Python's regex
# engine tries them all. The two letters a row's matches can begin with, checked first in one
# lookahead, skip most word starts for a few character tests (event words: 35 % less time).
_HEAD = 2


def _starts(words: str) -> frozenset[str] | None:
    """The first two characters any match of ``words`` (a lower-case pattern) begins with (one
    where a match may end after one), or None where the pattern does not say (a class like
    ``\\w``, an empty match): read from the pattern's parse by Python's own parser."""
    try:
        parser: Any = importlib.import_module("re._parser")
        sre: Any = importlib.import_module("re._constants")
        parsed = parser.parse(words)
        if parsed.state.flags & sre.SRE_FLAG_IGNORECASE:
            return None  # "(?i)": the filter's letters would be case-sensitive
        found = _heads(list(parsed), _HEAD, sre)
    except (ImportError, AttributeError, ValueError, TypeError, re.error, RecursionError):
        return None  # another Python's internals: no filter, the same matches
    return None if found is None or "" in found else frozenset(found)


def _heads(items: list[Any], n: int, sre: Any) -> set[str] | None:
    """The first ``n`` characters a match of the parsed ``items`` can begin with ("" or fewer:
    it may end there), or None when unknown."""
    if n <= 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL:
        return _then({chr(av)}, rest, n, sre)
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 32:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None  # a category (\\w), a negation, a wide range
        return _then(chars, rest, n, sre)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _heads(rest, n, sre)  # reads no character
    if op is sre.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None  # (?i:...) and the like
        return _heads([*sub, *rest], n, sre)
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            found = _heads([*alternative, *rest], n, sre)
            if found is None:
                return None
            out |= found
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        fewer = (op, (max(low - 1, 0), high if high is sre.MAXREPEAT else high - 1, sub))
        once = _heads([*sub, fewer, *rest], n, sre) if high is sre.MAXREPEAT or high > 0 else set()
        if once is None:
            return None
        if low > 0:
            return once
        none = _heads(rest, n, sre)
        return None if none is None else once | none
    return None


def _then(chars: set[str], rest: list[Any], n: int, sre: Any) -> set[str] | None:
    if len(chars) > 40:
        return None
    if n == 1:
        return chars
    after = _heads(rest, n - 1, sre)
    if after is None:
        return None
    return {c + a for c in chars for a in after}


def _ahead(starts: frozenset[str] | None) -> str:
    """A lookahead for these starts, grouped by the first character (the regex engine skips an
    alternative whose first character differs at once)."""
    if not starts:
        return ""
    by_first: dict[str, set[str]] = {}
    for start in starts:
        by_first.setdefault(start[0], set()).add(start[1:])
    parts = []
    for first, seconds in sorted(by_first.items()):
        if "" in seconds:
            parts.append(re.escape(first))  # a match may be one character long
        else:
            parts.append(re.escape(first) + "[" + "".join(re.escape(c) for c in sorted(seconds)) + "]")
    return "(?=" + "|".join(parts) + ")"


def _habit(sentence: str) -> re.Match[str] | None:
    """A habit or a run of acts told in the perfect, or None."""
    if (habit := _HABIT.search(sentence)) is not None:
        return habit
    run = _RUN_PERFECT.search(sentence)
    if run is not None and (_LONG_SPAN.search(sentence, run.end()) or _SUCH_ACTS.search(sentence, run.end())):
        return run
    return None


# A relative clause or appositive that tells the past of the place before it in the perfect
# ("killed 12 in Douma, which has been under siege since 2013", "in Azaz, a town that has seen
# repeated bombings", "in Bannu, where a curfew has been in place since Friday"): the place's
# background, while the clause it hangs on tells the sentence's own news. It runs to the next
# comma, colon, semicolon, dash or bracket.
_PERFECT_ASIDE = re.compile(
    # (also set in the place: "..., in an area where militants have waged an insurgency")
    r"(?:,|\s[—–]|\()\s*(?:(?:(?:in|across|near)\s+)?(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?(?:town|city|village|area|region|"
    r"district|province|governorate|state|camp|enclave|neighbou?rhood|suburb|country|port|base|"
    r"stronghold|county)\s+)?(?:which|that|where|whose)\b[^,;:()—–]*",
    re.I,
)


# "has"/"have" as an auxiliary or a verb of the sentence's own clause (after "to": "used to have")
_OWN_PERFECT = re.compile(r"(?<!to )\b(?:has|have)\b", re.I)


def background_asides(sentence: str) -> list[tuple[int, int]] | None:
    """The sentence's background: None when it tells none, [] when the sentence is background as
    a whole ("The town has seen repeated bombings since 2013"), else the spans of its asides that
    tell a place's past in the perfect while the rest tells news of its own ("Air strikes killed
    12 in Douma, which has been under siege since 2013": the strikes are news)."""
    if not is_background(sentence):
        return None
    spans = [m.span() for m in _PERFECT_ASIDE.finditer(sentence) if is_background(m.group())]
    if not spans:
        return []
    rest = list(sentence)
    for a, b in spans:
        rest[a:b] = " " * (b - a)
    left = "".join(rest)
    # The clause the asides hang on must tell its own news outside the perfect: "The coalition,
    # which has been fighting since 2015, has carried out thousands of strikes in Yemen" is a
    # summary whose long span only the aside said.
    return [] if is_background(left) or _OWN_PERFECT.search(left) else spans


def is_background(sentence: str) -> bool:
    """Present-perfect summaries of the past ("has seen repeated bombings") and habits told in the
    present ("frequently attacks convoys") are not incidents."""
    low = sentence.lower()
    if (
        any(w in low for w in _HABIT_WORDS)
        and (present := _HABIT_PRESENT.search(sentence)) is not None
        and not _OWN_DAY.search(sentence, present.end())
    ):
        return True
    if "has" not in low and "hav" not in low and "\u017f" not in low:
        return False  # the patterns below need "has" or "have" (IGNORECASE also reads a long s as s)
    if _BACKGROUND.search(sentence):
        return True
    if _TREND.search(sentence) and _LONG_SPAN.search(sentence):
        return True
    habit = _habit(sentence)
    if habit is not None and not _OWN_DAY.search(sentence, habit.end()):
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
