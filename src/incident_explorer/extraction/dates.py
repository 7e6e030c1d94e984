"""Date expressions in news text, anchored on the publication date.

Precision follows ACLED ``time_precision`` (1 day, 2 within a week, 3 within a month or
coarser) and UCDP ``date_prec`` (1 day, 2 2-6 days, 3 week, 4 month, 5 year).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from incident_explorer import compiled_re as re
from incident_explorer.extraction.datelines import dateline
from incident_explorer.extraction.folding import lowered, sensitive, word_key
from incident_explorer.frozen import fast_init

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# how many days ("a day earlier", "two days later") a relative day counts
DAY_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
DAY_COUNT = r"(?:" + "|".join(DAY_COUNTS) + r"|[1-7])"


def day_count(word: str) -> int:
    """The days a `DAY_COUNT` word counts ("two" 2, "3" 3); 0 for a word that counts none ("the")."""
    w = word.lower()
    return DAY_COUNTS.get(w) or (int(w) if w.isdigit() else 0)


# "before"/"after" that names nothing after it: a clause or the sentence ends
_NO_OBJECT = r"(?=\s*(?:[,.;:)—–]|--|$))"
_BACK = frozenset({"earlier", "before", "previous", "preceding"})
# "the same day last year", "on the same day in 2016", "the same day a year earlier": a day of
# another year, not the day told before it
_ANOTHER_YEAR = (
    r"(?!,?\s+(?:(?:last|a|one|two|three|several|\d+)\s+(?:years?|months?)\b|in\s+(?:19|20)\d\d\b|"
    r"of\s+(?:the\s+)?(?:previous|last|preceding)\s+(?:year|month)\b))"
)

_PART_OF_DAY = r"(?:day|night|evening|morning|afternoon)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("day_month", re.compile(rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\b", re.I)),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}(?!\d)(?:,?\s+{_YEAR})?\b", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)),
    # "in March", "last January", "in early April", "during late May", "in March last year": a
    # month with no day or year (a day or year after it is another pattern's, tried first)
    (
        "in_month",
        re.compile(
            rf"\b(?P<rel>in|during|last|(?:in\s+)?(?:early|late|mid)[\s-]?)\s*{_MONTH}(?![\w-])(?!\s*\d)"
            r"(?:,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year\b)?",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<part>early|late|last)\s+(?:on\s+)?)?(?P<weekday>"
            + "|".join(_WEEKDAYS)
            + r")(?:[’']s)?(?:\s+(?P<tod>morning|afternoon|evening|night))?\b",
            re.I,
        ),
    ),
    # "a day earlier", "two days later", "the day before", "the next day": a day counted from the
    # day told before it (`anchored`); "the day before yesterday" counts from publication (tried
    # before "yesterday", which it holds). "A day after the raid", "the day before he died" count
    # from what they name, which need not be a day told: only "before"/"after" with no object
    # (ending a clause or the sentence) is a date.
    (
        "rel_day",
        re.compile(
            r"\b(?:the\s+day\s+(?P<yday>before\s+yesterday)|"
            rf"(?P<n>{DAY_COUNT})\s+days?\s+(?P<dir>earlier|later)\b(?!\s+than\b)|"
            # "a week earlier", "a week before" (ending its clause): seven days back
            rf"(?P<week>a|one)\s+week\s+(?:(?P<dir4>earlier)\b(?!\s+than\b)|(?P<dir5>before){_NO_OBJECT})|"
            rf"(?:(?P<n2>{DAY_COUNT})\s+days?|the\s+day)\s+(?P<dir2>before|after){_NO_OBJECT}|"
            # ... "the next day's fighting": the day of the violence it names (not "the next day's
            # talks were called off", a day something was planned for)
            r"the\s+(?P<dir3>previous|preceding|next|following)\s+day(?:[’']s(?=\s+(?:[\w-]+\s+)?"
            r"(?:fighting|clashes|battles?|attacks?|assaults?|raids?|(?:air\s*)?strikes?|shelling|bombings?|"
            r"bombardment|violence|ambush|explosions?|blasts?|killings?|massacre|offensive)\b))?(?![’'\w])|"
            # "hours later", "later that day", "later in the day", "the same day", "on the same
            # night", "later that evening", "that night": the day told before it
            r"(?P<same>(?:hours|minutes)\s+(?:later|earlier)|(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+"
            rf"{_PART_OF_DAY}|(?:that|the)\s+same\s+{_PART_OF_DAY}|that\s+(?:night|evening))\b{_ANOTHER_YEAR})",
            re.I,
        ),
    ),
    ("today", re.compile(r"\b(?P<word>today|tonight|this morning|this afternoon|this evening)\b", re.I)),
    ("yesterday", re.compile(r"\b(?P<word>yesterday|last night)\b", re.I)),
    ("last_week", re.compile(r"\b(?:earlier this|last|this past) week\b", re.I)),
    ("last_month", re.compile(r"\blast month\b", re.I)),
    ("rel_year", re.compile(r"\b(?:(?P<part>early|late|earlier|later)\s+)?(?P<rel>last|this) year\b", re.I)),
    ("in_year", re.compile(rf"\bin\s+{_YEAR}\b", re.I)),
]


@fast_init
@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    time_precision: int  # ACLED 1-3
    date_prec: int  # UCDP 1-5
    reason: str
    # a day counted from the day told before it ("a day earlier": -1), dated from publication
    # until `anchored` dates it from that day
    shift: int | None = None


NO_SUCH_DAY = "no such day"
# an event told after the report's first one and ended this long before it is recalled
RECALLED_DAYS = 7


def recent_before(day: date, first: date) -> bool:
    """``day`` lies less than ``RECALLED_DAYS`` before ``first``: news of the same few days."""
    return 0 < (first - day).days < RECALLED_DAYS


def impossible_dates(text: str, published: date | None) -> list[str]:
    """Warnings for dates that do not exist ("31 February 2017"): they give an incident no day."""
    # Only the day-giving patterns say "no such day", and only they (tried first) can take
    # their spans: the rest need not run over the whole text.
    return [
        f"{m.text!r} is not a date (no such day); its incident gets no day from it"
        for m in _find(text, published, 0, _DAY_PATTERNS)
        if m.reason == NO_SUCH_DAY
    ]


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _year_for(month: int, day: int, published: date | None) -> tuple[int | None, str]:
    """The year of a day-month date: the publication year, or the one before if that is later."""
    if published is None:
        return None, "no year and no publication date"
    year = published.year
    try:
        if date(year, month, day) > published + timedelta(days=7):
            return year - 1, f"year {year - 1}: {year} would be after publication"
    except ValueError:
        return None, NO_SUCH_DAY
    return year, f"year {year} from the publication date"


def _resolve(
    kind: str, m: re.Match[str], text: str, published: date | None, around: str = ""
) -> DateMention | None:
    """``m`` may have matched the lower-cased text: its groups are read case-insensitively,
    ``text`` is the words as written."""
    g = m.groupdict()
    start, end = m.start(), m.end()

    def mk(a: date | None, b: date | None, tp: int, dp: int, why: str) -> DateMention:
        return DateMention(start, end, text, a, b, tp, dp, why)

    try:
        if kind == "iso":
            d = date(int(g["year"]), int(g["m"]), int(g["day"]))
            return mk(d, d, 1, 1, "explicit date")
        if kind in ("day_month", "month_day"):
            month, day = _MONTHS[word_key(g["month"])], int(g["day"])
            if g.get("year"):
                d = date(int(g["year"]), month, day)
                return mk(d, d, 1, 1, "explicit date")
            if day > calendar.monthrange(2000, month)[1]:  # in no year at all (2000 is a leap year)
                return mk(None, None, 3, 5, NO_SUCH_DAY)
            year, why = _year_for(month, day, published)
            if year is None:
                return mk(None, None, 3, 5, why)
            d = date(year, month, day)
            return mk(d, d, 1, 1, why)
        if kind == "month_year":
            a, b = _month_bounds(int(g["year"]), _MONTHS[word_key(g["month"])])
            return mk(a, b, 3, 4, "month and year")
    except ValueError:
        if kind in ("iso", "day_month", "month_day") and int(g["day"]) > 0:
            # "31 February 2017": a day that does not exist is no date, and never the month around it
            return mk(None, None, 3, 5, NO_SUCH_DAY)
        return None
    if kind == "in_month":
        if not text[m.start("month") - start].isupper():
            return None  # "in march", "by may": a word, not a month
        if published is None:
            return mk(None, None, 3, 5, "a month and no publication date")
        month = _MONTHS[word_key(g["month"])]
        year_word = (g.get("yrel") or "").lower()
        if year_word:
            if year_word == "next":
                return None  # a plan, not an event
            y = published.year - (1 if year_word == "last" else 0)
            a, b = _month_bounds(y, month)
            return mk(a, min(b, published), 3, 4, f"{calendar.month_name[month]} {y}")
        last = g["rel"].lower() == "last"
        if month > published.month and not last and _FUTURE.search(around):
            return None  # "elections are due in June", written in May: a plan, not an event
        a, b, why = _in_month(month, last, published)
        return mk(a, b, 3, 4, why)
    if kind == "in_year":
        y = int(g["year"])
        if published is not None and y == published.year:
            return None  # "the largest attack in 2017", published in 2017: no more than "recent"
        return mk(date(y, 1, 1), date(y, 12, 31), 3, 5, "year only")
    if kind == "rel_day":
        return _relative_day(g, start, end, text, published)
    if published is None:
        return mk(None, None, 3, 5, "relative date and no publication date")
    if kind == "weekday":
        target = _WEEKDAYS[word_key(g["weekday"])]
        back = (published.weekday() - target) % 7
        if (g.get("part") or "").lower() == "last" and back == 0:
            back = 7
        d = published - timedelta(days=back)
        return mk(d, d, 1, 1, f"{g['weekday'].capitalize()} on or before publication ({published})")
    if kind == "today":
        return mk(published, published, 1, 1, "the publication date")
    if kind == "yesterday":
        d = published - timedelta(days=1)
        return mk(d, d, 1, 1, "the day before publication")
    if kind == "last_week":
        if text.lower().startswith("earlier"):
            # "earlier this week" is the publication's own week, not the seven days before it;
            # published on a Monday, the Sunday before still counts (weeks that start on Sunday)
            monday = published - timedelta(days=max(published.weekday(), 1))
            return mk(monday, published, 2, 3, f"earlier in the week of publication ({published})")
        return mk(published - timedelta(days=7), published, 2, 3, "the week before publication")
    if kind == "last_month":
        first = published.replace(day=1) - timedelta(days=1)
        a, b = _month_bounds(first.year, first.month)
        return mk(a, b, 3, 4, "the month before publication")
    if kind == "rel_year":
        y = published.year - (1 if g["rel"].lower() == "last" else 0)
        part = (g.get("part") or "").lower()
        if part in ("early", "earlier") and g["rel"].lower() == "last":
            return mk(date(y, 1, 1), date(y, 6, 30), 3, 5, f"early {y}: first half of the year")
        if part in ("late", "later") and g["rel"].lower() == "last":
            return mk(date(y, 7, 1), date(y, 12, 31), 3, 5, f"late {y}: second half of the year")
        if g["rel"].lower() == "this" and not part:
            return None  # "this year" holds the publication date: no more than "recent"
        end_ = min(date(y, 12, 31), published)
        return mk(date(y, 1, 1), end_, 3, 5, f"{y}")
    return None


def _relative_day(
    g: dict[str, str | None], start: int, end: int, text: str, published: date | None
) -> DateMention:
    """ "The day before yesterday": two days before publication. "A day earlier", "the next
    day": so many days from publication until `anchored` counts them from the day told before;
    from publication, precision within a week (as an undated event's publication day)."""
    if g["yday"]:
        if published is None:
            return DateMention(start, end, text, None, None, 3, 5, "relative date and no publication date")
        d = published - timedelta(days=2)
        return DateMention(start, end, text, d, d, 1, 1, "two days before publication")
    word = (g["dir"] or g["dir2"] or g["dir3"] or g["dir4"] or g["dir5"] or "").lower()
    n = (g["n"] or g["n2"] or "one").lower()
    shift = 0 if g["same"] else (7 if g["week"] else day_count(n)) * (-1 if word in _BACK else 1)
    if published is None:
        why = "a day counted from the day told before it, and no publication date"
        return DateMention(start, end, text, None, None, 3, 5, why, shift)
    if shift > 0:
        # "a day later" with no day told before it counts from a day the report did not tell,
        # which was no later than publication: not the day after it, which had not come yet
        why = f"{_days(shift)} a day not told: the publication date at the latest"
        return DateMention(start, end, text, published, published, 2, 2, why, shift)
    d = published + timedelta(days=shift)
    why = f"{_days(shift)} publication (no day told before it)"
    return DateMention(start, end, text, d, d, 2, 2, why, shift)


def _days(shift: int) -> str:
    n = abs(shift)
    if n == 0:
        return "the same day as"
    return f"{'a day' if n == 1 else f'{n} days'} {'before' if shift < 0 else 'after'}"


def anchored(
    dates: list[DateMention], told: DateMention | None, text: str, offset: int
) -> tuple[list[DateMention], DateMention | None]:
    """A sentence's dates with each relative day ("a day earlier", "two days later", "the
    previous day") counted from the day told before it in the report (``told``, the last date of
    one day before this sentence's, or one of this sentence's before it), and the last such day
    after them: the report's event day, or the day of the event told just before. With none, a
    relative day stays counted from publication. A day told in an aside after the sentence's
    own day ("in X on Friday, a week after militants stormed Y on Monday") is an earlier event's:
    what follows counts from the sentence's day. ``text`` is the sentence, starting at ``offset``."""
    out = []
    own: DateMention | None = None  # this sentence's first day
    for d in dates:
        if d.shift is not None and told is not None and told.date_start is not None:
            day = told.date_start + timedelta(days=d.shift)
            why = f"{_days(d.shift)} '{told.text}' ({told.date_start})"
            d = DateMention(d.start, d.end, d.text, day, day, 1, 1, why, d.shift)
        if (
            d.date_prec == 1
            and d.date_start is not None
            and d.date_start == d.date_end
            and (own is None or not _ASIDE_AFTER_DAY.search(text, own.end - offset, d.start - offset))
        ):
            told = d
            own = own or d
        out.append(d)
    return out, told


# "on Friday, a week after militants stormed Y on Monday": an aside telling an earlier event; not
# an hour of the day ("on Friday, shortly after dawn")
_ASIDE_AFTER_DAY = re.compile(
    r"\b(?:since|after|before|following)\b(?!\s+(?:the\s+)?(?:dawn|daybreak|sunrise|noon|midday|sunset|dusk|"
    r"nightfall|midnight|curfew|prayers|\d))",
    re.I,
)


# a sentence that opens by telling its event apart from the one before: "Separately, ...", "In a
# second attack, ...", "In another incident, ...", "Elsewhere, ...", "Further south, ..."
_APART = re.compile(
    r"^\W*(?:separately|elsewhere|meanwhile|further\s+(?:south|north|east|west)|in\s+(?:(?:a|an)\s+(?:separate|second|"
    r"third|further|different|new)|another)\s+(?:attacks?|incidents?|strikes?|raids?|bombings?|assaults?|ambush|"
    r"explosions?|blasts?|clash(?:es)?|shootings?))\b",
    re.I,
)


# ... yet tells the event before again: "Meanwhile, the death toll from the strike rose to 14"
_TOLD_AGAIN = re.compile(
    r"\b(?:the|that|this)\s+(?:same\s+|earlier\s+|deadly\s+)?(?:(?:death\s+)?toll|attack|(?:air\s*)?strike|"
    r"bombing|blast|explosion|raid|shelling|ambush|assault|massacre)s?\b",
    re.I,
)
# ... at the place told before: "Elsewhere in the city, gunmen shot dead two policemen"
_APART_THERE = re.compile(
    r"\W*(?:in|on|near|around|across|inside|outside)\s+the\s+(?:same\s+)?(?:city|town|capital|village|"
    r"province|governorate|area|region|district|country|camp|neighbou?rhood|state)\b",
    re.I,
)


def opens_apart(text: str) -> bool:
    """The sentence opens by telling its event apart from the one before ("Meanwhile, ...")."""
    m = _APART.match(text)
    return m is not None and _TOLD_AGAIN.search(text, m.end()) is None


def apart_there(text: str) -> bool:
    """Told apart, at the place told before ("Elsewhere in the city, ...")."""
    m = _APART.match(text)
    return m is not None and _APART_THERE.match(text, m.end()) is not None


def told_apart(text: str, start: int, told: DateMention | None) -> DateMention | None:
    """The date of a sentence with none of its own that opens by telling its event apart from the
    one before ("Separately, a drone hit a car near X", "In a second attack, militants stormed a
    post in Y"): the day told before it (``told``, see `anchored`), as sure as a publication day
    (within a week). A report tells such an event as of its own time: without a day, it is not
    of the day the report was published any more than of the day it has just told."""
    m = _APART.match(text)
    if m is None or told is None or told.date_start is None:
        return None
    why = f"told apart with no day of its own: the day told before it, '{told.text}' ({told.date_start})"
    return DateMention(
        start + m.start(), start + m.end(), m.group(0).strip(), told.date_start, told.date_start, 2, 2, why
    )


# A past-tense event sentence with no time of its own continues the narrative it is told in: its
# event is of the day told before it (a narrative reference time), not of the publication day. Past
# forms: "was/were", a regular past or a common irregular one ...
_PAST = re.compile(
    r"\b(?:was|were|[a-z]{2,}ed|struck|hit|shot|fought|blew|threw|fell|broke|overran|stole|burnt|drove|"
    r"tore|slew|set|led|took|came|went|began|spread|lost|made|left|sent|seized|caught)\b",
    re.I,
)
# ... not a statement of the present ("the army says it controls X"), a perfect or pluperfect that
# tells background or an earlier act ("has been hit repeatedly", "had stormed"), what is to come or
# may be, nor a span still running ("since the truce collapsed"), nor an event told at another time
# ("Police later raided homes in X") or counted from it
_NOT_NARRATIVE = re.compile(
    r"\b(?:has|have|had|is|are|am|says|say|continues?|remains?|will|would|shall|can|could|may|might|must|"
    r"since|until|ago|later|earlier)\b|['’]s\s+been\b"
    # ... nor an event set a span before or after another ("came two days after gunmen shot dead")
    r"|\b(?:days?|hours?|weeks?|months?)\s+(?:after|before|earlier|later)\b",
    re.I,
)


NARRATIVE = "no day of its own, past tense"


def narrative_day(text: str, start: int, news: DateMention | None) -> DateMention | None:
    """The day of a past-tense sentence with no time of its own that goes on telling the report
    ("Air strikes killed nine in X on Monday. In Y, to the north, militants and police clashed
    briefly"): the day told before it (``news``, see `anchored`), at that day's precision. A report
    tells such an event as of the time it is narrating; the publication day was a day later than
    any the report told. Not a present statement, a perfect, a pluperfect, a span "since", nor
    what is to come (`_NOT_NARRATIVE`): those keep their own readings."""
    if news is None or news.date_start is None or _PAST.search(text) is None:
        return None
    if _NOT_NARRATIVE.search(text) is not None:
        return None
    why = f"{NARRATIVE}: the day told before it, '{news.text}' ({news.date_start})"
    return DateMention(
        start, start, news.text, news.date_start, news.date_end, news.time_precision, news.date_prec, why
    )


# a sentence about what is to come: a month later in the year than its publication is ahead
_FUTURE = re.compile(
    r"\b(?:will|would|shall|due|expected|scheduled|planned|plans?|set\s+to|going\s+to|next|upcoming|"
    r"later\s+this)\b",
    re.I,
)


def _in_month(month: int, last: bool, published: date) -> tuple[date, date, str]:
    """The latest such month up to publication ("in March" in a text of May 2018: March 2018;
    "last May" in May, "in late December" in January: the year before); a month of the
    publication's own, up to it."""
    year = (
        published.year
        if month < published.month or month == published.month and not last
        else published.year - 1
    )
    a, b = _month_bounds(year, month)
    return a, min(b, published), f"{calendar.month_name[month]} {year}: the latest up to publication"


_MONTH_STEMS = tuple(sorted({name[:3] for name in _MONTHS}))  # every month word starts so
# What each pattern cannot match without, in the lower-cased text: most sentences skip most
# patterns for a few substring tests (a regex alternation over them scans as slowly as the
# patterns themselves).
_CENTURIES = ("19", "20")  # a year's first digits
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {  # one of each tuple
    "iso": (("-0", "-1"), _CENTURIES),  # the month's first digit after the dash
    "day_month": (_MONTH_STEMS,),
    "month_day": (_MONTH_STEMS,),
    "month_year": (_MONTH_STEMS, _CENTURIES),
    "in_month": (_MONTH_STEMS,),
    "weekday": (("day",),),
    "today": (("today", "tonight", "this morning", "this afternoon", "this evening"),),
    "yesterday": (("yesterday", "last night"),),
    "last_week": (("week",),),
    "last_month": (("last month",),),
    "rel_year": (("year",),),
    "in_year": (("in",), _CENTURIES),
    "rel_day": (("day", "hours", "minutes", "night", "evening", "morning", "afternoon", "week"),),
}
# each distinct tuple of _NEEDS once, and each kind's by its place among them: several kinds need
# a month's stem, tested once per text
_GROUPS = tuple(dict.fromkeys(needs for groups in _NEEDS.values() for needs in groups))
_NEED_GROUPS = {kind: tuple(_GROUPS.index(needs) for needs in groups) for kind, groups in _NEEDS.items()}
# ... and the day of a day and month is a digit (any script's: \d)
_DAY_KINDS = frozenset({"day_month", "month_day"})
_DIGIT = re.compile(r"\d")
# the patterns that name a day of a month (by name: the list's order is the matching order)
_DAY_PATTERNS = [(kind, p) for kind, p in _PATTERNS if kind in ("iso", "day_month", "month_day")]
_LOWER = {kind: sensitive(pattern) for kind, pattern in _PATTERNS}


# how many days before its filing a report's own events may lie ("DAMASCUS, March 6 (SANA) -
# Three civilians were killed on February 26")
_FILED_MONTH = 31
# "since yesterday", "since the dawn of Monday", "since late April", "since the 20th of February":
# the start of what still goes on when the report is published
_SINCE = re.compile(
    r"\b(?:launched|began|begun|started|starting|beginning)\s+$|\bsince\s+(?:the\s+)?(?:(?:dawn|morning|afternoon|evening|night|beginning|start|middle|end)\s+of\s+"
    r"(?:the\s+)?|(?:late|early|mid)[\s-]+|\d{1,2}(?:st|nd|rd|th)?\s+of\s+)?$",
    re.I,
)


def event_dates(
    text: str, dates: list[DateMention], offset: int = 0, published: date | None = None
) -> list[DateMention]:
    """The dates in a sentence that may date its events.

    A dateline's filing day yields to a day of the month before it ("DAMASCUS, Nov. 21 (SANA) -
    Three civilians were killed yesterday": the 20th); beside a year, a month, an older or a later
    day (background: "the war that began in 2011") or alone it still dates them, as the
    publication date would.
    A date after "since" starts what still goes on when the report is published ("bombardment
    since yesterday", "the toll since late April"): the events are of the publication day."""
    out = []
    for k, d in enumerate(dates):
        lo = d.start - offset
        # (a wire dateline's day is when the report was filed: "DAMASCUS, Nov. 21 (SANA) -",
        # "Aleppo, Syria, March 3 -", "EL FASHER (12 March 2021) –", "IMPHAL, Feb 16: ...")
        if (
            k == 0
            and (line := dateline(text)) is not None
            and line.end <= lo
            and d.end - offset <= line.stop
            and any(_dates_filed_report(e, d, text, offset) for e in dates[1:])
        ):
            continue
        if (
            (other := _ANOTHER_EVENTS_BEFORE.search(text, max(0, lo - 30), lo))
            and _ANOTHER_EVENTS_AFTER.match(text, d.end - offset)
            and not (
                _WEEKDAY_NAMED.match(d.text)
                and other.group(1).lower() != "since"
                and not _COUNTED_FROM.search(text, max(0, other.start() - 20), other.start())
            )
        ):
            continue  # "since the April 2017 ambush in X": the day of another event, not of these
        if _since(text, lo):
            if published is not None:
                why = f"ongoing since '{d.text}': the publication date"
                out.append(DateMention(d.start, d.end, d.text, published, published, 1, 1, why))
            continue
        out.append(d)
    return out


# "since the April 2017 ambush in X", "a year after the March bombing": a date that qualifies an
# earlier event's noun dates that event; the sentence's own events are not of its day, nor ongoing
# since it (a verb or a preposition after the date is no such noun: "since the 20th of May has")
_ANOTHER_EVENTS_BEFORE = re.compile(r"\b(since|after|before|following)\s+(?:the|an?)\s+$", re.I)
# ... but a weekday before a noun after "after", "before" or "following" is of this week, the
# day of the sentence's own gathering ("killed 20 worshippers after the Friday prayers", "after
# the Sunday service"), unless a span counts from it ("two days after the Sunday bombing")
_WEEKDAY_NAMED = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_COUNTED_FROM = re.compile(r"\b(?:days?|weeks?|hours?|nights?|months?)\s+$", re.I)
_ANOTHER_EVENTS_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|in|at|on|of|from|when|that|which|until|with|for|by|has|have|had|is|are|"
    r"was|were|will|would|as|amid|during)\b)[a-z][a-z-]+\b"
)


