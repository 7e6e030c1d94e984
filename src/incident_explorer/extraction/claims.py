"""Casualty claims: every number of killed or wounded, who claims it, and low/best/high.

A claim keeps its words ("at least 32", "more than 20", "dozens") as a range. Conflicting claims
are all kept; ``estimate`` derives UCDP-style low/best/high from them without averaging.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from incident_explorer import compiled_re as re
from incident_explorer.extraction.folding import lowered, sensitive
from incident_explorer.frozen import fast_init

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
COUNT_WORDS = frozenset(_UNITS) | frozenset(_TENS)  # "six", "twenty": a count written as a word
_VAGUE = {  # word -> (low, high)
    "hundreds of thousands": (200_000, 999_999),
    "tens of thousands": (20_000, 99_999),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "several": (3, 9),
    "a few": (2, 5),
    "a dozen": (12, 12),
    "a handful": (3, 6),
    "tens": (20, 99),
}
_WORD_NUMBER = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[\s-](?:"
    + "|".join(k for k in _UNITS if _UNITS[k] < 10)
    + r"))?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r"|a hundred|one hundred)"
)
# "a civilian", "an elderly man": one person (only before a person's noun)
_ONE_PERSON_NOUN = (
    r"(?:man|woman|child|boy|girl|person|civilian|citizen|soldier|fighter|militant|member|officer|policeman|"
    r"policewoman|commander|activist|journalist|youth|shepherd|farmer|worker|doctor|nurse|teacher|student|driver|"
    # ranks, trades and callings a report names its victims by
    r"colonel|brigadier|captain|lieutenant|sergeant|pilot|engineer|judge|cleric|imam|mayor|leader|contractor|"
    r"paramedic|medic|photographer|reporter|volunteer|villager|resident|passenger|kid|baby|infant|teenager|"
    r"trader|merchant|herder|prisoner|detainee|protester|demonstrator|father|mother|"
    # who the dead were to one another: "two of his comrades were killed", "a colleague died"
    r"comrade|colleague)"
)
_ONE_NOUN = rf"(?:{_ONE_PERSON_NOUN}|martyr|casualty)"  # and SOHR's "a martyr", "a casualty"
_ONE_PERSON = rf"an?(?=\s+(?:[\w'’-]+\s+){{0,2}}?{_ONE_NOUN}\b)"
_NUMBER = re.compile(
    r"(?P<qual>at least|more than|over|nearly|almost|about|around|some|up to|as many as|"
    r"approximately|roughly|fewer than|less than)?\s*"
    r"(?<!\w)(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?=\s+(?:hundred|thousand|million)\b)|\d+|"
    + _WORD_NUMBER
    + r"|"
    + "|".join(sorted(_VAGUE, key=len, reverse=True))
    + r"|a(?=\s+(?:thousand|million)\b)|"
    + _ONE_PERSON
    # "three hundred", "2 million", "1.5 million", "several thousand": the multiplier is the count's
    + r")(?:\s+(?:hundred|thousand|million)\b)?)\b",
    re.I,
)
_MULTIPLIED = re.compile(r"(.+?)\s+(hundred|thousand|million)")
_MULTIPLIER = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_KILLED = (
    r"(?:killed|killing|kills?|dead|deaths?|died|dying|lives|lost their lives|slain|bodies|fatalities|"
    r"martyrs?|martyred|execut(?:ed|es?|ing|ions?)|slaughter(?:s|ed|ing)?|behead(?:s|ed|ing)?|shot dead|"
    r"gunned down|mowed down|massacred|"
    # "stoned to death", "tortured to death" (not "sentenced to death")
    r"(?:stoned|beaten|tortured|burned|burnt|hacked|stabbed|clubbed|bludgeoned|starved|lynched)\s+to\s+death)"
)
_WOUNDED = r"(?:wounded|wounding|wounds?|injured|injuring|injur(?:es?)|injuries|hurt|casualties|casualty)"
# "killed or wounded", "dead and injured", "injure and kill": both together, not deaths alone
# ("casualties" too, when it is the word the figure counts); "dead and missing", "killed or
# captured", "dead and prisoners": the dead and the taken, together
_COMBINED = re.compile(
    r"\b(?:killed|dead|martyrs?|kill(?:s|ing)?|deaths)\s+(?:and|or)\s+(?:wound\w*|injur\w*|missing|captured|"
    r"capturing|prisoners|detained|abducted|kidnapped)|"
    r"\b(?:wound(?:s|ed|ing)?|injur(?:e|es|ed|ing))\s+(?:and|or)\s+(?:kill(?:s|ed|ing)?|dead)\b",
    re.I,
)
# "4 casualties and several wounded", "5 casualties at least and a large number of injured": with
# the wounded counted apart, the casualties are the dead (SOHR's English says so), not both together
_CASUALTIES_APART = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,3}?casualt(?:ies|y)(?:\s+(?:at\s+least|so\s+far))?,?\s+(?:and|while|with)\s+"
    r"(?:\d+|several|some|many|others?|a\s+(?:large\s+|great\s+|small\s+)?number\s+of|(?:dozens|tens|scores|"
    r"hundreds)\s+of|(?:\w+\s+)?(?:other|others|more))\s+(?:[\w'’-]+\s+){0,3}?(?:wounded|injured|injuries|injury)\b",
    re.I,
)
# "received 40 casualties", "40 casualties, while 10 more wounded": a hospital's intake, or
# "more" wounded, make the casualties wounded too, not the dead
_CASUALTIES_TAKEN_IN = re.compile(
    r"\b(?:receiv\w*|admit\w*|treat\w*|brought\s+in|took\s+in|taken\s+in)(?:\s+\w+){0,3}\s*$", re.I
)
# "casualties and injuries", "casualties and wounded", "casualties at least and several injured":
# a writer who counts the wounded apart from the casualties uses the word for the dead (SOHR's
# English does; in a wire report's English "casualties" are both, and a count of both is never
# followed by the injuries again)
_CASUALTIES_PAIRED = (
    r"casualt(?:ies|y)\s+(?:at\s+least\s+|so\s+far\s+)?(?:and|or|&)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:injur(?:ies|ed|y)|wounded)\b"
)
_CASUALTIES_DEAD_STYLE = re.compile(rf"\b{_CASUALTIES_PAIRED}", re.I)
# "no casualties and no injuries", "without casualties and wounded": said of none, no usage shown
_NONE_BEFORE = re.compile(r"\b(?:no|any|without|nor)\b[^.;]*$", re.I)
# "unclear whether there were casualties or injuries", "denied reports of casualties and
# injuries": asked or denied, the pair shows no usage either, unless it is counted ("denies more
# than 15 casualties and injuries" is SOHR's own pair)
_ASKED_BEFORE = re.compile(r"\b(?:not|whether|if|unclear|unknown|denied|denies|deny)\b[^.;]*$", re.I)
# "the casualties and injured were taken to hospital", "carried casualties and injured people":
# the people themselves, named as wire English names them, show no usage either; SOHR's pairs
# are counts or a kind of loss ("leaving casualties and injuries", "the number of the casualties
# and the wounded")
_DEFINITE_BEFORE = re.compile(r"(?<!\bof )\b(?:the|these|those|its|their)\s+$", re.I)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:people|persons|civilians|men|women|children|passengers|residents|soldiers|victims)\b", re.I
)
_COUNTED_BEFORE = re.compile(rf"(?:\d|\b(?:{_WORD_NUMBER}|dozens|tens|scores|hundreds|several))\s+$", re.I)
# "40 casualties and injuries": this count is of both together
_WITH_INJURIES = re.compile(rf"^\s+(?:[\w'’-]+\s+){{0,2}}?{_CASUALTIES_PAIRED}", re.I)
_MORE_WOUNDED = re.compile(r"\bmore\s+(?:[\w'’-]+\s+){0,2}?(?:wounded|injured)\b", re.I)
# A verb's base form after a negation, a modal or a verb of failing or meaning to tells of harm
# not done ("did not injure 2 soldiers", "failed to kill 3 guards", "meant to wound 10 people");
# after "went on to", "managed to", "in addition to" it was done
_UNREALISED = re.compile(
    r"\b(?:(?:fail\w*|tri\w*|try\w*|attempt\w*|sought|seek\w*|meant|mean\w*|plann?\w*|aim\w*|threat\w*|"
    r"intend\w*|plott?\w*|want\w*|vow\w*|could|would|will|may|might)\s+(?:\w+\s+)?to|not|n[’']t|never|"
    r"could|would|will|may|might|can|cannot)\s+$",
    re.I,
)
# "raises to 74 the number of people killed", "bringing the total to 80", "34 killed within 7 days
# of shelling": a running total
_RUNNING_BEFORE = re.compile(
    r"\b(?:rais\w*|brings?|brought|bringing|increas\w*)\b[^.;]{0,40}?\bto\s*$|\btotal\s+(?:of\s+)?$", re.I
)
# ... but not a comparison: "killed 18 in the deadliest attack in 6 months", "in the second such
# attack in 4 days", "the worst since" tell one event's toll against others
_COMPARED = (
    r"(?!(?:deadliest|bloodiest|heaviest|worst|highest|biggest|largest|greatest|fiercest|most|latest|"
    r"first|second|third|fourth|fifth|such)\b)"
)
_RUNNING_AFTER = re.compile(
    rf"^\s*(?:(?:{_COMPARED}[\w-]+\s+){{0,4}}?(?:so far|in total|since)|"
    rf"(?:{_COMPARED}[^\s,.;]+\s+){{0,8}}?(?:in|within|during|over)\s+"
    r"(?:the\s+(?:past|last)\s+)?\d+\s+(?:consecutive\s+)?(?:days|weeks|months))\b",
    re.I,
)
_PERSON = (
    r"(?:people|persons|individuals|civilians|citizens|residents|soldiers|troops|servicemen|"
    r"fighters|militants|rebels|insurgents|gunmen|jihadists|combatants|elements|members|officers|"
    r"policemen|police|personnel|guards|others|victims|worshippers|students|workers|farmers|"
    r"children|kids|infants|women|men|boys|girls|relatives|detainees|prisoners|protesters|"
    r"demonstrators|refugees|displaced|militiamen|babies|"
    # one or many of them: "a teacher was killed", "three journalists were killed"
    rf"{_ONE_PERSON_NOUN}s?)"
)
# a word that may qualify the people counted ("pro-regime", "Turkish", "other"), not one that
# starts another phrase ("5 attacks on fighters killed" counts attacks, not deaths)
_MODIFIER = (
    r"(?:(?!(?:on|in|at|by|of|for|from|with|near|against|into|that|which|who|where|when|after|"
    r"were|was|are|is|had|have|has|and|or)\b)[“\"]?[\w'’-]+[”\"]?\s+)"
)
# whose the people are: "of one family", "of the regime forces", "of “Euphrates Shield”"
_OF_WHOM = rf"(?:(?:of|from)\s+(?:the\s+)?(?:[“\"][^\"”]{{1,40}}[”\"]\s+|{_MODIFIER}{{1,3}}?))"
_GROUP = rf"(?:{_MODIFIER}{{0,2}}?{_PERSON}\s+{_OF_WHOM}?)"
# "32 people", "20 other pro-regime fighters", "7 citizens of one family", "10 civilians and
# fighters", "10 members of the regime forces", "20 more", "20 of them"
_PEOPLE = (
    rf"(?:(?:more|other|another)\s+)?(?:{_GROUP}(?:(?:and|or)\s+{_GROUP})?|of\s+them\s+|"
    rf"of\s+(?:his|her|their|its)\s+(?:own\s+)?(?:family|families|relatives|household|{_PERSON})\s+)?"
)
# "killing 32 people", "killed at least 13", "claimed the lives of 11", "the killing of the 5"
_VERB_BEFORE = re.compile(
    rf"\b(?P<kind>{_KILLED}|{_WOUNDED}|(?:massacre|martyrdom)(?=\s+of\b))"
    r"(?:\s+(?:and|or)\s+(?:captured|detained|abducted|kidnapped))?"  # "killed or captured 30"
    r"(?:\s+(?:another|a further|of(?:\s+the)?|an?\s+(?:entire\s+|whole\s+)?family\s+of))?\s*$",
    re.I,
)
# "15 children are the victims of a massacre", "the 30 victims of the massacre": massacred
_MASSACRED = r"(?:the\s+)?victims\s+of\s+(?:an?\s+|the\s+|\w+\s+)?(?:\w+\s+)?massacres?"
# "Ten people, including three children, were killed": a part told aside between the people and
# their verb
# ... whose they are may come first ("17 members of the “Islamic State” group, including a
# commander, were killed"), the aside may run to the verb with no comma to close it ("including a
# commander were killed") or stand between dashes ("7 members of IS -some of them foreigners-
# killed")
_ASIDE_AUX = r"(?:were|was|have\s+been|had\s+been|are)\s"
_PEOPLE_ASIDE = (
    rf"(?:(?:more|other|another)\s+)?{_MODIFIER}{{0,2}}?{_PERSON}"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[“\"][^\"”]{1,40}[”\"]|[\w'’-]+)(?:\s+[\w'’-]+){0,2}?)?"
    r"(?:\s*,\s*(?:including|among\s+them|of\s+whom)\s+[^,.;]{1,60}?(?:,\s+|\s+(?="
    + _ASIDE_AUX
    + r"))|\s*[-–—]\s*[^-–—.;]{1,60}?[-–—]\s*)"
)
# "32 people were killed", "42 dead", "more than 20 wounded"
_KIND_AFTER = re.compile(
    rf"^\s+(?:the\s+(?:total\s+)?number\s+of\s+)?(?:{_PEOPLE}|{_PEOPLE_ASIDE})(?:at\s+least\s+)?"
    rf"(?P<aux>(?:were|was|have been|had been|are|being)\s+)?(?:reportedly\s+)?"
    rf"(?P<said>(?:are|is|were|was)\s+(?:reported|said|believed|thought)\s+to\s+have\s+been\s+)?"
    rf"(?P<kind>{_KILLED}|{_WOUNDED}|{_MASSACRED})\b",
    re.I,
)
# "31 children and women among 7 persons at least killed", "7 casualties at least": a qualifier
# said after the people counted
# ("killed 9 civilians in at least three towns", "at least once": the qualifier is another
# phrase's, after a preposition or before a number of its own)
_LEAST_AFTER = re.compile(
    r"^\s+(?:(?!(?:and|or|while|with|but|in|across|at|on|near|from|of|over|into|to|for|by)\b)[\w'’-]+\s+)"
    rf"{{0,2}}?at\s+least\b(?!\s+(?:\d|{_WORD_NUMBER}\b|a\s+dozen|dozens|several|once|twice))",
    re.I,
)
# "7 Hezbollah killed", "200 IS killed", "5 Taliban were killed": a group named as the people
# counted; read as written, in lower case only, so a headline in Title Case ("2 Car Bombs Killed
# In X") counts no bombs
_NAMED_AFTER = re.compile(
    r"^\s+(?:[“\"]?[A-Z][\w'’-]*[”\"]?\s+){1,3}(?P<aux>(?:were|was|have been|had been|are)\s+)?(?P<said>)"
    rf"(?P<kind>{_KILLED}|{_WOUNDED})\b"
)
# "Two gunmen killed 5 people", "12 fighters of X wounded a boy": with no auxiliary and a count
# or person after the verb, the group before it did the killing; "5 people killed the day
# before" is still the dead
_ACTIVE = frozenset(
    {
        "killed",
        "kills",
        "kill",
        "killing",
        "executed",
        "executing",
        "executes",
        "execute",
        "slaughtered",
        "slaughters",
        "slaughter",
        "beheaded",
        "beheads",
        "behead",
        "wounded",
        "wounding",
        "injured",
        "injuring",
        "injure",
        "injures",
        "wound",
        "wounds",
        "hurt",
        "shot dead",
        "gunned down",
        "mowed down",
        "massacred",
    }
)
_OBJECT_AFTER = re.compile(
    rf"\s+(?:{_NUMBER.pattern}|(?:his|her|their)\s+|an?\s+(?!(?:day|night|week|month|year|few)\b)|the\s+(?!(?:day|night|week|month|morning|evening|previous|"
    r"following|same|next|last|first)\b))",
    re.I,
)
_TOLL = re.compile(
    r"\b(?:(?:death\s+)?toll|(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|deaths|victims))\b"
    r"[^.;]{0,40}?\b(?:at|to|of|reached|rose to|stood at)\s*$",
    re.I,
)
# "the death toll from Saturday's car bomb in Kirkuk climbed to 24", "the toll of the market
# massacre rises to 44", "the number of dead in the attack now stood at 19": the toll of the event
# the words in between name, as it rose; they may be many, so the reach is longer than _TOLL's
_TOLL_RISEN = re.compile(
    r"\b(?:(?:death\s+)?toll|(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|deaths|victims))\b"
    r"[^.;]{0,90}?\b(?:(?:has|had|have)\s+)?(?:(?:now\s+)?(?:risen|rose|rises|rising|raises|climb\w*|"
    r"jump\w*|increas\w*|stood|stands|standing)\s+(?:to|at)|reach(?:ed|es)?)\s*$",
    re.I,
)
# ... unless they sum many events: "the overall toll", "the toll in 24 hours of shelling", "the
# toll of the campaign since January", "the toll of the war"; then it is a running total
_TOLL_SUMMED = re.compile(
    rf"\b(?:overall|cumulative|since|so\s+far|in\s+(?:the\s+)?(?:past|last)|this\s+(?:year|month|week)|"
    rf"(?:\d+|{_WORD_NUMBER}|several|few)\s+(?:hours|days|weeks|months)|"
    r"(?:of|in)\s+the\s+(?:war|conflict|campaign|offensive|uprising|revolution))\b",
    re.I,
)
# ... but not a state or a kin: "including 6 in critical condition", "5 in one family", "4 in
# their homes" are parts
_AT_PLACE = re.compile(
    r"^\s+(?:in|at|near|around|inside|outside)\b(?!\s+(?:(?:an?\s+)?(?:critical|serious|stable|grave|poor)\b|"
    r"(?:one|a|the\s+same|a\s+single)\s+(?:family|household)\b|(?:their|his|her|its)\b))",
    re.I,
)
# what a running total counts: "the number", "the toll" (not "troop numbers") and the people
# killed or hurt, said before the number or right after it
_NUMBER_OF = re.compile(r"\b(?:number|toll|tally)\b", re.I)
_HARMED = re.compile(rf"\b(?:{_KILLED}|{_WOUNDED}|victims|human\s+losses)\b", re.I)
_NUMBER_OF_HARMED_AFTER = re.compile(
    rf"(?:\s+at\s+least)?,?\s+the\s+(?:total\s+)?number\s+of\s+[^.;,]{{0,40}}?\b(?:{_KILLED}|{_WOUNDED}|victims)\b",
    re.I,
)
_OF_THEM = re.compile(r"^\s+of\s+(?:them|whom)\b", re.I)
_INCLUDING = re.compile(r"\b(?:including|among them|of whom|of them)\s*$", re.I)
# a figure broken down by place after a dash or colon ("killed six people on Monday — four in
# X and two in Y", "killed 11: seven in X, four in Y"): each is its place's share, as "including"
_SPLIT_BY_PLACE = re.compile(r"(?:[—–:,]|\s-)\s*$")
# ... and only when a name follows the preposition: "— seven in the morning and four in the
# evening", "— nine in the blast and five in the stampede" break the figure down by time or
# cause, each no toll of its own
_AT_NAMED_PLACE = re.compile(
    r"^\s+(?:in|at|near|around|inside|outside)\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:a[dlnrstz]|ash|el)-)", re.I
)
_AND_OTHERS = re.compile(
    rf"^\s+(?:[\w'’-]+\s+){{0,2}}?{_ONE_NOUN}(?:\s+(?:and|with|along\s+with)|,)\s+(?:his|her|their|an?|another|"
    r"other|\d+|two|three|four|five|six|seven|eight|nine|ten|several|family|members)\b",
    re.I,
)
# ... nor the second one named ("a man and a woman were killed", "a nurse, a driver and a doctor",
# "two civilians and a soldier", "four children and a woman")
_OTHERS_BEFORE = re.compile(
    rf"(?:\b(?:{_ONE_NOUN}s?|children|people)|men)\s*(?:,|\s(?:and|or|with))\s+$", re.I
)
# who is killed with one person named with "a": "a man and his three children", "a member of the
# family was killed along with his wife", "a nurse, 3 children and their mother", "a man and a
# woman", "a commander and 12 of his relatives": counted with the one, not left out
_KIN_ONE = (
    r"(?:wife|husband|son|daughter|child|baby|infant|brother|sister|mother|father|nephew|niece|cousin|"
    r"grand(?:son|daughter|child|father|mother)|uncle|aunt|friend|companion|comrade|colleague|bodyguard|guard|deputy|aide|"
    r"assistant|escort)"
)
_KIN_MANY = (
    r"(?:sons|daughters|children|kids|babies|brothers|sisters|nephews|nieces|cousins|"
    r"grand(?:sons|daughters|children)|friends|companions|comrades|colleagues|bodyguards|guards|deputies|aides|"
    r"assistants|escorts)"
)
_WITH_ONE = re.compile(
    rf"^\s+(?:[\w'’-]+\s+){{0,2}}?{_ONE_NOUN}\b(?:\s+(?:of|from)\s+(?:the\s+|his\s+|her\s+)?[\w'’-]+)?"
    r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|with|(?:along|together)\s+with)\s+|"
    rf"\s+(?:was|has\s+been|had\s+been)\s+(?:{_KILLED}|{_WOUNDED})\s+(?:(?:along|together)\s+)?with\s+)",
    re.I,
)
_COMPANION = re.compile(
    r"(?:(?P<a>an?)\s+(?:[\w'’-]+\s+){0,2}?(?P<one>" + _ONE_NOUN + r")|"
    r"(?:(?P<poss>his|her|their)\s+(?:own\s+)?)?(?:(?P<n>\d+|" + _WORD_NUMBER + r")\s+"
    r"(?:(?:of\s+)?(?P<poss2>his|her|their)\s+)?)?(?:[\w'’-]+\s+)??"
    r"(?P<noun>parents|family|relatives|household|" + _KIN_MANY + "|" + _KIN_ONE + "|" + _PERSON + r"))\b",
    re.I,
)
# the others named after a verb that killed the one, with a verb of their own
_CLAUSE_OF_THEIR_OWN = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\b", re.I)
_COMPANION_LINK = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)


def _companions(sentence: str, end: int) -> tuple[int, bool, int] | None:
    """The people killed with one named with "a" whose phrase ends at ``end``: how many (at
    least), whether more may be meant ("his sons", "his family"), and where they end; None when
    no one follows."""
    link = _WITH_ONE.match(sentence[end : end + 120])
    if link is None:
        return None
    count, more, at, last = 0, False, end + link.end(), None
    while (c := _COMPANION.match(sentence, at)) is not None and (c["a"] or c["poss"] or c["n"] or c["poss2"]):
        noun = c["noun"].lower() if c["noun"] else "one"
        if c["n"] and (n := parse_number(c["n"])) is not None:
            count += n[0]
        elif noun == "parents":
            count += 2
        elif noun in ("family", "relatives", "household"):
            count, more = count + 1, True
        elif c["one"] or re.fullmatch(_KIN_ONE, noun) or re.fullmatch(_ONE_NOUN, noun):
            count += 1
        else:
            count, more = count + 2, True
        last = c.end()
        if (nxt := _COMPANION_LINK.match(sentence, last)) is None:
            break
        at = nxt.end()
    return None if last is None else (count, more, last)


# lives taken ("claimed the lives of 11", "took the lives of 9", "cost the lives of"), not saved,
# spared, feared for or put at risk ("saved the lives of 30", "fear for the lives of 21")
_LIVES_TAKEN = re.compile(r"\b(?:claim\w*|took|tak\w*|cost\w*|end\w*|lost|los\w*)\s+(?:the\s+)?$", re.I)
_LIVES_SAVED = re.compile(
    r"\b(?:sav\w*|spar\w*|protect\w*|risk\w*|threat\w*|endanger\w*)\s+(?:[\w'’-]+\s+){0,2}?$", re.I
)
_TO_DEATH_BEFORE = re.compile(
    r"\b(?:ston|beat|tortur|burn|burnt|hack|stab|club|bludgeon|starv|lynch)\w*\s*$", re.I
)
_TO_DEATH_AFTER = re.compile(rf"^\s+{_PEOPLE}to\s+death\b", re.I)
_WHOSE_BEFORE = re.compile(rf"\b{_PERSON}\s+of\s+$", re.I)
_NONE_A_BEFORE = re.compile(r"\b(?:not|without|no|nor|never)\s+(?:even\s+)?$", re.I)
# "a father of five", "a mother of three": the children a parent has, not a count of the dead
_PARENT_OF = re.compile(r"\b(?:father|mother|parent)\s+of\s+$", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?\s+of)\s+(?:between\s+)?(?:\d+\s*(?:and|to|-)\s*)*$", re.I)
# a count of animals ("slaughtered 40 sheep", "killing 12 of the village's cows"; not "sheep
# herders") is no toll
_ANIMALS = (
    r"(?:sheep|goats?|cows?|cattle|camels?|horses?|donkeys?|mules?|livestock|animals?|chickens?|"
    r"poultry|birds?|ducks?|geese|hens?|pigs?|dogs?)\b(?![\s-]+(?:\w*herd\w*|owners?|breeders?|traders?|dealers?|keepers?|farmers?)\b)"
)
_NOT_A_COUNT = re.compile(
    r"^(?:[\s-]*(?:year|years|month|months|day|days|hour|hours|km|kilometres|"
    r"kilometers|miles|per\s?cent|percent|%|round|times|th\b|st\b|nd\b|rd\b)|"
    rf"\s+(?:of\s+(?:the|their|his|her)\s+)?(?:[\w'’-]+\s+)?{_ANIMALS})",
    re.I,
)

# a day of a month or an hour ("the massacre of 21 August", "at 10 AM wounded people arrived") is
# no count; as written, so "3 may have" and "12 march on" stay words
_DAY_OR_HOUR = re.compile(
    r"^\s*(?:(?:January|February|March|April|May(?!\s+Day)|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|"
    r"(?:[AaPp]\.?[Mm]\b\.?|GMT\b|UTC\b))"
)


@fast_init
@dataclass(frozen=True, slots=True)
class Claim:
    low: int  # 0 when no lower bound is given ("up to 15")
    high: int | None  # None: no upper bound given ("at least 32", "more than 20")
    # killed | wounded | casualties (killed and wounded together) | total (a running total) | part
    # (a part of the figure before it: "killed 9, including 3 children")
    kind: str
    claimant: str | None  # None: unattributed ("are reported to have killed")
    start: int
    end: int
    text: str  # the number phrase as written
    qualifier: str  # exact | at least | more than | about | up to | range
    # a share of the figure before it said for a place ("killed 25, including 10 in Saraqib"):
    # that place's own toll when the event has other places, else a part of the whole (incidents.py)
    share: bool = False

    @property
    def number(self) -> int:
        """The figure as a point value: the stated number ("up to 15" is 15), or a range's low end."""
        return self.high if self.qualifier == "up to" and self.high is not None else self.low

    def to_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "low": None if self.qualifier == "up to" else self.low,
            "high": self.high,
            "kind": self.kind,
            "claimant": self.claimant,
            "qualifier": self.qualifier,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@fast_init
