"""Actors named in a sentence (from ``data/actors.csv``), and whether they did the violence."""

from __future__ import annotations

import bisect
import csv
from dataclasses import dataclass, field
from pathlib import Path

from incident_explorer import compiled_re as re
from incident_explorer.errors import DataFileError
from incident_explorer.extraction.folding import holds, lowered, sensitive, word_key
from incident_explorer.frozen import fast_init

# "air raids by government forces" (an event word shortly before "by"), not "guarded by the police"
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "Taliban fighters killed ...", "Government forces shelled ...": the actor just before an event word
_SUBJECT_GAP = re.compile(r"^[\s”\"’']*(?:\w+\s+){0,2}$")
_RESPONSIBLE = re.compile(
    r"\b(?:carried out|claimed|launched|conducted|behind|responsible for|perpetrated|staged)\b", re.I
)

_RESPONSIBLE_LOWER = sensitive(_RESPONSIBLE)
_RESPONSIBLE_WORDS = (
    "carried out",
    "claimed",
    "launched",
    "conducted",
    "behind",
    "responsible",
    "perpetrated",
    "staged",
)  # one of which each match holds


@fast_init
@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: str
    kind: str
    responsible: bool  # named as doing the violence: "by X", "X carried out"


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """Actor names and aliases from ``data/actors.csv``, matched longest alias first."""

    words: re.Pattern[str] | None  # aliases in any case
    acronyms: re.Pattern[str] | None  # "IS", "HTS": only in capitals
    by_alias: dict[str, tuple[str, str]]  # lower-cased alias -> (actor, kind)
    countries: dict[str, tuple[str, ...]] = field(default_factory=dict)  # actor -> where it fights
    words_lower: re.Pattern[str] | None = None  # ``words`` for lower-cased text (folding.py)
    acronym_words: tuple[str, ...] = ()  # what ``acronyms`` matches: one of them is in the text
    # The last text `country_votes` read and its (alias, acronym) spans: its sentences' actors
    # are read from them instead of scanning each sentence again (see `_spans_in`).
    _last: list[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]] = field(
        default_factory=list, compare=False, repr=False
    )

    @classmethod
    def load(cls, path: Path) -> ActorLexicon:
        if not path.exists():
            return cls(None, None, {}, {})
        try:
            rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
        except (OSError, UnicodeDecodeError) as exc:
            raise DataFileError(f"{path}: cannot read the actor list ({exc}); save it as UTF-8 CSV") from exc
        by_alias: dict[str, tuple[str, str]] = {}
        countries: dict[str, tuple[str, ...]] = {}
        for row_no, row in enumerate(rows, start=2):
            actor = (row.get("actor") or "").strip()
            if not actor:
                raise DataFileError(f"{path} row {row_no}, column actor: empty; name the actor")
            codes = tuple(c.strip().upper() for c in (row.get("countries") or "").split("|") if c.strip())
            if any(len(c) != 2 or not c.isalpha() for c in codes):
                raise DataFileError(f"{path} row {row_no}, column countries: use ISO codes like SY|IQ")
            countries[actor] = codes
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
        by_lower = {a.lower(): v for a, v in by_alias.items()}
        any_case = union([a.lower() for a in words], re.I)
        return cls(
            any_case,
            union(acronyms, 0),
            by_lower,
            countries,
            sensitive(any_case) if any_case is not None and all(lowered(a) for a in words) else None,
            tuple(acronyms),
        )

    def _matches(self, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Spans of aliases in any case, and of acronyms in capitals (read the words from ``text``)."""
        low = lowered(text) if self.words_lower is not None else None
        aliases: list[tuple[int, int]] = []
        if low is not None and self.words_lower is not None:
            aliases = [m.span() for m in self.words_lower.finditer(low)]
        elif self.words is not None:
            aliases = [m.span() for m in self.words.finditer(text)]
        acronyms: list[tuple[int, int]] = []
        if self.acronyms is not None and any(map(text.__contains__, self.acronym_words)):
            # a few substring tests: the pattern, tried at every position, costs more
            acronyms = [m.span() for m in self.acronyms.finditer(text)]
        return aliases, acronyms

    def _spans_in(self, sentence: str, offset: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """`_matches` of a sentence of the text `country_votes` read last, from its spans: the
        same matches when the sentence lies at ``offset`` in it, is bounded by no word character
        or hyphen (what the patterns look at around a name) and no span crosses its ends (the
        text's patterns were then tried at the same positions over the same characters)."""
        last = next(iter(self._last), None)  # another thread may be replacing it
        end = offset + len(sentence)
        if (
            last is None
            or last[0][offset:end] != sentence
            or (offset > 0 and _joins(last[0][offset - 1]))
            or (end < len(last[0]) and _joins(last[0][end]))
        ):
            return self._matches(sentence)
        out: list[list[tuple[int, int]]] = []
        for spans in (last[1], last[2]):
            i = bisect.bisect_left(spans, (offset, -1))
            if i > 0 and spans[i - 1][1] > offset:
                return self._matches(sentence)
            inside = []
            while i < len(spans) and spans[i][0] < end:
                if spans[i][1] > end:
                    return self._matches(sentence)
                inside.append((spans[i][0] - offset, spans[i][1] - offset))
                i += 1
            out.append(inside)
        return out[0], out[1]

    def country_votes(self, text: str) -> dict[str, float]:
        """Countries the text's actors fight in ("the SDF": SY), one vote per actor named."""
        votes: dict[str, float] = {}
        aliases, acronyms = self._matches(text)
        # a sentence of it is read with the same pattern (folding.py) only when the text lower-cases
        self._last[:] = [(text, aliases, acronyms)] if self.words_lower is None or lowered(text) else []
        named = {self.by_alias[word_key(text[a:b])][0] for a, b in (*aliases, *acronyms)}
        for actor in named:
            for cc in self.countries.get(actor, ()):
                votes[cc] = votes.get(cc, 0.0) + 1 / len(self.countries[actor])
        return votes

    @property
    def names(self) -> frozenset[str]:
        """Every alias (lower case): names of actors, not of places ("Hamas", "Taliban")."""
        return frozenset(self.by_alias)

    def find(
        self, sentence: str, offset: int, events: tuple[tuple[int, int], ...] = ()
    ) -> list[ActorMention]:
        """Actors in a sentence; ``events`` are the (start, end) of its event words, sentence-relative."""
        found: list[ActorMention] = []
        taken: list[tuple[int, int]] = []
        low = lowered(sentence)
        responsible_clause = bool(
            _RESPONSIBLE.search(sentence)
            if low is None
            else holds(low, _RESPONSIBLE_WORDS) and _RESPONSIBLE_LOWER.search(low)
        )
        aliases, acronyms = self._spans_in(sentence, offset)
        for start, end in (*aliases, *acronyms):
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            text = sentence[start:end]
            actor, kind = self.by_alias[word_key(text)]
            by = _did_it(sentence, start, end, events)
            found.append(
                ActorMention(start + offset, end + offset, text, actor, kind, by or responsible_clause)
            )
        return sorted(found, key=lambda a: a.start)


def _joins(char: str) -> bool:
    """A character the patterns' lookarounds refuse next to a name: a word character or hyphen."""
    return char.isalnum() or char in "_-"


def _did_it(sentence: str, start: int, end: int, events: tuple[tuple[int, int], ...]) -> bool:
    """An actor named as the agent of an event word: "strikes by X" or "X shelled"."""
    if (by := _BY.search(sentence[:start])) and any(0 <= by.start() - e <= 30 for _, e in events):
        return True
    return any(s >= end and _SUBJECT_GAP.match(sentence[end:s]) for s, _ in events)
