"""The geocoder against the real bundled gazetteer (GeoNames + OCHA + bundled user places)."""

import pytest
from geopy.distance import geodesic

from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.offline import OfflineGeocoder, stands_in
from incident_explorer.places.place import Candidate, Feature, ParsedQuery
from incident_explorer.places.spelling import normalise


def top(geocoder: OfflineGeocoder, query: str, **kw: object) -> Candidate:
    found = geocoder.geocode(query, **kw)  # type: ignore[arg-type]
    assert found, f"{query!r} was not resolved"
    return found[0]


def km(a: Candidate, b: Candidate) -> float:
    return float(geodesic((a.place.latitude, a.place.longitude), (b.place.latitude, b.place.longitude)).km)


@pytest.mark.parametrize(
    ("query", "context", "source", "name"),
    [
        ("al-Waer, Homs", "", "ocha", "Wa'er"),
        ("Wa'er", "", "ocha", "Wa'er"),
        ("the al-Waer district of Homs", "", "ocha", "Wa'er"),
        ("Homs's al-Waer", "", "ocha", "Wa'er"),
        ("Ghouta, Homs", "", "ocha", "Ghota"),
        ("the Ghouta neighbourhood of Homs", "", "ocha", "Ghota"),
        ("Mahatta", "Saturday's attacks in Homs hit two neighbourhoods", "ocha", "Mahatta"),
        ("al-Mahatta, Homs", "", "ocha", "Mahatta"),
        ("Eastern Ghouta", "", "user", "Eastern Ghouta"),
        ("Hims", "", "geonames", "Homs"),
        ("Qamishli", "", "geonames", "Al Qāmishlī"),
        ("Khan Sheikhoun", "", "geonames", "Khān Shaykhūn"),
        ("Hodeidah", "", "geonames", "Al Ḩudaydah"),
        ("حمص", "", "geonames", "Homs"),
    ],
)
def test_news_spellings_resolve(
    geocoder: OfflineGeocoder, query: str, context: str, source: str, name: str
) -> None:
    best = top(geocoder, query, context=context)
    assert (best.place.source, best.place.name) == (source, name), best.reason


def test_candidates_carry_provenance_precision_and_reason(geocoder: OfflineGeocoder) -> None:
    best = top(geocoder, "al-Waer, Homs")
    assert best.place.source_id.startswith("ocha:N")
    assert best.place.feature == Feature.NEIGHBOURHOOD
    assert (best.precision.geo_precision, best.precision.where_prec) == (1, 1)
    assert 0 < best.score <= 1
    assert "in Homs" in best.reason
    assert best.location == "Wa'er, Homs, Syria"
    data = best.to_json()
    for key in ("name", "latitude", "longitude", "score", "precision", "feature", "country_code", "source"):
        assert key in data


def test_homs_city_versus_governorate(geocoder: OfflineGeocoder) -> None:
    city, province = top(geocoder, "Homs"), top(geocoder, "Homs province")
    assert city.place.feature == Feature.CITY and city.place.source == "geonames"
    assert province.place.feature == Feature.ADMIN1 and province.place.source_id.startswith("ocha:SY")
    assert province.precision.geo_precision == 3 and province.precision.where_prec == 4
    assert km(city, province) > 50  # the governorate's interior point lies out in the desert


def test_homs_ghouta_versus_eastern_ghouta(geocoder: OfflineGeocoder) -> None:
    homs_ghouta = top(geocoder, "Ghouta, Homs")
    eastern = top(geocoder, "Eastern Ghouta")
    assert eastern.place.feature == Feature.REGION
    assert 120 < km(homs_ghouta, eastern) < 160
    # the region's point is derived from its OCHA member sub-districts, east of Damascus
    damascus = top(geocoder, "Damascus")
    assert km(eastern, damascus) < 25


def test_paris_france_versus_texas(geocoder: OfflineGeocoder) -> None:
    assert top(geocoder, "Paris").place.country_code == "FR"
    texas = top(geocoder, "Paris, Texas")
    assert (texas.place.country_code, texas.place.admin1) == ("US", "Texas")
    assert top(geocoder, "Paris", country="US").place.country_code == "US"


