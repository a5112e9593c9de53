/* dyadwatch network and map renderers (SVG, no libraries, no network). */
"use strict";
(function () {
const DW = window.DW;

function goldsteinColor(g) {
  if (g === null || g === undefined) return "#9aa5b1";
  if (g >= 3) return "#1f7a4d"; if (g > 0) return "#7fc29b";
  if (g > -3) return "#f0a04b"; return "#c8423b";
}
DW.goldsteinColor = goldsteinColor;

/* An ego network: the actor in the middle, counterparties around it, placed by a small
   deterministic force layout so the same data always draws the same picture. */
DW.network = function (host, graph, hrefFor) {
  const W = 760, H = 460, cx = W / 2, cy = H / 2;
  const svg = DW.svg(host, W, H);
  const nodes = graph.nodes.map((n, i) => Object.assign({}, n, { i }));
  if (nodes.length <= 1) { DW.text(svg, cx, cy, "No counterparties yet", { "text-anchor": "middle", fill: "#8a95a3" }); return svg; }
  const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
  const edges = graph.edges.filter((e) => byId[e.source] && byId[e.target]);
  const maxN = Math.max(...nodes.map((n) => n.events || 1));
  const radius = (n) => 7 + 18 * Math.sqrt((n.events || 1) / maxN);
  const ring = nodes.length - 1;
  nodes.forEach((n, k) => {
    if (n.center) { n.x = cx; n.y = cy; return; }
    const a = (2 * Math.PI * (k - 1)) / ring - Math.PI / 2, rr = 150 + 40 * ((k % 2) ? 1 : 0);
    n.x = cx + rr * Math.cos(a) * 1.3; n.y = cy + rr * Math.sin(a);
  });
  for (let it = 0; it < 220; it++) {
    for (const a of nodes) for (const b of nodes) {
      if (a === b) continue;
      let dx = a.x - b.x, dy = a.y - b.y; const d2 = Math.max(25, dx * dx + dy * dy), d = Math.sqrt(d2);
      const push = 2200 / d2; a.vx = (a.vx || 0) + (dx / d) * push; a.vy = (a.vy || 0) + (dy / d) * push;
    }
    for (const e of edges) {
      const a = byId[e.source], b = byId[e.target], dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy));
      const pull = (d - 170) * 0.01; a.vx = (a.vx || 0) + dx / d * pull; a.vy = (a.vy || 0) + dy / d * pull;
      b.vx = (b.vx || 0) - dx / d * pull; b.vy = (b.vy || 0) - dy / d * pull;
    }
    for (const n of nodes) {
      if (n.center) { n.vx = n.vy = 0; continue; }
      n.x = Math.max(40, Math.min(W - 40, n.x + Math.max(-8, Math.min(8, n.vx)))); n.y = Math.max(30, Math.min(H - 30, n.y + Math.max(-8, Math.min(8, n.vy))));
      n.vx *= 0.5; n.vy *= 0.5;
    }
  }
  const maxE = Math.max(...edges.map((e) => e.events));
  const eg = DW.el("g", {}, svg), ng = DW.el("g", {}, svg);
  for (const e of edges) {
    const a = byId[e.source], b = byId[e.target];
    const line = DW.el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: goldsteinColor(e.mean_goldstein),
      "stroke-width": 1.2 + 7 * e.events / maxE, opacity: (a.center || b.center) ? 0.75 : 0.35, "stroke-linecap": "round" }, eg);
    DW.tip(line, `<b>${DW.esc(a.name)} – ${DW.esc(b.name)}</b><br>${e.events} events · mean Goldstein ${e.mean_goldstein ?? "–"}`);
  }
  for (const n of nodes) {
    const link = DW.el("a", { href: hrefFor(n), class: "node", "data-node": n.id }, ng);
    DW.el("circle", { cx: n.x, cy: n.y, r: radius(n), fill: n.center ? "#14213d" : "#fff", stroke: n.center ? "#14213d" : "#2554a6", "stroke-width": 2 }, link);
    DW.text(link, n.x, n.y + 4, n.id, { "text-anchor": "middle", "font-size": 10, "font-weight": 700, fill: n.center ? "#fff" : "#2554a6" });
    DW.text(link, n.x, n.y + radius(n) + 13, n.name.length > 22 ? n.name.slice(0, 21) + "…" : n.name, { "text-anchor": "middle", "font-size": 11, fill: "#37414d" });
    DW.tip(link, `<b>${DW.esc(n.name)}</b> (${DW.esc(n.id)})<br>${n.events} events`);
  }
  return svg;
};

/* Equirectangular world map from the bundled outlines; countries shaded by events located in
   them, places as circles sized by events and coloured by mean Goldstein. */
