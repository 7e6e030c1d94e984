"""A place where someone spoke, or a quiet place of a headline, stands in as the event's place only
when the sentence names no other: it is no fallback when the violence was told at a name the
gazetteer lacks ("killed four traders in X, officials in Y said": X has no point, Y is where the
officials are). The names of the villages below are made up, so no gazetteer holds them; the
sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 6, 14)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # officials, a ministry, a spokesman's news conference: the speakers' cities
        (
            "Gunmen killed four traders at a market in Qoryoley Bariga on Monday, officials in Mogadishu "
            "said.",
            "Mogadishu",
        ),
        (
            "A car bomb killed six soldiers at a checkpoint in Bulo Xaawo Dheer, the ministry in Muscat "
            "said.",
            "Muscat",
        ),
        (
            "A drone strike killed three militants near Datta Khelwi, the army said in a statement from its "
            "office in Rawalpindi.",
            "Rawalpindi",
        ),
        (
            "Soldiers killed two herders near Mbakaou Dorwa on Saturday, a police official in Garoua said.",
            "Garoua",
        ),
        ("Two men were shot dead in Bakaal Wadiyo overnight, police in Kismayo told AFP.", "Kismayo"),
        (
            "An air strike hit a bakery in Kafr Uweid Sharqi on Sunday, killing nine, according to a "
            "statement "
            "issued in Riyadh by the coalition.",
            "Riyadh",
        ),
        # ... and a hospital's town told beside it
        (
            "Shells hit a school in Tell Umm Ruwaysat on Monday, killing five pupils; the nearest working "
            "hospital is in Idlib, 25 km away.",
            "Idlib",
        ),
    ],
)
def test_a_speakers_place_is_no_fallback_beside_an_unmapped_one(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "mentioned"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the speaker's city names the event, or is the only place the text gives
        ("Six people were killed in Mogadishu, officials said.", "Mogadishu"),
        (
            "A car bomb killed six people near a busy junction on Monday, police said in Mogadishu.",
            "Mogadishu",
        ),
        ("The provincial governor said in Kunduz that 12 civilians were killed in an air strike.", "Kunduz"),
        (
            "Officials in Kunduz said the Taliban attacked the city overnight, killing nine policemen.",
            "Kunduz",
        ),
    ],
)
def test_a_speakers_place_that_is_the_best_place_given(extractor: Extractor, text: str, place: str) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"


def test_the_event_place_known_keeps_its_role(extractor: Extractor) -> None:
    roles = roles_of(
        extractor,
        PUBLISHED,
        "Gunmen killed four traders at a market in Bulo Burte on Monday, officials in Mogadishu said.",
    )
    assert roles["Bulo Burte"] == "event"
    assert roles["Mogadishu"] == "mentioned"
