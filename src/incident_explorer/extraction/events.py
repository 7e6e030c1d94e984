"""Event words found per sentence, and what each one's sentence attaches to it.

In: sentences, place mentions, the actor lexicon. Out: `EventMention`s in text order: one per
event word (trigger) with the event places, dates, casualty claims and responsible actors of
its sentence attached to the nearest trigger; and one "follow-only" mention per sentence that
has figures but no event word ("The ministry said 15 were killed"), which only adds to the
event just told.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from incident_explorer import compiled_re as re
from incident_explorer.extraction import roles as S
from incident_explorer.extraction.actors import ActorLexicon, ActorMention
from incident_explorer.extraction.claims import Claim, casualties_are_the_dead, claimant_of, find_claims
from incident_explorer.extraction.dates import (
    RECALLED_DAYS,
    DateMention,
    anchored,
    day_count,
    event_dates,
    find_dates,
    narrative_day,
    told_apart,
)
from incident_explorer.extraction.deaths import without_quiet_deaths
from incident_explorer.extraction.folding import lowered, may_hold
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.roles import clause_of
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.extraction.shouting import title_case
from incident_explorer.extraction.triggers import (
    ON_WEEKDAY,
    OWN_DAY_WORD,
    QUIET_TYPES,
    WEEKDAY,
    EventLexicon,
    Trigger,
    TriggerKind,
    background_asides,
    tells_an_act,
)


@dataclass
class EventMention:
    """One trigger with what its sentence attaches to it."""

    trigger: Trigger
    sentence: Sentence
    places: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    follow_only: bool = False  # figures in a sentence with no event word: only for the last event
    # event places of its clause the gazetteer lacks ("stormed Boni"): it has a place, unknown
    unknown: list[Mention] = field(default_factory=list)
    # the day its sentence, past tense with none of its own, carries from the report's narrative
    # (`dates.narrative_day`): it dates the incident, but tells grouping nothing (no day of its own)
    carried: DateMention | None = None


def event_words(
    sents: list[Sentence], lexicon: EventLexicon, published: date | None = None
) -> dict[int, list[Trigger]]:
    """Triggers per sentence index, for sentences that report (not headings, not background).

    A text that opens with an incident record, "DATE: PLACE, REGION, COUNTRY", reports an
    incident of unstated type there: its colon is the event word.
    """
    out: dict[int, list[Trigger]] = {}
    for s in sents:
        asides = background_asides(s.text) if s.reportable else []
        if s.reportable and asides != []:
            words = [t for t in lexicon.find(s.text, s.start) if not _names_a_body(s, t)]
            if asides:  # the event words of the place's past in an aside are not the news
                words = [t for t in words if not any(a <= t.start - s.start < b for a, b in asides)]
            done = _told(s, words, published, lexicon)
            found = _one_per_clause(s, without_quiet_deaths(s, done))
            if not found and s.index == 0 and (colon := record_colon(s, published)) is not None:
                found = [Trigger(colon, colon + 1, ":", "", "", False, TriggerKind.RECORD)]
            if found:
                out[s.index] = found
    return out


# a body whose capitalised name holds an event word: "the Organisation for the Prohibition of
# Chemical Weapons", "the International Campaign to Ban Landmines", "the Chemical Weapons
# Convention", "the Anti-Terrorism Court": the body, no act (the name's words capitalised in
# running text; a title-case headline capitalises every word)
_BODY_BEFORE = re.compile(
    r"\b(?:Organi[sz]ation|Campaign|Committee|Bureau|Commission|Office|Agency|Institute|Council|"
    r"Convention|Treaty|Coalition|Centre|Center|Fund|Programme|Program)"
    r"(?:\s+(?:for|of|to|against|on|the|and|[A-Z][\w-]*))*\s+$"
)
_BODY_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]*)*?\s+(?:Convention|Treaty|Court|Department|Unit|Squad|Division|Act|Law|Commission)\b"
)


def _names_a_body(s: Sentence, t: Trigger) -> bool:
    if not t.text[:1].isupper() or title_case(s.text):
        return False
    at, end = t.start - s.start, t.end - s.start
    return (
        _BODY_BEFORE.search(s.text, max(0, at - 80), at) is not None
        or _BODY_AFTER.match(s.text, end) is not None
    )


# An act planned, threatened or to come is not done: "fighters who planned attacks on X", "vowed
# to launch an offensive on X", "his forces would storm X", "threatening to bomb X", "the rebels
# could attack X" (a few words between the intent and the event word, none that ends a clause;
# not "could have killed", told as done)
_INTENT_BEFORE = re.compile(
    r"\b(?:would|will|could|might|(?-i:may)|plan(?:s|ned|ning)?|plott(?:ed|ing)|threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|"
    r"intend(?:s|ed|ing)?|prepar(?:es|ed|ing)\s+to)\s+(?:to\s+)?(?:(?:launch|carry\s+out|mount|stage|"
    r"conduct|a|an|the|new|more|further|fresh|major|large-scale|possible)\s+){0,3}$",
    re.I,
)
# ... one of which each of its matches holds (lower case)
_INTENT_WORDS = (
    "would", "will", "could", "might", "may", "plan", "plott", "threaten", "vow", "intend", "prepar",
)  # fmt: skip


# A gathering that marks an earlier event ("marched to X's port on Sunday, four years after the
# explosion", "rallied in X to mark the anniversary of the uprising", "held a vigil in X to
# commemorate the victims"): a commemoration, no incident
_COMMEMORATES = re.compile(
    r"\b(?:anniversary|commemorat\w*|to\s+mark|marking|in\s+memory\s+of|"
    r"(?:years?|decades?)\s+(?:since|after))\b",
    re.I,
)
_PEACEFUL_PROTEST = "Peaceful protest"


# A toll or count over a period of months, told in the event word's clause: "documented the deaths
# of 544 civilians in X in the first half of 2019", "clashes killed 3,600 people between January
# 2016 and October 2018", "701 civilians had been killed in X since December 2017", "casualties in
# X fell by 27 percent in the first half of the year": a round-up over many incidents, none of them
# this report's own; its places are where the toll was counted, no event place. A clause that
# tells its own day keeps its event word ("jets killed 12 in X on Monday, bringing the toll since
# January to 300"), and a period with no count in its stretch of the sentence is left alone ("the
# town, besieged since March").
_PERIOD = re.compile(
    # "in the first half of 2019", "in the first six months of the year", "the first quarter of"
    r"\b(?:the\s+)?(?:first|second|last|latter)\s+(?:half|quarter|(?:three|four|five|six|seven|eight|nine|ten|"
    r"eleven|\d{1,2})\s+months)\s+of\s+(?:the\s+|this\s+|last\s+)?(?:year\b|(?:19|20)\d\d\b)"
    # "since December 2017", "since April", "since early 2016", "since the start of the year"
    rf"|\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+year\b|this\s+year\b)?\s*)?"
    rf"(?:(?:early|late|mid-?)\s*)?(?:(?P<since_month>{S.MONTH_WORD})(?:\s+(?P<since_year>(?:19|20)\d\d))?|"
    r"(?P<since_only_year>(?:19|20)\d\d)\b)"
    # ... "since the start of the year" told bare, with no month or year after it
    r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<since_year_start>year)\b"
    # "between January 2016 and October 2018", "from March to June", "between January and early March"
    rf"|\b(?:between|from)\s+(?:(?:early|late|mid-?)\s*)?{S.MONTH_WORD}(?:\s+(?:19|20)\d\d)?\s+"
    rf"(?:and|to|until|till|through)\s+(?:(?:early|late|mid-?)\s*)?{S.MONTH_WORD}"
    # "over the past six months", "in the last two years", "so far this year"
    r"|\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|eighteen|several|few|\d{1,2})\s+)?(?:months|years)\b|\bso\s+far\s+this\s+year\b"
    # a whole month or year gone by, with no day: "112 civilians were killed in X in October" (in a
    # text of November), "145 activists were killed in 2021" (in 2022), "41 people were killed in X
    # last month": a month's or a year's toll (not "in late March", a time within it)
    # ("during 2019" as "in 2019": "27 civilians were killed in X during 2019")
    rf"|\b(?:in|during)\s+(?P<in_month>(?-i:{S.MONTH_WORD}))(?!\s*,?\s*\d)"
    r"|\b(?:in|during)\s+(?P<in_year>(?:19|20)\d\d)\b(?!\s*[,/-]?\s*\d)|\b(?P<last_span>last\s+(?:month|year))\b",
    re.I,
)
# ... a time of the clause's own day: "on Monday", "yesterday", "overnight", "on 3 June"
_OWN_DAY = re.compile(
    r"\b(?:" + OWN_DAY_WORD + r"|"
    rf"last\s+night|this\s+(?:morning|afternoon|evening))\b|\bon\s+(?:\d{{1,2}}\s+{S.MONTH_WORD}|{S.MONTH_WORD}\s+\d{{1,2}}\b)",
    re.I,
)
_PERIOD_WORDS = (
    "half", "quarter", "months", "since", "between", "from", "past", "last", "previous", "so far", "in 19",
    "in 20", "during", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_PERIOD_MONTHS = 2  # "since April" in a text of June: a round-up of two months or more


def _over_a_period(s: Sentence, t: Trigger, published: date | None) -> bool:
    at = t.start - s.start
    lo = max(s.text.rfind(";", 0, at), s.text.rfind(":", 0, at)) + 1
    stops = [i for i in (s.text.find(";", at), s.text.find(":", at)) if i >= 0]
    hi = min(stops) if stops else len(s.text)
    stretch = s.text[lo:hi]
    if not may_hold(stretch, _PERIOD_WORDS) or not any(c.isdigit() for c in stretch):
        return False
    rel = at - lo
    # the event word's own clause, between commas that are no digits' thousands nor a date's
    clause = max((m.end() for m in _clause_commas(stretch, 0, rel)), default=0)
    right = next((m.start() for m in _clause_commas(stretch, rel)), len(stretch))
    # the period told in that clause ("the deadliest attack in the city since January, killing 18"
    # leaves the killing its own); a running total the act adds to is the act's, not its period
    # ("is assassinated by cells in the province raising the number killed since late August")
    period = next(
        (
            m
            for m in _PERIOD.finditer(stretch, clause, right)
            if _long_enough(m, published)
            and not (m.start() > rel and _RUNNING_TOTAL.search(stretch, rel, m.start()))
            and (not _whole_span(m) or _tolled(stretch, rel, rel + t.end - t.start))
        ),
        None,
    )
    if period is None or not _COUNT.search(stretch[: period.start()] + " " + stretch[period.end() :]):
        return False
    # ... and that clause tells no day of its own, past the day someone spoke on ("said in Caracas
    # on Monday that ... killings since April"; "said on Thursday it had recorded")
    # (a bare verb's own day after it is still the speech's: "said on Thursday it had recorded")
    left = max(
        (m.end() if m["that"] else m.start() for m in _SAID_THAT.finditer(stretch, clause, rel)),
        default=clause,
    )
    return not any(
        _SPOKEN_BEFORE.search(stretch, max(left, d.start() - 40), d.start()) is None
        for d in _OWN_DAY.finditer(stretch, left, right)
    )


_COUNT = re.compile(r"\d")
# A whole month or year ("in October", "in 2021", "last month") is a toll's period only for a toll
# told of the people it counts, in the passive ("112 civilians were killed in X in October"), not
# for an act told with its doer or its kind ("Double bombings killed 64 people early last year",
# "were killed in an ambush in X last month"): one earlier event, which the report recalls
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been)\s+(?:(?-i:[a-z])\w*ly\s+)?$", re.I)
# ("the" before a name is the place's, not an act's: "were killed in the Donetsk and Luhansk regions")
_ONE_ACT_AFTER = re.compile(
    r"\s+(?:in|by|during)\s+(?:a|an|the(?!\s+(?-i:[A-Z]))|one|two|twin|double)\b", re.I
)
# ... or a toll told by its count noun: "documented the deaths of 312 civilians", "1,200 deaths"
_TOLL_NOUN = re.compile(r"(?:deaths|killings|fatalities|casualties)$", re.I)
_COUNTED_AFTER = re.compile(r"\s+of\s+(?:(?:at\s+least|more\s+than|over|some|nearly|about)\s+)?\d")
_COUNTED_BEFORE = re.compile(r"\d\s+(?:[\w-]+\s+)?$")


def _whole_span(m: re.Match[str]) -> bool:
    return bool(m["in_month"] or m["in_year"] or m["last_span"])


def _tolled(stretch: str, at: int, end: int) -> bool:
    if _TOLL_NOUN.search(stretch, at, end) and (
        _COUNTED_AFTER.match(stretch, end) or _COUNTED_BEFORE.search(stretch, max(0, at - 20), at)
    ):
        return True
    return (
        _PASSIVE_BEFORE.search(stretch, max(0, at - 20), at) is not None
        and _ONE_ACT_AFTER.match(stretch, end) is None
    )


_RUNNING_TOTAL = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|tak(?:e|es|ing)|took|push(?:es|ed|ing)?|put(?:s|ting)?|"
    r"lift(?:s|ed|ing)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:toll|number|total|tally|count|figure)\b",
    re.I,
)
_SPOKEN_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|stated|added|warned|released|published|issued)\b"
    r"(?:\s+(?:[\w’'-]+\s+){0,3}?(?:in|from|at)\s+(?:[A-Z][\w’'-]*\s+){1,3})?\s*(?:late\s+|early\s+)?(?:on\s+)?$"
)
_SAID_THAT = re.compile(
    # (or the verb alone, its clause told after it: "a report presented in Geneva on Tuesday said
    # 1,600 civilians were killed in X last year": the day is the report's)
    r"\b(?:said|says|told|reported|announced|stated|added|warned)\b(?P<that>[^,;:]{0,60}?\bthat\b)?",
    re.I,
)
_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)(?!\s*(?:19|20)\d\d\b)")
# ... nor a list's between names ("killed in Benue, Plateau and Zamfara since 2016", "across Idlib,
# Hama and Aleppo provinces in November"): the period after the list is the toll's
_NAME_BEFORE = re.compile(r"(?-i:[A-Z])[\w’'-]*$")
_LIST_GOES_ON = re.compile(r"\s+(?:(?-i:[A-Z])[\w’'-]*\s+){0,2}?(?-i:[A-Z])[\w’'-]*(?:,|\s+(?:and|or)\s)")


def _clause_commas(stretch: str, lo: int, hi: int | None = None) -> Iterator[re.Match[str]]:
    for m in _CLAUSE_COMMA.finditer(stretch, lo, len(stretch) if hi is None else hi):
        listed = _NAME_BEFORE.search(stretch, max(0, m.start() - 40), m.start()) and _LIST_GOES_ON.match(
            stretch, m.end()
        )
        if not listed:
            yield m


def _long_enough(m: re.Match[str], published: date | None) -> bool:
    """A "since" told by a month or a year goes back two months or more before publication; every
    other period is months long as written."""
    if m["since_only_year"]:
        return published is None or int(m["since_only_year"]) < published.year
    if m["in_year"]:  # a year gone by, not this one
        return published is not None and int(m["in_year"]) < published.year
    if m["in_month"]:  # a month gone by, not this one's (nor one to come)
        return published is not None and (published.month - S.month_number(m["in_month"])) % 12 > 0
    if m["since_year_start"]:  # two months or more into the year
        return published is None or published.month > _PERIOD_MONTHS
    if not m["since_month"]:
        return True
    if published is None:
        return True
    month = S.month_number(m["since_month"])
    year = int(m["since_year"]) if m["since_year"] else published.year - (month > published.month)
    return (published.year - year) * 12 + published.month - month >= _PERIOD_MONTHS


# An event word its clause denies: "the army's operation had not killed a single civilian", "no one
# was killed", "the shells did not kill anyone", "jets never bombed the town": nothing done (a
# denial names the place the act is denied at); "not only killed" still tells it
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:not|never)|n[’']t)\s+(?!only\b)(?:(?:have|has|had|been|be|yet|once|ever)\s+){0,2}$"
    r"|\b(?:no\s+one|nobody|none|no\s+(?:civilians?|people|soldiers|one\s+else))\s+(?:(?:was|were|is|are|has|have|had|"
    r"been|reportedly|immediately)\s+){1,3}$",
    re.I,
)


def _told_before(
    s: Sentence, t: Trigger, width: int, words: tuple[str, ...], pattern: re.Pattern[str]
) -> bool:
    """The words just before the event word (`width` characters) tell it by `pattern`; `words`
    rule most sentences out before the pattern runs."""
    at = t.start - s.start
    window = s.text[max(0, at - width) : at]
    return may_hold(window, words) and pattern.search(window) is not None


def _denied(s: Sentence, t: Trigger) -> bool:
    return _told_before(
        s, t, 40, ("not", "never", "n't", "n’t", "no one", "nobody", "none", "no "), _DENIED_BEFORE
    )


# Blasts heard or seen from afar: "residents of X and Y said they heard explosions late on Sunday
# and saw flames on the horizon to the west", "a loud blast was heard in X, apparently from across
# the border": where the sound reached, not where it happened (a sentence that tells it far off; a
# blast heard in X with no such words may be X's own)
_SENSED_BEFORE = re.compile(
    r"\b(?:heard|hear|hears|hearing|felt|saw|see|seen|reported\s+hearing)\s+(?:(?:a|an|the|several|series|of|loud|"
    r"powerful|heavy|huge|massive|large|big|strong|distant|more|many|multiple|repeated|at\s+least|\d+|two|three|four|"
    r"five)\s+){0,5}$",
    re.I,
)
_FAR_OFF = re.compile(
    r"\b(?:in\s+the\s+distance|on\s+the\s+horizon|far\s+away|far\s+off|from\s+afar|(?:miles|kilomet(?:er|re)s)\s+away|"
    r"(?:from\s+)?across\s+the\s+(?:border|river|frontier|lake)|from\s+the\s+direction\s+of|"
    r"to\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?)\b",
    re.I,
)


def _sensed_far_off(s: Sentence, t: Trigger) -> bool:
    return (
        _told_before(s, t, 60, ("hear", "felt", "saw", "see"), _SENSED_BEFORE)
        and _FAR_OFF.search(s.text) is not None
    )


# A statistic's trend, or a place ranked by it: "civilian deaths rose by 27 percent", "attacks on
# aid workers fell sharply", "naming three provinces as the worst hit": a count compared over
# time, no act (found beside the period rule: with the period's clause quiet, the trend clause
# after ", but" made the ranked provinces event places)
_TREND_AFTER = re.compile(
    r"(?:\s+(?!(?:and|but|as|while|when|after|before)\b)[\w’'-]+){0,6}?\s+(?:rose|fell|increased|decreased|"
    r"declined|dropped|doubled|tripled|halved|climbed|jumped|surged|soared|more\s+than\s+doubled)\b"
    # (not a toll brought up to date: "the number killed in Friday's attacks in X rose to 130")
    r"(?!\s+to\s+(?:at\s+least\s+)?\d)",
    re.I,
)
_RANKED_BEFORE = re.compile(r"\b(?:worst|hardest|most)[\s-]+$", re.I)


def _trend(s: Sentence, t: Trigger) -> bool:
    at, end = t.start - s.start, t.end - s.start
    if _RANKED_BEFORE.search(s.text, max(0, at - 12), at) is not None:
        return True
    # (a count's noun, not a weapon's: "shells fell on X", "bombs dropped by helicopters" are acts)
    return _COUNTED.fullmatch(t.text) is not None and _TREND_AFTER.match(s.text, end) is not None


_COUNTED = re.compile(
    r"(?:deaths|casualties|killings|attacks|incidents|violence|fatalities|abductions|kidnappings|clashes|"
    r"injuries|murders|homicides|assaults)",
    re.I,
)


# What an act is "a response to", told with no day of its own: "the roadblocks around X were a
# response to attacks on travellers", "the army's operations were a response to attacks by
# insurgents" (as "in response to"); one told with a recent day is news of its own ("the barrage
# was a response to police raids at X a day earlier": the second event of the report)
_ANSWERS_BEFORE = re.compile(
    r"\b(?:a|as\s+a|the)\s+(?:[\w-]+\s+)?(?:response|reply|reaction)\s+to\s+(?:[\w’'-]+\s+){0,4}?$", re.I
)
_RECENT_AFTER = re.compile(
    r"[^.;:]*?\b(?:(?:a|one|two|three)\s+days?\s+(?:earlier|before)|hours\s+(?:earlier|before)|yesterday|"
    r"overnight|last\s+night|the\s+day\s+before|earlier\s+(?:on|that\s+day|in\s+the\s+day)|"
    + ON_WEEKDAY
    + r")\b",
    re.I,
)


def _answered(s: Sentence, t: Trigger) -> bool:
    return (
        _told_before(s, t, 80, ("response", "reply", "reaction"), _ANSWERS_BEFORE)
        and _RECENT_AFTER.match(s.text, t.end - s.start) is None
    )


def _commemorates(s: Sentence, t: Trigger) -> bool:
    return t.sub_event_type == _PEACEFUL_PROTEST and _COMMEMORATES.search(s.text) is not None


# an event word after "such" compares the event told with others of its kind ("— the second such
# attack since Friday —", "another such strike", "the latest such raid this month"): no event of
# its own, and its span of time dates none
# (not "such as", which names the kind: "weapons such as mortars", "groups such as IS")
_SUCH_BEFORE = re.compile(r"\bsuch\s+(?!as\b)(?:(?-i:[a-z])[\w-]*\s+)?$", re.I)


# ... but a count before "such" tells the events themselves ("Two such bombings killed 12 people
# in Kabul", "Several such raids wounded 14")
_COUNT_BEFORE_SUCH = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+$", re.I
)


def _compared(s: Sentence, t: Trigger) -> bool:
    at = t.start - s.start
    if not may_hold(s.text[max(0, at - 30) : at], ("such",)):
        return False
    such = _SUCH_BEFORE.search(s.text, max(0, at - 30), at)
    return such is not None and not _COUNT_BEFORE_SUCH.search(s.text, max(0, such.start() - 12), such.start())


def _intended(s: Sentence, t: Trigger) -> bool:
    at = t.start - s.start
    return (
        may_hold(s.text[max(0, at - 50) : at], _INTENT_WORDS)
        and _INTENT_BEFORE.search(s.text, max(0, at - 50), at) is not None
    )


# An act waited for, asked for or set as a condition, its verb in the bare form after its subject
# ("cannot return until troops restore stability in X", "demanded that authorities restore safety
# in X", "unless the army attack the town", "once soldiers storm X"): nothing done yet, in a report
# that tells done things in the past tense. The event word is a verb when its past form is an event
# word too (not "until an attack on X", a noun after its article; not "that US air strikes hit X";
# not "after troops restored X", "once the army stormed X", told as done).
_CONDITION_BEFORE = re.compile(
    r"\b(?:until|till|unless|once|if|that)\s+(?:(?-i:[a-z])[\w’'-]*\s+){0,2}"
    r"(?!(?:a|an|the|its|their|his|her|this|that|these|those|any|no|of|in|on|at|by|for|with)\s+$)"
    r"[\w’'-]+\s+$",
    re.I,
)
_BARE_VERB = re.compile(r"(?-i:[a-z]+)(?<![sd])(?<!ing)(?=\W|$)")


def _still_to_come(s: Sentence, t: Trigger, lexicon: EventLexicon) -> bool:
    at = t.start - s.start
    bare = _BARE_VERB.match(t.text)
    if bare is None or _CONDITION_BEFORE.search(s.text, max(0, at - 60), at) is None:
        return False
    word = bare.group()
    past = word + ("d" if word.endswith("e") else "ed") + t.text[bare.end() :]
    return any(p.start == 0 and p.end > len(word) for p in lexicon.find(past, 0))


# An event word that is what another act is about, not an act the sentence tells as done: what a
# court or sanctions are over ("convicted over the 2014 attack", "liability for the deaths of",
# "imposed sanctions on three leaders over attacks on shipping", "a commander it accused of leading
# killings"), what is condemned ("condemned the recent surge of violence"; not the clause that tells
# what the condemned act did, "deplored the shelling that killed seven in X"), who is mourned
# ("boycotted courts to mourn colleagues killed in a bombing", "the funeral of a general who was
# killed in a drone strike"; not what struck the mourners, told after "when", "as", "after"), and
# an act held off or offered ("averting a government
# offensive", "pledging to end the fighting", "ready to coordinate air strikes", "would begin to
# withdraw from X"). A sentence whose event words are all such reports no incident.
_TOPIC_BEFORE = re.compile(
    r"\b(?:convict\w*|sentenc\w*|acquitt\w*|jailed|indict\w*|prosecut\w*|liab(?:le|ility)|guilty|trials?|"
    r"verdicts?|sanction\w*)\b[^;:]{0,80}?\b(?:of|for|over)\s+(?:[\w’'-]+\s+){0,5}?$"
    # ... what someone is accused of doing ("accused of leading killings"), not who is accused ("two
    # men accused of spying were thrown from a roof")
    r"|\baccus(?:ed|es|ing)\s+(?:[\w’'-]+\s+){0,3}?of\s+(?:[\w’'-]+ing\s+)?$"
    # ... the condemned act's own clause is the report ("deplored the shelling that killed seven in X")
    r"|\b(?:condemn\w*|denounc\w*|deplor\w*)\s+(?:(?!(?:that|which|who|when)\b)[\w’'-]+\s+){0,8}?$"
    r"|\b(?:mourn\w*|funerals?|burials?|commemorat\w*|anniversary|mark(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:years?|months))\b"
    # ... within one clause: "At a funeral in X on Sunday, a suicide bomber killed 18 mourners"; a
    # date's comma ("since the October 14, 2017 truck bombing") and a relative clause that tells
    # more of the remembered event (", where hundreds of men were killed", ", the deadliest attack in
    # the country's history") go on with it
    r"(?:(?!\b(?:when|as|after|while|before|during|amid)\b)(?:[^;:,]|,(?=\s*(?:19|20)\d\d\b)|"
    r",(?=\s+(?:where|in\s+which|which|who|that|the\s+(?:deadliest|worst|bloodiest|largest|biggest|most)\b)))){0,140}?$"
    r"|\b(?:avert(?:s|ed|ing)?|prevent(?:s|ed|ing)?|to\s+(?:end|stop|halt)|ending|halting|an\s+(?:[\w-]+\s+)?end\s+to)\s+"
    r"(?:for\s+now\s+)?(?:(?:the|a|an|any|all|further|new)\s+)?(?:[\w’'-]+\s+)?$"
    r"|\b(?:ready|willing|prepared|poised)\s+to\s+(?:[\w’'-]+\s+)?$"
    # ... or set aside: "the army suspended offensive operations against the group in X", "called off
    # the air strikes", "agreed not to target civilians in X"
    r"|\b(?:suspend(?:s|ed|ing)?|call(?:s|ed|ing)?\s+off|paus(?:es|ed|ing)|ceas(?:es|ed|ing))\s+"
    r"(?:(?:the|a|an|any|all|its|their|further|new)\s+)?(?:[\w’'-]+\s+)?$"
    r"|\b(?:agree|pledge|promise|vow|undert(?:ake|ook)|commit)\w*\s+(?:[\w’'-]+\s+){0,3}?not\s+to\s+$"
    # ... or agreed to, a deal's term and not yet done: "agreed in X on Monday to exchange prisoners
    # and to pull back troops from Y", "pledged at talks in X to retreat from Y", "promised to hand
    # over X" (within the clause: not "agreed to a truce, but hours later began to shell X")
    r"|\b(?:agree[ds]?|agreeing|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|undert(?:ake|akes|ook|aking))\b"
    r"(?:(?!\b(?:but|after|before|when|while|as|then|since|until|yet)\b)[^,;:.]){0,140}?\bto\s+$"
    # ... or held off: "would not let the fighting spill into X", "will not allow the clashes to
    # spread to X", "won't tolerate shelling near X"
    r"|(?:\b(?:not|never)|n[’']t)\s+(?:let|allow|permit|tolerate)\s+(?:(?:the|a|an|any|further|new|more)\s+)?"
    r"(?:(?-i:[a-z])[\w’'-]*\s+)?$"
    r"|\b(?:call(?:s|ed|ing)?|urg(?:es|ed|ing)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\b[^;:]{0,80}?"
    r"\b(?:to\s+|for\s+(?:the\s+|an?\s+)?(?:(?:immediate|complete|full)\s+)?)$"
    r"|\b(?:would|will)\s+(?:begin|start|continue|resume)\s+to\s+$"
    # violence feared or warned of: "warned of a risk of clashes in X", "raising fears of an advance
    # on X", "the threat of new attacks on X", "warned on Monday of attacks in X"
    r"|\b(?:fears?|feared|risks?|threats?|dangers?|spectre|specter|prospects?|possibility|likelihood)\s+of\s+"
    r"(?:(?:a|an|the|new|more|further|fresh|renewed|possible|major|wider|imminent|an?\s+imminent)\s+){0,3}$"
    r"|\bwarn(?:s|ed|ing)?\b[^;:,.]{0,40}?\bof\s+(?:(?:a|an|the|new|more|further|fresh|renewed|possible)\s+){0,3}$"
    # what a court punishes with or charges with: "sentenced seven men to death", "charged ten
    # soldiers with the murders of 96 civilians in X", "charged a former militiaman over the 2013
    # killings in X"
    r"|\bsentenc\w*\b[^;:]{0,60}?\bto\s+$"
    # (not a charge made on foot, "charged into the market with rifles and shot dead four", nor
    # the next act after "and")
    r"|\bcharg(?:es|ed|ing|e)\b(?!\s+(?:into|at|towards?|through|across|forward)\b)[^;:]{0,80}?"
    r"\b(?:with|behind|over|responsible\s+for)\s+(?:(?!(?:and|or)\b)[\w’'-]+\s+){0,5}?$"
    # a period before the report told as background: "after a week in which missiles struck X"
    r"|\b(?:after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:weeks?|fortnight|months?|years?)\s+"
    r"(?:in\s+which|during\s+which|when|that\s+saw)\s+(?:[\w’'-]+\s+){0,5}?$"
    # who is sanctioned ("sanctions on four air force commanders"), what is remembered ("to mark a
    # year since troops withdrew from X")
    r"|\bsanction\w*\s+(?:on|against)\s+(?:[\w’'-]+\s+){0,5}?$"
    # ("a year after the massacre in X, ..." leads to the report's own event and keeps its own)
    r"|\b(?:years?|months)\s+since\s+(?:[\w’'-]+\s+){0,3}?$"
    # ... and an act a week or more before that dates what the clause before it tells: "lacked
    # power a month after drones struck X", "marched on Sunday, four years after the explosion
    # that killed 220", "would strike X again, a week after jets bombed Y" (not "hours" or "days":
    # the report's own event may be that near; not at the sentence's opening, "A year after the
    # massacre in X, ...", whose event is told as one of its own)
    r"|(?<=[a-z,]\s)(?:(?:nearly|almost|about|some|over|just|more\s+than|less\s+than)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|few|\d+)\s+"
    r"(?:years?|months?|weeks?)|(?<=,\s)(?:years|months|weeks))\s+after\s+(?:[\w’'-]+\s+){0,3}?$"
    # ... (", weeks after four days of fighting near X killed scores": the span told without its count)
    # months or years of an act told as what came before: "troops would be sent to X after months of
    # clashes", "schools reopened in X after years of fighting between rebels and the army" (not
    # the relative clause that tells its toll, "after months of fighting that killed hundreds near X")
    r"|\b(?:after|following)\s+(?:(?:several|many|two|three|four|five|six|\d+)\s+)?(?:months|years|decades)\s+"
    r"of\s+(?:(?!(?:that|which|who|where|and|but)\b)(?-i:[a-z])[\w’'-]*\s+){0,2}?$"
    # what a first or a record is counted from: "her first trip to X since violence drove 600,000
    # people into Y", "the first convoy to reach the town since the siege began", "the heaviest
    # rain since floods killed 40 in 2010"
    r"|\b(?:first|deadliest|worst|heaviest|biggest|largest|highest|lowest)\b[^,;:.]{0,80}?\bsince\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?$"
    # people named by whom they lost: "families of the victims marched", "relatives of those killed"
    r"|\b(?:families|relatives|mothers|parents|widows|survivors)\s+of\s+(?:the\s+)?(?:those\s+)?$"
    # what another act answers, told before it: "schools closed in response to mass kidnappings
    # in X", "jets struck Y in retaliation for attacks on X" (the answer, not the cause, is the
    # sentence's report)
    r"|\b(?:in\s+(?:response|reply|reaction)\s+to|in\s+(?:retaliation|revenge|reprisal)\s+for|to\s+avenge)\s+"
    r"(?:(?!(?:that|which|who|when|and|but)\b)[\w’'-]+\s+){0,4}?$",
    re.I,
)
# ... one of which each match holds: a window with none of them (most) is not searched
_TOPIC_WORDS = (
    "convict", "sentenc", "acquitt", "jailed", "indict", "prosecut", "liab", "guilty", "trial",
    "verdict", "sanction", "accus", "condemn", "denounc", "deplor", "mourn", "funeral", "burial",
    "commemorat", "anniversary", "avert", "prevent", "to end", "ending", "end to", "to stop", "to halt",
    "halting", "ready to", "willing to", "prepared to", "poised to", "begin to", "start to",
    "suspend", "off", "paus", "ceas", "not to", "agree", "pledg", "promis", "undert", "not let",
    "never let", "n't let", "n’t let", "allow", "permit", "tolerat",
    "continue to", "resume to", "call", "urg", "demand", "appeal", "year", "months",
    "fear", "risk", "threat", "danger", "spectre", "specter", "prospect", "possibility", "likelihood",
    "warn", "charg", "week", "fortnight", "month", "families", "relatives", "mothers", "parents",
    "widows", "survivors", "decade", "response", "reply", "reaction", "retaliation", "revenge", "reprisal",
    "avenge",
    "since",
)  # fmt: skip


# What a counted crowd fled ("60,000 people fleeing the fighting in Sudan had crossed into Renk",
# "12,000 families escaping renewed fighting in Tigray"): a count of refugees, not the fighting's
# report; not "fled as jets bombed X", nor "Mogadishu residents fled shelling on Sunday", which
# counts no one
_FLED_BEFORE = re.compile(
    r"\b(?:fle(?:e|es|eing|d)|escap(?:e|es|ed|ing)|displaced\s+by)\s+"
    r"(?:(?!(?:as|when|after|while|before|because|and|but|until|since|during|amid|were|was|are|is|"
    r"been|had|have|has)\b)(?-i:[a-z])[\w’'-]*\s+){0,2}?$",
    re.I,
)
_CROWD = re.compile(
    r"\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s+million|hundreds|thousands|tens\s+of\s+thousands|"
    r"millions)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:people|persons|civilians|families|refugees|residents|"
    r"villagers|households|children|migrants|[A-Z][a-z]+(?:ans|is|ese))\b"
)


def _fled(s: Sentence, t: Trigger) -> bool:
    at = t.start - s.start
    near = s.text[max(0, at - 40) : at].lower()
    if "fle" not in near and "escap" not in near and "displaced" not in near:
        return False
    return _FLED_BEFORE.search(s.text, max(0, at - 60), at) is not None and _CROWD.search(s.text) is not None


# ... and the crowd a fight's word is told to have driven out ("The offensive has displaced more
# than 150,000 people since April", "the fighting has forced some 200,000 people to flee"): a
# count of the displaced, the campaign's summary, not an act at a place; not when its clause
# tells a toll or a day first ("Clashes in X on Monday displaced 2,000 people" is an act)
_DISPLACED_AFTER = re.compile(
    r"(?P<before>[^,;:.]{0,60}?)\b(?:(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?)?"
    r"(?P<verb>displaced|uprooted|forced|driven|drove|sent)\s+(?P<crowd>[^;:.]{0,60})",
    re.I,
)


def _displacing(s: Sentence, t: Trigger) -> bool:
    end = t.end - s.start
    low = s.text[end : end + 140].lower()
    if not any(w in low for w in _DISPLACE_WORDS):
        return False
    m = _DISPLACED_AFTER.match(s.text, end)
    return (
        m is not None
        and _ACT_TOLD.search(m["before"]) is None
        # nor after the crowd: "forced thousands to flee X on Wednesday", "sent thousands fleeing
        # from X overnight" is the act that day ("since Monday" is the campaign's span; found by
        # review rev24)
        and not _act_after(s.text, m.start("crowd"))
        and _COUNTED_CROWD.match(s.text, m.start("crowd")) is not None
        # ("forced 1,200 fighters to surrender" is no displacement)
        and (m["verb"].lower() in ("displaced", "uprooted") or _FROM_HOMES.search(m["crowd"]) is not None)
    )


def _act_after(text: str, at: int) -> bool:
    clause = _CLAUSE_ON.match(text, at)
    return clause is not None and _ACT_TOLD.search(_SINCE.sub("", clause[0])) is not None


_SINCE = re.compile(r"\bsince\s+\w+", re.I)
_CLAUSE_ON = re.compile(r"(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,140}")  # to the clause's end ("150,000" goes on)


# The hurt named as people, told with a later day ("Most of the wounded were rushed to a clinic,
# where three of them died on Sunday"): when the hurt were moved or died, not an act of that day
# (it had made an event of its own on the later day); with no day it is still more evidence
# (moved: not "were among the dead in X on Monday", the event itself)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_DAY_AFTER = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:taken|rushed|evacuated|flown|transferred|moved|brought|"
    r"airlifted|sent|carried|admitted)\b[^.;]*?\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _hurt_named(s: Sentence, t: Trigger) -> bool:
    at = t.start - s.start
    return (
        t.text.lower() in ("wounded", "injured", "dead")
        and _THE_BEFORE.search(s.text, max(0, at - 5), at) is not None
        and _DAY_AFTER.match(s.text, t.end - s.start) is not None
    )


_DISPLACE_WORDS = ("displaced", "uprooted", "forced", "driven", "drove", "sent")
_FROM_HOMES = re.compile(r"\b(?:fle(?:e|eing)|from\s+their\s+homes|to\s+leave|out\s+of\s+their)\b", re.I)


# the count the displacement verb is followed by ("more than 150,000 people", "some 200,000",
# "nearly half a million people")
_COUNTED_CROWD = re.compile(
    r"(?:(?:more\s+than|over|nearly|almost|about|around|some|at\s+least|up\s+to|close\s+to|an\s+estimated)\s+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d+(?:\.\d+)?\s+million|half\s+a\s+million|a\s+million|"
    r"hundreds\s+of\s+thousands|tens\s+of\s+thousands|thousands|millions)\b",
    re.I,
)


# A generic word whose agent is a natural disaster: "Syrians hit by last week's earthquake", "killed
# in the floods", "homes destroyed by a cyclone"; not a disaster that only dates it ("killed in X
# despite the floods", "shot dead during a heat wave")
_DISASTER_AFTER = re.compile(
    r"\s+(?:by|in)\s+(?:(?!(?:despite|after|before|amid|as|while|during)\b)[a-z][\w’'-]*\s+){0,3}?(?:earthquakes?|quakes?|floods?|flooding|storms?|cyclones?|"
    r"hurricanes?|typhoons?|landslides?|mudslides?|tsunamis?|avalanches?|wildfires?|droughts?|heatwaves?)\b",
    re.I,
)


_TOPIC_HEAD = re.compile("|".join(map(re.escape, _TOPIC_WORDS)), re.I)
_TOPIC_REACH = 160  # characters before an event word its frame may open


def _topic_heads(text: str) -> list[int]:
    """Where the `_TOPIC_WORDS` occur, as the prefilter of `_discussed` needs them (every
    occurrence; order does not matter). A search of the lower-cased text per word: the
    case-insensitive alternation cost ~45 us a sentence, a tenth of a dense report's time."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ('İ'): offsets would shift
        return [m.start() for m in _TOPIC_HEAD.finditer(text)]
    heads = []
    for word in _TOPIC_WORDS:
        at = low.find(word)
        while at >= 0:
            heads.append(at)
            at = low.find(word, at + 1)
    return heads


