"""The role of each place mention, read from the phrase and clause it sits in.

Roles (README, `incidents extract`): ``event`` where an incident happened; ``mentioned`` named but nothing
happened there; ``dateline`` where the report was filed from; ``origin`` where a person or
organisation is from or based. A place is an event place when its clause reports violence (an
event word or a casualty figure), or when it opens the sentence ("In Mosul, ...", "Aleppo: ...").
Places in clauses about other business ("as delegates at the talks in Geneva argued"), places
used as a modifier ("the Geneva process", "the Homs toll"), places of offices ("governor of X"),
bases ("X-based"), people's origins and the reporter's whereabouts are not.
"""

from __future__ import annotations

import bisect
import collections
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from incident_explorer import compiled_re as re
from incident_explorer.extraction.claims import COUNT_WORDS
from incident_explorer.extraction.datelines import MONTH, SLASHED_OPENING, dateline, dateline_after
from incident_explorer.extraction.folding import lowered, may_hold, sensitive, word_key
from incident_explorer.extraction.sentences import Sentence, has_headline
from incident_explorer.extraction.spotting import Spot
from incident_explorer.extraction.triggers import WEEKDAY
from incident_explorer.frozen import fast_init
from incident_explorer.places.place import Feature
from incident_explorer.places.who_acts import WHO_ACTS, written_as_code

EVENT, MENTIONED, DATELINE, ORIGIN = "event", "mentioned", "dateline", "origin"
QUIET_CLAUSE = "in a clause that reports no violence"
QUIET_SENTENCE = "no incident reported in the sentence"
ACROSS_BORDER = "across a border from where it happened ('near the border with X')"
ONLY_PLACE = "the only place named in a sentence that reports violence"
RECORD_PLACE = "the place of an incident record heading ('DATE: PLACE, REGION, COUNTRY')"
NAMED_ACTOR = "named as an actor ('supported by X')"
OFFICIAL_OF = "the country of an official who speaks or visits ('Nigeria's army chief said')"
OFFICIALS_COUNTRY = (
    "no other event place: the country whose official tells the violence ('Nigeria's army chief said')"
)
TAKEN_TO = "where people were taken or fled to, not where it happened"
COMES_FROM = "where someone or something comes from ('from X')"
LAUNCHED_FROM = "where the fire came from ('launched from positions near X')"
# "snipers fired from the fields outside X, killing two farmers": land around X the fire came
# from, where its victims often were; where it came from once the report names an event place,
# the best place given when it names none
_LAND_FIRED_AT_EVENT = LAUNCHED_FROM + ", land around it, in a sentence reporting violence"
_FIRE_LANDED_AFTER = re.compile(
    r"\b(?:hit|hits|hitting|struck|strikes|striking|landed|lands|landing|fell|falls|slammed|targeted|"
    r"targeting|pounded|shelled)\b",
    re.I,
)
FROM_POSITIONS = "where the fire came from ('shelled X from their positions in Y')"
POSITIONED_IN = "where those who fired were positioned ('positioned in X fired on Y')"
# where those who fired hid ("militants holed up in X fired on Y"): besieged fighters are often
# fought where they hide ("snipers holed up in X fired on troops, killing three"), so X is the
# event's place when the report names no other
_HID_AT_EVENT = POSITIONED_IN + ", where they hid, in a sentence reporting violence"
SPEAKER = "named as a speaker ('Israel says', 'Ankara said'): a government, not a place"
RECORD_CONTEXT = "locates the place of an incident record heading: context, not an incident"
TALKS_VENUE = "where talks are held ('talks in Geneva'), not where it happened"
OFFICE_AREA = "the area of an office or person ('governor of ...')"
CALLED_TO_STOP = (
    "named in a call for the fighting there to stop ('called for a ceasefire in X'), not where it happened"
)
SPEECH_VENUE = "where someone spoke ('told reporters in X', 'said in a statement from X')"
OPENS = "opens a sentence that reports violence ('In X, ...', 'X: ...')"
TITLED_DATELINE = (
    "opens the report as its dateline ('Kabul - Backed by ...', 'QUETTA: ...', another place named after)"
)
# a speech venue in a sentence reporting violence, until its other places are known
_SPEECH_VENUE_AT_EVENT = SPEECH_VENUE + ", in a sentence reporting violence"
# a seat of government that speaks in a sentence reporting violence, until the others are known
_SEAT_AT_EVENT = (
    "a seat of government that speaks ('the ministry in X said'), in a sentence reporting violence"
)
# a road named by where it leads ("X, north of Homs on the highway to Y"), until the sentence's
# other event places are known: beside one it only says where that one lies; alone ("clashes on
# the road to Y") it is where it happened
_ROAD_TO_AT_EVENT = "a road named by where it leads ('on the highway to Y'), in a sentence reporting violence"
# where a deal was made, in a sentence reporting violence, until the report's event places are
# known: "a truce agreed in Hodeidah collapsed as shelling hit the port city" is Hodeidah's
_AGREED_AT_EVENT = TALKS_VENUE + " (a deal made there), in a sentence reporting violence"
# the area a comparison sums up ("..., the deadliest attack in the X region this year"), or a
# concurrent happening that reports no violence ("..., as protests went on in X"), in a sentence
# reporting violence, until its other event places are known: beside one they only set it in a
# wider frame; alone they are the best place the sentence gives
_COMPARED_AT_EVENT = (
    "the area a comparison sums up ('the deadliest attack in X this year'), in a sentence reporting violence"
)
COMPARED = "the area a comparison sums up ('the deadliest attack in X this year'), not a second place"
# a place that only measures or points the event's reach ("putting them within 8 km of X",
# "fled toward the hills east of X", "the desert that stretches south to X"), in a sentence
# reporting violence, until the report's other event places are known: beside one it only says
# how far or which way; alone it is the best place the report gives
_REACH_AT_EVENT = (
    "a place that measures or points ('within 5 km of X', 'toward the hills east of X'), "
    "in a sentence reporting violence"
)
POINTS = (
    "a place that only measures or points ('within 5 km of X', 'toward the hills east of X'), not the event's"
)
# "near X in the desert east of Y": Y gives the bearing of the land the event lies in; beside an
# event place of its own sentence it only points, otherwise the land is the event's and Y the best
# place for it ("Clashes in the desert east of Y killed 12. In Z, a car bomb ...": Y)
_TERRAIN_AT_EVENT = "a place the land an event lies in is told from ('in the desert east of X')"
_BESIDE_AT_EVENT = (
    "where a concurrent happening went on ('as protests went on in X'), in a sentence reporting violence"
)
BESIDE = "where a concurrent happening with no violence went on ('as protests went on in X'), not the event's"
# a river or lake named after a town ("across the Dnipro river reservoir"), in a sentence reporting
# violence, until its other event places are known: beside one it is a landmark; alone ("a bomb
# went off on a bridge over the Kabul river") the town is the best place given
_WATER_AT_EVENT = "names a river or lake ('across the X river'), in a sentence reporting violence"
# "killed the Kandahar police chief at a meeting in Helmand": the office's area, the event's place
# only when the sentence names no other
_OFFICE_AT_EVENT = "the area of an office ('the X police chief'), in a sentence reporting violence"
WATER = "names a river or lake ('across the X river'), not the town"
# a valley, plain, coast or range named after a town or region ("hills overlooking the X valley",
# "near Y on the X coast", "along the X plain"): beside the sentence's event place, land it lies
# by, not where it was; alone, the best place the sentence gives
_VALLEY_AT_EVENT = "names a valley, plain, coast or range ('the X valley'), in a sentence reporting violence"
VALLEY = "names a valley, plain, coast or range ('the X valley'), not the town"
_VALLEY_AFTER = re.compile(
    r"^\s+(?:valley|valleys|plain|plains|coast|coastline|mountains|hills|highlands|desert|basin|delta|"
    r"gorge|plateau|marshes|marshlands|forest|mountain\s+range|range|lakeside|riverbank)\b",
    re.I,
)
# ... told as what the place lies by ("near the X valley", "hills overlooking the X valley", "Y on
# the X coast"), not where the violence went ("shelling went on over the X valley", "bombs on the
# X valley", "in the X valley": it holds the event, or is another event place)
_BY_THE_VALLEY = re.compile(
    r"(?:\b(?:near|overlooking|above|along|alongside|beside|by|off|facing|bordering)|"
    r"(?-i:[A-Z][\w’'-]*),?\s+on)\s+the\s+$",
    re.I,
)
# an area left unnamed and told from a place ("tightening the siege on the rebel enclave east of
# Y", "strikes on villages north of Y"), in a clause reporting violence, until the sentence's other
# event places are known: beside one that lies that way from Y ("captured X ..., tightening the
# siege on the enclave east of Y", `placing._area_told_from`) Y only says where that area lies;
# alone, or beside a place elsewhere, it is the best place the sentence gives
_AREA_FROM_AT_EVENT = (
    "a place an unnamed area is told from ('the enclave east of Y'), in a clause reporting violence"
)
AREA_FROM = "a place an unnamed area is told from ('the enclave east of Y'), beside the event's named place"
LIES_BY = "a landmark that says where a place lies ('X lies on the highway between Y and Z')"
LANDMARK = "a landmark that says where a named place lies ('X, a town north of Y', 'the X base north of Y')"
GOVERNMENT_SEAT = "a government by its seat ('the government in Tripoli'), not where it happened"
FUNERAL_VENUE = "where the dead were mourned or buried ('attended funerals in X'), not where it happened"
# ... in a sentence reporting violence, until the report's other event places are known
_FUNERAL_AT_EVENT = FUNERAL_VENUE + ", in a sentence reporting violence"
# officials, authorities or leaders in X who speak, until the event places before them are known
_PEOPLE_AT_EVENT = _SEAT_AT_EVENT + " (its officials)"
SPOKE_AT_EVENT = "where someone spoke of the violence, the sentence's only place ('said in Mosul that ...')"
# the reason's end for a place named as the parent of a finer event place ("X in Y province")
ENCLOSES = ": context for the finer place"


def holder_reason(finer: str, *, near: bool = False) -> str:
    """The reason of a place named as the parent of a finer one: one that holds it ("X in Y
    province"), or a town it lies near ("X near Y", "X, outside Y"), which holds nothing and
    only says where the finer place lies; context for it either way."""
    return f"{'a landmark near' if near else 'encloses'} {finer}{ENCLOSES}"


NAMES_THING = "names something else ('the X talks', 'the X toll')"
EARLIER_EVENT = "an earlier event named for comparison ('the deadliest since a bombing in X')"
HISTORY = "history told as background: a year before the text's ('at Srebrenica in 1995')"
EARLIER_DATED = "an earlier event told by its date ('after a raid in X on Jan. 10', 'a bombing in X in May')"
EARLIER_TIME = "an earlier event told by its time ('last week', 'earlier this month'), not this report's"
COURT_SEAT = "where a court sits: it rules on what happened elsewhere or before"
FLED_FROM = "where people fled from ('who fled violence around X'), not where this happened"
FLED_ASIDE = (
    "where the people told of had fled from ('aid for people who fled attacks in X'), never the event"
)
EARLIER_TENSE = "an earlier event told in the past perfect ('had fled fighting in X'), not this report's"
# places told of an earlier event than the report's: set aside, and their clauses join no event of
# the report's own time (one set for roles, grouping and placing, so a new reason is in all three)
TRIED = "what a court ruled on ('sentenced for the bombing in X'): an earlier event, not this report's"
EARLIER = frozenset(
    {EARLIER_EVENT, EARLIER_TIME, EARLIER_DATED, EARLIER_TENSE, HISTORY, FLED_FROM, FLED_ASIDE, TRIED}
)
ATTACKER = (
    "a state named as the attacker ('Israel struck ...', 'Turkey's army shelled ...'), not where it happened"
)

# local units of South Asia and Ethiopia, named with their kind word after the name ("the Mamund
# tehsil", "X upazila of Y", "X woreda"); `unknown_places` reads the same words
LOCAL_UNIT = r"(?:tehsil|taluka|upazila|woreda|kebele)"
_PLACE_KINDS = (
    r"neighbourhoods?|neighborhoods?|districts?|quarters?|suburbs?|province|governorate|region|"
    r"countryside|city|town|village|camp|area|areas|enclave|desert|plain|mountains?|farms?|valley|"
    r"outskirts|border|borders|frontier|road|highway|countryside|sub-district|county|parish|state|"
    r"airport|airbase|base|prison|river|bridge|crossing|coast|front|fronts|axis|axes|capital|and|or|to|in|on|"
    # "the Halamish settlement", "the Bokkos township": a kind of populated place too (not "port":
    # "the Black Sea port of X" names the sea)
    r"settlements?|hamlets?|townships?|kibbutz|"
    # a second- or third-level unit by the word its country uses ("the Beni territory" of Congo,
    # "the Haritan subdistrict")
    r"territory|territories|subdistricts?|"
    # ... South Asia's and Ethiopia's ("the Mamund tehsil", "the X upazila") and a front's sector
    rf"{LOCAL_UNIT}s?|sectors?"
)
# "the X municipality" is the town's council far more often than the place ("the Gaza
# municipality said ... in Rafah", "an official of the Kabul municipality"): the place only
# where the text puts something in it ("killed five people in the Huwara municipality")
_MUNICIPALITY_AFTER = re.compile(r"^\s+municipality\b", re.I)
_LOCATIVE_THE = re.compile(r"\b(?:in|at|inside|near|across|around|into)\s+the\s+$", re.I)
# "the Geneva talks were ...", "the Homs toll at": a noun after the name, not a verb and its object
_MODIFIER = re.compile(
    rf"^[’']?s?\s+(?!(?:{_PLACE_KINDS})\b)[a-z][a-z-]+(?!\s*at\s+least)"
    r"(?=\s*(?:[,.;:)]|$|(?:of|in|on|at|and|with|for|to|from|was|were|is|are|has|had|will|would|said)\b))",
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "across the Dnipro river reservoir", "on the Tigris river": a body of water named after the
# place (or the place named after it), not the town
_WATER_AFTER = re.compile(r"^\s+(?:river|reservoir|lake|canal)\b", re.I)
_REPORTING_FROM = re.compile(
    r"\b(?:reporting|speaking|writing|reports|reported|filing)\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.I,
)
_BASED = re.compile(r"^[-‐]?based\b|^\s*-\s*based\b", re.I)
# (also "jets based at X": an air base is where they are stationed, not where they struck)
_BASED_IN = re.compile(r"\bbased\s+(?:in|at|around|near)\s+(?:the\s+)?$", re.I)
# "terrorists positioned in Douma fired mortar shells on Jaramana": where the firing came from
# (also where they hide: "shells launched by terrorist groups holed up in X fell on Y")
_HELD_UP = r"(?:positioned|stationed|deployed|holed\s+up|entrenched|barricaded|hiding|hunkered\s+down)"
_POSITIONED_IN = re.compile(
    r"\b" + _HELD_UP + r"\s+(?:in|at|near|around|(?:in\s+)?the\s+vicinity\s+of)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?$",
    re.I,
)
_POSTED_WORDS = ("positioned", "stationed", "deployed")  # posted there, not hiding
_HELD_UP_WORDS = (
    *_POSTED_WORDS,
    "holed",
    "entrenched",
    "barricaded",
    "hiding",
    "hunkered",
)
# "troops and militias had massed in the town of X before the assault", "forces amassing near
# X": where forces gathered to attack from, not where the attack was; but what they concentrated
# on a place is their fire ("forces concentrated their bombardment in the town of X": X is hit)
_MASSED_IN = re.compile(
    r"\b(?:troops|forces|militias?|militiamen|fighters|soldiers|tanks|reinforcements|units|army)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:massed|massing|amassed|amassing|mustered|mustering|concentrated|concentrating)\s+"
    r"(?:(?!(?:fire|firepower|attacks?|assaults?|(?:air\s?)?strikes|raids|shelling|bombardment|bombing|"
    r"offensive|efforts?|operations?)\b)[\w’'-]+\s+){0,2}?(?:in|at|near|around|outside)\s+(?:the\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,2}?(?:town|city|village|area|district)\s+of\s+)?$",
    re.I,
)
MASSED_IN = "where forces massed to attack from ('troops had massed in X before the assault')"
# "forces concentrated in X came under rocket fire", "fighters massed near X, north of Y, were hit
# by air strikes": the massed forces are the target, and X is where it happened
_MASSED_HIT = re.compile(
    r"^(?:\s*,[^,;]{1,40},)?\s+(?:[\w’'-]+\s+){0,3}?(?:(?:came|come|comes|coming)\s+under|"
    r"(?:were|was|are|is|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:hit|struck|targeted|shelled|bombed|attacked|"
    r"ambushed|pounded|raided))\b",
    re.I,
)
# "shelling by regime forces stationed in X on Y": the fire told before those who fired
_FIRE_BY = re.compile(
    r"\b(?:shelling|shells|fire|rockets?|artillery|mortars?|missiles?|drones?|bombs?)\s+(?:[\w’'-]+\s+){0,3}?by\s+"
    r"(?:[\w’'-]+\s+){0,3}?" + _HELD_UP + r"\s+[\w\s]{0,30}$",
    re.I,
)
# "stationed around X in the northwestern countryside of Hama fired": the area X lies in, told
# before the verb, is no gap between those who fired and their fire
_AREA_ASIDE = (
    r"(?:\s+(?:in|of)\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:countryside|outskirts)(?:\s+of\s+[A-Z][\w’'-]*)?)?"
)
_FIRED_AFTER = re.compile(
    rf"^{_AREA_ASIDE}\s+(?:[\w’'-]+\s+){{0,5}}?(?i:fired|fire|fires|firing|launched|launch|launches|shelled|shell|shells|"
    r"targeted|target|targets)\b"
    # ... at a place named after it ("fired shells on al-Hamdaniyeh neighborhood"), not "fired at
    # passing cars" or "into the air": then the gunmen were where it happened
    r"[^.;:,]{0,80}?\b(?i:on|at|in|into|towards?)\s+(?:[a-z][\w’'-]*\s+){0,4}(?:[A-Z]|(?:a[lndrstz]h?|el)-)"
    # ... or a verb whose object is the place ("Stationed In X Shell Y")
    r"|^\s+(?:[\w’'-]+\s+){0,5}?(?i:shelled|shell|shells|targeted|target|targets|bombed|bomb|bombs|pounded|"
    r"pound|pounds)\s+(?:the\s+)?(?:[A-Z]|(?:a[lndrstz]h?|el)-)"
)
# "fired 30 shells this morning, Thursday, on X": a time set off by commas, no clause of its own
_TIME_ASIDE = re.compile(
    r"\s*,\s*(?:on\s+|early\s+|late\s+|at\s+)?(?:" + WEEKDAY + r"|"
    r"today|yesterday|overnight|tonight|dawn|noon|midnight|this\s+(?:morning|afternoon|evening))"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,",
    re.I,
)
_OFFICES = (
    "governor mayor minister ministry envoy ambassador president leader head chief director spokesman "
    "spokeswoman spokesperson representative delegation embassy consulate government council "
    "university"
).split()
_OFFICE_ENDS = tuple(_OFFICES)
# ... one or several: "the foreign ministers of Congo and Rwanda", "the envoys of X"
_OFFICE_OF = re.compile(rf"\b(?:{'|'.join(_OFFICES)})s?\s+(?:of|for|to|from)\s+(?:the\s+)?$", re.I)
# "an officer from Latakia", "fighters from Deir Ezzor": where someone comes from; but an army
# that withdrew or was driven from a place lost it there (an event, whatever the verb of driving
# out: "drove rebels from X", "dislodged militants from X", "pushed them back from X"); also with
# the part of it told ("pressed an offensive from northern Hama", "displaced from southern Idleb")
_FROM = re.compile(
    # ... also a neighbour's ("raiders from neighbouring X state", "gunmen from nearby X")
    r"\bfrom\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent)\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)\s+)?"
    # ... or the area about it ("crossed from the area around X", "came from the general area of X")
    r"(?:(?:general\s+)?area\s+(?:around|of|near)\s+(?:the\s+)?)?"
    # ... or told by what lies about it ("pressed their assault from around X", "advanced on the
    # camp from the direction of X")
    r"(?:(?:around|near)\s+(?:the\s+)?|direction\s+of\s+(?:the\s+)?)?"
    r"(?:(?:[\w-]+\s+)?(?:city|town|village|province|countryside|cities|towns|villages)\s+of\s+)?$"
    r"|\bnative of\s+$|\bborn in\s+$"
    # "the attackers came back from across the border in X": where they came from over there
    r"|\bfrom\s+(?:across|over|beyond)\s+the\s+(?:[\w-]+\s+)?(?:border|frontier|river)\s+(?:in|at|near)\s+(?:the\s+)?$",
    re.I,
)
# the last word before the name in every `_FROM` match
_FROM_LAST = tuple("from the of in ern neighbouring neighboring nearby adjacent around near".split())
# "as he drove back from a condolence gathering in X", "pilgrims returning from a shrine in X",
# "on their way home from a wedding at X": where the people were coming from, a gathering or
# site there, not where what befell them on the way happened
_BACK_FROM = re.compile(
    r"\b(?:(?:drove|driving|drive|drives|walked|walking|travell?ed|travell?ing|came|coming|returned|returning|"
    r"headed|heading)\s+(?:back\s+|home\s+)?|on\s+(?:his|her|their|its|the)\s+way\s+(?:back|home)\s+)"
    r"from\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:in|at|near)\s+(?:the\s+)?$",
    re.I,
)
_LEFT_FROM = re.compile(
    r"\b(?:withdr\w+|retreat\w*|expel\w*|pull\w*\s+(?:out|back)|driven(?:\s+out)?|ousted|"
    r"recaptur\w+|fled|flee\w*|evacuat\w+|"
    # ... (not "push back troops advancing from X": where the troops came from)
    r"(?:dislodg\w+|cleared|clearing|routed|drove(?!\s+from\b)|(?:push(?:ed|ing)?|forc(?:ed|ing)|chas(?:ed|ing))"
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:out|back|away))(?=(?:\s+(?![\w’'-]+ing\b)[\w’'-]+){0,4}?\s+from\b))\s+(?:[\w’'-]+\s+){0,4}?from\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)\s+)?(?:(?:general\s+)?area\s+(?:around|of|near)\s+(?:the\s+)?)?"
    r"(?:(?:around|near)\s+(?:the\s+)?)?"  # ("withdrew from around X", as `_FROM` reads it)
    r"(?:(?:[\w-]+\s+)?(?:city|town|village|province|countryside|cities|towns|villages)\s+of\s+)?$",
    re.I,
)
# "kidnapped three young men from X", "abducted more than 300 students from X": people counted
# and taken from the place, where the kidnapping happened (not "kidnapped a trader from X": one
# person named by where he comes from; not "seized", whose count is of goods or ground as often:
# "seized 20 tonnes of cocaine from Colombia", "seized three villages from the rebels")
_TAKEN_FROM = re.compile(
    r"\b(?:abduct(?:ed|s|ing)?|kidnapp?(?:ed|s|ing)?|snatched)\s+(?:(?:at\s+least|more\s+than|"
    r"about|some|over|nearly|up\s+to|around)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|dozens|scores|hundreds|several|a\s+dozen|a\s+hundred)\s+"
    r"(?:[\w’'-]+\s+){0,3}?from\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|villages|camp)\s+of\s+)?$",
    re.I,
)
# ... unless the taking is placed elsewhere right after ("kidnapped two engineers from Kano near
# Kaduna", "ten students from Kaduna in Zaria", "12 sailors from India off the coast of X": where
# they come from, then where it happened)
_PLACED_NEXT = r"^\s+(?:near|outside|along|in|at|inside|off|on\s+the\s+(?:road|highway))\b"
# ... but not the unit the place lies in ("16 farmers from Birnin Gwari in Kaduna state",
# "30 pupils from Kuriga in northern Kaduna State"): that says where the place is, not where
# the taking was (`placing._taken_in_unit` checks that the gazetteer puts it there)
_UNIT_NEXT = (
    r"\s+(?:(?:north|south|east|west|central)\w*\s+)?(?-i:(?:[A-Z][\w’'-]*\s+){1,3})"
    r"(?:state|province|region|district|county|governorate|prefecture|department)\b"
)
_TAKEN_ELSEWHERE = re.compile(rf"{_PLACED_NEXT}(?!{_UNIT_NEXT})", re.I)
_TAKEN_IN_UNIT = re.compile(rf"{_PLACED_NEXT}(?={_UNIT_NEXT})", re.I)
# "15 km away from Manbij", "a few kilometres from X": a distance to the place, not an origin
_DISTANCE_FROM = re.compile(
    r"\b(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|away)\s+(?:\w+\s+)?from\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:city|town|village|province|countryside|cities|towns|villages)\s+of\s+)?$",
    re.I,
)
# "the rockets were launched from positions of Nusra terrorists near X", "drones launched from
# Russia's X region": where the fire came from
# "positions in the vicinity of X", "areas on the outskirts of X", "bases close to X": a locative
# filler between where the fire came from and the name
_NEAR_FILLER = (
    r"(?:(?:in|on|at)\s+the\s+(?:immediate\s+)?(?:vicinity|outskirts|edges?|environs|surroundings)\s+of|"
    r"close\s+to|(?:not\s+)?far\s+from)\s+(?:the\s+)?"
)
_LAUNCHED_FROM = re.compile(
    r"\b(?:launched|fired|flown|(?:took|tak(?:es|ing|en))\s+off)\s+from\s+(?:the\s+)?(?:(?:[\w’'-]+\s+){0,2}?"
    r"(?:positions?|areas?|territory|territories|regions?|bases?|sites?|launchers?|outskirts|countryside|"
    # "fired from rebel-held hills in the X countryside", "launched from farms near X"
    r"(?P<land>hills?|mountains?|heights|ridges?|farms?|farmland|orchards?|fields|woods|forests?)|"
    r"direction|north|south|east|west)\s+(?:(?:of|(?:held|controlled|run)\s+by)\s+(?:[\w’'-]+\s+){0,4}?)?"
    rf"(?:{_NEAR_FILLER}|(?:near|in|at|around|outside|of)\s+(?:the\s+)?)"
    # ... "fired from areas controlled by X in the southern countryside of Y", "launched from
    # positions in the area of Y"
    r"(?:(?:[a-z]+ern\s+)?(?:countryside|outskirts|suburbs|parts?|area)\s+of\s+(?:the\s+)?)?"
    r"|[A-Z][\w-]*[’']s\s+|(?:near|around|outside|inside)\s+)$"
)
# "positions near Y in the Z area, from where the rockets were launched", "Y, from which the
# shells had been fired", "Y, where the mortars were fired from": the fire's origin told after it
_FIRED_FROM_AFTER = re.compile(
    r"^(?:\s+(?:area|region|countryside|mountains?|hills|district|town|village))?"
    r"(?:\s+(?:in|near|on|around|outside)\s+[^,.;:]{1,50}?)?,\s+(?:(?:from\s+where|from\s+which|whence)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:was|were|had\s+been|have\s+been|has\s+been|are|is)\s+(?:fired|launched)\b|"
    r"where\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:was|were|had\s+been)\s+(?:fired|launched)\s+from\b)",
    re.I,
)
# "rockets fired from militant territory inside X hit a school in Y", "shells fired during clashes
# inside X landed in Y": the land the fire came from, named by "inside", where what was fired then
# came down elsewhere (the verb of its landing right after the name)
_FIRED_INSIDE = re.compile(r"\b(?:fired|launched)\b[^.;:,]{0,60}?\binside\s+(?:the\s+)?$", re.I)
_LANDS_NEXT = re.compile(
    r"^(?:\s+[\w’'-]+){0,2}?\s+(?:hit|hits|struck|strikes|landed|lands|fell|falls|slammed|crashed)\b", re.I
)
# ... and where it came down named after that verb ("hit a school in Y", "fell on a field near
# Y"): without it the fire landed inside X itself ("bullets fired inside X camp hit two boys")
_LANDED_ELSEWHERE = re.compile(
    # its object ("hit Sderot") or a place after a preposition ("landed in a market in Y")
    r"(?:\s+|[^.;]{0,80}?\b(?:in|on|near|at|into|outside|across)\s+)(?:the\s+)?"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z]"
)
# "shelled X with artillery from their positions in Y", "fired from army positions around Y":
# where those who fired stood, whatever the verb
_FROM_POSITIONS = re.compile(
    # ("from positions around Y city": no word before "positions")
    # ... or by whoever holds them ("from Houthi positions", "from Syrian army positions")
    r"\bfrom\s+(?:(?:their|its|his|her|the|army|regime|government|rebel|militant|enemy)\s+(?:[\w’'-]+\s+)?"
    r"|(?-i:[A-Z][\w’'-]*)\s+(?:[\w’'-]+\s+)?)?"
    r"positions?\s+(?:(?:of|held\s+by)\s+(?:[\w’'-]+\s+){0,4}?|(?:they|it|he|she|we)\s+(?:\w+\s+)?"
    r"(?:hold|holds|held|occupy|occupies|occupied|control|controls|controlled)\s+)?"
    # ... or over a river or border from them ("from their positions across the Euphrates",
    # "from positions across the border in X"; helper wire31)
    rf"(?:{_NEAR_FILLER}|(?:in|at|near|around|outside|inside|across|beyond)\s+(?:the\s+)?"
    r"(?:(?:river|border|frontier|valley)\s+(?:in|at|near)\s+(?:the\s+)?)?)"
    # "from positions near the Druze city of X", "from their positions in the area of X"
    r"(?:(?:[\w’'-]+\s+)?(?:city|town|village|area)\s+of\s+)?$",
    re.I,
)
# "the bomb was dropped by a jet flying over Russia's X region": where the aircraft was when
# what it dropped or fired struck elsewhere; not the aircraft acting or hit there itself ("jets
# flying over X dropped barrel bombs", "a helicopter flying over X was shot down")
_FLYING_OVER = re.compile(
    r"\b(?:by|from)\s+(?:[\w-]+\s+){0,3}?(?:jets?|planes?|aircraft|bombers?|helicopters?|warplanes?)\s+"
    r"(?:that\s+(?:was|were)\s+)?(?:fly(?:ing)?|flew|flown)\s+over\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?$"
)
# "withdrew from their positions in X", "were driven from their positions near X": the positions
# lost are where the event happened, not where fire came from
_LEFT_POSITIONS = re.compile(
    r"\b(?:withdr[ae]w\w*|retreat\w*|driven|pushed|expelled|ousted|evicted|dislodged|flushed|routed|"
    r"pull(?:s|ed|ing)?\s+(?:back|out)|fled|flee\w*|evacuat\w*)\s+(?:[\w’'-]+\s+){0,3}?from\s+[^.;:]{0,40}positions?\b",
    re.I,
)
# "In Baghdad, the prime minister said ...": where someone spoke, opening the sentence
_SPEAKER_OPENS = re.compile(
    r"^\s*,\s*(?!(?:the\s+|a\s+|an\s+)?(?:[\w’'.-]+\s+){0,2}?(?:police|provincial|district|local|hospital|doctors?|"
    r"medics?|witness(?:es)?|residents?|villagers?|survivors?)\b)"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w’'.-]+\s+){0,5}?(?:said|says|told|announced|declared|stated|"
    r"condemned|vowed|warned|insisted|denied|accused|blamed)\b",
    re.I,
)
# "al-Namer forces", "the Hama militia", "Daraa fighters": a group named after a place or person
_FORCES_AFTER = re.compile(
    r"^[’']?s?\s+(?:forces|militias?|militiam[ae]n|brigades?|battalions?|fighters|gunmen)\b",
    re.I,
)
# people named by where they or their community come from ("killed 40 Amhara farmers", "clashes
# between Dinka and Nuer youths", "22 Hema civilians"): in a sentence reporting violence, until the
# report's other event places are known: beside one it names who, not where; alone ("shelling
# killed five Aleppo civilians") it is the best place given
_PEOPLE_NOUN_AFTER = re.compile(
    r"^\s+(?:villagers|farmers|civilians|youths?|herders|herdsmen|fishermen|miners|worshippers|pilgrims|"
    r"traders|students|women|men|families|refugees|migrants|workers|passengers|settlers|tribesmen|elders|"
    r"communities|residents)\b(?!\s+(?:said|say|told|reported|of)\b)"
)
_PEOPLE_FROM_AT_EVENT = (
    "names people by where they come from ('40 Amhara farmers'), in a sentence reporting violence"
)
PEOPLE_FROM = (
    "names people by where they come from ('40 Amhara farmers', 'Nuer youths'), not where it happened"
)
# a speaker's title that names the place they speak for ("Donetsk regional governor Vadym
# Filashkin said", "said Sumy regional governor Ivan Petrenko", "Kandahar provincial police chief
# said"): where someone speaks from, the event's place only when no other is told
_TITLE_AFTER = re.compile(
    r"^(?:[’']s)?(?:\s+(?:regional|provincial|state|district|city|county|oblast|municipal|local|military))*\s+"
    r"(?:governor|mayor|police\s+(?:chief|commissioner|spokes(?:man|woman|person))|"
    r"(?:military\s+|civil(?:ian)?\s+)?administration\s+(?:head|chief)|council\s+(?:head|chairman|chief)|"
    r"spokes(?:man|woman|person)|prosecutor|"
    # ... or its officials as a body, the speech verb right after ("..., Kirkuk police said", "Gaza
    # health officials said", "Tigray's regional government said"; not "attacked Kirkuk police, ...")
    r"(?:(?:security|health)\s+)?(?:police|officials|authorities|government|administration)"
    r"(?=\s*,?\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|told|reported|added|announced|confirmed)\b))"
    r"(?:\s+(?-i:[A-Z][\w.’'-]*)){0,3}"
    r"(?:\s*,?\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|told|wrote|reported|added|announced|confirmed)\b|"
    r"\s*(?:[,.;]|$))"
)
_SPEECH_WORDS = ("said", "says", "told", "wrote", "reported", "added", "announced", "confirmed")
# "the Kandahar police chief", "the Ghazni deputy governor": an office named after its area
_OFFICE_AFTER = re.compile(
    r"^(?:\s+(?:provincial|regional|state|district|city|county|municipal|local|deputy|police|security|"
    r"intelligence|army|military))*\s+(?:governor|mayor|chief|commander|commissioner|prosecutor)s?\b(?!-)"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|wrote|reported|added|according\s+to)\s+$")
