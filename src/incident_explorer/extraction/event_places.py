"""Which of the mentions the rules call ``event`` really are event places: a small learned model.

The role rules (roles.py, placing.py) read one phrase at a time; each batch of unseen wire text
brings shapes no rule was written for (a province named after the town it holds, "Grad rockets",
a highway named after the cities it joins, the countries a border or a refugee count names). The
model weighs, for each ``event`` mention, what its phrase and sentence say of it (``FEATURES``:
what kind of place it is, the word before it, the noun after it, how near the sentence's event
words are, whether a speech verb, a plan, an earlier year or an anniversary is in its clause,
whether it is one of a list, whether another event place of the sentence lies inside it, and
what the words before it say it is: where the wounded were taken, where fire came from, where
someone spoke, where a road leads, a reference for another place). A
logistic regression trained by benchmarks/train_event_place_model.py on our wire sentences; its
weights (a JSON file the script writes with ``--out``) are read here with plain Python.

A mention scored below the threshold becomes ``mentioned``, its reason naming the score and the
features that weighed most against it; a kept one's reason names those that weighed for it.
A country or province that is its sentence's only event place and holds no place the text names
is kept whatever it scores (``FINEST``): nothing finer is told, and setting it aside would leave
the incident unplaced; so are the dateline's town the text calls 'this city' (``HERE``) and the
towns naming the road an event happened on when no event place comes before them (``ROAD``).
The model runs before events are grouped, so incidents are placed from the mentions it keeps.

Every ``Extractor`` reads the shipped weights (data/event-place-model.json, written by the
training script's ``--out``) unless it is given others (``places=EventPlaceModel.load(path)``),
built ``rules_only``, or INCIDENTS_EVENT_PLACE_MODEL=0 switches the model off. Its threshold is the
one of the lowest price on out-of-fold scores, a marked place lost costing two false places kept
(ten until the twenty-sixth session), and none above 0.15 (the training script's ``PRICE`` and
``CEILING``; README, How incidents are extracted, 11).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from incident_explorer import compiled_re as re
from incident_explorer.extraction import roles as R
from incident_explorer.extraction.claims import Claim
from incident_explorer.extraction.datelines import dateline_after
from incident_explorer.extraction.folding import holds, lowered, may_hold
from incident_explorer.extraction.placing import THIS_TOWN_NAMED, event_spans
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.extraction.triggers import Trigger, TriggerKind
from incident_explorer.places.distance import distance_km
from incident_explorer.places.place import Feature
from incident_explorer.places.precision import ADMIN2_AT_ADMIN1
from incident_explorer.settings import Settings
from incident_explorer.weights import logistic, read_weights, strongest

MODEL_FILE = "event-place-model.json"  # the name the training script's weights are written under
# how a mention's reason says the model made it ``mentioned`` (the CLI and the app show it), or kept it
SET_ASIDE = "but the event-place model weighs it a side place"
KEPT = "the event-place model keeps it"
_ADMIN = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.ADMIN3})
_DISTRICT = frozenset({Feature.ADMIN2, Feature.ADMIN3})
_BIG_TOWN = 500_000
_FAR_KM = 300.0
_FAR_DEGREES = 1.9
_HEADLINE_CHARS = 250
_CLOSE_WORDS = 3  # an event word this many words away or nearer
_FAR_WORDS = 12
_PREPOSITIONS = {
    "in": "in",
    "at": "in",
    "inside": "in",
    "across": "in",
    "throughout": "in",
    "on": "on",
    "against": "on",
    "near": "near",
    "around": "near",
    "outside": "near",
    "outskirts": "near",
    "to": "to",
    "into": "to",
    "towards": "toward",
    "toward": "toward",
    "from": "from",
    "of": "of",
    "and": "and",
    "between": "and",
    "with": "and",
}
_WORD = re.compile(r"[\w’'-]+")
# the nouns after a name that make it a unit holding the event place, or the name of a thing
_PROVINCE_AFTER = re.compile(
    r"^\s+(?:province|region|state|governorate|oblast|department|prefecture)\b", re.I
)
_DISTRICT_AFTER = re.compile(
    r"^\s+(?:district|territory|township|sub-district|municipality|zone|county)\b", re.I
)
_THING_AFTER = re.compile(
    r"^(?:\s*[-–]\s*[A-Z][\w’'-]*)?\s+(?:(?:air\s+)?base|airport|airbase|road|roads|highway|highways|"
    r"motorway|border|borders|frontier|crossing|bridge|dam|river|line|front|rockets?|missiles?|"
    r"pipeline|corridor|checkpoint|prison|camp|mosque|hospital|university|stadium)\b",
    re.I,
)
_POSSESSIVE = re.compile(r"^[’']s?\b")
# "Kabul's Dasht-e-Barchi area", "Helmand's Nad Ali district": names the place after it
_POSSESSIVE_NAME = re.compile(r"^[’']s?\s+(?:[a-z]+\s+)?(?:(?:a[lnrsdtz]h?|el)-)?[A-Z]")
# "Mai-Mai militiamen", "the Damascus-Aleppo highway", "Kabul-based": joined to the next word
_JOINED = re.compile(r"^[-–‐]\w")
# "Grad rockets", "ethnic Amhara villagers": a noun right after it, the name used as a modifier
_NOUN_AFTER = re.compile(r"^\s+(?P<word>[a-z]+)\b")
_NOT_NOUNS = frozenset(
    "on in at and or to of for from with near after before since as while where when which that "
    "was were is are has had have be been will would could overnight early late last this these "
    "during by into onto over under across along around outside inside within between against "
    "amid but than then today yesterday tonight city town village province district region "
    "state governorate countryside area areas county territory township camp neighbourhood "
    "neighborhood quarter suburb suburbs outskirts capital itself commune municipality locality "
    "settlement subdistrict sub-district division prefecture sub-prefecture department oblast market "
    "airport base prison hospital mosque church school university stadium port".split()
)
# "X, Y", "X in (central) Y", "the X air base in Y" where X is a capitalised name: the text says
# Y holds X. What may come between the comma or 'in' and Y:
_BETWEEN = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w’'-]*[’']s\s+)?"
    r"(?:(?:[a-z]+|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)\s+){0,2}"
)
# ... and what may follow X ("the X air base in Y")
_KIND_AFTER_NAME = frozenset(
    "neighbourhood neighborhood district village town city camp area base airport township county "
    "commune sub-district".split()
)
# what joins two places of a list: a comma, 'and', 'or', a unit's noun before them
_LIST_JOIN = re.compile(
    r"(?:\s+(?:province|region|state|governorate|district|city|town|village|camp)s?)?"
    r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?"
)
_AND_OR = re.compile(r"\b(?:and|or)\b")
_CONJUNCTION = re.compile(r"(?:and|or|but)\s")
_ARTICLE = re.compile(r"^(?:a[lnrsdtz]h?|el)-")
_DAYS_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december".split()
)
# "the village of Sobane Da", "the town of Al-Bab": a name the text says is a place
_KIND_OF_NAME = re.compile(
    r"\b(?:village|villages|town|city|hamlet|settlement|camp|district|neighbou?rhood|suburb|area)\s+of\s+"
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:(?:a[lnrsdtz]h?|el)-)?[A-Z][\w’'-]*$"
)
# a name told as a place: after a preposition of place, with no article ("near Jalawla", "at El
# Adde"; not "at the Manchester Arena", a venue)
_SITED_NAME = re.compile(
    r"(?:^|\s)(?:in|at|near|outside|around|inside|into|from|toward|towards)\s+"
    r"(?:(?:(?:a[lnrsdtz]h?|el)-)?[A-Z][\w’'-]*\s+){0,3}(?:(?:a[lnrsdtz]h?|el)-)?[A-Z][\w’'-]*$"
)
# "Line of Control", "Gulf of Aden": the first word of a longer name
_OF_NAME = re.compile(r"^\s+of\s+(?:the\s+)?[A-Z]")
# a speech verb, a plan or threat, a year: searched in the lower-cased clause, one pass for all three
_CLAUSE_CUES = re.compile(
    r"\b(?:(?P<speech>said|says|say|told|tells|according|reported|announced|claimed|stated|accused|"
    r"denied|condemned|urged|warned|added|adding)|(?P<plan>would|will|could|plans?|planned|planning|"
    r"threat\w*|vow\w*|pledg\w*|intend\w*|ready\s+to|due\s+to|aims?\s+to|prepar\w+\s+to)|"
    r"(?P<year>19\d\d|20\d\d)|"
    r"(?P<risk>risks?|danger\w*|fears?|feared)|"
    r"(?P<past>anniversar\w*|ago|last\s+year|years?\s+(?:after|since)|commemorat\w*|memorial|vigil)|"
    r"(?P<talks>talks|negotiat\w*|met|meeting|summit|conference|mediat\w*))\b"
)
# ... one of which each of its matches holds (most clauses hold none: the pattern, tried at every
# word, costs several times the substring tests)
_CLAUSE_CUE_WORDS = (
    "said", "say", "told", "tell", "according", "reported", "announced", "claimed", "stated", "accused",
    "denied", "condemned", "urged", "warned", "add", "would", "will", "could", "plan", "threat", "vow",
    "pledg", "intend", "ready", "due", "aim", "prepar", "19", "20", "risk", "danger", "fear", "anniversar",
    "ago", "last", "year", "commemorat", "memorial", "vigil", "talks", "negotiat", "met", "meeting",
    "summit", "conference", "mediat",
)  # fmt: skip
# a court, a trial or an inquiry: what it hears of happened elsewhere and earlier
_COURT = re.compile(
    r"\b(?:court|judges?|tribunal|trial|convict\w*|sentenc\w*|verdict|prosecutors?|investigators?|"
    r"inquiry|inquiries|probe)\b",
    re.I,
)
# "a car", "his home": a common noun in a Title Case headline
_DETERMINER = re.compile(r"\b(?:a|an|his|her|their|its|our|my)\s+$", re.I)
# "Line of Control", "Gulf of Aden": the end of a longer name
_NAME_OF = re.compile(r"\s[A-Z][\w’'-]*\s+of\s+(?:the\s+)?$")
# "20 km north of X", "30 miles from X": a place another is measured from
_DISTANCE_OF = re.compile(
    r"\b\d[\d,.]*\s*-?\s*(?:km|kilometres?|kilometers?|miles?)\b(?:\s+[a-z-]+){0,2}\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:(?:town|city|village|capital|provincial\s+capital)\s+(?:of\s+)?)?$",
    re.I,
)
# "south of X", "north-east of the city of X": a bearing from it
_BEARING_OF = re.compile(
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:(?:town|city|village|capital)\s+(?:of\s+)?)?$",
    re.I,
)
# "the wounded were taken to hospitals in X": where the wounded were treated, not hurt
_HOSPITAL_BEFORE = re.compile(
    r"\b(?:taken|rushed|brought|evacuated|transferred|airlifted|flown|admitted|treated|transported)\b"
    r"[^.;]{0,60}\b(?:hospitals?|clinics?|infirmary|medical\s+cent(?:re|er)s?)\b[^.;,]{0,60}$",
    re.I,
)
# "rockets fired from X", "guns deployed near X", "forces stationed in X shelled": where the fire
# came from, not where it fell
_FIRE_FROM_BEFORE = re.compile(
    r"\b(?:(?:fired|launched|came|coming)(?:\s+[\w’'-]+)?\s+from|from\s+(?:their\s+|its\s+|army\s+)?positions|"
    r"stationed|deployed|based|holed\s+up|entrenched)\b"
    # up to six words to the place, none of them a verb of the attack (the place after one is its target)
    r"(?:\s+(?!(?:hit|hits|targeted|targeting|struck|strike|slammed|crashed|fired|firing|shelled|shell|"
    r"shells|pounded|killed|kill|kills|killing|wounded|attacked|attack|on|onto|at)\b)[\w’'-]+){0,6}\s+$",
    re.I,
)
# "Ukraine's air force in Kyiv said", "officials said in X": where someone spoke
_SPOKE_AFTER = re.compile(
    r"^\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:said|says|told|announced|reported|condemned|denied|"
    r"claimed|stated|confirmed|accused|warned)\b"
)
_SPOKE_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|spoke|speaking)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:in|at|from)\s+(?:the\s+)?$",
    re.I,
)
# "the highway between X and Y", "the road to X": where a road leads
_ROAD_BEFORE = re.compile(
    r"\b(?:roads?|highways?|motorways?|route|railway|corridor|supply\s+line)\b(?:\s+[\w’'-]+){0,4}?\s+"
    r"(?:to|towards?|between|from|linking|links|connecting|connects|with)\s+(?:the\s+)?$",
    re.I,
)
# "the village of al-Zara near X": X only says where another place lies
_NEAR_BEFORE = re.compile(r"\s(?:near|outside|close\s+to|not\s+far\s+from)\s+(?:the\s+)?$", re.I)
# ... the words one of which every match of each of them holds (lower case): a text with none of
# them is not searched
_COURT_WORDS = (
    "court", "judge", "tribunal", "trial", "convict", "sentenc", "verdict", "prosecutor",
    "investigator", "inquir", "probe",
)  # fmt: skip
_BEARING_WORDS = ("north", "south", "east", "west")
_HOSPITAL_WORDS = ("hospital", "clinic", "infirmary", "medical")
_FIRE_FROM_WORDS = ("from", "stationed", "deployed", "based", "holed", "entrenched")
_SPOKE_WORDS = ("said", "says", "told", "announced", "reported", "stated", "spoke", "speaking")
_ROAD_WORDS = ("road", "highway", "motorway", "route", "railway", "corridor", "supply")
_NEAR_WORDS = ("near", "outside", "close", "far")
# a word every match of `_DISTANCE_OF` holds (its unit), and of `_PART_BEFORE` (the part)
_DISTANCE_WORDS = ("km", "kilomet", "mile")
_PART_WORDS = ("edge", "outskirts", "suburb", "fringe", "periphery", "heart", "gate")
# a word every match of `_CAUSE_BEFORE` holds (the killing's noun)
_CAUSE_WORDS = (
    "killing",
    "death",
    "murder",
    "assassination",
    "shooting",
    "beheading",
    "kidnapping",
    "abduction",
    "lynching",
    "execution",
)
# Twenty-fifth session: shapes the fresh batches kept bringing, each read from the words around
# the mention, never from its name.
# "after the killing of the singer X in Y", "citing the death of a soldier in Y", "in retaliation
# for the killing of two members in Y": a killing told as the cause of the event, not the event
_CAUSE_BEFORE = re.compile(
    r"\b(?:after|following|over|citing|for|by|avenge|avenging)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:killings?|deaths?|murders?|assassinations?|shooting|beheading|"
    r"kidnapping|abduction|lynching|execution)\s+of\b[^.;]{0,80}$",
    re.I,
)
# a ceasefire, a truce or a peace deal in the sentence: the regions it names are where it holds
_TRUCE = re.compile(
    r"\b(?:cease-?fire|truce|armistice|peace\s+(?:deal|agreement|accord|plan|process))\b", re.I
)
_TRUCE_WORDS = ("cease", "truce", "armistice", "peace")  # one of which each match holds
# "Manda Bay near X", "Damascus Gate in ...": a name right before 'near' or 'outside' (X only says
# where that name lies)
_NAME_NEAR = re.compile(r"[a-z,]\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:near|outside|close\s+to)\s+$")
# "the eastern edge of X", "X's southern outskirts", "X's Old City": a part of X the text names
_PART_BEFORE = re.compile(
    r"\b(?:edges?|outskirts|suburbs?|fringes?|periphery|heart|gates?)\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village|capital)\s+of\s+)?$",
    re.I,
)
_PART_AFTER = re.compile(
    r"^[’']s?\s+(?:[\w’'-]+\s+){0,3}?(?:outskirts|edges?|suburbs?|fringes?|old\s+city|old\s+town|"
    r"centre|center|district|neighbou?rhood|quarter)\b",
    re.I,
)
# ", as government forces pressed ...", ", while ...": a background clause after the main one
_SIDE_CLAUSE = re.compile(r",\s+(?:as|while|whereas|amid)\s+[^,;()]*$", re.I)
# Twenty-sixth session: three shapes of real event places the model weighed low, each read from
# the sentence's structure.
# "Protests spread to X, Y and Z", "Jets struck X, Y and Z", "clashes in X, Y and Z": what lies
# between an event word and the list's first place (a preposition, an article, a unit's noun)
_TO_LIST = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:(?:to|in|on|at|into|across|against|through|throughout|over|near)\s+)?"
    r"(?:the\s+)?(?:(?:cities|towns|villages|provinces|regions|areas|districts)\s+(?:of\s+)?)?$"
)
# "a crackdown on Rohingya in X", "attacks against Christians in X", "the persecution of Uighurs in
# X": the name before 'in' is who was targeted (no place of the sentence), X where it happened
_TARGET_IN = re.compile(r"\b(?:on|against|targeting|of|among)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,2}in\s+$")
# "killing civilians in X", "protesters in X": a group of people, then where they were
_PEOPLE_IN = re.compile(
    r"\b(?:people|civilians|residents|villagers|protesters|demonstrators|worshippers|refugees|"
    r"migrants|minorities|Muslims|Christians|Shiites|Sunnis|Kurds|Jews|Hindus|Alawites|Yazidis)\s+"
    r"(?:(?:living|trapped|displaced|sheltering)\s+)?in\s+$"
)
# "on the X-Y road", "along the X highway": the road the event happened on, named by its towns
_ON_ROAD_BEFORE = re.compile(
    r"\b(?:on|along|at|off|near|blocked|cut|closed)\s+the\s+(?:[A-Z][\w’'-]*\s*[-–‐]\s*)?$"
)
_ROAD_AFTER = re.compile(
    r"^(?:\s*[-–‐]\s*[A-Z][\w’'-]*)?\s+(?:road|highway|motorway|route|expressway|freeway|railway)\b",
    re.I,
)


def _may_end_determiner(before: str) -> bool:
    """Whether ``before`` may end in one of `_DETERMINER`'s words: its last letter ends one of them
    (any letter not ASCII is tried)."""
    last = before.rstrip()[-1:]
    return last in "anrsyANRSY" or not last.isascii()


# The evidence the model weighs for one ``event`` mention (1 when true, else 0).
FEATURES = (
    "country",  # it reads as a country
    "admin",  # it reads as a province or district
    "district",  # ... as a district or township (a town may share its township's name)
    "big_town",  # a town of 500,000 people or more
    "unresolved",  # no gazetteer reading
    "abroad",  # it reads outside the story's country
    "province_after",  # followed by 'province', 'region', 'state', 'governorate'
    "district_after",  # followed by 'district', 'territory', 'township'
    "thing_after",  # followed by a thing's noun: 'road', 'highway', 'border', 'base', 'rockets'
    "possessive",  # followed by 's ("Mali's borders")
    "possessive_name",  # followed by 's and a name ("Kabul's Dasht-e-Barchi", "Helmand's Nad Ali")
    "joined_after",  # joined by a hyphen to the next word ("Mai-Mai", "the Damascus-Aleppo road")
    "noun_after",  # a lower-case noun right after it ("Grad rockets", "Amhara villagers")
    "after_name",  # after another name and 'in' or a comma ("X in central Y", "X, Y")
    "after_place",  # after a place the gazetteer placed and 'in' or a comma ("X in Y", "X, Y")
    "unit_after_name",  # a unit after a name: "X in Y province", "X, Y district", "X in central Mali"
    "of_name",  # followed by 'of' and a capitalised word ("Line of Control")
    "after_in",  # its phrase opens with 'in', 'at', 'inside', 'across'
    "after_on",  # ... 'on', 'against'
    "after_near",  # ... 'near', 'around', 'outside'
    "after_to",  # ... 'to', 'into'
    "after_toward",  # ... 'towards', 'toward' (where forces or fighting head, not where they are)
    "after_from",  # ... 'from' (where someone or something came from)
    "after_of",  # ... 'of'
    "after_and",  # ... 'and', 'between', 'with' (one of a pair, not of a list after a preposition)
    "in_list",  # one of a list of event places ("in X, Y and Z": each reads the first's preposition)
    "event_close",  # an event word (or casualty figure) within three words
    "event_far",  # no event word within twelve words
    "events_after",  # every event word of its sentence comes after it
    "near_protest",  # the nearest event word tells of a protest or riot
    "near_strategic",  # ... of a strategic development (territory taken, arrests, looting)
    "near_generic",  # ... is a generic one ('attack', 'fighting')
    "figure_in_clause",  # a casualty figure in its clause
    "speech_in_clause",  # a speech verb in its clause ('said', 'told', 'according to')
    "plan_in_clause",  # a plan or threat in its clause ('would', 'vowed to', 'plans')
    "risk_in_clause",  # a risk or fear in its clause ('faced a high risk of', 'fears')
    "earlier_year",  # a year before the publication's in its clause
    "past_in_clause",  # an anniversary, a memorial, 'years after', 'ago' in its clause
    "court",  # a court, trial, prosecutor or investigators in its sentence
    "after_determiner",  # after 'a', 'an', 'his', 'their' ("a Car", "his Home": a common noun)
    "name_of",  # after a name and 'of' ("Line of Control", "Gulf of Aden")
    "in_brackets",  # inside brackets ("(Izra', Dar'a)")
    "encloses_event",  # another event place of its sentence lies inside it
    "far_from_events",  # another event place of its sentence lies over 300 km away
    "other_events",  # its sentence has other event places
    "first_event",  # the first event place of its sentence
    "only_place",  # the rule: the only place of a sentence reporting violence
    "opens",  # the rule: opens a sentence reporting violence ('In X, ...', 'X: ...')
    "headline",  # in the report's headline (the first line of several)
    "title_case",  # its sentence is written in Title Case or capitals
    "dateline_shape",  # opens its sentence in capitals as a dateline ("DAMASCUS, (SANA) -")
    "distance_of",  # after a distance: '20 km north of', '30 miles from' (a reference point)
    "bearing_of",  # after a bearing without a distance: 'south of', 'north-east of'
    "in_quote",  # inside quotation marks
    "hospital_in",  # after 'taken to hospital in' (where the wounded were treated)
    "fire_from",  # after 'fired from', 'stationed in', 'deployed near' (where the fire came from)
    "spoke_in",  # 'the ministry in X said', 'officials said in X' (where someone spoke)
    "road_to",  # after 'the road to', 'the highway between' (where a road leads)
    "near_place",  # after another place of the sentence and 'near' ("al-Zara near X")
    "talks_in_clause",  # talks, a meeting or a mediation in its clause
    "clause_no_event",  # no event word or figure in its clause (the sentence's are elsewhere)
    "after_sited_name",  # after a name the text sites ("near X in Y", "at X, Y"): a place unspotted
    "cause_of",  # after 'after the killing of', 'citing the death of' (a killing told as a cause)
    "truce",  # a ceasefire, truce or peace deal in its sentence
    "name_near",  # after a name and 'near' or 'outside' ("Manda Bay near X")
    "part_of",  # a part of it is named ('the eastern edge of X', "X's southern outskirts")
    "side_clause",  # in a clause opened by ', as' or ', while' (a background clause)
    "event_list",  # one of a list of places right after an event word ("spread to X, Y and Z")
    "target_in",  # after 'in' following who was targeted ("a crackdown on Rohingya in X")
)

# What each feature says, for the reasons a user reads.
LABELS = {
    "country": "a country",
    "admin": "a province or district",
    "district": "a district or township",
    "big_town": "a large city",
    "unresolved": "not in the gazetteer",
    "abroad": "outside the story's country",
    "province_after": "named as a province or region",
    "district_after": "named as a district",
    "thing_after": "names a road, border, base or weapon",
    "possessive": "followed by 's",
    "possessive_name": "names the place after it ('X's Y')",
    "joined_after": "joined by a hyphen to the next word",
    "noun_after": "used as a modifier ('X rockets')",
    "after_name": "after another name ('X in Y', 'X, Y')",
    "after_place": "after a placed town ('X in Y', 'X, Y')",
    "unit_after_name": "the unit holding the name before it ('X in Y province')",
    "of_name": "begins a longer name ('X of Y')",
    "after_in": "after 'in/at'",
    "after_on": "after 'on/against'",
    "after_near": "after 'near/around/outside'",
    "after_to": "after 'to/into'",
    "after_toward": "after 'towards'",
    "after_from": "after 'from'",
    "after_of": "after 'of'",
    "after_and": "after 'and/between/with'",
    "in_list": "one of a list of event places",
    "event_close": "an event word next to it",
    "event_far": "no event word near it",
    "events_after": "told before the sentence's event words",
    "near_protest": "a protest or riot",
    "near_strategic": "a strategic development",
    "near_generic": "a generic event word",
    "figure_in_clause": "a toll in its clause",
    "speech_in_clause": "a speech verb in its clause",
    "plan_in_clause": "a plan or threat in its clause",
    "risk_in_clause": "a risk or fear in its clause",
    "earlier_year": "an earlier year in its clause",
    "past_in_clause": "an anniversary or memorial in its clause",
    "court": "a court or inquiry in its sentence",
    "after_determiner": "after 'a/his/their' (a common noun)",
    "name_of": "ends a longer name ('X of Y')",
    "in_brackets": "in brackets",
    "encloses_event": "holds another event place",
    "far_from_events": "far from the sentence's other event places",
    "other_events": "one of several event places",
    "first_event": "the sentence's first event place",
    "only_place": "the only place of its sentence",
    "opens": "opens its sentence",
    "headline": "in the headline",
    "title_case": "a sentence in Title Case",
    "dateline_shape": "written like a dateline ('DAMASCUS, ...')",
    "distance_of": "a distance is measured from it ('20 km north of X')",
    "bearing_of": "a bearing is taken from it ('south of X')",
    "in_quote": "inside a quotation",
    "hospital_in": "where the wounded were taken ('taken to hospital in X')",
    "fire_from": "where the fire came from ('fired from X')",
    "spoke_in": "where someone spoke ('the ministry in X said')",
    "road_to": "where a road leads ('the road to X')",
    "near_place": "a reference for another place ('Y near X')",
    "talks_in_clause": "talks or a meeting in its clause",
    "after_sited_name": "after a name told as a place ('near X in Y')",
    "clause_no_event": "no event word in its clause",
    "cause_of": "a killing told as a cause ('after the killing of ... in X')",
    "truce": "a ceasefire or truce in its sentence",
    "name_near": "a reference for a name ('Y near X')",
    "part_of": "a part of it is named ('the edge of X', \"X's outskirts\")",
    "side_clause": "in a background clause (', as ...', ', while ...')",
    "event_list": "one of a list of places after an event word",
    "target_in": "where the people targeted were ('an attack on X in Y')",
}
# Not a feature but a guard (``mention_features`` marks it, ``apply`` reads it): a country or province
# that is its sentence's only event place and holds no place the text names is kept whatever it
# scores, for setting it aside would leave the incident unplaced (README, How incidents are
# extracted, 11)
FINEST = "finest_unit"
# The second guard (twenty-fifth session): the dateline's town the text calls 'this city' ("attacked a
# prison in this border city") is where the text says it happened; the wire sentences, one line
# each, never hold the shape, so no weight is learnt for it, and setting it aside unplaced a report
HERE = "named_here"
# The third guard (twenty-sixth session): the towns naming the road an event happened on, when every
# other event place of the sentence comes after their clause ("gunmen shot dead five passengers on
# the X-Y road"): nothing finer is told. The wire sentences mark no such town (their road events
# name a place on the road, and the road's towns are then no event places), so no weight can be
# learnt for it, and the model set them aside
ROAD = "road_named"
GUARDS = (FINEST, HERE, ROAD)


@dataclass(frozen=True, slots=True)
class Text:
    """What the model reads of a text beside its mentions."""

    sentences: Sequence[Sentence]
    triggers: Mapping[int, list[Trigger]]  # each sentence's event words
    figures: Mapping[int, list[Claim]]  # each sentence's casualty figures
    published: date | None
    focus: str | None  # the story's country (ISO code)
    written: Sequence[
        Sentence
    ] = ()  # the sentences as written (a Title Case headline is read in sentence case)


@dataclass(frozen=True, slots=True)
class EventPlaceModel:
    """The weights of ``FEATURES`` (train_event_place_model.py --out); ``score`` is the probability
    that a mention the rules call ``event`` is where the event happened."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path) -> EventPlaceModel:
        return cls(*read_weights(path, "event-place model", "train_event_place_model.py", FEATURES))

    def score(self, features: Mapping[str, float]) -> float:
        return logistic(self.bias, self.weights, _weighed(features))

    def keeps(self, features: Mapping[str, float]) -> bool:
        """Whether the mention stays ``event``: it scores at least the threshold, or a guard
        (``GUARDS``) keeps it."""
        return any(features.get(g) for g in GUARDS) or self.score(features) >= self.threshold

    def why(self, features: Mapping[str, float], against: bool = False) -> str:
        return strongest(self.weights, LABELS, _weighed(features), against)

    def apply(self, mentions: tuple[Mention, ...], text: Text) -> tuple[Mention, ...]:
        """Each ``event`` mention kept or made ``mentioned``, the decision in its reason."""
        rows = mention_features(mentions, text)
        if not rows:
            return mentions
        out = list(mentions)
        for k, f in rows.items():
            m = mentions[k]
            p = self.score(f)
            if p >= self.threshold:
                role, reason = m.role, f"{m.reason}; {KEPT} ({p:.2f}: {self.why(f)})"
            elif f.get(FINEST):
                role, reason = m.role, f"{m.reason}; {KEPT} as the finest place the text gives ({p:.2f})"
            elif f.get(HERE):
                role, reason = m.role, f"{m.reason}; {KEPT} as the town the text calls 'this city' ({p:.2f})"
            elif f.get(ROAD):
                role, reason = (
                    m.role,
                    f"{m.reason}; {KEPT} as a town naming the road it happened on ({p:.2f})",
                )
            else:
                why = self.why(f, against=True)
                role = R.MENTIONED
                reason = f"{m.reason}; {SET_ASIDE} ({p:.2f}: {why})"
            out[k] = Mention(m.text, m.start, m.end, m.sentence, role, reason, m.query, m.candidate)
        return tuple(out)