def test_manchester_england_versus_new_hampshire(geocoder: OfflineGeocoder) -> None:
    assert top(geocoder, "Manchester, England").place.country_code == "GB"
    nh = top(geocoder, "Manchester, New Hampshire")
    assert (nh.place.country_code, nh.place.admin1) == ("US", "New Hampshire")


def test_country_in_focus_from_context(geocoder: OfflineGeocoder) -> None:
    assert top(geocoder, "Tripoli").place.country_code == "LY"
    assert top(geocoder, "Tripoli", context="Clashes in northern Lebanon").place.country_code == "LB"


def test_parent_that_encloses_nothing_lowers_the_score(geocoder: OfflineGeocoder) -> None:
    plain = top(geocoder, "Manchester")
    wrong = geocoder.geocode("Manchester, Syria")
    assert not wrong or wrong[0].score < plain.score


@pytest.mark.parametrize("query", ["Qwertyvillex", "Zzyzzyxq", "", "   ", ",", "Blorptownshire"])
def test_unknown_names_are_unresolved(geocoder: OfflineGeocoder, query: str) -> None:
    assert geocoder.geocode(query) == []


def test_typos_are_caught_by_the_fuzzy_fallback(geocoder: OfflineGeocoder) -> None:
    best = top(geocoder, "Aleppso")
    assert best.place.name == "Aleppo"
    assert "typo" in best.reason or "spelling" in best.reason
    assert top(geocoder, "Damascsu").place.name == "Damascus"


def test_threshold_controls_what_counts_as_resolved(gazetteer: object) -> None:
    strict = OfflineGeocoder(gazetteer, threshold=0.99)  # type: ignore[arg-type]
    assert strict.geocode("Mahatta") == []


def test_limit_and_order(geocoder: OfflineGeocoder) -> None:
    found = geocoder.geocode("Paris", limit=3)
    assert len(found) == 3
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


@pytest.mark.parametrize("group", ["Taliban", "Hezbollah", "Houthis", "Kurds", "Alawites", "SDF", "ISIS"])
def test_groups_and_peoples_are_never_places(geocoder: OfflineGeocoder, group: str) -> None:
    assert geocoder.geocode(group) == []
    assert geocoder.geocode(group, context="Fighters clashed near the border.") == []


@pytest.mark.parametrize(("word", "cc"), [("Syrian", "SY"), ("Egyptians", "EG"), ("Sudanese", "SD")])
def test_what_a_people_is_called_names_its_country(geocoder: OfflineGeocoder, word: str, cc: str) -> None:
    best = geocoder.geocode(word, limit=1)[0]
    assert (best.place.feature, best.place.country_code) == (Feature.COUNTRY, cc)


def test_a_demonym_is_not_a_place_name_for_text_spotting(gazetteer: Gazetteer) -> None:
    assert gazetteer.exact(normalise("Syrian")) == []
    assert gazetteer.exact(normalise("Syrian"), loose=True)


@pytest.mark.parametrize("query", ["Ho ms", "Ho\x00ms", "Hom\x00s"])
def test_a_stray_space_or_nul_inside_a_name(geocoder: OfflineGeocoder, query: str) -> None:
    best = geocoder.geocode(query, country="SY", limit=1)
    assert best and best[0].place.country_code == "SY" and "Homs" in best[0].location


@pytest.mark.parametrize(
    "query",
    ["Damascus Suburbs: Harasta", "Harasta town in Rif Dimashq countryside", "vicinity of Harasta"],
)
def test_locative_phrases_resolve_the_finest_place(geocoder: OfflineGeocoder, query: str) -> None:
    best = geocoder.geocode(query, country="SY", limit=1)[0]
    assert normalise(best.place.name) == "harasta"


def test_unknown_place_falls_back_to_the_place_it_lies_in(geocoder: OfflineGeocoder) -> None:
    best = geocoder.geocode("Zzyzxq village in Idlib governorate", country="SY", limit=1)[0]
    assert best.place.feature == Feature.ADMIN1 and stands_in(best)


def test_named_country_beats_foreign_namesake_spellings(geocoder: OfflineGeocoder) -> None:
    for query in ("Saraqeb", "Maarat al-Numan", "Ras al-Ain"):
        assert geocoder.geocode(query, country="SY", limit=1)[0].place.country_code == "SY"


