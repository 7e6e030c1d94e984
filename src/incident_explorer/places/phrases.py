"""Split a place query the way news writes it into name, parent places and a feature hint.

Handles "X, Y", "the X neighbourhood/district of Y", "Y's X", "X province/governorate",
"city of X".
"""

from __future__ import annotations

import re

from incident_explorer.places.place import Feature, ParsedQuery

_NEIGHBOURHOOD = frozenset({Feature.NEIGHBOURHOOD})
_DISTRICT = frozenset({Feature.NEIGHBOURHOOD, Feature.ADMIN2, Feature.ADMIN3})
_ADMIN1 = frozenset({Feature.ADMIN1})
_CITY = frozenset({Feature.CITY})
_REGION = frozenset({Feature.REGION, Feature.ADMIN1, Feature.ADMIN2})

# Words that name a kind of place, as news uses them, mapped to what they suggest.
_KIND_WORDS: dict[str, frozenset[Feature]] = {
    "neighbourhood": _NEIGHBOURHOOD,
    "neighborhood": _NEIGHBOURHOOD,
    "quarter": _NEIGHBOURHOOD,
    "district": _DISTRICT,
    "area": _DISTRICT | _REGION,
    "suburb": _NEIGHBOURHOOD,
    "sub-district": frozenset({Feature.ADMIN3}),
    "subdistrict": frozenset({Feature.ADMIN3}),
    "province": _ADMIN1,
    "governorate": _ADMIN1,
    "state": _ADMIN1,
    "county": frozenset({Feature.ADMIN2}),
    "region": _REGION,
    "city": _CITY,
    "town": _CITY,
    "village": _CITY,
    "country": frozenset({Feature.COUNTRY}),
}
_KIND = "|".join(sorted((re.escape(k) for k in _KIND_WORDS), key=len, reverse=True))
_KIND_OF = re.compile(rf"^(?:the\s+)?(?P<name>.+?)\s+(?P<kind>{_KIND})s?\s+of\s+(?P<parent>.+)$", re.I)
_OF_KIND = re.compile(rf"^(?:the\s+)?(?P<kind>{_KIND})\s+of\s+(?P<name>.+)$", re.I)
_NAME_KIND = re.compile(rf"^(?:the\s+)?(?P<name>.+?)\s+(?P<kind>{_KIND})$", re.I)
# "Homs's Waer" / "Homs' al-Waer"; the apostrophe must end a word, so "Wa'er" is left alone.
_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<parent>[^,’']+?)[’'](?:s\s+|\s+)(?P<name>\S.*)$", re.I)
_THE = re.compile(r"^the\s+", re.I)
_SPACE = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip(" \t\r\n.;:")


def parse_query(raw: str) -> ParsedQuery:
    """Parse one place query; the name is never empty for non-empty input."""
    text = _clean(raw)
    parts = [p for p in (_clean(p) for p in text.split(",")) if p]
    if not parts:
        return ParsedQuery(raw=raw, name="")
    head, parents = parts[0], [_THE.sub("", p) for p in parts[1:]]
    hint: frozenset[Feature] = frozenset()

    m = _KIND_OF.match(head)
    if m:
        head, hint = m["name"], _KIND_WORDS[m["kind"].lower()]
        parents.insert(0, _THE.sub("", m["parent"]))
    elif (m := _OF_KIND.match(head)) or (m := _NAME_KIND.match(head)):
        head, hint = m["name"], _KIND_WORDS[m["kind"].lower()]
    if pm := _POSSESSIVE.match(head):
        parents.insert(0, pm["parent"])
        head = pm["name"]
    head = _THE.sub("", head)
    return ParsedQuery(raw=raw, name=head, parents=tuple(parents), feature_hint=hint)
