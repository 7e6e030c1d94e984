"""Places a sentence reporting violence names that are not where it happened, in shapes the
rules missed (found by helper wire31 reading the false event places of held-out wire batches):

- where aircraft are based: "jets based at X" (like "based in X");
- where raiders come from when the place is a neighbour's: "raiders from neighbouring X state";
- where those who fired stood across a river or border: "from their positions across the X";
- where an unnamed source speaks from: "a military source in X said" (like "officials in X");
- where the wounded were smuggled or flown, the origin told before it: "smuggled to a field
  clinic in X", "flew 50 wounded fighters from Y to X".
- every name of a list people fled from: "fleeing violence in X and Y" (like "taken to X and Y").
- an aside after the event's place that says where it lies: "near X on Sunday, between Y and Z".

And "storms" as weather ("Storms and heavy rain flooded tents") is no assault.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.triggers import EventLexicon

PUBLISHED = date(2018, 3, 14)
EVENT_WORDS = Path(__file__).resolve().parent.parent / "data" / "event_words.csv"

_CASES = [
    # where aircraft are based
    (
        "Russian jets based at Hmeimim bombed the town of Kafr Nabl on Tuesday, killing four"
        " people, rescue workers said.",
        "Kafr Nabl",
        "Hmeimim",
    ),
    (
        "Syrian helicopters based at Tiyas dropped barrel bombs on Talbiseh on Monday, wounding"
        " 12 civilians, a monitor said.",
        "Talbiseh",
        "Tiyas",
    ),
    (
        "Rebels shelled government positions in Morek on Sunday, while warplanes based at"
        " Shayrat struck the area, activists said.",
        "Morek",
        "Shayrat",
    ),
    # where raiders come from, a neighbour's
    (
        "Armed herders from neighbouring Jonglei state attacked a cattle camp near Rumbek on"
        " Saturday, killing nine people, a local official said.",
        "Rumbek",
        "Jonglei",
    ),
    (
        "Gunmen from nearby Zurmi stormed the village of Kaura Namoda on Monday night and"
        " killed six residents, police said.",
        "Kaura Namoda",
        "Zurmi",
    ),
    (
        "Militants who crossed from neighbouring Paktika attacked a police post in Andar on"
        " Friday, killing three policemen.",
        "Andar",
        "Paktika",
    ),
    # where those who fired stood, across a river or border
    (
        "Regime forces shelled the village of Hatla from their positions across the Euphrates"
        " on Sunday, wounding five civilians, a monitor said.",
        "Hatla",
        "Euphrates",
    ),
    (
        "Turkish troops shelled the village of Tal Tamr from positions across the border in"
        " Ceylanpinar on Sunday, wounding three.",
        "Tal Tamr",
        "Ceylanpinar",
    ),
    (
        "Israeli tanks fired on Syrian army posts in Khan Arnabeh from their positions across the"
        " Golan frontier, killing two soldiers.",
        "Khan Arnabeh",
        "Golan",
    ),
    # where an unnamed source speaks from
    (
        "Gunmen killed four soldiers at a checkpoint near Jasim on Monday; a security source in"
        " Damascus said the attackers had fled.",
        "Jasim",
        "Damascus",
    ),
    (
        "Unknown gunmen shot dead two policemen at a checkpoint outside Tafas on Monday, and a"
        " security source in Damascus said the attackers had fled.",
        "Tafas",
        "Damascus",
    ),
    (
        "Taliban fighters attacked a police post in Andar district overnight, killing five"
        " officers; a security source in Kabul said the attackers lost 12 men.",
        "Andar",
        "Kabul",
    ),
    # where the wounded were smuggled or flown
    (
        "Regime shells killed two children in Kafr Laha on Tuesday, and the wounded were"
        " smuggled to a field hospital in Talbiseh, activists said.",
        "Kafr Laha",
        "Talbiseh",
    ),
    (
        "An air strike killed seven people in a market in Saada on Monday; the injured were"
        " smuggled to clinics in Sanaa because the roads were cut, residents said.",
        "Saada",
        "Sanaa",
    ),
    (
        "After the attack on the army post in Chibok on Monday, a military plane flew 12 wounded"
        " soldiers from Maiduguri to Abuja for treatment.",
        "Chibok",
        "Abuja",
    ),
]


@pytest.mark.parametrize(("text", "event", "other"), _CASES)
def test_base_neighbour_source_and_carried_are_no_event_place(
    extractor: Extractor, text: str, event: str, other: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert got.get(event) == "event", (text, got)
    assert other in got and got[other] != "event", (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "Storms and heavy rain flooded hundreds of tents in camps near Atmeh over the weekend.",
        "Winter storms battered displacement camps around Azaz on Sunday, aid workers said.",
        "Dust storms have grounded flights at Baghdad airport for a second day.",
    ],
)
def test_storms_as_weather_is_no_event_word(text: str) -> None:
    found = EventLexicon.load(EVENT_WORDS).find(text, 0)
    assert not [t for t in found if "storm" in t.text.lower()], found


@pytest.mark.parametrize(
    "text",
    [
        "Army storms rebel-held Kafr Zita after weeks of shelling",
        "The militia storms the prison and frees its commander, residents say.",
        "Troops storming the town met little resistance.",
    ],
)
def test_storms_as_a_verb_stays_an_event_word(text: str) -> None:
    found = EventLexicon.load(EVENT_WORDS).find(text, 0)
    assert [t for t in found if "storm" in t.text.lower()], text


@pytest.mark.parametrize(
    ("text", "event", "fled_from"),
    [
        (
            "A mortar round hit a camp near Sarmada on Monday, wounding five people who fled the"
            " fighting in Saraqib and Maarat al-Numan.",
            "Sarmada",
            ("Saraqib", "Maarat al-Numan"),
        ),
        (
            "Gunmen shot dead two men in Rukban camp on Friday, both of them from families fleeing"
            " violence in Palmyra and Qaryatayn.",
            "Rukban",
            ("Palmyra", "Qaryatayn"),
        ),
        (
            "Militants attacked a displacement camp outside Kaya on Sunday, killing eight people"
            " fleeing the attacks in the Djibo and Arbinda areas.",
            "Kaya",
            ("Djibo", "Arbinda"),
        ),
        (
            "Jets bombed a school in Ariha on Tuesday, killing six people from families fleeing the"
            " shelling in the Latakia and Hama countryside.",
            "Ariha",
            ("Latakia", "Hama"),
        ),
    ],
)
def test_every_place_people_fled_from_in_a_list_is_no_event_place(
    extractor: Extractor, text: str, event: str, fled_from: tuple[str, ...]
) -> None:
    """The list's later names take its first one's role, as "taken to hospitals in X and Y" do."""
    got = roles_of(extractor, PUBLISHED, text)
    assert got.get(event) == "event", (text, got)
    for name in fled_from:
        assert name in got and got[name] != "event", (name, text, got)


@pytest.mark.parametrize(
    ("text", "events", "between"),
    [
        (
            "A roadside bomb hit a convoy near Bourem on Monday, between Gao and Timbuktu, wounding"
            " four peacekeepers.",
            ("Bourem",),
            ("Gao", "Timbuktu"),
        ),
        (
            "Boko Haram fighters attacked herders near Gubio and around Magumeri, between Maiduguri"
            " and Damasak, killing 12.",
            ("Gubio", "Magumeri"),
            ("Maiduguri", "Damasak"),
        ),
        (
            "Gunmen ambushed an army convoy near Tessit on Sunday, between Gao and Menaka, killing"
            " six soldiers.",
            ("Tessit",),
            ("Gao", "Menaka"),
        ),
    ],
)
def test_an_aside_between_two_towns_says_where_it_lies(
    extractor: Extractor, text: str, events: tuple[str, ...], between: tuple[str, ...]
) -> None:
    """ ", between X and Y," after the event's place: where it lies, not two more event places."""
    got = roles_of(extractor, PUBLISHED, text)
    for name in events:
        assert got.get(name) == "event", (name, text, got)
    for name in between:
        assert name in got and got[name] != "event", (name, text, got)
