"""A wholly upper-case or title-case sentence read in ordinary case.

"SYRIAN ARMY SHELLS RASTAN" defeats every capitalisation gate: each word looks like a name or
an acronym; so does "Warplanes Bomb Idlib And Kill 12 Civilians" ("Kill" is an Irish village).
Such a sentence is read as if written in sentence style — its event words and function words
in lower case, every other word capitalised ("Syrian Army shells Rastan") —
with every character where it was (offsets into the article stay valid). What is shown to the
user (mention text, evidence) is taken from the article as written.
"""

from __future__ import annotations

from dataclasses import replace

from incident_explorer import compiled_re as re
from incident_explorer.extraction.results import Extraction, Incident
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
    "least more than dozens several despite "
    # headline verbs that report no event themselves: capitalised, they joined the place after
    # them into one unknown name ("Explosion Rocks Al-Bab", "Jets Pound Ghouta", "Blast Hits X")
    "rocks hits pound shakes rattles targets batters slams leaves claims says say according "
    # the count a headline updates: 'Raises the Death Toll To 275' read 'Toll' as At Tall (a
    # spelling of 'tall') and 'Douma Raises' as one unknown name that hid Douma
    "toll tolls death deaths casualties raises raise rises rise climbs climb reaches mounts "
    # a state told before a name ("Sniper Kills Barber In Besieged Madaya"): no event word after a
    # preposition or an article (data/event_words.csv), and never a word of the name after it
    "besieged".split()
)
# acronyms of wire agencies, monitors and bodies that stay in capitals in an upper-case
# sentence ("SOHR SAYS ...": the claimant is SOHR, not "Sohr"); with the actor list's acronyms
# and those the article defines in brackets elsewhere
_ACRONYMS = frozenset("sohr sana afp ap un unhcr ocha icrc msf nato isis isil".split())
_CAPITALS = re.compile(r"\(([A-Z]{2,8})\)")  # "(SOHR)"; not "BEIRUT (Reuters) -", a place


def shouted(text: str) -> bool:
    """Every letter upper case, and enough of them to be words rather than an acronym."""
    if text.isascii() and text.upper() != text:
        return False  # a lower-case letter: most sentences are told at once
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _MIN_LETTERS and all(c.isupper() for c in letters if c.lower() != c.upper())


def _same_length(text: str) -> bool:
    # no character changes case to nothing, so equal totals mean one character for each
    return len(text.lower()) == len(text) == len(text.upper())


