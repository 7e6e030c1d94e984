"""With no country named, a town where Arabic is not spoken that only a skeleton variant of one of
its names reaches keeps 0.8 of its score: the variant key reads Arabic names as reporters write
them, and a big town's dozens of foreign names make chance matches ("Tabakat" for Timbuktu's
'Tibakatu')."""

from __future__ import annotations

import pytest

from incident_explorer.places.offline import OfflineGeocoder, context_keys


@pytest.mark.parametrize(
    ("name", "text", "big_city"),
    [
        ("Tabakat", "Herders said gunmen on motorbikes surrounded Tabakat before dawn.", "Timbuktu"),
        ("Pokot", "Cattle raiders from Pokot crossed the valley on Saturday night.", "Bogotá"),
        ("Muskoka", "Cottage owners in Muskoka were told to boil their water.", "Moscow"),
    ],
)
def test_a_loose_spelling_of_a_big_towns_foreign_name_is_no_reading_of_it(
    geocoder: OfflineGeocoder, name: str, text: str, big_city: str
) -> None:
    best = geocoder.geocode(name, keys=context_keys(text), limit=1)
    assert not best or best[0].place.name != big_city, best


@pytest.mark.parametrize(
    ("name", "text", "region"),
    [
        ("Abkhaz", "Abkhaz officials closed the crossing on the Inguri river.", "Abkhazia"),
        ("Dagestani", "Dagestani police said the gunmen had been hiding in a flat.", "Dagestan"),
    ],
)
def test_a_region_is_still_read_by_a_people_s_form_of_its_name(
    geocoder: OfflineGeocoder, name: str, text: str, region: str
) -> None:
    best = geocoder.geocode(name, keys=context_keys(text), limit=1)
    assert best and best[0].place.name == region, best
