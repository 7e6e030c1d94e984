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
