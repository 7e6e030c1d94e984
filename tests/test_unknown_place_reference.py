"""Three readings of a place the gazetteer lacks, by the unit its phrase names (review rev23).

- "X, 15 km south of Mopti": a distance is told from a town, so the town stands in for X, near
  it, not the region of the same name around it (Mopti region's point lies ~65 km from the
  town; Gao, Segou likewise). The reach applies to every name with a parent, not only to one
  spotted as unknown: a name the spotter knows only as a namesake elsewhere took the region.
- "X, a hamlet / a small settlement / a locality about 20 km north of Y": the kind word before
  the distance is read as "a village" is, so Y is the reference (before: no parent at all).
- "X, a (small) village in central Burkina Faso": the country the text says X lies in stands
  in for it at the country's precision, as for "X, central Burkina Faso" (before: unplaced,
  "no enclosing unit named").

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.place import Feature

PUBLISHED = date(2021, 3, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Jihadists ambushed a convoy near Tinabaw, some 40 kilometres east of Gao, killing five"
            " soldiers on Tuesday.",
            "Tinabaw",
            "Gao",
        ),
        (
            "Gunmen killed three villagers in Kontiko, 12 km from Segou, on Thursday night.",
            "Kontiko",
            "Ségou",
        ),
        (
            "Fighters shelled Sarebouli, a village 18 km south of Mopti, on Friday, killing three.",
            "Sarebouli",
            "Mopti",
        ),
    ],
)
def test_a_distance_is_told_from_the_town_not_its_region(
    extractor: Extractor, text: str, name: str, town: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert found[name].role == "event", text
    c = found[name].candidate
    assert c is not None and c.place.country_code == "ML", text
    # (the town itself, or a point measured from it when the text tells the way too: "some 40
    # kilometres east of Gao", `test_offset_from_town`)
    assert c.place.feature is Feature.CITY, (text, c.place)
    assert c.place.name == town or c.place.name.endswith(f" of {town}"), (text, c.place)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Gunmen killed 14 people in Tankoudrezi, a small farming village in northern Burkina"
            " Faso, on Sunday.",
            "Tankoudrezi",
            "BF",
        ),
        (
            "Militants stormed Bandiabouli, a hamlet in eastern Burkina Faso, killing six on Tuesday.",
            "Bandiabouli",
            "BF",
        ),
        (
            "Jihadists attacked Dialassoudougou, a rural commune in central Mali, overnight, killing 20.",
            "Dialassoudougou",
            "ML",
        ),
    ],
)
def test_a_village_in_a_named_country_is_placed_at_the_country(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert found[name].role == "event", text
    c = found[name].candidate
    assert c is not None and c.place.feature is Feature.COUNTRY and c.place.country_code == country, text
    placed = [i for i in r.incidents if i.place_text.startswith(name)]
    assert placed and "placed at country" in placed[0].place_text, [i.place_text for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Herders were killed in Gninangou, a hamlet about 15 kilometres south of Mopti, on Monday.",
            "Gninangou",
            "Mopti",
        ),
        (
            "Soldiers torched huts in Kamsoure, a small settlement some 20 km north of Djibo, on Saturday.",
            "Kamsoure",
            "Djibo",
        ),
        (
            "Gunmen shot dead a priest in Nyolodougou, a locality about 30 miles west of Bobo-Dioulasso,"
            " on Friday.",
            "Nyolodougou",
            "Bobo-Dioulasso",
        ),
    ],
)
def test_a_hamlet_settlement_or_locality_told_from_a_town(
    extractor: Extractor, text: str, name: str, town: str
) -> None:
    """ "X, a hamlet / a small settlement / a locality about N km west of Y": the kind word
    before the distance is read as "a village" is (`roles._KIND`), so Y is X's reference."""
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert found[name].role == "event", text
    c = found[name].candidate
    assert c is not None and c.place.feature is Feature.CITY, (text, c)
    assert c.place.name == town or c.place.name.endswith(f" of {town}"), (text, c)
