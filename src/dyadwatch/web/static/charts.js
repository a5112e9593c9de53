/* dyadwatch charts: small SVG renderers written for this project (no libraries, no network). */
"use strict";
const DW = window.DW || (window.DW = {});
const NS = "http://www.w3.org/2000/svg";

DW.QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
DW.QUAD_COLOR = { 1: "#7fc29b", 2: "#1f7a4d", 3: "#f0a04b", 4: "#c8423b" };
// One colour per PLOVER type, in the hue of its quad category so the timeline reads at a glance.
DW.TYPE_COLOR = {
  AGREE: "#5fb58a", CONSULT: "#8fd0a8", SUPPORT: "#3f9d6e", CONCEDE: "#a9dcbc",
  COOPERATE: "#1f7a4d", AID: "#13603b", RETREAT: "#2f8f6a",
  REQUEST: "#f6c27a", ACCUSE: "#f0a04b", REJECT: "#e0812b", THREATEN: "#d8661c",
  PROTEST: "#d9605a", SANCTION: "#c8423b", MOBILIZE: "#a8322c", COERCE: "#8f2420", ASSAULT: "#6e1512",
};
DW.TYPE_ORDER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
DW.TYPE_QUAD = { AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1, COOPERATE: 2, AID: 2, RETREAT: 2, REQUEST: 3,
  ACCUSE: 3, REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4 };

DW.el = function (name, attrs, parent) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
};
DW.text = function (parent, x, y, str, attrs) {
  const t = DW.el("text", Object.assign({ x, y }, attrs || {}), parent);
  t.textContent = str;
  return t;
};
DW.svg = function (host, width, height) {
  host.innerHTML = "";
  return DW.el("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img" }, host);
};

const tip = () => document.getElementById("tooltip");
DW.tip = function (node, html) {
  node.addEventListener("mousemove", (ev) => {
    const t = tip(); if (!t) return;
    t.innerHTML = html; t.style.display = "block";
    t.style.left = Math.min(ev.clientX + 14, window.innerWidth - 330) + "px";
    t.style.top = (ev.clientY + 14) + "px";
  });
  node.addEventListener("mouseleave", () => { const t = tip(); if (t) t.style.display = "none"; });
};
DW.esc = (s) => String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

function niceStep(max, ticks) {
  const raw = max / ticks, mag = Math.pow(10, Math.floor(Math.log10(raw || 1)));
  for (const m of [1, 2, 5, 10]) if (m * mag >= raw) return m * mag;
  return 10 * mag;
}
function periodLabel(iso, by) {
  const [y, m, d] = iso.split("-");
  if (by === "year") return y;
  if (by === "week") return `${y}-${m}-${d}`;
  return `${["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"][+m - 1]} ${y}`;
}
function toTime(iso) { return Date.parse(iso + "T00:00:00Z"); }

/* Evenly spaced date ticks between times lo and hi (ms): years for long spans, quarters or months
   for short ones. x maps an ISO date to a pixel; labels sit at labelY. */
DW.timeTicks = function (grid, axis, lo, hi, x, top, bottom, labelY, left, right) {
  const first = new Date(lo), months = (hi - lo) / 2628e6;
  const stepM = months > 30 ? 12 * Math.max(1, Math.ceil(months / 120)) : months > 10 ? 3 : 1;
  let yr = first.getUTCFullYear(), mo = stepM >= 12 ? 0 : Math.floor(first.getUTCMonth() / stepM) * stepM;
  if (stepM > 12) yr -= yr % (stepM / 12);
  for (let guard = 0; guard < 80; guard++, mo += stepM) {
    if (mo >= 12) { yr += Math.floor(mo / 12); mo %= 12; }
    const iso = `${yr}-${String(mo + 1).padStart(2, "0")}-01`, xx = x(iso);
    if (xx > right) break;
    if (xx < left) continue;
    DW.el("line", { x1: xx, x2: xx, y1: top, y2: bottom }, grid);
    DW.text(axis, xx, labelY, stepM >= 12 ? yr : periodLabel(iso, "month"), { "text-anchor": "middle" });
  }
};

