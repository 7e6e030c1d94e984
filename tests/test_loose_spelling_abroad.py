"""A name the gazetteer lacks, in a text about one country, is not found rather than read as a
place another spelling or a typo of it reaches in a country the text does not name ("Nampala" in
central Mali was Nampula, Mozambique; "Komanda" in Ituri the Slovenian municipality Komenda;
"Greenlane" in New Zealand Greenland): with the country named by the caller that was
so already, and a text's own country in focus is as good a clue. A place the text names, or one
its country or an enclosing place names, is still read so.

Sentences of our own.
"""

from __future__ import annotations

import pytest

from incident_explorer.places.offline import OfflineGeocoder, context_keys


@pytest.mark.parametrize(
    ("name", "text", "country"),
    [
        (
            "Nampala",
            "Jihadists attacked an army post in Nampala in central Mali on Sunday, the army said in Bamako.",
            "ML",
        ),
        ("Komanda", "Rebels burned houses in Komanda in Congo's Ituri province on Sunday.", "CD"),
        ("Greenlane", "Police in New Zealand closed the roads around Greenlane on Monday.", "NZ"),
    ],
)
def test_a_loose_spelling_abroad_is_no_answer(
    geocoder: OfflineGeocoder, name: str, text: str, country: str
) -> None:
    found = geocoder.geocode(name, keys=context_keys(text), limit=3)
    assert all(c.place.country_code == country for c in found)


@pytest.mark.parametrize(
    ("name", "text", "country"),
    [
        # the place's own name abroad is still read so, and so is a spelling of a place the
        # text's country holds
        ("Stuttgart", "Police in Mali said the suspect had lived in Stuttgart for two years.", "DE"),
        ("Qseir", "Syrian troops shelled Qseir near Homs on Sunday.", "SY"),
    ],
)
def test_own_names_abroad_and_spellings_at_home_are_read(
    geocoder: OfflineGeocoder, name: str, text: str, country: str
) -> None:
    found = geocoder.geocode(name, keys=context_keys(text), limit=1)
    assert found and found[0].place.country_code == country
