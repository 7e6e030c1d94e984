"""The incidents table's columns and the country filter's names (incident_explorer.tables)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from conftest import DATA

from incident_explorer.tables import (
    country_label,
    country_names,
    filters_summary,
    incident_table,
    undated_note,
)


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": ["x-1", "x-2"],
            "event_date": pd.to_datetime(["2018-04-07", None]),
            "latitude": [33.57, np.nan],
            "longitude": [36.40, np.nan],
            "event_type": ["Explosions/Remote violence", "Battles"],
            "sub_event_type": ["Chemical weapon", "Armed clash"],
            "country_code": ["SY", "SY"],
            "admin1": ["Rif Dimashq", ""],
            "fatalities_best": [43.0, np.nan],
            "location": ["Douma, Rif Dimashq, Syria", None],
            "actor1": ["", "Free Syrian Army"],
        }
    )


def test_the_table_reads_when_where_what_and_how_many_first() -> None:
    frame = _frame()
    table = incident_table(frame)
    assert list(table.columns[:5]) == ["date", "place", "type", "sub-type", "killed (best)"]
    assert list(table.columns[-3:]) == ["latitude", "longitude", "id"]
    assert str(table.iloc[0]["date"]) == "2018-04-07"  # a day, not '2018-04-07 00:00:00'
    assert table.iloc[0]["killed (best)"] == 43 and pd.isna(table.iloc[1]["killed (best)"])
    assert list(frame.columns)[0] == "id"  # the input is left as it was


def test_countries_are_offered_by_name_with_their_code(tmp_path: Path) -> None:
    names = country_names(DATA)
    assert country_label("SY", names) == "Syria (SY)"
    assert country_label("ML", names) == "Mali (ML)"
    assert country_label("XK", {}) == "XK"  # no list: the code alone
    assert country_names(tmp_path) == {}


def test_the_filters_are_said_in_a_line() -> None:
    from datetime import date

    from incident_explorer.store.filters import Filters

    names = {"IQ": "Iraq"}
    f = Filters(start=date(2016, 10, 17), end=date(2016, 10, 20), countries=("IQ",), actor=" Peshmerga ")
    assert (
        filters_summary(f, names)
        == '2016-10-17 to 2016-10-20 · country: Iraq (IQ) · actor contains "Peshmerga"'
    )
    typed = Filters(event_types=("Battles",), min_fatalities=5, text="Mosul")
    assert (
        filters_summary(typed) == 'type: Battles · at least 5 killed · place, type or actor contains "Mosul"'
    )
    assert filters_summary(Filters()) == "all incidents"
    assert filters_summary(Filters(end=date(2017, 1, 31))) == "… to 2017-01-31"


def test_provinces_named_with_and_without_their_kind_word_are_one_choice() -> None:
    from incident_explorer.tables import admin1_groups, expand_admin1

    stored = [
        "Homs",
        "Homs Governorate",
        "Ninawa Province",
        "Ninawa",
        "Kayes Region",
        "Tombouctou",
        "Tombouctou",
    ]
    groups = admin1_groups(stored)
    assert groups["Homs"] == ("Homs", "Homs Governorate")
    assert groups["Ninawa"] == ("Ninawa", "Ninawa Province")
    assert groups["Kayes Region"] == ("Kayes Region",) and "Tombouctou" in groups
    assert expand_admin1(["Homs", "Kayes Region"], stored) == ("Homs", "Homs Governorate", "Kayes Region")
    assert expand_admin1(["Sahel"], stored) == ("Sahel",)  # not offered: stands for itself
    accents = admin1_groups(["Ségou", "Segou Region", "Muhafazat Hims"])
    assert accents["Ségou"] == ("Segou Region", "Ségou") and "Muhafazat Hims" in accents


def test_the_count_line_says_incident_for_one() -> None:
    from incident_explorer.tables import showing

    assert showing(1) == "Showing 1 incident"
    assert showing(0) == "Showing 0 incidents"
    assert showing(14526) == "Showing 14,526 incidents"


def test_the_undated_note_counts_and_says_whether_they_are_shown() -> None:
    assert undated_note(1, True).startswith("1 incident has no date")
    assert "on the map whatever the dates" in undated_note(1, True)
    assert undated_note(1204, False).startswith("1,204 incidents have no date")
    assert "not on the map" in undated_note(1204, False) and "--published" in undated_note(1204, False)
