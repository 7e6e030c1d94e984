"""Who acts or speaks: the words after a country's name or code that name whose arms or people
act or speak, not where the text's places lie ("U.S. drones", "U.S. officials said", "UK special
forces", "U.S.-led coalition", "Iran-backed rebels").

One list for every reader of it: the geocoder (`offline.context_keys`: a code written only so
puts no country in focus), the text's names (`placing._countries_acting`) and a place's parent
(`roles.parent_of`, `unknown_places`: "near Kabul, U.S. officials said" is no Kabul in the
United States).
"""

from __future__ import annotations

from incident_explorer import compiled_re as re

# whose people or arms
_WHO = (
    r"(?:officials?|forces|troops|soldiers|military|army|navy|marines|commanders?|officers?|diplomats?|"
    r"envoys?|embassy|ambassador|sources|authorities|intelligence|spokes(?:man|woman|person)|government|"
    r"administration|defen[cs]e|coalition|drones?|jets|warplanes|aircraft|planes|air\s*strikes?|"
    r"airstrikes?|strikes?|raids?|bombers|missiles|personnel|contractors|advis[eo]rs|allies|operations?|"
    r"special\s+forces|air\s+force)\b"
)
# ... with one word before that says which of them ("U.S. military officials", "Russian-backed
# regime forces"); not any word: "U.S. health officials", "U.S. state officials" speak at home,
# and "Kabul, Afghanistan in airstrikes" names no one
_WHOSE = (
    r"(?:special|senior|top|military|government|defen[cs]e|security|peace|naval|air|ground|armed|drone|"
    r"missile|intelligence|counter-?terrorism|regime|junta)"
)
WHO_ACTS = re.compile(rf"(?:-(?:led|backed|based|funded|trained|allied)\b|\s+(?:{_WHOSE}\s+)?{_WHO})")


def written_as_code(name: str) -> bool:
    """A country written as a code ("U.S.", "UK"), not by its name: the codes news writes before
    officials or arms are of countries that act or speak abroad; a country's own name before its
    army ("Myanmar military jets bombed Muse", "near Mir Ali, Pakistan officials said") is most
    often the army or officials at home."""
    return name.replace(".", "").isupper()