# "the wounded were taken to hospitals in Gaziantep", "families fled to X", "a convoy heading to
# X", "took him to X": a destination
_TAKEN_TO = re.compile(
    r"\b(?:(?:taken|transferred|rushed|moved|evacuated|brought|airlifted|flown|referred|fled|fleeing|flee|flees|"
    r"displaced|sent|carried|driven|smuggled|"
    # ... or where an act drove people ("clashes erupted near X, displacing thousands toward Y")
    r"displac(?:ing|es?)|"
    # ... or where fighters fell back to ("the militants pulled back toward X", "withdrew to X")
    r"withdr[ae]w|withdrawn|withdrawing|retreated|retreating|(?:pull|pulled|pulling|fell|falling)\s+back)\s+|"
    # the active forms only with what they carry: "flew the injured to X", not "drones flew into X"
    r"(?:transfer|rush|evacuate|airlift|fly|flew|transferring|rushing|evacuating|airlifting|flying)\s+"
    r"(?=(?:[\w’'-]+\s+){0,3}?(?:wounded|injured|casualties|victims|bod(?:y|ies)|dead|survivors|patients)\b))"
    # ... with where they came from told before ("flew 50 wounded fighters from X to Y"; a count
    # with its thousands, "displaced 5,000 people toward Y")
    r"(?:[\w’'-]+(?:,\d{3})*\s+){0,4}?(?:from\s+(?:the\s+)?(?:[\w’'.-]+\s+){1,3}?)?(?:to|towards?|into)\s+(?:the\s+)?"
    r"(?:[\w’'.-]+\s+){0,2}?"
    # ... or the site they went to there ("fled towards the U.N. base at X", "to a school in X")
    r"(?:(?:hospitals?|clinics?|camps?|shelters?|bases?|compounds?|schools?|churches|mosques?)\s+"
    r"(?:in|at|near)\s+(?:the\s+)?"
    # ... or the town by its rank, then its name ("taken to the state capital, X")
    r"|(?:capital|city|town),\s+"
    # ... or by its kind ("fled toward the neighbouring town of X", "taken to the city of X")
    r"|(?:city|town|village|hamlet)\s+of\s+)?$",
    re.I,
)
# "clashed near X, forcing hundreds of villagers to shelter in monasteries in Y", "forcing thousands
# to seek refuge in Y", "drove families to flee to Y": where an act drove people to shelter, not
# where it happened (the verb of driving first: "families sheltering in a school in Y" may be
# where a strike hit them)
_DRIVEN_TO_SHELTER = re.compile(
    r"\b(?:forc(?:e|es|ed|ing)|driv(?:e|es|ing)|drove|prompt(?:s|ed|ing)?|sen(?:t|ds?|ding))\s+"
    r"(?:[\w’'-]+(?:,\d{3})*\s+){0,5}?to\s+(?:shelter|seek\s+(?:refuge|shelter|safety)|take\s+(?:refuge|shelter)|"
    r"flee|escape)\s+(?:in|at|into|to|towards?)\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,2}?(?:monaster(?:y|ies)|schools?|camps?|churches|church|mosques?|shelters?|bases?|"
    r"compounds?|hospitals?|forests?|hills|mountains|homes|houses)\s+(?:in|at|near|around)\s+(?:the\s+)?|"
    r"(?:city|town|village)\s+of\s+)?$",
    re.I,
)
_SHELTER_WORDS = ("shelter", "refuge", "safety", "flee", "escape")
# "X, where the wounded were taken", "X, the town across the border, where many of the injured
# were rushed for treatment": a relative clause says the wounded were brought to X (a destination
# with no other named after the verb: "..., where the wounded were taken to a clinic" may be X's)
_WOUNDED_TAKEN_THERE = re.compile(
    r"^(?:\s*,[^,.;:]{0,70})?\s*,\s+where\s+(?:(?:many|most|some|several|dozens|scores|all)\s+of\s+)?"
    r"(?:the\s+|its\s+)?(?:[\w’'-]+\s+)?(?:wounded|injured|casualties|victims|survivors)\s+"
    r"(?:were|was|are|had\s+been|have\s+been)\s+(?:(?:later|quickly|first)\s+)?"
    r"(?:taken|rushed|brought|transferred|evacuated|flown|airlifted|ferried|driven|carried)\b(?!\s+(?:to|from)\b)",
    re.I,
)
# ... not when an act's verb just before is what happened at X: "a second bomb exploded outside the
# hospital in X, where the wounded had been taken", "a bomber struck X, where ..." (the attack on
# the town that received the wounded; found by review rev24)
_ACT_VERB_BEFORE = re.compile(
    r"\b(?:exploded|blew\s+up|struck|hit|attacked|stormed|bombed|shelled|raided|targeted|opened\s+fire)"
    r"(?:\s+[\w’'-]+){0,5}?\s+(?:(?:in|at|near|outside|inside|on)\s+(?:the\s+)?)?$",
    re.I,
)
# "Death Toll From Idlib Air Strikes Rises", "casualties from the Aleppo car bomb", "the dead from
# Homs shelling": the toll of an event the place names, which happened there, not where someone
# comes from (a casualty word before "from", an event word right after the name)
_TOLL_FROM = re.compile(
    r"\b(?:tolls?|casualt(?:y|ies)|dead|deaths|victims|fatalities|losses)\s+from\s+(?:the\s+)?$", re.I
)


def _toll_from_event_here(
    spot: Spot, sentence: Sentence, before: str, event_spans: list[tuple[int, int]]
) -> bool:
    if _TOLL_FROM.search(before, max(0, len(before) - 40)) is None:
        return False
    return any(
        0 < start - spot.end <= 3
        and not sentence.text[spot.end - sentence.start : start - sentence.start].strip()
        for start, _ in event_spans
    )


