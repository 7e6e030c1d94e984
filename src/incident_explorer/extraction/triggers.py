"""Event words mapped onto ACLED's typology, and the actors named as responsible."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from incident_explorer.errors import DataFileError

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
_ANY_TRIGGER = "|".join(f"(?:{pattern})" for *_, pattern in _TRIGGERS)
# "air raids by government forces", but not "guarded by the state police"
_BY_AFTER_TRIGGER = re.compile(
    rf"\b(?:{_ANY_TRIGGER})\W+(?:\w+\W+){{0,3}}?by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$", re.I
)
_RESPONSIBLE = re.compile(
    r"\b(?:carried out|claimed|launched|conducted|behind|responsible for|perpetrated|staged)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    event_type: str
    sub_event_type: str
    specific: bool


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: str
    kind: str
    responsible: bool  # named as doing the violence: "by X", "X carried out"


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


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """Actor names and aliases from ``data/actors.csv``, matched longest alias first."""

    words: re.Pattern[str] | None  # aliases in any case
    acronyms: re.Pattern[str] | None  # "IS", "HTS": only in capitals
    by_alias: dict[str, tuple[str, str]]  # lower-cased alias -> (actor, kind)

    @classmethod
    def load(cls, path: Path) -> ActorLexicon:
        if not path.exists():
            return cls(None, None, {})
        try:
            rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(f"{path}: cannot read the actor list ({exc}); save it as UTF-8 CSV") from exc
        by_alias: dict[str, tuple[str, str]] = {}
        for row_no, row in enumerate(rows, start=2):
            actor = (row.get("actor") or "").strip()
            if not actor:
                raise DataFileError(f"{path} row {row_no}, column actor: empty; name the actor")
            for alias in (row.get("aliases") or actor).split("|"):
                if alias.strip():
                    by_alias.setdefault(alias.strip(), (actor, (row.get("kind") or "").strip()))

        def union(aliases: list[str], flags: int) -> re.Pattern[str] | None:
            if not aliases:
                return None
            body = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
            return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)

        words = [a for a in by_alias if not a.isupper()]
        acronyms = [a for a in by_alias if a.isupper()]
        lowered = {a.lower(): v for a, v in by_alias.items()}
        return cls(union(words, re.I), union(acronyms, 0), lowered)

    def find(self, sentence: str, offset: int) -> list[ActorMention]:
        found: list[ActorMention] = []
        taken: list[tuple[int, int]] = []
        responsible_clause = bool(_RESPONSIBLE.search(sentence))
        for pattern in (self.words, self.acronyms):
            if pattern is None:
                continue
            for m in pattern.finditer(sentence):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                actor, kind = self.by_alias[m.group().lower()]
                by = bool(_BY_AFTER_TRIGGER.search(sentence[: m.start()]))
                found.append(
                    ActorMention(
                        m.start() + offset, m.end() + offset, m.group(), actor, kind, by or responsible_clause
                    )
                )
        return sorted(found, key=lambda a: a.start)