def _discussed(s: Sentence, t: Trigger, heads: list[int]) -> bool:
    """``heads``: where the sentence's `_TOPIC_WORDS` are (read once per sentence)."""
    at = t.start - s.start
    if not t.specific and _DISASTER_AFTER.match(s.text, t.end - s.start):
        return True
    lo = max(0, at - _TOPIC_REACH)
    if not any(lo <= h < at for h in heads):
        return False
    if (m := _TOPIC_BEFORE.search(s.text, lo, at)) is None:
        return False
    # "in fear of the air strikes that killed 14", "for fear of the shelling, which killed six":
    # the feared violence is told as done, it is the report; and a cause told with a day of its
    # own, "in retaliation for a drone strike on X on Saturday that killed five", is news of the
    # last few days, an event of its own with its own day and toll (the wire gold marks it)
    after = t.end - s.start
    return not (
        _FEARED.search(m.group())
        and _DONE_AFTER.match(s.text, after)
        or _ANSWERED.search(m.group())
        and _OWN_DAY_AFTER.match(s.text, after)
    )


_ANSWERED = re.compile(r"\b(?:response|reply|reaction|retaliation|revenge|reprisal|avenge)\b", re.I)
# ... a weekday in the cause's own clause, before any comma ("on Belgorod on Saturday that killed
# five"; not ", the army said on Monday")
_OWN_DAY_AFTER = re.compile(
    r"[^;:.,]{0,60}?\b(?:late\s+|early\s+)?" + ON_WEEKDAY + r"\b",
    re.I,
)
_FEARED = re.compile(r"\b(?:fear|risk|threat|danger|spect|prospect|possibility|likelihood|warn)", re.I)
_DONE_AFTER = re.compile(
    r"[^;:.]{0,30}?\b(?:that|which)\s+(?:has\s+|have\s+|had\s+)?(?:killed|wounded|injured|left|claimed|hit|"
    r"struck|destroyed|targeted)\b",
    re.I,
)


