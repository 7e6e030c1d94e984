"""The Streamlit pages through AppTest (no browser; the map itself is an UnknownElement here)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import SEED
from streamlit.testing.v1 import AppTest

from incident_explorer import index_refresh
from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.settings import Settings
from incident_explorer.store.database import Store
from incident_explorer.store.filters import Filters

APP = str(Path(__file__).resolve().parents[1] / "app.py")
HOSTILE = """---
title: "<img src=x onerror=alert(1)> Strikes on Idlib"
source: "<b>Evil</b> Times"
published: 2017-03-06
---

Air strikes hit Idlib on Monday, killing 12 people <script>alert(2)</script>, according to rescuers.
"""


@pytest.fixture
def db(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: Settings,
    extractor: Extractor,
    gazetteer: Gazetteer,
) -> Store:
    url = f"sqlite:///{tmp_path / 'app.sqlite'}"
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", url)
    store = Store.open(settings, url=url, seed=False)
    store.ingest(extractor.extract(articles.from_path(SEED)))
    store.ingest(extractor.extract(articles.from_text(HOSTILE, path="hostile.md")))
    return store


def run(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def showing(at: AppTest) -> int:
    line = next(m.value for m in at.markdown if m.value.startswith("Showing "))
    return int(line.split()[1].replace(",", ""))


def test_map_page_counts_and_filters(db: Store) -> None:
    at = run()
    assert not at.exception
    total = showing(at)
    assert total == 5
    at.text_input(key="map_text").input("homs").run()
    assert 0 < showing(at) < total
    at.text_input(key="map_text").input("").run()
    at.multiselect(key="map_types").select("Explosions/Remote violence").run()
    assert showing(at) == total  # every incident here is an explosion
    at.multiselect(key="map_types").unselect("Explosions/Remote violence").run()
    at.text_input(key="map_source").input("rescuers").run()
    assert showing(at) == 1  # only the Idlib strike credits rescuers
    at.text_input(key="map_source").input("").run()
    at.text_input(key="map_actor").input("government").run()
    assert 0 < showing(at) < total
    at.text_input(key="map_actor").input("").run()
    at.number_input(key="map_min_fatalities").set_value(20).run()
    assert 0 < showing(at) < total


def test_a_province_named_two_ways_is_one_choice(db: Store) -> None:
    from incident_explorer.store.records import IncidentRecord

    # an imported event whose source writes the province with its kind word
    db.import_records(
        [
            IncidentRecord(
                id="ext:1",
                origin="ucdp",
                source_id="1",
                event_date=date(2017, 2, 26),
                event_type="State-based conflict",
                country_code="SY",
                admin1="Homs Governorate",
                location="Talbiseh town",
                latitude=34.84,
                longitude=36.73,
            )
        ]
    )
    at = run()
    provinces = at.multiselect(key="map_admin1")
    assert "Homs" in provinces.options and "Homs Governorate" not in provinces.options
    provinces.select("Homs").run()
    assert not at.exception
    assert showing(at) == 4  # the article's three incidents in Homs and the imported event


def test_date_range_narrows_and_url_follows(db: Store) -> None:
    at = run(start="2017-02-25", end="2017-02-25")
    assert not at.exception
    assert showing(at) == 4  # the 2016 bombing and the March strike are outside
    assert at.query_params["start"] == ["2017-02-25"] or at.query_params["start"] == "2017-02-25"


def test_deep_link_selects_an_incident(db: Store) -> None:
    waer = db.query().set_index("location").loc["Wa'er, Homs, Syria", "id"]
    at = run(incident=waer)
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    assert "Wa'er, Homs, Syria" in text.replace("\\", "")
    assert "SOHR" in " ".join(str(t.value) for t in at.table)


def test_bad_query_parameters_are_survived(db: Store) -> None:
    at = run(start="yesterday", end="2017-13-45", incident="nope")
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "start" in warnings and "end" in warnings and "incident" in warnings
    assert showing(at) == 5


def test_empty_database_shows_a_friendly_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.sqlite'}")
    at = run()
    assert not at.exception
    assert any("No incidents yet" in i.value for i in at.info)


def test_hostile_text_is_shown_literally(db: Store) -> None:
    hostile = db.query().set_index("location").loc["Idlib, Syria", "id"]
    at = run(incident=hostile)
    assert not at.exception
    shown = " ".join(m.value for m in at.markdown)
    # escaped for markdown and HTML: the tag is text, never an element
    assert "<img" not in shown and "&lt;img src=x onerror=alert\\(1\\)&gt;" in shown


def test_incidents_page_table_and_downloads(db: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/incidents.py").run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 5
    assert len(at.get("download_button")) == 2


def test_incidents_page_applies_every_filter_of_the_map_page(db: Store) -> None:
    at = run()
    at.text_input(key="map_source").input("rescuers").run()
    assert showing(at) == 1
    at.switch_page("pages/incidents.py").run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 1 and "1 incident (" in " ".join(m.value for m in at.markdown)
    at.text_input(key="table_search").input("no such thing anywhere").run()
    assert len(at.dataframe[0].value) == 0


def test_article_page_highlights_safely(db: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/article.py").run()
    assert not at.exception
    body = " ".join(m.value for m in at.markdown)
    assert "<mark" in body and "?incident=" in body
    assert "<script>" not in body


def test_places_page_finds_al_waer(gazetteer: Gazetteer, db: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/places.py").run()
    at.text_input(key="places_query").input("al-Waer, Homs").run()
    assert not at.exception
    assert at.dataframe[0].value.iloc[0]["source"] == "ocha:N0246"


def test_about_page_shows_attribution(db: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("pages/about.py").run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    assert "GeoNames" in text and "OCHA" in text and "OpenStreetMap" in text


def test_add_article_extract_review_and_save(db: Store, tmp_path: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/add_article.py").run()
    assert not at.exception
    text = "Shelling hit Aleppo on Monday, killing four people, according to the White Helmets."
    at.text_area(key="add_text").input(text).run()
    at.date_input(key="add_published").set_value(date(2017, 3, 8)).run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    assert not at.exception
    assert any("4 killed" in s.value or "Proposed incidents" in s.value for s in at.subheader)
    before = db.count()
    save = next(b for b in at.button if b.label == "Save")
    save.click().run()
    assert not at.exception
    assert any("Saved:" in s.value for s in at.success)
    assert db.count() == before + 1
    saved = db.query(Filters(text="aleppo"))
    assert len(saved) == 1 and saved.iloc[0]["event_date"].date() == date(2017, 3, 6)


def test_add_article_shows_recalled_events_apart_and_saves_only_its_own(db: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/add_article.py").run()
    text = (
        "Shelling hit Aleppo on Monday, killing four people, the White Helmets said. On Feb. 2, a car"
        " bomb exploded in Azaz."
    )
    at.text_area(key="add_text").input(text).run()
    at.date_input(key="add_published").set_value(date(2017, 3, 8)).run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    assert not at.exception
    recalled = [e for e in at.expander if e.label.startswith("Earlier events the report recalls (1")]
    assert recalled and "Azaz" in " ".join(m.value for m in recalled[0].markdown)
    before = db.count()
    next(b for b in at.button if b.label == "Save").click().run()
    assert not at.exception and db.count() == before + 1


def test_add_article_empty_text_is_a_clear_message(db: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/add_article.py").run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    assert not at.exception
    assert any("no article text" in e.value for e in at.error)


def test_edit_and_delete_from_the_detail_panel(db: Store) -> None:
    waer = db.query(Filters(text="wa'er")).iloc[0]["id"]
    at = run(incident=waer)
    form_inputs = [t for t in at.text_input if t.label == "Location"]
    form_inputs[0].input("al-Waer (checked)")
    next(b for b in at.button if b.label == "Save changes").click().run()
    assert not at.exception
    assert any("Saved 1 change" in s.value for s in at.success)
    details = db.incident(waer)
    assert details is not None and details["location"] == "al-Waer (checked)"
    assert details["human_fields"] == ["location"] and db.audit(waer)[0].actor == "app"
    delete = next(b for b in at.button if b.label == "Delete")
    assert delete.disabled  # not without confirmation
    at.checkbox(key=f"confirm-delete-{waer}").check().run()
    next(b for b in at.button if b.label == "Delete").click().run()
    assert not at.exception and db.incident(waer) is None


def test_the_detail_panel_says_the_article_date_is_its_publication_day(db: Store) -> None:
    # (a bare date under the article's title read as the incident's day, which "When" gives)
    idlib = db.query(Filters(text="idlib")).iloc[0]["id"]
    at = run(incident=idlib)
    assert not at.exception
    captions = [c.value.replace("\\", "") for c in at.caption]  # (markdown escapes undone)
    assert "&lt;b&gt;Evil&lt;/b&gt; Times · published 2017-03-06" in captions


def test_the_detail_panel_moves_an_incident_to_a_gazetteer_place_or_a_typed_point(db: Store) -> None:
    waer = db.query(Filters(text="wa'er")).iloc[0]["id"]
    at = run(incident=waer)
    at.toggle(key=f"move-{waer}").set_value(True).run()
    at.text_input(key=f"move-q-{waer}").input("Baba Amr").run()
    pick = at.selectbox(key=f"move-pick-{waer}")
    assert "Baba Amr" in pick.format_func(pick.value)  # the best candidate first
    next(b for b in at.button if b.label == "Move the incident here").click().run()
    assert not at.exception
    moved = db.incident(waer)
    assert moved is not None and moved["location"].startswith("Baba Amr")
    assert moved["place_source"] != "" and moved["place_source"] is not None
    assert {"location", "place_source", "latitude"} <= set(moved["human_fields"])
    assert any("Saved" in s.value for s in at.success)
    assert any("Baba Amr" in m.value and "the place itself" in m.value for m in at.markdown)
    # a point typed by hand is the analyst's: no gazetteer entry behind it any more
    latitude = next(n for n in at.number_input if n.label == "Latitude")
    latitude.set_value(round(float(moved["latitude"]) + 0.01, 5))
    next(b for b in at.button if b.label == "Save changes").click().run()
    assert not at.exception
    typed = db.incident(waer)
    assert typed is not None and typed["place_source"] is None
    assert any("a point set by hand" in m.value for m in at.markdown)


def test_the_edit_form_changes_type_and_sub_type_together(db: Store) -> None:
    waer = db.query(Filters(text="wa'er")).iloc[0]["id"]
    at = run(incident=waer)
    kind = next(s for s in at.selectbox if s.label == "Event type / sub-type")
    assert kind.value == ("Explosions/Remote violence", "Air/drone strike")
    kind.set_value(("Explosions/Remote violence", "Shelling/artillery/missile attack"))
    next(b for b in at.button if b.label == "Save changes").click().run()
    assert not at.exception
    saved = db.incident(waer)
    assert saved is not None and saved["sub_event_type"] == "Shelling/artillery/missile attack"
    assert saved["human_fields"] == ["sub_event_type"]  # the type was the same: not a change


def test_places_page_adds_a_user_place(db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    places = tmp_path / "user_places.csv"
    places.write_text(
        (Path(APP).parent / "data" / "user_places.csv").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setenv("INCIDENTS_USER_PLACES", str(places))
    builds: list[Settings] = []  # the index build starts in a child process: not in a unit test
    monkeypatch.setattr(index_refresh, "start_build", builds.append)
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/places.py").run()
    fields = {t.label: t for t in at.text_input}
    fields["Id"].input("clock-square")
    fields["Name"].input("Clock Tower Square")
    numbers = {n.label: n for n in at.number_input}
    numbers["Latitude"].set_value(34.73)
    numbers["Longitude"].set_value(36.713)
    next(b for b in at.button if b.label == "Add place").click().run()
    assert not at.exception
    assert any("Added Clock Tower Square" in s.value for s in at.success)
    assert "clock-square,Clock Tower Square" in places.read_text(encoding="utf-8")
    # the index is rebuilt in the background, and the page says so while it is
    assert builds and builds[0].user_places == places
    notice = [i.value.replace("\\", "") for i in at.info]
    assert any("Adding Clock Tower Square to the gazetteer index" in n and "s so far" in n for n in notice), (
        notice
    )
    monkeypatch.setattr(index_refresh, "ready", lambda settings, stamp=None: True)
    at.run()
    assert any("Clock Tower Square is in the gazetteer index now" in s.value for s in at.success)
    assert not any("Adding Clock Tower Square" in i.value for i in at.info)
    # the list shows it and the form now holds it to edit, not a new place's form still filled in
    assert at.selectbox(key="place_edit").value == "clock-square"
    assert any(b.label == "Save place" for b in at.button)
    at.selectbox(key="place_edit").set_value("(new place)").run()
    fields = {t.label: t for t in at.text_input}
    assert fields["Name"].value == ""
    fields["Id"].input("clock-square")
    fields["Name"].input("Another square")
    numbers = {n.label: n for n in at.number_input}
    numbers["Latitude"].set_value(34.74)
    numbers["Longitude"].set_value(36.72)
    next(b for b in at.button if b.label == "Add place").click().run()
    assert any("is taken" in e.value for e in at.error), [e.value for e in at.error]


def test_the_review_names_each_incident_and_places_one_the_gazetteer_left_unplaced(db: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/add_article.py").run()
    text = (
        "---\npublished: 2019-03-10\n---\n\nGunmen killed five people in the village of Kelbaroum on "
        "Sunday, police said. On Saturday, shelling hit Saraqib, killing two children."
    )
    at.text_area(key="add_text").input(text).run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    assert not at.exception
    headings = [m.value.replace("\\", "") for m in at.markdown if m.value.startswith("**2019")]
    assert any("Kelbaroum" in h and "not in gazetteer" in h for h in headings), headings
    assert any("Saraqib" in h for h in headings), headings
    unplaced = next(
        k
        for k in (s.key for s in at.selectbox)
        if k and k.startswith("add_place_") and at.selectbox(key=k).value == ""
    )
    ident = unplaced.removeprefix("add_place_")
    at.text_input(key=f"add_search_{ident}").input("Maarat al-Numan").run()
    pick = at.selectbox(key=unplaced)
    placed = next(o for o in pick.options if "Ma" in o and "numan" in o.lower().replace(" ", ""))
    pick.set_value(placed).run()
    next(b for b in at.button if b.label == "Save").click().run()
    assert not at.exception and any("Saved:" in s.value for s in at.success)
    saved = db.query(Filters(text="nu man"))
    assert len(saved) == 1 and saved.iloc[0]["latitude"] is not None


def test_saving_the_review_untouched_keeps_the_extractors_places(db: Store) -> None:
    # the search for "Mopti" ranks the town first; the village was placed at the region
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/add_article.py").run()
    text = (
        "---\npublished: 2019-06-10\n---\n\nGunmen killed nine villagers in Wuroguel, a village in "
        "Mali's Mopti region, on Sunday. Rebels shelled Kidal on Saturday, killing two soldiers."
    )
    at.text_area(key="add_text").input(text).run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    assert not at.exception
    proposed = at.session_state["add_result"].incidents
    next(b for b in at.button if b.label == "Save").click().run()
    assert not at.exception and any("Saved:" in s.value for s in at.success)
    stored = {r["event_date"].date(): r for r in db.query(Filters(start=date(2019, 6, 8))).to_dict("records")}
    for inc in proposed:
        row = db.incident(stored[inc.event_date]["id"])
        assert row is not None
        assert (row["location"], row["place_source"], row["geo_precision"]) == (
            inc.location,
            inc.place_source,
            inc.geo_precision,
        )


def test_after_saving_the_map_opens_on_the_new_incident_wherever_it_is(db: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/add_article.py").run()
    text = (
        "---\ntitle: Ambush on a convoy\npublished: 2021-08-30\n---\n\nGunmen ambushed an army convoy "
        "in Gao on Sunday, killing six soldiers, the army said."
    )
    at.text_area(key="add_text").input(text).run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    next(b for b in at.button if b.label == "Save").click().run()
    assert not at.exception and any("Saved:" in s.value for s in at.success)
    next(b for b in at.button if b.label == "Show on the map").click().run()
    assert not at.exception
    assert any(m.value.startswith("Showing ") for m in at.markdown)  # the Map page
    assert at.session_state["map_focus"][2] == 12  # Gao, the town itself: town zoom
    assert tuple(at.session_state["map_dates"]) == (date(2021, 8, 29), date(2021, 8, 29))  # its day
    assert any("Ambush on a convoy" in m.value for m in at.markdown)  # its details beside the map


def test_add_article_draft_survives_a_page_switch(db: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/add_article.py").run()
    at.text_area(key="add_text").input("Shelling hit Aleppo on Monday.").run()
    at.switch_page("pages/map.py").run()
    at.switch_page("pages/add_article.py").run()
    assert at.text_area(key="add_text").value == "Shelling hit Aleppo on Monday."


def test_add_article_point_set_on_the_map_is_saved(db: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/add_article.py").run()
    at.text_area(key="add_text").input(
        "---\npublished: 2017-03-08\n---\nShelling hit Aleppo on Monday, killing four."
    ).run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    proposed = at.session_state["add_result"].incidents[0].id
    # what the map's click handler stores (AppTest cannot click inside the map component)
    at.session_state["add_clicked_points"] = {proposed: (36.2, 37.1)}
    next(b for b in at.button if b.label == "Save").click().run()
    assert not at.exception
    saved = db.query(Filters(text="aleppo"), columns=("id", "latitude", "longitude")).iloc[0]
    details = db.incident(saved["id"])
    assert details is not None and (details["latitude"], details["longitude"]) == (36.2, 37.1)
    assert details["place_source"] is None and "latitude" in details["human_fields"]


def test_add_article_fields_are_prefilled_from_front_matter(db: Store) -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("pages/add_article.py").run()
    at.text_area(key="add_text").input(SEED.read_text(encoding="utf-8")).run()
    next(b for b in at.button if b.label == "Extract incidents").click().run()
    assert not at.exception
    assert at.text_input(key="add_title").value.startswith("Syria’s war")
    assert at.text_input(key="add_source").value == "Al Jazeera"
    assert at.date_input(key="add_published").value == date(2017, 2, 25)


def test_the_extractor_is_rebuilt_when_the_gazetteer_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keyed on the gazetteer's fingerprint (a new user place changes it), not the database."""
    from pages import state

    stamps = iter(["before", "before", "after a new user place"])
    monkeypatch.setattr(state, "fingerprint", lambda _settings: next(stamps))
    monkeypatch.setattr(state.Extractor, "from_settings", classmethod(lambda cls, _settings: object()))
    state._extractor.clear()
    first, again, changed = state.extractor(), state.extractor(), state.extractor()
    state._extractor.clear()
    assert first is again and changed is not first


