"""Case-insensitive matching made fast: a pattern compiled without IGNORECASE, run over the
lower-cased text, matches where the case-insensitive one matches the text as written when
the text lower-cases letter for letter (``lowered``). Case-insensitive matching of long
alternations (month names, number words) is several times slower.
"""

from __future__ import annotations

import functools

from incident_explorer import compiled_re as re

# IGNORECASE takes these for an ASCII letter ("i", "s"), lower() does not.
_ODD = ("\u0131", "\u017f")

# Texts up to this long are kept with their lower case: the stages ask again and again for the
# same sentence and the same window before a word (four asks in five repeat one: dense reports).
_KEPT_LONGEST = 2_000


def lowered(text: str) -> str | None:
    """The text lower-cased, position for position; None when matching it case-sensitively
    could differ from matching the text case-insensitively (a letter that lower-cases to two,
    or one of ``_ODD``): then match the text as written."""
    return _kept(text) if len(text) <= _KEPT_LONGEST else _lower(text)


def _lower(text: str) -> str | None:
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and any(c in text for c in _ODD)):
        return None
    return low


_kept = functools.lru_cache(maxsize=4096)(_lower)


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern each of whose matches holds one of ``words`` (lower-case
    ASCII) may match ``text``: False only when the lower-cased text surely holds none of them (a
    substring test is a fraction of a regex search tried at every position)."""
    return holds(lowered(text), words)


def holds(low: str | None, words: tuple[str, ...]) -> bool:
    """``may_hold`` over text already lower-cased by ``lowered`` (None: unsure, so True)."""
    return low is None or any(map(low.__contains__, words))


def word_key(matched: str) -> str:
    """A matched word as the lower-case key of a word list, also when the case-insensitive
    pattern matched it through a letter lower() does not map to ASCII ("APR\u0130L", "Fr\u0131day")."""
    return matched.lower().replace("i\u0307", "i").replace("\u0131", "i").replace("\u017f", "s")


def sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without IGNORECASE, for ``lowered`` text (its literals are lower case)."""
    literals = re.sub(r"\\.|\(\?P<\w+>", "", pattern.pattern)  # escapes and group names aside
    if literals != literals.lower():
        raise ValueError(f"pattern {pattern.pattern!r} has upper-case literals; write them in lower case")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