# "the road from Azaz to Marea", "the only way from X city to its countryside": a route named by
# where it runs, not where someone comes from
_ROUTE_FROM = re.compile(
    r"\b(?:roads?|way|highway|motorway|route|corridor|supply line)\s+from\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
# "a convoy heading to X", "on its way to X", "took him to X", "refugees returning to X": the
# place next after the verb, nothing between ("took three days to recapture X" is no destination;
# "fighting returned to X", "rebels took the fight to X" are events there)
_HEADING_TO = re.compile(
    r"\b(?:(?:took|taking)\s+(?:him|her|them|it|(?:the|its|their|his|her)\s+(?:wounded|injured|bod(?:y|ies)|"
    r"dead|victims|casualties))|heading|headed|bound|en\s+route|on\s+(?:its|their|his|her|the)\s+way|"
    # ... or the travellers' journey: "pilgrims travelling to X", "a bus going to X" (the participle
    # after its noun only: "gunmen travelled to X and attacked" tells where they went to strike,
    # "while she was travelling back to X", "while driving to X" where the victim was when it
    # happened)
    r"(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )(?<!while )(?<!when )"
    r"(?:travell?ing|going|driving|walking|journeying)|"
    r"(?<!fighting )(?<!violence )(?<!clashes )(?<!shelling )(?<!calm )return(?:ed|ing))\s+"
    # ... also told the way it went: "took its casualties east to X", "heading north to X"
    r"(?:back\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:to|towards)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
# "advancing from X towards the Christian town of Y", "pushed from X toward Y": where forces
# head from where they are, nothing happened there yet ("an attempt to advance towards Y", with
# no origin, is fighting around Y; "closing in on Y", "advancing on Y" are fighting there)
_ADVANCING_TOWARD = re.compile(
    r"\b(?:advanc\w+|push(?:es|ed|ing)?|mov(?:es|ed|ing)|c(?:ame|ome|omes|oming)|march(?:es|ed|ing)|head(?:s|ed|ing)|driv(?:es|ing)|drove)\s+"
    r"(?:[\w’'-]+\s+){0,3}?from\s+[^.;:]{1,60}?\btowards?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?$",
    re.I,
)
# "as fighting also spread towards X", "a tunnel they had been digging towards X": where it heads,
# not where it is yet ("spread to X" is fighting at X; "fired towards X", "advance towards X" stay
# the event's)
_SPREAD_TOWARD = re.compile(
    r"\b(?:spread(?:s|ing)?|dig(?:s|ging)?|dug|tunnell?(?:ed|ing))\s+(?:(?:further|also|slowly|steadily)\s+)?"
    r"towards?\s+(?:the\s+)?(?:(?:city|town|village|neighbou?rhood|district|area)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
# "before an offensive on Mosul", "ahead of a push to retake X", "in preparation for the battle
# for X", "clearing the way for an assault on X", "paving the way for the offensive on X": the
# goal of an operation still to come, not where anything happened
_OPERATION = r"(?:offensives?|push|assaults?|battles?|operations?|campaigns?|drive|advance)"
_GOAL_BEFORE = re.compile(
    r"\b(?:ahead\s+of|before|in\s+preparation\s+for|preparing\s+for|prepares\s+for|to\s+prepare\s+for|"
    r"(?:clear(?:s|ed|ing)?|pav(?:e|es|ed|ing)|open(?:s|ed|ing)?)\s+the\s+way\s+for|set(?:s|ting)?\s+the\s+stage\s+for)\s+"
    r"(?:a|an|the|any)?\s*(?:[\w’'-]+\s+){0,2}?" + _OPERATION + r"\s+"
    r"(?:(?:on|against|for|into|towards?)|to\s+(?:retake|recapture|take|capture|seize|liberate|free|storm))\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
# ... the goal named before the operation: "ahead of the Mosul push", "before a Raqqa offensive"
_GOAL_NAMED_BEFORE = re.compile(
    r"\b(?i:ahead\s+of|before|preparing\s+for|prepares\s+for)\s+(?i:a|an|the|any)?\s*(?:[a-z][\w’'-]*\s+){0,2}$"
)
_OPERATION_AFTER = re.compile(r"^[’']?s?\s+(?:[\w’'-]+\s+)?" + _OPERATION + r"\b", re.I)
# ... not one told as done, by its day or its toll right after the place ("before a ground assault on
# X on Friday that killed 15", "before the final push into X on Tuesday, in which 30 died")
# ... nor one whose relative clause tells the goal taken, with its day ("an assault on X, which
# troops captured on Sunday", "a push on X, which the army stormed on Monday"; not "X, which IS
# captured in 2014", the goal's past)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DONE_AFTER = re.compile(
    rf"^\s*,?\s+(?:on\s+{_DAY}\b|(?:that|which)\s+"
    r"(?:killed|left|claimed|wounded|cost)\b|in\s+which\b|"
    r"(?:that|which)\s+(?:[\w’'-]+\s+){0,3}?(?:captured|seized|took|retook|recaptured|stormed|overran|"
    r"entered|liberated|regained|fell|(?:was|were)\s+(?:captured|seized|taken|retaken|recaptured|stormed|"
    rf"overrun|liberated))\b[^,;.]{{0,40}}?\b(?:on\s+{_DAY}|today|yesterday|overnight)\b)"
)
GOAL = "the goal of an operation still to come ('before an offensive on X', 'ahead of the X push')"
# ... an operation feared, threatened or looming: "fearing a Turkish offensive on X", "a looming
# offensive on X could displace 800,000", "braced for an assault on X", "the planned push into X"
# (not one launched or pressed on: "vowed to press the offensive on X" is fighting there)
_FEARED_WORDS = (
    "fear", "threat", "warn", "brac", "plan", "loom", "expect", "imminent", "impending", "anticipat",
    "possib", "potential", "upcoming", "long-awaited", "feared",
)  # fmt: skip
_FEARED_GOAL = re.compile(
    r"\b(?:fear(?:s|ed|ing)?(?:\s+of)?|threat(?:s|en(?:s|ed|ing)?)?(?:\s+of)?|warn(?:s|ed|ing)?\s+(?:of|against)|"
    r"brac(?:e|es|ed|ing)\s+(?:themselves\s+)?for|plan(?:s|ned|ning)?|looming|expected|imminent|impending|"
    r"anticipated|possible|potential|upcoming|long-awaited)\s+"
    r"(?:(?:a|an|the|any)\s+)?(?:[\w’'-]+\s+){0,2}?" + _OPERATION + r"\s+"
    r"(?:(?:on|against|for|into|towards?)|to\s+(?:retake|recapture|take|capture|seize|liberate|free|storm))\s+"
    r"(?:the\s+)?(?:(?:city|town|village|province|region)\s+of\s+)?$",
    re.I,
)
# ... but one told as done, by what it did there or what met it: "the long-awaited offensive on X
# began ...", "a well-planned assault on X, killing dozens", "fear an offensive on X, where shelling
# killed two", "repelled an expected assault on X" (found by review rev24)
_FEARED_DONE_AFTER = re.compile(
    r"^\s*,?\s+(?:killing|leaving|wounding|injuring|where|began|begun|started|killed|left|wounded)\b", re.I
)
_FEARED_DONE_BEFORE = re.compile(
    r"\b(?:carried\s+out|launched|mounted|staged|repelled|repulsed|beat\s+back|fought\s+off)\s+"
    r"(?:[\w’'-]+\s+){1,5}?(?:on|against|into|for)\s+(?:the\s+)?(?:(?:city|town|village|province|region)\s+of\s+)?$",
    re.I,
)
# "the army pushed its offensive to within a few kilometres of the town of X", "bringing its
# forces within 60 kilometers of X", "advanced to within 5 km of X": how near an advance came to
# X, where nothing happened yet (not "a strike on a village within 10 km of X": no advance)
_WITHIN_REACH = re.compile(
    r"\b(?:push\w*|advanc\w*|mov\w*|br(?:ing|ings|inging|ought)|c(?:ame|ome|omes|oming)|got|gets?|getting|"
    r"driv\w*|drove|press\w*|clos\w*|reach\w*)\s+(?:[\w’'-]+\s+){0,3}?(?:to\s+)?within\s+"
    r"(?:(?:about|some|around|roughly|just|only|barely|nearly)\s+)?(?:\d+(?:[.,]\d+)?|a\s+few|several|a\s+couple\s+of)"
    r"\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{0,20}\)\s+)?of\s+(?:the\s+)?"
    # ... the town told with what it is ("of the besieged Shi'ite towns of X and Y")
    r"(?:(?:[\w’'-]+\s+){0,3}?(?:city|cities|towns?|villages?|capital)\s+of\s+)?$",
    re.I,
)
REACH = "how near an advance came ('pushed to within a few kilometres of X'), not where it happened"
# ... until the report's other event places are known: alone ("advanced to within 3 km of X after
# clashes that killed 30") X is the best place the report gives for the fighting
_ADVANCE_AT_EVENT = REACH + ", in a sentence reporting violence"
# "officials said, blaming Turkey", "appealed to the United States for air strikes", "urged
# Pakistan to act": a party blamed or addressed (a government by its country's or seat's name)
_ADDRESSED = re.compile(
    # ("ask Damascus for protection", "asked Moscow to rein in ...": a capital asked is its government)
    r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|thank(?:s|ed|ing)?|ask(?:s|ed|ing)?|"
    # not "turned to": "government forces then turned to Saraqeb, shelling it" moved the fighting there
    r"(?:appeal(?:s|ed|ing)?|plead(?:s|ed|ing)?)\s+to|call(?:s|ed|ing)?\s+(?:on|upon))\s+"
    r"(?:the\s+)?$",
    re.I,
)
ADDRESSED = "a party blamed or addressed ('blaming Turkey', 'appealed to the United States'), not a place"
# "people who fled violence around X", "fleeing the fighting in X": where people came from
_FLED_FROM = re.compile(
    r"\b(?:fled|flee(?:s|ing)?|escap(?:ed|es|ing))\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:fighting|violence|war|"
    r"clashes|attacks?|bombardments?|shelling|insecurity|conflict|unrest|offensive|bombings?|air\s?strikes|"
    r"raids|battles?|siege)\s+(?:in|around|near|at|for|over)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
    # the doer's name before the noun ("fled Boko Haram attacks in X") and the place's owner
    # after the preposition ("... in Nigeria's Borno state")
    r"(?:[\w’'-]+[’']s\s+)?$",
    re.I,
)
# "people who fled ...", "families that had escaped ...": a relative clause about the people
_WHO_BEFORE = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?$", re.I)
# ... who then tell what happened there, the sentence's news: "Residents who fled the fighting in
# X said troops killed 20 civilians there", "Survivors who escaped the attack in X told Reuters
# that ..." (the violence they fled is the event; not when a place phrase after the verb says
# where the told act was)
_FLED_WITNESS = re.compile(
    r"^(?:\s+(?:on|last|earlier)\s+\w+)?[^.;,]{0,40}?\s(?:said|say|says|told|recounted|described)\b", re.I
)
_PLACE_PHRASE = re.compile(r"\b(?:in|at|near|outside|around)\s+(?:the\s+)?(?-i:[A-Z])")
_OF_THEMSELVES = re.compile(
    r"(?:\s+(?:reporters|journalists|us|aid\s+workers))?(?:\s+that)?\s+(?:they|their|we|our)\b", re.I
)
# "on the highway to Hama", "the main road towards X"
# (also with the way it runs: "opening the coastal road north toward X", "the highway leading to X")
# ... or from its other end: "reinforcements on the road from Sanaa" (a road runs for tens of
# kilometres from the town that names it: beside the sentence's own event place, the town only
# names the road; not "the road from X to Y", a route both ends name); "into" only with the place
# on the road told after it ("the supply road into Aleppo near X"): alone, "a checkpoint on the
# highway into X" is at X's entrance
_ROAD_TO = re.compile(
    r"\b(?:road|highway|motorway|route)\s+(?:(?:leading|running|heading)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?"
    r"(?:to|towards?|(?P<from>from)|(?P<into>into))\s+(?:the\s+)?$",
    re.I,
)
_ROUTE_TO_AFTER = re.compile(r"(?:\s+(?:city|town))?\s+(?:to|towards?)\b", re.I)
_ON_THE_ROAD_AT = re.compile(
    r"\s+(?:near|outside|close\s+to)\s+(?:the\s+)?(?:(?:town|village)\s+of\s+)?[A-Z]"
)
# "calling for a ceasefire after months of fighting in X", "urged an end to the clashes around
# X", "appealed for calm in X": a call for the fighting there to stop; it tells of no event
_CALL = r"\b(?:call(?:ed|ing|s)?|urg(?:ed|ing|es)|appeal(?:ed|ing|s)?|demand(?:ed|ing|s)?)\b"
_CALL_TO_STOP = re.compile(
    _CALL
    + r"[^.;:]{0,80}?\b(?:ceasefire|cease-fire|truce|halt|end|calm|stop|pause|cessation|de-?escalation)\b"
    r"[^.;:]{0,60}?\b(?:in|around|near|across|over|for)\s+(?:the\s+)?$",
    re.I,
)
# "called for fighting around X to stop": the stop after the place
_CALL_FOR_FIGHTING = re.compile(
    _CALL + r"[^.;:]{0,120}?\bfor\s+(?:the\s+)?(?:fighting|violence|clashes|hostilities|attacks|bombing|"
    r"shelling)\s+(?:in|around|near|across|over)\s+(?:the\s+)?$",
    re.I,
)
_CALL_WORDS = ("call", "urg", "appeal", "demand")  # one of them is in every `_CALL`
_TO_STOP_AFTER = re.compile(r"^\s+to\s+(?:stop|end|cease|halt)\b", re.I)
# "the wounded were taken across the border to a hospital in Kilis", "died on the way to the
# national hospital in X", "a patrol escorted the injured to the hospital in X": people carried
# to a hospital, however many words between (the hospital word makes it safe)
_TO_HOSPITAL = re.compile(
    r"\b(?:took|take|takes|taking|taken|transferred|rushed|evacuated|brought|airlifted|flown|"
    r"carried|driven|sent|referred|moved|transported|ferried|shifted|escort(?:s|ed|ing)?|"
    r"(?:on\s+(?:the|his|her|their)|en)\s+(?:way|route))\b(?:[^.;:]|(?<=\b[A-Z])\.){0,80}?\bto\s+(?:a|the|an)?\s*"
    # what kind of hospital or whose: "the national hospital in X", "the Syrian-American
    # hospital in X", "a Turkish-run field hospital near X"
    r"(?:[\w’'-]+\s+){0,3}?"
    # ... or the dead to a morgue ("the bodies were taken to the morgue in the nearby city of X")
    r"(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|points?)|morgues?|mortuar(?:y|ies))\s+"
    r"(?:in|at|near|across)\s+(?:the\s+)?"
    # "a hospital in the nearby city of X", "hospitals in the provincial capital, X"
    # ... "hospitals in the northern Lebanese city of X"
    r"(?:(?:nearby|neighbou?ring|provincial|regional|state|district|border|[a-z]+ern)\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,2}?(?:city|town|port|capital)\s+of\s+|(?:city|town|capital),\s+)?$",
    re.I,
)
# "a field hospital near the border at X was overwhelmed with wounded", "doctors at a hospital in
# X said they treated 20 people": a hospital that receives the wounded, not one the violence hit
# (a subject or its staff's workplace, never an object: "shells hit a hospital in X" is X's)
_HOSPITAL_TOLD = re.compile(
    r"(?:^|[.;,:]\s*|\b(?:and|while|as|that|A|The|An)\s+|\b(?:at|in|of|from)\s+)(?:(?:a|the|an)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:hospitals?|clinics?)\b[^.;,:]{0,30}?\b(?:in|at|near)\s+(?:the\s+)?"
    r"(?:(?:nearby|neighbou?ring|[a-z]+ern)\s+)?(?:(?:city|town)\s+of\s+)?$"
)
_STAFF_BEFORE = re.compile(
    r"\b(?:doctors?|medics?|nurses?|surgeons?|staff|physicians?)\s+(?:at|in|of|from)\s+"
    r"(?:a|the|an)\s+(?:[\w’'-]+\s+){0,3}?(?:hospitals?|clinics?)\b[^.;,:]{0,30}?$",
    re.I,
)
_TREATS_AFTER = re.compile(
    r"^(?:\s+(?:city|town))?\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:overwhelmed|treating|"
    r"receiving|packed|full|crowded|struggling|inundated|flooded|swamped|overflowing)|"
    r"(?:received|receive|receives|treated|treat|treats|admitted|took\s+in|takes\s+in)\b)",
    re.I,
)
# ... its staff telling of the wounded they treat ("doctors at a hospital in X said they were
# treating 20"; not "doctors at the hospital in X said the strike killed five": a local source)
_STAFF_TREATED_AFTER = re.compile(
    r"^\s*,?\s+(?:said|say|says|told)\s+(?:\w+\s+){0,2}?(?:they|it)\s+(?:had\s+|have\s+)?(?:were\s+|was\s+|are\s+|is\s+)?"
    r"(?:treating|treated|received|receiving|admitted)\b",
    re.I,
)
# "the wounded were being treated in X", "receiving treatment in X", "hospitalised in X": where
# the wounded are, not where it happened
# "two others later died in a hospital in X", "succumbed to his wounds at a clinic in X": where a
# victim died of wounds got elsewhere, beside the sentence's event place (alone, "a soldier died
# in a hospital in X after a bomb hit his patrol", the best place the sentence gives)
_DIED_IN_HOSPITAL = re.compile(
    r"\b(?:died|dies|die|dying|succumbed|succumbs|passed\s+away)\b(?:\s+[\w’'-]+){0,4}?\s+(?:in|at)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,2}?(?:hospitals?|clinics?|medical\s+(?:centres?|centers?))\s+"
    r"(?:in|at|near)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|provincial|regional|[a-z]+ern)\s+)?"
    r"(?:(?:city|town|capital)\s+of\s+)?$",
    re.I,
)
_DIED_IN_HOSPITAL_AT_EVENT = (
    "where a victim died in hospital ('later died in a hospital in X'), in a sentence reporting violence"
)
# "..., state media said, blaming rebels in the besieged X district", "accused militants holed up
# in X of firing the rockets": where those blamed are, beside the sentence's event place (alone,
# "officials blamed militants in X for the blast", it may be where it happened)
_BLAMED_IN = re.compile(
    r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing))\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:rebels?|militants?|insurgents?|terrorists?|fighters?|gunmen|jihadists?|groups?|factions?|militias?|"
    r"militiamen|forces|troops|army|separatists?|extremists?|gangs?|cells?)\s+"
    r"(?:(?:holed\s+up|based|positioned|entrenched|hiding|besieged)\s+)?(?:in|at|inside|around)\s+(?:the\s+)?"
    r"(?:(?:besieged|rebel-held|opposition-held|nearby|neighbou?ring|[a-z]+ern)\s+)?"
    r"(?:(?:city|town|district|village|neighbou?rhood|area|enclave)\s+of\s+)?$",
    re.I,
)
_BLAMED_AT_EVENT = "where those blamed are ('blaming rebels in X'), in a sentence reporting violence"
BLAMED = "where those blamed for it are ('blaming rebels in X'), not where it happened"
_TREATED_IN = re.compile(
    # (not a "treatment centre in X", a venue a strike may hit like any other)
    r"\b(?:treated|treatment(?!\s+(?:centres?|centers?|facilit(?:y|ies)|units?|clinics?|camps?|sites?)\b)|"
    r"hospitali[sz]ed|recovering)\s+(?:(?:for\s+)?[\w’'-]+\s+){0,2}?"
    # ... at a hospital there ("treated in makeshift clinics in X", "treated at a field hospital in X")
    r"(?:(?:in|at)\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,2}?(?:hospitals?|clinics?)\s+)?(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:nearby|neighbou?ring|provincial|regional|[a-z]+ern)\s+)?(?:(?:city|town|capital)\s+of\s+)?$",
    re.I,
)
# a court's ruling on what was done before: "sentenced three men for their role in the bombing
# in X", "convicted him over the killing of detainees in X", "found guilty of the massacre in X";
# or the charge brought: "charged a former militiaman over the 2013 killings in X", "indicted
# two officers for the massacre in X"
_RULED_WORDS = ("sentenc", "convict", "jail", "acquit", "guilty", "charged", "indict", "prosecuted")
# (over the lower-cased text, a substring test of each word finds what this finds)
_RULED = re.compile(rf"(?i:{'|'.join(_RULED_WORDS)})")
# ... and what a court hears or rules on as a case ("the court ordered Syria to prevent torture,
# in a case whose lawyers cited deaths of detainees in X", "a court began hearing the case of men
# accused over the bombing in X"): the case's places, not this report's violence
_COURT_CASE = re.compile(r"\b(?:court|tribunal|judges?)\b[^.;:]{0,240}?\bcase\b[^.;:]{0,120}$", re.I)
# ... unless this report's violence is told after "case", not in a clause of the case's own ("a
# judge hearing the case against militants was shot dead in X", "in a separate case a bomb killed
# five in X"; but "the case of officers who opened fire on protesters in X" is the case's)
_NEWS_AFTER_CASE = re.compile(
    r"\bcase\b(?:(?!\b(?:who|whom|whose|which|that|where)\b)[^.;:])*?\b(?:killed|shot|gunned|stabbed|stormed|"
    r"attacked|bombed|exploded|struck|hit|ambushed|abducted|kidnapped|fled|raided|torched|wounded|injured|"
    r"murdered|assassinated|opened\s+fire)\b(?:(?!\bcase\b)[^.;:])*$",
    re.I,
)
_TRIED_FOR = re.compile(
    r"\b(?:sentenced|sentences|sentencing|convicted|convicts|convicting|jailed|jails|acquitted|acquits|"
    r"found\s+(?:\w+\s+)?guilty)\b[^.;:]{0,120}?\b(?:for|over|of)\s+[^.;:]{0,100}$"
    # (a charge's "for" or "over", not "of" nor "with": "police charged crowds of protesters in X",
    # "charged the crowd with batons" are done there)
    r"|\b(?:charged|indicted|indicts|prosecuted)\b[^.;:]{0,120}?\b(?:for|over)\s+[^.;:]{0,100}$",
    re.I,
)
# "an appeals court in Islamabad upheld ...", "a tribunal in The Hague"
_COURT_IN = re.compile(r"\b(?:court|tribunal)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# ... that rules (not "gunmen attacked a court in Kirkuk")
_COURT_RULES = re.compile(
    r"^\s+(?:(?:on|late\s+on)\s+\w+\s+)?(?:has\s+|had\s+|also\s+)?(?:upheld|upholds|ruled|rules|sentenced|"
    r"sentences|convicted|convicts|acquitted|acquits|ordered|orders|jailed|jails|found|finds|rejected|"
    r"rejects|overturned|overturns|charged|charges|handed|hands|heard|hears|began|opened)\b",
    re.I,
)
# "a Dhaka court sentenced", "the Paris tribunal convicted": a court named by its city, that rules
_CITY_COURT_RULES = re.compile(
    r"^\s+(?:criminal\s+|military\s+|appeals?\s+|high\s+)?(?:court|tribunal)" + _COURT_RULES.pattern[1:], re.I
)
# "forces allied to the Tripoli government": a government named by its seat
_GOVERNMENT_AFTER = re.compile(
    r"^\s+(?:government|administration|authorities|junta|regime|cabinet)\b"
    # not the building or the forces: "the Kandahar government compound", "government hospital"
    r"(?!\s+(?:compounds?|headquarters|hospitals?|buildings?|offices?|complex|house|schools?|palace|"
    r"forces|troops|soldiers|centres?|centers?|facilit(?:y|ies)|posts?|checkpoints?|employees|workers)\b)",
    re.I,
)
# "peace talks in Geneva", "negotiations in Astana", "a summit at Sochi": where talks are held
_TALKS_IN = re.compile(
    r"\b(?:talks|negotiations|summit|consultations|peace\s+(?:process|conference))\s+"
    r"(?:(?:on|over|about|between)\s+(?:[\w’'-]+\s+){1,3}?)?(?:in|at)\s+(?:the\s+)?$"
    # a meeting still to come: "were due to meet in X", "will meet Taliban envoys in X" (not
    # "an air strike on a meeting of commanders in X", which is where the strike fell, nor a
    # purpose, "elders who had gathered to meet in X", "travelling to meet villagers in X")
    r"|\b(?:(?:due|scheduled|set|expected|planned|planning|plans?|prepared|preparing|is|are|was|were)"
    r"\s+to|will|would|shall)\s+meet\s+(?:[\w’'-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
# "told reporters in Erbil", "said in a statement from Riyadh", "speaking in Ankara": where
# someone spoke; a noun between ("said the attack in Idlib") is what was said, not a venue
_SPOKE_IN = re.compile(
    r"\b(?:said|says|announced|declared|stated|added|speaking|spoke|vowed|vows|pledged|pledges|promised|"
    r"told\s+(?:reporters|journalists|judges|lawmakers|legislators|parliament|delegates|diplomats|"
    r"(?:the\s+)?(?:court|tribunal|council|assembly)|a\s+(?:rally|news\s+conference|press\s+conference|briefing))|"
    r"(?:a|the)\s+(?:statement|news\s+conference|press\s+conference|briefing)"
    r"(?:\s+(?:issued|released|published|read\s+out|(?:broadcast|aired|read)(?=\s+on\s+(?:\w+\s+)?(?:television|tv|radio)\b)))?)"
    # ... over the air: "said on state television in X", "a statement read on national radio in X"
    # (not a bare "read in X")
    r"(?:\s+on\s+(?:(?:state|national|public|local|the)\s+)?(?:television|tv|radio))?\s+"
    r"(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:(?:in|from)\s+a\s+statement\s+)?"
    # ... or on a trip there: "said on a visit to Popayan", "speaking during a trip to X"
    r"(?:in|from|at|(?:on|during|while\s+on)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+to)\s+(?:the\s+)?"
    # ... or from the speaker's seat there: "said in a statement from its headquarters in X"
    r"(?:(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:headquarters|offices?|bureau|base|compound)\s+(?:in|at)\s+(?:the\s+)?)?$",
    re.I,
)
# people who treat or rescue the wounded, and where they do (`_SEAT_IN`, `_PEOPLE_IN`)
_CARERS = (
    r"(?:health|medical|rescue|aid|relief|hospital|ambulance|civil\s+defen[cs]e)\s+(?:workers?|staff|teams?|volunteers?)|"
    r"doctors?|medics?|paramedics?|nurses?|surgeons?|rescuers?|hospitals?|clinics?|morgues?"
)
# "the health ministry in Sanaa said", "the Pentagon's office in X announced": a seat of
# government that speaks (people in a place who speak, "activists in Douma said", are there)
_SEAT_IN = re.compile(
    r"\b(?:ministry|government|presidency|embassy|headquarters|office|parliament|command|cabinet|junta|"
    r"regime|administration|spokes(?:man|woman|person)|"
    # a military that speaks from its seat ("the Israeli military in Tel Aviv said it had struck")
    r"military|army|"
    # people who speak from a place: where they are, not where it happened once the report has
    # told its event place ("officials in Damascus blame ...", "state officials in Morelia said"),
    # or unnamed ("a military source in Damascus said", "security sources in X told AFP")
    r"officials|authorities|leaders|police|sources?|"
    # ... and troops who speak from their post ("Chadian troops in Bol said they repelled an
    # attack on X"): their town's report only while no other event place is told
    r"troops|soldiers|forces|commanders|"
    # ... or their unit from its headquarters ("a colonel of the 6th Infantry Division in X said")
    r"division|brigade|battalion|regiment|corps|"
    # ... and those who treat or rescue the wounded, where they work ("a health worker in X said
    # the wounded arrived there", "doctors at a hospital in X said they ran short of blood", "a
    # rescuer in X said three of the dead were children"), or the hospital itself: where the
    # wounded were brought, not hurt, once the report has told its event place
    f"{_CARERS}|"
    # a news outlet that speaks from its city ("state media in Damascus said", "al-Masirah TV in
    # Sanaa said", "the state news agency in Kabul reported", "a radio station in Kano said"),
    # or a palace ("the palace in X condemned")
    r"agency|agencies|broadcaster|television|tv|radio|station|channel|newspaper|media|outlet|palace|"
    # a body's part that speaks for it ("the military's media wing in Rawalpindi said", "its
    # bureau in X", "the group's branch in Y")
    r"wing|bureau|branch|directorate|secretariat)\s+"
    r"in\s+(?:the\s+)?$",
    re.I,
)
# "X in Y condemned the attack": whoever condemns in Y, the verb right after the name
_CONDEMNS = re.compile(
    r"\s+(?:has\s+|have\s+|also\s+|swiftly\s+|strongly\s+)?(?:condemned|condemns|denounced|denounces|"
    r"deplored|deplores|decried|decries)\b",
    re.I,
)
# local people who speak: "officials in Kunduz said ..." is Kunduz's report unless an event place
# came before it
# (and police: "police in X said they had detained two suspects" after the event place was told)
_PEOPLE_IN = re.compile(
    r"\b(?:officials|authorities|leaders|police|sources?|troops|soldiers|forces|commanders|"
    + _CARERS
    + r")\s+in\s+(?:the\s+)?$",
    re.I,
)
# "..., Turkish media said, citing officials in X", "citing hospital sources in X", "according to
# the health ministry in X": who a report quotes and where they are, not where it happened
_CITING_IN = re.compile(
    r"\b(?:citing|according\s+to)\s+(?:[\w’'-]+\s+){0,3}?(?:officials?|sources?|authorities|residents|"
    r"witnesses|medics|doctors|police|officers?|activists|monitors?|spokes(?:man|woman|person)|commanders?|"
    r"media|agencies|ministry|ministries)\s+"
    r"(?:in|from|at)\s+(?:the\s+)?$",
    re.I,
)
# "the U.N.-backed government in Tripoli", "the junta in Naypyitaw": a government by its seat
_GOVERNMENT_IN = re.compile(
    r"\b(?:government|administration|junta|cabinet)\s+in\s+(?:the\s+)?$",
    re.I,
)
# ... not its building: "the headquarters of the South West State government in Baidoa"
_BUILDING_OF = re.compile(
    r"\b(?:headquarters|compound|offices?|buildings?|palace|premises|residence|seat|"
    # ... nor one of its people, who is where the event happened: "an official of the provincial
    # government in Ghazni was shot dead"
    r"officials?|members?|employees?|staff|advis[eo]rs?|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?"
    r"(?:[\w’'.-]+\s+){0,5}?(?:government|administration|junta|cabinet)\s+in\s+(?:the\s+)?$",
    re.I,
)
# "mourners attended funeral prayers in X", "held funerals in X for", "gathered for more funerals
# in X": where the dead are mourned (not "a bomb hit a funeral in X": no mourning verb before it)
_FUNERAL_IN = re.compile(
    r"\b(?:attended|attend|attends|attending|held|hold|holds|holding|gathered\s+for|gather\s+for|"
    r"joined|join|took\s+part\s+in|mourned|mourn|buried|bury)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:funerals?|burials?|vigils?|memorials?)(?:\s+(?:prayers|services?|processions?|ceremon(?:y|ies)))?\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
_POSSESSIVE_AFTER = re.compile(r"[’']s\b")
# "the de-escalation agreement reached in Sochi": where a deal was made, not where it happened
_AGREED_IN = re.compile(
    r"\b(?:agreements?|deals?|accords?|ceasefire|truce|memorandum|understanding|pact)\s+"
    r"(?:was\s+|were\s+)?(?:reached|signed|brokered|agreed|struck|concluded|sealed)\s+(?:in|at)\s+(?:the\s+)?$"
    # the verb first: "signed a peace agreement in X", "sealed a truce deal at X on Friday"
    r"|\b(?:signed|signs|signing|sign|reached|reach|reaches|reaching|sealed|seal|seals|sealing|struck|"
    r"concluded|initialled|initialed)\s+(?:a|an|the|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:agreements?|deals?|"
    r"accords?|ceasefire|truce|memorandum|pact|treaty|declaration)\s+(?:(?:on|late\s+on)\s+\w+\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
# "a peace roadmap presented in X", "the ceasefire plan unveiled in X", "a proposal tabled at X":
# where a plan was put to the parties, a venue like the talks' (never where the fighting was)
_PLAN_IN = re.compile(
    r"\b(?:plan|roadmap|road\s+map|proposals?|initiative|blueprint)\s+(?:was\s+|were\s+)?"
    r"(?:presented|unveiled|proposed|tabled|submitted|drafted|put\s+forward|launched|announced)\s+"
    r"(?:(?:on|late\s+on)\s+\w+\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
# "a U.N. report presented in Geneva", "the findings, released in X on Tuesday": where a report
# was made public, not where what it tells happened
_REPORT_IN = re.compile(
    r"\b(?:report|study|findings|survey|review)\s+(?:was\s+|were\s+)?"
    r"(?:presented|released|published|issued|launched|unveiled)\s+(?:(?:on|late\s+on)\s+\w+\s+)?(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
# "the deadliest attack since a car bomb in Samarra", "a week after a similar attack in X": an
# earlier event named for comparison, not this one; also "the latest/second ... since", and the
# target before the place ("since the bombing of a market in X", "since a bombing at a mosque in X")
# (an event noun after "since a/the": "the heaviest bombardment since the ceasefire in X" and
# "the worst violence since the truce in X" name this event's place)
_EARLIER = re.compile(
    r"(?:(?:\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|first|latest|second|third)\b"
    r"(?:[^.;:]|(?<=\b[A-Z])\.){0,60}?\bsince\s+"
    # ... or one counted after the one it follows: "the second attack on a rally this month, after a
    # bomb at a meeting in X killed three"
    r"|\b(?:latest|second|third|fourth)\b(?:[^.;:]|(?<=\b[A-Z])\.){0,60}?,\s+after\s+(?=(?:a|an)\s))"
    r"(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?|(?=[a-z]+s\s))(?:bomb(?:ing)?s?|attacks?|explosions?|(?:air\s?)?strikes?|"
    r"blasts?|massacres?|raids?|shelling|bombardments?|shootings?|ambush(?:es)?|assaults?)\s+"
    r"(?:(?:of|at|on|against)\s+(?:[\w’'-]+\s+){0,3}?)?|\b(?:a|an|the)\s+(?:similar|previous|earlier)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:(?:on|of|by|against)\s+(?:[\w’'-]+\s+){0,4}?)?)(?:in|on|at|near)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
# "..., the deadliest attack in the X region this year", "..., the latest in a wave of attacks in
# X", "..., one of the deepest strikes inside X", "in the first such attack in X in months": a
# summary that sets this event among others of an area (not "the deadliest since a bombing in
# X", `_EARLIER`: no "since" between)
_COMPARED_IN = re.compile(
    r"(?:,\s+|\bin\s+)(?:(?:one|some)\s+of\s+)?the\s+(?:deadliest|worst|bloodiest|biggest|largest|"
    r"heaviest|deepest|fiercest|latest|first|second|third|most\s+[\w-]+)\b"
    r"(?:\s+(?!(?:since|after|before|when|as|while|and|but)\b)[\w’'-]+){0,6}?\s+(?:in|inside|across|within)\s+(?:the\s+)?$",
    re.I,
)
# "putting them within eight kilometres of the town of X", "to within a few miles of X": how near
# (an advance told by its verb is `_WITHIN_REACH`'s, read first); "fleeing toward the desert west
# of X", "withdrew into the bush north of X": which way; "the area stretching east to X", "a desert
# that stretches south to X": how far (not "within 200 metres of X": that near is at X)
_NUMBER_WORD = (
    r"(?:\d+(?:[.,]\d+)?|a\s+few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|"
    r"twenty|thirty|forty|fifty|several)"
)
_REACH_BEFORE = re.compile(
    r"\bwithin\s+(?:(?:about|some|around|roughly|just|only|nearly|barely)\s+)?"
    rf"{_NUMBER_WORD}\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{{0,20}}\)\s+)?of\s+"
    r"(?:the\s+)?(?:(?:[\w’'-]+\s+){0,3}?(?:city|town|village|outskirts|centre|center)\s+of\s+(?:the\s+)?)?$"
    # ... also where the event place lies: "near X in the desert east of Y" (Y only takes the
    # bearing; alone in its report, Y is where it happened)
    r"|\b(?:toward|towards|into|for|(?P<inside>in|across|through))\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:desert|hills?|mountains?|bush|forests?|woods|"
    r"valley|plains?|countryside|farmlands?|border\s+area|scrubland)\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)"
    r"(?:-?(?:east|west))?(?:ern)?\s+of|beyond|outside)\s+(?:the\s+)?$"
    r"|\bstretch(?:es|ed|ing)?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:to|towards?|as\s+far\s+as)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "..., as protests over a tax reform went on in X", "while protesters marched in X", "amid
# demonstrations in X": a concurrent happening with no violence, set off as a clause of its own
# (not "as police shot protesters in X": no agent or done verb before the crowd's noun)
_BESIDE_IN = re.compile(
    r"^\s*(?:as|while|amid)\s+(?:(?!(?:police|troops|forces|soldiers|gunmen|security)\b)[a-z][\w’'-]*(?<!ed)\s+){0,2}?"
    r"(?:protests?|protesters|demonstrations?|demonstrators|rall(?:y|ies)|marches|marchers|sit-ins?|vigils?|"
    r"talks|negotiations|celebrations|festivities|elections?|voting|campaigning)\b"
    r"(?:\s+(?:over|against|for|by|of|about|demanding)\s+(?:[\w’'-]+\s+){0,4}?)?\s*"
    r"(?:(?:went\s+on|continued|marched|rallied|gathered|were\s+held|was\s+held|took\s+place|spread|swept|"
    r"resumed|began|opened)\s+)?(?:in|across|through|at|outside)\s+(?:the\s+)?$",
    re.I,
)
# "a bombing in Istanbul a week earlier", "the attack in X two days before": an earlier event
# told by the time after its place ("ago" counts from today, and may be this report's event)
_EARLIER_AFTER = re.compile(
    r"^\s*,?\s+(?:just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|before)\b"
    # "two days before the election" looks forward from this event
    r"(?!\s+(?:the|a|an|this|that|its|their|his|her|polls?|voting|elections?|[A-Z]|\d))",
    re.I,
)
# ... told as a noun phrase ("a bombing in X", "an attack on a checkpoint in X"), not this
# report's own clause ("fighting erupted in X a week earlier and has continued since")
_EVENT_NOUN_IN = re.compile(
    r"\b(?:a|an|the|another)\s+(?:[\w’'-]+\s+){0,2}?(?:bomb(?:ing)?s?|attacks?|explosions?|(?:air\s?)?strikes?|"
    r"blasts?|massacres?|raids?|shelling|bombardments?|shootings?|ambush(?:es)?|assaults?|killings?|"
    r"stabbings?|offensive)\s+(?:[\w’'-]+\s+){0,4}?(?:in|on|at|near)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
# ... one of which each of its matches holds
_REACH_WORDS = (
    "within", "desert", "hill", "mountain", "bush", "forest", "woods", "valley", "plain", "countryside",
    "farmland", "border", "scrubland", "stretch",
)  # fmt: skip
# (the last word before the place in each match, lower case as `_last_words` gives it)
_EVENT_NOUN_LAST = ("in", "on", "at", "near", "the", "of")
# ... one of which each `_EVENT_NOUN_IN` match holds
_EVENT_NOUN_WORDS = (
    "bomb", "attack", "explosion", "strike", "blast", "massacre", "raid", "shelling", "bombardment",
    "shooting", "ambush", "assault", "killing", "stabbing", "offensive",
)  # fmt: skip


def _event_noun_in(before: str) -> re.Match[str] | None:
    """`_EVENT_NOUN_IN` in the last 90 characters of ``before``."""
    if not may_hold(before[-90:], _EVENT_NOUN_WORDS):
        return None
    return _EVENT_NOUN_IN.search(before, max(0, len(before) - 90))


# ... or as a plural noun with no article, told by the time after its place ("a response to
# police raids at the mosque in X a day earlier", "after clashes in X two days before")
_EVENTS_IN = re.compile(
    r"\b(?:bombings|attacks|explosions|(?:air\s?)?strikes|blasts|massacres|raids|bombardments|shootings|"
    r"ambushes|assaults|killings|clashes|arrests|protests|riots)\s+(?:[\w’'-]+\s+){0,4}?(?:in|on|at|near)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
# "The attacks came four months after militants killed 130 people in Paris", "The attack came a
# week after Iraqi forces recaptured Fallujah": the event it came after, an earlier one (the dot
# of a one-letter abbreviation, "a U.N. convoy", ends no clause here)
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|occurred|happened|followed)\s+(?:just\s+|only\s+|barely\s+|less\s+than\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\s+after\b(?:[^.;:]|(?<=\b[A-Z])\.){0,100}$"
    # ", months after bandits attacked a train between X and Y": set off after its clause
    r"|,\s+(?:just\s+|only\s+|barely\s+|some\s+|nearly\s+|almost\s+|about\s+|(?:less|more)\s+than\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+after\b(?:[^.;:,]|(?<=\b[A-Z])\.){0,100}$",
    re.I,
)
# "Regime shelling kills civilians in Idlib after Homs academy attack", "... following Kabul
# bombing": an event named by its place as a modifier after "after" came before the one told
_AFTER_NAMED_BEFORE = re.compile(r"\b(?:after|following)\s+(?:the\s+|a\s+|last\s+\w+[’']s\s+)?$", re.I)
_NAMES_EVENT_AFTER = re.compile(
    r"^[’']?s?\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|massacres?|(?:air\s?)?strikes?|raids?|"
    r"shelling|ambush|assaults?|explosions?|shootings?|killings?)\b",
    re.I,
)


def named_after(sentence: Sentence, spot: Spot) -> bool:
    """The place names an event told after "after" or "following" ("after Kabul blast")."""
    before = sentence.text[: spot.start - sentence.start]
    return (
        _AFTER_NAMED_BEFORE.search(before, max(0, len(before) - 40)) is not None
        and _NAMES_EVENT_AFTER.match(sentence.text[spot.end - sentence.start :]) is not None
    )


# "The killing followed two days of protests in X", "the raid follows a bombing in X": what the
# event came after, told as the verb's object (not "followed by shelling in X", nor "followed
# up"); "followed" with no object is the event itself ("clashes followed in X", "a second blast
# followed minutes later in X"), and a comma ends the object ("which has followed a scorched-earth
# policy for months, bombed X")
_FOLLOWED = re.compile(
    r"\b(?:followed|follows)\s+(?!(?:by|up|suit|through|closely|in|at|on|near|into|inside|across|around|"
    r"outside|soon|shortly|quickly|swiftly|immediately|later|moments?|minutes?|hours?|within)\b)"
    r"(?!\S+\s+later\b)(?:[^.;:,]|(?<=\b[A-Z])\.){0,100}$",
    re.I,
)
# "Washington's decision to move its embassy", "Moscow's support for ...": a government by its
# capital's or country's name, its policy or its envoys; not where anything happened
_GOVERNMENT_OF = re.compile(
    r"^[’']s\s+(?:decision|policy|policies|support|backing|sanctions|embassy|ambassador|envoy|"
    r"administration|allies|ally|stance|position|response|demands?|approval|recognition|"
    r"condolences|intervention|involvement|plans?|strategy|withdrawal|pullout|commitment|efforts?|role|"
    r"influence|allegations?|claims?)\b(?!-)|^[’']s\s+(?:government|authorities|cabinet|parliament|president|prime\s+minister|"
    r"king|foreign\s+ministry|defen[cs]e\s+ministry|interior\s+ministry)\b(?!-)(?:\s+[\w’'.-]+){0,4}?\s+(?:said|says|told|"
    r"announced|declared|stated|condemned|vowed|warned|insisted|denied|accused|blamed|ordered|decided|approved|called|urged|"
    # a deal the government made ("Colombia's government and the rebels signed a peace accord")
    r"signed|agreed|sealed|ratified)\b",
    re.I,
)
# a country's body or named operation, whoever speaks or wherever it acts: "Ethiopia's human rights
# commission said", "Colombia's transitional justice court charged", "Turkey's Operation Olive
# Branch took it" (the country is no place of what is told; its army and jets are `_FORCES_OF`)
_COUNTRY_BODY = re.compile(
    r"^[’']s\s+(?:[\w-]+\s+){0,3}?(?:commissions?|ministry|ministries|courts?|tribunals?|parliament|senate|"
    r"congress|prosecutors?|ombudsman|regulators?|(?-i:Operation)|operations?|offensives?|incursions?|"
    r"campaigns?|commands?)\b(?!-)"
    # a body named with the country first ("U.S. Africa Command said", "U.S. Central Command")
    r"|^\s+(?-i:(?:[A-Z][\w-]*\s+){0,2}(?:Command|Ministry|Embassy|Observatory|Commission|Department))\b",
    re.I,
)
# a person the country owns who visits or speaks ("Pakistan's army chief spent the day with
# troops in X", "Mali's defence minister visited ...": where the person went is told by the
# place after, if any); not one the violence was done to ("Chad's president was killed"). What
# the person says happened is in the country, when a report names no other place
_COUNTRY_OFFICIAL = re.compile(
    r"^[’']s\s+(?:[\w-]+\s+){0,2}?(?:chief|commander|president|minister|premier|leader|spokes(?:man|woman|person)|"
    r"envoy|ambassador|king|ruler|general|head)\b(?!-)(?-i:\s+[A-Z][\w.’'-]*){0,3}\s+"
    r"(?:has\s+|had\s+|also\s+|on\s+\w+\s+)?(?P<verb>spent|visited|visits|toured|tours|met|meets|inspected|travell?ed|"
    r"arrived|flew|attended|addressed|praised|hosted|received|said|says|told|vowed|vows|pledged|promised|"
    r"warned|announced|called|urged|ordered|orders)\b",
    re.I,
)
# "Ethiopia and Kenya, which have troops there, condemned ...": the speaker's list and a
# relative clause about it, before the verb
_SPEAKER_NAME = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
# "Egypt, Jordan and Israel said": the others a speaker is listed with, the last after "and"
_SPEAKER_LIST = rf"(?:\s*,\s*{_SPEAKER_NAME}){{0,4}}\s*,?\s+and\s+{_SPEAKER_NAME}"
_SPEAKER_ASIDE = (
    rf"(?:{_SPEAKER_LIST})?"
    r"(?:\s*,\s*(?:which|who)\b[^,;.()]{0,80},)?"
)
# "what Israel says are Iranian positions", "Turkey denied involvement": a government by its
# country's name, speaking; not where anything happened ("claims the lives of", "claimed 20
# lives" are no speech)
_SPEAKS = re.compile(
    _SPEAKER_ASIDE + r"\s+(?:has\s+|had\s+|have\s+|also\s+)?(?:said|says|say|denied|denies|claimed|claims|"
    r"accused|accuses|announced|announces|insisted|insists|warned|warns|blamed|blames|"
    r"condemned|condemns|vowed|vows|threatened|threatens|pledged|pledges|promised|promises|urged|urges)"
    r"\b(?!\s+(?:by|to)\b)"
    r"(?!\s+(?:the\s+)?(?:lives|\d|dozens|scores|hundreds|thousands|more|many|another|several|at\s+least|over)\b)"
)
_BLAMED_ON = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?blamed\s+on\b", re.I)
# what a name follows as the object ("an attack on X", "blasts that hit X", "rockets targeted X")
_OBJECT_BEFORE = re.compile(
    r"\b(?:on|upon|against|at|into|onto|over|hit|hits|struck|strikes|shook|shakes|rocks?|\w+ed)\s+(?:the\s+)?$",
    re.I,
)
# a name after a preposition is no subject: "officials in Kandahar said", "residents of X said"
_NOT_SUBJECT = re.compile(
    r"\b(?:in|of|from|at|near|outside|around|across|inside|to|for)\s+(?:the\s+)?$", re.I
)
_SAYS = re.compile(
    _SPEAKER_ASIDE + r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|denied|denies|announced|announces|"
    # "an ambush that Kabul blamed on militants", "after Ankara blamed the YPG" (not "a bombing
    # in X blamed on ...": a place after "in" is no subject, `_NOT_SUBJECT`)
    r"accused|accuses|blamed|blames|pledged|pledges|promised|promises|urged|urges)\b"
    r"(?!\s+(?:by|to|of)\b)"
)
# "from rebel-held X", "in government-controlled X", "Houthi-run X": who holds the place says
# nothing of its role, which the words before it tell
_HELD_BEFORE = re.compile(
    r"(?<=\s)(?:[A-Za-z]+-)?[A-Za-z]+-(?:held|controlled|run|occupied|besieged)\s+$", re.I
)
# "U.S.-led coalition", "Iran-backed militias": an actor's sponsor, not where anything happened
_LED = re.compile(r"[-‐](?:led|backed|sponsored|supported|brokered|funded|allied|aligned)\b", re.I)
# "near the border with Turkey", "the crossing into Jordan": the country across is a landmark
# (not "the Turkish border with Aleppo countryside": there the place named is this side)
_ACROSS_BORDER = re.compile(
    # "the border with", "the Nasib border crossing with"; not "the Turkish border with Aleppo
    # countryside", which names this side of it
    # ("near Mali's borders with Niger and Burkina Faso": a country's own border by its name)
    r"(?:\b(?i:the|its|a)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s)\s+"
    r"(?:(?i:(?:nearby|main|key|busy|only|official|long|porous|northern|southern|eastern|western)\s+)?"
    r"(?i:borders?|frontiers?|(?:border\s+)?crossings?)|"
    r"(?:(?:[A-Z]|(?:a[lndrstz]h?|el)-)[\w’'-]*\s+){1,3}(?i:(?:border\s+)?crossings?))"
    r"\s+(?i:(?:with|into|to)\s+(?:the\s+)?)$"
)
_ACROSS_FROM = re.compile(
    r"\bacross\s+the\s+(?:border|frontier)\s+from\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+)?$", re.I
)
# "on the Turkish border", "near the Jordanian frontier": a neighbour's border as a landmark
# (not "the Turkish border town of Kilis", a place of its own, nor "the Turkish border with Aleppo
# countryside", which names this side of it)
_BORDER_AFTER = re.compile(
    r"^\s+(?:border|frontier)\b"
    r"(?!\s+(?:town|city|village|area|region|province|district|crossing|post|guards?|with|of)\b)",
    re.I,
)
_HEADLINE_LOCATIVES = frozenset({"near", "on", "along", "across", "at", "to", "from"})
_COUNT = rf"(?:{'|'.join(sorted(COUNT_WORDS, key=lambda w: (-len(w), w)))})\b"
# ... nor a list of what was hit after its first item, before the last one's "and": "killed four
# soldiers, two policemen and a teacher in X", "killed six aid workers, their guide and driver
# near X" (not "..., a day after clashes and shelling in Y": no time or place word in an item)
_LIST_ITEM = (
    rf"(?:{_COUNT}|a|an|their|his|her|its)\s+"
    r"(?:(?!(?:after|before|since|in|on|at|near|of|for|from|to|with|by|when|where|as|than|the|day|days|week|"
    r"weeks|month|months|year|years|hour|hours|earlier|later|ago|north|south|east|west)\b)[\w’'-]+\s+){1,3}?"
    r"(?:and|or)\s"
)
# ... only after a word in lower case, the list's first item ("soldiers, two policemen and"); after
# a name it is an aside on the name, its own clause: "stormed Ramadi, a Sunni city and provincial
# capital west of Y", "seized Gao, an ancient town and a gateway north of Y" (found by review rev24)
_LIST_GOES_ON = re.compile(rf",\s*{_LIST_ITEM}")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w’'.-])[a-z][\w’'-]*$")
# Clause breaks: punctuation before a lower-case word, and words that open a subordinate clause;
# not ", and X" with X capitalised: the last item of a list ("Homs, Hama, and Aleppo").
_CLAUSE_BREAK = re.compile(
    # a dash between two words joins them ("the Palmyra–Deir Ezzor road"), it opens no clause
    # "as" opens a clause ("... as gunmen shot dead five"), not in "towns such as X and Y" nor in
    # "hit X as well as Y", which lists Y with X
    # a participle goes on with its clause ("..., killing five"), one of speech opens what the
    # speaker said ("an official in Aden said, adding that two attackers were killed")
    # a toll's breakdown after it goes on with its clause: "killed nine in X, six in Y and three in Z"
    r"[;:()\[\]]|(?<!\w)[–—]|[–—](?!\w)|,(?=\s*(?!(?!(?:adding|saying|noting|explaining|insisting|stressing)\b)"
    rf"[a-z]+ing\b)(?!(?:and|or)\s+[A-Z])(?!{_COUNT}\s+(?:others?\s+|more\s+)?(?:in|at|near)\s)[a-z“\"‘])|\b(?:(?<!such\s)(?<!as\swell\s)as(?!\s+well\s+as\b)|while|who|which|whose|whom|but|because|although|"
    r"whereas|amid)\b",
)
# ("Meanwhile, in X, a roadside bomb ...", "Elsewhere, in X, ...", "To the north, in X, ...",
# "Further south, in X, ...": a word or a direction that sets the event apart from the one told
# before, then the place phrase that opens it)
_SENTENCE_OPENER = re.compile(
    r"^(?:(?:(?:meanwhile|elsewhere|separately|also|earlier|later|(?:(?:further|farther|to\s+the)\s+)"
    r"(?:north|south|east|west)(?:-?(?:east|west))?"
    # ("In a separate incident in X the same day, a grenade was hurled at a shop": the incident
    # the fronted phrase names is the one its main clause tells)
    r"|in\s+(?:a\s+(?:separate|similar|related|second|third|further)|another)\s+(?:incident|attack))"
    r",?\s+)?(?:in|at|near|on|inside|outside|across)"
    r"\s+(?:the\s+)?)?$",
    re.I,
)
_OPENER_END = re.compile(r"^[^,:;–—-]{0,40}[,:–—-]")
_ACROSS_COUNTRY = re.compile(
    r"\b(?:across|throughout|around|all over)\s+the\s+country\b|\bnationwide\b", re.I
)


@fast_init
@dataclass(frozen=True, slots=True)
class Role:
    role: str
    reason: str


def clause_of(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Sentence-relative bounds of the clause around a span: the clause opens where the last
    break ending before the span opens one, and ends at the first break after the span (the
    breaks never overlap, so their starts and ends both ascend)."""
    a, b = start - sentence.start, end - sentence.start
    text = sentence.text
    starts, ends, opens = _break_index(text) if len(text) <= _SHORT_SENTENCE else _long_break_index(text)
    i = bisect.bisect_right(ends, a)
    j = bisect.bisect_left(starts, b, i)
    return (opens[i - 1] if i else 0), (starts[j] if j < len(starts) else len(text))


# Sentences longer than this (a pasted table, a text with no full stops) are kept only while
# they are read: 4,096 of them could hold gigabytes in a long-running app
_SHORT_SENTENCE = 2_000


@functools.lru_cache(maxsize=4096)
def _break_index(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Each clause break's start, end and where the clause after it opens (a word that opens a
    clause belongs to it), each ascending: read once per sentence, asked for each of its words
    and places by bisection."""
    breaks = _read_breaks(text)
    return tuple(b[0] for b in breaks), tuple(b[1] for b in breaks), tuple(b[2] for b in breaks)


@functools.lru_cache(maxsize=2)
def _long_break_index(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    return _break_index.__wrapped__(text)


def _read_breaks(text: str) -> tuple[tuple[int, int, int], ...]:
    # an acronym in brackets before a place phrase is no aside: "a post of the Volunteers for the
    # Defence of the Homeland (VDP) in Titao" goes on with its clause
    acronyms = (
        {i for m in _ACRONYM_BRACKET.finditer(text) for i in (m.start(), m.end() - 1)} if "(" in text else ()
    )
    breaks = [
        (m.start(), m.end(), m.start() if m.group()[0].isalpha() else m.end())
        for m in _CLAUSE_BREAK.finditer(text)
        if m.start() not in acronyms and not (m.group() == "," and _goes_on_listing(text, m.start()))
    ]
    # the comma that closes an opening "As/While/When ..." clause ends it whatever follows: "As
    # ministers met in X, shelling struck Y" (a gerund after it reads as a participle going on)
    if (lead := _OPENING_SUBCLAUSE.match(text)) and all(b[0] != lead.end() - 1 for b in breaks):
        comma = lead.end() - 1
        breaks = sorted([*breaks, (comma, comma + 1, comma + 1)])
    return tuple(breaks)


def _goes_on_listing(text: str, comma: int) -> bool:
    return (
        _LIST_GOES_ON.match(text, comma) is not None
        and _LOWER_WORD_BEFORE.search(text, max(0, comma - 40), comma) is not None
    )


_OPENING_SUBCLAUSE = re.compile(
    r"(?:As|While|Whilst|When|Although|Though)\s(?!well\b)[^,;:()\[\]–—]{3,160}?,"
)
_ACRONYM_BRACKET = re.compile(r"\([A-Z][A-Z0-9.&/-]{1,9}s?\)(?=\s+(?:in|at|near|outside|inside)\s)")


# The patterns searched over the text before a place, as written case-insensitive: over the
# lower-cased text (folding.py) their case-sensitive twins find the same, several times faster
# (one that is not case-insensitive as a whole, or has upper-case letters, is searched as written).
def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    if not pattern.flags & re.IGNORECASE:
        return None
    try:
        return sensitive(pattern)
    except ValueError:  # an upper-case letter: "[A-Z]" means any letter then
        return None


_BEFORE_PATTERNS = (
    _BASED_IN,
    _REPORTING_FROM,
    _OFFICE_OF,
    _FROM,
    _LEFT_FROM,
    _TAKEN_FROM,
    _DISTANCE_FROM,
    _ROUTE_FROM,
    _BY,
    _ADDRESSED,
    _CAME_AFTER,
    _TAKEN_TO,
    _HEADING_TO,
    _TO_HOSPITAL,
    _TALKS_IN,
    _AGREED_IN,
    _FUNERAL_IN,
    _SPOKE_IN,
    _REPORT_IN,
    _SEAT_IN,
    _GOVERNMENT_IN,
    _EARLIER,
    _THE_BEFORE,
)
# Keyed by each pattern's id: a compiled pattern hashes its whole compiled program (a few µs
# for these long alternations, twice per place and pattern: 4-7 % of a dense report's
# extraction); the patterns are this module's constants, alive as long as it is.
_LOWER_BEFORE = {id(p): twin for p in _BEFORE_PATTERNS if (twin := _twin(p)) is not None}


# ... and the words one of which each match of some of them holds: a text with none of them is
# not searched (a substring test is a fraction of a regex search from every position)
_NEEDS_BEFORE = {
    id(_SPOKE_IN): (
        "said", "says", "announced", "declared", "stated", "added", "speaking", "spoke", "vowed",
        "vows", "pledge", "promised", "told", "statement", "conference", "briefing",
    ),
    id(_EARLIER): ("since", "similar", "previous", "earlier", ", after"),
}  # fmt: skip


def _regions_dateline(text: str, at: int, end: int) -> bool:
    """The place at ``at``-``end`` is the region or country of a wire dateline in capitals with its
    agency ("GAZIANTEP, Turkey (AFP) -", "ALEPPO, Syria, May 3 (Reuters) -", "ERIE, Pa. (AP) —"):
    where the reporter is too."""
    line = dateline(text)
    if line is None or line.region is None or not (line.bracketed and line.dashed):
        return False
    lo, hi = line.region
    return lo == at and text[end:hi] in ("", ".") and text[line.start : line.end].isupper()


def _said_before(pattern: re.Pattern[str], before: str, low: str | None, pos: int = 0) -> bool:
    """Whether ``pattern`` is found in ``before`` from ``pos`` (``low``: it lower-cased, ``lowered``)."""
    key = id(pattern)
    needs = _NEEDS_BEFORE.get(key)
    if needs is not None and low is not None and not any(low.find(w, pos) >= 0 for w in needs):
        return False
    twin = _LOWER_BEFORE.get(key)
    if low is None or twin is None:
        return pattern.search(before, pos) is not None
    return twin.search(low, pos) is not None


def taken_from_in_unit(spot: Spot, sentence: Sentence) -> bool:
    """People counted and taken from the place, the unit it lies in named right after ("kidnapped
    16 farmers from X in Kaduna state"): the place is where it happened if it lies in that unit."""
    before = sentence.text[: spot.start - sentence.start]
    after = sentence.text[spot.end - sentence.start :]
    return _TAKEN_IN_UNIT.match(after) is not None and _TAKEN_FROM.search(before[-200:]) is not None


# "the army chief visited troops in X", "the prime minister arrived in X to congratulate ...",
# "the president flew to X and declared ...": where an official went, not where the violence the
# sentence goes on to tell happened (not "visited the scene of the attack in X", nor a place the
# violence is told of after it: "arrived in X, where gunmen killed 30 on Sunday")
_VISIT_BEFORE = re.compile(
    r"\b(?P<verb>visit(?:ed|s)|tour(?:ed|s)|inspect(?:ed|s)|arrived|arrives|landed|flew|travell?ed)\b"
    r"(?:\s+(?!(?:the\s+)?(?:site|scene|victims?|wounded|survivors|families|funerals?|graves?|ruins|damage|"
    r"destruction|wreckage|aftermath)\b)"
    r"[\w’'-]+){0,4}?\s+(?:in|at|to)\s+(?:the\s+)?(?:(?:city|town|village|capital)\s+of\s+)?$",
    re.I,
)
_VISIT_WORDS = ("visit", "tour", "inspect", "arrive", "landed", "flew", "travel")  # one in each match
_VISITOR = re.compile(
    r"\b(?:president|minister|premier|chief|commander|governor|king|envoy|secretary|pope|delegation|"
    r"chancellor|mayor)\b",
    re.I,
)
_VISIT_TOLD_AFTER = re.compile(r"^\s*,?\s*(?:where|which|whose)\b", re.I)
VISITED = "where an official went ('the minister visited troops in X'), not where the violence was"


def _visited(
    sentence: Sentence, spot: Spot, before: str, after: str, event_spans: list[tuple[int, int]]
) -> bool:
    if not may_hold(before[-90:], _VISIT_WORDS):
        return False
    found = _VISIT_BEFORE.search(before, max(0, len(before) - 90))
    if found is None or _VISIT_TOLD_AFTER.match(after):
        return False
    verb_at = spot.start - len(before) + found.start("verb")
    who = sentence.text[max(0, verb_at - sentence.start - 90) : verb_at - sentence.start]
    # an event word between the verb and the place tells the violence there; one before the verb
    # tells it on the way ("gunmen ambushed the governor's convoy as it travelled to X")
    return _VISITOR.search(who) is not None and not any(
        sentence.start <= s < spot.start for s, _ in event_spans
    )


def role_of(
    spot: Spot,
    sentence: Sentence,
    event_spans: list[tuple[int, int]],
    encloses: Spot | None = None,
    *,
    near_town: bool = False,
    in_record: bool = False,
    names_region: Callable[[str], bool] = lambda text: False,
    published: date | None = None,
    ends: tuple[int, ...] = (),
) -> Role:
    """The role of one place mention, with the reason.

    ``event_spans``: absolute spans of the sentence's event words and casualty figures;
    ``encloses``: a place this one is named as the parent of ("X in the countryside of Y");
    ``near_town``: ... as the town that place lies near, not in ("X near Y");
    ``in_record``: the sentence is an incident record heading ("DATE: PLACE, REGION, COUNTRY");
    ``names_region``: the text is a country's or province's name (not a news agency's);
    ``published``: the day the text was published;
    ``ends``: absolute offsets where the sentence's places end.
    """
    # every pattern below reads a short phrase next to the place: a window of the sentence, not
    # the whole of it (a copy per place made a long sentence's roles quadratic)
    at, end = spot.start - sentence.start, spot.end - sentence.start
    before = sentence.text[max(0, at - _REACH) : at]
    if "-" in before[-30:] and (held := _HELD_BEFORE.search(before, max(0, len(before) - 40))):
        before = before[: held.start()]  # "from rebel-held X" is read as "from X"
    after = sentence.text[end : end + _REACH]
    low = lowered(before)
    if sentence.related:
        return Role(MENTIONED, "in a link to another article")
    if sentence.heading:
        return Role(MENTIONED, "in a heading or caption")
    if spot.organisation:
        return Role(ORIGIN, f"names an organisation ('{spot.text} ...'): where it is based")
    if spot.street:
        street = after.split()[0] if after.split() else "Street"
        return Role(MENTIONED, f"names a street ('{spot.text} {street}'), which lies elsewhere")
    # the patterns over the text before end in a space after one of a few words: that word is
    # tested first, a pattern searched over the whole text before only when it is there
    words = _last_words(before)
    last = words[-1] if words else ""
    opening = not before.strip(" \"“'‘") or SLASHED_OPENING.fullmatch(before) is not None
    line = dateline_after(sentence.text, end) if opening else None
    # "Homs - the city ..." and "Homs (Syria) - ..." are prose; "BEIRUT -", "Beirut (AFP) -" not
    agency = line.agency if line else ""
    if not in_record and (
        before.endswith("(")
        and _BRACKET_NAME_BEFORE.search(before)
        and _BRACKET_PARENTS_AFTER.match(after)
        or before.endswith(", ")
        and _BRACKET_PARENTS_BEFORE.search(before)
        and _BRACKET_CLOSES.match(after)
    ):
        return Role(MENTIONED, BRACKET_PARENT)
    # (a day of the month before the dash or colon tells a dateline whatever the name's case:
    # "Kohima, October 9: ...")
    if line and (spot.text.isupper() or line.day or agency and not names_region(agency)):
        return Role(DATELINE, "opens the report as its dateline ('BEIRUT (Reuters) -')")
    if at <= 40 and before.rstrip().endswith(",") and _regions_dateline(sentence.text, at, end):
        return Role(DATELINE, "the country of a wire dateline ('GAZIANTEP, Turkey (AFP) -')")
    if _BASED.match(after) or (
        last.endswith(("in", "at", "the", "around", "near")) and _said_before(_BASED_IN, before, low)
    ):
        return Role(ORIGIN, f"'{spot.text}-based': where an organisation is based")
    near = before[-80:].lower()
    if (
        any(w in near for w in _HELD_UP_WORDS)
        and _POSITIONED_IN.search(before, max(0, len(before) - 80))
        and (
            _FIRED_AFTER.match(after)
            or _FIRED_AFTER.match(_TIME_ASIDE.sub(" ", after[:200]))
            or _FIRE_BY.search(before, max(0, len(before) - 120))
        )
    ):
        posted = any(w in near for w in _POSTED_WORDS)
        return Role(ORIGIN, POSITIONED_IN if posted else _HID_AT_EVENT)
    if (
        ("mass" in near or "muster" in near or "concentrat" in near)
        and _MASSED_IN.search(before, max(0, len(before) - 120))
        and not _MASSED_HIT.match(after)
    ):
        return Role(ORIGIN, MASSED_IN)
    lo, hi = clause_of(sentence, spot.start, spot.end)
    if last and "from" in before.lower() and _said_before(_REPORTING_FROM, before, low):
        return Role(DATELINE, "where the reporter is: 'reporting from'")
    if (
        last.endswith(("of", "for", "to", "from", "the"))
        and any(w.removesuffix("s").endswith(_OFFICE_ENDS) for w in words[:-1])
        and _said_before(_OFFICE_OF, before, low)
    ):
        return Role(ORIGIN, OFFICE_AREA)
    if "across" in before[-80:].lower() and _ACROSS_FROM.search(before, max(0, len(before) - 80)):
        # "in Beled Hawo, across the border from Kenya's Mandera": the town and its country over
        # the border are a landmark, not where it happened nor where anyone came from
        return Role(MENTIONED, ACROSS_BORDER)
    if (
        # ("from northern X", "from neighbouring X", "from the area around X")
        last.endswith(_FROM_LAST)
        and _said_before(_FROM, before, low)
        and not _said_before(_LEFT_FROM, before, low)
        # a country or province after the count is the people's nationality or home ("three aid
        # workers from France"), not where they were taken
        and not (
            _said_before(_TAKEN_FROM, before, low)
            and not _TAKEN_ELSEWHERE.match(after)
            and not names_region(spot.text)
        )
        and not _said_before(_DISTANCE_FROM, before, low)
        and not _said_before(_ROUTE_FROM, before, low)
        and not _toll_from_event_here(spot, sentence, before, event_spans)
    ):
        return Role(ORIGIN, COMES_FROM)
    if "from" in before[-80:] and _BACK_FROM.search(before, max(0, len(before) - 80)):
        return Role(ORIGIN, _BACK_FROM_AT_EVENT if event_spans else COMES_FROM)
    tail = before[-120:]
    if (
        "from" in tail
        and ("launched" in tail or "fired" in tail or "flown" in tail or " off " in tail)
        and (fired := _LAUNCHED_FROM.search(before, max(0, len(before) - 120)))
    ):
        # ... land the fire came from, its target told by no verb after ("fired from fields
        # outside X, killing two farmers"; not "shells fired from farms near X hit a school in Y")
        at_land = fired["land"] and _FIRE_LANDED_AFTER.search(after[:120]) is None
        return Role(ORIGIN, _LAND_FIRED_AT_EVENT if at_land else LAUNCHED_FROM)
    if "from" in after[:90] and _FIRED_FROM_AFTER.match(after):
        return Role(ORIGIN, LAUNCHED_FROM)
    if "over" in tail[-30:] and _FLYING_OVER.search(before, max(0, len(before) - 80)):
        return Role(ORIGIN, "the airspace the aircraft flew over ('dropped by a jet flying over X')")
    if (
        "positions" in tail
        and _FROM_POSITIONS.search(before, max(0, len(before) - 80))
        and not _LEFT_POSITIONS.search(before, max(0, len(before) - 100))
    ):
        return Role(ORIGIN, FROM_POSITIONS)
    if (
        "inside" in tail[-12:]
        and _FIRED_INSIDE.search(before, max(0, len(before) - 100))
        and (lands := _LANDS_NEXT.match(after))
        and _LANDED_ELSEWHERE.match(after, lands.end())
    ):
        return Role(ORIGIN, LAUNCHED_FROM)
    if (
        event_spans
        and ("blam" in tail or "accus" in tail)
        and _BLAMED_IN.search(before, max(0, len(before) - 100))
    ):
        return Role(MENTIONED, _BLAMED_AT_EVENT)
    if last.endswith(("with", "into", "to", "the")) and _ACROSS_BORDER.search(before):
        return Role(MENTIONED, ACROSS_BORDER)
    if (
        (last == "the" or last in _HEADLINE_LOCATIVES)
        and Feature.COUNTRY in spot.feature_hint
        and _BORDER_AFTER.match(after)
    ):
        # ("near Pakistan border", "on Syria border": a headline drops the article)
        return Role(MENTIONED, ACROSS_BORDER)
    if last and _said_before(_ADDRESSED, before, low, max(0, len(before) - 40)):
        return Role(MENTIONED, ADDRESSED)
    goal = before[-90:].lower()
    if (
        "ahead" in goal or "before" in goal or "prepar" in goal or " the way " in goal or "stage" in goal
    ) and (
        _GOAL_BEFORE.search(before, max(0, len(before) - 90))
        and not _DONE_AFTER.match(after)
        or _OPERATION_AFTER.match(after)
        and _GOAL_NAMED_BEFORE.search(before, max(0, len(before) - 40))
    ):
        return Role(MENTIONED, GOAL)
    if (
        any(w in goal for w in _FEARED_WORDS)
        and _FEARED_GOAL.search(before, max(0, len(before) - 90))
        and not _DONE_AFTER.match(after)
        and not _FEARED_DONE_AFTER.match(after)
        and not _FEARED_DONE_BEFORE.search(before, max(0, len(before) - 90))
    ):
        return Role(MENTIONED, GOAL)
    if "within" in before[-60:] and _WITHIN_REACH.search(before, max(0, len(before) - 120)):
        return Role(MENTIONED, _ADVANCE_AT_EVENT if event_spans else REACH)
    if last.endswith(("by", "the")) and _said_before(_BY, before, low):
        return Role(MENTIONED, NAMED_ACTOR)
    if Feature.COUNTRY in spot.feature_hint and (official := _COUNTRY_OFFICIAL.match(after)):
        # one who tells the violence may be the only sign of where it was; one who visits is not
        speaks = official["verb"].lower() in ("said", "says", "told", "announced")
        return Role(MENTIONED, OFFICIAL_OF if speaks else NAMED_ACTOR)
    if _LED.match(after) or _GOVERNMENT_OF.match(after):
        return Role(MENTIONED, NAMED_ACTOR)
    if Feature.COUNTRY in spot.feature_hint and _COUNTRY_BODY.match(after):
        return Role(MENTIONED, NAMED_ACTOR)
    if last == "the" and _GOVERNMENT_AFTER.match(after):
        return Role(MENTIONED, NAMED_ACTOR)
    if last in ("a", "an", "the") and _CITY_COURT_RULES.match(after):
        return Role(MENTIONED, COURT_SEAT)
    if (
        "after" in before[-160:]
        and _said_before(_CAME_AFTER, before, low, max(0, len(before) - 160))
        or ("follow" in before[-120:] and _FOLLOWED.search(before, max(0, len(before) - 120)))
    ):
        return Role(MENTIONED, EARLIER_EVENT)
    if (
        last in ("after", "following", "the", "a")
        and _AFTER_NAMED_BEFORE.search(before, max(0, len(before) - 40))
        and _NAMES_EVENT_AFTER.match(after)
    ):
        return Role(MENTIONED, EARLIER_EVENT)
    if _EARLIER_AFTER.match(after) and (
        last in _EVENT_NOUN_LAST
        and _event_noun_in(before)
        or _EVENTS_IN.search(before, max(0, len(before) - 90))
    ):
        return Role(MENTIONED, EARLIER_EVENT)
    if (
        published is not None
        and last in _EVENT_NOUN_LAST
        and (noun := _event_noun_in(before)) is not None
        and (
            " on " in after[:4]
            and _days_before(after, published) >= _WEEK
            # a dated event is background only after "after", "since": a monthly or weekly
            # report tells its own events by their dates ("A car bomb in Azaz on May 25 killed 17")
            and (
                _BACKGROUND_BEFORE.search(before, max(0, noun.start() - 40), noun.start()) is not None
                # "the deadliest attack since a strike on X on Oct. 9": the noun phrase read from
                # its first article holds the background word
                or _BACKGROUND_BEFORE.search(before, noun.start()) is not None
            )
            or _month_before(after, published)
        )
    ):
        # "after a raid on a police station in X on Jan. 10", "after a suicide bombing in X in May":
        # an earlier event in its clause, the text's event when it tells no other
        return Role(MENTIONED, EARLIER_DATED)
    if event_spans and ("for " in before or " over " in before or " of " in before):
        tail = before[-200:]
        ruled = _RULED.search(tail) if low is None else any(w in low[-200:] for w in _RULED_WORDS)
        if ruled and _TRIED_FOR.search(tail):
            return Role(MENTIONED, TRIED)
    if event_spans and _earlier_year(before, after, published):
        return Role(MENTIONED, HISTORY)
    # (after the year: "the case of a general accused over the shelling of X in 2012" stays history)
    if (
        event_spans
        and "case" in before[-140:]
        and _COURT_CASE.search(before, max(0, len(before) - 400))
        and not _NEWS_AFTER_CASE.search(before, max(0, len(before) - 140))
    ):
        return Role(MENTIONED, TRIED)
    if (
        "where" in after[:90]
        and _WOUNDED_TAKEN_THERE.match(after)
        and not _ACT_VERB_BEFORE.search(before, max(0, len(before) - 60))
    ):
        return Role(MENTIONED, TAKEN_TO)
    if may_hold(before[-90:], _SHELTER_WORDS) and _said_before(
        _DRIVEN_TO_SHELTER, before, low, max(0, len(before) - 120)
    ):
        return Role(MENTIONED, TAKEN_TO)
    if (
        "to" in before[-30:]
        and (
            _said_before(_TAKEN_TO, before, low, max(0, len(before) - 90))
            or _said_before(_HEADING_TO, before, low, max(0, len(before) - 90))
            or "toward" in before[-60:]
            and (
                _said_before(_ADVANCING_TOWARD, before, low, max(0, len(before) - 120))
                or _said_before(_SPREAD_TOWARD, before, low, max(0, len(before) - 80))
            )
        )
        and not _struck_where(sentence, after, end, event_spans)
    ):
        fell = _TAKEN_TO.search(before, max(0, len(before) - 90)) if event_spans else None
        if fell is not None and _FELL_BACK.match(fell.group()):
            return Role(MENTIONED, _FELL_BACK_AT_EVENT)
        return Role(MENTIONED, TAKEN_TO)
    if (
        ("toward" in before[-40:] or "advanc" in before[-40:].lower())
        and _PUSHING_TOWARD.search(before, max(0, len(before) - 80))
        and not _struck_where(sentence, after, end, event_spans)
    ):
        return Role(MENTIONED, _TOWARD_AT_EVENT)
    called = before[-160:].lower()  # (once, not once per word)
    if any(w in called for w in _CALL_WORDS) and (
        _CALL_TO_STOP.search(before, max(0, len(before) - 160))
        or (_TO_STOP_AFTER.match(after) and _CALL_FOR_FIGHTING.search(before, max(0, len(before) - 160)))
    ):
        return Role(MENTIONED, CALLED_TO_STOP)
    if ("fle" in before[-60:] or "escap" in before[-60:]) and (
        fled := _FLED_FROM.search(before, max(0, len(before) - 80))
    ):
        # (in a sentence that tells no violence of its own, the text's event it never is)
        if not event_spans:
            return Role(MENTIONED, QUIET_SENTENCE)
        aside = _WHO_BEFORE.search(before, max(0, fled.start() - 20), fled.start())
        told = _FLED_WITNESS.match(after) if aside else None
        # ... unless they tell of themselves and no violence: "Families who fled the fighting in X
        # said they had lost everything" tells their loss, not the event (review16b)
        told_from = sentence.start + end + (told.end() if told else 0)
        if (
            told is None
            or _PLACE_PHRASE.search(after, told.end())
            or _OF_THEMSELVES.match(after, told.end())
            and not any(s >= told_from for s, _ in event_spans)
        ):
            return Role(MENTIONED, FLED_ASIDE if aside else FLED_FROM)
    # ... "in nearby X": the hospital's town told as near the event's
    if (
        last.endswith(("in", "at", "near", "across", "the", "of", "nearby", "neighbouring", "neighboring"))
        or last
        in (
            "capital,",
            "city,",
            "town,",
        )
        or (last == "to" and any(w in before[-30:] for w in ("visit", "trip", "tour")))
    ):  # ("... hospital in the provincial capital, X";
        # "said on a visit to X")
        near = before[-40:].lower()
        ward = before[-70:].lower()  # "hospitals in the northern Lebanese city of X"
        if (
            "hospital" in ward
            or "clinic" in ward
            or "medical" in ward
            or "morgue" in ward
            or "mortuar" in ward
        ) and _said_before(_TO_HOSPITAL, before, low, max(0, len(before) - 160)):
            return Role(MENTIONED, TAKEN_TO)
        if (
            ("hospital" in ward or "clinic" in ward)
            and _HOSPITAL_TOLD.search(before, max(0, len(before) - 90))
            and (
                _TREATS_AFTER.match(after)
                or _STAFF_BEFORE.search(before, max(0, len(before) - 90)) is not None
                and _STAFF_TREATED_AFTER.match(after) is not None
            )
        ):
            return Role(MENTIONED, TAKEN_TO)
        if ("treat" in near or "hospitali" in near or "recover" in near) and _TREATED_IN.search(
            before, max(0, len(before) - 60)
        ):
            return Role(MENTIONED, TAKEN_TO)
        if (
            event_spans
            and ("hospital" in ward or "clinic" in ward or "medical" in ward)
            and _DIED_IN_HOSPITAL.search(before, max(0, len(before) - 120))
        ):
            return Role(MENTIONED, _DIED_IN_HOSPITAL_AT_EVENT)
        if _said_before(_TALKS_IN, before, low, max(0, len(before) - 80)) or (
            (
                "plan" in near
                or "road" in near
                or "propos" in near
                or "initiative" in near
                or "blueprint" in near
            )
            and _PLAN_IN.search(before, max(0, len(before) - 80))
        ):
            return Role(MENTIONED, TALKS_VENUE)
        if _said_before(_AGREED_IN, before, low, max(0, len(before) - 60)):
            return Role(MENTIONED, _AGREED_AT_EVENT if event_spans else TALKS_VENUE)
        if (
            ("funeral" in near or "burial" in near or "vigil" in near or "memorial" in near)
            and (mourned := _FUNERAL_IN.search(before, max(0, len(before) - 90))) is not None
            # violence told before the mourning is done to the mourners ("a bomb exploded as
            # mourners attended funeral prayers in X", "opened fire on people who had gathered for
            # a funeral in X"): X is where it happened
            and not any(
                sentence.start <= s < spot.start - len(before) + mourned.start() for s, _ in event_spans
            )
        ):
            return Role(MENTIONED, _FUNERAL_AT_EVENT if event_spans else FUNERAL_VENUE)
        if (
            ("court" in near or "tribunal" in near)
            and _COURT_IN.search(before, max(0, len(before) - 40))
            and _COURT_RULES.match(after)
        ):
            return Role(MENTIONED, COURT_SEAT)
        if (
            _said_before(_SPOKE_IN, before, low, max(0, len(before) - 90))
            or (
                "report" in near
                or "study" in near
                or "findings" in near
                or "survey" in near
                or "review" in near
            )
            and _said_before(_REPORT_IN, before, low, max(0, len(before) - 60))
        ):
            # in a sentence reporting violence, decided once its other places are known
            return Role(MENTIONED, _SPEECH_VENUE_AT_EVENT if event_spans else SPEECH_VENUE)
        if _said_before(_SEAT_IN, before, low, max(0, len(before) - 40)):
            if _SEAT_SPEAKS.match(after):
                if not event_spans or _OWN_STRIKE_AFTER.match(after):
                    return Role(MENTIONED, SPEECH_VENUE)
                people = _PEOPLE_IN.search(before, max(0, len(before) - 30))
                return Role(MENTIONED, _PEOPLE_AT_EVENT if people else _SEAT_AT_EVENT)
            if (
                _said_before(_GOVERNMENT_IN, before, low, max(0, len(before) - 30))
                and not _BUILDING_OF.search(before, max(0, len(before) - 90))
                and not _POSSESSIVE_AFTER.match(after)  # "the administration in Tripoli's suburbs"
            ):
                return Role(MENTIONED, GOVERNMENT_SEAT)
        if _said_before(_EARLIER, before, low, max(0, len(before) - 140)):
            return Role(MENTIONED, EARLIER_EVENT)
        if last == "in" and _CONDEMNS.match(after):
            # "the presidency in X condemned the attack", "leaders in X denounced the killings":
            # where the condemnation came from, the event's place only when the report told none
            return Role(MENTIONED, _SEAT_AT_EVENT if event_spans else SPEECH_VENUE)
    if ("citing" in before[-80:] or "according" in before[-80:]) and _CITING_IN.search(
        before, max(0, len(before) - 80)
    ):
        return Role(MENTIONED, _SPEECH_VENUE_AT_EVENT if event_spans else SPEECH_VENUE)
    if _FORCES_AFTER.match(after):
        return Role(ORIGIN, "names an armed group ('X forces', 'X militia'): where it is from")
    if event_spans and _PEOPLE_NOUN_AFTER.match(after) and not _NOT_SUBJECT.search(before[-12:]):
        return Role(MENTIONED, _PEOPLE_FROM_AT_EVENT)
    if (
        event_spans
        and (title := _TITLE_AFTER.match(after)) is not None
        # the title, then the name and a speech verb; or, the verb before, the name ends the clause
        and (title.group().rstrip().endswith(_SPEECH_WORDS) or _SAID_BEFORE.search(before[-30:]))
    ):
        return Role(MENTIONED, _SPEECH_VENUE_AT_EVENT)
    if last == "the" and event_spans and _OFFICE_AFTER.match(after):
        return Role(MENTIONED, _OFFICE_AT_EVENT)
    if (
        last.endswith("the")
        and _said_before(_THE_BEFORE, before, low)
        and _MODIFIER.match(after)
        and not (_MUNICIPALITY_AFTER.match(after) and _LOCATIVE_THE.search(before[-24:]))
    ):
        return Role(MENTIONED, NAMES_THING)
    if sea_before_kind(spot, sentence):
        return Role(MENTIONED, NAMES_THING)
    if last == "the" and _WATER_AFTER.match(after) and event_spans:
        return Role(MENTIONED, _WATER_AT_EVENT)
    if (
        last == "the"
        and event_spans
        and _VALLEY_AFTER.match(after)
        and _BY_THE_VALLEY.search(before, max(0, len(before) - 40))
    ):
        return Role(MENTIONED, _VALLEY_AT_EVENT)
    if not event_spans:
        return Role(MENTIONED, QUIET_SENTENCE)
    if _told_earlier(sentence.text, spot.start - sentence.start) or _own_earlier_time(
        sentence, lo, hi, after
    ):
        return Role(MENTIONED, EARLIER_TIME)
    if _in_earlier_aside(sentence.text, at):
        return Role(MENTIONED, EARLIER_EVENT)
    if (
        last in ("in", "at", "near", "nearby", "the")
        and " of " in (tail := before[-110:])
        and any(w in tail for w in _CAUSE_WORDS)
        and _CAUSE_BEFORE.search(tail)
    ):
        return Role(MENTIONED, _CAUSE_AT_EVENT)
    if "had" in before and _told_before(sentence, lo, at, event_spans):
        return Role(MENTIONED, EARLIER_TENSE)
    if (
        _lies_by(sentence.text, spot.start - sentence.start)
        or (
            last == "the"
            and _ON_THE.search(before, max(0, len(before) - 60))
            and not _ROAD_AFTER.match(after)
        )
        or (
            last in ("of", "the")
            and may_hold(before[-80:], _EDGE_WORDS)
            and _ON_THE_EDGE_OF.search(before, max(0, len(before) - 80))
        )
        or (
            event_spans
            and last in ("between", "of", "the")
            and (aside := _BETWEEN_ASIDE.search(before, max(0, len(before) - 60))) is not None
            and _place_ends_before(ends, sentence.start + max(0, at - _REACH) + aside.start("comma"))
        )
    ):
        return Role(MENTIONED, LIES_BY)
    if (
        last in ("to", "toward", "towards", "into", "from", "the")
        and (road := _ROAD_TO.search(before, max(0, len(before) - 60)))
        and (road["into"] is None or _ON_THE_ROAD_AT.match(after))
        and (road["from"] is None or not _ROUTE_TO_AFTER.match(after))
    ):
        return Role(MENTIONED, _ROAD_TO_AT_EVENT)
    if encloses is not None:
        return Role(MENTIONED, holder_reason(encloses.text, near=near_town))
    if (
        (
            ("of" in last and any(d in before[-40:].lower() for d in _COMPASS))
            or ("outside" in before[-30:] or "near" in before[-30:])
            and "," in before[-30:]
        )
        and (mark := _LANDMARK_BEFORE.search(before, max(0, len(before) - 120)))
        and not _PERSON_APPOSED.search(before, max(0, mark.start() - 90), mark.start())
    ):
        return Role(MENTIONED, LANDMARK)
    if at <= _REACH and _SENTENCE_OPENER.match(before) and _OPENER_END.match(after):
        if before.strip() and _SPEAKER_OPENS.match(after):
            return Role(MENTIONED, _SPEECH_VENUE_AT_EVENT)  # "In Baghdad, the prime minister said ..."
        return Role(EVENT, OPENS)
    a, b = sentence.start + lo, sentence.start + hi
    if in_record:
        return Role(EVENT, "named in an incident record heading ('DATE: PLACE')")
    if ("the" in last or last in ("in", "inside", "across", "within")) and _COMPARED_IN.search(
        before, max(0, len(before) - 120)
    ):
        return Role(MENTIONED, _COMPARED_AT_EVENT)
    if lo and _BESIDE_IN.match(sentence.text[lo:at]):
        return Role(MENTIONED, _BESIDE_AT_EVENT)
    if (
        "within" in before[-60:]
        or "toward" in before[-60:]
        or "into" in before[-60:]
        or "stretch" in before[-40:]
        or last in ("of", "the", "beyond", "outside")
    ) and (
        may_hold(before[-120:], _REACH_WORDS)
        and (reach := _REACH_BEFORE.search(before, max(0, len(before) - 120)))
    ):
        return Role(MENTIONED, _TERRAIN_AT_EVENT if reach["inside"] else _REACH_AT_EVENT)
    if any(a <= s < b for s, _ in event_spans):
        if "of" in last and _AREA_TOLD_FROM.search(before, max(0, len(before) - 90)):
            return Role(MENTIONED, _AREA_FROM_AT_EVENT)
        if _visited(sentence, spot, before, after, event_spans):
            return Role(MENTIONED, VISITED)
        return Role(EVENT, "in a clause reporting violence")
    if lo and _APPOSITIVE_AND.match(sentence.text, lo, at) and _LIST_ITEM_ENDS.match(after):
        # "captured Taloqan, the capital of Takhar province, and Sar-e Pul": the list goes on past
        # the appositive that set off its first place, in the clause before it
        plo = clause_of(sentence, sentence.start + lo - 1, sentence.start + lo - 1)[0]
        if any(sentence.start + plo <= s < sentence.start + lo for s, _ in event_spans):
            return Role(EVENT, "listed after another place's appositive in a clause reporting violence")
    if lo and _CLAUSE_OPENER.match(sentence.text, lo, at) and _OPENER_END.match(after):
        # "..., and in X, gunmen shot dead a teacher": a place phrase that opens the next clause
        # of the sentence, as "In X, ..." opens the first, says where that clause happened
        nlo, nhi = clause_of(sentence, sentence.start + hi + 1, sentence.start + hi + 1)
        if any(sentence.start + nlo <= s < sentence.start + nhi for s, _ in event_spans):
            return Role(EVENT, "opens a clause that reports violence ('..., and in X, ...')")
    # "stopped two buses on the road outside X, the state capital, and kidnapped 17 passengers": a
    # verb after "and" with no subject of its own goes on with the clause's subject, and its
    # violence happened where that clause says
    joined = _joined_predicate(sentence.text, hi) if event_spans else None
    if joined and any(sentence.start + joined[0] <= s < sentence.start + joined[1] for s, _ in event_spans):
        return Role(EVENT, JOINED_PREDICATE)
    way = bool(lo) and _ON_THE_WAY.match(sentence.text, lo, at) is not None
    if lo and (way or _LOCATIVE_OPENS.match(sentence.text, lo)):
        # ", in the town of X on Sunday": a place phrase set off by commas says where the clause
        # before it happened, past an aside ("killed 11 people, among them four children, in X");
        # so does where the victim was going or being when it happened ("shot dead an activist,
        # ..., as he drove home to the village of X", "while they were walking to X")
        before_lo = lo
        if way and sentence.text[:lo].rstrip().endswith(","):
            before_lo = len(sentence.text[:lo].rstrip()) - 1  # (", as he drove": the comma opens nothing)
        for _ in range(2):
            before_lo = clause_of(sentence, sentence.start + before_lo - 1, sentence.start + before_lo - 1)[0]
            if _NAMED_PLACE.search(sentence.text, before_lo, lo):
                break  # "a house in Darat Izza, in Aleppo's countryside": it says where that place is
            if any(sentence.start + before_lo <= s < a for s, _ in event_spans):
                return Role(EVENT, "in a place phrase of a clause reporting violence")
            if not before_lo:
                break
    return Role(MENTIONED, QUIET_CLAUSE)


# "in Ibta' (Daraa, Dar'a)", "shelled Jinderes (Afrin, Aleppo)": the district and province after a
# place in brackets (ACLED's and OCHA's notes) say where it lies; one name alone in brackets may be
# the place's other name ("Kobani (Ayn al-Arab)")
_BRACKET_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*[’']?\s*\($")
_BRACKET_PARENTS_AFTER = re.compile(r"^[’']?,\s*[A-Z][^()]{0,40}\)")
_BRACKET_PARENTS_BEFORE = re.compile(
    r"[A-Z][\w’'-]*[’']?\s*\([A-Z][^(),]{0,40}(?:,\s*[A-Z][^(),]{0,40})*,\s$"
)
_BRACKET_CLOSES = re.compile(r"^[’']?(?:,\s*[A-Z][^()]{0,40})?\)")
BRACKET_PARENT = "a parent named in brackets after the place ('X (Y, Z)'): where it lies, not an event place"
# (after ";" or a conjunction: ", in X province," alone is an aside saying where a place lies)
_CLAUSE_OPENER = re.compile(
    r"(?:(?<=;)\s*|\s*(?:and|but|while|whereas)\s+)(?:in|at|near|inside|outside)\s+(?:the\s+)?$", re.I
)
_NAMED_PLACE = re.compile(r"\b(?:in|at|near|around|outside|of)\s+(?:the\s+)?[A-Z]")
# a verb phrase joined by "and" to the clause before, with no subject of its own (", and kidnapped
# 17 passengers"; not ", and the gunmen fled", ", and in X, ..."), past an appositive of the place
# (", the state capital,")
_APPOSITIVE = re.compile(r",?\s*(?:the|a|an)\s+[^,;:]{1,60}$")
_AND_VERB = re.compile(r"\s*(?:and|then)\s+(?:then\s+|later\s+|also\s+)?(?-i:[a-z]+ed)\b", re.I)
JOINED_PREDICATE = (
    "in a clause joined by 'and' to a verb that reports violence ('stopped buses outside X and kidnapped 17')"
)


def _joined_predicate(text: str, hi: int) -> tuple[int, int] | None:
    """Where the verb phrase joined to the clause ending at ``hi`` runs, if one follows it (past
    one appositive clause)."""
    at = hi
    for _ in range(2):
        if at >= len(text) or text[at] != ",":
            return None
        starts = (_break_index(text) if len(text) <= _SHORT_SENTENCE else _long_break_index(text))[0]
        nxt = bisect.bisect_right(starts, at)
        end = starts[nxt] if nxt < len(starts) else len(text)
        if _AND_VERB.match(text, at + 1, end):
            return at + 1, end
        if not _APPOSITIVE.match(text, at + 1, end):
            return None
        at = end
    return None


# a clause that is an appositive, then the next item of a list: " the capital of X province, and "
_APPOSITIVE_AND = re.compile(
    r"\s*(?:the|a|an)\s+[^,;:]{1,80},\s+(?:and|or)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$"
)
# ... and the item ends there, not the subject of a clause of its own ("attacked Ghazni, the
# provincial capital, and Kabul sent reinforcements")
_LIST_ITEM_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:and|or|on|in|at|near|during|overnight|early|late|last|this|after|before|over|"
    r"from|with|as|while|province|district|town|city|village|region)\b"
)
# a clause that is only a place phrase: "..., in the rebel-held town of X, ..."
_ON_THE_WAY = re.compile(
    r"\s*(?:as|while|when)\s+(?:(?:he|she|they|the\s+\w+)\s+(?:was\s+|were\s+)?(?:drove|driving|walked|walking|"
    r"returned|returning|travell?ed|travell?ing|rode|riding|went|going|came|coming|made\s+(?:his|her|their)\s+way|"
    r"making\s+(?:his|her|their)\s+way)"
    # what the victim was doing there, told of a pronoun ("shot dead a commander as he left a mosque
    # in X", "killed nine farmers as they were eating dinner in a tent in X"); not where people fled
    # or were taken, nor what was said
    r"|(?-i:he|she|they)\s+(?:was\s+|were\s+)?(?!(?:fled|fleeing|escaped|escaping|taken|rushed|evacuated|"
    r"moved|transferred|said|says|told|spoke|speaking|reported|added)\b)(?-i:[a-z]+(?:ed|ing)|left)"
    r")\b[^,;:()]*$",
    re.I,
)
_LOCATIVE_OPENS = re.compile(r"[\s,]*(?:in|at|near|outside|inside|on\s+the\s+outskirts\s+of)\s", re.I)


_REACH = 300


# "the massacre at Srebrenica in 1995", "forces recaptured Kupiansk in September 2022"
_IN_YEAR = re.compile(
    # "the bombardment of X and its countryside in 2012", "the siege of X and Y in 2016": the
    # year after the place's own area or the next place of its list
    r"^(?:\s+and\s+(?:(?:its|the)\s+(?:surrounding\s+)?(?:countryside|surroundings|suburbs|outskirts|"
    r"environs|villages|area)|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))?"
    rf"\s*,?\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<month>{MONTH})\s+)?(?P<year>(?:19|20)\d\d)\b"
)
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def month_number(word: str) -> int:
    """1-12 for a month's name or abbreviation ("March", "Sept")."""
    return MONTHS.index(word[:3].lower()) + 1


# a month's whole word ("Mar.", "March"; not "Marib", "Mardan", "Marines", "Mayadin")
MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)


# "last week", "late last month", "earlier this year", "the previous month": a time before the
# report's own; "last night" and "last weekend" are often the report's own
_EARLIER_TIME = re.compile(
    r"\b(?:(?:late|early|earlier)\s+)?last\s+(?:week|month|year|summer|winter|spring|autumn|fall|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\bearlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)\b|\bthe\s+previous\s+(?:week|month|year)\b|"
    # "A week earlier, an air strike on a market in X killed 11", "two months ago": a span back
    r"\b(?:a|one|two|three|four|several|some|a\s+few)\s+(?:weeks?|months?)\s+(?:earlier|before|ago)\b",
    re.I,
)
# the report's own time: a weekday, today, yesterday, overnight, tonight, this morning, a day's
# date ("On 4 February", "on Feb. 12": OCHA, SOHR and SANA rarely name the weekday), the last hours
_OWN_TIME = re.compile(
    r"\b(?:" + WEEKDAY + r"|today|yesterday|overnight|tonight|"
    r"this\s+(?:morning|afternoon|evening)|(?:in\s+the\s+)?(?:early|small)\s+hours|at\s+dawn|"
    r"(?:past|last)\s+(?:24|48|few)\s+hours|"
    rf"\d{{1,2}}\s+{MONTH_WORD}|{MONTH_WORD}\s+\d{{1,2}}\b)",
    re.I,
)
# an earlier time in a clause of its own about something else: "the deadliest since last year",
# "a truce agreed last month", "a campaign that began last year", "weeks after a bombing last month"
_SUBORDINATE = re.compile(r"\b(?:since|after|before|until|that|which|who|whom|where|when|as)\b", re.I)


_WHERE_AFTER = re.compile(r"^\s*,\s+where\b")
# "territory around X, which troops entered earlier this week": a relative clause right after the
# place that tells what happened there at an earlier time
_WHICH_EARLIER = re.compile(
    r"^\s*,\s+(?:which|where)\s+(?:(?!(?:and|but)\b)[\w’'-]+\s+){1,6}?(?:(?:late|early|earlier)\s+)?"
    r"(?:earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|last\s+(?:week|month|year))\b",
    re.I,
)


def _own_earlier_time(sentence: Sentence, lo: int, hi: int, after: str) -> bool:
    """The place's relative clause tells it at an earlier time ("the army's grip on territory
    around X, which troops entered earlier this week") and its own clause names no time of the
    report's own ("jets bombed X on Friday, which troops had entered last week" is Friday's)."""
    return _WHICH_EARLIER.match(after) is not None and _OWN_TIME.search(sentence.text, lo, hi) is None


def _struck_where(sentence: Sentence, after: str, end: int, event_spans: list[tuple[int, int]]) -> bool:
    """A relative clause right after the destination tells violence there ("fled to X, where an
    airstrike killed five", "pushed toward X, where shelling killed three"): X is the event's."""
    where = _WHERE_AFTER.match(after)
    if where is None:
        return False
    # the relative clause only: "taken to X, where they were treated, after a strike on Y" is Y's
    cut = _CLAUSE_END.search(after, where.end())
    stop = sentence.start + end + (cut.start() if cut else len(after))
    return any(sentence.start + end < s < stop for s, _ in event_spans)


# "had fled", "had been using", "had earlier taken": the past perfect, an event before the report's
# (not "had a population", "had to", nor "who had been killed": a passive of its own event)
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:(?:not|never|already|also|earlier|previously|just|long|recently|since|\w+ly)\s+)?"
    r"(?:been\s+(?=\w+ing\b))?(?!(?:to|a|an|the|no|some|its|his|her|their|been|any|more|less|little|much)\b)"
    # past participles, regular and irregular ("held", "sent", "kept", "struck", "lost", "shot",
    # "done", "begun", "laid", "made", "dug", "met", "hit", "become")
    r"[a-z]+(?:ed|en|wn|ght|ung|ook|ft|lt|ld|nt|pt|ck|ost|ot|one|un|aid|ade|ug|et|ut|it|ome|ing)\b"
)
# told as said: "the group said it had captured X", "police reported that gunmen had stormed X"
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|reported|reports|announced|claimed|added|confirmed|stated|according|"
    r"insisted|denied|acknowledged|admitted|declared|explained|learned|learnt|emerged|showed|saying)\b",
    re.I,
)
# a clause of its own after the past perfect: "Rebels had pulled out, and troops entered X"
_NEW_CLAUSE = re.compile(
    r"[;:]|,\s+(?:and|but|while|when|as|before|after|then|yet|so|until)\b|\b(?:but|while|when|before|after|until)\b",
    re.I,
)
# a relative clause about the people or place of the event: "civilians who had sheltered in X were
# killed" is X's; "people who had fled fighting in X" tells X's past when its violence is told there
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that|where|whom)\s+(?:\w+\s+)?$", re.I)


def _told_before(sentence: Sentence, lo: int, at: int, event_spans: list[tuple[int, int]]) -> bool:
    """The place's clause tells, before it, an event in the past perfect that no speaker reports
    and no day of the report's own dates ("The Taliban had captured several districts around the
    city in recent weeks, including on the road to X", "residents who had fled fighting in X"):
    background to the report's event, which news tells in the simple past."""
    text = sentence.text
    found = None
    for m in _PAST_PERFECT.finditer(text, lo, at):
        found = m
    if found is None and lo:
        # "had captured several districts ..., including on the road to X", "had been using the
        # town as a launching pad for attacks on X": phrases going on with the clause before
        for m in _PAST_PERFECT.finditer(text, 0, lo):
            found = m
        if found is not None and _NEW_CLAUSE.search(text, found.end(), lo + 8):  # the word opening it
            return False
    if found is None or _REPORTED.search(text, 0, found.start()) or _OWN_TIME.search(text, lo, at + 40):
        return False
    had = sentence.start + found.start()
    place = sentence.start + at
    # an event span may open at its actor ("the Taliban had captured"): read where it ends
    own = [e for _, e in event_spans if sentence.start + lo < e <= sentence.start + len(text)]
    if _RELATIVE_BEFORE.search(text, max(0, found.start() - 30), found.start()):
        # the relative clause's own violence, told before the place
        return bool(own) and all(had < e <= place for e in own)
    # the main verb: violence in the clause before it would be the report's (not its subject,
    # "Israeli jets had struck X")
    return not any(e <= had and text[e - sentence.start : found.start()].strip() for e in own)


# "X lies on the highway between Y and Z", "which sits 15 km southeast of Y", "X is located on the
# edge of Y": the places after the verb say where X is (and "has been besieged since 2013" after
# it tells X's past, not theirs)
_LIES = re.compile(
    r"\b(?:lies|sits|is\s+located|is\s+situated|straddles)\s+(?!dead|wounded|injured|in\s+ruins)", re.I
)


# ... told of a place: a name or a place noun before the verb ("Talbiseh lies", "the town, which
# sits"), not a site the event hit ("shells fell on a school, which lies on the edge of X": X's)
_PLACE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w’'-]*|\b(?i:town|city|village|district|area|camp|enclave|region|province|"
    r"neighbou?rhood|suburb))(?:\s*,?\s*(?i:which|that))?\s*$"
)


# "al-Ashara on the Euphrates", "Izmail on the Danube", "a town on the Tigris": a river or coast
# that says where the place before it lies, not a second place where it happened
_ON_THE = re.compile(
    r"(?:\b[A-Z][\w’'-]*|\b(?:a[lndrstz]h?|el)-[\w’'-]+|\b(?i:town|city|village|port))\s+on\s+the\s+$"
)
# "Beit Jinn on the slopes of Mount Hermon", "a village at the foot of Jabal al-Zawiya", "Hajin on
# the banks of the Euphrates": a mountain's or water's edge that says where the place before it
# lies, not a second place where it happened (alone, "clashes on the slopes of X" keep it)
_ON_THE_EDGE_OF = re.compile(
    # (not a day or month told before it: "attacked positions on Sunday on the slopes of X" is X's)
    r"(?:\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][\w’'-]*|"
    r"\b(?:a[lndrstz]h?|el)-[\w’'-]+|\b(?i:town|city|village|port|camp|base))\s*,?\s+"
    r"(?i:(?:on|at|in|along)\s+the\s+(?:(?:southern|northern|eastern|western|lower|upper)\s+)?"
    r"(?:slopes?|foot|foothills|banks?|shores?)\s+of\s+(?:the\s+)?)$"
)
_EDGE_WORDS = ("slope", "foot", "bank", "shore")  # one of which each match holds
# "clashed near X and around Y, between Z and W": an aside after a place that says where it lies
# between two towns, not two more places where it happened (not "clashes between X and Y", the
# sides, nor "the road between X and Y", `ROAD_END`; helper wire31)
_BETWEEN_ASIDE = re.compile(
    r"(?:\b[A-Z][\w’'-]*|\b(?:a[lndrstz]h?|el)-[\w’'-]+)\s*(?P<comma>,)\s+"
    # ... what the place is or the road it lies on, told first: "X, a town between Y and Z", "X, a
    # farming village midway between", "X, on the road between Y and Z"
    r"(?:(?:(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:town|village|city|hamlet|settlement|suburb|district|area|"
    r"locality|outpost)|on\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:road|highway|route|motorway))\s+)?"
    r"(?:(?:midway|halfway)\s+)?between\s+"
    r"(?:the\s+)?(?:(?:towns|cities|villages)\s+of\s+)?$"
)
# ... only after a place the clause told ("near Tessit on Sunday, between Gao and Menaka"): with
# none, "fighting broke out on Sunday, between Marib and Sirwah" tells where it happened
_ASIDE_REACH = 40  # characters from the place's end to the aside's comma


def _place_ends_before(ends: tuple[int, ...], comma: int) -> bool:
    """A place of the sentence ends within `_ASIDE_REACH` characters before ``comma``."""
    return any(comma - _ASIDE_REACH <= e <= comma for e in ends)


_LIES_WORDS = ("lies", "sits", "located", "situated", "straddles")
# ... not a road named by the towns it links ("Saraqeb on the Aleppo-Damascus highway"), nor a
# part of the place's own land ("a port on the Odesa coast", "a village on the Idlib countryside's
# edge"): the place names where it happened
_ROAD_AFTER = re.compile(
    r"\s*[-‐–]|(?:[’']s)?\s+(?:road|highway|motorway|front|border|frontier|line|coast(?:line)?|shore|"
    r"countryside|outskirts|plains?|suburbs?|hinterland)\b",
    re.I,
)


def _lies_by(text: str, at: int) -> bool:
    """A verb of lying before the place, told of a place ("X lies on the highway between Y and Z")."""
    found = _LIES.search(text, 0, at) if may_hold(text[:at], _LIES_WORDS) else None
    return (
        found is not None
        and _PLACE_BEFORE.search(text, max(0, found.start() - 60), found.start()) is not None
    )


@functools.lru_cache(maxsize=1024)  # asked for each place of a sentence
def _told_earlier(text: str, at: int) -> bool:
    """The sentence tells an event of an earlier time and none of the report's own ("Earlier
    this month, a convoy was ambushed near X", "rebels captured X late last month"), not an
    earlier time in an aside after a subordinating word ("killed 14 in X, in the heaviest raids
    since a truce was agreed last month", "the deadliest in the town since last year"), unless
    the place is in that aside ("since an ambush in X last year", "insurgents, who last month set
    off bombs in X")."""
    return any(
        aside < 0 or aside < at and (at < start or _CLAUSE_END.search(text, start, at) is None)
        for start, aside in _earlier_times(text)
    )


# (or what it answers: "in response to a gas attack on X earlier this week", "in retaliation for
# a raid on X last month")
_SINCE_AFTER = re.compile(
    r"\b(?:since|after|before|following|in\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)|to\s+avenge)\b",
    re.I,
)
# the place, then an appositive that says what it is ("seized X, the capital of Y province, last
# month"): the time after it is still the place's
_APPOSITIVE_GAP = re.compile(r"[^,;:]*,\s+(?:the|a|an)\s+[^,;:]{1,60},\s*")
_CLAUSE_END = re.compile(r"[,;:]")


@functools.lru_cache(maxsize=1024)  # asked for each place of a sentence
def _in_earlier_aside(text: str, at: int) -> bool:
    """An aside after "since", "after" or "before" that tells its own earlier time holds the
    place ("raided X on Friday, the largest raid since troops swept through Y last July"): an
    earlier event in its clause, whether or not the sentence tells the report's own time (with
    none, `_told_earlier` has set the whole sentence aside already)."""
    later = _EARLIER_TIME.search(text, at) if _may_tell_earlier(text) else None
    if later is None:
        return False
    if _CLAUSE_END.search(text, at, later.start()) and not _APPOSITIVE_GAP.fullmatch(text, at, later.start()):
        return False
    clause = max(text.rfind(",", 0, at), text.rfind(";", 0, at), 0)
    return _SINCE_AFTER.search(text, clause, at) is not None


# an event word's aside opened by one of these: "closed since fighters overran the area in 2014",
# "Tawila, where thousands sought shelter after fighters overran a camp earlier this month", or a
# place noun that an appositive's clause tells of ("X and Y, the cities the rebels seized earlier
# this year")
_ASIDE_OPENS = re.compile(
    r"\b(?:since|after|before|following|where|which|who|whom|when)\b"
    r"|,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:cities|towns|villages|areas|city|town|village|area|"
    r"region|territory|district|base|camp)\s+(?:that\s+)?(?:the\s+)?[\w’'-]+\s+(?:[\w’'-]+\s+)?$",
    re.I,
)
# ... one of which each of its matches holds (an opening word, or the kind of place after a comma)
_ASIDE_WORDS = (
    "since", "after", "before", "following", "where", "which", "who", "when",
    "cit", "town", "village", "area", "region", "territor", "district", "base", "camp",
)  # fmt: skip
# a year, or a day, month and year, told right after the event word's phrase ("in 2014", "in March
# 2016", "on May 23, 2016")
_DATED_YEAR = re.compile(
    rf"\b(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<month>{MONTH_WORD})\s+(?:(?P<day>\d{{1,2}}),?\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


# how long before, counted: "a year after", "three weeks since" (not a bare "days after": "pushed
# back into X, days after being driven out" tells the return as the event)
_PERIOD_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few|many|some)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\s+$",
    re.I,
)


# the sentence's own verb after a relative clause's time ("who fled X in 2018 were attacked")
_MAIN_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had)\b", re.I)


def earlier_aside(text: str, at: int, end: int, published: date | None) -> bool:
    """An event word in an aside that tells an earlier time ("the crossing, closed since fighters
    overran the area in 2014", "where rebels seized X earlier this year", "the deadliest since
    bombings in X on May 23, 2016", "a year after troops retook the town"): an earlier event told
    for background, not this sentence's."""
    clause = max(text.rfind(",", 0, at), text.rfind(";", 0, at), 0)
    if not may_hold(text[clause:at], _ASIDE_WORDS):
        return False
    opens = _ASIDE_OPENS.search(text, clause, at)
    if opens is None:
        return False
    if (
        clause
        and opens.group().lower() in ("after", "since")
        and (period := _PERIOD_BEFORE.search(text, max(0, opens.start() - 30), opens.start())) is not None
        and not text[clause + 1 : period.start()].strip()
    ):
        return True  # (set off after the clause it dates: ", a year after troops retook X")
    # ... its time told before the event word ("the bridge, which was cut in November 2023 during
    # fighting between X and Y"), in the aside, not after it: "Villagers who fled X in 2018 were
    # attacked in Y on Sunday" closes the aside with the sentence's own verb
    if (
        published is not None
        and (told := _DATED_YEAR.search(text, opens.end(), at)) is not None
        and not told["day"]
        and _MAIN_VERB.search(text, told.end(), at) is None
        and _year_long_before(told, published)
    ):
        return True
    later = _EARLIER_TIME.search(text, end, end + 100) if _may_tell_earlier(text) else None
    if later is not None and not _CLAUSE_END.search(text, end, later.start()):
        return True
    if published is None or not ("19" in text or "20" in text):
        return False
    dated = _DATED_YEAR.search(text, end, end + 100)
    if dated is None or dated["day"] or _CLAUSE_END.search(text, end, dated.start()):
        return False  # an earlier event told with its day is an incident of its own (grouping.py)
    return _year_long_before(dated, published)


# A span of years and the year it ended ("between 1985 and 2018", "from 2002 to 2008"): what
# `span_long_before` and events.py's `_PAST_AFTER` both read as a time long past
YEAR_SPAN = r"(?i:between|from)\s+(?:19|20)\d\d\s+(?i:and|to|until|till|through)\s+(?P<year>(?:19|20)\d\d)\b"
# "killed in the armed conflict between 1985 and 2018", "Between 2002 and 2008, soldiers killed 96
# civilians": a span of years that ended long before the text
_YEAR_SPAN = re.compile(r"\b" + YEAR_SPAN)


def span_long_before(text: str, at: int, end: int, published: date | None) -> bool:
    """An event word told over a span of years that ended long before publication, in its clause
    ("more than 450,000 people were killed in the conflict between 1985 and 2018", as a truth
    commission reports): history, no incident of the report's own."""
    if published is None or not ("19" in text or "20" in text) or "etween" not in text and "rom" not in text:
        return False
    after = _YEAR_SPAN.search(text, end, end + 120)
    if after is not None and not _CLAUSE_END.search(text, end, after.start()):
        return _long_before(int(after["year"]), None, published)
    before = _YEAR_SPAN.search(text, max(0, at - 120), at)
    if before is not None and ";" not in text[before.end() : at] and ":" not in text[before.end() : at]:
        return _long_before(int(before["year"]), None, published)
    return False


def _year_long_before(told: re.Match[str], published: date) -> bool:
    """A `_DATED_YEAR` match ("in March 2016", "in 2014") long before publication."""
    month = told["month"]
    return _long_before(int(told["year"]), month_number(month) if month else None, published)


@functools.lru_cache(maxsize=1024)  # asked for each place of a sentence
def _earlier_times(text: str) -> tuple[tuple[int, int], ...]:
    """Where each earlier time of a sentence with no time of the report's own starts, and where
    the subordinate aside holding it opens (-1: none)."""
    if not _may_tell_earlier(text) or _EARLIER_TIME.search(text) is None or _OWN_TIME.search(text):
        return ()  # most sentences: no earlier time, read once
    out = []
    for m in _EARLIER_TIME.finditer(text):
        clause = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()), 0)
        aside = _SUBORDINATE.search(text, clause, m.start())
        out.append((m.start(), -1 if aside is None else aside.start()))
    return tuple(out)


# Every `_EARLIER_TIME` holds one of these words: a sentence with none of them (most) is not
# searched, once per sentence and again from each of its places
_EARLIER_WORDS = ("last", "earlier", "previous", "ago", "before")


@functools.lru_cache(maxsize=1024)
def _may_tell_earlier(text: str) -> bool:
    low = lowered(text)
    return low is None or any(w in low for w in _EARLIER_WORDS)


# "on Jan. 10", "on 10 January": a day told by its date after the place
_ON_DATE = re.compile(
    rf"^\s*,?\s+on\s+(?:(?P<month>{MONTH_WORD})\s+(?P<day>\d{{1,2}})\b|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_WORD}))"
    r"(?![a-z])(?!\s*,?\s*(?:19|20)\d\d)"  # the whole month's name, and no year after it
)
_WEEK = 7  # days: a report tells its own event within a few days of it
# what an event told by its date is background to: "weeks after an attack ...", "the first since a
# bombing ...", "in retaliation for a raid ..."
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:after|since|following|over|into|than|like|(?:anniversary|victims)\s+of|(?:revenge|retaliation)\s+for|"
    r"response\s+to)\b[^,.;]{0,30}$",
    re.I,
)


