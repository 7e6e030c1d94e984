"""Event words mapped onto ACLED's typology."""

from __future__ import annotations

import re
from dataclasses import dataclass

EXPLOSIONS = "Explosions/Remote violence"
BATTLES = "Battles"
VIOLENCE_CIVILIANS = "Violence against civilians"

# (event_type, sub_event_type, specific?, pattern). Specific words fix the type of an incident;
# generic ones ("attack", "bombing") join whatever incident they refer to.
_TRIGGERS: list[tuple[str, str, bool, str]] = [
    (
        EXPLOSIONS,
        "Suicide bomb",
        True,
        r"suicide (?:car )?(?:attacks?|bomb(?:s|ings?|ers?)?|blasts?|vests?|attackers?)|"
        r"blew (?:themselves|himself|herself) up|explosive vests?|detonat\w+ (?:his|her|their) vests?",
    ),
    (
        EXPLOSIONS,
        "Air/drone strike",
        True,
        r"air ?(?:raids?|strikes?|attacks?)|airstrikes?|drone (?:strikes?|attacks?)|warplanes?|"
        r"barrel bombs?|bombard\w*|aerial (?:bombardment|attacks?)",
    ),
    (
        EXPLOSIONS,
        "Shelling/artillery/missile attack",
        True,
        r"shell(?:ing|ed|s)?|artillery|mortars?|rockets?|missiles?",
    ),
    (
        EXPLOSIONS,
        "Remote explosive/landmine/IED",
        True,
        r"car bombs?|roadside bombs?|IEDs?|improvised explosive devices?|landmines?|mines?",
    ),
    (
        EXPLOSIONS,
        "Remote explosive/landmine/IED",
        False,
        r"explosions?|blasts?|bombings?|bombs?|bombed|bombing|detonat\w+",
    ),
    (
        BATTLES,
        "Armed clash",
        True,
        r"clash(?:es|ed)?|gun ?battles?|firefights?|fighting|fought|gunfight|exchanges? of fire",
    ),
    (VIOLENCE_CIVILIANS, "Attack", True, r"massacres?|massacred|shot dead|executed|executions?|stabbed"),
    (VIOLENCE_CIVILIANS, "Abduction/forced disappearance", True, r"abduct\w*|kidnap\w*"),
    (VIOLENCE_CIVILIANS, "Attack", False, r"attacks?|attacked|assaults?|assailants?|attackers?|violence"),
]
# One alternation, specific words first: at any position the first alternative that matches
# wins, and matches never overlap ("suicide attacks" is one suicide bomb, not also an attack).
_ONE = re.compile("|".join(rf"(?P<t{i}>\b(?:{t[3]})\b)" for i, t in enumerate(_TRIGGERS)), re.I)
_BACKGROUND = re.compile(
    r"(?<!to )\b(?:has|have)\s+(?:\w+\s+)?(?:seen|fought|been|suffered|witnessed|waged|killed)\b", re.I
)
ANY_TRIGGER = "|".join(f"(?:{pattern})" for *_, pattern in _TRIGGERS)


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    event_type: str
    sub_event_type: str
    specific: bool


def find_triggers(sentence: str, offset: int) -> list[Trigger]:
    found: list[Trigger] = []
    for m in _ONE.finditer(sentence):
        assert m.lastgroup is not None
        etype, sub, specific, _ = _TRIGGERS[int(m.lastgroup[1:])]
        found.append(Trigger(m.start() + offset, m.end() + offset, m.group(), etype, sub, specific))
    return found


def is_background(sentence: str) -> bool:
    """Present-perfect summaries of the past ("has seen repeated bombings") are not incidents."""
    return bool(_BACKGROUND.search(sentence))