# an event noun named by an earlier year: "the officers who led the 2013 raids", "for the 2016 siege
# of X", "its 2014 offensive on X" (a year before the report's is another event, long past)
# (not a weight: "a 2000 pound bomb", "the 1900 kg charge")
_YEAR_NAMED = re.compile(
    r"(?:\b(?:the|its|their|his|her|a|an)|[\w-](?:[’']s|s[’']))\s+(?P<year>(?:19|20)\d\d)\s+"
    r"(?!(?:pounds?|lbs?|kg|kilos?|kilograms?|tons?|tonnes?)\b)(?:[a-z][\w-]*\s+)?$"
)


# ... or told with a period of earlier years or a month long before, right after its place: "were
# killed in the armed conflict between 1985 and 2018", "were killed in X in November" (in May)
_PAST_AFTER = re.compile(
    r"(?:\s+(?:in|at|near|on|of|around|across)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?\s+"
    rf"(?:{S.YEAR_SPAN}|in\s+(?:(?:early|late|mid-?)\s*)?(?P<month>{S.MONTH_WORD})(?!\s*,?\s*\d)"
    # ... or in years gone by: "families displaced by attacks in earlier years", "children who lost
    # parents in clashes in previous years"
    r"|(?P<years_ago>(?i:in\s+(?:earlier|previous|past|prior|recent|former)\s+years|in\s+years\s+past))\b)"
)
_LONG_AGO_MONTHS = 2  # a month told without a year this many months or more before publication


