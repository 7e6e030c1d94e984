"""A place named with the town or local unit that holds it is the event place, and the holder is
context for it, not a second event place: "X in the northern city of Y", "X in the port town of
Y", South Asia's and Ethiopia's local units ("X tehsil of Y", "the X upazila of Y", "X woreda of
Y"), a front's sectors ("the X sector of Y district"), named areas that are no unit ("X in the Y
area", "X in the Y valley") and the land around X told before its holder ("X and surrounding
villages in the countryside of Y", "X and its farmland in ..."). Sentences of our own; the
quarters and villages are names no gazetteer holds."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

_DAY = date(2019, 3, 11)


@pytest.mark.parametrize(
    ("text", "fine", "holder"),
    [
        (
            "A sniper killed a man in Tarbouni in the northern city of Tripoli on Thursday, security"
            " sources said.",
            "Tarbouni",
            "Tripoli",
        ),
        ("Clashes in al-Zerka in the port city of Aden killed four fighters on Monday.", "al-Zerka", "Aden"),
        (
            "Gunmen shot dead two shopkeepers in Qasr Benno in the eastern town of Kassala on Sunday,"
            " police said.",
            "Qasr Benno",
            "Kassala",
        ),
        (
            "A roadside bomb hit a vehicle in Marvazi tehsil of Bajaur on Sunday, killing two.",
            "Marvazi",
            "Bajaur",
        ),
        (
            "Police said three people were killed when a mob attacked houses in Kolvandi taluka of"
            " Pune on Friday.",
            "Kolvandi",
            "Pune",
        ),
        (
            "Gunmen killed at least nine villagers in Tullu Barreda woreda of Jimma on Tuesday, a"
            " local official said.",
            "Tullu Barreda",
            "Jimma",
        ),
        ("Gunmen shot dead four men in Dighinala upazila of Rangamati on Tuesday.", "Dighinala", "Rangamati"),
        # "the X tehsil of Y district", and a front's sector named after its village
        (
            "A bomb struck a vehicle in the Kalbari tehsil of Bajaur district on Monday, killing three.",
            "Kalbari",
            "Bajaur",
        ),
        (
            "Two civilians were killed when shells hit houses in the Zarvan sector of Poonch district on"
            " Saturday.",
            "Zarvan",
            "Poonch",
        ),
        (
            "Troops and infiltrators exchanged fire in the Tangdhar sector of Kupwara district on"
            " Monday, leaving three dead.",
            "Tangdhar",
            "Kupwara",
        ),
        # the land around the place told before its holder ("areas" is left out: "X and areas
        # south of the capital Y" names other places than X)
        (
            "Warplanes struck Kafr Nabl and surrounding villages in the southern countryside of Idlib on"
            " Monday, killing three.",
            "Kafr Nabl",
            "Idlib",
        ),
        (
            "Artillery shelled Taftanaz and its farmland in the eastern countryside of Idlib on Tuesday,"
            " wounding four people.",
            "Taftanaz",
            "Idlib",
        ),
        (
            "Jets pounded Binnish and nearby farms in the northern countryside of Idlib on Friday,"
            " killing a child.",
            "Binnish",
            "Idlib",
        ),
        # a named area that is no unit: "X in the Y area", "X in the Y valley"
        (
            "Soldiers raided a house in Brital in the Hermel area on Saturday, killing one gunman.",
            "Brital",
            "Hermel",
        ),
        ("Police said a bomb killed two officers in Kabal in the Swat valley on Monday.", "Kabal", "Swat"),
        ("Gunmen killed three herders in Bokkos in the Jos plateau area on Tuesday.", "Bokkos", "Jos"),
    ],
)
def test_the_holder_is_context_for_the_finer_place(
    extractor: Extractor, text: str, fine: str, holder: str
) -> None:
    roles = roles_of(extractor, _DAY, text)
    assert roles.get(fine) == "event", roles
    assert roles.get(holder) != "event", roles