@pytest.mark.parametrize("query", ["Haydar village", "Bayk village", "Mahmud village"])
def test_a_turkmen_village_is_found_by_its_name_without_obasi(geocoder: OfflineGeocoder, query: str) -> None:
    # WOF's "Haydar Ubasi", "Bayk Ubasi" and Al Mahmudiyah ("Maḩmūd Ūbāsī"): X's camp, in Turkish
    best = top(geocoder, query, country="SY")
    assert best.matched_name == normalise(query.removesuffix(" village")), best.reason


@pytest.mark.parametrize("parent", ["Raqqa", "Latakia", "Paris", "Kabul", "Nawa"])
def test_a_margin_keeps_every_close_reading_of_a_parent_standing_in(
    geocoder: OfflineGeocoder, parent: str
) -> None:
    # a name found nowhere: the parent's readings stand in, their scores scaled after ranking
    query = ParsedQuery(raw="Zzqxv", name="Zzqxv", parents=(parent,))
    full = geocoder.geocode(query, limit=5)
    some = geocoder.geocode(query, limit=5, margin=0.05)
    close = [(c.place.source_id, c.score) for c in full if c.score >= full[0].score - 0.05]
    assert [(c.place.source_id, c.score) for c in some if c.score >= some[0].score - 0.05] == close


@pytest.mark.parametrize(
    ("query", "country"),
    [("Hama city", "SY"), ("Arbil city", "IQ"), ("Ariana city", "TN")],
)
def test_a_name_a_big_place_owns_is_not_read_as_another_towns_key(
    geocoder: OfflineGeocoder, query: str, country: str
) -> None:
    # "hama" is also the key of "Hamma" (Algeria): the province's seat, whose alternate name it
    # is, still comes first
    assert top(geocoder, query).place.country_code == country


@pytest.mark.parametrize(
    ("unit", "cc", "inland", "edge"),
    [
        ("Ontario", "CA", "Hearst", "Sudbury"),
        ("Alaska", "US", "Fairbanks", "Anchorage"),
        ("Queensland", "AU", "Longreach", "Townsville"),
        ("Manitoba", "CA", "Thompson", "Winnipeg"),
    ],
)
def test_a_province_settled_along_one_edge_is_placed_in_the_middle_of_its_land(
    geocoder: OfflineGeocoder, unit: str, cc: str, inland: str, edge: str
) -> None:
    # Its towns crowd one edge, so the middle of their hull lies near the edge's cities; the
    # unit's share of the country's outline puts it where maps and gazetteers do, inland.
    state = top(geocoder, unit)
    assert (state.place.feature, state.place.country_code) == (Feature.ADMIN1, cc)
    near, far = top(geocoder, inland, country=cc), top(geocoder, edge, country=cc)
    assert near.place.admin1 == far.place.admin1 == state.place.name
    assert km(state, near) < km(state, far)


@pytest.mark.parametrize(
    ("query", "context", "union"),
    [
        ("EU", "", "European Union"),
        ("EU", "Ministers said the EU would tighten its rules on imports.", "European Union"),
        ("EU", "Farm subsidies paid by the EU were cut by a fifth this year.", "European Union"),
        ("EU", "EU monitors reached the border on Tuesday.", "European Union"),
    ],
)
def test_an_acronym_in_capitals_is_the_union_not_a_town_spelt_with_its_letters(
    geocoder: OfflineGeocoder, query: str, context: str, union: str
) -> None:
    # Eu, France has the letters as its own name, but not in capitals.
    best = top(geocoder, query, context=context)
    assert (best.place.name, best.place.feature) == (union, Feature.REGION), best.reason


@pytest.mark.parametrize(
    ("query", "context", "state"),
    [
        ("WA", "", "Washington"),
        ("WA", "Wildfires in WA forced thousands from their homes.", "Washington"),
        ("PA", "Polls closed in PA at 8 p.m.", "Pennsylvania"),
    ],
)
def test_a_state_code_in_capitals_is_the_state_not_a_town_spelt_with_its_letters(
    geocoder: OfflineGeocoder, query: str, context: str, state: str
) -> None:
    # Wa, Ghana has the letters as its own name, but not in capitals.
    best = top(geocoder, query, context=context)
    assert (best.place.name, best.place.feature) == (state, Feature.ADMIN1), best.reason