def _weighed(features: Mapping[str, float]) -> Mapping[str, float]:
    """The features the weights weigh (the guard is none of them)."""
    if FINEST in features or HERE in features or ROAD in features:
        return {k: v for k, v in features.items() if k not in GUARDS}
    return features


def set_aside(reason: str) -> str:
    """What a mention's reason says of the model setting it aside ("the event-place model weighs
    it a side place (0.03: a country -3.4, ...)"), or '' when it did not."""
    at = reason.find(SET_ASIDE)
    return reason[at + len("but ") :] if at >= 0 else ""


def rules_reason(reason: str) -> str:
    """A mention's reason as the role rules gave it, without what the model added (later stages
    that test which rule gave the role must read the same with the model on or off)."""
    for said in (f"; {KEPT} (", f"; {SET_ASIDE} ("):
        reason = reason.split(said, 1)[0]
    return reason


def default_places() -> EventPlaceModel | None:
    """The shipped model (data/event-place-model.json), or None when INCIDENTS_EVENT_PLACE_MODEL=0."""
    settings = Settings.from_env()
    return EventPlaceModel.load(settings.data_dir / MODEL_FILE) if settings.event_place_model else None


def mention_features(mentions: tuple[Mention, ...], text: Text) -> dict[int, dict[str, float]]:
    """The features that hold for each ``event`` mention (by its index), each 1.0 (a feature
    absent is 0), as the model and its training read them; ``GUARDS`` mark a mention a guard keeps
    (``FINEST``, ``HERE``, ``ROAD``)."""
    by_sentence: dict[int, list[int]] = {}
    in_sentence: dict[int, list[Mention]] = {}  # every place mention, whatever its role
    for k, m in enumerate(mentions):
        in_sentence.setdefault(m.sentence, []).append(m)
        # an incident record's heading ("DATE: PLACE, REGION, COUNTRY") names its place by its
        # fields, not by a phrase: the record's place is not weighed
        if m.role == R.EVENT and not m.reason.startswith(R.RECORD_PLACE):
            by_sentence.setdefault(m.sentence, []).append(k)
    out: dict[int, dict[str, float]] = {}
    # read once per sentence and per clause: a dense report has dozens of event places
    for n, ks in by_sentence.items():
        s = text.sentences[n]
        near = event_spans(s, text.triggers, text.figures)
        words = [t for t in text.triggers.get(n, []) if t.kind is TriggerKind.WORD]
        shared = []
        if n == 0 and len(text.sentences) > 1:
            shared.append("headline")
        if n == 0 and _title_case((text.written or text.sentences)[0].text):
            shared.append("title_case")
        if len(ks) > 1:
            shared.append("other_events")
        if may_hold(s.text, _COURT_WORDS) and _COURT.search(s.text):
            shared.append("court")
        if may_hold(s.text, _TRUCE_WORDS) and _TRUCE.search(s.text):
            shared.append("truce")
        clauses: dict[tuple[int, int], list[str]] = {}
        among = _among_others(mentions, ks)
        heads = _list_heads(s, mentions, ks)
        followed = {ks[ks.index(j) - 1] for j in heads}  # the members another member follows
        closes = {
            j
            for j in heads
            if _AND_OR.search(
                s.text[mentions[ks[ks.index(j) - 1]].end - s.start : mentions[j].start - s.start]
            )
        }
        places = in_sentence[n]
        for k in ks:
            m = mentions[k]
            bounds = R.clause_of(s, m.start, m.end)
            if bounds not in clauses:
                clauses[bounds] = _clause_cues(s, *bounds, text, near)
            head = mentions[heads[k]] if k in heads else m
            spans = [(x.start - m.start, x.end - m.start) for x in places if x is not m]
            placed = [(x.start - m.start, x.end - m.start) for x in places if x is not m and x.candidate]
            held = [
                *shared,
                *clauses[bounds],
                *_phrase(s, m, text.focus, head, spans, placed),
                *_events(s, m, near, words),
            ]
            held += among[k]
            if k in heads or k in heads.values():
                held.append("in_list")
                if _event_before(s, mentions[heads.get(k, k)], words):
                    held.append("event_list")
            if k in heads and (k in followed or k in closes) and "after_name" in held:
                # "Homs, Daraa and Aleppo", "Homs, Hama, and Aleppo": a list goes on after it or
                # 'and' closes it, so the name before is the list's, not one it holds
                held = [h for h in held if h not in _NAME_BEFORE]
            if "title_case" in shared and "name_of" in held:
                held.remove("name_of")  # "Countryside Of Idlib": every word capitalised
            if ks[0] == k:
                held.append("first_event")
            if len(ks) == 1 and _finest_unit(s, m, mentions, held):
                held.append(FINEST)
            if m.reason.startswith(THIS_TOWN_NAMED):
                held.append(HERE)
            out[k] = dict.fromkeys(held, 1.0)
        # the towns naming a road an event happened on, when every other event place of the
        # sentence comes after their clause ("... on the X-Y road killed three, while shelling hit Z")
        road = {k for k in ks if _on_road(s, mentions[k]) and "clause_no_event" not in out[k]}
        for k in road:
            end = s.start + R.clause_of(s, mentions[k].start, mentions[k].end)[1]
            if all(j in road or mentions[j].start >= end for j in ks):
                out[k][ROAD] = 1.0
    return out


