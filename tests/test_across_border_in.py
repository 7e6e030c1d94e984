"""A place named after the border crossed to reach a place set aside ("taken to a hospital in X
across the provincial border in Y") lies around that place and is set aside with it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 1, 10)


@pytest.mark.parametrize(
    ("text", "event", "region"),
    [
        (
            "Gunmen killed six coal miners near Duki on Tuesday as the injured were taken to a hospital in "
            "Multan across the provincial border in Punjab.",
            "Duki",
            "Punjab",
        ),
        (
            "An ambush killed seven soldiers near Dori on Sunday and the wounded were evacuated to a clinic "
            "in Tera across the border in Niger.",
            "Dori",
            "Niger",
        ),
        (
            "Clashes killed ten people near Renk on Monday and the wounded were flown to a hospital in "
            "Kosti across the border in Sudan.",
            "Renk",
            "Sudan",
        ),
    ],
)
def test_a_region_across_the_border_from_a_destination_is_set_aside_with_it(
    extractor: Extractor, text: str, event: str, region: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert (roles[event], roles[region]) == ("event", "mentioned")