@pytest.mark.parametrize(("query", "country"), [("Eu", "FR"), ("Wa", "GH")])
def test_a_town_spelt_with_an_acronyms_letters_is_still_found_by_its_name(
    geocoder: OfflineGeocoder, query: str, country: str
) -> None:
    # Asked as a name, not in capitals, with no country hint: the town.
    best = top(geocoder, query)
    assert (best.place.feature, best.place.country_code) == (Feature.CITY, country), best.reason


@pytest.mark.parametrize(
    ("query", "context", "state"),
    [
        ("Douglas County", "Flooding in Minnesota closed roads near the county line.", "Minnesota"),
        ("Washington County", "Deputies in Oregon arrested two men on Sunday.", "Oregon"),
        ("Ohio County", "A bridge in West Virginia was closed after the storm.", "West Virginia"),
        ("Panama City", "Hurricane warnings were issued along the Florida coast.", "Florida"),
    ],
)
def test_a_name_asked_whole_is_no_town_borrowing_the_big_place_inside_it(
    geocoder: OfflineGeocoder, query: str, context: str, state: str
) -> None:
    # Douglas (Isle of Man), Washington, Ohio and Panama own their names, not "Douglas County"
    # or "Panama City": the state the text names is a clue to these as to any other place.
    found = geocoder.geocode(query, context=context, limit=2)
    assert found[0].place.admin1 == state, found[0].reason
    assert found[0].score > found[1].score, [c.reason for c in found]


@pytest.mark.parametrize(
    ("query", "context", "cc"),
    [
        ("Florida", "", "US"),
        ("Florida", "Officials said the storm would reach the coast by Friday.", "US"),
        ("Punjab", "Floods cut the main road in Punjab on Sunday.", "PK"),
        ("Santa Cruz", "The governor of Santa Cruz province spoke on Monday.", "BO"),
    ],
)
def test_namesake_provinces_with_no_clue_go_to_the_more_populous(
    geocoder: OfflineGeocoder, query: str, context: str, cc: str
) -> None:
    # Florida, Puerto Rico and Florida, Uruguay are provinces too: a unit's population (its
    # towns') breaks the tie, as it does between towns.
    best = top(geocoder, query, context=context)
    assert (best.place.feature, best.place.country_code) == (Feature.ADMIN1, cc), best.reason


@pytest.mark.parametrize(
    ("query", "ends"),
    [
        ("Road between Manbij and Jarablus", ("Manbij", "Jarablus")),
        ("Saraqib – Ariha road", ("Saraqib", "Ariha")),
        ("the highway linking Jableh with Baniyas", ("Jableh", "Baniyas")),
    ],
)
def test_a_road_between_two_towns_is_placed_near_one_of_them(
    geocoder: OfflineGeocoder, query: str, ends: tuple[str, str]
) -> None:
    best = top(geocoder, query, country="SY")
    assert best.precision.geo_precision == 2, best.reason
    assert min(km(best, top(geocoder, end, country="SY")) for end in ends) < 1


@pytest.mark.parametrize(
    ("query", "context", "admin1"),
    [
        ("St. Paul", "Lawmakers in St. Paul passed the bill on Monday.", "Minnesota"),
        ("ST. PAUL", "ST. PAUL — The governor signed the budget.", "Minnesota"),
        ("Ft. Lauderdale", "A cruise ship docked at Ft. Lauderdale.", "Florida"),
        ("Mt. Vernon", "The museum at Mt. Vernon reopened.", "New York"),
    ],
)
def test_an_abbreviated_saint_mount_or_fort_is_the_written_out_name(
    geocoder: OfflineGeocoder, query: str, context: str, admin1: str
) -> None:
    # "St." is how English writes Saint: Minnesota's Saint Paul has the name as much as the small
    # St. Paul, Alberta that GeoNames spells so (it was a transliteration match before).
    best = top(geocoder, query, context=context)
    assert best.place.admin1 == admin1, best.reason
    assert best.reason.startswith("primary name"), best.reason