def _days_before(after: str, published: date) -> int:
    """How many days before publication the date told after the place is (its year the latest
    that puts it on or before publication); 0 when none is told."""
    found = _ON_DATE.match(after)
    if found is None:
        return 0
    month = month_number(found["month"] or found["month2"])
    day = int(found["day"] or found["day2"])
    year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    try:
        return (published - date(year, month, day)).days
    except ValueError:  # "on Feb. 30"
        return 0


# "in May", "in early March": a month told without its year after the place
_IN_MONTH = re.compile(rf"^\s*,?\s+in\s+(?:(?:early|late|mid-?)\s*)?(?P<month>{MONTH_WORD})(?!\s*,?\s*\d)")


def _month_before(after: str, published: date) -> bool:
    """The place is told with a month of the year before the month of publication."""
    found = _IN_MONTH.match(after) if " in " in after[:4] else None
    return found is not None and month_number(found["month"]) < published.month


def _earlier_year(before: str, after: str, published: date | None) -> bool:
    """The place is told with a time well before the text was published ("X in 1995", "the 2014
    attack on a school in X"): what happened there is history told for background, not this
    report's event."""
    if published is None:
        return False
    found = _IN_YEAR.match(after) if " in " in after[:40] else None
    if found is None:
        found = (
            _YEAR_BEFORE.search(before, max(0, len(before) - 90))
            if ("19" in before[-90:] or "20" in before[-90:])
            and ("the " in before[-90:].lower() or " in " in before[-30:])
            else None
        )
        return found is not None and _long_before(int(found["year"] or found["year2"]), None, published)
    month = found["month"]
    return _long_before(int(found["year"]), month_number(month) if month else None, published)