def _year_named(s: Sentence, t: Trigger, published: date | None) -> bool:
    at = t.start - s.start
    if published is None:
        return False
    if (m := _PAST_AFTER.match(s.text, t.end - s.start)) is not None:
        if m["years_ago"]:
            return True
        if m["year"]:
            return int(m["year"]) < published.year
        month = S.month_number(m["month"])
        return (published.month - month) % 12 >= _LONG_AGO_MONTHS
    if not ("19" in s.text or "20" in s.text):
        return False
    m = _YEAR_NAMED.search(s.text, max(0, at - 40), at)
    return m is not None and int(m["year"]) < published.year


# Aircraft told only as being there: "while warplanes circled over X", "Warplanes Circle Over X",
# "as drones flew over X", "helicopters were seen hovering above X": no strike, unless the clause
# goes on to one ("jets flew over X and bombed Y")
_AIRCRAFT = re.compile(r"(?:war\s?planes?|jets|planes|aircraft|helicopters?|drones?)$", re.I)
_OVERHEAD_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|have\s+been|had\s+been|kept|continued\s+to)\s+)?(?:(?:seen|spotted|heard)\s+)?"
    r"(?:circl(?:e|es|ed|ing)|hover(?:s|ed|ing)?|fl(?:y|ies|ew|own|ying)|overfl(?:y|ies|ew|own|ying)|"
    r"patroll?(?:s|ed|ing)?|roar(?:s|ed|ing)?)\b"
    r"(?![^.;:]{0,80}?\b(?:struck|strike|bomb\w*|hit|fired|fire|strafed|target\w*|attack\w*|dropp\w*|"
    r"pound\w*|shell\w*|raid\w*|kill\w*)\b)",
    re.I,
)


