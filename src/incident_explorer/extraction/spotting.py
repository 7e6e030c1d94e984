"""Place mentions in article text: spotting, and the role each one plays.

Spotting: runs of capitalised words ("Khan Sheikhoun", "al-Waer", Arabic script) that the
gazetteer knows by exactly that name. Runs that name an organisation ("Syrian Observatory for
Human Rights", "Free Syrian Army") or a person ("Rami Abdel Rahman") are not places: a
multi-word run counts only if the whole run is a place name. Stop-words that GeoNames happens
to know as places ("Said", "Police", "May") are skipped.

Roles (DESIGN.md): ``event`` where an incident happened; ``mentioned`` named but nothing
happened there; ``dateline`` where the report was filed from; ``origin`` where a person or
organisation is from or based.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from incident_explorer.extraction.sentences import Sentence, Word, words
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.place import Feature
from incident_explorer.places.spelling import normalise

EVENT, MENTIONED, DATELINE, ORIGIN = "event", "mentioned", "dateline", "origin"

_STOP = frozenset(
    """said says police may march can story big front human branch will mark long grand new
    north south east west central northern southern eastern western today tomorrow monday tuesday
    wednesday thursday friday saturday sunday january february april june july august september
    october november december president general brigadier colonel major captain minister
    governor mayor prime army state national republic union government council city town
    village province district source sources news reuters afp ap un eu nato tv read more
    inside watch god allah mosque hospital university school church street square road
    according since like both double every parties targeting kind hope victory liberty levant
    a an the and but or nor so yet for of in on at to by with from into over under after before
    as if when while where who whom whose which what why how that this these those there here
    then than though although because unless until i we you he she it they me us him her them
    my our your his its their mine ours yours is am are was were be been being has have had do
    does did not no yes all any some many much more most few other another such each either
    neither one two three four five six seven eight nine ten first second third last next
    also only even just still again ever never always often soon now later early late out up
    down off about above below between among against during without within through across
    around near far well very too can could would should shall might must let please thank
    thanks dear sir madam mr mrs ms dr st saint air forces shelling fighting officials witnesses
    residents activists rescuers monitors people civilians security military""".split()
)
_ORG_WORDS = frozenset(
    """observatory society army front forces force council committee organisation organization
    ministry agency tv television radio news times post party brigade brigades movement alliance
    coalition union university hospital institute foundation network group company corporation
    bank court police guard guards office branch state security intelligence commission
    federation association league mission program programme fund department service services
    channel press center centre""".split()
)
_CONNECTORS = frozenset(
    {"of", "for", "and", "the", "de", "al", "el", "bin", "ibn", "abu", "ash", "as", "ad", "ar", "az"}
)
_ARTICLE_TOKEN = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ed|ez|es)[-‐][A-Z\u0600-\u06ff]")
_POSSESSIVE = re.compile(r"[’']s?$")
_BASED_SUFFIX = re.compile(r"[-‐]based$", re.I)
_KIND_AFTER = re.compile(
    r"^\s*(?:and\s+[\w’'-]+\s+)?(?P<kind>neighbourhoods?|neighborhoods?|districts?|quarters?|suburbs?|"
    r"province|governorate|region|city|town|village|camp|enclave)\b",
    re.I,
)
_NON_EVENT_NOUNS = (
    r"talks|conference|negotiations?|meeting|summit|round|interview|process|message|delegation|"
    r"sidelines|envoy|embassy|consulate|office|headquarters|based|exile|visit|trip|flight|speech|"
    r"session|forum|court|trial|ceasefire|truce|agreement|deal"
)
_NON_EVENT = re.compile(
    rf"\b(?:{_NON_EVENT_NOUNS})\b(?:\s+[\w’'-]+){{0,3}}\s+(?:in|at|to|from|of|for)\s+(?:the\s+)?$", re.I
)
_NON_EVENT_BEFORE = re.compile(
    rf"^\s*(?:{_NON_EVENT_NOUNS}|process|talks|border|government|officials?)\b", re.I
)
_OFFICE_OF = re.compile(
    r"\b(?:governor|mayor|minister|ministry|envoy|ambassador|president|head|chief|director|"
    r"spokesman|spokeswoman|spokesperson|representative|delegation|people)\s+(?:of|for|to|from)\s+(?:the\s+)?$",
    re.I,
)
_REPORTING_FROM = re.compile(r"\b(?:reporting|speaking|writing|reports|reported)\s+from\b", re.I)
_BASED = re.compile(r"^[-‐]?based\b|^\s*-\s*based\b", re.I)
_BASED_IN = re.compile(r"\bbased\s+in\s+(?:the\s+)?$", re.I)
_FROM_PERSON = re.compile(r"\b(?:a|an|the)\s+[\w-]+\s+from\s+$|\bnative of\s+$|\bborn in\s+$", re.I)
_APPOSITIVE_OF = re.compile(r"^\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}(?:of|in)\s+(?:the\s+)?$", re.I)
_ACROSS_COUNTRY = re.compile(
    r"\b(?:across|throughout|around|all over)\s+the\s+country\b|\bnationwide\b", re.I
)


@dataclass(frozen=True, slots=True)
class Spot:
    """A run of text that names a gazetteer place, before roles and geocoding."""

    start: int
    end: int
    text: str
    sentence: int
    feature_hint: frozenset[Feature]


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    reason: str
    parent: str = ""  # a place this one lies in, named in the same phrase


_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f\u1e00-\u1eff\u0600-\u06ff"
_CAP_WORD = (
    rf"(?:(?:al|el|ad|an|ar|as|ash|at|az|ed|ez|es)[-‐])?[{_UPPER}][\w\u0600-\u06ff]*"
    rf"(?:[’'\-‐][\w\u0600-\u06ff]+)*"
)
_GAP = r"[ \t\u00a0]+"
# A run of capitalised words, possibly joined by connectors: "Observatory for Human Rights".
_RUN = re.compile(
    rf"(?<![\w’'-]){_CAP_WORD}(?:{_GAP}(?:(?:{'|'.join(sorted(_CONNECTORS))}){_GAP})?{_CAP_WORD})*"
)


def _runs(sentence: Sentence) -> list[list[Word]]:
    """Maximal runs of capitalised words; a possessive ("Al Jazeera's") ends a run."""
    runs: list[list[Word]] = []
    for m in _RUN.finditer(sentence.text):
        run: list[Word] = []
        for w in words(m.group(), sentence.start + m.start()):
            run.append(w)
            if w.text.endswith(("’s", "'s")):
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs


def _strip_possessive(word: Word) -> Word:
    m = _POSSESSIVE.search(word.text)
    if m and len(word.text) > 3:
        return Word(word.start, word.start + m.start(), word.text[: m.start()])
    return word


class Spotter:
    def __init__(self, gazetteer: Gazetteer, *, exclude: frozenset[str] = frozenset()) -> None:
        self.gazetteer = gazetteer
        self.exclude = frozenset(normalise(e) for e in exclude if e)
        country_keys: set[str] = set()
        for keys in gazetteer.country_keys.values():
            country_keys |= keys
        self._country_keys = frozenset(country_keys)

    def _known(self, text: str) -> bool:
        key = normalise(text)
        return bool(key) and key not in self.exclude and bool(self.gazetteer.exact(key))

    def spot(self, sentence: Sentence) -> list[Spot]:
        out: list[Spot] = []
        for run in _runs(sentence):
            out.extend(self._spot_run(sentence, run))
        return out

    def _spot_run(self, sentence: Sentence, run: list[Word]) -> list[Spot]:
        run = run[:-1] + [_strip_possessive(run[-1])]
        while run and run[0].text.lower() in ("the", "a", "an"):
            run = run[1:]
        if not run:
            return []
        based = [i for i, w in enumerate(run) if _BASED_SUFFIX.search(w.text)]
        if based:
            # "The UK-based Syrian Observatory ...": the base is a place, the rest an organisation.
            i = based[0]
            head = self._single(sentence, run[i])
            rest = run[i + 1 :]
            return head + (self._spot_run(sentence, rest) if rest else [])
        lowered = [w.text.lower() for w in run]
        if any(w in _ORG_WORDS for w in lowered) and len(run) > 1:
            return []
        text = sentence.text[run[0].start - sentence.start : run[-1].end - sentence.start]
        if len(run) == 1:
            return self._single(sentence, run[0])
        if self._known(text):
            return [self._make(sentence, run[0].start, run[-1].end, text)]
        # "Ghouta and Mahatta": a list of places; anything else is a person or organisation.
        if "and" in lowered:
            parts: list[list[Word]] = [[]]
            for w in run:
                if w.text.lower() == "and":
                    parts.append([])
                else:
                    parts[-1].append(w)
            found: list[Spot] = []
            for part in parts:
                if len(part) == 1:
                    found.extend(self._single(sentence, part[0]))
                elif part:
                    sub = sentence.text[part[0].start - sentence.start : part[-1].end - sentence.start]
                    if self._known(sub):
                        found.append(self._make(sentence, part[0].start, part[-1].end, sub))
            return found
        return []

    def _single(self, sentence: Sentence, word: Word) -> list[Spot]:
        word = _strip_possessive(word)
        text = word.text
        if _BASED_SUFFIX.search(text):
            text = _BASED_SUFFIX.sub("", text)
            word = Word(word.start, word.start + len(text), text)
        if "-" in text and not _ARTICLE_TOKEN.match(text) and not self._known(text):
            # "Turkey-Syria border": two places joined by a hyphen
            found = []
            pos = word.start
            for part in text.split("-"):
                if part and part[0].isupper():
                    found.extend(self._single(sentence, Word(pos, pos + len(part), part)))
                pos += len(part) + 1
            return found
        low = text.lower()
        if low in _STOP or normalise(text) in self.exclude:
            return []
        if text.isupper() and len(text) > 1 and normalise(text) not in self._country_keys:
            return []  # acronyms: SOHR, AFP, ISIL; but UK, US are countries
        if not self._known(text):
            return []
        if word.start == sentence.start and not self._salient(text):
            return []  # "Air strikes hit ...": a capital that only starts the sentence
        return [self._make(sentence, word.start, word.end, text)]

    def _salient(self, text: str) -> bool:
        """A sentence-initial word counts as a place only if it is a well-known one's own name."""
        for hit in self.gazetteer.exact(normalise(text)):
            p = self.gazetteer.place(hit.place_id).place
            if hit.kind == 0 and (p.feature != Feature.CITY or p.population >= 10_000):
                return True
        return False

    def _make(self, sentence: Sentence, start: int, end: int, text: str) -> Spot:
        after = sentence.text[end - sentence.start :]
        hint: frozenset[Feature] = frozenset()
        if m := _KIND_AFTER.match(after):
            kind = m["kind"].lower().rstrip("s")
            if kind in ("neighbourhood", "neighborhood", "quarter", "suburb", "district"):
                hint = frozenset({Feature.NEIGHBOURHOOD, Feature.ADMIN3})
            elif kind in ("province", "governorate", "region"):
                hint = frozenset({Feature.ADMIN1, Feature.REGION})
            elif kind in ("city", "town", "village", "camp", "enclave"):
                hint = frozenset({Feature.CITY, Feature.NEIGHBOURHOOD})
        if text.isupper() and len(text) <= 4:
            hint = frozenset({Feature.COUNTRY})  # the only acronyms we take for places: UK, US, UAE
        return Spot(start, end, text, sentence.index, hint)


