"""The Streamlit pages through AppTest (no browser)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from incident_explorer.gazetteer import Gazetteer

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def test_places_page_finds_al_waer(gazetteer: Gazetteer) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    at.text_input(key="places_query").input("al-Waer, Homs").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert table.iloc[0]["source"] == "ocha:N0246"
    assert "Wa'er, Homs, Syria" in [t.value for t in at.text]


def test_places_page_unresolved_and_bad_country(gazetteer: Gazetteer) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.text_input(key="places_country").input("1x").run()
    at.text_input(key="places_query").input("Qwertyvillex").run()
    assert not at.exception
    assert any("two-letter" in w.value for w in at.warning)
    assert any("No place matches" in i.value for i in at.info)


def test_about_page_shows_attribution() -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("pages/about.py").run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    assert "GeoNames" in text and "OCHA" in text