# an aircraft of no armed force: what it struck it flew into ("A passenger plane struck a power
# line near X", "a small plane struck a hillside", "a cargo jet struck a hangar"), an accident
_CIVIL_BEFORE = re.compile(
    r"\b(?:passenger|cargo|civilian|commercial|private|light|small|transport|training|charter(?:ed)?|"
    r"crop-dusting|freight|mail)\s+$",
    re.I,
)


def _civil_aircraft(s: Sentence, t: Trigger) -> bool:
    at = t.start - s.start
    return (
        t.sub_event_type == _AIR_STRIKE
        and _CIVIL_AIRCRAFT.match(t.text) is not None
        and _CIVIL_BEFORE.search(s.text, max(0, at - 20), at) is not None
    )


_AIR_STRIKE = "Air/drone strike"
_CIVIL_AIRCRAFT = re.compile(r"(?:jets?|planes?|aircraft|helicopters?)\s", re.I)
# ... and the participle that goes on from what it struck: "..., killing two on the ground"
_GOES_ON_TO = re.compile(r"[^;:.]*?,\s+", re.I)


def _overhead(s: Sentence, t: Trigger) -> bool:
    return _AIRCRAFT.search(t.text) is not None and _OVERHEAD_AFTER.match(s.text, t.end - s.start) is not None


# A campaign named as such, not an act: "praised their sacrifices in the fight against militants",
# "homes destroyed in the battle against Islamic State", "its war on terror": a determiner or an
# owner before the word, a kind of foe after it, and no toll or day told in its clause ("the battle
# against Islamic State in X killed 20 on Monday" is an act)
_CAMPAIGN = re.compile(r"^(?:fights?(?:\s+against)?|battles?|war|struggle)$", re.I)
_CAMPAIGN_OWNER_BEFORE = re.compile(
    r"\b(?:the|their|its|his|her|our|this|that|[\w-]+[’']s)\s+(?:[\w-]+\s+)?$"
)
_CAMPAIGN_FOE_AFTER = re.compile(
    r"\s*(?:against|on)?\s*(?:the\s+)?(?:[\w-]+\s+)?(?:militants|militancy|terrorism|terrorists|terror|"
    r"insurgents|insurgency|extremism|extremists|jihadists|jihadism|armed\s+groups|gangs|bandits|banditry|"
    r"(?:drug\s+)?cartels|crime|islamic\s+state|isis|isil|daesh|boko\s+haram|al-shabaab?|taliban)\b([^,;:.]*)",
    re.I,
)
_ACT_TOLD = re.compile(
    r"\b(?:kill|wound|injur|dead|died|" + WEEKDAY + r"|today|yesterday|overnight)",
    re.I,
)


def _campaign(s: Sentence, t: Trigger) -> bool:
    if _CAMPAIGN.match(t.text) is None:
        return False
    at, end = t.start - s.start, t.end - s.start
    if _CAMPAIGN_OWNER_BEFORE.search(s.text, max(0, at - 40), at) is None:
        return False
    foe = _CAMPAIGN_FOE_AFTER.match(s.text, end)
    return foe is not None and _ACT_TOLD.search(foe.group(1)) is None


def _told(s: Sentence, found: list[Trigger], published: date | None, lexicon: EventLexicon) -> list[Trigger]:
    """The event words the sentence tells as done: not planned, discussed or of an earlier aside,
    nor a generic word in a participle clause that goes on from one of those ("since troops
    withdrew from the town, leaving behind bodies in X": the bodies are that earlier event's)."""
    out: list[Trigger] = []
    dropped: Trigger | None = None
    civil: Trigger | None = None  # a civil aircraft's: the participle after it tells what it did
    past: Trigger | None = None  # the last one dropped as another time's (a toll's, an earlier act's)
    heads = _topic_heads(s.text) if found else []
    for t in found:
        if past is not None and (
            not t.specific
            and _SAME_CLAUSE_ON.fullmatch(s.text, past.end - s.start, t.start - s.start) is not None
            or _OF_THEM.fullmatch(s.text, past.end - s.start, t.start - s.start) is not None
        ):
            dropped = t
            continue
        if (
            _intended(s, t)
            or _still_to_come(s, t, lexicon)
            or _compared(s, t)
            or _commemorates(s, t)
            or _over_a_period(s, t, published)
            or _denied(s, t)
            or _sensed_far_off(s, t)
            or _trend(s, t)
            or _answered(s, t)
            or _discussed(s, t, heads)
            or _year_named(s, t, published)
            or _fled(s, t)
            or _displacing(s, t)
            or _hurt_named(s, t)
            or _overhead(s, t)
            or _campaign(s, t)
            or _civil_aircraft(s, t)
            or civil is not None
            and not t.specific
            and t.text.lower().endswith("ing")
            and _GOES_ON_TO.fullmatch(s.text, civil.end - s.start, t.start - s.start) is not None
            or any(o.event_type == _BATTLES for o in out)
            and _SPAN_LEADING_UP.search(s.text, max(0, t.start - s.start - 60), t.start - s.start) is not None
            or S.earlier_aside(s.text, t.start - s.start, t.end - s.start, published)
            # ... but beside the sentence's own event, one told ", a day after" or ", two days
            # after" is news of the report's last few days with a day of its own (the wire set's
            # rule since the seventeenth session), dated by `_days_before`: "Jets bombed X on
            # Monday, a day after rebels shelled a market in Y" tells both
            and not (out and _recent_days_after(s, t) and tells_an_act(t))
            or S.span_long_before(s.text, t.start - s.start, t.end - s.start, published)
            or dropped is not None
            and not t.specific
            and _GOES_ON.fullmatch(s.text, dropped.end - s.start, t.start - s.start) is not None
        ):
            dropped = t
            civil = t if civil is None and _civil_aircraft(s, t) else civil
            # (not one in a relative clause, "soldiers who had been wounded in an ambush last week
            # died in hospital": the clause ends with no comma, the sentence's verb goes on)
            if (
                _over_a_period(s, t, published) or _year_named(s, t, published) or _discussed(s, t, heads)
            ) and _RELATIVE_BEFORE.search(s.text, max(0, t.start - s.start - 60), t.start - s.start) is None:
                past = t
            continue
        out.append(t)
        dropped = None
        past = None
    if not out and found:
        # the sentence tells no event of its own but one a day or two before ("visited troops in
        # X, a day after militants killed six soldiers"): that event is what it reports
        out = [
            t for t in found if _days_after_aside(s, t) and not _intended(s, t) and not _own_place_after(s, t)
        ]
    return out


# ... unless the aside names its own place ("Peace talks resumed in Geneva on Tuesday, a day after
# air strikes killed 30 people in Idlib"): the place the sentence names is then a venue, not
# where that event happened
_OWN_PLACE_AFTER = re.compile(
    r"[^,;:.]*?\b(?:in|at|near|outside|inside|on|across)\s+(?:the\s+)?(?:(?-i:[a-z])[\w’'-]*\s+){0,3}?"
    r"(?:of\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)(?-i:[A-Z])",
    re.I,
)


