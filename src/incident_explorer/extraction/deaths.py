"""Deaths that report no violence: natural deaths and accidents are no incidents.

"Died", "dies", "dead" and "death" are event words because conflict reports use them for the
victims of violence ("a citizen dies in Deir Ezzor", "a fighter died of his wounds"). A clause
whose only event words are such words and that says the death was natural ("aged 80", an age of
60 or more: "a girl aged 7 died" says nothing of how; "of cancer", "after a long illness") or an
accident ("in a traffic accident", "drowned") reports no incident; nor does "killed" with an
accident. Violence said anywhere in the clause keeps it: another event word ("died in the
shelling", "the wounded died in hospital") or a violent cause ("died of his wounds", "died
under torture", "found dead").
"""

from __future__ import annotations

from incident_explorer import compiled_re as re
from incident_explorer.extraction.folding import lowered, sensitive
from incident_explorer.extraction.roles import clause_of
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.extraction.triggers import Trigger

# words that report a death without saying how
_DEATH_WORD = re.compile(r"(?:died|dies|dying|dead|deaths?)", re.I)
_KILL_WORD = re.compile(r"(?:killed|kills?|killing)", re.I)
# accidents; a crash alone may be a military aircraft brought down, so it needs its vehicle
_ACCIDENT = (
    r"(?:(?:traffic|road|car|motorcycle|motorbike|bus|train|work|workplace|industrial|mining|hunting|"
    r"climbing|diving|skiing|boating|farm|household)\s+(?:accidents?|crash(?:es)?|collisions?)|"
    r"accidents?|drown\w*|lightning|avalanches?|landslides?|mudslides?|earthquakes?|floods?|"
    # not the warplanes named so ("Tornado and Typhoon jets killed three fighters")
    r"(?:tornado(?:e?s)?|typhoons?)(?!(?:\s+(?:and|or)\s+\w+)?\s+(?:jets?|aircraft|planes?|"
    r"warplanes?|fighters?|fighter\s+jets?|bombers?|squadrons?))|"
    r"hurricanes?|cyclones?|tsunamis?|blizzards?|wildfires?|bushfires?|"
    r"heat\s?waves?|volcanic\s+eruptions?|"
    r"(?:house|building)\s+fires?|stampedes?)"
)
_NATURAL = re.compile(
    r"\b(?:(?:aged|at\s+the\s+age\s+of)\s+(?:[6-9]\d|1\d\d)\b|(?:[6-9]\d|1\d\d)-year-old|natural\s+causes|"
    r"in\s+(?:his|her|their)\s+sleep|peacefully|"
    r"after\s+(?:a\s+)?(?:long|short|brief|lengthy)\s+(?:illness|battle\s+with|fight\s+with)|"
    r"(?:of|from)\s+(?:a\s+|an\s+)?(?:suspected\s+)?(?:cancer|leukaemia|leukemia|illness|disease|"
    r"heart\s+(?:attack|failure|disease)|cardiac\s+arrest|stroke|old\s+age|covid(?:-19)?|"
    r"coronavirus|cholera|pneumonia|malaria|measles|tuberculosis|diabetes|complications|"
    rf"(?:a\s+)?(?:drug\s+)?overdose|natural\s+causes)|heart\s+attack|{_ACCIDENT})\b",
    re.I,
)
# Words of which every reading of _NATURAL has one (lower case, no spaces: ``\s+`` may be any
# space): most sentences have none and need not be searched (a regex search tries every position).
_NATURAL_NEEDS = (
    "age", "-year-old", "natural", "sleep", "peacefully", "long", "short", "brief", "lengthy",
    "cancer", "leuk", "illness", "disease", "heart", "cardiac", "stroke", "covid", "coronavirus",
    "cholera", "pneumonia", "malaria", "measles", "tuberculosis", "diabetes", "complications",
    "overdose", "accident", "crash", "collision", "drown", "lightning", "avalanche", "landslide",
    "earthquake", "flood", "fire", "stampede", "mudslide", "tornado", "hurricane", "cyclone",
    "typhoon", "tsunami", "blizzard", "heat", "volcanic",
)  # fmt: skip
# over the lower-cased text (folding.py): "village" has "age", and most sentences searched say
# nothing natural
_NATURAL_LOWER = sensitive(_NATURAL)
# deaths from an accident only ("killed in a traffic accident"): "killed at home" is violence
_ACCIDENTAL = re.compile(rf"\b(?:{_ACCIDENT})\b", re.I)
# a disaster that only dates a killing: "killed in Madaya during a heat wave", "shot amid a
# snowstorm" (the storm is when, not what killed; "killed in the storm", "a flood killed" is)
# "despite the floods" says the disaster is not what killed; "killed during floods", "during
# a tornado", "amid the earthquake" say it is (a violent cause or another event word in the
# clause keeps it violence: "shot dead during a heat wave", "shelling amid a snowstorm")
_TIME_FRAME_BEFORE = re.compile(
    r"\bdespite\s+(?:(?:a|an|the|this|last|that|its|their)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_VIOLENT_CAUSE = re.compile(
    r"\b(?:(?:of|from)\s+(?:his|her|their|the|its)?\s*(?:\w+\s+)?(?:wounds|injuries|gunshot\w*|"
    r"bullets?|shrapnel|torture)|under\s+torture|tortured|torture|found\s+dead|beaten|beating|stabbed|shot|"
    r"(?:bod(?:y|ies)|corpses?)\s+(?:\w+\s+){0,3}?(?:were\s+|was\s+)?(?:found|recovered|dumped|discovered|"
    r"retrieved|pulled|exhumed))\b",
    re.I,
)