@pytest.mark.parametrize(
    "context",
    [
        "Migrants were held in Kufra before being moved north.",
        "Smugglers drove the trucks out of Kufra at night.",
        "Kufra's airport was closed after the clashes.",
    ],
)
def test_a_province_spelt_otherwise_owns_its_name_against_a_towns_old_name(
    geocoder: OfflineGeocoder, context: str
) -> None:
    # Al Kufrah, Libya, written "Kufra": not Şirvan, Turkey, which has "Kufra" as an old name.
    best = top(geocoder, "Kufra", context=context)
    assert (best.place.country_code, best.place.feature) == ("LY", Feature.ADMIN1), best.reason


@pytest.mark.parametrize(
    ("query", "context", "feature"),
    [
        ("Georgia", "Fans drove from Tallahassee and Chattanooga to see Georgia win.", Feature.ADMIN1),
        ("Mansfield", "Mansfield police thanked officers from Chattanooga and Tuscaloosa.", Feature.CITY),
        ("Flemington", "The Flemington bank opened branches in Tulsa and Wichita.", Feature.CITY),
        ("Ind.", "The company moved from Kalamazoo to Elkhart, Ind., last year.", Feature.ADMIN1),
    ],
)
def test_the_country_most_of_a_texts_places_lie_in_decides_between_namesakes(
    geocoder: OfflineGeocoder, query: str, context: str, feature: Feature
) -> None:
    # A local paper rarely names its country or state: the other towns it names (each split over
    # its namesakes' countries) say which country the text is about (the state, not the country
    # Georgia; Mansfield, Texas, not Nottinghamshire; Indiana, not India).
    best = top(geocoder, query, context=context)
    assert (best.place.country_code, best.place.feature) == ("US", feature), best.reason
    assert "most places the text names are in US" in best.reason


@pytest.mark.parametrize(
    ("query", "context", "cc"),
    [
        ("Paris", "Fans from Phoenix and Tucson flew to Paris for the final.", "FR"),
        ("Athens", "Students from Chattanooga and Tuscaloosa flew to Athens on Monday.", "GR"),
        ("Dublin", "Bankers from Tulsa and Wichita met their lenders in Dublin.", "IE"),
    ],
)
def test_a_big_city_keeps_its_name_whatever_country_a_text_leans_to(
    geocoder: OfflineGeocoder, query: str, context: str, cc: str
) -> None:
    # A city of some 350,000 or more owns its name: Paris, Texas does not take it for a text
    # whose other places are American.
    assert top(geocoder, query, context=context).place.country_code == cc


@pytest.mark.parametrize(
    ("query", "context", "admin1"),
    [
        ("Ephrata Township", "Ephrata Township officials met near Lancaster on Monday.", "Pennsylvania"),
        ("Tewksbury Township", "Tewksbury Township officials met in Lowell on Tuesday.", "Massachusetts"),
        ("Oakport Twp.", "Oakport Twp. residents near Moorhead sandbagged the river.", "Minnesota"),
    ],
)
def test_a_township_the_gazetteer_lacks_is_taken_at_the_town_it_is_named_after(
    geocoder: OfflineGeocoder, query: str, context: str, admin1: str
) -> None:
    best = top(geocoder, query, context=context)
    assert (best.place.admin1, best.place.feature) == (admin1, Feature.CITY), best.reason
    assert best.reason.endswith("the town it is named after"), best.reason
    assert best.precision.geo_precision == 2  # near the town, not the town itself


def test_a_township_is_not_taken_at_a_town_spelt_like_it(geocoder: OfflineGeocoder) -> None:
    # no Moorestown in the gazetteer: Morristown or Abington would be a guess
    assert geocoder.geocode("Moorestown Twp.", context="Moorestown Twp. council voted on the budget.") == []


def test_a_name_in_many_languages_stays_a_provinces_own(geocoder: OfflineGeocoder) -> None:
    # Kyiv has Kiev, Kiew, Kijev, Kijiv among its names; Kiev oblast has "Kiev" as its own
    best = top(geocoder, "Kiev", context="Protesters filled the streets of Kiev.")
    assert best.place.feature is Feature.ADMIN1, best.reason