def _own_place_after(s: Sentence, t: Trigger) -> bool:
    return _OWN_PLACE_AFTER.match(s.text, t.end - s.start) is not None


# The days of fighting that led up to the battle's outcome told before them ("Army units restored
# security to X on Tuesday after days of fighting", "Rebels seized X after two weeks of clashes",
# "The army recaptured X following months of fierce fighting"): the same event, not one of its
# own (not after a deal: "signed a truce in Y after months of fighting that killed hundreds near
# X" tells the fighting at X)
_BATTLES = "Battles"
_SPAN_LEADING_UP = re.compile(
    r"\b(?:after|following)\s+(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
    r"few|many|a\s+few)\s+)?(?:hours|days|weeks|months)\s+of\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$",
    re.I,
)


# ", a day after", ", two days after", ", hours after": an aside that tells an event of the
# days just before the one the sentence tells
_DAYS_AFTER = re.compile(
    r",\s+(?:just\s+|only\s+)?(?:a|one|two|three|hours|a\s+few\s+hours|the)\s+(?:day|days|hours)?\s*after\s+"
    r"(?:[^,;:.]*?\s)?$",
    re.I,
)


def _days_after_aside(s: Sentence, t: Trigger) -> bool:
    return _days_after(s, t) is not None


def _recent_days_after(s: Sentence, t: Trigger) -> bool:
    """Told ", a day after", ", two days after" (days counted, not "hours after")."""
    aside = _days_after(s, t)
    return aside is not None and _aside_days(aside) > 0


def _aside_days(aside: re.Match[str]) -> int:
    """The days an aside ", two days after" counts (0 for "hours after", "a few hours after")."""
    words = aside.group().lower().replace(",", " ").split()
    if words[0] in ("just", "only"):
        words = words[1:]
    return day_count(words[0]) if words[1] in ("day", "days") else 0


def _days_after(s: Sentence, t: Trigger) -> re.Match[str] | None:
    at = t.start - s.start
    return _DAYS_AFTER.search(s.text, max(0, at - 80), at)


def _days_before(d: DateMention, em: EventMention, s: Sentence) -> DateMention:
    """The day of an event told ", two days after" the sentence's own day ("arrived in X on
    Wednesday, two days after gunmen killed 11"): that many days before it."""
    aside = _days_after(s, em.trigger) if d.end <= em.trigger.start else None
    if aside is None or d.end - s.start > aside.start() or d.date_start is None or d.date_end is None:
        return d
    n = _aside_days(aside)
    if not n:
        return d
    gap = timedelta(days=n)
    why = f"{d.reason}; {n} day(s) before it, told '{aside.group().strip(', ')}'"
    return replace(d, date_start=d.date_start - gap, date_end=d.date_end - gap, reason=why)


# The rest of the clause of an event word told as another time's: its verb ("weeks after four days
# of fighting near X killed scores", "months after bombings in its markets wounded hundreds"; not
# the act's own relative clause, "deplored the shelling that killed seven in X", nor a new subject
# after "and the") ...
_SAME_CLAUSE_ON = re.compile(
    r"(?:(?!\b(?:but|after|before|since|while|when|as|then|that|which|who|where|and\s+(?:a|an|the|its|their|"
    r"another|then))\b)[^,;:()])*",
    re.I,
)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|whose)\b[^,;:()]*$", re.I)  # ("that" opens what was said too)
# ... and a toll's breakdown after it: "112 civilians were killed in X in October, 34 of them in Y,
# most of them by gunmen and air strikes", "85 were killed in March, many of whom in shelling"
_OF_THEM = re.compile(r"[^;:.]*?,\s+(?:[\w-]+\s+){1,2}?of\s+(?:them|whom)\b[^;:.]*", re.I)


# the gap from one event word to a participle clause that goes on from it: "..., leaving behind "
_GOES_ON = re.compile(r"[^;:.]*?,\s+[a-z]+ing\s+(?:[\w’'-]+\s+){0,3}?", re.I)


# Before the date of a record heading: a qualifier ("Around", "On or about"); after it, a note
# in brackets ("(not exact date)"), then the colon.
_RECORD_LEAD = re.compile(r"^(?:[A-Za-z]+\s+){0,3}$")
_RECORD_COLON = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?:")


def record_colon(s: Sentence, published: date | None) -> int | None:
    """Where the colon of a "DATE: ..." heading is, if the sentence is one."""
    dates = find_dates(s.text[:60], published, s.start)
    if dates and _RECORD_LEAD.match(s.text[: dates[0].start - s.start]):
        rel = dates[0].end - s.start
        if m := _RECORD_COLON.match(s.text[rel:]):
            return s.start + rel + m.end() - 1
    return None


