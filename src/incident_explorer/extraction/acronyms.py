"""Names an article defines with an acronym: "Syrian Observatory for Human Rights (SOHR)".

Used to credit claims to the short name and to keep acronyms out of place spotting.
"""

from __future__ import annotations

from incident_explorer import compiled_re as re

_ACRONYM = re.compile(
    r"(?P<long>(?:[A-Z][\w’'-]*\s+(?:(?:for|of|the|and)\s+)*){1,8})\((?P<short>[A-Z]{2,8})\)"
)


def acronyms(text: str) -> dict[str, str]:
    """Long names defined with an acronym in the text: "... Human Rights (SOHR)" -> SOHR."""
    if "(" not in text:  # the pattern's nested repeats try every capitalised word otherwise
        return {}
    return {m["long"].strip(): m["short"] for m in _ACRONYM.finditer(text)}
