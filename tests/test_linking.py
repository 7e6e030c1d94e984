"""One incident, many reports: the link decision, and ingest joining reports of one event."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from conftest import SEED
from sqlalchemy import select

from incident_explorer.cli import main
from incident_explorer.errors import DataFileError
from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.settings import Settings
from incident_explorer.store import exporters
from incident_explorer.store.database import Store
from incident_explorer.store.linking import Model, Side, choose, decide, vetoes, words
from incident_explorer.store.schema import reports

REPORTS = Path(__file__).parent / "reports"
SAME_ATTACKS = sorted(REPORTS.glob("*-2017-02-2[56]-homs.md"))
OTHER_ATTACK = REPORTS / "reuters-2017-02-27-homs-car-bomb.md"


# what two reports of one attack share besides its place: a few uncommon words
ATTACK_WORDS = words("suicide bombers stormed two security branches, a general among the dead")


def side(**kw: object) -> Side:
    base: dict[str, object] = {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Suicide bomb",
        "event_date": date(2017, 2, 25),
        "date_end": date(2017, 2, 25),
        "date_prec": 1,
        "relative_date": False,
        "location": "Ghota, Homs, Syria",
        "place_source": "ocha:N0250",
        "where_prec": 1,
        "latitude": 34.73,
        "longitude": 36.70,
        "admin1": "Homs",
        "actors": frozenset({"Hayat Tahrir al-Sham"}),
        "words": ATTACK_WORDS,
    }
    base.update(kw)
    return Side(**base)  # type: ignore[arg-type]


def test_same_place_date_and_type_link() -> None:
    d = decide(side(), side(actors=frozenset()))
    assert d.link and "same place" in d.reason and "shared words" in d.reason
    assert "bombers" in d.reason and "the," not in d.reason  # a common word counts, unnamed


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"event_type": "Protests"}, "different event types"),
        ({"event_date": date(2017, 2, 27), "date_end": date(2017, 2, 27)}, "different dates"),
        (
            {"location": "Mahatta, Homs, Syria", "place_source": "ocha:N0259", "latitude": 34.72},
            "different places",
        ),
        ({"actors": frozenset({"Islamic State"})}, "different actors"),
        ({"location": "Syria", "place_source": None, "where_prec": 6}, "too coarse"),
        (
            {
                "location": "Aleppo, Syria",
                "place_source": "geonames:170063",
                "latitude": 36.2,
                "longitude": 37.16,
            },
            "different places",
        ),
    ],
)
def test_what_says_otherwise_vetoes(change: dict[str, object], why: str) -> None:
    d = decide(side(**change), side())
    assert not d.link and d.score == 0.0 and why in d.reason


def test_vetoes_name_every_difference_each_on_its_own() -> None:
    assert vetoes(side(), side(actors=frozenset())) == {}
    other = side(
        event_type="Protests",
        event_date=date(2017, 3, 2),
        date_end=date(2017, 3, 2),
        actors=frozenset({"Islamic State"}),
    )
    found = vetoes(other, side())
    assert sorted(found) == ["actors", "date", "event type"]
    assert "different dates" in found["date"].reason and not any(v.link for v in found.values())
    # the first of them is the one decide() gives
    assert decide(other, side()).reason == found["event type"].reason
    assert list(vetoes(side(event_date=None), side(where_prec=6))) == ["date", "place"]


def test_a_relative_date_may_be_a_day_off_an_explicit_one_not() -> None:
    next_day = {"event_date": date(2017, 2, 26), "date_end": date(2017, 2, 26)}
    assert decide(side(relative_date=True, **next_day), side()).link
    assert not decide(side(**next_day), side()).link


def test_a_date_from_the_publication_alone_is_not_a_day_off() -> None:
    # "no date in the text": the publication's day, not a relative date; two such reports a day
    # apart are two days' events (a place's fighting goes on: each day is coded apart)
    undated = "no date in the text: the publication date, precision within a week"
    next_day = {"event_date": date(2017, 2, 26), "date_end": date(2017, 2, 26)}
    row = {"event_type": "Battles", "event_date": "2017-02-26", "extra": {"date_reason": undated}}
    assert not Side.of(row).relative_date
    for said in ("'yesterday': the day before publication", "'Saturday': Saturday on or before publication"):
        assert Side.of({**row, "extra": {"date_reason": said}}).relative_date
    assert "different dates" in decide(side(relative_date=False, **next_day), side()).reason


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Battles", "Explosions/Remote violence"),
        ("Violence against civilians", "Battles"),
        ("Protests", "Riots"),
    ],
)
def test_event_types_of_one_acled_family_weigh_others_veto(one: str, other: str) -> None:
    d = decide(side(event_type=one, sub_event_type=""), side(event_type=other, sub_event_type=""))
    same = decide(side(event_type=one, sub_event_type=""), side(event_type=one, sub_event_type=""))
    assert d.score > 0 and d.score < same.score
    assert "event types of one family" in d.reason or "compatible event types" in d.reason
    assert (
        "different event types"
        in decide(side(event_type=one), side(event_type="Strategic developments")).reason
    )


@pytest.mark.parametrize(
    ("coarse", "fine"),
    [
        # a governorate's own record names no admin1: its name is the governorate, spelled otherwise
        (
            {"location": "Dar'a, Syria", "where_prec": 4, "admin1": "", "latitude": 32.9, "longitude": 36.2},
            {"location": "Nawa, Daraa, Syria", "admin1": "Daraa", "latitude": 32.89, "longitude": 36.04},
        ),
        # a region names its governorate only in its location
        (
            {
                "location": "Eastern Ghouta, Rural Damascus, Syria",
                "where_prec": 3,
                "admin1": "",
                "latitude": 33.55,
                "longitude": 36.4,
            },
            {"location": "Arbin, Rural Damascus, Syria", "admin1": "Rural Damascus", "latitude": 33.54},
        ),
        (
            {"location": "Idleb, Syria", "where_prec": 4, "admin1": "", "latitude": 35.8, "longitude": 36.6},
            {"location": "Binnish, Idlib, Syria", "admin1": "Idlib", "latitude": 35.95, "longitude": 36.71},
        ),
    ],
)
def test_a_place_inside_a_governorate_or_region_by_its_admin1_spelled_either_way(
    coarse: dict[str, object], fine: dict[str, object]
) -> None:
    big = side(**{**coarse, "place_source": "g:big"})
    small = side(**{**fine, "place_source": "g:small"})
    d = decide(small, big)
    assert d.score > 0 and "lies in" in d.reason
    # the same spot, said to lie in another governorate: the hierarchy, not the distance, decides
    elsewhere = side(
        **{**fine, "place_source": "g:other", "location": "Suran, Hama, Syria", "admin1": "Hama"}
    )
    assert "different places" in decide(elsewhere, big).reason


def test_figures_count_as_evidence_both_ways() -> None:
    same = decide(side(figures=frozenset({32, 42})), side(figures=frozenset({42})))
    other = decide(side(figures=frozenset({32})), side(figures=frozenset({7})))
    assert "the same figure (42 killed)" in same.reason
    assert "other figures (32 / 7 killed)" in other.reason
    assert "figure" not in decide(side(figures=frozenset({32})), side()).reason


def test_a_coarse_date_overlaps_as_a_range() -> None:
    month = side(event_date=date(2017, 2, 1), date_end=date(2017, 2, 28), date_prec=4)
    d = decide(month, side())
    assert d.link and "overlap" in d.reason
    march = side(event_date=date(2017, 3, 1), date_end=date(2017, 3, 31), date_prec=4)
    assert not decide(march, side()).link


def test_a_place_inside_the_other_links_within_the_coarser_precision() -> None:
    town = {
        "location": "Tall Rifat, Aleppo, Syria",
        "place_source": "g:1",
        "latitude": 36.47,
        "longitude": 37.1,
    }
    quarter = side(
        location="East, Tall Rifat, Aleppo, Syria", place_source="g:2", latitude=36.475, longitude=37.1
    )
    d = decide(side(**town), quarter)
    assert d.link and "lies in" in d.reason
    far = side(**{**town, "latitude": 37.5})
    assert not decide(far, quarter).link


def test_a_city_named_like_its_governorate_may_be_the_governorate() -> None:
    # "shelling on Idlib" is placed at the city; a town 30 km out may be what the report meant
    idlib = side(location="Idlib, Syria", place_source="g:3", latitude=35.93, longitude=36.63, admin1="Idlib")
    town = side(
        location="Maarrat an Numan, Idlib, Syria",
        place_source="g:4",
        latitude=35.65,
        longitude=36.67,
        admin1="Idlib",
    )
    d = decide(town, idlib)
    assert d.score > 0 and "lies in Idlib, Syria" in d.reason
    hama = side(location="Hama, Syria", place_source="g:5", latitude=35.13, longitude=36.75, admin1="Hama")
    assert "different places" in decide(town, hama).reason


def test_a_large_city_alone_is_weak_evidence() -> None:
    city = {
        "location": "Homs, Syria",
        "place_source": "geonames:169577",
        "latitude": 34.727,
        "longitude": 36.72,
        "population": 775_000,
    }
    # the city on both sides and nothing else in common: several incidents a day happen there
    unlike = words("shells fell on a market, a child wounded")
    assert not decide(side(**city, words=unlike), side(**city)).link
    # the same uncommon words tip it, at a lower score than the same neighbourhood would
    d = decide(side(**city), side(**city))
    assert d.link and "same coarse place" in d.reason
    assert d.score < decide(side(), side()).score


def test_the_same_figure_counts_a_small_one_not() -> None:
    few = words("regime warplanes raided the town")
    base = decide(side(words=few), side(words=ATTACK_WORDS))
    same = decide(side(words=few, figures=frozenset({32})), side(figures=frozenset({32})))
    small = decide(side(words=few, figures=frozenset({2})), side(figures=frozenset({2})))
    assert "the same figure (32 killed)" in same.reason and base.link == same.link
    assert "figure" not in small.reason


def test_shared_words_leave_the_place_names_aside() -> None:
    # two reports that share only the name of their place share no words: the place counts once
    named = words("ghota homs syria")
    d = decide(side(words=named), side(words=named))
    assert "shared words" not in d.reason


def test_a_report_as_close_to_two_incidents_starts_its_own() -> None:
    # a town-wide report tells as much of the attack in each of two of its quarters
    town = side(location="Tall Rifat, Aleppo, Syria", place_source="g:1", latitude=36.47, longitude=37.1)
    east = side(
        location="East, Tall Rifat, Aleppo, Syria", place_source="g:2", latitude=36.47, longitude=37.11
    )
    west = side(
        location="West, Tall Rifat, Aleppo, Syria", place_source="g:3", latitude=36.47, longitude=37.09
    )
    assert decide(town, east).link and decide(town, west).link
    choice = choose(town, [("a", east), ("b", west)])
    assert choice.incident_id is None and "as close to a as to b" in choice.reason
    assert choose(east, [("a", east), ("b", west)]).incident_id == "a"


def test_a_missing_or_broken_model_file_says_how_to_restore_it(tmp_path: Path) -> None:
    broken = tmp_path / "linking-model.json"
    broken.write_text("{}", encoding="utf-8")
    with pytest.raises(DataFileError, match="train_linking.py"):
        Model.load(broken)
    with pytest.raises(DataFileError, match="restore it"):
        Model.load(tmp_path / "missing.json")


def _ingest_all(store: Store, extractor: Extractor) -> None:
    for path in [SEED, *SAME_ATTACKS, OTHER_ATTACK]:
        store.ingest(extractor.extract(articles.from_path(path)))


def _by_location(store: Store) -> dict[str, list[str]]:
    frame = store.query()
    out: dict[str, list[str]] = {}
    for row in frame.itertuples():
        out.setdefault(row.location, []).append(row.id)
    return out


def test_four_reports_of_the_homs_attacks_give_one_incident_per_place(
    store: Store, extractor: Extractor
) -> None:
    assert len(SAME_ATTACKS) == 3
    _ingest_all(store, extractor)
    places = _by_location(store)
    for name in ("Ghota, Homs, Syria", "Mahatta, Homs, Syria", "Wa'er, Homs, Syria"):
        assert len(places[name]) == 1, (name, places)
    ghota = store.incident(places["Ghota, Homs, Syria"][0])
    assert ghota is not None
    outlets = {r["source"] for r in ghota["reports"]}
    assert outlets == {"Al Jazeera", "Reuters", "SANA", "AFP"}
    # every claim keeps the report it came from; the figures are over all claims, never summed
    assert {c["article_id"] for c in ghota["claims"]} == {r["article_id"] for r in ghota["reports"]}
    numbers = {c["number"] for c in ghota["claims"] if c["kind"] == "killed"}
    assert {30, 32, 35, 42} <= numbers
    assert ghota["fatalities_low"] == 30 and ghota["fatalities_high"] == 42
    assert ghota["fatalities_best"] in numbers
    waer = store.incident(places["Wa'er, Homs, Syria"][0])
    assert waer is not None and len(waer["reports"]) == 2
    # the car bomb two days later is an incident of its own
    bomb = [
        i
        for ids in places.values()
        for i in ids
        if (x := store.incident(i)) and x["event_date"] == date(2017, 2, 27)
    ]
    assert len(bomb) == 1
    bomb_incident = store.incident(bomb[0])
    assert bomb_incident is not None and len(bomb_incident["reports"]) == 1


def test_re_ingesting_a_linked_report_changes_nothing(store: Store, extractor: Extractor) -> None:
    _ingest_all(store, extractor)
    before = store.query()
    version = store.data_version()
    again = store.ingest(extractor.extract(articles.from_path(SAME_ATTACKS[0])))
    assert again.added == 0 and again.removed == 0 and again.linked == 0
    after = store.query()
    assert before.equals(after)
    assert store.data_version() >= version
    with store.engine.connect() as conn:
        keys = conn.execute(select(reports.c.article_id, reports.c.report_key)).all()
    assert len(keys) == len(set(keys))


def test_the_export_says_which_report_said_what(store: Store, extractor: Extractor) -> None:
    _ingest_all(store, extractor)
    geojson = json.loads(exporters.export_text(store.records(), "geojson"))
    ghota = next(f for f in geojson["features"] if f["properties"]["location"] == "Ghota, Homs, Syria")
    props = ghota["properties"]
    assert len(props["reports"]) == 4
    assert {"article_id", "title", "source", "url", "published"} <= set(props["reports"][0])
    ids = {r["article_id"] for r in props["reports"]}
    assert props["claims"] and all(c["article_id"] in ids for c in props["claims"])
    csv_text = exporters.export_text(store.records(), "csv")
    header, *rows = csv_text.splitlines()
    assert "sources" in header.split(",") and "reports" in header.split(",")
    acled = exporters.export_text(store.records(), "acled")
    assert "Reuters" in acled and "SANA" in acled


def test_the_detail_panel_lists_the_reports_and_who_said_what(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Settings, extractor: Extractor
) -> None:
    from streamlit.testing.v1 import AppTest

    url = f"sqlite:///{tmp_path / 'app.sqlite'}"
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", url)
    db = Store.open(settings, url=url, seed=False)
    for path in (SEED, *SAME_ATTACKS[:1]):
        db.ingest(extractor.extract(articles.from_path(path)))
    mahatta = _by_location(db)["Mahatta, Homs, Syria"][0]
    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "app.py"), default_timeout=120)
    at.query_params["incident"] = mahatta
    at.run()
    assert not at.exception
    assert any(m.value == "**2 reports**" for m in at.markdown)
    claims = at.table[0].value
    assert "report" in claims.columns and {"Al Jazeera", "AFP"} <= set(claims["report"])
    afp = next(r["article_id"] for r in (db.incident(mahatta) or {})["reports"] if r["source"] == "AFP")
    at.selectbox(key=f"detach-{mahatta}").set_value(afp).run()
    next(b for b in at.button if b.label == "Detach into its own incident").click().run()
    assert not at.exception and any("Detached as incident" in s.value for s in at.success)
    assert len(_by_location(db)["Mahatta, Homs, Syria"]) == 2


def test_an_imported_ucdp_event_of_the_same_attacks_is_named_beside_the_reports(
    store: Store, extractor: Extractor, tmp_path: Path, settings: Settings
) -> None:
    from test_store import UCDP

    from incident_explorer.store import importers

    path = tmp_path / "ged.csv"
    path.write_text(UCDP, encoding="utf-8")
    store.import_records(importers.read_ucdp(path))
    store.ingest(extractor.extract(articles.from_path(SEED)))
    places = _by_location(store)
    # imported after the articles, it is linked all the same
    later = Store.open(settings, url=f"sqlite:///{tmp_path / 'later.sqlite'}", seed=False)
    later.ingest(extractor.extract(articles.from_path(SEED)))
    later.import_records(importers.read_ucdp(path))
    found = later.incident(places["Ghota, Homs, Syria"][0])
    assert found is not None and [r["report_key"] for r in found["coded_as"]] == ["ucdp:212345"]
    later.close()
    ghota = store.incident(places["Ghota, Homs, Syria"][0])
    assert ghota is not None and [r["report_key"] for r in ghota["coded_as"]] == ["ucdp:212345"]
    assert len(ghota["reports"]) == 1  # the coded event is not a report of it
    # the 13 killed across the country are not that event (last year's Homs bombings are
    # recalled, not stored)
    other = store.incident(places["Syria"][0])
    assert other is not None and other["coded_as"] == []
    assert "Homs, Syria" not in places
    again = store.ingest(extractor.extract(articles.from_path(SEED)))
    assert again.added == 0
    ghota = store.incident(places["Ghota, Homs, Syria"][0])
    assert ghota is not None and len(ghota["coded_as"]) == 1


def test_a_person_detaches_and_merges_and_re_ingest_keeps_it(store: Store, extractor: Extractor) -> None:
    _ingest_all(store, extractor)
    ghota_id = _by_location(store)["Ghota, Homs, Syria"][0]
    ghota = store.incident(ghota_id)
    assert ghota is not None
    sana = next(r["article_id"] for r in ghota["reports"] if r["source"] == "SANA")
    alone = store.detach_report(ghota_id, sana, actor="analyst")
    assert len(_by_location(store)["Ghota, Homs, Syria"]) == 2
    left, detached = store.incident(ghota_id), store.incident(alone)
    assert left is not None and detached is not None
    assert sana not in {r["article_id"] for r in left["reports"]}
    assert [r["source"] for r in detached["reports"]] == ["SANA"]
    assert {c["article_id"] for c in detached["claims"]} == {sana}
    assert sana not in {c["article_id"] for c in left["claims"]}
    assert any(h.action == "detach" and h.actor == "analyst" for h in store.audit(ghota_id))
    # ingesting the article again keeps the report where the person put it
    path = next(p for p in SAME_ATTACKS if "sana" in p.name)
    store.ingest(extractor.extract(articles.from_path(path)))
    assert len(_by_location(store)["Ghota, Homs, Syria"]) == 2
    again = store.incident(alone)
    assert again is not None and [r["source"] for r in again["reports"]] == ["SANA"]
    # merged back: one incident, every report, audited, and it stays so on re-ingest
    assert store.merge_incidents(ghota_id, alone, actor="analyst") == 1
    assert _by_location(store)["Ghota, Homs, Syria"] == [ghota_id]
    merged = store.incident(ghota_id)
    assert merged is not None and len(merged["reports"]) == 4 and store.incident(alone) is None
    assert any(h.action == "merge" for h in store.audit(alone))
    store.ingest(extractor.extract(articles.from_path(path)))
    assert _by_location(store)["Ghota, Homs, Syria"] == [ghota_id]


def test_before_saving_each_proposed_incident_says_what_it_would_join(
    store: Store, extractor: Extractor
) -> None:
    store.ingest(extractor.extract(articles.from_path(SEED)))
    proposed = extractor.extract(articles.from_path(SAME_ATTACKS[0]))
    joins = store.would_join(proposed)
    by_place = {i.location: joins[i.id] for i in proposed.incidents}
    ghota = _by_location(store)["Ghota, Homs, Syria"][0]
    assert by_place["Ghota, Homs, Syria"].incident_id == ghota
    assert "same place" in by_place["Ghota, Homs, Syria"].reason
    assert store.count() == 4  # a preview stores nothing


def test_a_database_from_before_linking_keeps_its_incidents_as_single_reports(
    tmp_path: Path, settings: Settings, extractor: Extractor
) -> None:
    from datetime import UTC, datetime

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import insert, text

    from incident_explorer.store import schema
    from incident_explorer.store.engine import MIGRATIONS, make_engine, migrate
    from incident_explorer.store.records import IncidentRecord

    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite'}", create=True)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        now = datetime(2017, 2, 25, tzinfo=UTC)
        conn.execute(
            insert(schema.articles).values(
                id="a1",
                content_hash="h1",
                title="T",
                source="Reuters",
                text="x",
                created_at=now,
                updated_at=now,
            )
        )
        row = IncidentRecord(id="a1-01", origin="extracted", article_id="a1", event_type="Battles").row()
        conn.execute(
            insert(schema.incidents).values(**row, human_fields="[]", created_at=now, updated_at=now)
        )
        conn.execute(
            text(
                "INSERT INTO claims (incident_id, number, low, kind, qualifier, text)"
                " VALUES ('a1-01', 5, 5, 'killed', 'exact', '5')"
            )
        )
    migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT incident_id, article_id FROM reports")).all() == [("a1-01", "a1")]
        assert conn.execute(text("SELECT article_id FROM claims")).scalar() == "a1"
    engine.dispose()
    store = Store.open(settings, url=f"sqlite:///{tmp_path / 'old.sqlite'}", seed=False)
    found = store.incident("a1-01")
    assert found is not None and [r["source"] for r in found["reports"]] == ["Reuters"]
    store.close()


def test_ingest_says_how_many_reports_joined_a_stored_incident(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", f"sqlite:///{tmp_path / 'linked.sqlite'}")
    monkeypatch.setenv("INCIDENTS_CREATE_DATABASE", "1")
    assert main(["ingest", str(SEED), *map(str, SAME_ATTACKS)]) == 0
    joined = re.search(r"(\d+) reports joined an incident already stored", capsys.readouterr().err)
    # Ghota and Mahatta: 3 more reports each; al-Waer: 1
    assert joined is not None and int(joined.group(1)) >= 7
    assert main(["ingest", str(OTHER_ATTACK)]) == 0
    assert "0 reports joined" in capsys.readouterr().err  # the car bomb two days later is new


def test_a_stored_row_gives_its_words_and_figures() -> None:
    row = {
        "event_type": "Explosions/Remote violence",
        "event_date": "2017-02-25",
        "location": "Ghota, Homs, Syria",
        "where_prec": 1,
        "fatalities_low": 30,
        "fatalities_best": 32,
        "fatalities_high": None,
        "evidence": json.dumps(
            [
                {"start": 0, "end": 9, "text": "Suicide bombers"},
                {"start": 20, "end": 31, "text": "stormed al-Amn"},
            ]
        ),
    }
    s = Side.of(row)
    assert s.words == {"suicide", "bombers", "stormed", "amn"} and s.figures == {30, 32}
    assert Side.of({**row, "evidence": "[]"}).words == frozenset()
