"""The map: an unchanging base map and one GeoJSON layer of incidents (never one folium object
per incident), with server-side aggregation when too many points are in view.

No Streamlit here: the page passes the base map and the layer to streamlit-folium. Every string
that reaches the browser from an article or an import is HTML-escaped here, because folium
tooltips render their text as HTML.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import folium
import numpy as np
import pandas as pd
from branca.element import MacroElement
from folium.template import Template as FoliumTemplate
from jinja2 import Template

from incident_explorer import basemap

MAX_POINTS = 4000  # above this many points in view, cells are drawn instead of incidents
TYPE_COLOURS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#7f7f7f",
    # UCDP GED's categories (type_of_violence 1-3), kept apart from ACLED's types
    "State-based conflict": "#b2182b",
    "Non-state conflict": "#e6ab02",
    "One-sided violence": "#1b7837",
}
OTHER_COLOUR = "#17becf"
# A cell of many incidents where no type is half of them: its most frequent type's colour would
# say "explosions" over a map where most are not (a mix drawn as its plurality).
MIXED_COLOUR = "#bdbdbd"
# A cell's circle at the zoom it is first drawn (the map redraws it to its cell's size at each
# zoom, see _CellSizes); the largest cell has this radius, the others the same area per incident.
CELL_RADIUS = 12.0
MIN_CELL_RADIUS = 3.0  # a cell of two incidents still shows and takes a click
MAX_CELL_RADIUS = 24.0  # the largest cell's circle at most (zoomed in, or clustered data)
TOOLTIP_CSS = ".leaflet-tooltip{white-space:normal;width:max-content;max-width:240px;line-height:1.3}"
# How far a point of each precision may be from where it happened (ACLED geo_precision).
PRECISION_RADIUS_M = {1: 1_000, 2: 25_000, 3: 100_000}
# The zoom a map opens at on one incident: its precision ring in view (a town and its
# surroundings; the 25 km around a town; the 100 km of a province).
FOCUS_ZOOM = {1: 12, 2: 9, 3: 7}


def focus(latitude: float, longitude: float, geo_precision: int | None) -> tuple[float, float, int]:
    """Where and how close a map opens on an incident, by how precise its place is."""
    return (latitude, longitude, FOCUS_ZOOM.get(int(geo_precision or 3), FOCUS_ZOOM[3]))


def fit(
    points: Iterable[tuple[float | None, float | None, int | None]], *, width: int = 900, height: int = 360
) -> tuple[float, float, int] | None:
    """Where and how close a map of ``width`` x ``height`` pixels opens to hold every point
    (latitude, longitude, geo_precision; unplaced ones are skipped) with a margin: no closer
    than its least precise point's ``focus`` zoom, no farther than the whole world. None when
    no point is placed."""
    placed = [(lat, lon, prec) for lat, lon, prec in points if lat is not None and lon is not None]
    if not placed:
        return None
    lats = [_mercator_y(lat) for lat, _, _ in placed]
    lons = [math.radians(lon) for _, lon, _ in placed]
    closest = min(FOCUS_ZOOM.get(int(prec or 3), FOCUS_ZOOM[3]) for _, _, prec in placed)
    # a world of 256 * 2**z pixels spans 2*pi radians of Web Mercator; keep a 20 % margin
    zoom = float(closest)
    for span, pixels in ((max(lons) - min(lons), width), (max(lats) - min(lats), height)):
        if span > 0:
            zoom = min(zoom, math.log2(0.8 * pixels * 2 * math.pi / (256 * span)))
    centre_lat = math.degrees(math.atan(math.sinh((max(lats) + min(lats)) / 2)))
    centre_lon = math.degrees((max(lons) + min(lons)) / 2)
    return (round(centre_lat, 5), round(centre_lon, 5), max(1, math.floor(zoom)))


# Where the maps open (Syria, the demo data's country) and what a 560 px map shows there.
HOME = (34.8, 38.5, 7)
HOME_BOUNDS = (32.3, 35.5, 37.3, 41.5)  # south, west, north, east


def view_for(frame: pd.DataFrame) -> tuple[float, float, int]:
    """Where the Map page shows ``frame``'s incidents: HOME while all of them are in its view;
    fitted to them all when any is not (a report from Sudan, narrowed to its days, showed
    "Showing 2 incidents" over an empty map of Syria; a store of Homs and a report from Somalia
    opened on Syria with the Somali marker out of view, found by review rev26)."""
    lat = frame["latitude"].to_numpy(dtype=float)
    lon = frame["longitude"].to_numpy(dtype=float)
    placed = ~(np.isnan(lat) | np.isnan(lon))
    lat, lon = lat[placed], lon[placed]
    south, west, north, east = HOME_BOUNDS
    if not len(lat) or bool(((lat >= south) & (lat <= north) & (lon >= west) & (lon <= east)).all()):
        return HOME
    # the least precise place bounds the zoom (fit): a province is not drawn at street level
    precision = frame.loc[placed, "geo_precision"] if "geo_precision" in frame else None
    coarsest = int(precision.max()) if precision is not None and precision.notna().any() else None
    corners = [(float(lat.min()), float(lon.min()), coarsest), (float(lat.max()), float(lon.max()), coarsest)]
    return fit(corners, width=540, height=560) or HOME


def _mercator_y(latitude: float) -> float:
    lat = math.radians(max(-85.0, min(85.0, latitude)))
    return math.log(math.tan(math.pi / 4 + lat / 2))


OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
OCHA_ATTRIBUTION = "Boundaries: UN OCHA / UNCS, Syria COD-AB (HDX)"
BASEMAP_ATTRIBUTION = "UN OCHA / UNCS (HDX) · Natural Earth · GeoNames"
FALLBACK_ATTRIBUTION = "Natural Earth · GeoNames"  # (beside OCHA's, online: see _BASEMAP_JS)


@dataclass(frozen=True, slots=True)
class Assets:
    """Where the browser loads Leaflet from: the app's own server, never a CDN."""

    leaflet_js: str
    leaflet_css: str


def colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, OTHER_COLOUR)


def radius(fatalities: float | None) -> float:
    value = (
        0.0
        if fatalities is None or (isinstance(fatalities, float) and math.isnan(fatalities))
        else fatalities
    )
    return round(min(18.0, 4.0 + 2.0 * math.sqrt(max(0.0, value))), 1)


class _CellSizes(MacroElement):
    """Each cell's circle sized at the map's zoom: the largest ``half`` wide (see aggregate; at
    most MAX_CELL_RADIUS pixels), the others by area (``scale``), at least MIN_CELL_RADIUS.
    Pixel sizes fixed in Python would pile into a carpet when zoomed out and leave the busiest
    places small when zoomed in."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "(function () { var layer = {{ this._parent.get_name() }}; var map = null;"
        " function fit() {"
        "  if (!map) { return; }"
        "  if (!map.hasLayer(layer)) { map.off('zoomend', fit); return; }"
        "  layer.eachLayer(function (l) {"
        "   var p = (l.feature || {}).properties || {}; if (!p.half || !l.setRadius) { return; }"
        "   var c = l.getLatLng(); var a = map.latLngToLayerPoint(c);"
        "   var b = map.latLngToLayerPoint([c.lat, c.lng + p.half]);"
        "   var largest = Math.min({{ this.max_radius }}, b.x - a.x);"
        "   l.setRadius(Math.max({{ this.min_radius }}, largest * p.scale)); }); }"
        " function start() { if (map) { return; } map = layer._map; map.on('zoomend', fit); fit(); }"
        " if (layer._map) { start(); } else { layer.on('add', start); }"
        "})();"
        "{% endmacro %}"
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "CellSizes"
        self.min_radius = MIN_CELL_RADIUS
        self.max_radius = MAX_CELL_RADIUS


class _FastSelect(MacroElement):
    """A click on an incident reaches the app at once. streamlit-folium reports clicks after a
    250 ms debounce; this sends the same value it would send (``last_active_drawing``) straight
    away and records it as sent, so the debounced report finds nothing new and adds no rerun.
    A click on a cell of many incidents zooms in on it instead (and asks for no rerun)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "{{ this._parent.get_name() }}.on('click', function (e) {"
        " var layer = e.layer || e.propagatedFrom; var map = {{ this._parent.get_name() }}._map;"
        " var shared = window.__GLOBAL_DATA__;"
        " if (!layer || !layer.feature || !shared) { return; }"
        " if (!(shared.returned_objects || []).includes('last_active_drawing')) { return; }"
        " var value = {last_active_drawing: layer.toGeoJSON()};"
        " shared.last_active_drawing = value.last_active_drawing; shared.previous_data = value;"
        " if (String(layer.feature.properties.id).indexOf('cell:') === 0) {"
        "  map.setView(layer.getLatLng(), Math.min(map.getZoom() + 2, 14)); return; }"
        " window.parent.postMessage({isStreamlitMessage: true, type: 'streamlit:setComponentValue',"
        " value: value, dataType: 'json'}, '*');"
        "});"
        "{% endmacro %}"
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "FastSelect"