def _finest_unit(s: Sentence, m: Mention, mentions: tuple[Mention, ...], held: list[str]) -> bool:
    """A country or province that is its sentence's only event place and holds no other place the
    text names ("Chad's president was killed on the front line", "kidnapped aid workers from France
    in northern Niger"): nothing finer is told, so the unit is where it happened. Not after a name
    the gazetteer does not place ("near Jalawla in Diyala province", "the village of Tindigo in
    central Mali"): that name may be the finer place. A dateline's town is no finer place ("COLOMBO
    (Reuters) - Blasts ripped through churches in Sri Lanka")."""
    unit = m.candidate.place if m.candidate else None
    if unit is None or not (unit.feature is Feature.COUNTRY or unit.feature in _ADMIN):
        return False
    if "after_name" in held:
        before = s.text[max(0, m.start - s.start - 80) : m.start - s.start]
        end = _after_name(before) - len(before)  # where the name before ends, from the mention
        if not any(
            x is not m and x.sentence == m.sentence and x.candidate and x.start < m.start + end <= x.end
            for x in mentions
        ):
            return False
    names = {unit.name.casefold(), m.text.casefold()}
    for x in mentions:
        p = x.candidate.place if x.candidate else None
        # a dateline's town is where the report was filed, not a finer place of the event
        if p is None or p.source_id == unit.source_id or x.role == R.DATELINE:
            continue
        if unit.feature is Feature.COUNTRY:
            if p.country_code == unit.country_code:
                return False
        elif names & {n.casefold() for n in (p.admin1, p.admin2, p.parent) if n}:
            return False
    return True