def _since(text: str, lo: int) -> bool:
    return _SINCE.search(text, max(0, lo - 40), lo) is not None


def _dates_filed_report(other: DateMention, filed: DateMention, text: str, offset: int) -> bool:
    """Whether ``other`` is the day of the events a report filed on ``filed`` tells: a day in the
    month up to the filing ("yesterday", "on Monday", "on 28 February"). A year, a month or an
    older or later day is background ("the war that began in 2011", "talks due on March 14")."""
    if other.date_prec != 1 or other.date_start is None or filed.date_start is None:
        return False
    if not 0 <= (filed.date_start - other.date_start).days <= _FILED_MONTH:
        return False
    return not _since(text, other.start - offset)


# a weekday beside the day of the month it names ("on Thursday, February 21", "Friday 3 March",
# "on March 3 (Friday)"): one date
_WEEKDAY_THEN_DAY = re.compile(r"\s*,?\s*\(?\s*(?:the\s+)?")
_DAY_THEN_WEEKDAY = re.compile(r"\s*[,(]?\s*")
_EXPLICIT_DAY = frozenset({"iso", "day_month", "month_day"})
# "today, Wednesday", "yesterday (Tuesday)": the writer's own day named by its weekday, which
# dates the event when the report came out a day or two later (SOHR's "at dawn today,
# Wednesday", filed on Wednesday, carries Thursday's date)
_NEAR_DAY = frozenset({"today", "yesterday"})
_NEAR_DAY_THEN_WEEKDAY = re.compile(r"\s*(?:,|\()\s*")
_NEAR_DAY_SLIP = 2  # days a report may be published after the day it calls "today"