@dataclass(frozen=True, slots=True)
class Estimate:
    low: int | None
    best: int | None
    high: int | None

    def to_json(self) -> dict[str, int | None]:
        return {"low": self.low, "best": self.best, "high": self.high}


def parse_number(phrase: str) -> tuple[int, int | None] | None:
    """Words or digits to a (low, high) range: "three" (3, 3), "dozens" (24, 99)."""
    p = phrase.lower().strip()
    if p in _VAGUE:
        return _VAGUE[p]
    if p.replace(",", "").isdigit():
        n = int(p.replace(",", ""))
        return n, n
    if p in ("a hundred", "one hundred"):
        return 100, 100
    if p in ("a", "an"):
        return 1, 1
    if m := _MULTIPLIED.fullmatch(p):
        k = _MULTIPLIER[m[2]]
        if re.fullmatch(r"\d+\.\d+", m[1]):
            n = round(float(m[1]) * k)
            return n, n
        if (base := parse_number(m[1])) is None:
            return None
        return base[0] * k, None if base[1] is None else base[1] * k
    if p in _UNITS:
        return _UNITS[p], _UNITS[p]
    parts = re.split(r"[\s-]+", p)
    if parts and parts[0] in _TENS:
        n = _TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
        return n, n
    return None


def _qualified(low: int, high: int | None, qual: str) -> tuple[int, int | None, str]:
    q = qual.lower()
    if q == "at least":
        return low, None, "at least"
    if q in ("more than", "over"):
        return low + 1, None, "more than"
    if q in ("nearly", "almost", "fewer than", "less than"):
        return 0, low - 1 if q in ("fewer than", "less than") else low, "up to"
    if q in ("up to", "as many as"):
        return 0, high, "up to"
    if q in ("about", "around", "some", "approximately", "roughly"):
        return low, high, "about"
    return low, high, "exact" if high == low else "range"