DW.worldMap = function (host, world, places, countries, onPlace) {
  const W = 960, H = 500, lonMin = -170, lonMax = 190, latMax = 84, latMin = -58;
  const px = (lon) => ((lon < lonMin ? lon + 360 : lon) - lonMin) / (lonMax - lonMin) * W;
  const py = (lat) => (latMax - lat) / (latMax - latMin) * H;
  const svg = DW.svg(host, W, H);
  svg.setAttribute("style", "background:#eaf1f8;border-radius:6px");
  const vb = { x: 0, y: 0, w: W, h: H };
  const setVB = () => svg.setAttribute("viewBox", `${vb.x} ${vb.y} ${vb.w} ${vb.h}`);
  const maxC = Math.max(1, ...Object.values(countries));
  const land = DW.el("g", { "stroke-linejoin": "round" }, svg);
  for (const c of world.countries) {
    let d = "";
    for (const ring of c.rings) {
      let prev = null;
      ring.forEach(([lon, lat], i) => {
        const x = px(lon), y = py(lat);
        // Break rings that cross the map's seam instead of drawing a line across the world.
        const jump = prev && Math.abs(x - prev) > W / 2;
        d += (i === 0 || jump ? "M" : "L") + x.toFixed(1) + " " + y.toFixed(1);
        prev = x;
      });
      d += "Z";
    }
    const n = countries[c.id] || 0;
    const fill = n ? `rgba(37,84,166,${(0.18 + 0.6 * Math.sqrt(n / maxC)).toFixed(2)})` : "#fbfcfd";
    const path = DW.el("path", { d, fill, stroke: "#b7c3d0", "stroke-width": 0.5, "vector-effect": "non-scaling-stroke", "data-country": c.id }, land);
    DW.tip(path, `<b>${DW.esc(c.name)}</b>${n ? `<br>${n} events located here` : ""}`);
  }
  const maxP = Math.max(1, ...places.map((p) => p.events));
  const dots = DW.el("g", {}, svg);
  for (const p of places.slice().sort((a, b) => b.events - a.events)) {
    const r = 3 + 11 * Math.sqrt(p.events / maxP);
    const c = DW.el("circle", { cx: px(p.lon), cy: py(p.lat), r, fill: goldsteinColor(p.mean_goldstein), "fill-opacity": 0.82,
      stroke: "#fff", "stroke-width": 1.2, "vector-effect": "non-scaling-stroke", class: "place", "data-place": p.name, style: "cursor:pointer" }, dots);
    DW.tip(c, `<b>${DW.esc(p.name)}</b> (${DW.esc(p.country || "")}, ${DW.esc(p.precision || "")})<br>${p.events} events · mostly ${p.top_type}<br>mean Goldstein ${p.mean_goldstein} · ${DW.esc(p.first)} – ${DW.esc(p.last)}`);
    c.addEventListener("click", () => onPlace && onPlace(p));
  }
  const zoom = (f, cxp, cyp) => {
    const nw = Math.max(W / 16, Math.min(W, vb.w * f)), nh = nw * H / W;
    const fx = cxp === undefined ? 0.5 : cxp, fy = cyp === undefined ? 0.5 : cyp;
    vb.x = Math.max(0, Math.min(W - nw, vb.x + (vb.w - nw) * fx)); vb.y = Math.max(0, Math.min(H - nh, vb.y + (vb.h - nh) * fy));
    vb.w = nw; vb.h = nh; setVB();
    dots.querySelectorAll("circle").forEach((c) => { if (!c.dataset.r) c.dataset.r = c.getAttribute("r"); c.setAttribute("r", (c.dataset.r * Math.sqrt(vb.w / W)).toFixed(2)); });
  };
  svg.addEventListener("wheel", (ev) => { ev.preventDefault(); const b = svg.getBoundingClientRect(); zoom(ev.deltaY < 0 ? 0.8 : 1.25, (ev.clientX - b.left) / b.width, (ev.clientY - b.top) / b.height); }, { passive: false });
  let drag = null;
  svg.addEventListener("mousedown", (ev) => { drag = { x: ev.clientX, y: ev.clientY, vx: vb.x, vy: vb.y }; });
  window.addEventListener("mouseup", () => { drag = null; });
  svg.addEventListener("mousemove", (ev) => {
    if (!drag) return; const b = svg.getBoundingClientRect(), s = vb.w / b.width;
    vb.x = Math.max(0, Math.min(W - vb.w, drag.vx - (ev.clientX - drag.x) * s)); vb.y = Math.max(0, Math.min(H - vb.h, drag.vy - (ev.clientY - drag.y) * s)); setVB();
  });
  DW.mapZoom = zoom;
  DW.mapFocus = function (bounds) { // [lonMin, latMin, lonMax, latMax]
    const x0 = px(bounds[0]), x1 = px(bounds[2]), y0 = py(bounds[3]), y1 = py(bounds[1]);
    const w = Math.min(W, Math.max(W / 16, (x1 - x0) * 1.4, (y1 - y0) * 1.4 * W / H));
    vb.w = w; vb.h = w * H / W; vb.x = Math.max(0, Math.min(W - vb.w, (x0 + x1) / 2 - vb.w / 2)); vb.y = Math.max(0, Math.min(H - vb.h, (y0 + y1) / 2 - vb.h / 2));
    setVB(); zoom(1);
  };
  return svg;
};
})();