def _phrase(
    s: Sentence,
    m: Mention,
    focus: str | None,
    head: Mention,
    spans: Sequence[tuple[int, int]],
    placed: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """What the place reads as and what the words around it say (the preposition before the
    first of a list it belongs to, ``head``; the sentence's other place mentions, ``spans``, and
    those of them the gazetteer placed, ``placed``, counted from its start)."""
    held = []
    place = m.candidate.place if m.candidate else None
    unit = False
    if place is None:
        held.append("unresolved")
    else:
        if place.feature is Feature.COUNTRY:
            held.append("country")
            unit = True
        elif place.feature in _ADMIN:
            held.append("admin")
            unit = True
            if place.feature in _DISTRICT and place.source != ADMIN2_AT_ADMIN1:
                # (not a district at its province's point: it says no more than the province)
                held.append("district")
        elif place.feature is Feature.CITY and place.population >= _BIG_TOWN:
            held.append("big_town")
        if focus and place.country_code != focus:
            held.append("abroad")
    at, end = m.start - s.start, m.end - s.start
    before, after = s.text[max(0, at - 80) : at], s.text[end : end + 60]
    word = _preposition(s.text[max(0, head.start - s.start - 80) : head.start - s.start])
    if word:
        held.append("after_" + word)
    name_end = _after_name(before)
    after_name = name_end >= 0
    if after_name:
        held.append("after_name")
    # (each pattern below is searched only where a word or letter all its matches hold is there)
    low = lowered(before)
    if _may_end_determiner(before) and _DETERMINER.search(before):
        held.append("after_determiner")
    if "of" in before and _NAME_OF.search(before):
        held.append("name_of")
    if before.rfind("(") > before.rfind(")"):
        held.append("in_brackets")
    if holds(low, _DISTANCE_WORDS) and _DISTANCE_OF.search(before):
        held.append("distance_of")
    elif holds(low, _BEARING_WORDS) and _BEARING_OF.search(before):
        held.append("bearing_of")
    if not before.strip() and m.text.isupper() and dateline_after(s.text, end):
        held.append("dateline_shape")
    if s.text.count('"', 0, at) % 2 or s.text.count("“", 0, at) > s.text.count("”", 0, at):
        held.append("in_quote")
    # what the words before the list's first member say it is: where the wounded were taken,
    # where fire came from, where someone spoke, where a road leads
    led = s.text[max(0, head.start - s.start - 120) : head.start - s.start]
    led_low = lowered(led)
    if holds(led_low, _HOSPITAL_WORDS) and _HOSPITAL_BEFORE.search(led):
        held.append("hospital_in")
    if holds(led_low, _FIRE_FROM_WORDS) and _FIRE_FROM_BEFORE.search(led):
        held.append("fire_from")
    if holds(led_low, _SPOKE_WORDS) and _SPOKE_BEFORE.search(led) or _SPOKE_AFTER.match(after):
        held.append("spoke_in")
    if holds(led_low, _ROAD_WORDS) and _ROAD_BEFORE.search(led):
        held.append("road_to")
    if holds(led_low, _CAUSE_WORDS) and _CAUSE_BEFORE.search(led):
        held.append("cause_of")
    if holds(low, _NEAR_WORDS) and _NAME_NEAR.search(before):
        held.append("name_near")
    if holds(low, _PART_WORDS) and _PART_BEFORE.search(before) or _PART_AFTER.match(after):
        held.append("part_of")
    if "," in led and _SIDE_CLAUSE.search(led):
        held.append("side_clause")
    if "in " in before[-4:] and (
        _TARGET_IN.search(before) and not _ends_in_place(before, spans) or _PEOPLE_IN.search(before)
    ):
        held.append("target_in")
    near = _NEAR_BEFORE.search(before) if holds(low, _NEAR_WORDS) else None
    if near and any(-len(before) + near.start() - 2 <= b <= -len(before) + near.start() for _, b in spans):
        held.append("near_place")
    if m.reason.startswith(R.ONLY_PLACE):
        held.append("only_place")
    elif m.reason.startswith(R.OPENS):
        held.append("opens")
    # the words after: each pattern opens with a space, an apostrophe or a dash
    first = after[:1]
    if first.isspace():
        if _PROVINCE_AFTER.match(after):
            held.append("province_after")
            unit = True
        elif _DISTRICT_AFTER.match(after):
            held.append("district_after")
            unit = True
    if unit and after_name and _names_a_place(before, name_end, spans):
        held.append("unit_after_name")
    if after_name and _SITED_NAME.search(before[:name_end]):
        # "near Jalawla in Diyala province", "at El Adde in Gedo": the name before is told as a
        # place though the gazetteer knows it not, unlike "Medecins Sans Frontieres in Saada"
        held.append("after_sited_name")
    if after_name and _names_a_place(before, name_end, placed):
        # the place before carries the event: a unit after an unplaced name may be all there is
        held.append("after_place")
    if first.isspace():
        if _THING_AFTER.match(after):
            held.append("thing_after")
        if _OF_NAME.match(after):
            held.append("of_name")
        noun = _NOUN_AFTER.match(after)
        if noun and noun["word"] not in _NOT_NOUNS and not noun["word"].endswith(("ing", "ed", "ly")):
            held.append("noun_after")
    elif first in "’'":
        if _POSSESSIVE.match(after):
            held.append("possessive")
        if _POSSESSIVE_NAME.match(after):
            held.append("possessive_name")
    elif _JOINED.match(after):
        held.append("joined_after")
        if _THING_AFTER.match(after):
            held.append("thing_after")
    return held


# what the name before a list's member says of it, none of which holds when that name is the list's
_NAME_BEFORE = ("after_name", "unit_after_name", "after_place", "after_sited_name")


def _on_road(s: Sentence, m: Mention) -> bool:
    """Whether ``m`` names a road the text says something happened on ("on the X-Y road", "along
    the X highway")."""
    at, end = m.start - s.start, m.end - s.start
    return bool(
        _ROAD_AFTER.match(s.text[end : end + 60]) and _ON_ROAD_BEFORE.search(s.text[max(0, at - 80) : at])
    )


def _event_before(s: Sentence, head: Mention, words: list[Trigger]) -> bool:
    """Whether an event word governs the list that ``head`` opens: at most a verb, a preposition,
    an article or a unit's noun lie between them ("Protests spread to X", "struck the towns of X")."""
    at = head.start - s.start
    for t in words:
        end = t.end - s.start
        if end <= at and _TO_LIST.match(s.text[end:at]):
            return True
    return False


def _ends_in_place(before: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the word before ' in ' at the end of ``before`` is part of one of the sentence's
    place mentions (``spans``, counted from the mention's start)."""
    end = len(before.rstrip()) - 2  # ' in'
    end = len(before[:end].rstrip()) - len(before)
    return any(a < end <= b for a, b in spans)


def _events(s: Sentence, m: Mention, near: list[tuple[int, int]], words: list[Trigger]) -> list[str]:
    """How near the sentence's event words and figures are, and what the nearest word tells."""
    if not near:
        return ["event_far"]
    held = []
    best, span = len(s.text) + 1, near[0]
    for a, b in near:
        d = a - m.end if a >= m.end else m.start - b if b <= m.start else 0
        if d < best:
            best, span = d, (a, b)
    gap = _words_between(s, m, *span)
    if gap <= _CLOSE_WORDS:
        held.append("event_close")
    elif gap > _FAR_WORDS:
        held.append("event_far")
    if all(a >= m.end for a, _ in near):
        held.append("events_after")
    if words:
        nearest = min(words, key=lambda t: abs(t.start - m.start))
        if nearest.event_type in ("Protests", "Riots"):
            held.append("near_protest")
        elif nearest.event_type == "Strategic developments":
            held.append("near_strategic")
        if not nearest.specific:
            held.append("near_generic")
    return held


def _clause_cues(s: Sentence, lo: int, hi: int, text: Text, near: list[tuple[int, int]]) -> list[str]:
    """A casualty figure, a speech verb, a plan, a risk, an earlier year and a past told again (an
    anniversary, a memorial) in a clause; or none of the sentence's event words in it."""
    year = text.published.year if text.published else None
    cues = set()
    if near and not any(lo <= a - s.start < hi or lo < b - s.start <= hi for a, b in near):
        cues.add("clause_no_event")
    if any(lo <= c.start - s.start < hi for c in text.figures.get(s.index, [])):
        cues.add("figure_in_clause")
    clause = s.text[lo:hi].lower()
    for found in _CLAUSE_CUES.finditer(clause) if holds(clause, _CLAUSE_CUE_WORDS) else ():
        if found["speech"]:
            cues.add("speech_in_clause")
        elif found["plan"]:
            cues.add("plan_in_clause")
        elif found["risk"]:
            cues.add("risk_in_clause")
        elif found["past"]:
            cues.add("past_in_clause")
        elif found["talks"]:
            cues.add("talks_in_clause")
        elif year is not None and found["year"] and int(found["year"]) < year:
            cues.add("earlier_year")
    return sorted(cues)


def _list_heads(s: Sentence, mentions: tuple[Mention, ...], ks: list[int]) -> dict[int, int]:
    """Each event place that follows another in a list ("X, Y and Z", "X province and Y"): the
    list's first."""
    heads: dict[int, int] = {}
    for j, k in itertools.pairwise(ks):
        if _LIST_JOIN.fullmatch(s.text[mentions[j].end - s.start : mentions[k].start - s.start]):
            heads[k] = heads.get(j, j)
    return heads


def _after_name(before: str) -> int:
    """ "X in (central) Y", "X, Y", "the X air base in Y": not "on Monday in Y". Where the name X
    ends in ``before`` (-1 when there is none)."""
    comma, in_ = before.rfind(",", -50), before.rfind(" in ", -50)
    if comma > in_:
        head, tail = before[:comma], before[comma + 1 :]
        tail = tail.lstrip()
        if not before[comma + 1 : comma + 2].isspace() or _CONJUNCTION.match(tail):
            # "... in Turkey, and Aleppo was shelled": a clause or a list goes on, no unit follows
            return -1
    elif in_ >= 0:
        head, tail = before[:in_], before[in_ + 4 :]
    else:
        return -1
    if not _BETWEEN.fullmatch(tail):
        return -1
    words = head[-40:].split()
    cut = len(head)
    if words and words[-1].lower() in _KIND_AFTER_NAME:
        cut = head.rfind(words.pop(), 0, cut)
        if words and words[-1].lower() == "air":
            cut = head.rfind(words.pop(), 0, cut)
    if not words:
        return -1
    name = _ARTICLE.sub("", words[-1])
    if not name[:1].isupper() or name.lower() in _DAYS_MONTHS:
        return -1
    return len(head[:cut].rstrip())


def _names_a_place(before: str, at: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the name ending at ``at`` in ``before`` (the text right before a mention) is a
    place: one of the sentence's place mentions (``spans``, counted from the mention's start), or
    a name after 'the village of', 'the town of'. "A hospital run by Medecins Sans Frontieres in
    Saada province": no place lies in the province, the province is where it happened."""
    end = at - len(before)
    return any(a < end <= b for a, b in spans) or bool(_KIND_OF_NAME.search(before[:at]))


def _preposition(before: str) -> str:
    """The group of the last preposition among the four words before a name ('' if none)."""
    for w in reversed(before[-50:].split()[-4:]):
        group = _PREPOSITIONS.get(w.strip(",;:()\"'’").lower())
        if group:
            return group
    return ""


def _words_between(s: Sentence, m: Mention, a: int, b: int) -> int:
    if b <= m.start:
        gap = s.text[b - s.start : m.start - s.start]
    elif a >= m.end:
        gap = s.text[m.end - s.start : a - s.start]
    else:
        return 0
    return len(_WORD.findall(gap))


def _among_others(mentions: tuple[Mention, ...], ks: list[int]) -> dict[int, list[str]]:
    """For each of a sentence's event places: another lies inside it (its province, district or
    country, by name: a province read as its capital town, "Latakia", still holds the province's
    towns), another lies over 300 km from it."""
    out: dict[int, list[str]] = {k: [] for k in ks}
    placed = [(k, c.place) for k in ks if (c := mentions[k].candidate) is not None]
    if len(placed) < 2:
        return out
    units = {k: {n.casefold() for n in (p.admin1, p.admin2, p.parent) if n} for k, p in placed}
    lats, lons = [p.latitude for _, p in placed], [p.longitude for _, p in placed]
    # no two points 1.9 degrees apart each way are 300 km apart: most sentences need no distance
    spread = max(lats) - min(lats) > _FAR_DEGREES or max(lons) - min(lons) > _FAR_DEGREES
    for k, b in placed:
        names = {b.name.casefold(), mentions[k].text.casefold()}
        others = [(j, a) for j, a in placed if j != k]
        if any(
            a.source_id != b.source_id
            and (a.country_code == b.country_code if b.feature is Feature.COUNTRY else bool(names & units[j]))
            for j, a in others
        ):
            out[k].append("encloses_event")
        if spread and any(
            distance_km(a.latitude, a.longitude, b.latitude, b.longitude) > _FAR_KM for _, a in others
        ):
            out[k].append("far_from_events")
    return out


def _title_case(text: str) -> bool:
    """A headline in Title Case or capitals (a long sentence is no headline)."""
    if len(text) > _HEADLINE_CHARS:
        return False
    words = [w for w in text.split() if w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
