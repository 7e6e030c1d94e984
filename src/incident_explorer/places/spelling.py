"""Name keys that make the spellings of news, GeoNames and OCHA meet.

Two keys per name:
- ``normalise``: case, diacritics, apostrophes and ayn/hamza marks, Arabic articles (al-, el-,
  ad-, ash-, ez- ...), Arabic-script letter variants. "Ḩimş" and "hims" meet; "al-Waer" and
  "Wa'er" meet.
- ``skeleton``: a coarser transliteration key (vowels after the first letter dropped, doubled
  letters collapsed, h after a consonant dropped, -eh/-ah endings folded, the w of aw before a
  consonant dropped: "Shawmariyah" = "Shomriyeh") so that "Sheikhoun"
  meets "Shaykhun" and "Ghouta" meets "Ghota". It over-merges by design; the geocoder scores a
  skeleton match below an exact one and checks similarity.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Apostrophe-like marks: transliterated ayn and hamza vanish ("Wa'er" = "Waer", "Ma‘arrat").
_APOSTROPHES = "'’‘ʼʻʿʾ`´′ˈ"
# Letters NFKD does not decompose.
_LATIN_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "þ": "th",
        "ħ": "h",
        "ŧ": "t",
    }
)
# Arabic-script letter variants that spellings mix freely.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": "",
        "ک": "ك",
        "ی": "ي",
    }
)
_REMOVE = str.maketrans("", "", _APOSTROPHES)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_ARTICLES = frozenset(
    [
        "al",
        "el",
        "il",
        "ul",
        "ad",
        "ed",
        "ar",
        "er",
        "as",
        "es",
        "ash",
        "esh",
        "at",
        "et",
        "az",
        "ez",
        "an",
        "en",
        "ath",
        "adh",
        "dh",
    ]
)
_ARABIC_ARTICLE = "ال"
# Scripts we index: Latin (with digits) and Arabic. Other scripts are left out of the index
# to keep it small; see README.
_SUPPORTED = re.compile(r"^[\sa-z0-9\u0600-\u06ff]*$")


def fold(text: str) -> str:
    """Lower-case, strip diacritics and apostrophes; punctuation becomes single spaces."""
    if text.isascii():  # the common case: nothing to decompose
        return _NON_WORD.sub(" ", text.lower().translate(_REMOVE)).replace("_", " ").strip()
    text = unicodedata.normalize("NFKD", text.casefold()).translate(_LATIN_FOLD)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_REMOVE).translate(_ARABIC_FOLD)
    return _NON_WORD.sub(" ", text).replace("_", " ").strip()


def _strip_articles(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for i, tok in enumerate(tokens):
        # "al" alone, or as the last word, is a name ("Al" in Arabic script is a prefix).
        if tok in _ARTICLES and i + 1 < len(tokens):
            continue
        if tok.startswith(_ARABIC_ARTICLE) and len(tok) > 3:
            tok = tok[2:]
        out.append(tok)
    return out


def normalise(text: str) -> str:
    """The exact-match key: ``normalise("al-Waer") == normalise("Wa'er") == "waer"``."""
    if len(text) <= _KEPT_LENGTH:
        return _normalise_name(text)
    return " ".join(_strip_articles(fold(text).split()))


# Spotting, placing and the geocoder ask for the keys of the same names again and again (a
# name's key ~10 times per article, and the same names article after article): names are kept,
# not longer texts.
_KEPT_LENGTH = 64


@functools.lru_cache(maxsize=50_000)  # ~15 MB at most
def _normalise_name(text: str) -> str:
    if text.isascii() and text.replace(" ", "").isalnum():
        # letters, digits and spaces only (half of all names): fold would only lower the case
        return " ".join(_strip_articles(text.lower().split()))
    return " ".join(_strip_articles(fold(text).split()))


def is_indexable(key: str) -> bool:
    """True for keys in a script the index keeps (Latin or Arabic) and not empty."""
    return bool(key) and _SUPPORTED.match(key) is not None


_DIGRAPHS = (("sch", "sh"), ("ch", "sh"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("dj", "j"))
_VOWELS = frozenset("aeiouy")


# The article written joined to a later word of the name: "Deir Ezzor" = "Deir ez-Zor", "Dair
# Ennabk", "Jisr Eshshughur": e, a sun letter, the letter again. Not with a ("Bayt Arrah": a
# doubled root letter), not al/el ("Ras Alain" would also cut "Aleppo" out of "in Aleppo"), not
# the first word ("Essen" is a name).
_JOINED_ARTICLE = re.compile(r"^e(sh|th|dh|[tdrszn])(?=\1[a-z]{2})")


def _drop_joined_articles(tokens: list[str]) -> list[str]:
    # (only a word starting with e can hold one: the pattern is not tried on the others)
    return tokens[:1] + [_JOINED_ARTICLE.sub("", t) if t[:1] == "e" else t for t in tokens[1:]]


def _skeleton_token(tok: str, vw: bool = True) -> str:
    if not tok.isascii():
        return tok
    for a, b in _DIGRAPHS:
        tok = tok.replace(a, b)
    if len(tok) > 3 and tok.endswith(("eh", "ah")):
        tok = tok[:-2] + "a"
    out: list[str] = []
    for i, ch in enumerate(tok):
        if i == 0:
            out.append("a" if ch in _VOWELS else "v" if ch == "w" and vw else ch)
            continue
        if ch in _VOWELS:
            continue
        # aw before a consonant is the diphthong others write o/ou ("Shawmariyah" = "Shomriyeh").
        if ch == "w" and tok[i - 1] in _VOWELS and (i + 1 == len(tok) or tok[i + 1] not in _VOWELS):
            continue
        # kh, gh, sh, th, dh: the h marks a sound other spellings write without it.
        if ch == "h" and tok[i - 1] not in _VOWELS:
            continue
        # v and w: one letter (Persian and Pashto vav, Russian ve) written either way ("Vardak" =
        # "Wardak", "Parvan" = "Parwan")
        ch = "v" if ch == "w" and vw else ch
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


def skeleton(key: str) -> str:
    """The transliteration key of a normalised name: ``skeleton("sheikhoun") == skeleton("shaykhun")``."""
    return " ".join(_skeleton_token(t) for t in _drop_joined_articles(key.split()))


def skeleton_as_written(key: str) -> str:
    """``skeleton`` with v and w kept apart: whether two keys meet only by reading one as the
    other (``skeleton_as_written("twitter") != skeleton_as_written("tovtri")``)."""
    return " ".join(_skeleton_token(t, vw=False) for t in _drop_joined_articles(key.split()))


# The marks of a name transliterated from Arabic: the article as a word of its own ("Al Harah",
# "As-Sawa", "Ash Shughur") and the ending of the feminine -a, ta marbuta ("Masharah",
# "Tuffahiyah", "Salloumiyeh").
_ARABIC_ARTICLE_WORDS = frozenset("al el ash as ad ar at az an ath adh".split())
_TA_MARBUTA = ("ah", "eh")


def arabic_spelt(name: str) -> bool:
    """Whether a name is written as English writes a name transliterated from Arabic:
    ``arabic_spelt("Al Jala") == arabic_spelt("Masharah") == True``."""
    words = fold(name).split()
    if len(words) > 1 and words[0] in _ARABIC_ARTICLE_WORDS:
        return True
    return any(len(w) > 4 and w.endswith(_TA_MARBUTA) for w in words)


_ADMIN_WORD = re.compile(
    r"\s+(governorate|province|region|state|county|district|oblast|prefecture|department|"
    r"muhafazah|wilayah|vilayet)$",
    re.I,
)


def strip_admin_word(name: str) -> str:
    """ "Homs Governorate" -> "Homs": how admin units are named in text versus in gazetteers."""
    return _ADMIN_WORD.sub("", name)


# Units below the first level, as event coders and reports name them abroad, each the unit of
# a seat town named alike: a territory of Congo ("Beni territory"), a commune of Burkina Faso or
# Mali, a cercle of Mali, a local government area of Nigeria ("Gwoza LGA"), a sub-prefecture
# of the Central African Republic or Chad, a municipality of the Philippines, an agency of
# Pakistan's tribal areas, a tehsil, woreda or upazila. Written in lower case (or "LGA"), as a
# kind word: capitalised, it is part of a name ("Yukon Territory", "Makur Municipality").
_LOCAL_UNIT_WORD = re.compile(
    r"\s+(?:territory|commune|municipality|cercle|LGA|sub-?prefecture|agency|"
    r"tehsil|woreda|upazila)$"
)


def strip_local_unit_word(name: str) -> str:
    """ "Beni territory" -> "Beni", "Gwoza LGA" -> "Gwoza": a local unit named after its town."""
    return _LOCAL_UNIT_WORD.sub("", name)


# Words that open Arabic place names, in the spellings news and gazetteers use, and one form
# for each. Applied to whole words and to a word's start ("Deirezzor", "Kafrnabl").
_LEADING_WORDS = {
    "dayr": ("deir", "dair", "dayr", "der", "deyr"),
    "tal": ("tell", "tall", "tal", "tel", "tilal"),
    "ayn": ("ain", "ayn", "ein", "eyn", "ayin"),
    "shaykh": ("sheikh", "shaykh", "cheikh", "shaikh", "sheik", "shekh", "sheykh", "chaikh"),
    "maarat": ("maarat", "maarrat", "maaret", "maarret", "maarrit", "marat", "maarat"),
    "kafr": ("kafr", "kfar", "kafar", "kefr", "kfr"),
    "bayt": ("beit", "bayt", "bait", "beyt"),
    "jabal": ("jabal", "jebel", "jabel", "jbel", "jebal"),
    "khirbat": ("khirbat", "khirbet", "khirbit", "kherbet", "khirbeh", "khurbat"),
    "abu": ("abu", "abou", "abo", "albu"),  # "Albu Kamal" = "Abu Kamal"
    "umm": ("umm", "um", "om", "omm"),
}
_LEADING = sorted(
    ((variant, canon) for canon, variants in _LEADING_WORDS.items() for variant in variants),
    key=lambda vc: -len(vc[0]),
)
_VOWEL_PAIRS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ay"), ("ai", "ay"), ("ey", "ay"))
_DOUBLED = re.compile(r"([a-z])\1+")


def _first_group(m: re.Match[str]) -> str:
    """The replacement of ``\\1`` as a function: a template string makes ``sub`` parse and expand it
    in Python at every call (3-4x the cost of a call per match; a name is spelt ~10 times per text)."""
    return m[1]


_Q_U = re.compile(r"qu(?=[^aeiouy])")
_ENDING = re.compile(r"(?:eh|ah|e)$")


# The same list filed by first letter, longest first: a token is compared with a handful of
# variants instead of all of them (this runs on every name of the index).
_LEADING_BY_LETTER: dict[str, tuple[tuple[str, str], ...]] = {
    letter: tuple(vc for vc in _LEADING if vc[0][0] == letter) for letter in {v[0] for v, _ in _LEADING}
}


def _translit_token(tok: str) -> str:
    for variant, canon in _LEADING_BY_LETTER.get(tok[:1], ()):
        if tok == variant or (tok.startswith(variant) and len(tok) >= len(variant) + 3):
            tok = canon + tok[len(variant) :]
            break
    return tok


def translit(key: str) -> str:
    """The transliteration key of a normalised name: spellings of one Arabic name meet exactly.

    Folds the alternates reporters use: vowels (ou/oo = u, ee = i, ei/ai/ey = ay), doubled
    letters, -eh/-ah endings, ch = sh, dj = j, the u of "Qu" before a consonant (Qusayr =
    Qseir), the common first words (Deir/Dayr/Dair, Tell/Tal/Tall, Ain/Ayn/Ein, Sheikh/Shaykh/
    Cheikh, Maarat/Ma'arrat/Maaret, Kafr/Kfar, Beit/Bayt, Jabal/Jebel, Khirbat/Khirbet) and
    compounds written joined or apart ("Kafr Nabl" = "Kafrnabl"). Non-Latin keys are unchanged.
    """
    if not key.isascii():
        return key
    tokens = [_translit_token(t) for t in _drop_joined_articles(key.split())]
    # A word's -eh/-ah ending folds wherever the word stands, not only at the name's end: a
    # unit's name with its kind word after it ("Nawah district") meets the spelling without it
    # ("Nawa district"), as the bare names meet.
    tokens[:-1] = [t[:-2] + "a" if len(t) > 4 and t.endswith(_TA_MARBUTA) else t for t in tokens[:-1]]
    text = "".join(tokens)
    text = text.replace("sch", "sh").replace("ch", "sh").replace("dj", "j")
    for a, b in _VOWEL_PAIRS:
        text = text.replace(a, b)
    text = _DOUBLED.sub(_first_group, text)
    text = _Q_U.sub("q", text)
    return _ENDING.sub("a", text) if len(text) > 4 else text


# The diminutive CuCayC (Nuqayr, Mujaydil, Suwayda, Butaysah) as Levantine and French spellings
# write it, without its first vowel: "Nqeir", "Mjeidel", "Sweida", "Btaiseh" (the general case
# of "Qseir" = Qusayr). Its u (ou, o) goes when one consonant, or a doubled one, stands between
# it and the ay (ai, ei, ey).
_C = "bcdfghjklmnpqrstvwxz"
_DIMINUTIVE = re.compile(rf"^([{_C}]h?)(?:ou|u|o)(?=([{_C.replace('h', '')}])\2?(?:ay|ai|ei|ey))")
_ANY_DIMINUTIVE = re.compile(rf"(?:^|\s)[{_C}]h?(?:ou|u|o)([{_C.replace('h', '')}])\1?(?:ay|ai|ei|ey)")


def has_diminutive(key: str) -> bool:
    """Whether a word of the key is a diminutive written with its first vowel ("nuqayr"): only
    then can ``diminutive_key`` make it meet a spelling it does not already resemble."""
    if not ("ay" in key or "ai" in key or "ei" in key or "ey" in key):
        return False  # every match ends in one of them: most keys hold none
    return _ANY_DIMINUTIVE.search(key) is not None


@functools.lru_cache(maxsize=1 << 16)  # the keys of one skeleton are compared query after query
def diminutive_key(key: str) -> str:
    """The transliteration key with each word's diminutive vowel dropped: ``diminutive_key("nqeir")
    == diminutive_key("nuqayr")``. Not an index key: two spellings of one name that share a
    skeleton but look too unlike for a spelling variant ("Nqeir" and "Nuqayr" are 55 % alike)
    meet on it."""
    if not key.isascii():
        return key
    return translit(" ".join(_DIMINUTIVE.sub(_first_group, t) for t in key.split()))