def test_a_country_named_outweighs_a_name_in_many_languages(geocoder: OfflineGeocoder) -> None:
    text = "Palmyra, a borough near Hershey in Pennsylvania, opened a new park."
    assert top(geocoder, "Palmyra", context=text).place.admin1 == "Pennsylvania"


@pytest.mark.parametrize(
    ("query", "context", "cc", "admin1"),
    [
        ("Parma", "Police said a man was stabbed in Parma on Saturday.", "IT", "Emilia-Romagna"),
        ("Parma", "Rival fans clashed in Parma after the match.", "IT", "Emilia-Romagna"),
        ("Harlem", "A teenager was shot dead in Harlem on Saturday night, police said.", "US", "New York"),
        ("Brunswick", "Police in Brunswick arrested two men after a stabbing outside a bar.", "US", "Ohio"),
        ("Corinth", "A Corinth woman died in a house fire early Sunday, the fire chief said.", "US", "Texas"),
    ],
)
def test_a_name_abroad_does_not_outrank_a_town_that_has_it_as_its_own(
    geocoder: OfflineGeocoder, query: str, context: str, cc: str, admin1: str
) -> None:
    # Perm has "Parma" among its names, Braunschweig "Brunswick", Kórinthos "Corinth": a town of
    # some size whose own name it is keeps it with no country named
    best = top(geocoder, query, context=context)
    assert (best.place.country_code, best.place.admin1) == (cc, admin1), best.reason
    assert best.reason.startswith("primary name"), best.reason


@pytest.mark.parametrize(
    ("query", "context"),
    [
        ("Az Zabari", "Shelling hit Az Zabari village overnight."),
        ("Az Zabari", "Residents fled Az Zabari after the clashes."),
        ("Ajaj", "Two civilians were killed in Ajaj."),
    ],
)
def test_a_respelling_of_a_places_own_name_is_not_its_name_abroad(
    geocoder: OfflineGeocoder, query: str, context: str
) -> None:
    # Żabbar's Zabari, Zabar, Zbar, Zabbaru are its own name respelt, not its name in other
    # languages: the Syrian village that has the name keeps it
    best = top(geocoder, query, context=context)
    assert best.place.country_code == "SY", best.reason
    assert "its name in many languages" not in best.reason


@pytest.mark.parametrize(
    ("query", "context", "cc"),
    [
        (
            "Baiji",
            "Militants attacked an army post near Baiji, killing four soldiers, Colonel Ryan Dillon said.",
            "IQ",
        ),
        (
            "Baiji",
            "Insurgents shelled the refinery at Baiji, Major General Rick Lynch told a briefing.",
            "IQ",
        ),
        (
            "Baiji",
            "Gunmen ambushed a convoy near Baiji, Lieutenant Colonel Terry Marshall told reporters.",
            "IQ",
        ),
        ("Baiji", "Two soldiers died in a blast in Baiji, Captain Elizabeth Mills said on Monday.", "IQ"),
    ],
)
def test_the_texts_country_does_not_lift_another_spelling(
    geocoder: OfflineGeocoder, query: str, context: str, cc: str
) -> None:
    # North Pole, Alaska has 'bayji' among its name keys: a text whose persons' names are
    # American towns does not make that spelling the name
    best = top(geocoder, query, context=context)
    assert best.place.country_code == cc, best.reason


@pytest.mark.parametrize(
    ("query", "context"),
    [
        ("Pleasant Township", ""),
        ("Jackson Township", ""),
        ("St. Clair Twp.", "St. Clair Twp. trustees met on Monday."),
        ("Madison Township", "Madison Township police said a man was hurt."),
        ("Hamilton Township", "Two people were shot in Hamilton Township, Mercer County prosecutors said."),
    ],
)
def test_a_township_needs_a_clue_to_its_town(geocoder: OfflineGeocoder, query: str, context: str) -> None:
    # no state, county or neighbour of a namesake town named: Jackson, Mississippi, Madison,
    # Wisconsin, St Clair, Australia or Hamilton, Ontario would be a guess
    assert geocoder.geocode(query, context=context, limit=3) == []