# "the 2014 attack on an army-run school in X"
_YEAR_BEFORE = re.compile(
    r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w’'-]+\s+)??(?:bomb(?:ing)?s?|attacks?|explosions?|(?:air\s?)?strikes?|"
    r"blasts?|massacres?|raids?|shelling|bombardments?|shootings?|ambush(?:es)?|assaults?|killings?|"
    r"offensive|siege|battle|war|uprising|occupation|rebellion|coup|genocide|insurgency|campaign)\s+"
    r"(?:(?:on|of|against|at)\s+(?:[\w’'-]+\s+){0,3}?)?"
    # "the 2012 occupation of northern Mali", "the 1994 genocide in Rwanda"
    r"(?:in|at|on|near|of)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?"
    # "the 2016 truck bombing in Baghdad's Karrada district": the finer place after its parent's
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?[’']s\s+)?$"
    # "the killing of detainees in 2013 in X", "fighting in May 2014 near X": the year right
    # before the place
    rf"|\bin\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH}\s+)?(?P<year2>(?:19|20)\d\d)\s+(?:in|at|near|around)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def _long_before(year: int, month: int | None, published: date) -> bool:
    """A month and year at least three months before publication ("late December 2017" in a
    text of 3 January 2018 is recent); a year alone two years before, or the year before once
    the text is past March."""
    if month is not None:
        return (published.year - year) * 12 + published.month - month >= 3
    return year <= published.year - 2 or (year == published.year - 1 and published.month > 3)


def _last_words(before: str, n: int = 3) -> list[str]:
    """The last ``n`` words of a text that ends in white space (split at white space), lower
    case (a letter IGNORECASE equates with an ASCII one as such); none when the text does not
    end in white space."""
    if not before[-1:].isspace():
        return []
    return [word_key(w) for w in before.rsplit(None, n)[-n:]]


def aggregate_span(sentence: Sentence) -> re.Match[str] | None:
    """'across the country', 'nationwide': a country-wide total, not a place."""
    return _ACROSS_COUNTRY.search(sentence.text)


# "Karrada, a Baghdad district", "X, the rebel-held Y suburb": an appositive naming a town before
# the part of it the place is says where the place lies, as "X, a district of Y" does (a town's
# districts and suburbs the gazetteer lacks, or holds only as namesakes elsewhere: Karrada in Dhi
# Qar, Shaab in Israel); "X, an Idlib town" is left to the geocoder, which knows most towns and
# reads a wrong unit ("Khan Sheikhoun, the Aleppo town") as another place
_APPOSITIVE_UNIT = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+-(?:held|controlled|run|occupied)\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+)?$",
    re.I,
)
_PART_AFTER_UNIT = re.compile(r"\s+(?:district|suburb|neighbou?rhood|quarter)\b", re.I)
# a compass word before a unit's name: "northern", "south-eastern", "north-central", "far west"
# (written once for every phrase that reads a unit after it)
COMPASS = r"(?:(?:far\s+)?(?:north|south|east|west|central)(?:ern|-?(?:east|west)(?:ern)?|-central)?\s+)"
_APPOSITIVE_OF = re.compile(
    r"^\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}(?:of|in)\s+(?:the\s+)?"
    # "X, a village in the northern Y province", "X, a mountainous area of central Y province"
    rf"{COMPASS}?$",
    re.I,
)
# what a place is, named after it: "the Jabalia refugee camp in ...", "the Tiyas air base east of"
_KIND = (
    r"(?:town|village|hamlet|settlement|locality|city|area|(?:refugee\s+)?camp|air\s*base|airbase|base|airport|neighbou?rhood|"
    r"district|quarter)"
)
# the part of an area that holds a place: "the countryside of Y", "the western edge of Y"
_AREA_OF = (
    r"(?:countryside|province|governorate|district|outskirts|edge|fringes?|suburbs|state|region|"
    r"territory|department|island)\s+of\s+(?:the\s+)?"
)
_KIND_OF = re.compile(
    # ... the unit with the part of it the place lies in: "the X district of southern Y province",
    # "X area of northern Y" (as "in northern Y" below)
    r"^\s*(?:neighbourhoods?|neighborhoods?|districts?|quarters?|suburbs?|area|townships?|count(?:y|ies)|"
    r"territor(?:y|ies)|sub-districts?|communes?|regions?|provinces?|local\s+government\s+areas?|LGAs?|"
    # ... the units of South Asia and Ethiopia ("X tehsil of Y", "the X upazila of Y", "X woreda of
    # Y") and a front's sectors ("the X sector of Y district")
    rf"{LOCAL_UNIT}s?|sectors?)\s+"
    rf"(?:of|in)\s+(?:the\s+)?{COMPASS}?$|^\s*(?:town|village)\s+in\s+(?:the\s+)?$|^\s*,\s*$|"
    # "X in the northern city of Y", "X in the port town of Y": the town holds X (a quarter)
    r"^\s+in\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:city|town)\s+of\s+$|"
    rf"^\s+(?:{_KIND}\s+)?(?:in|near|at|on)\s+(?:the\s+)?(?:\w+\s+)?{_AREA_OF}$|"
    # "the Jabalia camp in northern Gaza", "Afrin in north-western Syria"
    rf"^\s+(?:{_KIND}\s+)?in\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?ern\s+$",
    re.I,
)