# what a headline's event hit, capitalised in title case: a common noun when no name follows it
# ("Airstrike Hits Market In Atareb" — Marquette, Michigan, read as 'market' — "Suicide Bomber
# Kills 30 At Funeral In Jalalabad"); not "Camp Bastion", "Market Harborough"
_VENUES = frozenset(
    "market markets bazaar hotel hospital school mosque church funeral wedding checkpoint convoy bus "
    "station rally camp base depot prison jail stadium airport airbase port bridge village town city".split()
)
# common nouns that make a venue of the next one ("Rail Station", "Police Station", "Funeral
# Hall", "Army Base"), also in a chain ("Migrant Detention Centre", "Military Training Camp"):
# capitalised, the chain joined the town before it into an unknown name or an organisation
# ("Kramatorsk Rail Station", "Kharkiv Train Station") or was read as a place itself ("Migrant");
# the chain is lower case whatever follows it. Not "trade", "medical", "shopping", "world":
# "World Trade Center", "X Medical Center" are names
_VENUE_KINDS = frozenset(
    "train rail railway bus police army military air naval border refugee funeral wedding power fuel "
    "petrol gas oil water migrant migrants detention training primary secondary elementary health "
    "displacement displaced idp aid relief distribution food polling fire girls boys prayer quranic "
    "koranic maternity quarantine treatment ammunition weapons arms missile radar drone intelligence "
    "electricity thermal transit reception juvenile immigration".split()
)
_KIND_VENUES = _VENUES | frozenset(
    "hall halls plant headquarters compound barracks post outpost crossing centre center centres "
    "centers clinic clinics facility school schools shelter shelters factory warehouse depot".split()
)
# venues named after a person or a body more often than after their town ("Kennedy Elementary
# School", "Carter Health Center")
_NAMED_VENUES = frozenset("school schools centre center centres centers clinic clinics".split())
# words that open a noun phrase: in title case the word after one, last of its phrase, is a common
# noun ("Strikes A Car Near X", "Outside His Home In X", "Shell Their Camp"): capitalised, the
# gazetteer knew it as a place ("Car", "Home"); not a name that modifies a noun ("An Aleppo Suburb")
_DETERMINERS = frozenset("a an his her their its our your my".split())
# verbs of harm done to people, lower case in a title-case headline, and the word after one that
# ends its phrase, the victim ("Drone Kills Shepherd On Outskirts Of X", "Bomb Wounds Driver On
# Road ..."), never where it happened, which a preposition brings ("Kills Four In X");
# capitalised, the gazetteer knew some as places (Shepherd, Texas; Barber; "Wounds")
_HARM_VERBS = frozenset(
    """kill kills killed killing wound wounds wounding injure injures injuring abduct abducts
    abducted kidnap kidnaps kidnapped execute executes executed behead beheads beheaded shoot
    shoots shot stab stabs stabbed""".split()
)
# nouns of complex prepositions ("in search of", "in front of", "in revenge for"): capitalised in
# a headline, the gazetteer knew some as places ("Search", "Honour"); a list, not any word between
# "In" and "Of": "In Port Of Spain", "In Gulf Of Aden"
_PREPOSITION_NOUNS = frozenset(
    """search front support memory honour honor revenge retaliation response protest favour favor
    spite place charge case light violation defiance pursuit solidarity return exchange""".split()
)
_TITLE_FUNCTION = frozenset(
    "a an the and or but nor of in on at by to for from with into near after as".split()
)
# a bearing before "Of" ("Talmenes Southeast Of Maarat Al-Numan", "Kafr Batikh East Of Saraqeb")
# and the common nouns for the land around or a part of a place ("In Amuda Countryside", "The
# Farms Of Mesraba", "Hpakant Township"): capitalised in a title-case headline, each joined the
# village beside it into one unknown name that hid it; in sentence style they are lower case
_BEARINGS = frozenset(
    "north south east west northeast northwest southeast southwest northeastern northwestern "
    "southeastern southwestern".split()
)
_AREA_NOUNS = frozenset("countryside outskirts suburbs township farms orchards vicinity".split())
# ... but not a bearing after the kind of the places it locates ("Seize Three Villages North Of
# Hama", "In A Village East Of Idlib"): lowered, "Three Villages" or "Five In A Village" read as
# a name the landmark locates, and Hama, the only place given, was lost
_LOCATED_KINDS = frozenset(
    "village villages town towns city cities area areas position positions post posts checkpoint "
    "checkpoints base bases camp camps farm neighbourhood neighbourhoods neighborhood neighborhoods "
    "district districts".split()
)


# ... and the other words a house style keeps in lower case in a title-case headline: every
# preposition (Chicago: "Advance toward X", "Clashes over Y", "Raids amid Talks") and the
# particles of Arabic and European names ("al-Bab", "Deir ez-Zor", "bin", "de"): one of them
# made the whole headline read as written, every capitalised word a name ("Shelling": Selenge)
# and "al-Bab" lost
_TITLE_LOWER = _TITLE_FUNCTION | frozenset(
    """over under between against across around amid amidst among along about above below behind
    beyond outside inside within toward towards up down out off per via than vs despite during
    since until till upon onto without bin ibn bint de da del della di du van von der""".split()
)


def title_case(text: str) -> bool:
    """Every word but the small function words capitalised, four words or more: a headline."""
    content = 0
    for m in _WORD.finditer(text):  # word by word: most sentences fail at their second word
        w = m.group()
        if w.lower() in _TITLE_FUNCTION:
            continue
        if not w[0].isupper():
            if w in _TITLE_LOWER or _particle(text, m):
                continue
            return False
        content += 1
    return content >= 4


