"""Sentences and words with character offsets, and what kind of paragraph a sentence is in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from incident_explorer import compiled_re as re
from incident_explorer.frozen import fast_init

_WORD = re.compile(r"[\w\u0600-\u06ff]+(?:[’'\-‐][\w\u0600-\u06ff]+)*")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9\u0600-\u06ff])")
# Words written with a full stop that rarely end a sentence: titles and ranks, months, and the
# short forms of place words that begin names ("Ft. Worth", "Mt. Pleasant", "Pt. Pleasant").
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen brig col lt maj capt sgt cpl pvt adm det insp supt st ft mt pt jr sr no vs "
    "etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n prof gov sen rep rev".split()
)
# a wire agency in brackets and a dash after a dateline ("ERIE, Pa. (AP) —", "ST. PAUL, Minn.
# (Reuters) -"): the short form before it ends the dateline, not a sentence
_AGENCY_DASH = re.compile(r"\([A-Z][\w.&/-]*(?:\s+[A-Z][\w.&/-]*){0,3}\)\s*(?:—|–|--|-)\s")
_RELATED = re.compile(r"^\s*(read more|related|watch|see also|read also|more on this|listen)\s*[:\-–]", re.I)
_TERMINAL = re.compile(r"[.!?\"”’:;)]\s*$")
# capitals with full stops ("N.C.", "J.R."): a state's short form, or a person's initials; not a
# compass point before a town's name ("Fire damages N.W. Rochester house")
_DOTTED_END = re.compile(r"(?<![\w.])(?!(?:[NS]\.[EW]\.)$)(?:[A-Z]\.){2,}$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w’'-]*)")


@fast_init
@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str


@fast_init
@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    heading: bool  # a short line without closing punctuation inside the text: a heading or caption
    related: bool  # "READ MORE: ..." and the like: another article's headline

    @property
    def reportable(self) -> bool:
        """False for headings and links to other articles: they report no incident here."""
        return not (self.heading or self.related)


def words(text: str, offset: int = 0) -> list[Word]:
    return [Word(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]


def _ends_with_abbreviation(chunk: str) -> bool:
    tail = chunk.rstrip('"”’)]').rstrip(".!?")
    parts = tail.rsplit(None, 1)  # the last word only: no list of every word of the chunk
    last = parts[-1] if parts else ""
    last = last.lstrip('("“‘').lower()
    return last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())


def initials(text: str, end: int, is_name: Callable[[str], bool]) -> bool:
    """The dotted capitals ending at ``end`` are a person's initials: the word after them is a
    name ("in Jos, N.C. Okafor said", "spokesman A.B. Musa said"), which ``is_name`` tells from
    the first word of a sentence ("in Durham, N.C. The police said"). Initials end no sentence
    and name no state; the splitter and the spotter's dotted states ask this alike."""
    # the search walks the text from its start; most ends asked are no "X.Y." (a capital between
    # two full stops just before ``end``, or before a line's end there): those need no search
    stop = end - 1 if text.endswith("\n", 0, end) else end
    if stop < 4 or text[stop - 1] != "." or text[stop - 3] != "." or not "A" <= text[stop - 2] <= "Z":
        return False
    if not _DOTTED_END.search(text, 0, end):
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and is_name(m.group(1))


def closed(line: str) -> bool:
    """The line ends as a sentence does (a full stop, a quote, a colon): no headline or heading."""
    return _TERMINAL.search(line) is not None


def is_headline(sentence: Sentence) -> bool:
    """The text's first sentence is a headline when it does not end as a sentence does: a line
    with no full stop is its paragraph whole ("Car bomb kills six in X"); one that ends as a
    sentence does is a lead of its own ("Gunmen killed three in X, police said."), whatever
    follows it. Roles, the headline's day and the headline's name for its lead's place ask this."""
    return sentence.index == 0 and not closed(sentence.text)


def has_headline(sents: Sequence[Sentence]) -> bool:
    """The text opens with a headline (`is_headline`) and tells more after it."""
    return len(sents) >= 2 and is_headline(sents[0])


def sentences(text: str, is_name: Callable[[str], bool] | None = None) -> list[Sentence]:
    """``is_name``: whether a capitalised word is a name (`initials`); without it dotted capitals
    before any capitalised word may end a sentence."""
    out: list[Sentence] = []
    pos = 0
    for para_no, para in enumerate(text.split("\n")):
        para_start = pos
        pos += len(para) + 1
        if not para.strip():
            continue
        # The text's first line, punctuated or not, is its headline or lead: it reports.
        heading = bool(out) and not closed(para) and len(para.split()) <= 20
        related = bool(_RELATED.match(para))
        cut = 0
        pieces: list[tuple[int, int]] = []
        for m in _BOUNDARY.finditer(para):
            if (
                _ends_with_abbreviation(para[cut : m.start()])
                or _AGENCY_DASH.match(para, m.end())
                or (is_name is not None and initials(para, m.start(), is_name))
            ):
                continue
            pieces.append((cut, m.start()))
            cut = m.end()
        pieces.append((cut, len(para)))
        for a, b in pieces:
            chunk = para[a:b]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if not chunk:
                continue
            start = para_start + a + lead
            out.append(Sentence(len(out), start, start + len(chunk), chunk, para_no, heading, related))
    return out