def _map_path(at: AppTest) -> list[int]:
    """Where the map (streamlit-folium's component) sits in the page's element tree."""

    def find(node: object, path: list[int]) -> list[int] | None:
        if type(node).__name__ == "UnknownElement" and "folium" in str(getattr(node, "proto", "")):
            return path
        for key, child in (getattr(node, "children", None) or {}).items():
            if (found := find(child, [*path, key])) is not None:
                return found
        return None

    found = find(at.main, [])
    assert found is not None, "no map on the page"
    return found


def test_the_map_keeps_its_place_when_the_sample_notice_goes(
    db: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A first run shows a notice above the map until the sample article is in; when it goes,
    # the map must stay where it was in the page: a map that moves is remounted by the browser
    # (its iframe reloads, seconds under load, before the article's incidents show).
    from incident_explorer.store import demo

    pending = {"now": True}
    monkeypatch.setattr(demo, "articles_pending", lambda _store: pending["now"])
    monkeypatch.setattr(demo, "finish_in_background", lambda *_a, **_k: None)
    at = run(start="2017-02-25", end="2017-02-25")
    assert any("Adding the sample article" in i.value for i in at.info)
    before = _map_path(at)
    pending["now"] = False
    at.run()
    assert not any("Adding the sample article" in i.value for i in at.info)
    assert _map_path(at) == before


UNDATED = """---
title: Gunmen kill traders at a market
---

Gunmen killed four traders at a cattle market in Baidoa, police said. A second attack wounded six
people in Beledweyne.
"""


def test_a_store_of_undated_incidents_shows_them_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Settings, extractor: Extractor
) -> None:
    url = f"sqlite:///{tmp_path / 'undated.sqlite'}"
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", url)
    store = Store.open(settings, url=url, seed=False)
    store.ingest(extractor.extract(articles.from_text(UNDATED, path="undated.md")))
    stored = store.query()
    assert len(stored) and stored["event_date"].isna().all()  # no publication date, no day told
    at = run()
    assert not at.exception
    assert showing(at) == len(stored)
    assert any("no date" in c.value and "on the map" in c.value for c in at.caption)
    at.toggle(key="map_undated").set_value(False).run()
    assert showing(at) == 0
    assert any("not on the map" in c.value and "--published" in c.value for c in at.caption)


def test_undated_incidents_join_the_dated_ones_and_follow_the_other_filters(
    db: Store, extractor: Extractor
) -> None:
    db.ingest(extractor.extract(articles.from_text(UNDATED, path="undated.md")))
    undated = int(db.query()["event_date"].isna().sum())
    assert undated
    at = run()
    assert showing(at) == 5 + undated
    at.text_input(key="map_text").input("homs").run()  # no undated incident is in Homs
    assert not any("no date" in c.value for c in at.caption)
    at.text_input(key="map_text").input("").run()
    at.toggle(key="map_undated").set_value(False).run()
    assert showing(at) == 5