def _named_weekday(near: DateMention, weekday: DateMention, gap: str) -> bool:
    """ "today, Wednesday": the weekday (the one on or before publication) names the day
    "today" stands for when it lies at most `_NEAR_DAY_SLIP` days before it, not a week back
    ("today, Friday" published on a Thursday is no Friday of the week before)."""
    if not _NEAR_DAY_THEN_WEEKDAY.fullmatch(gap) or weekday.text.endswith(("'s", "’s")):
        return False
    if near.date_start is None or weekday.date_start is None:
        return False
    return 0 <= (near.date_start - weekday.date_start).days <= _NEAR_DAY_SLIP


def find_dates(text: str, published: date | None, offset: int = 0) -> list[DateMention]:
    """Date expressions in ``text``, longest first where they overlap, in text order.

    A weekday beside an explicit day of the month is one date with it, the explicit day's: "on
    Thursday, February 21" is February 21 even when the Thursday nearest before publication is
    another (a weekday that disagrees with the day named is the writer's slip, and a report
    published days later still names the day)."""
    return _find(text, published, offset, _PATTERNS)


def _find(
    text: str, published: date | None, offset: int, patterns: list[tuple[str, re.Pattern[str]]]
) -> list[DateMention]:
    found: list[tuple[str, DateMention]] = []
    low = lowered(text)
    taken: list[tuple[int, int]] = []
    digits: bool | None = None  # whether the text has a digit, read when first needed
    has: list[bool | None] = [None] * len(_GROUPS)  # whether it has one of each group's strings
    for kind, pattern in patterns:
        if low is None:  # rare letters: the case-insensitive patterns, over the text as written
            matches = pattern.finditer(text)
        else:
            met = True
            for g in _NEED_GROUPS[kind]:
                one = has[g]
                if one is None:
                    one = has[g] = any(map(low.__contains__, _GROUPS[g]))
                if not one:
                    met = False
                    break
            if not met:
                continue
            if kind in _DAY_KINDS:
                if digits is None:
                    digits = _DIGIT.search(low) is not None
                if not digits:
                    continue
            matches = _LOWER[kind].finditer(low)
        for m in matches:
            if taken and any(a < m.end() and m.start() < b for a, b in taken):
                continue
            d = _resolve(kind, m, text[m.start() : m.end()], published, text)
            if d is None:
                continue
            taken.append((m.start(), m.end()))
            found.append((kind, d))
    found.sort(key=lambda kd: kd[1].start)
    return [
        DateMention(
            d.start + offset,
            d.end + offset,
            d.text,
            d.date_start,
            d.date_end,
            d.time_precision,
            d.date_prec,
            d.reason,
            d.shift,
        )
        for d in _weekdays_joined(found, text)
    ]


