"""A place told by what it is or the road it lies on, then the towns it lies between or the town
it lies a way from ("X, a town between Y and Z", "X, on the road between Y and Z", "X on the coast
road west of Y", "X on the Latakia-Aleppo highway west of Y"): Y and Z only say where X lies, X is
where it happened. (Sentences of our own, none from tests/wire/.)"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 5, 14)


@pytest.mark.parametrize(
    ("text", "event", "landmarks"),
    [
        (
            "Fighting between rival brigades in al-Qarabulli, a town between Tripoli and Khoms, "
            "killed four fighters on Monday.",
            "al-Qarabulli",
            ("Tripoli", "Khoms"),
        ),
        (
            "Clashes in el-Fasher, a town midway between Nyala and Kutum, killed nine people on Sunday.",
            "el-Fasher",
            ("Nyala", "Kutum"),
        ),
        (
            "Insurgents attacked the village of Mbau, on the road between Beni and Oicha, on "
            "Tuesday, killing nine people.",
            "Mbau",
            ("Beni", "Oicha"),
        ),
    ],
)
def test_the_towns_a_told_place_lies_between_are_landmarks(
    extractor: Extractor, text: str, event: str, landmarks: tuple[str, ...]
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert got[event] == "event", text
    for name in landmarks:
        assert got.get(name) == "mentioned", (name, text, got)


@pytest.mark.parametrize(
    ("text", "event", "landmark"),
    [
        (
            "A car bomb hit a checkpoint at the entrance of Ajdabiya on the coast road west of "
            "Brega on Thursday, killing four guards.",
            "Ajdabiya",
            "Brega",
        ),
        (
            "Shelling hit the village of Kafr Nubl on the main highway south of Idlib on "
            "Wednesday, killing two farmers, rescuers said.",
            "Kafr Nubl",
            "Idlib",
        ),
        (
            "A roadside bomb struck a minibus in Girishk on the Kandahar-Herat highway west of "
            "Lashkar Gah on Sunday, killing seven passengers.",
            "Girishk",
            "Lashkar Gah",
        ),
    ],
)
def test_a_town_a_place_on_a_road_is_told_from_is_a_landmark(
    extractor: Extractor, text: str, event: str, landmark: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert (got[event], got[landmark]) == ("event", "mentioned"), text


def test_a_road_between_two_towns_with_no_place_on_it_is_still_where_it_happened(
    extractor: Extractor,
) -> None:
    got = roles_of(
        extractor, PUBLISHED, "Gunmen ambushed a bus on the road between Kaduna and Abuja on Sunday."
    )
    assert "event" in (got.get("Kaduna"), got.get("Abuja")), got
