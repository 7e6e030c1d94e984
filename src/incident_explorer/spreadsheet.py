"""CSV cells a spreadsheet will not run, and back: the OWASP guard against CSV injection.

Text starting with = + - @ (or a tab or carriage return) is written with a leading apostrophe;
numbers stay numbers (-3.5, a negative longitude, is not a formula). Our readers undo it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_GUARDED = re.compile(r"'[=+\-@\t\r]")


def guard(value: Any) -> Any:
    """The value as a CSV cell: dates in ISO form, formula-like text behind an apostrophe."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def unguard(row: dict[str, str]) -> dict[str, str]:
    """A row read from CSV with ``guard``'s apostrophes taken off again. One scan of the joined
    row decides whether a cell-by-cell look is needed: almost every row needs none."""
    joined = "".join(v for v in row.values() if isinstance(v, str))
    if "'" in joined and _GUARDED.search(joined):
        return {k: v[1:] if isinstance(v, str) and _GUARDED.match(v) else v for k, v in row.items()}
    return row


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip() == text and text[-1:].isdigit()  # not "-inf", "+nan" or "-1e5 "