def _weekdays_joined(found: list[tuple[str, DateMention]], text: str) -> list[DateMention]:
    """``found`` (in text order), a weekday and the explicit day beside it made one date, the
    day's (see `find_dates`)."""
    out: list[DateMention] = []
    k = 0
    while k < len(found):
        kind, d = found[k]
        if k + 1 < len(found):
            kind2, d2 = found[k + 1]
            gap = text[d.end : d2.start]
            day = (
                d2
                if kind == "weekday"
                and kind2 in _EXPLICIT_DAY
                and _WEEKDAY_THEN_DAY.fullmatch(gap)
                or kind in _NEAR_DAY
                and kind2 == "weekday"
                and _named_weekday(d, d2, gap)
                else d
                if kind in _EXPLICIT_DAY
                and kind2 == "weekday"
                and _DAY_THEN_WEEKDAY.fullmatch(gap)
                # "since 2 March, Saturday's fighting ...": the possessive opens another phrase
                and not d2.text.endswith(("'s", "’s"))
                else None
            )
            if day is not None and day.date_start is not None:  # not "Monday, February 30"
                end = d2.end + (text[d2.end : d2.end + 1] == ")" and "(" in gap)
                why = f"{day.reason}; named with its weekday"
                out.append(
                    DateMention(
                        d.start,
                        end,
                        text[d.start : end],
                        day.date_start,
                        day.date_end,
                        day.time_precision,
                        day.date_prec,
                        why,
                        day.shift,
                    )
                )
                k += 2
                continue
        out.append(d)
        k += 1
    return out