def _particle(text: str, m: re.Match[str]) -> bool:
    """A short lower-case word joined by a hyphen to a capitalised one: the article of an Arabic
    name ("al-Bab", "ez-Zor", "as-Suwayda")."""
    end = m.end()
    return m.end() - m.start() <= 3 and text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper()


def readable(sents: list[Sentence], lexicon: EventLexicon, acronyms: tuple[str, ...] = ()) -> list[Sentence]:
    """Each wholly upper-case or title-case sentence in sentence style, the others as they are.
    ``acronyms``: words that stay in capitals where the sentence writes them so (the actor
    list's "SDF", "YPG"), besides `_ACRONYMS` and those the article defines in brackets."""
    out = sents
    keep: frozenset[str] | None = None
    for i, s in enumerate(sents):
        if not _same_length(s.text):
            continue
        titled = False
        if shouted(s.text):
            low = s.text.lower()
            if keep is None:  # read once, only for an article that shouts
                keep = _ACRONYMS | {a.lower() for a in acronyms} | _written_in_capitals(sents)
        elif title_case(s.text):
            low, titled = s.text, True
        else:
            continue
        keep_low = [False] * len(low)
        for t in lexicon.find(low, 0):
            keep_low[t.start : t.end] = [True] * (t.end - t.start)
        chars = list(low)
        words = list(_WORD.finditer(low))
        venue = -1  # the venue noun after a kind of venue, already lower case
        for k, m in enumerate(words):
            w = m.group().lower()
            a, b = m.start(), m.end()
            if k <= venue:
                continue
            if keep is not None and w in keep and s.text[a:b].isupper():
                chars[a:b] = list(s.text[a:b])
            elif (
                w in _FUNCTION
                or keep_low[a]
                or (w in _VENUES and _venue(low, words, k, keep_low))
                or (titled and (w in _HARM_VERBS or _common_noun(low, words, k) or _area_word(low, words, k)))
            ):
                chars[a:b] = list(w)
            elif w in _VENUE_KINDS and (end := _kind_of_venue(low, words, k, keep_low)):
                venue = end
                chars[a : words[venue].end()] = list(low[a : words[venue].end()].lower())
            elif not (titled and low[a].islower()):  # a title's lower-case particle stays ("al-Bab")
                chars[a] = chars[a].upper()
        if out is sents:
            out = list(sents)
        out[i] = replace(s, text="".join(chars))
    return out


# venues that also end or start names ("Gaza City", "Cape Town", "Port of Spain", "Camp Bastion"):
# common nouns only after a function word, a number or an event word ("Hits Camp In X")
_NAME_HEADS = frozenset("city town village port camp base station bridge market airport".split())
_ENDS_NAMES = frozenset("city town village".split())  # "Kabul Airport", "Aden Port": the venue, lower


def _venue(text: str, words: list[re.Match[str]], k: int, keep_low: list[bool]) -> bool:
    if not _no_name_after(text, words, k):
        return False
    if words[k].group().lower() not in _NAME_HEADS:
        return True
    if k + 1 < len(words) and words[k + 1].group().lower() == "of":
        return False
    if k == 0 or words[k].group().lower() not in _ENDS_NAMES:
        return True
    prev = words[k - 1]
    w = prev.group().lower()
    return w in _FUNCTION or keep_low[prev.start()] or w.isdigit()