# "Douma, 10 km east of Damascus", "the town of X, 30 miles (48 km) north of Y", "X north of Y":
# Y is a landmark that locates X, not a second place where it happened
_DIRECTION = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_LANDMARK_OF = re.compile(
    # "X, a town about 24 km (15 miles) west of Y": what X is, then the way from Y
    rf"^\s*(?:{_KIND}\s+)?,?\s*(?:(?:a|an)\s+(?:[\w-]+\s+)?{_KIND}\s+)?"
    r"(?:(?:about|some|around|nearly|roughly|just|only|almost)\s+)?"
    r"(?:(?:\d+(?:[.,]\d+)?|a\s+few|several)\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{0,20}\)\s+)?"
    rf"(?:(?:to\s+the\s+)?{_DIRECTION}\s+of|from|away\s+from)|(?:to\s+the\s+)?{_DIRECTION}\s+of)\s+"
    # "... north of the (eastern Congolese) city of Y", "west of rebel-held Y"
    r"(?:the\s+)?(?:[\w]+-(?:held|controlled)\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?|"
    r"(?:[\w’'-]+\s+){1,2}?(?:city|town|capital|port)\s+of\s+)?$",
    re.I,
)


def landmark_gap(gap: str) -> bool:
    """The text between a place and the next ("X, 10 km east of Y") says where X lies from Y."""
    return _LANDMARK_OF.match(gap) is not None