/* Cooperation above the axis, conflict below, stacked by CAMEO quad class per period; mean Goldstein as a line. */
DW.balanceChart = function (host, series, by) {
  const W = 860, H = 300, m = { l: 44, r: 44, t: 14, b: 30 };
  const svg = DW.svg(host, W, H);
  if (!series.length) { DW.text(svg, W / 2, H / 2, "No dated events in this range", { "text-anchor": "middle", fill: "#8a95a3" }); return svg; }
  const q = (r, k) => (r.by_quad[k] || 0);
  const up = Math.max(1, ...series.map((r) => q(r, "1") + q(r, "2")));
  const down = Math.max(1, ...series.map((r) => q(r, "3") + q(r, "4")));
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  const total = up + down, zero = m.t + ih * (up / total), unit = ih / total;
  // Periods sit on a real time axis so gaps between events stay visible.
  const t0 = toTime(series[0].period), t1 = toTime(series[series.length - 1].period);
  const span = Math.max(1, t1 - t0);
  const periods = Math.max(series.length, span / (by === "week" ? 6048e5 : by === "year" ? 31536e6 : 2628e6) + 1);
  const slot = Math.max(6, Math.min(44, (iw / periods) * 0.7));
  const x = (iso) => m.l + slot / 2 + (iw - slot) * (series.length === 1 ? 0.5 : (toTime(iso) - t0) / span);
  const grid = DW.el("g", { class: "grid" }, svg), axis = DW.el("g", { class: "axis" }, svg);
  const step = niceStep(Math.max(up, down), 3);
  for (let v = step; v <= up; v += step) { DW.el("line", { x1: m.l, x2: W - m.r, y1: zero - v * unit, y2: zero - v * unit }, grid); DW.text(axis, m.l - 6, zero - v * unit + 4, v, { "text-anchor": "end" }); }
  for (let v = step; v <= down; v += step) { DW.el("line", { x1: m.l, x2: W - m.r, y1: zero + v * unit, y2: zero + v * unit }, grid); DW.text(axis, m.l - 6, zero + v * unit + 4, v, { "text-anchor": "end" }); }
  DW.text(axis, m.l - 6, zero + 4, 0, { "text-anchor": "end" });
  DW.text(axis, m.l, m.t + 10, "▲ cooperation", { "font-size": 11, fill: "#1f7a4d" });
  DW.text(axis, m.l, H - m.b - 4, "▼ conflict", { "font-size": 11, fill: "#c8423b" });
  const bars = DW.el("g", {}, svg);
  for (const r of series) {
    const cx = x(r.period) - slot / 2;
    let yUp = zero, yDown = zero;
    for (const k of ["1", "2"]) { const h = q(r, k) * unit; if (!h) continue; yUp -= h; DW.el("rect", { x: cx, y: yUp, width: slot, height: h, fill: DW.QUAD_COLOR[k] }, bars); }
    for (const k of ["3", "4"]) { const h = q(r, k) * unit; if (!h) continue; DW.el("rect", { x: cx, y: yDown, width: slot, height: h, fill: DW.QUAD_COLOR[k] }, bars); yDown += h; }
    const hit = DW.el("rect", { x: cx - 2, y: m.t, width: slot + 4, height: ih, fill: "transparent", class: "period" }, bars);
    const types = Object.entries(r.by_type).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(", ");
    DW.tip(hit, `<b>${periodLabel(r.period, by)}</b><br>${r.events} events · mean Goldstein ${r.mean_goldstein ?? "–"}<br>` +
      `cooperation ${q(r, "1") + q(r, "2")} · conflict ${q(r, "3") + q(r, "4")}<br><span style="opacity:.8">${types}</span>`);
  }
  DW.el("line", { x1: m.l, x2: W - m.r, y1: zero, y2: zero, stroke: "#7d8896" }, axis);
  // mean Goldstein on its own -10..10 scale (right axis)
  const gy = (g) => m.t + ih * (1 - (g + 10) / 20);
  const pts = series.filter((r) => r.mean_goldstein !== null).map((r) => `${x(r.period).toFixed(1)},${gy(r.mean_goldstein).toFixed(1)}`);
  if (pts.length > 1) DW.el("polyline", { points: pts.join(" "), fill: "none", stroke: "#2554a6", "stroke-width": 1.3, "stroke-dasharray": "4 3", opacity: 0.6 }, svg);
  for (const r of series) if (r.mean_goldstein !== null) DW.el("circle", { cx: x(r.period), cy: gy(r.mean_goldstein), r: 2.6, fill: "#2554a6" }, svg);
  for (const g of [-10, 0, 10]) DW.text(axis, W - m.r + 6, gy(g) + 4, (g > 0 ? "+" : "") + g, { fill: "#2554a6" });
  if (series.length === 1) DW.text(axis, x(series[0].period), H - 10, periodLabel(series[0].period, by), { "text-anchor": "middle" });
  else DW.timeTicks(grid, axis, t0 - 15 * 864e5, t1 + 15 * 864e5, x, m.t, H - m.b, H - 10, m.l, W - m.r);
  return svg;
};

