"""From article text to incidents: the seed article's acceptance and one small case per rule."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import DATA, SEED

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction, Incident
from incident_explorer.places.distance import distance_km


def ocha_point(city: str, name: str) -> tuple[float, float]:
    """The published OCHA point of a neighbourhood, read from the bundled data file."""
    features = json.loads((DATA / "syria-ocha" / "neighbourhoods.geojson").read_text(encoding="utf-8"))[
        "features"
    ]
    for f in features:
        p = f["properties"]
        if p["ADM4_EN"] == city and p["NAME_EN"] == name:
            return float(p["LATITUDE"]), float(p["LONGITUDE"])
    raise AssertionError(f"{name} not in OCHA {city}")


def near(incidents: tuple[Incident, ...], point: tuple[float, float], km: float) -> list[Incident]:
    return [
        i
        for i in incidents
        if i.latitude is not None
        and i.longitude is not None
        and distance_km(i.latitude, i.longitude, *point) <= km
    ]


def run(extractor: Extractor, text: str, published: date | None = date(2017, 2, 25)) -> Extraction:
    return extractor.extract(articles.from_text(text, published=published))


@pytest.fixture(scope="module")
def seed(extractor: Extractor) -> Extraction:
    return extractor.extract(articles.from_path(SEED))


# --- the seed article -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Ghota", "Mahatta"])
def test_seed_attacks_on_ghouta_and_mahatta(seed: Extraction, name: str) -> None:
    found = near(seed.incidents, ocha_point("Homs", name), 1.0)
    assert found, f"no incident within 1 km of OCHA {name}"
    inc = found[0]
    assert inc.event_date == date(2017, 2, 25) and inc.time_precision == 1
    assert inc.sub_event_type == "Suicide bomb"
    claims = {(c.number, c.kind, c.claimant or "") for c in inc.claims}
    assert any(n == 32 and k == "killed" and ("governor" in who or "state TV" in who) for n, k, who in claims)
    assert (42, "killed", "SOHR") in claims
    wounded = [c for c in inc.claims if c.kind == "wounded"]
    assert wounded and wounded[0].qualifier == "more than" and wounded[0].number > 20
    assert "governor" in (wounded[0].claimant or "")
    # conflicting figures are kept side by side, not averaged
    assert (inc.fatalities.low, inc.fatalities.best, inc.fatalities.high) == (32, 32, 42)


def test_seed_ghouta_and_mahatta_are_one_event_group(seed: Extraction) -> None:
    ghouta = near(seed.incidents, ocha_point("Homs", "Ghota"), 1.0)[0]
    mahatta = near(seed.incidents, ocha_point("Homs", "Mahatta"), 1.0)[0]
    assert ghouta.id != mahatta.id and ghouta.event_group == mahatta.event_group
    assert ghouta.claims_scope == "event_group"
    assert "Hayat Tahrir al-Sham" in ghouta.actors


def test_seed_air_raids_on_al_waer(seed: Extraction) -> None:
    found = near(seed.incidents, ocha_point("Homs", "Wa'er"), 1.5)
    assert found
    inc = found[0]
    assert inc.event_date == date(2017, 2, 25)
    assert inc.sub_event_type == "Air/drone strike"
    assert any(c.kind == "killed" and c.number >= 3 and c.claimant == "SOHR" for c in inc.claims)
    assert inc.fatalities.low is not None and inc.fatalities.low >= 3
    assert "Government forces" in inc.actors
    assert inc.place_source == "ocha:N0246"


def test_seed_nothing_placed_abroad(seed: Extraction) -> None:
    assert all(i.country_code == "SY" for i in seed.incidents)
    for m in seed.mentions:
        if m.text in ("Geneva", "Switzerland", "Gaziantep", "Turkey"):
            assert m.role != "event", (m.text, m.reason)
    gaziantep = next(m for m in seed.mentions if m.text == "Gaziantep")
    assert gaziantep.role == "dateline"
    uk = next(m for m in seed.mentions if m.text == "UK")
    assert uk.role == "origin" and uk.candidate is not None and uk.candidate.place.country_code == "GB"


def test_seed_country_wide_total_has_no_point(seed: Extraction) -> None:
    totals = [i for i in seed.incidents if i.latitude is None and i.fatalities.best == 13]
    assert len(totals) == 1
    assert totals[0].location == "Syria" and totals[0].where_prec == 6
    assert totals[0].place_source is None


def test_seed_past_bombing_is_recalled_with_a_coarse_date(seed: Extraction) -> None:
    # "Double bombings killed 64 people early last year": background the report recalls
    assert not [i for i in seed.incidents if i.fatalities.best == 64]
    past = [i for i in seed.recalled if i.fatalities.best == 64]
    assert len(past) == 1
    assert past[0].event_date is not None and past[0].event_date.year == 2016
    assert past[0].time_precision == 3 and past[0].date_prec == 5


def test_seed_spans_point_into_the_text(seed: Extraction) -> None:
    text = seed.article.text
    for m in seed.mentions:
        assert text[m.start : m.end] == m.text
    for inc in seed.incidents:
        for e in inc.evidence:
            assert text[e.start : e.end] == e.text
        for c in inc.claims:
            assert text[c.start : c.end] == c.text


def test_seed_demonyms_and_organisations_are_not_places(seed: Extraction) -> None:
    texts = {m.text for m in seed.mentions}
    assert not texts & {"Syrian", "Syrian Observatory", "Free Syrian Army", "Al Jazeera", "Levant", "SOHR"}


# --- one rule at a time -----------------------------------------------------------------------


def test_weekday_before_publication_across_a_year_boundary(extractor: Extractor) -> None:
    # 2017-01-02 is a Monday: "Saturday" is 2016-12-31
    r = run(extractor, "An air strike on Idlib killed 12 people on Saturday.", date(2017, 1, 2))
    assert r.incidents[0].event_date == date(2016, 12, 31)
    r = run(extractor, "An air strike on Idlib killed 12 people on Monday night.", date(2017, 1, 2))
    assert r.incidents[0].event_date == date(2017, 1, 2)


def test_day_month_without_year(extractor: Extractor) -> None:
    r = run(extractor, "Shelling hit Aleppo on 14 April, killing four.", date(2017, 2, 25))
    assert r.incidents[0].event_date == date(2016, 4, 14)
    r = run(extractor, "Shelling hit Aleppo on 17 March, killing four.", date(2017, 3, 20))
    assert r.incidents[0].event_date == date(2017, 3, 17)


def test_no_publication_date_gives_coarse_precision_and_a_warning(extractor: Extractor) -> None:
    r = run(extractor, "An air strike on Idlib killed 12 people on Saturday.", None)
    assert any("publication date" in w for w in r.warnings)
    inc = r.incidents[0]
    assert inc.event_date is None and inc.time_precision == 3


def test_number_words_and_ranges(extractor: Extractor) -> None:
    r = run(extractor, "A car bomb in Idlib on Monday killed three people and wounded dozens.")
    claims = {(c.kind, c.low, c.high) for c in r.incidents[0].claims}
    assert ("killed", 3, 3) in claims and ("wounded", 24, 99) in claims


def test_claimants(extractor: Extractor) -> None:
    r = run(
        extractor,
        "Air strikes on Idlib on Monday killed 12 people, according to the Syrian Civil Defence. "
        "The health ministry said 15 people were killed in the Idlib strikes.",
    )
    claimants = {c.claimant for i in r.incidents for c in i.claims}
    assert {"Syrian Civil Defence", "health ministry"} <= claimants
    inc = r.incidents[0]
    assert (inc.fatalities.low, inc.fatalities.high) == (12, 15)


def test_distractor_places_are_not_events(extractor: Extractor) -> None:
    r = run(
        extractor,
        "Shelling killed five people in Aleppo on Sunday, said a reporter speaking from Gaziantep, "
        "as delegates at the talks in Geneva argued.",
    )
    assert {i.location.split(",")[0] for i in r.incidents} == {"Aleppo"}
    roles = {m.text: m.role for m in r.mentions}
    assert roles["Geneva"] == "mentioned" and roles["Aleppo"] == "event"


def test_dateline_reporting_from(extractor: Extractor) -> None:
    r = run(extractor, "Al Jazeera's reporter, reporting from Beirut, said rockets hit Idlib on Friday.")
    roles = {m.text: m.role for m in r.mentions}
    assert roles == {"Beirut": "dateline", "Idlib": "event"}


def test_demonym_is_not_a_place(extractor: Extractor) -> None:
    r = run(extractor, "Syrian forces shelled Daraa on Tuesday, killing two children.")
    assert [m.text for m in r.mentions] == ["Daraa"]
    assert r.incidents[0].actors == ("Government forces",) or r.incidents[0].actors == ()


def test_two_places_in_one_sentence_are_two_incidents_of_one_event(extractor: Extractor) -> None:
    r = run(extractor, "Air strikes hit Idlib and Aleppo on Monday, killing 12 people.")
    placed = [i for i in r.incidents if i.latitude is not None]
    assert {i.location.split(",")[0] for i in placed} == {"Idlib", "Aleppo"}
    assert len({i.event_group for i in placed}) == 1
    assert all(i.event_date == date(2017, 2, 20) for i in placed)


def test_country_wide_total(extractor: Extractor) -> None:
    r = run(extractor, "Government air raids killed 20 people across the country on Friday.")
    assert r.incidents[0].latitude is None and r.incidents[0].fatalities.best == 20


def test_headline_links_report_nothing(extractor: Extractor) -> None:
    r = run(extractor, "READ MORE: Suicide bombers kill dozens near Al Bab\n\nThe talks resumed in Geneva.")
    assert r.incidents == ()


def test_actor_by_and_carried_out(extractor: Extractor) -> None:
    r = run(extractor, "Air raids by Russian warplanes killed nine in Idlib on Sunday.")
    assert r.incidents[0].actors == ("Russian forces",)


# --- robustness ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n  ", "---\ntitle: x\n---\n"])
def test_empty_input_is_a_clear_error(text: str) -> None:
    with pytest.raises(articles.InputError, match="no article text"):
        articles.from_text(text)


def test_huge_and_binary_input_are_refused(tmp_path: Path) -> None:
    with pytest.raises(articles.InputError, match="split it"):
        articles.from_text("word " * 500_000)
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(articles.InputError, match="binary"):
        articles.from_path(blob)


def test_html_with_scripts(extractor: Extractor, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Strikes</title><script>alert('Aleppo')</script></head><body><article>"
        "<h1>Strikes on Idlib</h1><p>Air strikes hit Idlib on Monday, killing 12 people, "
        "according to rescuers.</p><p>More strikes were reported elsewhere in the province of "
        "the country on the same day by several local sources and monitors.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    r = extractor.extract(articles.from_path(page, published=date(2017, 2, 25)))
    assert "alert" not in r.article.text and r.article.format == "html"
    assert r.incidents and r.incidents[0].location.startswith("Idlib")


def test_windows_line_endings_and_arabic_text(extractor: Extractor) -> None:
    r = run(extractor, "Air strikes hit Idlib on Monday.\r\n\r\nقتل 12 شخصا في غارات على إدلب.\r\n")
    for m in r.mentions:
        assert r.article.text[m.start : m.end] == m.text
    assert any(i.location.startswith("Idlib") for i in r.incidents)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Shelling on Dar&#8217;a&#x2019;s countryside", "Shelling on Dar\u2019a\u2019s countryside"),
        ("The &quot;Free&quot; army took Tal&nbsp;Rifaat", 'The "Free" army took Tal\xa0Rifaat'),
        ("AT&T and R&D; Q&A &madeup; & &#", "AT&T and R&D; Q&A &madeup; & &#"),  # none is a reference
    ],
)
def test_character_references_left_in_plain_text_are_read_as_characters(raw: str, text: str) -> None:
    assert articles.from_text(raw).text == text


def test_a_headline_with_character_references_is_placed(extractor: Extractor) -> None:
    r = run(extractor, "Regime shelling kills 3 in Ma&#8217;arat al-Nu&#8217;man on Monday")
    assert any(m.text == "Ma\u2019arat al-Nu\u2019man" for m in r.mentions)
    assert r.incidents and r.incidents[0].location.startswith("Ma")


def test_non_utf8_file_is_read_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "old.txt"
    f.write_bytes("Shelling hit Aleppo caf\xe9 on Monday.".encode("cp1252"))
    a = articles.from_path(f, published=date(2017, 2, 25))
    assert "café" in a.text and any("Windows-1252" in w for w in a.warnings)


def test_url_offline_says_so() -> None:
    with pytest.raises(articles.InputError, match="offline"):
        articles.from_url("https://example.org/a", offline=True)