# The landmark a named place is told from, whether or not that place is known: "Taji military base
# north of Y", "the Houla plain north of Y", "X, a farming town south of Y", "X, 30 km northwest of
# Y", "X, outside Y", "X, near the port city of Y": Y only says where X lies, X is where it happened
# (not "villages north of Y", "the east of Y": no name to locate, Y is the best place given)
_COMPASS = ("north", "south", "east", "west")  # one of them is in every `_DIRECTION`
# ... and the mountains or hills that hold it: "X in the Qalamoun mountains north of Y"
_LANDMARK_KIND = (
    rf"(?:{_KIND}|plain|valley|crossing|checkpoint|bridge|dam|mountains?|hills|heights|"
    # a named site told from a town: "the Bagram airfield north of Y", "the X junction south of Y"
    r"airfield|airstrip|junction|prison|(?:oil|gas)\s*field)"
)
_LANDMARK_BEFORE = re.compile(
    # a name after a lower-case word (not a sentence's first word, nor an acronym: "ISIS south of Y")
    # ("al-Ghanto", an article before the name)
    rf"(?<=[a-z]\s)(?:(?:al|el|ad|ar|as|ash|az)-)?[A-Z][a-z][\w’'-]*(?:\s+(?:[\w’'-]+\s+){{0,2}}?{_LANDMARK_KIND}\b"
    # ... or the name and a site of its own: "the town of X and its water pumping station east of Y"
    r"|\s+and\s+its\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?\s*"
    # "X in the besieged rebel enclave north of Y", "X in the opposition-held area south of Y":
    # the area that holds X, told by where it lies from Y
    r"(?:(?:in|inside)\s+the\s+(?:[\w’'-]+\s+){0,3}?(?:enclave|pocket|area|region|countryside)\s+)?"
    # ... or the road that runs by it: "X on the coast road west of Y", "X on the Latakia-Aleppo
    # highway west of Y"
    r"(?:,?\s*on\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:road|highway|motorway)\s+)?"
    rf"(?:,\s*(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_LANDMARK_KIND}\s*,?\s*)?)?"
    r"(?:(?:about|some|around|nearly|roughly|just|only|almost)\s+)?"
    r"(?:(?:\d+(?:[.,]\d+)?|a\s+few|several)\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{0,20}\)\s+)?)?"
    rf"(?:(?:to\s+the\s+)?{_DIRECTION}\s+of|(?<=,\s)(?:just\s+)?(?:outside|near))\s+"
    r"(?:the\s+)?(?:(?:port\s+|provincial\s+|regional\s+)?(?:city|town|capital)\s+(?:of\s+)?)?$"
)


# ... but not a person's name set off after who the person is: "killed the group's spokesman,
# Abu al-Hassan al-Muhajir, near the town of Y", "shot a local chief, Musa Ibrahim, near Y": the
# act was near Y, no place is located by it
_PERSON_APPOSED = re.compile(
    r"\b(?:spokes(?:man|woman|person)|commander|leader|chief|head|emir|deputy|official|officer|governor|"
    r"mayor|cleric|imam|preacher|judge|lawyer|doctor|journalist|reporter|activist|politician|lawmaker|"
    r"candidate|businessman|son|daughter|brother|sister|father|mother|wife|husband|nephew|cousin|"
    r"man|woman|boy|girl|student|teacher|driver|farmer|soldier|militant|fighter|member|founder|"
    r"ideologue|strategist|financier|negotiator|envoy|aide|bodyguard)s?\s*,\s*"
    r"(?:(?:[A-Z][\w’'.-]*|(?:al|el|ad|ar|as|ash|az|bin|ibn|abu|bint|de|la|del|van|von)(?:-|\s+))\s*)+$"
)


# ... an area with no name told from Y ("the rebel enclave east of Y", "villages 10 km north of Y")
_AREA_TOLD_FROM = re.compile(
    r"\b(?:enclaves?|pockets?|areas?|region|countryside|villages?|towns?|hamlets?|suburbs?|farmland|"
    r"positions|front(?:line)?s?)\s+(?:(?:about|some|around|nearly|roughly|just)\s+)?"
    r"(?:(?:\d+(?:[.,]\d+)?|a\s+few|several)\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{0,20}\)\s+)?)?"
    rf"(?P<way>{_DIRECTION})\s+of\s+(?:the\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?$",
    re.I,
)


def area_direction(spot: Spot, sentence: Sentence) -> str:
    """The way an unnamed area lies from the place ("the enclave east of Y": "east"), or ""."""
    before = sentence.text[max(0, spot.start - sentence.start - 90) : spot.start - sentence.start]
    found = _AREA_TOLD_FROM.search(before)
    return found["way"] if found else ""


# "X in Y countryside", "X near Y's countryside", "X in Y province": Y's area encloses X
# "X in Y province"; also after the kind of site X is and before the unit's part ("the X air base
# in Y province", "X camp in the northern Y region", "X in the south of Y province"): the unit
# after still has to be called one (`_REGION_AFTER`); also set off by a comma ("X, in Burkina Faso's
# Centre-Nord region": a town the gazetteer lacks is then read as the region, at its precision)
_IN_BEFORE = re.compile(
    r"^(?:(?:\s+(?:refugee|displacement|military|army|air|naval))?\s+(?:town|village|city|camp|base|"
    r"airbase|airport|airfield|port|barracks|neighbou?rhood|district|quarter|suburb))?"
    r"\s*,?\s+(?:in|near|at|on)\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|central)[\w-]*\s+(?:of\s+(?:the\s+)?)?)?$",
    re.I,
)
_REGION_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:\w+\s+)?(?:countryside|province|governorate|state|region|territory|island|district|"
    r"township|county|zone|department|prefecture|municipality|mountains|hills|circle|cercle|commune|woreda|"
    # ... Nigeria's local government area ("X in Guma local government area of Benue State")
    r"local\s+government\s+area|LGA|"
    # ... or a named area that is no unit: "X in the Baalbek area", "X in the Y valley", "X in Y
    # division" (Cameroon's unit), "X in the Y plain"
    r"area|valley|division|plains?|"
    # ... or the part of a town it lies on: "the X district on Raqqa's eastern edge"
    r"edge|outskirts|fringes?|suburbs)\b",
    re.I,
)
# a unit's kind word ending the name itself: "Garissa County", "Hama Province"
_UNIT_ENDS = re.compile(
    r"\s(?:county|province|governorate|district|region|state|oblast|parish|territory)$", re.I
)
# "X in Somalia's Gedo region", "X in Chhattisgarh's Sukma district": the unit after the
# possessive holds X (its owner holds the unit)
_OWNER_GAP = re.compile(
    # ("Mali's Mopti region", and a unit's with its kind word: "Cabo Delgado province's Muidumbe
    # district")
    r"^(?:\s+(?:province|governorate|state|region|county))?[’']s\s+(?:(?:north|south|east|west|central)\w*\s+)?$"
)


# "X and surrounding villages", "X and its farmland", "X and nearby farms": the land around X, told
# before what holds them both
_SURROUNDINGS = re.compile(
    r"^\s+and\s+(?:(?:its|their|the)\s+)?(?:(?:surrounding|nearby|neighbou?ring|adjacent|adjoining|other)\s+)?"
    r"(?:villages|farms|farmlands?|orchards|hills|hilltops|towns|environs|surroundings|outskirts)(?=\s)",
    re.I,
)
# "X in Y", "X in northern Y": Y holds X when Y is a province
_BARE_IN = re.compile(rf"^\s+in\s+(?:the\s+)?{COMPASS}?$", re.I)
# "the Tirah valley of Khyber district": the unit after "of" holds the valley X
_VALLEY_OF = re.compile(r"^\s+valleys?\s+of\s+(?:the\s+)?$", re.I)
# "X town of Y province", "the X village of Y district": the unit after "of" holds X (with the
# unit word after it; "the Aleppo town of Azaz" is the other way round, `_SUBURB_OF`)
_TOWN_OF_UNIT = re.compile(rf"^\s+(?:town|village|hamlet|city)\s+of\s+(?:the\s+)?{COMPASS}?$", re.I)


def _owned_unit(later: list[Spot], sentence: Sentence) -> str:
    """The finest unit the phrase names for a place: "X, a village in Mali's Mopti region" is in
    Mopti (the unit after the owner's possessive), not Mali."""
    if (
        len(later) > 1
        and _OWNER_GAP.match(sentence.text[later[0].end - sentence.start : later[1].start - sentence.start])
        and _REGION_AFTER.match(sentence.text, later[1].end - sentence.start)
    ):
        return later[1].text
    return later[0].text


# After a name: "and/or" or a comma, then another place that is no country.
_LIST_ON = re.compile(r"^\s*(?:,\s*(?:and|or)?|and|or)\s*$", re.I)


def _listed(spot: Spot, sentence: Sentence, after: list[Spot]) -> bool:
    """ "Idlib, Hama and Lattakia": the name goes on a list of places, it is not the parent of
    the one before it ("Mansoura, Raqqa governorate, Syria" is: a kind word or a country next)."""
    if not after or Feature.COUNTRY in after[0].feature_hint:
        return False
    gap = sentence.text[spot.end - sentence.start : after[0].start - sentence.start]
    return _LIST_ON.match(gap) is not None


# "the Idlib town of Saraqeb", "the northern Gaza town of Beit Hanoun": the name before the
# kind word says where the town named after it lies (a neighbourhood "of" a city is the other way
# round: "the Mezzeh district of Damascus")
_REGION_TOWN_OF = re.compile(
    r"^\s+(?:(?:border|coastal|frontier|desert|mountain|river|port|market|farming|riverside)\s+)?"
    r"(?:town|village|city|hamlet|suburb)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "the Damascus suburb of Douma", "the western Donetsk suburb of Marinka": after "the", the city
# first, its suburb after "of" (without "the": "Douma suburb of Damascus" is read the other way)
_SUBURB_OF = re.compile(r"^\s+suburb\s+of\s+(?:the\s+)?$", re.I)
# ... after "the", two lower-case words at most between: "the (northern) Gaza town of", "the
# eastern Ghouta town of", "the rebel-held Daraa village of"
_THE_BEFORE_REGION = re.compile(r"\b(?i:the)\s+(?:[a-z][\w’'-]*\s+){0,2}$")
# "Syria's Afrin", "Ituri province's Djugu territory"
_POSSESSIVE_PARENT = re.compile(
    r"^(?:\s+(?:province|state|region|governorate|district|county|territory))?[’']s?\s", re.I
)


# "the Black Sea coast of the Odesa region", "the Gulf state of Veracruz", "the Red Sea port town
# of X": a sea or gulf names the coast, state or port the later name is, not a place of its own
# (read as the sea, it was an event place; read as Papua New Guinea's Gulf province, it stood
# between Minatitlan and its state, Veracruz, which became an event place)
_SEA_NAME = re.compile(r"(?:\bSea|\bOcean|\bGulf)$")
_SEA_KIND_OF = re.compile(
    r"\s+(?:(?:coast(?:al)?|port|border|oil|resort)\s+)?"
    r"(?:state|province|region|coast|port|city|town|island|resort|village|enclave)\s+of\b",
    re.I,
)


def sea_before_kind(spot: Spot, sentence: Sentence) -> bool:
    """The name is a sea's or gulf's, after "the" and before the kind of the place named next."""
    at, end = spot.start - sentence.start, spot.end - sentence.start
    return (
        ("Sea" in spot.text or "Ocean" in spot.text or "Gulf" in spot.text)
        and _SEA_NAME.search(spot.text) is not None
        and _THE_BEFORE.search(sentence.text, 0, at) is not None
        and _SEA_KIND_OF.match(sentence.text, end) is not None
    )


def parent_of(
    spot: Spot,
    sentence: Sentence,
    spots: list[Spot],
    *,
    lacked: bool = False,
    province: Callable[[str], bool] | None = None,
) -> str:
    """A place named as enclosing this one in the same phrase, for the geocoder's parent clue.
    ``lacked``: the gazetteer holds no place of the spot's name as written; ``province``: whether
    a name is a province's (admin1), which holds what is told "in" it with no unit word after it.

    "X, a ... of Y", "the X neighbourhood of Y", "X in the countryside of Y", "X, Y", "Y's ... X".
    """
    later = [
        s
        for s in spots
        if s.sentence == spot.sentence and s.start >= spot.end and not sea_before_kind(s, sentence)
    ]
    if later:
        gap = sentence.text[spot.end - sentence.start : later[0].start - sentence.start]
        if aside := _SURROUNDINGS.match(gap):
            gap = gap[aside.end() :]  # "X and its farmland in the countryside of Y": Y holds X
        if gap.strip() == "," and _listed(later[0], sentence, later[1:]):
            return ""
        if gap.strip() == "," and _SPEAKING_LIST.match(sentence.text, spot.end - sentence.start):
            return ""  # "Cairo, Jordan and Israel said": speakers listed, not Cairo in Jordan
        if _SUBURB_OF.match(gap) and _THE_BEFORE_REGION.search(
            sentence.text, max(0, spot.start - sentence.start - 40), spot.start - sentence.start
        ):
            return ""  # "the Damascus suburb of Douma": Damascus holds Douma, not the other way
        if _IN_BEFORE.match(gap):
            if (
                len(later) > 1
                and _OWNER_GAP.match(
                    sentence.text[later[0].end - sentence.start : later[1].start - sentence.start]
                )
                and _REGION_AFTER.match(sentence.text, later[1].end - sentence.start)
            ):
                return later[1].text  # "the X village in Sudan's North Darfur state": the state
            if (
                _REGION_AFTER.match(sentence.text, later[0].end - sentence.start)
                or _UNIT_ENDS.search(later[0].text)
                # "near Tarrem in Chhattisgarh": a province holds X, its kind word unsaid
                or (province is not None and _BARE_IN.match(gap) and province(later[0].text))
            ):
                # "Atharia in al-Salamia countryside", "X near Hama's countryside", "X, in
                # Garissa County" (the unit's word in its name)
                return later[0].text
        if (
            gap.strip() == ","
            and Feature.COUNTRY in later[0].feature_hint
            and WHO_ACTS.match(sentence.text, later[0].end - sentence.start)
            and not (lacked and not written_as_code(later[0].text))
        ):
            # "near Kabul, U.S. officials said": the country's officials, not Kabul's country
            # (but a country by its name stays the parent of a place the gazetteer lacks, "near
            # Mir Ali, Pakistan officials said": its own officials telling of a place at home, the
            # only clue to where it lies)
            return ""
        if _VALLEY_OF.match(gap) and later[0].text != spot.text:
            return _owned_unit(later, sentence)  # "the Tirah valley of Khyber district": Khyber holds it
        if _APPOSITIVE_OF.match(gap) or _KIND_OF.match(gap) or _LANDMARK_OF.match(gap):
            return _owned_unit(later, sentence) if not _LANDMARK_OF.match(gap) else later[0].text
        if _TOWN_OF_UNIT.match(gap) and _REGION_AFTER.match(sentence.text, later[0].end - sentence.start):
            return _owned_unit(later, sentence)  # "the X town of Y province": Y holds X
        part = _PART_AFTER_UNIT.match(sentence.text, later[0].end - sentence.start)
        if part and _APPOSITIVE_UNIT.match(gap):
            return later[0].text  # "Karrada, a Baghdad district"
        if gap.strip() == "," and later[0].feature_hint & {Feature.ADMIN1, Feature.REGION}:
            return later[0].text  # "Mansoura, Raqqa governorate"
    earlier = [s for s in spots if s.sentence == spot.sentence and s.end <= spot.start]
    if earlier:
        prev = earlier[-1]
        gap = sentence.text[prev.end - sentence.start : spot.start - sentence.start]
        if (
            _POSSESSIVE_PARENT.match(gap)
            and len(gap.split()) <= 6
            and "," not in gap
            and not _FORCES_OF.match(gap)
        ):
            return prev.text  # "Syria's Afrin", not "Turkey's army shelled ... in Afrin"
        if _REGION_TOWN_OF.match(gap) and _THE_BEFORE_REGION.search(
            sentence.text, max(0, prev.start - sentence.start - 40), prev.start - sentence.start
        ):
            return prev.text
    return ""


# a town this big may stand for a government ("as Ankara pressed its offensive"); a small one
# pressing "its" campaign is its own fighters ("as Kobani launched its counterattack")
SEAT_POPULATION = 500_000


def speaks(spot: Spot, sentence: Sentence, *, country: bool, seat: bool = False) -> bool:
    """The name is the subject of a verb of speech: a country's of any ("Turkey denied ...",
    "Iran has accused ..."), a town's only of saying ("..., Ankara said", "Moscow denied"), as
    "Idlib threatened with an offensive" is no speech; or a government (a country, or a town of
    `SEAT_POPULATION` people: ``seat``) pressing its own campaign ("as Ankara pressed its
    offensive", "Moscow stepped up its air strikes")."""
    at = spot.end - sentence.start
    if seat and not country and _SEAT_CAMPAIGN.match(sentence.text, at):
        return True  # "the third day of Ankara's offensive": whatever comes before the name
    if _NOT_SUBJECT.search(
        sentence.text, max(0, spot.start - sentence.start - 12), spot.start - sentence.start
    ):
        return False  # "activists in Douma said ...": the people there speak, the place is where it was
    if (_SPEAKS if country else _SAYS).match(sentence.text, at):
        # "an attack on X blamed on militants", "blasts that hit X blamed on ...": a place that
        # is the object of a verb or a preposition is no subject; "blamed on" is then passive
        return not (
            _BLAMED_ON.match(sentence.text, at)
            and _OBJECT_BEFORE.search(
                sentence.text, max(0, spot.start - sentence.start - 30), spot.start - sentence.start
            )
        )
    return (
        (country or seat)
        and _ACTS.match(sentence.text, at) is not None
        or (country and _STATE_ACTS.match(sentence.text, at) is not None)
    )


# what a seat of government says: "the government in Ankara declared the attack terrorism"
# "the Defense Ministry in Moscow said it had struck energy facilities": the attacker's seat
# telling of its own strikes, never where they hit
_OWN_STRIKE_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|announced|announces|confirmed|confirms|claimed|claims)\s+"
    r"(?:that\s+)?(?:it|its\s+\w+|they|their\s+\w+)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
    r"(?:struck|hit|attacked|targeted|bombed|shelled|destroyed|launched|carried\s+out)\b",
    re.I,
)
_SEAT_SPEAKS = re.compile(
    # "officials in X have demanded": a plural speaker's perfect too; or what it left unsaid ("the
    # news agency in X did not mention the attack", "officials in Y have not commented")
    r"\s+(?:(?:did|does|has|have|had)\s+not\s+(?:yet\s+)?(?:mention|comment|confirm|report|say|name)\w*\b|"
    r"(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|denied|denies|announced|announces|declared|declares|"
    r"confirmed|confirms|reported|reports|accused|accuses|blamed|blames|condemned|condemns|called|calls|"
    r"warned|warns|stated|states|added|told|sent|sends|wrote|writes|issued|issues|urged|urges|demanded|"
    r"demands|rejected|rejects|say|blame|accuse|deny|insist|insisted|insists|"
    # ... or gives out what it counted: "the health ministry in X named him", "identified the dead",
    # "put the toll at 12", "gave the toll as"
    r"named|names|identified|identifies|put|puts|gave|gives|released|releases|published|publishes)\b"
    r"(?!\s+(?:by|to|of)\b))"
)
# the rest of a list of speakers after its first name: "..., Jordan and Israel said"
_SPEAKING_LIST = re.compile(_SPEAKER_LIST + _SEAT_SPEAKS.pattern)
# "Ankara pressed its offensive", "Moscow stepped up its bombing": a government by its capital's
# name carrying on its own campaign (a town does not press "its" offensive where it lies)
_ACTS = re.compile(
    _SPEAKER_ASIDE + r"\s+(?:has\s+|had\s+|also\s+)?(?:pressed(?:\s+on\s+with|\s+ahead\s+with)?|"
    r"stepped\s+up|intensified|escalated|expanded|widened|resumed|continued|launched|began|offered|"
    r"expressed|extended|sent)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:offensive|campaign|bombing|"
    r"bombardment|(?:air\s*)?strikes|operations?|assault|intervention|condolences|troops|forces|jets|"
    r"warplanes)\b"
)

# "Ankara's offensive on the enclave", "Moscow's air campaign": a government's own campaign by its
# seat's possessive (a country's is `_COUNTRY_BODY`, "Ankara's intervention" `_GOVERNMENT_OF`);
# only for a seat, as a town's "offensive" is rarely written so. A campaign only when it is a
# war's: a seat is any town of `SEAT_POPULATION`, and a city's own campaigns are civil ("guarding
# workers of Karachi's polio vaccination campaign" is where it happened)
_SEAT_CAMPAIGN = re.compile(
    r"[’']s\s+(?:(?:[\w-]+\s+){0,2}?(?:(?:counter-?)?offensives?|incursions?)|(?:[\w-]+\s+)?"
    r"(?:air|aerial|military|bombing|bombardment|missile|drone|war)\s+campaigns?)\b(?!-)",
    re.I,
)

# "Pakistan reopened the Torkham crossing", "Kenya summoned the envoy", "Mali expelled the French
# ambassador": a state by its name as the subject of its own act at its borders or in its ties
_STATE_ACTS = re.compile(
    _SPEAKER_ASIDE + r"\s+(?:has\s+|had\s+|also\s+|on\s+\w+\s+)?(?:reopened|reopens|closed|closes|shut|"
    r"summoned|summons|recalled|recalls|expelled|expels|suspended|suspends|lifted|lifts|imposed|imposes|"
    r"restored|restores|severed|severs|extradited|extradites|deported|deports|handed\s+over|repatriated|"
    r"repatriates|reinstated|reinstates)\b(?!\s+by\b)"
)


