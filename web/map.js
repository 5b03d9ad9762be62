// The map view: every event of the filters, counted by the server (/api/events/map) and drawn
// on a zoomable offline Leaflet map (vendored, window.L) over Natural Earth outlines; places
// clustered by screen distance; countries and regions drawn as areas, not exact points; a
// timeline of the whole corpus; the matching events listed beside the map, in step with it.
// The view's whole state lives in the address (#/map?party=…&since=…&ev=…).
import { t, tEn, getLang } from "./i18n.js";
import { h, ar, auto, append, clear, api, day, dateEl, qs, setHash, kindColour, kindLabel, partyBadge, partyName } from "./dom.js";

const FILTERS = ["kind", "party", "place", "outlet", "since", "until", "q"];
/** Days shown by default before the newest event (an archive of years would be one blur). */
const DEFAULT_WINDOW_DAYS = 90;
const LIST_PAGE = 20;
let basemap = null;

const iso = (d) => d.toISOString().slice(0, 10);
const minusDays = (s, n) => { const d = new Date(s + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() - n); return iso(d); };
const placeName = (p) => (getLang() === "ar" && p.name_ar) || p.name || "?";
const evPlace = (e) => (getLang() === "ar" && e.place_ar) || e.place_name;
const acledLabel = (x) => { const k = "acled." + x; const s = t(k); return s === k ? x : s; };