/* Horizontal bars of counts by PLOVER type, in ontology order, coloured by type. */
DW.typeBars = function (host, counts) {
  const types = DW.TYPE_ORDER.filter((t) => counts[t]);
  const rowH = 20, W = 360, H = Math.max(40, types.length * rowH + 8), m = { l: 86, r: 36 };
  const svg = DW.svg(host, W, H);
  if (!types.length) { DW.text(svg, W / 2, 24, "No events", { "text-anchor": "middle", fill: "#8a95a3" }); return svg; }
  const max = Math.max(...types.map((t) => counts[t]));
  types.forEach((t, i) => {
    const y = 4 + i * rowH, w = (W - m.l - m.r) * counts[t] / max;
    DW.text(svg, m.l - 8, y + 13, t, { "text-anchor": "end", "font-size": 11, fill: "#37414d" });
    const bar = DW.el("rect", { x: m.l, y: y + 2, width: Math.max(2, w), height: rowH - 6, rx: 2, fill: DW.TYPE_COLOR[t] }, svg);
    DW.text(svg, m.l + w + 5, y + 13, counts[t], { "font-size": 11, fill: "#5b6777" });
    DW.tip(bar, `<b>${t}</b> · ${DW.QUAD[DW.TYPE_QUAD[t]]}<br>${counts[t]} events`);
  });
  return svg;
};

/* Stance marks: asserted filled, future hollow, hypothetical dashed hollow, negated crossed, historical faded. */
DW.stanceMark = function (g, x, y, r, stance, color) {
  const hollow = stance === "future" || stance === "hypothetical";
  const c = DW.el("circle", { cx: x, cy: y, r, fill: hollow ? "#fff" : color, stroke: color, "stroke-width": hollow ? 2 : 1,
    "stroke-dasharray": stance === "hypothetical" ? "2 1.6" : null, opacity: stance === "historical" ? 0.45 : 0.92 }, g);
  if (stance === "negated") DW.el("path", { d: `M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`, stroke: "#1d2733", "stroke-width": 1.4 }, g);
  return c;
};

/* Events on a time axis, one row per PLOVER type; click a mark to open its evidence. */
DW.timeline = function (host, events, onClick) {
  const dated = events.filter((e) => e.date);
  const types = DW.TYPE_ORDER.filter((t) => dated.some((e) => e.plover.type === t));
  const rowH = 24, m = { l: 90, r: 20, t: 8, b: 26 }, W = 860, H = m.t + m.b + Math.max(1, types.length) * rowH;
  const svg = DW.svg(host, W, H);
  if (!dated.length) { DW.text(svg, W / 2, H / 2, "No dated events in this range", { "text-anchor": "middle", fill: "#8a95a3" }); return svg; }
  const times = dated.map((e) => toTime(e.date)), lo = Math.min(...times), hi = Math.max(...times), span = Math.max(864e5 * 30, hi - lo);
  const pad = span * 0.02, x = (iso) => m.l + (W - m.l - m.r) * (toTime(iso) - lo + pad) / (span + 2 * pad);
  const axis = DW.el("g", { class: "axis" }, svg), grid = DW.el("g", { class: "grid" }, svg);
  types.forEach((t, i) => {
    const y = m.t + i * rowH + rowH / 2;
    DW.el("line", { x1: m.l, x2: W - m.r, y1: y, y2: y }, grid);
    DW.text(axis, m.l - 8, y + 4, t, { "text-anchor": "end", fill: DW.TYPE_COLOR[t], "font-weight": 600 });
  });
  DW.timeTicks(grid, axis, lo - pad, hi + pad, x, m.t, H - m.b, H - 8, m.l, W - m.r);
  const marks = DW.el("g", {}, svg);
  for (const e of dated) {
    const row = types.indexOf(e.plover.type), y = m.t + row * rowH + rowH / 2;
    const g = DW.el("g", { class: "event-mark", "data-event-id": e.event_id, tabindex: 0, style: "cursor:pointer" }, marks);
    DW.stanceMark(g, x(e.date), y, 6, e.stance, DW.TYPE_COLOR[e.plover.type]);
    const who = (a) => (a ? DW.esc(a.name || a.text) : "?");
    DW.tip(g, `<b>${DW.esc(e.date)}</b> · ${e.plover.type} · ${e.stance}<br>${who(e.source)} → ${who(e.target)}<br><span style="opacity:.8">“${DW.esc(e.trigger.text)}”: ${DW.esc(e.sentence.slice(0, 140))}</span>`);
    g.addEventListener("click", () => { const t = tip(); if (t) t.style.display = "none"; onClick(e); });
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onClick(e); });
  }
  return svg;
};
