/* dyadwatch pages: read the page's own data, draw it, open evidence on click. Same-origin only. */
"use strict";
(function () {
const DW = window.DW;
const $ = (sel, root) => (root || document).querySelector(sel);
const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
const data = JSON.parse(($("#page-data") || { textContent: "{}" }).textContent);
const esc = DW.esc;

function badge(type) { return `<span class="badge q${DW.TYPE_QUAD[type] || 1}">${esc(type)}</span>`; }
function actorLabel(a) {
  if (!a) return '<span class="faint">none</span>';
  return `<a class="actor" href="/actors/${encodeURIComponent(a.country || a.code)}">${esc(a.name || a.text)}</a> <span class="faint">${esc(a.code || "")}</span>`;
}
function segmentsHTML(segs) {
  return segs.map((s) => s.roles.length ? `<span class="seg ${s.roles.join(" ")}">${esc(s.text)}</span>` : esc(s.text)).join("");
}

/* The evidence drawer: the event's sentence with trigger, source and target marked. */
const drawer = $("#drawer");
async function openEvidence(eventId) {
  if (!drawer) return;
  $$("[data-event-id].current").forEach((n) => n.classList.remove("current"));
  $$(`[data-event-id="${eventId}"]`).forEach((n) => n.classList.add("current"));
  const body = $("#drawer-body");
  body.innerHTML = '<p class="muted">Loading…</p>';
  drawer.classList.add("open");
  const res = await fetch(`/events/${encodeURIComponent(eventId)}?format=json`, { headers: { Accept: "application/json" } });
  if (!res.ok) { body.innerHTML = `<p class="error">Could not load event ${esc(eventId)} (${res.status}).</p>`; return; }
  const { event: e, evidence: ev } = await res.json();
  const art = ev.article;
  const loc = e.location ? `${esc(e.location.name)}${e.location.country ? ", " + esc(e.location.country) : ""}` : '<span class="faint">unknown</span>';
  body.innerHTML = `
    <div class="muted" style="margin-bottom:6px">${esc(e.date || "undated")} · ${badge(e.plover.type)} <span class="stance ${e.stance}">${e.stance}</span></div>
    <h2 style="font-size:17px">${actorLabel(e.source)} → ${actorLabel(e.target)}</h2>
    <div class="keys"><span class="k-src">source</span><span class="k-trig">trigger</span><span class="k-tgt">target</span></div>
    ${ev.before ? `<p class="context">${esc(ev.before)}</p>` : ""}
    <p class="evidence-sentence" id="evidence-sentence">${segmentsHTML(ev.segments)}</p>
    ${ev.after ? `<p class="context">${esc(ev.after)}</p>` : ""}
    <dl class="facts">
      <dt>PLOVER</dt><dd>${esc(e.plover.type)}${e.plover.mode ? " · " + esc(e.plover.mode) : ""}${e.plover.context.length ? " · " + e.plover.context.map(esc).join(", ") : ""}</dd>
      <dt>CAMEO</dt><dd>${esc(e.cameo.code)} · ${DW.QUAD[e.cameo.quad_class]} · Goldstein ${e.cameo.goldstein}</dd>
      <dt>Stance</dt><dd>${esc(e.stance)}</dd>
      <dt>Date</dt><dd>${esc(e.date || "–")} <span class="faint">(${esc(e.date_precision || "")}, from ${esc(e.date_source || "?")})</span></dd>
      <dt>Place</dt><dd>${loc}</dd>
      <dt>Confidence</dt><dd>${e.confidence}</dd>
      <dt>Why</dt><dd>${esc(e.evidence || "–")}</dd>
      <dt>Article</dt><dd>${art ? `<a id="open-article" href="/articles/${art.article_id}?event=${e.event_id}">${esc(art.title || art.article_id)}</a><br><span class="faint">${esc(art.publisher || "")} ${esc(art.published || "")}</span>` : "–"}</dd>
      <dt>Coded by</dt><dd class="faint">${e.coder.map(esc).join(" → ")}</dd>
      <dt>Event id</dt><dd><a href="/events/${e.event_id}">${e.event_id}</a></dd>
    </dl>`;
}
DW.openEvidence = openEvidence;
if (drawer) {
  $("#drawer .close").addEventListener("click", () => drawer.classList.remove("open"));
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") drawer.classList.remove("open"); });
}
$$("tr[data-event-id]").forEach((tr) => tr.addEventListener("click", (ev) => {
  if (ev.target.closest("a")) return;
  openEvidence(tr.dataset.eventId);
}));

const pages = {
  dyad() {
    DW.balanceChart($("#balance"), data.series, data.filters.by);
    DW.typeBars($("#types"), data.counts.type);
    DW.timeline($("#timeline"), data.events, (e) => openEvidence(e.event_id));
    const form = $("#dyad-form");
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const f = new FormData(form), a = f.get("a").trim().toUpperCase(), b = f.get("b").trim().toUpperCase();
      const qs = new URLSearchParams();
      for (const k of ["from", "to", "by"]) if (f.get(k)) qs.set(k, f.get(k));
      if (qs.get("by") === "month") qs.delete("by");
      window.location.assign(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}${qs.toString() ? "?" + qs : ""}`);
    });
    const pick = $("#dyad-pick");
    if (pick) pick.addEventListener("change", () => { if (pick.value) window.location.assign(pick.value); });
  },
  actor() {
    DW.network($("#network"), data.network, (n) => n.center ? "#" : `/dyads/${encodeURIComponent(data.actor.spec)}/${encodeURIComponent(n.id)}`);
  },
  async map() {
    const res = await fetch("/static/world.json");
    const world = await res.json();
    const info = $("#place-info");
    DW.worldMap($("#map"), world, data.places, data.countries, (p) => {
      info.innerHTML = `<h2>${esc(p.name)}</h2><dl class="facts"><dt>Country</dt><dd>${esc(p.country || "–")}</dd>
        <dt>Events</dt><dd>${p.events}</dd><dt>Mostly</dt><dd>${badge(p.top_type)}</dd>
        <dt>Mean Goldstein</dt><dd>${p.mean_goldstein}</dd><dt>Between</dt><dd>${esc(p.first)} and ${esc(p.last)}</dd>
        <dt>Precision</dt><dd>${esc(p.precision || "–")}</dd></dl>`;
    });
    if (data.places.length && (data.query.dyad || data.query.actor)) {
      const lons = data.places.map((p) => p.lon), lats = data.places.map((p) => p.lat);
      DW.mapFocus([Math.min(...lons) - 5, Math.min(...lats) - 5, Math.max(...lons) + 5, Math.max(...lats) + 5]);
    }
    $("#zoom-in").addEventListener("click", () => DW.mapZoom(0.7));
    $("#zoom-out").addEventListener("click", () => DW.mapZoom(1.4));
    document.body.dataset.ready = "1";
  },
};
const init = pages[document.body.dataset.page];
if (init) Promise.resolve(init()).then(() => { document.body.dataset.ready = "1"; });
else document.body.dataset.ready = "1";
if (document.body.dataset.page === "article") {
  const target = $(".seg.selected");
  if (target) target.scrollIntoView({ block: "center" });
}
})();