# "Israel struck ...", "Iran has fired missiles at ...", "The United States, Britain and France
# struck ...": a state as the subject of an attack verb with an object (not "Turkey hit by
# blasts", a headline's passive); "Turkey's army", "Myanmar troops", "a U.S. raid": a state's
# forces or weapons
_LISTED_STATES = r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})*"
_FORCES = (
    r"(?:(?:air|naval|special|ground|armed)\s+)?(?:army|military|forces|troops|soldiers?|(?<=air )force|"
    # one aircraft as well as many: "a US jet dropped a bomb on X", "a U.S. fighter jet", "a US
    # F-16 warplane" (the doer's country, not where it happened)
    r"(?:(?:fighter|attack|combat|unmanned|[A-Z]+-\d+[A-Z]?)\s+)?(?:jets?|warplanes?|aircraft|planes?|drones?|"
    r"helicopters?|gunships?|bombers?)|artillery|navy|tanks?|missiles?|"
    r"(?:air\s*|drone\s+|missile\s+)?strikes?|raids?|shelling|bombardment)\b"
)
_FORCES_OF = re.compile(rf"[’']s\s+{_FORCES}", re.I)
_ATTACKS = re.compile(
    rf"(?:[’']s)?\s+{_FORCES}"
    rf"|{_LISTED_STATES}\s+(?:has\s+|have\s+|had\s+|also\s+|reportedly\s+|then\s+|again\s+)?"
    r"(?:struck|strikes?|bombed|bombs|shelled|shells|fired|fires|launched|launches|killed|kills|"
    r"attacked|attacks|hit|hits|targeted|targets|pounded|pounds|raided|bombarded|bombards|"
    r"shot\s+down|downed|invaded|invades)\b(?!\s+by\b)(?!\s*(?:[,.;:)]|$))"
)


def attacks(spot: Spot, sentence: Sentence) -> bool:
    """The name is a state named as the attacker: the subject of an attack verb, or the owner of
    forces or weapons ("Turkey's jets", "Myanmar troops"). Only for a country's name: a town
    before such a verb is a headline's target ("Aleppo shelled ...", "Douma strikes kill 9")."""
    if _NOT_SUBJECT.search(
        sentence.text, max(0, spot.start - sentence.start - 12), spot.start - sentence.start
    ):
        return False  # "fighting in Syria killed ...": where it happened
    return bool(_ATTACKS.match(sentence.text, spot.end - sentence.start))


# Roles a phrase gives every name of the list it opens: "taken to hospitals in X and Y", "fled to
# X, Y and Z", "supported by X and Y", "fighters from X and Y", "fired from positions in X and Y".
_LISTED = frozenset(
    {
        TAKEN_TO,
        COMES_FROM,
        ACROSS_BORDER,
        NAMED_ACTOR,
        OFFICE_AREA,
        CALLED_TO_STOP,
        COMPARED,
        BESIDE,
        LAUNCHED_FROM,
        FROM_POSITIONS,
        POSITIONED_IN,
        GOAL,
        REACH,  # "to within a few kilometres of X and Y"
        POINTS,
        # "families who fled fighting in the X and Y countryside" (helper wire31)
        FLED_FROM,
        LIES_BY,  # "..., between X and Y" (helper wire31)
        FLED_ASIDE,
    }
)
_LIST_GAP = re.compile(
    # "to hospitals in Idleb city and Sarmada": the first item's kind word
    # ("to hospitals in X and nearby Y": the second item told as near the first)
    r"^(?:\s+(?:city|town))?\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:(?:nearby|neighbou?ring)\s+)?"
    # "in Baghdad and in Hillah", "in Atmeh and across the border in Reyhanli": the preposition
    # said again, or the second item told by what it lies near ("to hospitals in X and near the Y
    # crossing", "rushed to hospitals in X and outside Y")
    r"(?:(?:across\s+the\s+(?:border|frontier)\s+)?(?:in|at|to|near|outside)\s+(?:the\s+)?"
    # ... the second item by its rank ("in Cizre and in the provincial capital Sirnak", "to X and
    # to the regional capital, Y")
    r"(?:(?:(?:provincial|regional|state|district|county|[a-z]+ern)\s+)?(?:capital|city|town)(?:,\s*|\s+of\s+|\s+))?)?$",
    re.I,
)
# after a name listed after a comma: the end of the phrase, not a verb of its own ("taken to
# hospitals in Turkey, and Azaz was shelled"; but "fighters from Hama and Homs were killed")
_LIST_END = re.compile(
    r"\s*(?:$|[,.;:()—–-]|(?:and|or|on|in|at|after|before|from|to|for|with|where|when|while|"
    r"since|until|during|near|as|but|because|which|who|amid|despite)\b)"
)


# "the Jammu-Srinagar highway in Pulwama district", "where the Damascus-Aleppo and Latakia highways
# meet", "a town on the highway between Addis Ababa and Dessie": towns that name a road
_ROAD_DASH = re.compile(r"\s*[-–]\s*")
_ROAD_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_ROAD_NOUN = re.compile(
    r"\s+(?:(?:main|old|new|international|coastal|strategic|vital)\s+)?"
    r"(?:(?P<many>highways|roads|motorways|expressways)|highway|road|motorway|expressway|freeway)\b",
    re.I,
)
# ... the road's second town unread ("the Palmyra–Deir Ezzor road": "Deir Ezzor" joined to the dash)
_ROAD_UNREAD = re.compile(
    r"\s*[-–]\s*(?:(?:al|el|ad|ar|as|ash|az)-)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    r"\s+(?:highway|road|motorway|expressway|freeway)\b",
    re.I,
)
# (also a supply line or corridor: "cutting a rebel supply line between X city and Y")
_ROAD_BETWEEN = re.compile(
    # ... or a post on a road: "the Qalandiya checkpoint between Jerusalem and Ramallah"
    r"\b(?:highway|road|motorway|expressway|route|railway|(?:supply|railway|rail)\s+lines?|corridor|"
    r"checkpoint|crossing|junction|bridge)\s+"
    r"(?:between|linking|connecting|joining)\s+(?:the\s+)?(?:(?:cities|towns)\s+of\s+)?$",
    re.I,
)
# ... or by its two ends: "cutting the supply route from Raqqa to Mosul", "the last road from the
# city to Tal Afar" (the first end a word for the sentence's own place: the named end alone)
_ROAD_FROM = re.compile(
    r"\b(?:highway|road|motorway|expressway|route|(?:supply|railway|rail)\s+(?:lines?|routes?)|corridor)\s+"
    r"from\s+(?:the\s+)?(?:(?:(?:city|town)\s+of\s+)?$|(?P<here>(?:city|town|village|area|enclave)\s+to\s+$))",
    re.I,
)
_FROM_WORD = re.compile(r"from", re.I)
_ROAD_OTHER_END = re.compile(
    r"(?:\s+(?:city|town))?\s+(?:and|with|to)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I
)
ROAD_END = "names a road between two towns ('the X-Y highway'); the event place is named on it"


def _road_names(spots: list[Spot], sentences: list[Sentence]) -> list[list[int]]:
    """The spots that name a road, grouped by road(s): "the X-Y highway", "the X-Y and Z highways",
    "the highway between X and Y", "the supply route from X to Y", "the Kandahar road"."""
    groups: list[list[int]] = []
    i = 0
    while i < len(spots):
        sentence = sentences[spots[i].sentence]
        text, at = sentence.text, sentence.start
        lo, hi = max(0, spots[i].start - at - 60), spots[i].start - at
        # (every match holds "from": a cheap search first, most spots follow none)
        road_from = _ROAD_FROM.search(text, lo, hi) if _FROM_WORD.search(text, lo, hi) else None
        if road_from is not None and road_from["here"] is not None:
            groups.append([i])  # "the road from the city to X"
            i += 1
            continue
        if (
            i + 1 < len(spots)
            and spots[i + 1].sentence == spots[i].sentence
            and (
                road_from or _ROAD_BETWEEN.search(text, max(0, spots[i].start - at - 60), spots[i].start - at)
            )
            and _ROAD_OTHER_END.fullmatch(text, spots[i].end - at, spots[i + 1].start - at)
        ):
            groups.append([i, i + 1])
            i += 2
            continue
        j = i  # the run of names joined by dashes or listed
        while (
            j + 1 < len(spots)
            and spots[j + 1].sentence == spots[i].sentence
            and (
                _ROAD_DASH.fullmatch(text, spots[j].end - at, spots[j + 1].start - at)
                or _ROAD_LIST.fullmatch(text, spots[j].end - at, spots[j + 1].start - at)
            )
        ):
            j += 1
        noun = _ROAD_NOUN.match(text, spots[j].end - at)
        unread = noun is None and _ROAD_UNREAD.match(text, spots[j].end - at)
        if noun or unread:
            # back from the noun: the names the dashes join, and a list only before a plural noun
            k, dashed = j, bool(unread)
            while k > i:
                gap = (spots[k - 1].end - at, spots[k].start - at)
                if _ROAD_DASH.fullmatch(text, *gap):
                    dashed = True
                elif not (noun and noun["many"] and _ROAD_LIST.fullmatch(text, *gap)):
                    break
                k -= 1
            if dashed or (noun and noun["many"] and k < j):
                groups.append(list(range(k, j + 1)))
            elif noun and not noun["many"] and k == j:
                groups.append([j])  # one name before the road: "the Kandahar road", "the Indus highway"
        i = j + 1
    return groups


def road_ends(
    spots: list[Spot],
    roles: list[Role],
    sentences: list[Sentence],
    event_spans: dict[int, list[tuple[int, int]]],
) -> list[Role]:
    """The towns that name a road are no event places when the sentence names the event's place
    on it, with no other event told between the two ("on the Jammu-Srinagar highway in Pulwama
    district", "pushed into Afis and cut the junction where the Damascus-Aleppo and Latakia
    highways meet", "Shewa Robit, a town on the highway between Addis Ababa and Dessie"); alone
    ("clashes on the Damascus-Homs highway") they are all there is, and a road with its own event
    ("clashes on the Damascus-Homs highway and shelling in Daraa") keeps them."""
    out = roles
    groups = _road_names(spots, sentences)
    if not groups:
        return out
    on_road = {k for g in groups for k in g}
    for group in groups:
        s = spots[group[0]].sentence
        lo, hi = spots[group[0]].start, spots[group[-1]].end
        spans = event_spans.get(s, [])
        placed_on = any(
            out[k].role == EVENT
            and k not in on_road
            and spots[k].sentence == s
            # "the Kabul-Kandahar highway in southern Afghanistan": the towns say more
            and Feature.COUNTRY not in spots[k].feature_hint
            and not any(
                min(hi, spots[k].end) <= a < max(lo, spots[k].start) for a, _ in spans
            )  # no event told between the road and the place
            for k in range(len(spots))
        )
        if placed_on:
            for k in group:
                if out[k].role == EVENT:
                    if out is roles:
                        out = list(roles)
                    out[k] = Role(MENTIONED, ROAD_END)
    return out


def history_as_events(roles: list[Role], *, in_the_city: bool = False) -> list[Role]:
    """History is background only beside a report of its own: a text whose only event places
    are of an earlier year is about that event ("shelling killed five in Douma in 2015").
    ``in_the_city``: the report tells its event in its dateline's town ("DNIPRO (AP) - A missile
    hit a building in the city ... the deadliest since a strike on X on Oct. 9"), a report of its own."""
    if in_the_city or any(r.role == EVENT for r in roles) or all(r.reason not in _PAST for r in roles):
        return roles
    return [Role(EVENT, "in a clause reporting violence") if r.reason in _PAST else r for r in roles]


# the text's event when it tells no other: told of a time, not compared with ("since a bombing in X")
# (a text whose only event is one a court ruled on reports the ruling, no violence)
# (not where the people a relative clause describes had fled from: "aid for people who fled Boko
# Haram attacks in X" tells the violence that drove them out, never the text's own event; "families
# fled fighting in X on Friday" alone is)
_PAST = EARLIER - {EARLIER_EVENT, TRIED, FLED_ASIDE, HISTORY}


# "burned homes in X after the killing of a singer in Y", "calling the attack retaliation for the
# death of two members in nearby Y": the killing that set it off, told as its cause (beside an
# event place of the sentence: alone, "protests after the killing of a man in Y", it is the news)
_CAUSE_BEFORE = re.compile(
    r"\b(?:after|following|over|for|avenge|avenging|(?:response|retaliation|revenge)\s+(?:to|for))\s+the\s+"
    r"(?:killings?|deaths?|murders?|assassination|lynching|beheading|shooting)\s+of\s+[^,.;:()]{1,60}?\s+"
    r"(?:in|at|near)\s+(?:nearby\s+)?(?:the\s+)?$",
    re.I,
)
_CAUSE_WORDS = ("killing", "death", "murder", "assassination", "lynching", "beheading", "shooting")
_CAUSE_AT_EVENT = (
    "a killing told as the cause ('after the killing of X in Y'), in a sentence reporting violence"
)


# "entered X on Thursday, pushing on towards Y", "as the paramilitary pushed on toward Y", "pushed
# them back towards Y": where an advance heads, beside the place the sentence tells it reached
# (alone, "troops advanced towards Y", the fighting is around Y); every form of the verb ("after
# they tried to advance towards Y", "as the fighting edged towards Y"), and an advance "on" Y
# ("as government forces advanced on Y": nearing it, beside the place it struck)
_PUSHING_TOWARD = re.compile(
    r"\b(?:(?:push(?:es|ed|ing)?|advanc(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|press(?:es|ed|ing)?|head(?:s|ed|ing)?|"
    r"driv(?:e|es|ing)|drove|march(?:es|ed|ing)?|clos(?:e|es|ed|ing)\s+in|edg(?:e|es|ed|ing))\s+"
    r"(?:[\w’'-]+\s+){0,3}?towards?|advanc(?:e|es|ed|ing)\s+on)\s+"
    r"(?:the\s+)?(?:(?:[\w’'-]+\s+){0,2}?(?:city|town|village|capital)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_TOWARD_AT_EVENT = "where an advance heads ('pushing on towards X'), in a sentence reporting violence"


def _quiet_before(spots: list[Spot], roles: list[Role], i: int) -> bool:
    """A place the seat's own sentence names before it in a clause with no violence word of its own
    ("shot dead a man who tried to stab a soldier near X, ...; the ministry in Y named him",
    "officials in Y gave his age"): the sentence's violence is placed there, the seat only speaks."""
    return any(
        r.reason == QUIET_CLAUSE and spots[j].sentence == spots[i].sentence for j, r in enumerate(roles[:i])
    )


# the reasons that hold only beside another event place of the sentence, and what they become there
_BESIDE_EVENT = {
    _TOWARD_AT_EVENT: POINTS,
    _CAUSE_AT_EVENT: EARLIER_EVENT,
    _ROAD_TO_AT_EVENT: LIES_BY,
    _COMPARED_AT_EVENT: COMPARED,
    _BESIDE_AT_EVENT: BESIDE,
    _WATER_AT_EVENT: WATER,
    _VALLEY_AT_EVENT: VALLEY,
    _DIED_IN_HOSPITAL_AT_EVENT: TAKEN_TO,
    _BLAMED_AT_EVENT: BLAMED,
    _OFFICE_AT_EVENT: OFFICE_AREA,
    _AREA_FROM_AT_EVENT: AREA_FROM,
    _TERRAIN_AT_EVENT: POINTS,
}

# "the militants pulled back toward X", "as they drove back from a funeral in X": where fighters
# fell back to, where people were coming back from. Beside any other place a destination or an
# origin; but the only place of a sentence reporting violence in a report that names no event
# place ("Rebels fell back toward X as air strikes there killed nine", "A bomb killed four men as
# they drove back from a funeral in X") is where it happened or next to it, not nowhere
_FELL_BACK = re.compile(r"(?:withdr|retreat|pull|fell|falling)", re.I)
_FELL_BACK_AT_EVENT = "where fighters fell back to ('pulled back toward X'), in a sentence reporting violence"
_BACK_FROM_AT_EVENT = (
    "where people were coming back from ('drove back from X'), in a sentence reporting violence"
)
_ALONE_AT_EVENT = {
    _FELL_BACK_AT_EVENT: Role(MENTIONED, TAKEN_TO),
    _BACK_FROM_AT_EVENT: Role(ORIGIN, COMES_FROM),
}


HEADLINE_LEAD = 3  # the sentences after a headline that tell its event


# a speech tag's verb right before its place ("said in X", "told reporters in X"), and what may
# follow the place of such a tag that closes its sentence ("..., the army said in X on Monday.")
_SAID_IN = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|added|stated)\s+(?:in|from|at)\s+(?:the\s+)?$", re.I
)
_TAG_END = re.compile(r"\s*(?:(?:on|late\s+on|early\s+on)\s+\w+\s*)?[.!]?[\"”’']?\s*$")


def _trailing_tag(sentence: Sentence, spot: Spot, names_unknown: Callable[[str], bool]) -> bool:
    """The place is where a speech tag after what it tells was spoken, and ends the sentence
    ("Gunmen killed the village chief of X ..., the government said in Ouagadougou."), and what
    was told names its own place, one the gazetteer lacks (``names_unknown``: "of X", "at X").
    Not when what was told names none ("A car bomb killed 12 near a busy junction, police said in
    Mogadishu": the tag's city is the best place the text gives), not "The governor said in Mosul
    that ...", nor where the sources are ("..., according to officials in Kabul": local)."""
    before = sentence.text[: spot.start - sentence.start]
    closes = _TAG_END.fullmatch(sentence.text, spot.end - sentence.start) is not None
    said = _SAID_IN.search(before, max(0, len(before) - 40)) if closes and "," in before else None
    # what was told ends at the tag's comma: "the Ministry of Defence said in X" names the speaker
    return said is not None and names_unknown(before[: before.rfind(",", 0, said.start())])


def told_unknown_place(
    sentence: Sentence, spots: Sequence[Spot], names_unknown: Callable[[str], bool]
) -> bool:
    """The sentence names, after a locative word, a name no spot took that may be a place the
    gazetteer lacks ("killed two guards near X", "hit a school in X"): its violence has a place,
    one we cannot put on the map. The spotted places are blanked first (an unknown one's own
    role already says whether it is the event's place)."""
    text = sentence.text
    for sp in spots:
        if sp.sentence == sentence.index:
            a, b = sp.start - sentence.start, sp.end - sentence.start
            text = text[:a] + " " * (b - a) + text[b:]
    return names_unknown(text)


# what officials in a town say happened to "the city" or "the town" happened in their own
_OWN_TOWN = re.compile(r"\bthe\s+(?:city|town|provincial\s+capital)\b", re.I)


def carry_over_lists(
    spots: list[Spot],
    roles: list[Role],
    sentences: list[Sentence],
    names_unknown: Callable[[str], bool] = lambda _text: False,
    unknown_at: Callable[[str], bool] = lambda _text: False,
) -> list[Role]:
    """A name listed right after one whose phrase set it aside takes that role too: before,
    only the first of "flown to hospitals in Nairobi and Mombasa" was, the second an event place.
    A place where someone spoke of the violence is an event place when it is its sentence's only
    place and the report names no other event place."""
    out = list(roles)
    per_sentence = collections.Counter(sp.sentence for sp in spots)
    elsewhere = any(r.role == EVENT for r in roles)  # the report names an event place
    headed = has_headline(sentences)
    officials: list[int] = []  # officials' towns made event places: `_officials_told`
    for i, role in enumerate(roles):
        if role.reason == _SPEECH_VENUE_AT_EVENT:
            # "The governor said in Mosul that 15 civilians were killed": a sentence's only place
            # is where it happened, unless the sentence or the report names an event place
            # ("... in Quetta, the army said from X"; "Y was shelled. X said in Baghdad ...")
            alone = per_sentence[spots[i].sentence] == 1 and not elsewhere
            out[i] = (
                Role(EVENT, SPOKE_AT_EVENT)
                if alone
                and not _trailing_tag(sentences[spots[i].sentence], spots[i], names_unknown)
                and not told_unknown_place(sentences[spots[i].sentence], spots, unknown_at)
                else Role(MENTIONED, SPEECH_VENUE)
            )
        elif role.reason in _BESIDE_EVENT:
            # beside history too: its year kept it from being an event place, not from being
            # the violence the sentence tells ("... the shelling of X in 2012, the first such
            # trial in Y"); a headline's road ("ambush kills 11 on supply road to Y") is beside
            # the event place its lead names ("... near X on Wednesday") as well
            lead = role.reason == _ROAD_TO_AT_EVENT and spots[i].sentence == 0 and headed
            beside = any(
                (r.role == EVENT or r.reason == HISTORY)
                and j != i
                and (
                    spots[j].sentence == spots[i].sentence
                    or lead
                    and r.role == EVENT
                    and 0 < spots[j].sentence <= HEADLINE_LEAD
                )
                for j, r in enumerate(roles)
            )
            out[i] = (
                Role(MENTIONED, _BESIDE_EVENT[role.reason])
                if beside
                else Role(EVENT, "in a clause reporting violence")
            )
        elif role.reason in _ALONE_AT_EVENT:
            alone = per_sentence[spots[i].sentence] == 1 and not elsewhere
            out[i] = Role(EVENT, "in a clause reporting violence") if alone else _ALONE_AT_EVENT[role.reason]
        elif role.reason == _PEOPLE_FROM_AT_EVENT:
            out[i] = (
                Role(MENTIONED, PEOPLE_FROM) if elsewhere else Role(EVENT, "in a clause reporting violence")
            )
        elif role.reason == _LAND_FIRED_AT_EVENT:
            fired = Role(ORIGIN, LAUNCHED_FROM)
            out[i] = fired if elsewhere else Role(EVENT, "in a clause reporting violence")
        elif role.reason == _HID_AT_EVENT:
            hid = Role(ORIGIN, POSITIONED_IN)
            out[i] = hid if elsewhere else Role(EVENT, "in a clause reporting violence")
        elif role.reason == _REACH_AT_EVENT:
            # "captured X on Sunday, putting them within 8 km of Y": Y only says how near; the
            # report's event place, in this sentence or another, is where it happened
            out[i] = Role(MENTIONED, POINTS) if elsewhere else Role(EVENT, "in a clause reporting violence")
        elif role.reason == _AGREED_AT_EVENT:
            out[i] = (
                Role(MENTIONED, TALKS_VENUE) if elsewhere else Role(EVENT, "in a clause reporting violence")
            )
        elif role.reason == _ADVANCE_AT_EVENT:
            out[i] = Role(MENTIONED, REACH) if elsewhere else Role(EVENT, "in a clause reporting violence")
        elif role.reason == _FUNERAL_AT_EVENT:
            # "Mourners attended funerals in X for those killed in the bombing in Y" (Y, or an event
            # place the report told); alone in the report, X is where they were killed
            out[i] = (
                Role(MENTIONED, FUNERAL_VENUE) if elsewhere else Role(EVENT, "in a clause reporting violence")
            )
        elif role.reason == _SEAT_AT_EVENT:
            # "Fighting killed 60 in Hodeidah. The health ministry in Sanaa said 12 ...", "Strikes
            # killed 18 in Helmand, the ministry in Kabul said": the event place another sentence
            # or the seat's own sentence before it names; alone in the report, or beside what it
            # said ("the ministry in Baghdad said, adding that the blast hit Karrada"), the seat is
            # where it happened
            told = (
                any(
                    r.role == EVENT
                    and (spots[j].sentence != spots[i].sentence or spots[j].end <= spots[i].start)
                    for j, r in enumerate(roles)
                )
                or told_unknown_place(sentences[spots[i].sentence], spots, unknown_at)
                or _quiet_before(spots, roles, i)
            )
            out[i] = Role(MENTIONED, SPEECH_VENUE) if told else Role(EVENT, SPOKE_AT_EVENT)
        elif role.reason == _PEOPLE_AT_EVENT:
            # "Officials in Kunduz said the Taliban attacked the city ... The militants also struck
            # in Baghlan": local officials speak of their own town unless an event place came first
            # ("Strikes killed 18 in Sangin, officials in Lashkar Gah said"); or what they said
            # names one (below, once a list's later names have their first's role)
            told = (
                any(r.role == EVENT and spots[j].end <= spots[i].start for j, r in enumerate(roles))
                or told_unknown_place(sentences[spots[i].sentence], spots, unknown_at)
                or _quiet_before(spots, roles, i)
            )
            if not told:
                officials.append(i)
            out[i] = Role(MENTIONED, SPEECH_VENUE) if told else Role(EVENT, SPOKE_AT_EVENT)
    for i in range(1, len(spots)):
        prev, sp = spots[i - 1], spots[i]
        if prev.sentence != sp.sentence or out[i - 1].reason not in _LISTED:
            continue
        # a country across the border listed second is no more where it happened, nor a quiet
        # mention of the story's country ("near the border with Mali and Niger")
        # (nor a quiet one, which a headline's fallback would make its event place: "a day before the
        # leaders of Sudan and Chad were to meet in Doha" lists the leaders' countries)
        if (
            out[i].role != EVENT
            and not (out[i - 1].reason == ACROSS_BORDER and out[i].role == MENTIONED)
            and out[i].reason != QUIET_CLAUSE
        ):
            continue
        sentence = sentences[sp.sentence]
        start = sentence.start
        gap = sentence.text[prev.end - start : sp.start - start]
        if (
            _LIST_GAP.match(gap)
            and ("," not in gap or _LIST_END.match(sentence.text, sp.end - start))
            and clause_of(sentence, prev.start, prev.end) == clause_of(sentence, sp.start, sp.end)
        ):
            out[i] = out[i - 1]
    return _officials_told(spots, out, sentences, officials)


def _officials_told(
    spots: list[Spot], roles: list[Role], sentences: list[Sentence], officials: list[int]
) -> list[Role]:
    """Officials' towns (``officials``, made event places by `carry_over_lists`) whose sentence
    names, after them, the place they said was hit ("police in X said mortars hit Y": Y, read as
    an event place directly) are only where it was told; not when what they said happened to
    "the city" or "the town" (their own: "... attacked the city and Y district"), nor when the
    later place is a country, which says less than the town they speak from."""
    out = list(roles)
    for i in officials:
        sent = sentences[spots[i].sentence]
        at = spots[i].end - sent.start
        if any(
            r.role == EVENT
            and spots[j].sentence == spots[i].sentence
            and spots[j].start >= spots[i].end
            and Feature.COUNTRY not in spots[j].feature_hint
            and not _OWN_TOWN.search(sent.text, at, spots[j].start - sent.start)
            for j, r in enumerate(roles)
        ):
            out[i] = Role(MENTIONED, SPEECH_VENUE)
    return out
