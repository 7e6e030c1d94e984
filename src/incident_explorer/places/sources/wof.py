"""Who's On First Syria localities (CC0; GeoNames-derived fields CC BY 4.0): 10,595 villages,
towns and cities with Arabic names and spelling variants. Read from ``data/wof-syria``.

Most rows carry a GeoNames id: the index merges such a row into the GeoNames entry of the same
place, so a town has one entry with every name.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from incident_explorer.errors import GazetteerError
from incident_explorer.places.distance import distance_km
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.places.spelling import fold, normalise

_SYRIA = ("Syria", "Syrian Arab Republic", "SY", "SYR", "سوريا")
# WOF writes governorates as "Homs (Hims)", "Hasaka (Al Haksa)": both spellings are names.
_PAREN = re.compile(r"\s*\(([^)]*)\)")
# Turkmen villages of the north are named "X Obası" (Turkish: X's camp), which WOF writes Ūbāsī,
# Ūbah Sī, Obâssi, Ovassi; reports and coders write the village as "X" ("Darwish village" is
# Darwish Ubasi), as they drop "village" itself. The name without the word is a name too.
_CAMP_OF = re.compile(r"^(?P<name>.*\S)\s+(?:ubasi|ubah si|obasi|obassi|ovassi|uvasi)$")

Locator = Callable[[float, float], tuple[str, ...]]


def source_files(data_dir: Path) -> list[Path]:
    return [data_dir / "wof-syria" / "wof_sy_localities.csv"]


def _area_names(value: str) -> list[str]:
    value = value.strip()
    if not value:
        return []
    out = [_PAREN.sub("", value).strip()]
    out.extend(m.strip() for m in _PAREN.findall(value) if m.strip())
    return [o for o in out if o]


def load(data_dir: Path, locate: Locator) -> Iterator[Entry]:
    """Entries with a ``geonames_id`` side value for merging: ``(entry, geonameid or "")``."""
    path = source_files(data_dir)[0]
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read Who's On First data ({exc}); restore it") from exc
    with fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            if not name:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            admin = locate(lat, lon)  # (admin3, admin2, admin1, admin1 in Arabic) from OCHA outlines
            names = [name, *(v.strip() for v in row["variants"].split("|") if v.strip())]
            names.extend(_without_camp_word(names))
            if row["name_ar"].strip():
                names.append(row["name_ar"].strip())
            ancestry = (
                *admin,
                *_area_names(row["county"]),
                *_area_names(row["region"]),
                *_SYRIA,
            )
            place = Place(
                source_id=f"wof:{row['wof_id']}",
                name=name,
                latitude=lat,
                longitude=lon,
                feature=Feature.CITY,
                country_code="SY",
                admin1=admin[2] if len(admin) > 2 else _first(_area_names(row["region"])),
                admin2=admin[1] if len(admin) > 1 else _first(_area_names(row["county"])),
                population=int(row["gn_population"] or 0),
                name_ar=row["name_ar"].strip(),
            )
            yield Entry(place=place, names=tuple(dict.fromkeys(names)), ancestry=ancestry, same_as=_gn(row))


def _without_camp_word(names: list[str]) -> list[str]:
    """ "Darwish Ubasi" -> "Darwish": each Latin name without a trailing "Obası" (camp of)."""
    out = []
    for name in names:
        m = _CAMP_OF.match(fold(name))
        if m and len(m["name"]) >= 3:
            out.append(m["name"])
    return out


def _first(values: list[str]) -> str:
    return values[0] if values else ""


def _gn(row: dict[str, str]) -> str:
    gid = row.get("geonameid", "").strip()
    return f"geonames:{gid}" if gid else ""


# A town this big whose GeoNames names include a name owns it against a WOF variant elsewhere
_OWNER_POPULATION = 10_000
_OWNER_KM = 25.0


def without_names_of_other_towns(entries: list[Entry]) -> list[Entry]:
    """WOF variants that GeoNames gives to another town of `_OWNER_POPULATION` people more than
    `_OWNER_KM` away, and not to the village's own GeoNames entry, are dropped: both WOF records
    of Afrin list "Kobanî", which GeoNames gives to Ayn al-Arab (Kobani) only, and "Kobani"
    tied Afrin with the town it names."""
    owners: dict[str, list[Entry]] = {}
    by_id: dict[str, Entry] = {}
    for e in entries:
        p = e.place
        if p.source != "geonames" or p.country_code != "SY":
            continue
        by_id[p.source_id] = e
        if p.feature is Feature.CITY and p.population >= _OWNER_POPULATION:
            for name in e.names:
                owners.setdefault(normalise(name), []).append(e)
    out = []
    for e in entries:
        if e.place.source != "wof":
            out.append(e)
            continue
        own = by_id.get(e.same_as)
        own_keys = {normalise(n) for n in own.names} if own is not None else set()
        kept = tuple(
            n
            for k, n in enumerate(e.names)
            if k == 0 or not _owned_elsewhere(normalise(n), e, own_keys, owners)
        )
        out.append(
            e if kept == e.names else Entry(e.place, kept, e.ancestry, e.same_as, e.loose_names, e.activity)
        )
    return out


def _owned_elsewhere(key: str, e: Entry, own_keys: set[str], owners: dict[str, list[Entry]]) -> bool:
    if key in own_keys or normalise(e.place.name) == key:
        return False
    p = e.place
    return any(
        o.place.source_id != e.same_as
        and distance_km(p.latitude, p.longitude, o.place.latitude, o.place.longitude) > _OWNER_KM
        for o in owners.get(key, ())
    )