_NUMBER_LOWER = sensitive(_NUMBER)
# Patterns that end where a number begins: searched up to it (``endpos``), not over a copy.
# (keyed by id: a compiled pattern's hash reads its whole compiled program, µs per number)
_BEFORE_LOWER = {id(p): sensitive(p) for p in (_VERB_BEFORE, _TOLL, _TOLL_RISEN, _INCLUDING, _RUNNING_BEFORE)}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# A range said as one figure: "10 to 15", "10-15", "two or three", "between 10 and 15", "at least
# 10 and as many as 15". Its two ends are one claim (low and high), not two tolls. "rose from 10
# to 15" is a toll that changed, not a range; a range of thousands ("10 to 15 thousand") is left to
# the number reader.
_RANGE_HIGH = rf"(?P<hi>\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUMBER})\b(?!\s*(?:hundred|thousand|million)\b)"
_RANGE_TO = re.compile(rf"(?:\s*[-–]\s*|\s+(?:to|or)\s+){_RANGE_HIGH}", re.I)
_RANGE_AND = re.compile(rf"\s+and\s+{_RANGE_HIGH}", re.I)
_RANGE_AS_MANY = re.compile(rf"\s+and\s+(?:as\s+many\s+as|up\s+to)\s+{_RANGE_HIGH}", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_OPEN_QUALIFIERS = frozenset({"", "about", "around", "some", "approximately", "roughly"})


def _range(sentence: str, m: re.Match[str], num: tuple[int, int | None]) -> tuple[int, int, int, int] | None:
    """(low, high, start, end) when the number at ``m`` opens a range said as one figure: its
    start is "between"'s when the range has one ("killed between 8 and 10")."""
    qual = (m["qual"] or "").lower()
    before = sentence[max(0, m.start("num") - 12) : m.start("num")]
    start = m.start()
    if qual == "at least":
        tail = _RANGE_AS_MANY.match(sentence, m.end())
    elif qual not in _OPEN_QUALIFIERS:
        return None
    elif between := _BETWEEN_BEFORE.search(before):
        start = m.start("num") - len(before) + between.start()
        tail = _RANGE_AND.match(sentence, m.end())
    elif _FROM_BEFORE.search(before):
        return None
    else:
        tail = _RANGE_TO.match(sentence, m.end())
    if tail is None or num[1] is None or num[0] != num[1]:
        return None
    high = parse_number(tail["hi"])
    if high is None or high[0] != high[1] or not num[0] < high[0] < 1900:
        return None
    return num[0], high[0], start, tail.end()


_WOUNDED_WORD = re.compile(_WOUNDED, re.I)  # compiled once, not looked up in re's cache per claim
_ANY_KIND = re.compile(rf"\b(?:{_KILLED}|{_WOUNDED}|toll|massacres?|martyrdom)\b", re.I)
_ANY_KIND_LOWER = sensitive(_ANY_KIND)


def find_claims(
    sentence: str, offset: int, claimant: str | None, casualties_dead: bool = False, names: bool = True
) -> list[Claim]:
    """Casualty figures in one sentence, all credited to the sentence's ``claimant``.

    ``casualties_dead``: the text counts its wounded apart from its "casualties" somewhere
    (`casualties_are_the_dead`), so a count of casualties alone is of the dead. ``names``: a
    capitalised word is a name as written ("7 Hezbollah killed"); not in a headline re-cased
    from Title Case, where "4 Members Of One Family Killed" capitalises every noun."""
    out: list[Claim] = []
    low = lowered(sentence)
    if not (_ANY_KIND.search(sentence) if low is None else _ANY_KIND_LOWER.search(low)):
        return out
    last_kind: str | None = None
    apart_end = with_end = -1
    for m in _NUMBER_LOWER.finditer(low) if low is not None else _NUMBER.finditer(sentence):
        # spans only: the words as written come from the sentence itself
        num = parse_number(sentence[m.start("num") : m.end("num")])
        if num is None:
            continue
        if m.start() < with_end:
            continue  # counted with the one named before ("his three children"), a range's end
        begin, end = m.start(), m.end()
        if ranged := (span := _range(sentence, m, num)) is not None:
            num, begin, end = (span[0], span[1]), span[2], span[3]
            with_end = end  # its high end is not a figure of its own
        group = sentence[begin:end]
        after = sentence[end : end + _WINDOW]
        if _NOT_A_COUNT.match(after) or _DAY_OR_HOUR.match(after) or _YEAR.search(group):
            continue
        if m["num"].lower() in ("a", "an") and _NONE_A_BEFORE.search(
            sentence, max(0, m.start("num") - 20), m.start("num")
        ):
            continue  # "without a single casualty", "not a civilian was hurt": none
        together = None
        alone = False  # "killed a man, and his son was wounded": the one alone, the others told apart
        if (
            num == (1, 1)
            and sentence[m.start("num") : m.end("num")].lower() in ("a", "an")
            and (together := _companions(sentence, m.end())) is not None
        ):
            if _CLAUSE_OF_THEIR_OWN.match(sentence, together[2]) and _ends(
                _VERB_BEFORE, sentence, low, m.start()
            ):
                together, alone = None, True
            else:
                num = (1 + together[0], None if together[1] else 1 + together[0])
                with_end = together[2]
        if (
            together is None
            and not alone
            and num == (1, 1)
            and (
                _AND_OTHERS.match(after)
                or _OTHERS_BEFORE.search(sentence, max(0, m.start("num") - 40), m.start("num"))
            )
        ):
            continue  # "killing a man and his wife", "a media activist, 4 children", "a man and a
            # woman were killed": not one alone
        if num == (1, 1) and _WHOSE_BEFORE.search(sentence, max(0, m.start("num") - 40), m.start("num")):
            continue  # "2 children of one farmer", "members of a family": whose they are
        if _AGE_BEFORE.search(sentence, max(0, m.start("num") - 24), m.start("num")) or _PARENT_OF.search(
            sentence, max(0, m.start("num") - 20), m.start("num")
        ):
            continue  # "a girl aged 7 died", "two men aged 20 and 25": ages, not counts

        kind = None
        part = False  # "including 3 children": a part of the figure before, not a toll of its own
        share = False  # "including 3 in al-Waer": a part said for a place
        same_as = None  # the figure before it in a list of places: "a woman in X and 3 men in Y"
        risen = None  # "the toll from the bombing rose to 24": the event's toll as it rose
        summed = False  # "the overall toll", "the toll in 24 hours of shelling": a running total
        vb = _ends(_VERB_BEFORE, sentence, low, begin)
        if (
            vb is not None
            and vb["kind"].lower() == "lives"
            and not _LIVES_TAKEN.search(sentence, max(0, vb.start("kind") - 30), vb.start("kind"))
        ):
            vb = None  # "saved the lives of 30", "fear for the lives of 21 abductees": no toll
        if vb is not None:
            if _UNREALISED.search(sentence, max(0, vb.start("kind") - 30), vb.start("kind")):
                continue  # "did not injure 2 soldiers", "failed to kill 3 guards": no one was
            kind = vb["kind"]
        elif (
            ka := _KIND_AFTER.match(after) or (_NAMED_AFTER.match(after) if names else None)
        ) and not _agent(ka, after):
            if ka["kind"].lower() == "lives" and _LIVES_SAVED.search(
                sentence, max(0, m.start("num") - 40), m.start("num")
            ):
                continue  # "the rescue saved 30 lives"
            kind = ka["kind"]
            # "17 members, including a commander were killed": the aside's verb is the figure's
            part = (
                last_kind == ("wounded" if _WOUNDED_WORD.fullmatch(kind) else "killed")
                and _ends(_INCLUDING, sentence, low, m.start()) is not None
            )
        elif (
            together is not None
            and (ka := _KIND_AFTER.match(rest := sentence[together[2] : together[2] + _WINDOW]))
            and not _agent(ka, rest)
        ):
            kind = ka["kind"]  # "a man and his two sons were killed"
        elif _TO_DEATH_BEFORE.search(sentence, max(0, m.start() - 20), m.start()) and _TO_DEATH_AFTER.match(
            after
        ):
            kind = "killed"  # "IS stones a man to death", "the mob beat three men to death"
        elif toll := (
            _ends(_TOLL, sentence, low, begin) or (risen := _ends(_TOLL_RISEN, sentence, low, begin))
        ):
            kind = "killed"
            summed = _TOLL_SUMMED.search(sentence, max(0, toll.start() - 20), toll.end()) is not None
        elif _ends(_INCLUDING, sentence, low, m.start()) and last_kind:
            kind = last_kind
            # "including 3 children" is a part; "including 3 in al-Waer" is that place's toll
            part = _AT_PLACE.match(after) is None
            share = not part
        elif (
            last_kind
            and _AT_PLACE.match(after)
            and _AT_NAMED_PLACE.match(after)
            and _SPLIT_BY_PLACE.search(sentence, max(0, m.start() - 4), m.start())
        ):
            kind, share = last_kind, True
        elif (run := _ends(_RUNNING_BEFORE, sentence, low, begin)) and _raised_toll(sentence, run, end):
            kind = "killed"  # a running total (below): "More martyrs raise the number to 8"
        elif out and _listed(
            sentence, out[-1].end - offset, m.start("qual") if m["qual"] else m.start("num"), after
        ):
            kind, same_as = "killed", out[-1]  # its kind is the figure's before it (below)
        if kind is None:
            continue
        kind_word = kind.lower()
        word = "casualties" if kind_word == "casualty" else kind_word
        kind = "wounded" if _WOUNDED_WORD.fullmatch(kind) else "killed"
        if (
            word == "casualties"
            and (apart := _CASUALTIES_APART.match(after))
            and not _MORE_WOUNDED.search(after, 0, apart.end())
            and not _CASUALTIES_TAKEN_IN.search(sentence, max(0, m.start() - 40), m.start())
        ):
            kind, apart_end = "killed", end + apart.end()  # the wounded up to apart_end are apart
        elif m.start() < apart_end and kind == "wounded":
            pass
        elif _combined(sentence, begin, end):
            kind = "casualties"
        elif word == "casualties":
            # the dead in a text that counts its wounded apart (not "40 casualties and injuries",
            # nor a hospital's intake), else both together
            dead = (
                casualties_dead
                # "a casualty and injuries" is one dead; "40 casualties and injuries" both together
                and (kind_word == "casualty" or not _WITH_INJURIES.match(after))
                and not _CASUALTIES_TAKEN_IN.search(sentence, max(0, m.start() - 40), m.start())
            )
            kind = "killed" if dead else "casualties"
        if (
            (risen is None and _ends(_RUNNING_BEFORE, sentence, low, begin))
            or summed
            or _RUNNING_AFTER.match(after)
        ):
            kind = "total"
        if same_as is not None:
            part, share = same_as.kind == "part", same_as.share
            kind = same_as.kind if not part else kind
        # "killing 7 people and beheading 2 of them": 2 of the 7; of another kind, "killing 4 and
        # wounding 12 of them", "wounded 15, and 2 of them died", it is a count of its own
        if part or (kind == last_kind and _OF_THEM.match(after)):
            kind = "part"
        else:
            last_kind = kind
        qualifier = sentence[m.start("qual") : m.end("qual")] if m.start("qual") >= 0 else ""
        if not qualifier and _LEAST_AFTER.match(after):
            qualifier = "at least"
        if ranged and qualifier.lower() == "at least":
            qualifier = ""  # "at least 10 and as many as 15": both ends said
        least, most, qual = _qualified(*num, qualifier)
        if together is not None:
            group = sentence[m.start() : together[2]]
            qual = "at least" if together[1] else qual
        phrase = group.strip()
        start = offset + begin + (len(group) - len(group.lstrip()))
        out.append(Claim(least, most, kind, claimant, start, start + len(phrase), phrase, qual, share))
    return out


# How far before and after a number its words are read: every pattern is a short phrase, and a
# search over the whole rest of the sentence for each number made a long one (a pasted table)
# quadratic
_WINDOW = 400


def casualties_are_the_dead(texts: list[str]) -> bool:
    """Whether a text's sentences count the wounded apart from the casualties anywhere, so its
    "casualties" are the dead ("7 casualties in raids on X" in a text that also says "casualties
    and injuries")."""
    return any(
        not _NONE_BEFORE.search(t, max(0, m.start() - 40), m.start())
        and not (
            (
                _ASKED_BEFORE.search(t, max(0, m.start() - 40), m.start())
                or _DEFINITE_BEFORE.search(t, max(0, m.start() - 20), m.start())
                or _PEOPLE_AFTER.match(t, m.end())
            )
            and not _COUNTED_BEFORE.search(t, max(0, m.start() - 30), m.start())
        )
        for t in texts
        if "asualt" in t or "ASUALT" in t  # most texts have none: not searched
        for m in _CASUALTIES_DEAD_STYLE.finditer(t)
    )


def _ends(pattern: re.Pattern[str], sentence: str, low: str | None, end: int) -> re.Match[str] | None:
    """The pattern at the end of the sentence's text before ``end`` (searched up to it, not over
    a copy); over the lower-cased sentence when there is one: read its groups case-insensitively."""
    start = max(0, end - _WINDOW)
    if low is None:
        return pattern.search(sentence, start, end)
    return _BEFORE_LOWER[id(pattern)].search(low, start, end)


# a figure's place, then the next in a list: "a woman in Douma and ", "10 in Saraqib, ", "8 in
# Maarat al-Numan and "; the place named as written, capitalised
_PLACE_WORD = r"(?:[a-z]{1,3}-)?[A-Z][\w'’-]*"
_LISTED_BEFORE = re.compile(
    rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:in|at|near)\s+(?:the\s+)?{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
)
# ... and the next figure's own place: "3 men in Harasta", "7 in Ariha" (not with a verb of its
# own: "2 children in Saraqib were wounded")
_LISTED_AFTER = re.compile(
    rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:in|at|near)\s+(?:the\s+)?(?>{_PLACE_WORD}(?:\s+{_PLACE_WORD})*)"
    r"(?!\s+(?:were|was|are|is|had|have|has)\b)"
)


