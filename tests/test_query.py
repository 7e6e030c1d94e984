import pytest

from incident_explorer.places.phrases import parse_query
from incident_explorer.places.place import Feature


@pytest.mark.parametrize(
    ("raw", "name", "parents"),
    [
        ("al-Waer, Homs", "al-Waer", ("Homs",)),
        ("Paris, Texas", "Paris", ("Texas",)),
        ("Manchester, England, UK", "Manchester", ("England", "UK")),
        ("Homs's Waer", "Waer", ("Homs",)),
        ("Homs' al-Waer", "al-Waer", ("Homs",)),
        ("Wa'er", "Wa'er", ()),
        ("the Ghouta neighbourhood of Homs", "Ghouta", ("Homs",)),
        ("the al-Waer district of Homs", "al-Waer", ("Homs",)),
        ("  Khan Sheikhoun.  ", "Khan Sheikhoun", ()),
    ],
)
def test_names_and_parents(raw: str, name: str, parents: tuple[str, ...]) -> None:
    q = parse_query(raw)
    assert (q.name, q.parents) == (name, parents)


def test_feature_hints() -> None:
    assert parse_query("Homs province").feature_hint == {Feature.ADMIN1}
    assert parse_query("Idlib governorate").feature_hint == {Feature.ADMIN1}
    assert Feature.NEIGHBOURHOOD in parse_query("the Mahatta neighbourhood of Homs").feature_hint
    assert parse_query("city of Aleppo").feature_hint == {Feature.CITY}
    assert parse_query("Aleppo").feature_hint == frozenset()


def test_empty_query_has_empty_name() -> None:
    assert parse_query(" , ").name == ""


@pytest.mark.parametrize(
    ("raw", "name", "parents"),
    [
        (
            "vicinity of Kafr Nabl village in Maarat al-Numan district",
            "Kafr Nabl",
            ("Maarat al-Numan district",),
        ),
        ("Kafr Zita city (area of) in the southern countryside of Hama", "Kafr Zita", ("Hama",)),
        ("Damascus Suburbs: Harasta", "Harasta", ("Damascus",)),
        ("Aleppo: Tall Rifat", "Tall Rifat", ("Aleppo",)),
        ("around Tadmur near Homs", "Tadmur", ("Homs",)),
        ("Sukhnah town in Homs countryside", "Sukhnah", ("Homs",)),
        ("in the Waer neighbourhood, Homs", "Waer", ("Homs",)),
        ("Silos east of Palmyra", "Silos", ("Palmyra",)),
        ("Gulf of Aden", "Gulf of Aden", ()),
    ],
)
def test_locative_phrases_name_the_finest_place_first(raw: str, name: str, parents: tuple[str, ...]) -> None:
    q = parse_query(raw)
    assert (q.name, q.parents) == (name, parents)


@pytest.mark.parametrize("raw", ["outskirts of Saraqib", "east of the town of Saraqib", "near Saraqib"])
def test_near_phrases_keep_the_place_as_reference(raw: str) -> None:
    q = parse_query(raw)
    assert q.name == "Saraqib" and q.near


def test_sites_and_alternative_names() -> None:
    camp = parse_query("Yarmouk camp")
    assert camp.name == "Yarmouk" and camp.alternatives == ("Yarmouk camp",)
    assert parse_query("Tishrin dam").alternatives == ("Tishrin dam",)
    slash = parse_query("Duniq/Dowaibeq village")
    assert (slash.name, slash.feature_hint) == ("Duniq", {Feature.CITY}) and "Dowaibeq" in slash.alternatives
    paren = parse_query("Jubb al-Barazi (Cibb El Berazi) village")
    assert paren.name == "Jubb al-Barazi" and "Cibb El Berazi" in paren.alternatives
    # a part of a unit: the unit, or an area of the part's own name ("Eastern Hamah")
    assert parse_query("Northern Idlib Governorate").feature_hint == {Feature.ADMIN1, Feature.REGION}