class _WrappedTooltips(MacroElement):
    """Tooltips wrap at a readable width: one long line beside a marker right of the map's
    centre ran off its left edge and lost the date and type it starts with."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "(function () { var s = document.createElement('style');"
        " s.textContent = {{ this.css|tojson }}; document.head.appendChild(s); })();"
        "{% endmacro %}"
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "WrappedTooltips"
        self._id = "wrappedtooltips"
        self.css = TOOLTIP_CSS


class _NoFocusScroll(MacroElement):
    """Leaflet focuses the map on the first click (for keyboard panning); in an iframe that
    reaches below the window the browser then scrolls the page and the click lands beside the
    marker. Focusing without scrolling keeps the keyboard and the click where it was aimed."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "(function (el) { var focus = el.focus.bind(el);"
        " el.focus = function (options) { focus(Object.assign({}, options || {}, {preventScroll: true})); };"
        "})({{ this._parent.get_name() }}.getContainer());"
        "{% endmacro %}"
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "NoFocusScroll"
        self._id = "nofocusscroll"


# The offline basemap's drawing code: files fetched once from the app's own server, each layer
# when its zoom level first needs it; labels placed for the view, big places first, no overlaps.
# Names become text nodes (textContent), never HTML.
_BASEMAP_JS = r"""
(function (map, base, offline, fallback) {
  var basePane = map.createPane('basemap');
  basePane.style.zIndex = 250;
  basePane.style.pointerEvents = 'none';
  var labelPane = map.createPane('basemapLabels');
  labelPane.style.zIndex = 350;
  labelPane.style.pointerEvents = 'none';
  var style = document.createElement('style');
  style.textContent = '.basemap-label{font:11px/1.2 sans-serif;color:#333;white-space:nowrap;' +
    'text-shadow:0 0 3px #fff,0 0 3px #fff;transform:translate(-50%,-50%);}' +
    '.basemap-label.small{font-size:10px;color:#555;}.basemap-label.quarter{font-style:italic;color:#2b6a2b;}';
  document.head.appendChild(style);
  var layers = [
    {file: 'countries.json', min: 0, offlineOnly: true,
     style: {color: '#9a9a9a', weight: 0.8, fill: true, fillColor: '#f4f1ea', fillOpacity: 1}},
    {file: 'syria-admin1.json', min: 0, style: {color: '#6b6b6b', weight: 1.2, fill: false}},
    {file: 'syria-admin2.json', min: 8,
     style: {color: '#8c8c8c', weight: 0.8, dashArray: '5 3', fill: false}},
    {file: 'syria-admin3.json', min: 10,
     style: {color: '#a6a6a6', weight: 0.6, dashArray: '2 3', fill: false}},
    {file: 'neighbourhoods.json', min: 12, style: {color: '#4f8f4f', weight: 0.8, fill: true,
     fillColor: '#e3f0e3', fillOpacity: 0.35}}
  ];
  var labels = null, world = [], worldAsked = false;
  // the region whose places labels.json names; elsewhere world-labels.json, fetched on leaving it
  var region = L.latLngBounds([__SOUTH__, __WEST__], [__NORTH__, __EAST__]);
  var shown = L.layerGroup().addTo(map);
  function fetchJson(file, done) {
    fetch(base + file).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (d) { if (d) { done(d); } }).catch(function () {});
  }
  function drawLabels() {
    shown.clearLayers();
    if (!labels) { return; }
    var z = map.getZoom(), bounds = map.getBounds().pad(0.1), taken = [], n = 0;
    var rows = world.length ? labels.concat(world) : labels;
    for (var i = 0; i < rows.length && n < 250; i++) {
      var row = rows[i];
      if (row[3] > z || !bounds.contains([row[0], row[1]])) { continue; }
      var p = map.latLngToContainerPoint([row[0], row[1]]), clash = false;
      for (var j = 0; j < taken.length; j++) {
        if (Math.abs(taken[j].x - p.x) < 70 && Math.abs(taken[j].y - p.y) < 16) { clash = true; break; }
      }
      if (clash) { continue; }
      taken.push(p); n++;
      var el = document.createElement('div');
      el.className = 'basemap-label' + (row[3] >= 13 ? ' quarter' : (row[3] >= 11 ? ' small' : ''));
      el.textContent = row[2];
      L.marker([row[0], row[1]], {pane: 'basemapLabels', interactive: false, keyboard: false,
        icon: L.divIcon({className: '', html: el, iconSize: null})}).addTo(shown);
    }
  }
  function update() {
    var z = map.getZoom();
    layers.forEach(function (l) {
      if (l.offlineOnly && !offline) { return; }
      var wanted = z >= l.min;
      if (wanted && !l.layer && !l.loading) {
        l.loading = true;
        fetchJson(l.file, function (d) {
          l.layer = L.geoJSON(d, {pane: 'basemap', style: l.style, interactive: false});
          if (map.getZoom() >= l.min) { l.layer.addTo(map); }
        });
      } else if (l.layer) {
        if (wanted) { map.addLayer(l.layer); } else { map.removeLayer(l.layer); }
      }
    });
    if (offline && !worldAsked && !region.contains(map.getBounds())) {
      worldAsked = true;
      fetchJson('world-labels.json', function (d) { world = d; drawLabels(); });
    }
    drawLabels();
  }
  function drawOffline() {
    map.getContainer().style.background = '#dde9f3';
    fetchJson('labels.json', function (d) { labels = d; drawLabels(); });
  }
  if (offline) { drawOffline(); }
  map.on('zoomend moveend', update);
  update();
  // Online, the tiles may still not come (a machine offline but not told so, a blocked host):
  // when the first view's tiles have all settled and none loaded, the offline basemap is drawn
  // instead of a grey ground with Syria alone on it.
  map.eachLayer(function (tiles) {
    if (offline || !(tiles instanceof L.TileLayer)) { return; }
    var loaded = 0, failed = 0;
    tiles.on('tileload', function () { loaded++; });
    tiles.on('tileerror', function () { failed++; });
    tiles.on('load', function () {
      if (offline || loaded || !failed) { return; }
      offline = true;
      map.removeLayer(tiles);
      map.attributionControl.addAttribution(fallback);
      drawOffline();
      update();
    });
  });
})
"""


class _Basemap(MacroElement):
    _template = Template(
        "{% macro script(this, kwargs) %}"
        + _BASEMAP_JS.replace("__SOUTH__", str(basemap.REGION[1]))
        .replace("__WEST__", str(basemap.REGION[0]))
        .replace("__NORTH__", str(basemap.REGION[3]))
        .replace("__EAST__", str(basemap.REGION[2]))
        + "({{ this._parent.get_name() }}, {{ this.base|tojson }}, {{ this.offline|tojson }},"
        " {{ this.fallback|tojson }});"
        "{% endmacro %}"
    )

    def __init__(self, base: str, offline: bool) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Basemap"
        self._id = "basemap"
        self.base = base if base.endswith("/") else base + "/"
        self.offline = offline
        self.fallback = FALLBACK_ATTRIBUTION  # credited when the tiles fail and the outlines stand in


class _Attribution(MacroElement):
    """Adds a data credit to the map's attribution line (our own constant text)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "{{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text|tojson }});"
        "{% endmacro %}"
    )

    def __init__(self, text: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Attribution"
        self._id = "attribution"
        self.text = text


def base_map(
    assets: Assets, *, offline: bool, outlines: Path | None = None, basemap: str | None = None
) -> folium.Map:
    """The base map; identical HTML for identical arguments (fixed element ids), so
    streamlit-folium does not remount it on every rerun. ``basemap`` is the address the app
    serves the basemap folder at (``incident_explorer.basemap``): world outlines (offline),
    Syria's admin levels by zoom, neighbourhoods and place names. ``outlines`` embeds one
    GeoJSON file of outlines instead (for pages that do not have the basemap)."""

    class LocalMap(folium.Map):
        default_js = [("leaflet", assets.leaflet_js)]
        default_css = [("leaflet_css", assets.leaflet_css)]

    m = LocalMap(location=HOME[:2], zoom_start=HOME[2], tiles=None, prefer_canvas=True, control_scale=True)
    m._id = "incidents"
    _NoFocusScroll().add_to(m)
    _WrappedTooltips().add_to(m)
    if not offline:
        tiles = folium.TileLayer(OSM_TILES, attr=OSM_ATTRIBUTION, name="OpenStreetMap", max_zoom=19)
        tiles._id = "osm"
        tiles.add_to(m)
    if basemap is not None:
        _Basemap(basemap, offline).add_to(m)
        _Attribution(BASEMAP_ATTRIBUTION if offline else OCHA_ATTRIBUTION).add_to(m)
    elif outlines is not None and outlines.exists():
        # Offline the outlines are the basemap; online they show where OCHA's units are.
        layer = folium.GeoJson(
            json.loads(outlines.read_text(encoding="utf-8")),
            name="Governorates (OCHA)",
            style_function=lambda _f: {
                "color": "#555",
                "weight": 1,
                "fill": offline,
                "fillColor": "#f2efe9",
                "fillOpacity": 0.6,
            },
            interactive=False,
        )
        layer._id = "outlines"
        layer.add_to(m)
        _Attribution(OCHA_ATTRIBUTION).add_to(m)
    return m


def _label(row: Any) -> str:
    when = row.event_date.date().isoformat() if isinstance(row.event_date, pd.Timestamp) else "undated"
    killed = "" if pd.isna(row.fatalities_best) else f" · {int(row.fatalities_best)} killed"
    # the event's own name when the gazetteer lacks it, with the unit it is placed at
    named = getattr(row, "place_text", None)
    where = named if isinstance(named, str) and named else row.location
    return html.escape(f"{when} · {row.sub_event_type or row.event_type} · {where}{killed}")


def features(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """One GeoJSON Point feature per placed incident; properties carry only what the map shows."""
    placed = frame[frame["latitude"].notna() & frame["longitude"].notna()]
    out = []
    for row in placed.itertuples(index=False):
        out.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float(row.longitude), float(row.latitude)]},
                "properties": {
                    "id": str(row.id),
                    "label": _label(row),
                    "colour": colour(str(row.event_type)),
                    "radius": radius(row.fatalities_best),
                },
            }
        )
    return out


def aggregate(frame: pd.DataFrame, max_points: int = MAX_POINTS) -> list[dict[str, Any]]:
    """Grid cells sized so that at most ``max_points`` remain, each labelled with its counts; a
    cell holding one incident is that incident.

    Honest at any density: a circle's area is its number of incidents over the largest cell's
    (``scale``, the square root), so a cell of 500 is five times one of 100, not a few pixels
    more. The map sizes the circles at each zoom from ``half`` (degrees): the largest circle's
    radius, chosen so that a cell of the median count is as wide as the cells' spacing were they
    spread evenly over the area they cover. A uniform spread is then a grid of circles that
    touch, not a carpet, and clustered data (a median cell of a few incidents, a busiest of
    hundreds) keeps its busiest places large. A cell is coloured by its most frequent type only
    where that type is at least half of it, else MIXED_COLOUR."""
    placed = frame[frame["latitude"].notna() & frame["longitude"].notna()]
    lat = placed["latitude"].to_numpy(dtype=float)
    lon = placed["longitude"].to_numpy(dtype=float)
    dead = placed["fatalities_best"].fillna(0).to_numpy(dtype=float)
    type_codes, type_names = pd.factorize(placed["event_type"].fillna("").astype(str))
    cell = 0.01
    while True:
        keys = np.floor(lat / cell).astype(np.int64) * 1_000_003 + np.floor(lon / cell).astype(np.int64)
        uniq, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        if len(uniq) <= max_points:
            break
        cell *= 2
    mean_lat = np.bincount(inverse, lat) / counts
    mean_lon = np.bincount(inverse, lon) / counts
    sum_dead = np.bincount(inverse, dead)
    n_types = max(1, len(type_names))
    by_type = np.bincount(inverse * n_types + type_codes, minlength=len(uniq) * n_types).reshape(
        len(uniq), n_types
    )
    first_row = np.full(len(uniq), -1, dtype=np.int64)
    first_row[inverse[::-1]] = np.arange(len(inverse))[::-1]
    singles = first_row[counts == 1]
    largest = int(counts.max()) if len(counts) else 1
    # the spacing of len(uniq) cells spread evenly over the box their centres span; the largest
    # circle's radius is such that a cell of the median count fills half of it
    box = float(np.ptp(mean_lat) + cell) * float(np.ptp(mean_lon) + cell) if len(uniq) else cell * cell
    spacing = max(cell, math.sqrt(box / max(1, len(uniq))))
    half = round(spacing / 2 / math.sqrt(float(np.median(counts)) / largest), 5) if len(uniq) else cell
    out = features(placed.iloc[np.sort(singles)])
    # a lone incident is a cell of one here: sized by the same scale, not by its deaths (a single
    # event with 50 dead drawn larger than a place of 800 events would say the opposite)
    lone = math.sqrt(1 / largest)
    for f in out:
        f["properties"] |= {
            "radius": round(max(MIN_CELL_RADIUS, CELL_RADIUS * lone), 1),
            "scale": round(lone, 4),
            "half": half,
        }
    for i in np.flatnonzero(counts > 1):
        n, killed = int(counts[i]), int(sum_dead[i])
        ranked = sorted(((int(c), str(type_names[t])) for t, c in enumerate(by_type[i]) if c), reverse=True)
        scale = math.sqrt(n / largest)
        kinds = ", ".join(f"{name or 'untyped'} {c:,}" for c, name in ranked)
        out.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(float(mean_lon[i]), 5), round(float(mean_lat[i]), 5)],
                },
                "properties": {
                    "id": f"cell:{i}",
                    "count": n,
                    "label": html.escape(
                        f"{n:,} incidents here ({kinds}) · {killed:,} killed · "
                        "click to zoom in; narrow the dates to pick one"
                    ),
                    "colour": colour(ranked[0][1]) if 2 * ranked[0][0] >= n else MIXED_COLOUR,
                    "radius": round(max(MIN_CELL_RADIUS, CELL_RADIUS * scale), 1),
                    "scale": round(scale, 4),
                    "half": half,
                },
            }
        )
    return out


# Every incident's circle: its fill and radius are its own (properties colour and radius), the
# rest is the same for all; hovered, its outline is drawn thicker.
MARKER_STYLE = {"color": "#222", "weight": 1, "fill": True, "fillOpacity": 0.75}
HIGHLIGHT_STYLE = {"weight": 3}


class _IncidentsGeoJson(folium.GeoJson):
    """The incidents as one GeoJSON layer of canvas circles, sent compactly.

    folium's own GeoJson, given a style function, writes a JavaScript ``switch`` over every
    feature's id for each style and embeds each feature as a full GeoJSON object (~340 bytes a
    marker, most of it keys and structure repeated 1,788 times on the first map). Here the
    browser reads each circle's style from its own properties, and the features travel as
    columns (one list per property, one per coordinate) that a few lines of JavaScript turn back
    into the same features, with the same properties in the same order, before Leaflet adds
    them: what the map draws, its tooltips and what a click returns are unchanged, in about half
    the bytes and half the browser's work. A property that is None is left out (none of ours
    is). The columns are JSON with ``<``, ``>``, ``&`` and ``'`` escaped, as folium's ``tojson``
    embedded the features (a label cannot close the script)."""

    _template = FoliumTemplate(
        "{% macro script(this, kwargs) %}"
        "function {{ this.get_name() }}_styler(feature) {"
        " var p = feature.properties;"
        " return Object.assign({}, {{ this.marker_style|tojson }},"
        " {fillColor: p.colour, radius: p.radius}); }\n"
        "function {{ this.get_name() }}_pointToLayer(feature, latlng) {"
        " var opts = {{ this.marker.options|tojavascript }};"
        " Object.assign(opts, {{ this.get_name() }}_styler(feature));"
        " return new L.CircleMarker(latlng, opts); }\n"
        "function {{ this.get_name() }}_onEachFeature(feature, layer) {"
        " layer.on({"
        "  mouseout: function (e) { if (typeof e.target.setStyle === 'function') {"
        " {{ this.get_name() }}.resetStyle(e.target); } },"
        "  mouseover: function (e) { if (typeof e.target.setStyle === 'function') {"
        " e.target.setStyle({{ this.highlight_style|tojson }}); } } }); }\n"
        "var {{ this.get_name() }} = L.geoJson(null, {"
        " onEachFeature: {{ this.get_name() }}_onEachFeature,"
        " style: {{ this.get_name() }}_styler,"
        " pointToLayer: {{ this.get_name() }}_pointToLayer,"
        " ...{{ this.options|tojavascript }} });\n"
        "{{ this.get_name() }}.addData((function (c) {"
        " var keys = Object.keys(c.properties), out = [];"
        " for (var i = 0; i < c.lon.length; i++) { var p = {};"
        "  for (var k = 0; k < keys.length; k++) { var v = c.properties[keys[k]][i];"
        " if (v !== null) { p[keys[k]] = v; } }"
        "  out.push({geometry: {coordinates: [c.lon[i], c.lat[i]], type: 'Point'}, properties: p,"
        " type: 'Feature'}); }"
        " return {features: out, type: 'FeatureCollection'}; })({{ this.columns }}));\n"
        "{% endmacro %}"
    )

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(
            data,
            name="incidents",
            marker=folium.CircleMarker(),
            tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
        )
        self.marker_style = MARKER_STYLE
        self.highlight_style = HIGHLIGHT_STYLE
        self.columns = _script_json(_columns(data["features"]))


def _script_json(value: object) -> str:
    """JSON to write into a script: compact, ASCII, and with the characters that could end the
    script or an HTML attribute escaped (what Jinja's ``tojson`` escapes)."""
    text = json.dumps(value, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")
    )


def _columns(features: list[dict[str, Any]]) -> dict[str, Any]:
    """Point features as columns: ``lon``, ``lat`` and one list per property (in sorted key
    order, the order ``tojson`` gave each feature's properties), None where a feature has none."""
    keys = sorted({k for f in features for k in f["properties"]})
    return {
        "lon": [f["geometry"]["coordinates"][0] for f in features],
        "lat": [f["geometry"]["coordinates"][1] for f in features],
        "properties": {k: [f["properties"].get(k) for f in features] for k in keys},
    }


def incident_layer(
    frame: pd.DataFrame, selected: dict[str, Any] | None = None
) -> tuple[folium.FeatureGroup, int]:
    """The data layer, and the number of incidents in its largest cell (0 when it shows the
    incidents themselves, not cells)."""
    placed = int((frame["latitude"].notna() & frame["longitude"].notna()).sum())
    cells = placed > MAX_POINTS
    drawn = aggregate(frame) if cells else features(frame)
    data = {"type": "FeatureCollection", "features": drawn}
    largest = max((int(f["properties"].get("count", 1)) for f in drawn), default=1) if cells else 0
    group = folium.FeatureGroup(name="Incidents")
    if data["features"]:
        layer = _IncidentsGeoJson(data)
        _FastSelect().add_to(layer)
        if cells:
            _CellSizes().add_to(layer)
        layer.add_to(group)
    if selected is not None and selected.get("latitude") is not None:
        # The place's precision, drawn: a neighbourhood point is not a province.
        folium.Circle(
            (selected["latitude"], selected["longitude"]),
            radius=PRECISION_RADIUS_M.get(int(selected.get("geo_precision") or 3), 100_000),
            color="#1f77b4",
            weight=2,
            fill=False,
            dash_array="6 4",
            interactive=False,
        ).add_to(group)
    return group, largest


def cells_note(largest: int) -> str:
    """What the map's cells mean, for the caption under a map of cells (``incident_layer``)."""
    return (
        f"circles of many incidents: area by their number (the largest: {largest:,}), coloured by "
        "the type of at least half of them, grey where types are mixed (hover for counts, click to "
        "zoom in)"
    )


def timeline(frame: pd.DataFrame, *, span_days: int) -> tuple[pd.DataFrame, str]:
    """Incidents and fatalities per day (spans up to 90 days) or week, by event type, for the
    timeline chart: (columns period, period_end, event_type, incidents, fatalities; "day" or "week")."""
    dated = frame.dropna(subset=["event_date"])
    freq, per = ("D", "day") if span_days <= 90 else ("W", "week")
    counts = (
        dated.assign(period=dated["event_date"].dt.to_period(freq).dt.start_time)
        .groupby(["period", "event_type"], as_index=False)
        .agg(incidents=("id", "size"), fatalities=("fatalities_best", "sum"))
    )
    # where each bar ends, so bars have their true width on a time axis
    counts["period_end"] = counts["period"] + pd.Timedelta(days=1 if freq == "D" else 7)
    return counts, per