def quiet_deaths(clause: str, words: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Of the event words in a clause (clause-relative spans), those to drop: the death and
    kill words of a clause that says its deaths were natural or accidental and reports no
    violence, and the event words inside what says so ("heart attack")."""
    natural = [m.span() for m in _NATURAL.finditer(clause)]
    if not natural or _VIOLENT_CAUSE.search(clause):
        return set()
    inside = {w for w in words if any(a <= w[0] and w[1] <= b for a, b in natural)}
    rest = [w for w in words if w not in inside]
    if all(_DEATH_WORD.fullmatch(clause[a:b]) for a, b in rest):
        return set(words)
    if all(_DEATH_WORD.fullmatch(clause[a:b]) or _KILL_WORD.fullmatch(clause[a:b]) for a, b in rest):
        return set(words) if _accident_caused(clause) else inside
    return inside


# someone who killed: "Islamic State militants killed nine shepherds during a heat wave", "the
# man killed his wife during a house fire" (not "floods killed", "people were killed")
_KILLER = re.compile(
    r"\b(?:militants?|gunm[ae]n|fighters|forces|soldiers|troops|rebels|insurgents|jihadists|"
    r"attackers?|assailants?|police|man|woman|husband|wife|father|mother|son|suspect)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:killed|kills|shot|stabbed|murdered|executed)\b",
    re.I,
)


def _accident_caused(clause: str) -> bool:
    """An accident or disaster in the clause that may be what killed: not one the killing
    happened despite ("killed in Daraa despite the floods"), nor one during which someone
    killed ("militants killed nine shepherds during a heat wave")."""
    if _KILLER.search(clause):
        return False
    return any(
        not _TIME_FRAME_BEFORE.search(clause, max(0, m.start() - 40), m.start())
        for m in _ACCIDENTAL.finditer(clause)
    )


def without_quiet_deaths(s: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """A sentence's event words less those of its clauses that report a natural or accidental
    death and no violence."""
    if len(triggers) == 0 or not _natural(s.text):
        return triggers
    by_clause: dict[tuple[int, int], list[Trigger]] = {}
    for t in triggers:
        by_clause.setdefault(clause_of(s, t.start, t.end), []).append(t)
    drop: set[int] = set()
    for (lo, hi), ts in by_clause.items():
        at = s.start + lo
        spans = [(t.start - at, t.end - at) for t in ts]
        quiet = quiet_deaths(s.text[lo:hi], spans)
        drop.update(id(t) for t, span in zip(ts, spans, strict=True) if span in quiet)
    return [t for t in triggers if id(t) not in drop]


def _natural(text: str) -> bool:
    low = lowered(text)
    if low is None:
        return _NATURAL.search(text) is not None
    if not any(map(low.__contains__, _NATURAL_NEEDS)):
        return False
    return _NATURAL_LOWER.search(low) is not None