export async function viewMap(main, _parts, params) {
  const f = {};
  for (const k of FILTERS) f[k] = params.get(k) || "";
  let listOffset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  let selected = params.get("ev") || "";
  let inView = params.get("inview") === "1";
  const all = params.get("all") === "1";
  const loading = h("p", { class: "muted" }, t("loading"));
  main.appendChild(loading);
  const noDates = { ...f, since: "", until: "" };
  const [world, corpus, stats] = await Promise.all([
    basemap || api("/assets/world.geojson"),
    api("/api/events/map?" + qs(noDates)),
    api("/api/stats").catch(() => ({})),
  ]);
  basemap = world;
  // A recent window by default; the address then says which, so the link reproduces the view.
  if (!all && !f.since && !f.until && corpus.days.length) {
    // The newest day that is not a stray (a year misread far in the future): where the last 1 %
    // of events begins.
    let acc = 0, last = corpus.days[corpus.days.length - 1].day;
    for (let i = corpus.days.length - 1; i >= 0; i--) { acc += corpus.days[i].n; if (acc >= corpus.total * 0.01) { last = corpus.days[i].day; break; } }
    f.until = last;
    f.since = minusDays(last, DEFAULT_WINDOW_DAYS - 1);
  }
  loading.remove();
  const state = () => ({ ...f, all: all && !f.since && !f.until ? 1 : "", inview: inView ? 1 : "", offset: listOffset || "", ev: selected });
  // Only while this view is on the page: a late answer must not rewrite another view's address.
  const go = () => { if (main.isConnected) setHash("map", state()); };
  go();

  // ---------- filters ----------
  const options = (values, show = (v) => v) => values.map((v) => h("option", { value: v }, show(v)));
  const kinds = Object.keys(corpus.kinds).sort();
  const select = (key, label, values, show) => {
    const s = h("select", { id: "f-" + key, "data-filter": key }, h("option", { value: "" }, t("filter.all")), options(values, show));
    s.value = f[key];
    s.addEventListener("change", () => { f[key] = s.value; listOffset = 0; refresh(); });
    return h("label", { class: "filter" }, h("span", {}, label), s);
  };
  const input = (key, label, type) => {
    const i = h("input", { type, id: "f-" + key, value: f[key], dir: type === "search" ? "auto" : null });
    i.addEventListener("change", () => { f[key] = i.value.trim(); listOffset = 0; refresh(); });
    return h("label", { class: "filter" }, h("span", {}, label), i);
  };
  const PARTIES = ["SYR", "SYR.OPP", "RUS", "USA", "TUR", "IRN", "ISR", "IRQ", "SDF", "ISIS", "HTS", "HEZBOLLAH", "KRG", "SAU", "YEM", "HOUTHI", "LBN", "PKK", "IRQ.PGM", "HAMAS", "PSE"];
  const filters = h("div", { class: "filters", role: "search" },
    select("kind", t("filter.kind"), kinds, kindLabel),
    select("party", t("filter.party"), PARTIES, (p) => `${p} — ${partyName(p)}`),
    input("place", t("filter.place"), "search"),
    input("q", t("filter.text"), "search"),
    input("outlet", t("filter.outlet"), "search"),
    input("since", t("filter.since"), "date"), input("until", t("filter.until"), "date"),
    h("button", { type: "button", id: "f-reset", onclick: () => { for (const k of FILTERS) f[k] = ""; listOffset = 0; selected = ""; location.hash = "#/map?all=1"; } }, t("filter.reset")));

  // ---------- layout: map | details + list; timeline below ----------
  const count = h("p", { class: "count", id: "map-count", role: "status" });
  const exportBox = h("p", { class: "exports" });
  const details = h("section", { class: "event-details", id: "event-details", "aria-label": t("event.details") });
  const list = h("ol", { class: "event-list", id: "event-list" });
  const listNav = h("nav", { class: "pager", "aria-label": t("page") });
  const legend = h("ul", { class: "legend", id: "legend" });
  const mapEl = h("div", { id: "map", class: "leaflet-map", role: "region", "aria-label": t("map.aria") });
  const timeline = h("div", { class: "timeline" });
  main.appendChild(h("section", { class: "map-view" },
    h("h1", {}, t("map.title")), filters, count, exportBox,
    h("div", { class: "map-grid" },
      h("div", { class: "map-col" }, mapEl, h("details", { class: "legend-box" }, h("summary", {}, t("map.legend")), legend, precisionLegend(), partyLegend())),
      h("aside", { class: "map-side" }, details, h("h2", { id: "list-title" }, t("map.list")), inViewBox(), list, listNav)),
    h("h2", {}, t("timeline.title")), h("p", { class: "muted small" }, t("timeline.hint")), timeline));

  function inViewBox() {
    const cb = h("input", { type: "checkbox", id: "f-inview", checked: inView });
    cb.addEventListener("change", () => { inView = cb.checked; listOffset = 0; go(); loadList(); });
    return h("label", { class: "inview small" }, cb, " ", t("map.inview"));
  }
  const L = window.L;
  const map = L.map(mapEl, { minZoom: 2, maxZoom: 12, worldCopyJump: true, zoomSnap: 0.5, attributionControl: true, keyboard: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(t("map.attribution"));
  const countries = L.geoJSON(world, { style: { color: "#a39b8b", weight: 1, fillColor: "#f1eee6", fillOpacity: 1 }, interactive: false }).addTo(map);
  mapEl.style.background = "#dce9ef";
  const byCc = new Map();
  countries.eachLayer((l) => { if (l.feature.properties.cc) byCc.set(l.feature.properties.cc, l); });
  // Country names, shown from zoom 4 on.
  const labels = L.layerGroup();
  countries.eachLayer((l) => {
    const p = l.feature.properties;
    const b = l.getBounds();
    if ((b.getEast() - b.getWest()) < 1.5) return;
    const el = h("span", { class: "country-label" }, (getLang() === "ar" && p.name_ar) || p.name);
    labels.addLayer(L.marker(largestRingCentre(l.feature.geometry) || b.getCenter(), { icon: L.divIcon({ className: "country-label-icon", html: el, iconSize: null }), interactive: false, keyboard: false }));
  });
  const syncLabels = () => { if (map.getZoom() >= 4) labels.addTo(map); else labels.remove(); };
  map.on("zoomend", syncLabels);
  const areas = L.layerGroup().addTo(map);
  const clusters = L.layerGroup().addTo(map);
  let data = null;
  let framed = false;

  async function refresh() {
    go();
    count.textContent = t("loading");
    data = await api("/api/events/map?" + qs(f));
    const unplaced = data.total - data.placed;
    clear(count);
    append(count, [
      h("strong", { id: "map-total", "data-n": data.total }, String(data.total)), ` ${t("map.of")} ${stats.events ?? corpus.total} ${t("map.events")}`,
      // Dates read left-to-right inside Arabic too (else «2017-10-20 – 2018-01-17» scrambles).
      f.since || f.until ? [" · ", h("bdi", { dir: "ltr" }, `${f.since || "…"} – ${f.until || "…"}`)] : "", " · ",
      h("span", { id: "map-placed", "data-n": data.placed }, `${data.placed} ${t("map.onmap")}`),
      unplaced ? `${getLang() === "ar" ? "، " : ", "}${unplaced} ${t("map.unplaced")}` : "",
      !all && (f.since || f.until) ? [" · ", h("a", { href: "#/map?" + qs({ ...f, since: "", until: "", all: 1 }), id: "map-all" }, t("map.showall"))] : null,
    ]);
    clear(exportBox);
    append(exportBox, [t("export.title") + ": ", ...[["acled-csv", "ACLED CSV"], ["geojson", "GeoJSON"], ["jsonl", "JSONL"]].flatMap(([fmt, label], i) => [
      i ? " · " : "", h("a", { href: "/api/events/export?" + qs({ ...f, format: fmt }), download: "", class: "export", "data-format": fmt }, label)])]);
    drawLegend();
    drawAreas();
    drawClusters();
    if (!framed && data.places.length) {
      framed = true;
      // Frame where most events are (the 10th to 90th percentile of their latitudes and
      // longitudes, places known only by their country left out), not every far-off mention
      // (Geneva, Kabul): those stay a zoom-out away, and are counted.
      const pts = framePoints(data.places);
      map.fitBounds(L.latLngBounds(pts).pad(0.15), { maxZoom: 7 });
    } else if (!framed) { map.setView([33, 40], 4); framed = true; }
    syncLabels();
    drawTimeline(timeline, corpus.days, f, (since, until) => { f.since = since; f.until = until; listOffset = 0; refresh(); });
    loadList();
  }

  function drawLegend() {
    clear(legend);
    for (const [k, n] of Object.entries(data.kinds).sort((a, b) => b[1] - a[1])) {
      legend.appendChild(h("li", {}, h("button", { type: "button", class: f.kind === k ? "on" : "", "aria-pressed": String(f.kind === k), onclick: () => { f.kind = f.kind === k ? "" : k; document.getElementById("f-kind").value = f.kind; listOffset = 0; refresh(); } },
        h("span", { class: "swatch", style: { background: kindColour(k) } }), `${kindLabel(k)} (${n})`)));
    }
  }

  // Countries and regions: the area itself, not a point. A country is its outline filled; a
  // region (governorate, desert) a dashed circle of about its size.
  function drawAreas() {
    areas.clearLayers();
    for (const p of data.places) {
      if (p.precision === "country" && p.country && byCc.has(p.country)) {
        areas.addLayer(L.geoJSON(byCc.get(p.country).feature, { style: { color: "#1f4e5f", weight: 1.5, dashArray: "6 4", fillColor: "#1f4e5f", fillOpacity: 0.07 }, interactive: false }));
      } else if (p.precision === "region") {
        areas.addLayer(L.circle([p.lat, p.lon], { radius: 35000, color: "#1f4e5f", weight: 1, dashArray: "4 4", fillOpacity: 0.05, interactive: false }));
      }
    }
  }

  // Places closer than 44 px on screen are one cluster; it is redrawn on every zoom.
  function drawClusters() {
    clusters.clearLayers();
    if (!data) return;
    const cell = 44;
    const groups = [];
    for (const p of data.places) {
      const pt = map.project([p.lat, p.lon], map.getZoom());
      // Places are sorted busiest first: a group takes its first (busiest) place's precision.
      let g = groups.find((g) => g.pt.distanceTo(pt) < cell);
      if (!g) { g = { pt, places: [], n: 0, precision: p.precision }; groups.push(g); }
      g.places.push(p); g.n += p.n;
    }
    const topNames = new Set(data.places.filter((p) => p.precision !== "country").slice(0, 8).map((p) => p.key));
    for (const g of groups) {
      const lead = g.places[0];
      const kinds = {};
      for (const p of g.places) for (const [k, n] of Object.entries(p.kinds)) kinds[k] = (kinds[k] || 0) + n;
      const top = Object.entries(kinds).sort((a, b) => b[1] - a[1])[0][0];
      const latlng = map.unproject(g.pt, map.getZoom());
      const radius = Math.min(26, 8 + 3.2 * Math.sqrt(g.n));
      const name = g.places.length > 1 ? `${placeName(lead)} +${g.places.length - 1}` : placeName(lead);
      const full = `${name} · ${g.n} ${t("map.events")}${g.precision !== "point" ? ` (${t("prec." + g.precision)})` : ""}`;
      const icon = h("span", { class: `cluster prec-${g.precision}`, "data-n": g.n, "data-places": g.places.length, title: full },
        String(g.n));
      Object.assign(icon.style, { width: 2 * radius + "px", height: 2 * radius + "px", lineHeight: 2 * radius + "px", background: kindColour(top) });
      const m = L.marker(latlng, { icon: L.divIcon({ className: "cluster-icon", html: icon, iconSize: [2 * radius, 2 * radius] }), keyboard: false, title: "" });
      // Names of the busiest places stay on the map (from zoom 7 every place's); the others
      // show theirs on hover.
      const permanent = topNames.has(lead.key) || (g.places.length === 1 && map.getZoom() >= 7);
      m.bindTooltip(permanent ? auto("bdi", {}, placeName(lead)) : h("span", {}, full), { direction: "top", permanent, className: "place-label", offset: [0, -radius] });
      m.on("click", () => {
        if (g.places.length > 1 && map.getZoom() < 10) map.fitBounds(L.latLngBounds(g.places.map((p) => [p.lat, p.lon])).pad(0.3), { maxZoom: map.getZoom() + 3 });
        else selectPlace(lead);
      });
      clusters.addLayer(m);
    }
  }
  map.on("zoomend", drawClusters);
  map.on("moveend", () => { if (inView && data) { listOffset = 0; go(); loadList(); } });

  function selectPlace(p) {
    f.place = p.key || p.name || "";
    document.getElementById("f-place").value = f.place;
    listOffset = 0;
    refresh();
  }

  async function loadList() {
    // In step with the map: with "only what the map shows", the list holds the events in view.
    const b = map.getBounds();
    const lon = (x) => Math.max(-540, Math.min(540, x)), lat = (x) => Math.max(-90, Math.min(90, x));
    const bbox = inView ? [lon(b.getWest()), lat(b.getSouth()), lon(b.getEast()), lat(b.getNorth())].map((x) => x.toFixed(3)).join(",") : "";
    const page = await api("/api/events?" + qs({ ...f, bbox, offset: listOffset, limit: LIST_PAGE }));
    clear(list);
    for (const e of page.items) {
      const id = `${e.article_id}~${e.proposition_id}`;
      list.appendChild(h("li", { class: id === selected ? "sel" : "" }, h("button", { type: "button", class: "event-item", "data-ev": id, onclick: () => { selected = id; go(); showEvent(e); for (const li of list.children) li.classList.toggle("sel", li.contains(document.activeElement)); } },
        h("span", { class: "swatch", style: { background: kindColour(e.kind) } }), kindLabel(e.kind), " · ", dateEl(day(e.date) || day(e.published)), " · ", auto("bdi", {}, evPlace(e) || "—"))));
    }
    if (!page.items.length) list.appendChild(h("li", { class: "muted" }, t("map.none")));
    clear(listNav);
    const { total } = page;
    if (listOffset > 0) listNav.appendChild(h("button", { type: "button", onclick: () => { listOffset = Math.max(0, listOffset - LIST_PAGE); go(); loadList(); } }, t("prev")));
    listNav.appendChild(h("span", { id: "list-range" }, ` ${total ? listOffset + 1 : 0}–${Math.min(total, listOffset + LIST_PAGE)} ${t("of")} ${total} `));
    if (listOffset + LIST_PAGE < total) listNav.appendChild(h("button", { type: "button", onclick: () => { listOffset += LIST_PAGE; go(); loadList(); } }, t("next")));
    if (selected && !details.firstChild) {
      const [aid, pid] = selected.split("~");
      const one = await api("/api/events?" + qs({ article: aid, limit: 200 })).catch(() => null);
      const e = one && one.items.find((x) => x.proposition_id === pid);
      if (e) showEvent(e);
    }
  }

  async function showEvent(e) {
    clear(details);
    const span = e.trigger && e.trigger.span;
    append(details, [
      h("h2", {}, h("span", { class: "swatch", style: { background: kindColour(e.kind) } }), kindLabel(e.kind), e.acled_event_type ? h("span", { class: "muted small" }, ` · ACLED: ${acledLabel(e.acled_event_type)}`) : ""),
      h("dl", {},
        h("dt", {}, t("event.date")), h("dd", {}, dateEl(day(e.date) || day(e.published))),
        h("dt", {}, t("event.place")), auto("dd", {}, [evPlace(e), getLang() === "ar" ? null : e.admin1, e.country].filter(Boolean).join("، ") || "—"),
        h("dt", {}, t("event.parties")), h("dd", {}, (e.parties || []).length ? e.parties.map(partyBadge) : "—"),
        h("dt", {}, t("filter.outlet")), auto("dd", {}, e.outlet || "—")),
      h("p", { class: "muted small" }, t("event.sentence")),
    ]);
    const sentence = ar("blockquote", { class: "sentence" }, e.trigger ? e.trigger.text : "");
    details.appendChild(sentence);
    append(details, [h("p", {},
      h("a", { href: `#/article/${encodeURIComponent(e.article_id)}${span ? `?hl=${span[0]},${span[1]}` : ""}` }, t("event.article")), " · ",
      h("a", { href: "#/map?" + qs({ ...f, ev: `${e.article_id}~${e.proposition_id}` }), class: "permalink" }, t("permalink")))]);
    if (span) {
      // The trigger alone ("قصف") says little: its sentence, trigger marked.
      const d = await api(`/api/articles/${encodeURIComponent(e.article_id)}`).catch(() => null);
      if (d && d.article) {
        const { before, hit, after } = sentenceAround(d.article.text, span);
        clear(sentence);
        append(sentence, [before, h("mark", {}, hit), after]);
      }
    }
  }

  await refresh();
}

function framePoints(places) {
  const ps = places.filter((p) => p.precision !== "country");
  const use = ps.length ? ps : places;
  const total = use.reduce((a, p) => a + p.n, 0);
  const q = (key, f) => {
    const sorted = [...use].sort((a, b) => a[key] - b[key]);
    let acc = 0;
    for (const p of sorted) { acc += p.n; if (acc >= total * f) return p[key]; }
    return sorted[sorted.length - 1][key];
  };
  return [[q("lat", 0.1), q("lon", 0.1)], [q("lat", 0.9), q("lon", 0.9)]];
}

function largestRingCentre(g) {
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  let best = null, area = -1;
  for (const p of polys) {
    const r = p[0];
    let minx = 1e9, maxx = -1e9, miny = 1e9, maxy = -1e9;
    for (const [x, y] of r) { minx = Math.min(minx, x); maxx = Math.max(maxx, x); miny = Math.min(miny, y); maxy = Math.max(maxy, y); }
    const a = (maxx - minx) * (maxy - miny);
    if (a > area) { area = a; best = [(miny + maxy) / 2, (minx + maxx) / 2]; }
  }
  return best;
}

/** The sentence of `text` around the code-point span: what is before, the span, what is after. */
export function sentenceAround(text, [s, e]) {
  const cps = Array.from(text || "");
  const stop = /[.!?؟\n]/;
  let a = s; while (a > 0 && !stop.test(cps[a - 1]) && s - a < 400) a--;
  let b = e; while (b < cps.length && !stop.test(cps[b]) && b - e < 400) b++;
  if (b < cps.length) b++;
  return { before: cps.slice(a, s).join("").trimStart(), hit: cps.slice(s, e).join(""), after: cps.slice(e, b).join("") };
}

function precisionLegend() {
  return h("ul", { class: "legend prec" },
    h("li", {}, h("span", { class: "cluster-sample prec-point" }), t("prec.point.long")),
    h("li", {}, h("span", { class: "cluster-sample prec-region" }), t("prec.region.long")),
    h("li", {}, h("span", { class: "cluster-sample prec-country" }), t("prec.country.long")));
}

function partyLegend() {
  const codes = ["SYR", "SYR.OPP", "RUS", "USA", "TUR", "IRN", "ISR", "IRQ", "IRQ.PGM", "SDF", "KRG", "PKK", "ISIS", "HTS", "HEZBOLLAH", "HOUTHI", "YEM", "SAU", "HAMAS", "PSE", "LBN"];
  return h("dl", { class: "party-legend" }, codes.flatMap((c) => [h("dt", {}, h("span", { class: "party" }, c)), h("dd", {}, t("party." + c) === "party." + c ? c : `${t("party." + c)} / ${tEn("party." + c)}`)]));
}

/** Events per day/week/month of the whole corpus (for the filters other than dates); the chosen
 *  window highlighted; click a bar or drag across bars to choose dates. */
export function drawTimeline(box, days, f, choose) {
  clear(box);
  const counts = new Map(days.map((d) => [d.day, d.n]));
  if (!counts.size) { box.appendChild(h("p", { class: "muted" }, "—")); return; }
  // Trim stray far-off dates (a year mentioned in passing) to the central 98% of events.
  const total = days.reduce((a, d) => a + d.n, 0);
  let acc = 0, lo = days[0].day, hi = days[days.length - 1].day;
  for (const d of days) { acc += d.n; if (acc >= total * 0.01) { lo = d.day; break; } }
  acc = 0;
  for (const d of [...days].reverse()) { acc += d.n; if (acc >= total * 0.01) { hi = d.day; break; } }
  const keys = days.map((d) => d.day).filter((k) => k >= lo && k <= hi);
  const outside = total - keys.reduce((a, k) => a + counts.get(k), 0);
  const first = new Date(keys[0] + "T00:00:00Z"), last = new Date(keys[keys.length - 1] + "T00:00:00Z");
  const span = Math.round((last - first) / 864e5) + 1;
  const unit = span <= 120 ? "day" : span <= 900 ? "week" : "month";
  const bins = [];
  for (let d = new Date(first); d <= last && bins.length < 1000;) {
    const start = new Date(d);
    if (unit === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (unit === "week") d.setUTCDate(d.getUTCDate() + 7);
    else { d.setUTCDate(1); d.setUTCMonth(d.getUTCMonth() + 1); }
    bins.push({ start: iso(start), end: iso(new Date(d - 864e5)), n: 0 });
  }
  let bi = 0;
  for (const k of keys) { while (bi < bins.length - 1 && k > bins[bi].end) bi++; bins[bi].n += counts.get(k); }
  const W = 1000, H = 70, pad = 22;
  const bw = (W - 2 * pad) / bins.length;
  const max = Math.max(...bins.map((b) => b.n));
  box.appendChild(h("p", { class: "muted small caption" }, t("timeline." + unit), outside ? ` (${outside} ${t("timeline.outside")})` : ""));
  const svg = h("svg:svg", { id: "timeline", viewBox: `0 0 ${W} ${H + 24}`, dir: "ltr", class: "timeline-svg", role: "img", "aria-label": t("timeline.title") });
  const x0 = (i) => pad + i * bw;
  bins.forEach((b, i) => {
    const bh = b.n ? Math.max(3, Math.sqrt(b.n / max) * H) : 0;
    const inRange = (!f.since || b.end >= f.since) && (!f.until || b.start <= f.until);
    const sel = (f.since || f.until) && inRange;
    svg.appendChild(h("svg:rect", { x: x0(i) + 0.5, y: H - bh, width: Math.max(1, bw - 1), height: bh, class: "bar" + (sel ? " sel" : "") + (inRange ? "" : " out"), "data-day": b.start },
      h("svg:title", {}, `${b.start}${b.end !== b.start ? " – " + b.end : ""}: ${b.n}`)));
    svg.appendChild(h("svg:rect", { x: x0(i), y: 0, width: bw, height: H, class: "hit", "data-day": b.start }));
  });
  const step = Math.max(1, Math.ceil(bins.length / 8));
  for (let i = 0; i < bins.length; i += step) svg.appendChild(h("svg:text", { x: x0(i) + bw / 2, y: H + 16, class: "tick" }, unit === "month" ? bins[i].start.slice(0, 7) : bins[i].start.slice(span > 300 ? 0 : 5)));
  const brush = h("svg:rect", { class: "brush", y: 0, height: H, width: 0, x: 0 });
  svg.appendChild(brush);
  let start = null;
  const idxAt = (ev) => {
    const r = svg.getBoundingClientRect();
    const x = ((ev.clientX - r.left) / r.width) * W;
    return Math.min(bins.length - 1, Math.max(0, Math.floor((x - pad) / bw)));
  };
  svg.addEventListener("pointerdown", (ev) => { start = idxAt(ev); svg.setPointerCapture(ev.pointerId); });
  svg.addEventListener("pointermove", (ev) => {
    if (start == null) return;
    const i = idxAt(ev), a = Math.min(start, i), b = Math.max(start, i);
    brush.setAttribute("x", x0(a)); brush.setAttribute("width", (b - a + 1) * bw);
  });
  svg.addEventListener("pointerup", (ev) => {
    if (start == null) return;
    const i = idxAt(ev), a = Math.min(start, i), b = Math.max(start, i);
    start = null;
    const since = bins[a].start, until = bins[b].end;
    document.getElementById("f-since").value = since;
    document.getElementById("f-until").value = until;
    choose(since, until);
  });
  box.appendChild(svg);
}
