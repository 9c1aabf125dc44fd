"""The world map's geometry, shipped in the package, so that a map draws offline and with the right borders.

tracker/data/world_110m.json is plotly.js's own world_110m topojson (plotly.js 4.1.1, dist/plotly-geo-assets.js,
MIT licence), which plotly.js builds from United Nations geodata: Crimea lies inside Ukraine's border (tests check
points in Crimea against the geometry). plotly.js fetches this file from a CDN when a map is viewed (its topojsonURL);
topojson_url() hands it the shipped file instead, inside the page, so nothing is fetched from the network.
"""

from __future__ import annotations

import base64
import functools
import json
from importlib import resources

WORLD_FILE = ("data", "world_110m.json")
COUNTRIES = "countries"


def _decoded_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Each arc as longitude, latitude pairs: quantized topojson arcs are delta-encoded integers (topojson spec 2.1)."""
    (scale_x, scale_y), (shift_x, shift_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """A closed ring from its arcs; a negative index ~i is arc i reversed; consecutive arcs share their joining point."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return [[round(x, 4), round(y, 4)] for x, y in points]


@functools.cache
def countries() -> dict:
    """A GeoJSON FeatureCollection of the countries, each feature's id its ISO 3166 alpha-3 code."""
    with resources.files("tracker").joinpath(*WORLD_FILE).open(encoding="utf-8") as handle:
        topology = json.load(handle)
    arcs = _decoded_arcs(topology)
    features = []
    for geometry in topology["objects"][COUNTRIES]["geometries"]:
        if geometry["type"] == "Polygon":
            coordinates = [_ring(ring, arcs) for ring in geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            coordinates = [[_ring(ring, arcs) for ring in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        features.append(
            {"type": "Feature", "id": geometry["id"], "properties": {}, "geometry": {"type": geometry["type"], "coordinates": coordinates}}
        )
    return {"type": "FeatureCollection", "features": features}


def country_codes() -> set[str]:
    """The ISO codes the geometry draws."""
    return {feature["id"] for feature in countries()["features"]}


@functools.cache
def topojson_url() -> str:
    """plotly.js's topojsonURL for the shipped file: a data: URL it loads without the network (plotly appends
    '/world_110m.json', which the '#' turns into a fragment that loading a data: URL ignores)."""
    raw = resources.files("tracker").joinpath(*WORLD_FILE).read_bytes()
    return "data:application/json;base64," + base64.b64encode(raw).decode("ascii") + "#"


def _inside(longitude: float, latitude: float, ring: list[list[float]]) -> bool:
    """Whether a point lies inside a ring (even-odd rule)."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > latitude) != (y2 > latitude) and longitude < (x2 - x1) * (latitude - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def country_at(longitude: float, latitude: float) -> str | None:
    """The ISO code of the country the map draws at a point, or None (sea, or no country)."""
    for feature in countries()["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        for outer, *holes in polygons:
            if _inside(longitude, latitude, outer) and not any(_inside(longitude, latitude, hole) for hole in holes):
                return feature["id"]
    return None