@pytest.mark.parametrize(
    ("query", "context"),
    [
        ("Hamilton Township", "Police in Hamilton Township said the crash happened near Trenton on Monday."),
        ("Hamilton Township", "A Hamilton Township teacher was honoured at a ceremony in Trenton."),
        ("Franklin Township", "The Franklin Township council met in Somerset on Tuesday night."),
    ],
)
def test_a_townships_neighbour_speaks_only_as_the_text_reads_it(
    geocoder: OfflineGeocoder, query: str, context: str
) -> None:
    # "Trenton" is Trenton, New Jersey and "Somerset" Somerset, New Jersey: the Trenton next to
    # Hamilton, Ohio and the Somerset next to Franklin, Massachusetts say nothing of the township
    assert geocoder.geocode(query, context=context, limit=3) == []


@pytest.mark.parametrize(
    ("query", "context"),
    [
        (
            "Franklin Township",
            "A Franklin Township man was charged with murder, Somerset County prosecutors said.",
        ),
        ("Franklin Township", "Franklin Township trustees in Ohio voted on the levy."),
        ("Pleasant Township", "Pleasant Township trustees near Columbus Grove met in Ohio."),
    ],
)
def test_a_township_stands_only_at_a_town_whose_own_name_it_has(
    geocoder: OfflineGeocoder, query: str, context: str
) -> None:
    # Columbus, Ohio has 'franklin' (Franklinton) and Columbus Grove 'pleasant' among their
    # names: a township is named after a town's own name
    town = normalise(query.rsplit(" ", 1)[0])
    for c in geocoder.geocode(query, context=context, limit=3):
        assert normalise(c.place.name) == town, c.reason
        assert c.place.country_code in {"US", "CA"}


@pytest.mark.parametrize(
    ("query", "context"),
    [
        ("Khan-Sheikhoun road", "Jets struck a convoy on the Khan-Sheikhoun road."),
        ("Kafr-Nabl road", ""),
        ("Beit-Jinn road", "Shells fell on the Beit-Jinn road at dawn."),
        ("Abu-Kamal road", "A car bomb on the Abu-Kamal road killed five."),
        ("Jisr-Shughour road", ""),
        ("Tal-Abyad road", "Fighters cut the Tal-Abyad road."),
    ],
)
def test_a_hyphenated_name_before_road_is_one_place(
    geocoder: OfflineGeocoder, query: str, context: str
) -> None:
    # "Kafr-Nabl" is Kafr Nabl, not a road from a Kafr to a Nabl: no end may be taken for it
    for country in (None, "SY"):
        for c in geocoder.geocode(query, context=context, country=country, limit=3):
            assert c.place.country_code == "SY", c.reason
            assert normalise(c.place.name).split()[0] not in {
                "kafr",
                "khan",
                "beit",
                "abu",
                "jisr",
                "tal",
            } or ("-" in c.matched_name or " " in c.matched_name), c.reason


@pytest.mark.parametrize(
    ("query", "ends"),
    [
        ("Manbij-Jarablus road", ("Manbij", "Jarablus")),
        ("Saraqib-Ariha road", ("Saraqib", "Ariha")),
        ("the Azaz-Afrin road", ("Azaz", "Afrin")),
    ],
)
def test_two_known_towns_joined_by_a_hyphen_are_a_roads_ends(
    geocoder: OfflineGeocoder, query: str, ends: tuple[str, str]
) -> None:
    best = top(geocoder, query, country="SY")
    assert best.precision.geo_precision == 2, best.reason
    assert min(km(best, top(geocoder, end, country="SY")) for end in ends) < 1


@pytest.mark.parametrize("query", ["Kobani", "Kobane", "Kobanî"])
def test_a_name_geonames_gives_one_town_is_not_a_wof_variant_of_another(
    geocoder: OfflineGeocoder, query: str
) -> None:
    # both WOF records of Afrin list "Kobanî"; GeoNames gives it to Ayn al-Arab only
    best = top(geocoder, query, country="SY")
    assert best.place.source_id == "geonames:172256", best.location
    assert top(geocoder, "Afrin", country="SY").place.name.endswith("frīn")