def _listed(sentence: str, end: int, start: int, after: str) -> bool:
    """Whether the number at ``start`` goes on a list of figures by place that the figure
    ending at ``end`` began ("killed a woman in Douma and three men in Harasta", "including 10 in
    Saraqib, 8 in Maarat al-Numan and 7 in Ariha"): then it is of the same kind."""
    return (
        _LISTED_BEFORE.fullmatch(sentence, end, start) is not None and _LISTED_AFTER.match(after) is not None
    )


def _raised_toll(sentence: str, run: re.Match[str], end: int) -> bool:
    """Whether the number a running total was raised to is of people killed or hurt: "More martyrs
    raise the number to 8", "raising the number of its martyrs to 18", "raise to 52, the number of
    persons who were killed"; not "raised its troop numbers to 5,000"."""
    said = sentence[max(0, run.start() - 40) : run.end()]
    if _NUMBER_OF.search(said) and _HARMED.search(said):
        return True
    return _NUMBER_OF_HARMED_AFTER.match(sentence, end) is not None


# where a figure's clause ends: a pair of kinds after it tells of others ("killed 8 people, and the
# dead and missing included children"; "; dozens were killed or captured")
_CLAUSE_AFTER = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|with|as|after)\b", re.I)


def _combined(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at start-end counts the dead and the wounded or taken together, read
    from a little before it to the end of its clause."""
    cut = _CLAUSE_AFTER.search(sentence, end, end + 40)
    return _COMBINED.search(sentence[max(0, start - 30) : cut.start() if cut else end + 40]) is not None


def _agent(ka: re.Match[str], after: str) -> bool:
    """Whether the people before an active verb did the killing (a count follows the verb)."""
    return (
        not ka["aux"]
        and not ka["said"]
        and ka["kind"].lower() in _ACTIVE
        and _OBJECT_AFTER.match(after, ka.end()) is not None
    )


def estimate(claims: list[Claim], kind: str = "killed") -> Estimate:
    """UCDP-style low/best/high from conflicting claims, never averaged.

    low: the lowest lower bound stated ("up to 15" states none); high: the highest upper bound
    stated, unknown when an open figure ("more than 20") exceeds every stated upper bound;
    best: the figure most claims agree on, the lower one on a tie (the conservative choice).
    """
    figures = [c for c in claims if c.kind == kind]
    if not figures:
        return Estimate(None, None, None)
    lows = [c.low for c in figures if c.qualifier != "up to"]
    highs = [c.high for c in figures if c.high is not None]
    high = max(highs) if highs else None
    if high is not None and any(c.high is None and c.low > high for c in figures):
        high = None
    votes = Counter(c.number for c in figures)
    top = max(votes.values())
    best = min(n for n, v in votes.items() if v == top)
    return Estimate(min(lows) if lows else None, best, high)


_REPORT_VERB = re.compile(
    r"\b(?:said|says|told|tells|reported|reports|announced|claimed(?!\s+(?:the\s+)?lives)|confirmed|"
    r"stated|added|"
    r"put the [\w\s]*?toll)\b",
    re.I,
)
_ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;“”\"]+)", re.I)
_UNATTRIBUTED = re.compile(r"\b(?:are|is|were|was) (?:reported|said|believed) to\b|\breportedly\b", re.I)
_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,]*,", re.I)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "officials", "sources"})
_STATE_MEDIA = re.compile(r"\bstate[- ](?:tv|television|media|news agency)\b", re.I)


def canonical_claimant(who: str, aliases: dict[str, str]) -> str | None:
    who = " ".join(who.split()).strip(' ,.:;"“”‘’')
    who = re.sub(r"^(?:the|a|an)\s+", "", who, flags=re.I)
    if not who or who.lower() in _PRONOUNS:
        return None
    if m := _STATE_MEDIA.search(who):
        # "the state news agency SANA": the name it gives; else what kind of state media
        named = re.search(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\b", who[m.end() :])
        if named:
            return named.group()
        return "state TV" if re.search(r"tv|television", m.group(), re.I) else "state media"
    if m := re.search(r"\(([A-Z]{2,8})\)", who):
        return m[1]
    for long, short in aliases.items():
        if long in who:
            return short
    return who


def claimant_of(sentence: str, aliases: dict[str, str]) -> str | None:
    """Who a sentence credits its figures to; None when it is unattributed or unclear."""
    if m := _ACCORDING.search(sentence):
        return canonical_claimant(m["who"], aliases)
    # Blank out relative clauses (", which put the toll at 42,") but keep offsets.
    main = _RELATIVE.sub(lambda m: " " * len(m.group()), sentence)
    verb = _REPORT_VERB.search(main)
    if verb is None or _UNATTRIBUTED.search(main[: verb.end() + 4]):
        return None
    before = main[: verb.start()].rstrip(" ,")
    for quote in ("”", '"'):
        if quote in before:
            before = before.rsplit(quote, 1)[1]
    before = before.strip(" ,\xa0")
    if not before:
        # “...,” said Simmons.
        after = sentence[verb.end() :].strip()
        return canonical_claimant(re.split(r"[,.;]", after, maxsplit=1)[0], aliases)
    segments = [seg.strip() for seg in before.split(",") if seg.strip()]
    if len(segments) > 1:
        # "Five people were killed, police said": the speaker is the phrase before the verb;
        # "X, reporting from Y, said": a participle phrase describes the speaker, named first.
        first_word = segments[-1].split()[0]
        participle = first_word.islower() and "-" not in first_word and first_word.endswith(("ing", "ed"))
        before = segments[0] if participle else segments[-1]
    if len(before.split()) > 8:
        return None
    return canonical_claimant(before, aliases)