def _one_per_clause(s: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """ "Air raids killed 13 in X": a generic word in the clause of a specific one is that event;
    not of a deal ("the first attack since the truce agreement in X"): a deal reports no violence,
    the violence beside it is its own."""
    # (the clauses are read only when a word may drop: a generic word beside a specific one, or a
    # massacre beside a weapon's word; most sentences tell words of one kind and no massacre)
    specific = [t.specific for t in triggers]
    if not any(specific) or all(specific) and not any(_MASSACRE.fullmatch(t.text) for t in triggers):
        return list(triggers)
    clauses = [event_clause(s, t.start, t.end, triggers, _AND_NEW_SUBJECT) for t in triggers]
    with_specific = {
        c
        for c, t in zip(clauses, triggers, strict=True)
        if t.specific and t.sub_event_type not in QUIET_TYPES
    }
    remote = [
        (c, t) for c, t in zip(clauses, triggers, strict=True) if t.specific and t.event_type == _REMOTE
    ]
    return [
        t
        for c, t in zip(clauses, triggers, strict=True)
        if (t.specific or c not in with_specific)
        and not (_MASSACRE.fullmatch(t.text) and _by_weapon(s, t, c, remote))
    ]


# "A massacre committed by warplanes in X": the massacre is what the strike did, one event, which
# the weapon types (ACLED codes it an air strike on civilians), not a second one beside it
_REMOTE = "Explosions/Remote violence"
_MASSACRE = re.compile(r"massacres?", re.I)
# ... but not one told at another time: "Warplanes bombed X hours after militiamen committed a
# massacre in Y", "a day after a massacre in Y", "before gunmen carried out a massacre in Y" (one
# months or years before is history, no event: "after 4 months of the massacre of Y")
_ANOTHER_TIME = re.compile(
    r"\b(?:after|before|since|until|following)\b"
    r"(?!\s+(?:\d+|an?|one|two|three|four|five|six|several|many)\s+(?:months?|years?)\b)",
    re.I,
)


def _by_weapon(
    s: Sentence, massacre: Trigger, clause: tuple[int, int], remote: list[tuple[tuple[int, int], Trigger]]
) -> bool:
    """Whether a weapon's event in the massacre's clause did it: no other time told between them."""
    for c, w in remote:
        if c != clause:
            continue
        lo, hi = (w.end, massacre.start) if w.end <= massacre.start else (massacre.end, w.start)
        if not _ANOTHER_TIME.search(s.text, lo - s.start, hi - s.start) and not _another_doer(s, massacre, w):
            return True
    return False


def _another_doer(s: Sentence, massacre: Trigger, weapon: Trigger) -> bool:
    """Whether the massacre names who did it and that is not the weapon: "a massacre by gunmen in
    Y ... and an air strike hit X", "shelled X, and militiamen committed a massacre in Y"."""
    at, end = massacre.start - s.start, massacre.end - s.start
    if by := _BY_DOER.match(s.text, end):
        return not by.end() <= weapon.start - s.start < by.end() + _DOER_REACH
    if verb := _DOER_VERB.search(s.text, max(0, at - 40), at):
        gap = s.text[weapon.end - s.start : verb.start()] if weapon.end - s.start <= verb.start() else None
        return gap is None or len(gap) > _DOER_REACH or _NEW_SUBJECT.search(gap) is not None
    return False


# "a massacre (committed) by X", "X committed/carried out a massacre": X did it
_BY_DOER = re.compile(r"\s+(?:(?:committed|carried\s+out|perpetrated)\s+)?by\s+", re.I)
_DOER_VERB = re.compile(
    r"\b(?:commit(?:s|ted)?|carr(?:y|ies|ied)\s+out|perpetrat(?:es?|ed))\s+(?:an?\s+|another\s+|the\s+)?"
    r"(?:[\w'’-]+\s+)?$",
    re.I,
)
_DOER_REACH = 30  # a doer's words: "regime helicopters", "Russian jets", "pro-government warplanes"
_NEW_SUBJECT = re.compile(r"\band\b|[,;]")


# A neighbourhood the gazetteer lacks ("the Hay al-Ummal neighbourhood", "the Jorat al-Shiyah
# quarter") is part of a town told before, not a place elsewhere: its event may take that town.
_PART_OF_A_TOWN = re.compile(r"\s+(?:neighbou?rhoods?|quarters?|suburbs?)\b", re.I)
_HAY = re.compile(r"(?:al-)?hayy?\s", re.I)


def attach(
    sents: list[Sentence],
    triggers: dict[int, list[Trigger]],
    mentions: tuple[Mention, ...],
    *,
    published: date | None,
    figures: dict[int, list[Claim]],
    actors: ActorLexicon,
) -> list[EventMention]:
    out: list[EventMention] = []
    period = _period(sents, published)
    by_sentence: dict[int, list[Mention]] = {}
    unknown: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.role == S.EVENT:
            (by_sentence if m.candidate is not None else unknown).setdefault(m.sentence, []).append(m)
    told: DateMention | None = None  # the last day told, which "a day earlier" counts from
    # ... and the last of the report's own news, which "Separately, ..." is of: not a day recalled
    # a week or more before the first day told ("The attack came a week after a bombing on March
    # 1 killed 12 in X. Separately, ..." is not of March 1, which would have it recalled)
    news: DateMention | None = None
    first: date | None = None
    said: list[EventMention] = []  # the events of the sentence before, dated only by a speech day
    spoken: DateMention | None = None  # the last day told before any event's
    for s in sents:
        if said:
            _retold_day(said, s, published, by_sentence.get(s.index, []) + unknown.get(s.index, []), triggers)
            said = []
        claims = figures.get(s.index, [])
        if s.index not in triggers:
            if told is None and s.index:
                # a day told with no event ("the president said on Monday ..."), which a later
                # day counted from none told counts from ("Hours later, gunmen ...")
                _, spoken = anchored(find_dates(s.text, published, s.start), spoken, s.text, s.start)
            if claims and s.reportable and background_asides(s.text) != []:
                anchor = Trigger(s.start, s.start, "", "", "", False, TriggerKind.FIGURES)
                out.append(EventMention(anchor, s, claims=claims, follow_only=True))
            continue
        ems = [EventMention(t, s) for t in triggers[s.index]]
        starts = [em.trigger.start for em in ems]
        ordered = starts if all(a <= b for a, b in zip(starts, starts[1:], strict=False)) else None
        for m in by_sentence.get(s.index, []):
            _nearest_in_clause(m.start, m.end, ems, s, ordered).places.append(m)
        for m in unknown.get(s.index, []):
            if not _PART_OF_A_TOWN.match(s.text, m.end - s.start) and not _HAY.match(m.text):
                _nearest_in_clause(m.start, m.end, ems, s, ordered).unknown.append(m)
        found = event_dates(s.text, find_dates(s.text, published, s.start), s.start, published)
        dates = _unsaid(_compared_span(_told_of_someone(found, s, triggers[s.index]), s), s)
        counted = told is None and any(d.shift is not None for d in dates)
        dates, told = anchored(dates, spoken if counted else told, s.text, s.start)
        if told is not None and told.date_start is not None:
            first = first or told.date_start
            if (first - told.date_start).days < RECALLED_DAYS:
                news = told
        if not dates and (apart := told_apart(s.text, s.start, news)) is not None:
            dates = [apart]
        carried = None if dates else narrative_day(s.text, s.start, news)
        if not dates and period is not None and period.start < s.start:
            dates = [period]  # a round-up's event told without a day: in the month it reports on
        _attach_dates(ems, dates, s)
        if carried is not None:
            for em in ems:
                if not _ANOTHER_TIME.search(s.text, 0, em.trigger.start - s.start):
                    em.carried = carried  # not an event told after "after/before": an earlier one
        if dates and not any(d in dates for d in _unsaid(dates + [_NO_DAY], s)):
            said = ems
        for c in claims:
            if not _of_earlier_aside(c, ems, s, published):
                _nearest_in_clause(c.start, c.end, ems, s, ordered).claims.append(c)
        spans = tuple((t.start - s.start, t.end - s.start) for t in triggers[s.index])
        for a in actors.find(s.text, s.start, spans):
            if a.responsible:
                nearest(a.start, ems, ordered).actors.append(a)
        out.extend(ems)
    return out


# a round-up reports on a month just ended (or the current one): not a month long past
_ROUND_UP_DAYS = 45
_MONTH_PREC = 4  # UCDP date_prec of a month
# ... and counts what happened in it ("recorded 180 civilian deaths", "counted 44 attacks");
# "In February, the government and rebels agreed a truce" tells one event of that month
_COUNTS = re.compile(
    r"\b(?:recorded|documented|counted|tallied|registered|verified|monitored)\b"
    r"|\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:deaths|dead|killings|casualties|civilians|people|incidents|attacks|"
    r"strikes|airstrikes|raids)\b",
    re.I,
)


def _period(sents: list[Sentence], published: date | None) -> DateMention | None:
    """The month a round-up reports on: the one date of the first sentence that has any (of
    the first two, a headline and its lead), a month that ended at most `_ROUND_UP_DAYS` before
    publication ("In March, the monitor recorded 214 civilian deaths", "During the month of
    May, ..."). The events it then tells without a day of their own happened in that month,
    not on the day it was published."""
    if published is None:
        return None
    for s in sents[:2]:
        dates = event_dates(s.text, find_dates(s.text, published, s.start), s.start, published)
        if not dates:
            continue
        d = dates[0]
        if (
            len(dates) == 1
            and _COUNTS.search(s.text) is not None
            and d.date_prec == _MONTH_PREC
            and d.date_start is not None
            and d.date_end is not None
            and d.date_start < d.date_end
            and (published - d.date_end).days <= _ROUND_UP_DAYS
        ):
            return d
        return None
    return None


# A date that modifies an event noun ("the bombardment of yesterday", "Monday's attack") dates
# that event alone, not the sentence.
_OF_DATE = re.compile(r"\s+of\s+(?:the\s+)?$", re.I)
_DATES_NOUN = re.compile(r"^[’']s\s+(?:\w+\s+){0,2}$")
_POSSESSIVE = re.compile(r"[’']s$")


# the start of a span an event is compared over ("the second such attack since Friday", "the
# deadliest attack in the city since January"): it dates the others, not the event told
_COMPARED_SINCE = re.compile(
    r"\b(?:such|deadliest|bloodiest|worst|heaviest|biggest|largest|fiercest|latest|first|second|third|"
    r"fourth|fifth)\s+(?:[\w’'-]+\s+){0,5}?since\s+(?:(?:last|early|late)\s+)?$",
    re.I,
)


def _compared_span(dates: list[DateMention], s: Sentence) -> list[DateMention]:
    return [
        d
        for d in dates
        if not _COMPARED_SINCE.search(s.text, max(0, d.start - s.start - 80), d.start - s.start)
    ]


# a relative clause in the pluperfect after a noun ("two policemen who had been transferred from
# Karachi last month", "the base, which had reopened in January"); not one in the simple past, of
# the same time ("miners who blocked the road on Monday")
_RELATIVE = re.compile(r"(?<=[\w,] )(?:who|which)\s+had\b", re.I)


def _told_of_someone(dates: list[DateMention], s: Sentence, told: list[Trigger]) -> list[DateMention]:
    """A week, month or year in a pluperfect relative clause that tells no event is its noun's
    past, not the time of the sentence's events: "killed two policemen who had been transferred
    from Karachi last month" is no attack of last month. A day there is the event's own
    ("shot three herders who had taken their cattle to a well on Monday": the circumstance
    just before), and
    a clause with an event word still dates ("two soldiers who had been wounded in the attack
    last week died")."""
    out = []
    for d in dates:
        lo = d.start - s.start
        if d.date_prec == 1:
            out.append(d)
            continue
        clause = None
        for m in _RELATIVE.finditer(s.text, max(0, lo - 100), lo):
            if not _CLAUSE_BREAK.search(s.text, m.end(), lo):
                clause = m
                break
        if clause is None:
            out.append(d)
            continue
        stop = _CLAUSE_BREAK.search(s.text, d.end - s.start)
        end = s.start + (stop.start() if stop else len(s.text))
        if any(s.start + clause.start() <= t.start < end for t in told):
            out.append(d)
    return out


def _unsaid(dates: list[DateMention], s: Sentence) -> list[DateMention]:
    """The day something was said ("The Arakan Army said Tuesday it had captured X on Monday")
    dates no event when the sentence tells another day, nor is it the day told that "a day
    earlier" in the next sentence counts from ("..., the army said on Friday. A day earlier,
    ...": a day before Monday)."""
    said = [d for d in dates if _SAID_ON.search(s.text, max(0, d.start - s.start - 100), d.start - s.start)]
    if said and len(said) < len(dates):
        return [d for d in dates if d not in said]
    return dates


# stands for another day in the sentence, to ask `_unsaid` which of its days are speech days
_NO_DAY = DateMention(-1, -1, "", None, None, 3, 5, "")
# the next sentence tells the event again by a definite subject ("The attack took place on
# Friday", "The group said the base fell on Saturday", "It happened on Friday night"), by an
# event word of its kind or a verb that only says it happened (not "The army launched a sweep of
# the hills on Friday", another act)
_RETOLD = re.compile(r"^(?:the|this|that|it|they|its)\b", re.I)
_HAPPENED = re.compile(
    r"\b(?:happened|took\s+place|occurred|unfolded|fell|(?:was|were)\s+(?:carried\s+out|captured|taken|"
    r"seized|overrun))\b",
    re.I,
)
# ... but an event word of its kind may tell another event of that kind: "They killed three more
# on Friday", "the second in the city after a blast on Friday", "had been attacked on Friday too"
_ANOTHER_OF_ITS_KIND = re.compile(
    r"\b(?:(?:more|another|again|too|also|second|third|earlier|previous)\b|(?:after|since|following|before)\s+"
    r"(?:a|an|another|one)\b)",
    re.I,
)


def _retold_day(
    said: list[EventMention],
    s: Sentence,
    published: date | None,
    places: list[Mention],
    triggers: dict[int, list[Trigger]],
) -> None:
    """ "X said on Sunday that it had captured Y. The group said the base fell on Saturday": the
    speech day is when the capture was told, not when it happened; the next sentence, naming no
    other place and no other kind of event, tells the event's own day, a few days before."""
    day = said[0].dates[0].date_start if said[0].dates else None
    if (
        day is None
        or s.index != said[0].sentence.index + 1
        or not _RETOLD.match(s.text)
        or _ANOTHER_OF_ITS_KIND.search(s.text)
    ):
        return
    own = {_source_id(p) for em in said for p in em.places}
    if any(_source_id(p) not in own for p in places):
        return
    kinds = {em.trigger.sub_event_type for em in said}
    told = triggers.get(s.index, [])
    if any(t.specific and t.sub_event_type not in kinds for t in told):
        return  # "They had been kidnapped on Friday": another act than the killing told
    if not (_HAPPENED.search(s.text) or any(t.sub_event_type in kinds or not t.specific for t in told)):
        return
    found = _compared_span(event_dates(s.text, find_dates(s.text, published, s.start), s.start, published), s)
    if len(found) != 1 or found[0].date_start is None or found[0].date_start != found[0].date_end:
        return
    if 0 < (day - found[0].date_start).days < RECALLED_DAYS:
        for em in said:
            em.dates = [found[0]]


def _source_id(m: Mention) -> str:
    return m.candidate.place.source_id if m.candidate else m.text


def _attach_dates(ems: list[EventMention], dates: list[DateMention], s: Sentence) -> None:
    """One date in a sentence dates all of it, unless it modifies one event's noun; with
    several, each goes to its nearest event."""
    for d in dates:
        own = [
            em
            for em in ems
            if (
                em.trigger.end <= d.start
                and _OF_DATE.fullmatch(s.text[em.trigger.end - s.start : d.start - s.start])
            )
            or (
                d.end <= em.trigger.start
                and _possessive(d, s.text[d.end - s.start : em.trigger.start - s.start])
            )
        ]
        for em in own[:1] or (
            ems if len(dates) == 1 else [_told_with(d, ems, s) or _nearest_told(d, ems, s, dates)]
        ):
            em.dates.append(_days_before(d, em, s))
    if len(dates) > 1:
        # "... and hours later gunmen attacked a checkpoint in Afgoye, killing a soldier": the event
        # words of one clause, and a participle that goes on from them, are of the day told with
        # the first (the place may be the last's)
        dated: EventMention | None = None
        for before, em in zip(ems, ems[1:], strict=False):
            gap = s.text[before.trigger.end - s.start : em.trigger.start - s.start]
            if before.dates:
                dated = before
            if _SAME_CLAUSE.fullmatch(gap) is None and not (
                em.trigger.text.lower().endswith("ing") and _GOES_ON_FROM.fullmatch(gap)
            ):
                dated = None
            elif not em.dates and dated is not None:
                em.dates.extend(dated.dates)


def _nearest_told(
    d: DateMention, ems: list[EventMention], s: Sentence, dates: list[DateMention]
) -> EventMention:
    """The nearest event, but not one told after the date behind "since", "after" or "before":
    that aside tells another, earlier event ("Fighting in X killed seven people, including two
    civilians, on Tuesday, officials said, ... since rebels seized Y last month": Tuesday is the
    fighting's); the last event told before the date is then its."""
    near = nearest(d.start, ems)
    if near.trigger.start < d.end:
        return near
    before = [em for em in ems if em.trigger.end <= d.start]
    # the aside tells its own time after its event ("... last month"); without one the word is
    # the day's hour ("on Friday, shortly after dawn, a car bomb exploded in Y": Friday is Y's)
    own_time = any(o.start >= near.trigger.start for o in dates if o is not d)
    if before and own_time and _ASIDE_OPENS.search(s.text, d.end - s.start, near.trigger.start - s.start):
        return before[-1]
    return near


# not in the passive, which tells the event's own day ("Clashes were reported on Friday in X"). How
# and where it was said may come between ("said in a statement from its base in X on Friday",
# "told reporters in Y on Friday"); after "reported" only with the statement named, for
# "fighting reported in X on Friday" tells the fighting's place and day.
_SAID_HOW = (
    r"(?:\s+(?:in|on|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|message|briefing|interview|video|communiqu[eé]|release|tweet|conference|bulletin)s?)"
)
_SAID_WHERE = (
    r"(?:\s+(?:on|via)\s+(?:Telegram|Twitter|X|Facebook|television|TV|radio))?"
    r"(?:\s+(?:issued|released|posted|published|sent|broadcast|aired))?"
    r"(?:\s+(?:from|in|at)(?:\s+[\w’'-]+){1,3}?){0,2}"
)
_SAID_ON = re.compile(
    r"\b(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"
    rf"(?:(?:said|says|announced|stated|told(?:\s+[\w-]+){{1,2}}?"
    # (who accuses or blames someone on one day of what was done on another: "residents accused
    # soldiers on Thursday of burning homes on Wednesday")
    r"|(?:accused|accuses|blamed|blames)(?:\s+[\w-]+){1,3}?"
    rf"){_SAID_HOW}?{_SAID_WHERE}"
    rf"|(?:reported|claimed|confirmed)(?:{_SAID_HOW}{_SAID_WHERE})?)\s+(?:on\s+)?$",
    re.I,
)
_ASIDE_OPENS = re.compile(r"\b(?:since|after|before|following|until)\b", re.I)


def _told_with(d: DateMention, ems: list[EventMention], s: Sentence) -> EventMention | None:
    """The last event told before the date in its clause ("An airstrike on X killed five on
    Tuesday, after a similar strike on Y last month": Tuesday is the airstrike's, though "strike"
    starts nearer)."""
    told = None
    for em in ems:
        if em.trigger.end <= d.start and not _CLAUSE_BREAK.search(
            s.text, em.trigger.end - s.start, d.start - s.start
        ):
            told = em
    return told


_BREAK_WORDS = r"\b(?:and|but|after|before|since|while|when|as)\b"
_CLAUSE_BREAK = re.compile(rf"[,;:()]|{_BREAK_WORDS}", re.I)
# the words from an event word to the next of its clause ("gunmen attacked"), and to a participle
# that goes on from it ("... attacked a checkpoint in Afgoye, killing")
_IN_CLAUSE = rf"(?:(?!{_BREAK_WORDS})[^,;:()])*"
_SAME_CLAUSE = re.compile(_IN_CLAUSE, re.I)
_GOES_ON_FROM = re.compile(rf"{_IN_CLAUSE},\s*", re.I)


def _possessive(d: DateMention, gap: str) -> bool:
    """ "Monday's attack", "yesterday's two bombings": the date names the noun after it."""
    if _POSSESSIVE.search(d.text):
        return re.fullmatch(r"\s+(?:\w+\s+){0,2}", gap) is not None
    return _DATES_NOUN.match(gap) is not None


def casualty_figures(
    sents: list[Sentence], aliases: dict[str, str], written: list[Sentence] | None = None
) -> dict[int, list[Claim]]:
    """Each sentence's casualty claims, credited to its claimant (sentences without figures left out).
    ``written``: the sentences as written, where ``sents`` re-cased some (shouting.py): a capital
    there is no sign of a name."""
    out: dict[int, list[Claim]] = {}
    dead = casualties_are_the_dead([s.text for s in sents])
    for i, s in enumerate(sents):
        names = written is None or written[i].text == s.text
        if found := find_claims(s.text, s.start, None, dead, names):
            claimant = claimant_of(s.text, aliases)
            out[s.index] = [replace(c, claimant=claimant) for c in found] if claimant else found
    return out


def _nearest_in_clause(
    start: int, end: int, ems: list[EventMention], s: Sentence, starts: list[int] | None
) -> EventMention:
    """The event told in the own clause of a place or a toll (``start``-``end``), the nearest of
    them; with none there, the nearest of all. "Gunmen shot dead 20 villagers in X on Monday, and
    warplanes bombed Y": X is the shooting's, though "warplanes" starts nearer to it; "Forces
    shelled X, killing 30 people, and tanks shelled Y": the 30 are X's."""
    if len(ems) > 1 and len(ems) < _MANY_EVENTS:
        lo, hi = event_clause(s, start, end, [em.trigger for em in ems], _AND_NEW_EVENT)
        own = [em for em in ems if lo <= em.trigger.start - s.start and em.trigger.end - s.start <= hi]
        if own and len(own) < len(ems):
            return nearest(start, own)
    return nearest(start, ems, starts)


# "and" a few lower-case words before an event word, after another event word ("... stormed a
# post near X on Monday and a roadside bomb hit Y", "... raided X and warplanes bombed Y"): what
# follows is a new event's clause, though no comma marks it. A place or toll goes with its side.
_AND_NEW_EVENT = re.compile(r"\band\s+(?:(?-i:[a-z])[\w’'-]*\s+){0,3}$", re.I)
# ... and for which event a generic word is: a new subject after "and" ("killed four policemen
# in X and a suicide bomber struck Y": the killing is not the bombing)
_AND_NEW_SUBJECT = re.compile(r"\band\s+(?:a|an|the|another)\s+(?:(?-i:[a-z])[\w’'-]*\s+){0,2}$", re.I)


def event_clause(
    s: Sentence, start: int, end: int, triggers: list[Trigger], new_event: re.Pattern[str]
) -> tuple[int, int]:
    """`clause_of` a span, cut where ``new_event`` ends right before an event word of the
    clause that follows another of its event words. A participle after a dashed aside goes on
    from the clause before the aside: "Warplanes bombed X on Monday — two days after rebels seized
    Y — killing six people" (the six are the bombing's), so its clause is that one."""
    lo, hi = clause_of(s, start, end)
    if (opened := _dash_aside_before(s.text, lo)) is not None:
        lo, hi = clause_of(s, s.start + opened - 1, s.start + opened)
    at, to = start - s.start, end - s.start
    # (both patterns open with "and": a window without it is not searched; where the sentence
    # lower-cases letter for letter, its lower case, made once, holds "and" where a window's
    # would, since lower() maps no other letter to an ASCII one)
    opens_and = new_event.pattern.startswith(r"\band\s")
    low = lowered(s.text) if opens_and else None
    for t in triggers:
        ts = t.start - s.start
        if not lo < ts < hi:
            continue
        if opens_and and (
            low.find("and", max(lo, ts - 50), ts) < 0
            if low is not None
            else not may_hold(s.text[max(lo, ts - 50) : ts], ("and",))
        ):
            continue
        m = new_event.search(s.text, max(lo, ts - 50), ts)
        if m is None or not any(lo <= u.start - s.start and u.end - s.start <= m.start() for u in triggers):
            continue
        if m.start() >= to:
            hi = min(hi, m.start())
        elif m.start() <= at:
            lo = max(lo, m.start())
    return lo, hi


def _of_earlier_aside(c: Claim, ems: list[EventMention], s: Sentence, published: date | None) -> bool:
    """A figure in an aside that tells an earlier time, with no event word of the report's own
    in its clause: "Shelling hit X — where 20 people were killed last week — on Monday" (the
    aside's event word was set aside as earlier; its 20 are no toll of the shelling)."""
    lo, hi = clause_of(s, c.start, c.end)
    if any(lo <= em.trigger.start - s.start < hi for em in ems):
        return False
    return S.earlier_aside(s.text, c.start - s.start, c.end - s.start, published)


_PARTICIPLE_OPENS = re.compile(r"\s*(?-i:[a-z])+ing\b")


def _dash_aside_before(text: str, lo: int) -> int | None:
    """Where the aside opens (its dash's start, past the space before it) when the clause at
    ``lo`` is a participle right after a dashed aside (" — ... — killing")."""
    closing = text[:lo].rstrip()
    if not closing.endswith(("—", "–")) or not _PARTICIPLE_OPENS.match(text, lo):
        return None
    dash = closing[-1]
    opening = closing.rfind(dash, 0, len(closing) - 1)
    if opening <= 0 or not text[opening - 1].isspace():
        return None
    return len(text[:opening].rstrip()) or None


# a sentence with this many event words is a table or a list: nearest by position alone
_MANY_EVENTS = 16


def nearest(position: int, anchors: list[EventMention], starts: list[int] | None = None) -> EventMention:
    """The trigger nearest to a position; one before it wins a tie (event word, then place).
    ``starts``: the anchors' trigger starts when they are in order, to look the two nearest up
    instead of comparing them all (a sentence with thousands of event words)."""

    def key(e: EventMention) -> tuple[int, bool]:
        return abs(e.trigger.start - position), e.trigger.start > position

    if starts is None or len(anchors) < 16:
        return min(anchors, key=key)
    i = bisect.bisect_right(starts, position)
    # the first of the anchors at the nearest start before, and the first at the nearest after
    near = [bisect.bisect_left(starts, starts[i - 1])] if i else []
    near += [i] if i < len(starts) else []
    return min((anchors[j] for j in near), key=key)
