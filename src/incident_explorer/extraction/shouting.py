"""A wholly upper-case sentence read in ordinary case.

"SYRIAN ARMY SHELLS RASTAN" defeats every capitalisation gate: each word looks like a name or
an acronym. Such a sentence is read as if written in sentence style — its event words and
function words in lower case, every other word capitalised ("Syrian Army shells Rastan") —
with every character where it was (offsets into the article stay valid). What is shown to the
user (mention text, evidence) is taken from the article as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from incident_explorer.extraction.results import Extraction
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.extraction.triggers import EventLexicon

_MIN_LETTERS = 8  # "UN", "US ARMY": too short to tell shouting from acronyms
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# words that stay lower case in sentence style
_FUNCTION = frozenset(
    "a an the and or but nor of in on at by to for from with without into onto near after before "
    "during since until as than that which who whom whose where when while this these those its "
    "his her their our your my is are was were be been being has have had do does did will would "
    "can could may might must shall should not no over under between against across around "
    "amid amidst among along about above below behind beyond outside inside within toward "
    "towards up down out off per via killed kill kills dead wounded injured people civilians "
    "least more than dozens several".split()
)


def shouted(text: str) -> bool:
    """Every letter upper case, and enough of them to be words rather than an acronym."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _MIN_LETTERS and all(c.isupper() for c in letters if c.lower() != c.upper())


def _same_length(text: str) -> bool:
    return all(len(c.lower()) == 1 and len(c.upper()) == 1 for c in text)


def readable(sents: list[Sentence], lexicon: EventLexicon) -> list[Sentence]:
    """Each wholly upper-case sentence in sentence style, the others as they are."""
    out = sents
    for i, s in enumerate(sents):
        if not shouted(s.text) or not _same_length(s.text):
            continue
        low = s.text.lower()
        keep_low = [False] * len(low)
        for t in lexicon.find(low, 0):
            keep_low[t.start : t.end] = [True] * (t.end - t.start)
        chars = list(low)
        for m in _WORD.finditer(low):
            if m.group() not in _FUNCTION and not keep_low[m.start()]:
                chars[m.start()] = chars[m.start()].upper()
        if out is sents:
            out = list(sents)
        out[i] = replace(s, text="".join(chars))
    return out


def as_written(extraction: Extraction, sents: list[Sentence], read: list[Sentence]) -> Extraction:
    """Mention and evidence texts as the article wrote them, where a sentence was re-cased."""
    if read is sents:
        return extraction
    body = extraction.article.text
    mentions = tuple(replace(m, text=body[m.start : m.end]) for m in extraction.mentions)
    incidents = tuple(
        replace(i, evidence=tuple(replace(e, text=body[e.start : e.end]) for e in i.evidence))
        for i in extraction.incidents
    )
    return replace(extraction, mentions=mentions, incidents=incidents)