def role_of(spot: Spot, sentence: Sentence, has_event: bool, spots: list[Spot]) -> Role:
    """The role of one place mention, from the words around it, with the reason."""
    before = sentence.text[: spot.start - sentence.start]
    after = sentence.text[spot.end - sentence.start :]
    if sentence.related:
        return Role(MENTIONED, "in a link to another article")
    if sentence.heading:
        return Role(MENTIONED, "in a heading or caption")
    if _BASED.match(after) or _BASED_IN.search(before):
        return Role(ORIGIN, f"'{spot.text}-based': where an organisation is based")
    clause = before.rsplit(",", 1)[-1]
    if _REPORTING_FROM.search(clause):
        return Role(DATELINE, "where the reporter is: 'reporting from'")
    if _OFFICE_OF.search(before):
        return Role(ORIGIN, "the area of an office or person ('governor of ...')")
    if _FROM_PERSON.search(before):
        return Role(ORIGIN, "where a person is from")
    if _NON_EVENT.search(before) or (not _LOCATIVE_BEFORE.search(before) and _NON_EVENT_BEFORE.match(after)):
        return Role(MENTIONED, "place of talks, meetings or other non-violent business")
    if re.match(r"^\s*toll\b", after, re.I):
        return Role(MENTIONED, "names the place a casualty toll is for")
    # "Syria's government-held city of Homs": Syria only encloses the next place.
    later = [s for s in spots if s.sentence == spot.sentence and s.start > spot.end]
    if later and after[:2] in ("’s", "'s"):
        gap = sentence.text[spot.end - sentence.start : later[0].start - sentence.start]
        if len(gap.split()) <= 6 and "," not in gap:
            return Role(MENTIONED, f"encloses {later[0].text}")
    earlier = [s for s in spots if s.sentence == spot.sentence and s.end < spot.start]
    if earlier:
        gap = sentence.text[earlier[-1].end - sentence.start : spot.start - sentence.start]
        if _APPOSITIVE_OF.match(gap):
            return Role(MENTIONED, f"encloses {earlier[-1].text}")
    if has_event:
        return Role(EVENT, "in a sentence reporting violence")
    return Role(MENTIONED, "no incident reported there")


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside|on)\s+(?:the\s+)?$", re.I)


def parent_of(spot: Spot, sentence: Sentence, spots: list[Spot]) -> str:
    """A place named as enclosing this one in the same phrase, for the geocoder's parent clue."""
    later = [s for s in spots if s.sentence == spot.sentence and s.start >= spot.end]
    if later:
        gap = sentence.text[spot.end - sentence.start : later[0].start - sentence.start]
        if _APPOSITIVE_OF.match(gap) or re.match(r"^\s*(?:neighbourhoods?|district|quarter)\s+of\s+$", gap):
            return later[0].text
    earlier = [s for s in spots if s.sentence == spot.sentence and s.end <= spot.start]
    if earlier:
        prev = earlier[-1]
        gap = sentence.text[prev.end - sentence.start : spot.start - sentence.start]
        if re.match(r"^[’']s?\s", gap) and len(gap.split()) <= 6 and "," not in gap:
            return prev.text
    return ""


def aggregate_span(sentence: Sentence) -> re.Match[str] | None:
    """'across the country', 'nationwide': a country-wide total, not a place."""
    return _ACROSS_COUNTRY.search(sentence.text)