def _kind_of_venue(text: str, words: list[re.Match[str]], k: int, keep_low: list[bool]) -> int:
    """The index of the venue noun that ends a chain of kinds of venue from word ``k``, each one
    space on ("Rail Station Packed With ...", "Migrant Detention Centre In X"), or 0: none, or
    "of" after it ("Police Station of X" names no town before it); not "Air Force". A school or
    a centre after a name is named after it ("Kennedy Elementary School"): only after a
    function word, an event word or a number ("Shell Primary School In X")."""
    j = k + 1
    while j < len(words) and text[words[j - 1].end() : words[j].start()] == " ":
        w = words[j].group().lower()
        if w in _KIND_VENUES:
            if j + 1 < len(words) and words[j + 1].group().lower() == "of":
                return 0
            if w in _NAMED_VENUES and k > 0:
                prev = words[k - 1]
                p = prev.group().lower()
                if not (p in _FUNCTION or keep_low[prev.start()] or p.isdigit()):
                    return 0
            return j
        if w not in _VENUE_KINDS:
            return 0
        j += 1
    return 0


def _common_noun(text: str, words: list[re.Match[str]], k: int) -> bool:
    """In a title-case headline, a word after a determiner that ends its phrase ("A Car Near",
    "His Home In"), or a complex preposition's noun ("In Search Of Food", "In Revenge For"): a
    common noun; not an acronym ("An SDF Official")."""
    w = words[k].group()
    if k == 0 or (w.isupper() and len(w) > 1) or text[words[k - 1].end() : words[k].start()] != " ":
        return False
    prev = words[k - 1].group().lower()
    if prev in _DETERMINERS or prev in _HARM_VERBS:
        return _no_name_after(text, words, k)
    return (
        prev == "in"
        and w.lower() in _PREPOSITION_NOUNS
        and k + 1 < len(words)
        and words[k + 1].group().lower() in ("of", "for", "to")
        and text[words[k].end() : words[k + 1].start()] == " "
    )


def _area_word(text: str, words: list[re.Match[str]], k: int) -> bool:
    """In a title-case headline, a bearing followed by "Of" ("East Of"), or a noun for the land
    around a place ("Countryside", "Outskirts", "Township"): no part of a name. Not a word that
    opens the headline, which may be a name's ("North Of England" is rare, "Suburbs" as a
    subject rarer): only after another word."""
    w = words[k].group().lower()
    if k == 0:
        return False
    if w in _AREA_NOUNS:
        return True
    return _bearing_of(text, words, k) and words[k - 1].group().lower() not in _LOCATED_KINDS


def _bearing_of(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Word ``k`` is a bearing and "Of" follows it ("East Of")."""
    return (
        words[k].group().lower() in _BEARINGS
        and k + 1 < len(words)
        and words[k + 1].group().lower() == "of"
        and text[words[k].end() : words[k + 1].start()] == " "
    )


def _no_name_after(text: str, words: list[re.Match[str]], k: int) -> bool:
    """The word is the last of its phrase: a function word, a punctuation mark or the end next."""
    if k + 1 == len(words) or text[words[k].end() : words[k + 1].start()].strip():
        return True
    return words[k + 1].group().lower() in _FUNCTION


def _written_in_capitals(sents: list[Sentence]) -> frozenset[str]:
    """Acronyms the article defines in brackets in its ordinary sentences ("the Observatory
    (SOHR) said"), lower case."""
    return frozenset(
        m.group(1).lower() for s in sents if not shouted(s.text) for m in _CAPITALS.finditer(s.text)
    )


def as_written(extraction: Extraction, sents: list[Sentence], read: list[Sentence]) -> Extraction:
    """Mention, evidence and figure texts as the article wrote them, where a sentence was
    re-cased (claimants, queries and reasons stay as read: they are derived, not quoted)."""
    if read is sents:
        return extraction
    body = extraction.article.text
    mentions = tuple(replace(m, text=body[m.start : m.end]) for m in extraction.mentions)

    def quoted(i: Incident) -> Incident:
        return replace(
            i,
            evidence=tuple(replace(e, text=body[e.start : e.end]) for e in i.evidence),
            claims=tuple(replace(c, text=body[c.start : c.end]) for c in i.claims),
        )

    return replace(
        extraction,
        mentions=mentions,
        incidents=tuple(map(quoted, extraction.incidents)),
        recalled=tuple(map(quoted, extraction.recalled)),
    )
