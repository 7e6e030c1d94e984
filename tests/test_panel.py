"""The detail panel's words about an incident (incident_explorer.panel)."""

from __future__ import annotations

from datetime import date

from incident_explorer import panel


def _incident(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "a-01",
        "location": "Old Market, Kirkuk, Iraq",
        "latitude": 35.47,
        "longitude": 44.39,
        "place_source": "geonames:94787",
        "geo_precision": 1,
        "human_fields": [],
        "extra": {},
        "sibling_details": [],
    }
    return base | fields


def test_where_says_the_gazetteer_entry_and_how_precise() -> None:
    assert (
        panel.place_line(_incident())
        == "Old Market, Kirkuk, Iraq — GeoNames geonames:94787, the place itself"
    )
    wof = _incident(place_source="wof:421190421", geo_precision=2)
    assert panel.place_line(wof).endswith("Who's On First wof:421190421, near a town or part of a region")
    moved = _incident(place_source=None, human_fields=["latitude", "longitude"])
    assert "a point set by hand" in panel.place_line(moved)
    assert panel.place_line(_incident(latitude=None, longitude=None)).endswith("not on the map (no point)")
    unknown = _incident(
        location="Ninewa, Iraq",
        place_source="geonames-admin1:IQ.18",
        geo_precision=3,
        extra={"place_text": "Tel Zalat (not in gazetteer; placed at province Ninewa, Iraq)"},
    )
    assert panel.place_line(unknown).startswith(
        "Tel Zalat (not in gazetteer; placed at province Ninewa, Iraq) — "
    )


def test_wounded_get_a_line_only_when_counted() -> None:
    counted = _incident(wounded_low=20, wounded_best=21, wounded_high=None)
    assert panel.wounded_line(counted) == "low 20, best 21, high –"
    assert panel.wounded_line(_incident()) is None
    assert panel.killed_line(_incident(fatalities_low=3, fatalities_best=3, fatalities_high=5)) == (
        "low 3, best 3, high 5"
    )


def test_figures_of_a_whole_attack_are_said_beside_the_figures() -> None:
    sibling = {"id": "a-02", "event_group": "g1", "event_date": date(2019, 3, 2), "location": "Hawija"}
    apart = {"id": "a-03", "event_group": "g2", "event_date": date(2019, 3, 3), "location": "Tuz"}
    grouped = _incident(
        event_group="g1",
        extra={"claims_scope": "event_group"},
        sibling_details=[sibling, apart],
        notes="figures are for the whole event group, not for this place alone",
    )
    assert (
        panel.scope_note(grouped)
        == "these figures are for the whole attack (2 places), not for this place alone"
    )
    assert panel.notes_line(grouped) is None  # said once, beside the figures
    alone = _incident(extra={"claims_scope": "incident"}, notes="country-wide total")
    assert panel.scope_note(alone) is None and panel.notes_line(alone) == "country-wide total"


def test_the_articles_other_incidents_are_labelled_by_day_type_and_place() -> None:
    row = {
        "id": "b-02",
        "event_date": date(2016, 7, 14),
        "sub_event_type": "Shelling",
        "location": "Jarabulus",
    }
    assert panel.sibling_label(row) == "2016-07-14 · Shelling · Jarabulus"
    undated = {"id": "b-03", "event_date": None, "event_type": "Battles", "location": None}
    assert panel.sibling_label(undated) == "undated · Battles · not placed"
    reason = _incident(extra={"date_reason": "'Tuesday': Tuesday on or before publication (2016-07-19)"})
    assert (
        panel.date_reason(reason) == "date read from 'Tuesday': Tuesday on or before publication (2016-07-19)"
    )
    assert panel.evidence_heading(1) == "1 sentence of the article"
    assert panel.more_sentences(1) == "1 more sentence"  # not "1 more sentences"
    assert panel.more_sentences(2) == "2 more sentences"
