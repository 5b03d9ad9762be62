// isnad web page: map + timeline of events, contradiction board, article view with every layer
// highlighted, sources' track records, claim check. Plain DOM + SVG; article text only ever goes
// through textContent / text nodes, never parsed as markup.
import { t, setLang, getLang, applyStatic } from "./i18n.js";
import { highlight, analysisMarks } from "./highlight.js";

const SVGNS = "http://www.w3.org/2000/svg";
const main = document.getElementById("main");

// ---------- small DOM helpers ----------
function h(tag, attrs, ...kids) {
  const el = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === "class") el.setAttribute("class", v);
    // CSSOM, not a style attribute: the CSP forbids inline style attributes.
    else if (k === "style") Object.assign(el.style, v);
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, kids);
  return el;
}
function append(el, kids) {
  for (const k of kids.flat(Infinity)) {
    if (k == null || k === false) continue;
    el.appendChild(typeof k === "string" || typeof k === "number" ? document.createTextNode(String(k)) : k);
  }
  return el;
}
/** Content in Arabic: right-to-left whatever the interface language. */
const ar = (tag, attrs, ...kids) => h(tag, { lang: "ar", dir: "rtl", ...attrs }, ...kids);
const auto = (tag, attrs, ...kids) => h(tag, { dir: "auto", ...attrs }, ...kids);
const clear = (el) => { while (el.firstChild) el.removeChild(el.firstChild); return el; };
const safeUrl = (u) => (typeof u === "string" && /^https?:\/\//i.test(u) ? u : null);
const day = (s) => (typeof s === "string" && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null);

async function api(path, opts) {
  const res = await fetch(path, opts);
  let body = null;
  try { body = await res.json(); } catch (_) { /* empty or not JSON */ }
  if (!res.ok) throw new Error((body && body.error) || res.status + " " + res.statusText);
  return body;
}
/** Every row of a paginated endpoint (pages of 200), up to `max`: the first page tells the total,
 *  the rest are fetched together. */
async function fetchAll(path, max = 5000) {
  const sep = path.includes("?") ? "&" : "?";
  const page = (offset) => api(`${path}${sep}offset=${offset}&limit=200`);
  const first = await page(0);
  const items = first.items || [];
  const total = Math.min(first.total ?? 0, max);
  const offsets = [];
  for (let o = items.length; items.length && o < total; o += 200) offsets.push(o);
  const rest = await Promise.all(offsets.map(page));
  for (const p of rest) items.push(...(p.items || []));
  return items.slice(0, max);
}
function errorBox(e) {
  return h("div", { class: "error", role: "alert" }, t("error") + ": " + (e && e.message ? e.message : String(e)));
}

// ---------- colours ----------
const KIND_COLOURS = {
  airstrike: "#d1495b", shelling: "#e76f51", bombing: "#9b2226", attack: "#c44536", clash: "#f4a261",
  shootdown: "#8d5a97", casualties: "#6d597a", capture: "#2a9d8f", control: "#4d908e", withdrawal: "#90be6d",
  advance: "#43aa8b", siege: "#577590", support: "#277da1", deployment: "#4361ee", agreement: "#06a77d",
  arrest: "#b5838d", protest: "#f9c74f", displacement: "#a68a64", other: "#8d99ae",
};
const kindColour = (k) => KIND_COLOURS[k] || KIND_COLOURS.other;
/** Event type in the interface language (the English key is the type itself). */
const kindLabel = (k) => { const s = t("ev." + k); return s === "ev." + k ? k : s; };
const GRADE_CLASS = (g) => "grade grade-" + (/^[A-F]$/.test(g || "") ? g : "X");

// ---------- state ----------
const state = {
  events: null,
  map: null,
  filters: { party: "", place: "", outlet: "", kind: "", since: "", until: "" },
};

// ---------- router ----------
function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const parts = path.split("/").map((p) => { try { return decodeURIComponent(p); } catch (_) { return p; } });
  const params = new URLSearchParams(query || "");
  const view = parts[0] || "map";
  for (const a of document.querySelectorAll("nav a")) {
    a.classList.toggle("active", a.dataset.view === view || (view === "article" && a.dataset.view === "articles") || (view === "source" && a.dataset.view === "sources"));
  }
  clear(main);
  main.dataset.view = view;
  const views = { map: viewMap, contradictions: viewContradictions, articles: viewArticles, article: viewArticle, sources: viewSources, source: viewSource, check: viewCheck };
  (views[view] || viewMap)(parts.slice(1), params).catch((e) => main.appendChild(errorBox(e)));
}

async function loadStats() {
  const el = document.getElementById("stats");
  try {
    const s = await api("/api/stats");
    clear(el);
    append(el, [`${s.articles ?? 0} ${t("stats.articles")} · ${s.events ?? 0} ${t("stats.events")} · ${s.contradictions ?? 0} ${t("stats.contradictions")}`]);
  } catch (_) { /* the header count is decoration */ }
}

// ---------- map view ----------
function project(lon, lat) {
  const p = state.map.projection;
  const merc = (l) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360));
  const k = p.width / (p.east - p.west);
  return [(lon - p.west) * k, ((merc(p.north) - merc(lat)) * 180) / Math.PI * k];
}
const evDay = (e) => day(e.date) || day(e.published);
/** Whether an event has coordinates inside the map's frame (others are counted, not drawn). */
const onMap = (e) => {
  const p = state.map.projection;
  return typeof e.lat === "number" && typeof e.lon === "number" && e.lon >= p.west && e.lon <= p.east && e.lat >= p.south && e.lat <= p.north;
};
const evPlaces = (e) => [e.place_name, e.admin1, e.country].filter(Boolean);

function matches(e, f, skipDates) {
  if (f.party && !(e.parties || []).includes(f.party)) return false;
  if (f.outlet && e.outlet !== f.outlet) return false;
  if (f.kind && e.kind !== f.kind) return false;
  if (f.place && !evPlaces(e).includes(f.place)) return false;
  if (!skipDates) {
    const d = evDay(e);
    if (f.since && (!d || d < f.since)) return false;
    if (f.until && (!d || d > f.until)) return false;
  }
  return true;
}

async function viewMap() {
  const loading = h("p", { class: "muted" }, t("loading"));
  main.appendChild(loading);
  if (!state.map) state.map = await api("/assets/mideast-map.json");
  if (!state.events) state.events = await fetchAll("/api/events");
  loading.remove();
  const f = state.filters;
  const evs = state.events;
  const uniq = (xs) => [...new Set(xs.filter(Boolean))].sort((a, b) => a.localeCompare(b));
  const select = (key, label, values, show = (v) => v) => {
    const s = h("select", { id: "f-" + key, "data-filter": key, onchange: () => { f[key] = s.value; redraw(); } },
      h("option", { value: "" }, t("filter.all")),
      values.map((v) => h("option", { value: v, selected: v === f[key] }, show(v))));
    return h("label", { class: "filter" }, h("span", {}, label), s);
  };
  const dateInput = (key, label) => {
    const i = h("input", { type: "date", id: "f-" + key, value: f[key], onchange: () => { f[key] = i.value; redraw(); } });
    return h("label", { class: "filter" }, h("span", {}, label), i);
  };
  const filters = h("div", { class: "filters" },
    select("party", t("filter.party"), uniq(evs.flatMap((e) => e.parties || []))),
    select("place", t("filter.place"), uniq(evs.flatMap(evPlaces))),
    select("outlet", t("filter.outlet"), uniq(evs.map((e) => e.outlet))),
    select("kind", t("filter.kind"), uniq(evs.map((e) => e.kind)), kindLabel),
    dateInput("since", t("filter.since")), dateInput("until", t("filter.until")),
    h("button", { type: "button", id: "f-reset", onclick: () => { for (const k in f) f[k] = ""; route(); } }, t("filter.reset")));

  const P = state.map.projection;
  const svg = h("svg:svg", { id: "map", viewBox: `0 0 ${P.width} ${P.height}`, role: "img", "aria-label": t("map.title") });
  const base = h("svg:g", { class: "base" });
  // Sea well beyond the frame: the SVG may be letterboxed when its box is wider than the map.
  base.appendChild(h("svg:rect", { x: -P.width, y: -P.height, width: 3 * P.width, height: 3 * P.height, class: "sea" }));
  for (const c of state.map.countries) base.appendChild(h("svg:path", { d: c.d, class: "country" }, h("svg:title", {}, c.name)));
  for (const a of state.map.admin1) base.appendChild(h("svg:path", { d: a.d, class: "admin1" }, h("svg:title", {}, a.name)));
  svg.appendChild(base);
  const markers = h("svg:g", { class: "markers" });
  svg.appendChild(markers);
  // Frame the events (all of them, so filtering never moves the map), keeping the map's aspect.
  const pts = evs.filter(onMap).map((e) => project(e.lon, e.lat));
  let scale = 1;
  if (pts.length) {
    const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
    const aspect = P.height / P.width;
    let w = Math.max(320, Math.max(...xs) - Math.min(...xs) + 160);
    let hgt = Math.max(w * aspect, Math.max(...ys) - Math.min(...ys) + 160);
    w = Math.min(P.width, Math.max(w, hgt / aspect)); hgt = w * aspect;
    const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
    const x = Math.min(P.width - w, Math.max(0, cx - w / 2)), y = Math.min(P.height - hgt, Math.max(0, cy - hgt / 2));
    svg.setAttribute("viewBox", `${x.toFixed(1)} ${y.toFixed(1)} ${w.toFixed(1)} ${hgt.toFixed(1)}`);
    scale = w / P.width;
  }
  const count = h("p", { class: "count", id: "map-count" });
  const details = h("div", { class: "event-details", id: "event-details" });
  const legend = h("ul", { class: "legend" });
  const timeline = h("div", { class: "timeline" });
  main.appendChild(h("section", { class: "map-view" },
    h("h1", {}, t("map.title")), filters,
    h("div", { class: "map-grid" }, h("div", { class: "map-wrap" }, svg), h("aside", {}, count, legend, details)),
    h("h2", {}, t("timeline.title")), h("p", { class: "muted small" }, t("timeline.hint")), timeline));

  function redraw() {
    const shown = evs.filter((e) => matches(e, f, false));
    clear(markers);
    const seen = new Map();
    let placed = 0;
    for (const e of shown) {
      if (!onMap(e)) continue;
      let [x, y] = project(e.lon, e.lat);
      // Events at the same point fan out on a small spiral so each stays clickable.
      const key = Math.round(x / (scale * 4)) + ":" + Math.round(y / (scale * 4));
      const n = seen.get(key) || 0;
      seen.set(key, n + 1);
      if (n) { const a = n * 2.4, r = (4 + 2.2 * Math.sqrt(n)) * Math.max(scale, 0.5); x += r * Math.cos(a); y += r * Math.sin(a); }
      placed++;
      const c = h("svg:circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: (7 * Math.max(scale, 0.45)).toFixed(2), class: "marker", fill: kindColour(e.kind), "data-kind": e.kind, tabindex: 0,
        onclick: () => showEvent(e), onkeydown: (ev) => { if (ev.key === "Enter") showEvent(e); } },
      h("svg:title", {}, `${kindLabel(e.kind)} · ${e.place_name || ""} · ${evDay(e) || ""}`));
      markers.appendChild(c);
    }
    clear(count);
    append(count, [h("strong", {}, String(placed)), " " + t("map.shown"), shown.length > placed ? ` (+${shown.length - placed} ${t("map.unplaced")})` : ""]);
    clear(legend);
    const kinds = new Map();
    for (const e of shown) kinds.set(e.kind, (kinds.get(e.kind) || 0) + 1);
    for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) {
      legend.appendChild(h("li", { class: f.kind === k ? "on" : "", onclick: () => { f.kind = f.kind === k ? "" : k; document.getElementById("f-kind").value = f.kind; redraw(); } },
        h("span", { class: "swatch", style: { background: kindColour(k) } }), `${kindLabel(k)} (${n})`));
    }
    drawTimeline(timeline, evs.filter((e) => matches(e, f, true)), f, redraw);
  }
  function showEvent(e) {
    clear(details);
    append(details, [
      h("h3", {}, h("span", { class: "swatch", style: { background: kindColour(e.kind) } }), " ", kindLabel(e.kind), e.acled_event_type ? ` · ${e.acled_event_type}` : ""),
      e.trigger && e.trigger.text ? ar("p", { class: "trigger" }, e.trigger.text) : null,
      h("dl", {},
        h("dt", {}, t("event.date")), h("dd", {}, evDay(e) || "—"),
        h("dt", {}, t("event.place")), auto("dd", {}, [e.place_name, e.admin1, e.country].filter(Boolean).join(", ") || "—"),
        h("dt", {}, t("event.parties")), h("dd", {}, (e.parties || []).join(", ") || "—"),
        h("dt", {}, t("filter.outlet")), auto("dd", {}, e.outlet || "—")),
      h("a", { href: `#/article/${encodeURIComponent(e.article_id)}${e.trigger && e.trigger.span ? `?hl=${e.trigger.span[0]},${e.trigger.span[1]}` : ""}` }, t("event.article")),
    ]);
  }
  redraw();
}

function drawTimeline(box, evs, f, redraw) {
  clear(box);
  const counts = new Map();
  for (const e of evs) { const d = evDay(e); if (d) counts.set(d, (counts.get(d) || 0) + 1); }
  if (!counts.size) { box.appendChild(h("p", { class: "muted" }, "—")); return; }
  const all = [...counts.keys()].sort();
  // Trim stray far-off dates (a year mentioned in passing) to the central 96% of events, so one
  // outlier cannot stretch the axis over decades; what falls outside is counted in the caption.
  const flat = evs.map(evDay).filter(Boolean).sort();
  const lo = flat[Math.floor(flat.length * 0.02)], hi = flat[Math.max(0, Math.ceil(flat.length * 0.98) - 1)];
  const keys = all.filter((k) => k >= lo && k <= hi);
  const outside = flat.length - keys.reduce((a, k) => a + counts.get(k), 0);
  const iso = (d) => d.toISOString().slice(0, 10);
  const first = new Date(keys[0] + "T00:00:00Z"), last = new Date(keys[keys.length - 1] + "T00:00:00Z");
  const span = Math.round((last - first) / 864e5) + 1;
  // Days for a short corpus, weeks or months for a long one, so bars stay wide enough to click.
  const unit = span <= 120 ? "day" : span <= 900 ? "week" : "month";
  const bins = [];
  for (let d = new Date(first); d <= last && bins.length < 1000;) {
    const start = new Date(d);
    if (unit === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (unit === "week") d.setUTCDate(d.getUTCDate() + 7);
    else { d.setUTCDate(1); d.setUTCMonth(d.getUTCMonth() + 1); }
    const end = new Date(d - 864e5);
    bins.push({ start: iso(start), end: iso(end), n: 0 });
  }
  let bi = 0;
  for (const k of keys) { while (bi < bins.length - 1 && k > bins[bi].end) bi++; bins[bi].n += counts.get(k); }
  const W = 1000, H = 70, pad = 22;
  const bw = (W - 2 * pad) / bins.length;
  const max = Math.max(...bins.map((b) => b.n));
  box.appendChild(h("p", { class: "muted small caption" }, t("timeline." + unit), outside ? ` (${outside} ${t("timeline.outside")})` : ""));
  const svg = h("svg:svg", { id: "timeline", viewBox: `0 0 ${W} ${H + 24}`, dir: "ltr", class: "timeline-svg" });
  const x0 = (i) => pad + i * bw;
  bins.forEach((b, i) => {
    // square-root scale: one very busy day must not flatten every other bar
    const bh = b.n ? Math.max(3, Math.sqrt(b.n / max) * H) : 0;
    const inRange = (!f.since || b.end >= f.since) && (!f.until || b.start <= f.until);
    const sel = (f.since || f.until) && inRange;
    svg.appendChild(h("svg:rect", { x: x0(i) + 0.5, y: H - bh, width: Math.max(1, bw - 1), height: bh, class: "bar" + (sel ? " sel" : "") + (inRange ? "" : " out"), "data-day": b.start },
      h("svg:title", {}, `${b.start}${b.end !== b.start ? " – " + b.end : ""}: ${b.n}`)));
    // hit area covering the full column so empty bins are clickable too
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
    if (a === b && f.since === bins[a].start && f.until === bins[a].end) { f.since = ""; f.until = ""; }
    else { f.since = bins[a].start; f.until = bins[b].end; }
    document.getElementById("f-since").value = f.since;
    document.getElementById("f-until").value = f.until;
    redraw();
  });
  box.appendChild(svg);
}

// ---------- contradiction board ----------
async function viewContradictions() {
  main.appendChild(h("h1", {}, t("c.title")));
  const list = h("div", { class: "board" }, h("p", { class: "muted" }, t("loading")));
  main.appendChild(list);
  const rows = await fetchAll("/api/contradictions", 1000);
  clear(list);
  if (!rows.length) { list.appendChild(h("p", { class: "muted" }, t("c.none"))); return; }
  // Client-side filters over the loaded board: party (either side's source), outlet (either side).
  const uniq = (xs) => [...new Set(xs.filter(Boolean))].sort((a, b) => a.localeCompare(b));
  const parties = uniq(rows.flatMap((c) => [c.party, ...(c.sides || []).map((s) => s.source_party)]));
  const outlets = uniq(rows.flatMap((c) => (c.sides || []).map((s) => s.outlet)));
  const sel = (id, label, values) => h("label", { class: "filter" }, h("span", {}, label),
    h("select", { id, onchange: draw }, h("option", { value: "" }, t("filter.all")), values.map((v) => h("option", { value: v }, v))));
  const count = h("p", { class: "count" });
  main.insertBefore(h("div", { class: "filters" }, sel("c-party", t("filter.party"), parties), sel("c-outlet", t("filter.outlet"), outlets), count), list);
  function draw() {
    const p = document.getElementById("c-party").value, o = document.getElementById("c-outlet").value;
    const shown = rows.filter((c) => (!p || c.party === p || (c.sides || []).some((s) => s.source_party === p)) && (!o || (c.sides || []).some((s) => s.outlet === o)));
    clear(list);
    for (const c of shown) list.appendChild(contradictionCard(c));
    count.textContent = `${shown.length} / ${rows.length} ${t("c.shown")}`;
  }
  draw();
}

function chain(side) {
  // outlet ← via … ← source: who passed the words to whom, read from the outlet back to the speaker.
  const links = [side.outlet, ...(side.via || []), side.source_canonical || side.source_text].filter(Boolean);
  const el = h("p", { class: "chain" });
  links.forEach((l, i) => {
    if (i) el.appendChild(h("span", { class: "arrow", "aria-hidden": "true" }, getLang() === "ar" ? " → " : " ← "));
    el.appendChild(auto("span", { class: i === links.length - 1 ? "link src" : "link" }, l));
  });
  if (side.source_party) el.appendChild(h("span", { class: "party" }, side.source_party));
  return el;
}

function contradictionCard(c) {
  const label = (prefix, v) => { const k = prefix + "." + v; const s = t(k); return s === k ? v : s; };
  const sides = (c.sides || []).slice(0, 2);
  const panes = h("div", { class: "articles-pair" });
  const card = h("article", { class: "contradiction", "data-id": c.id, tabindex: 0 },
    h("header", {},
      h("span", { class: "chip kind-" + c.kind }, label("kind", c.kind)),
      c.scope ? h("span", { class: "chip" }, label("scope", c.scope)) : null,
      c.basis ? h("span", { class: "chip", title: c.basis }, t("c.basis") + ": " + label("basis", c.basis)) : null,
      c.proposition_type ? h("span", { class: "chip", style: { borderColor: kindColour(c.proposition_type) } }, kindLabel(c.proposition_type)) : null,
      c.party ? h("span", { class: "party" }, c.party) : null,
      c.place_name ? auto("span", { class: "chip" }, c.place_name) : null,
      c.date ? h("span", { class: "chip" }, c.date) : null),
    c.explanation ? auto("p", { class: "explanation" }, c.explanation) : null,
    h("div", { class: "sides" }, sides.map((s, i) => h("div", { class: "side side-" + i },
      chain(s),
      h("p", { class: "meta" }, auto("span", {}, s.outlet || "—"), " · ", s.published ? day(s.published) || s.published : "—",
        s.cue_text ? [" · ", ar("span", { class: "cue" }, s.cue_text)] : null, s.stance ? h("span", { class: "stance" }, " (" + label("stance", s.stance) + ")") : null,
        s.polarity === "negative" ? h("span", { class: "chip neg" }, "¬") : null),
      ar("blockquote", {}, s.content_text || "")))),
    panes);
  const toggle = h("button", { type: "button", class: "open", "aria-expanded": "false" }, t("c.open"));
  card.querySelector("header").appendChild(toggle);
  let open = false;
  const flip = async () => {
    open = !open;
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? t("c.close") : t("c.open");
    card.classList.toggle("expanded", open);
    clear(panes);
    if (!open) return;
    for (const s of sides) {
      const pane = h("div", { class: "article-pane" }, h("p", { class: "muted" }, t("loading")));
      panes.appendChild(pane);
      api(`/api/articles/${encodeURIComponent(s.article_id)}`).then((d) => {
        clear(pane);
        const marks = [];
        const [a, b] = s.content_span || [];
        marks.push({ start: a, end: b, cls: ["quote"] });
        if (Array.isArray(s.source_span)) marks.push({ start: s.source_span[0], end: s.source_span[1], cls: ["st-source"] });
        if (Array.isArray(s.cue_span)) marks.push({ start: s.cue_span[0], end: s.cue_span[1], cls: ["st-cue"] });
        const text = ar("div", { class: "article-text small" }, highlight(d.article.text, marks));
        append(pane, [h("h4", {}, h("a", { href: `#/article/${encodeURIComponent(s.article_id)}?hl=${a},${b}` }, auto("span", {}, d.article.title || s.article_id)), " · ", auto("span", {}, s.outlet || "")), text]);
        const q = text.querySelector(".quote");
        if (q) text.scrollTop = Math.max(0, q.offsetTop - text.offsetTop - 40);
      }).catch((e) => { clear(pane); pane.appendChild(errorBox(e)); });
    }
  };
  toggle.addEventListener("click", (ev) => { ev.stopPropagation(); flip(); });
  card.addEventListener("click", (ev) => { if (!open && !ev.target.closest("a")) flip(); });
  card.addEventListener("keydown", (ev) => { if (ev.key === "Enter" && ev.target === card) flip(); });
  return card;
}

// ---------- articles ----------
async function viewArticles(_parts, params) {
  const q = params.get("q") || "";
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const limit = 50;
  const input = h("input", { type: "search", id: "search", value: q, placeholder: t("a.search"), dir: "auto" });
  const form = h("form", { class: "searchbar", onsubmit: (ev) => { ev.preventDefault(); location.hash = `#/articles?q=${encodeURIComponent(input.value.trim())}`; } }, input);
  const list = h("ul", { class: "article-list" });
  main.appendChild(h("section", {}, h("h1", {}, t("a.title")), form, list));
  const page = q ? await api(`/api/search?q=${encodeURIComponent(q)}&offset=${offset}&limit=${limit}`) : await api(`/api/articles?offset=${offset}&limit=${limit}`);
  if (!page.items.length) list.appendChild(h("li", { class: "muted" }, t("a.none")));
  for (const a of page.items) {
    const id = a.id || a.article_id;
    list.appendChild(h("li", {},
      h("a", { href: `#/article/${encodeURIComponent(id)}` }, ar("span", { class: "title" }, a.title || id)),
      h("span", { class: "meta" }, auto("span", {}, a.outlet || "—"), " · ", day(a.published) || "—",
        a.n_statements != null ? ` · ${a.n_statements} ${t("a.n_statements")} · ${a.n_events} ${t("stats.events")} · ${a.n_contradictions} ${t("stats.contradictions")}` : ""),
      a.snippet ? ar("p", { class: "snippet" }, highlight(a.snippet, (a.snippet_spans || []).map(([s, e]) => ({ start: s, end: e, cls: ["quote"] })))) : null));
  }
  main.appendChild(pager(page, (o) => `#/articles?q=${encodeURIComponent(q)}&offset=${o}`));
  main.appendChild(ingestForm());
}

function pager(page, href) {
  const { offset = 0, limit = 50, total = 0 } = page;
  const nav = h("nav", { class: "pager" });
  if (offset > 0) nav.appendChild(h("a", { href: href(Math.max(0, offset - limit)) }, t("prev")));
  nav.appendChild(h("span", {}, ` ${total ? offset + 1 : 0}–${Math.min(total, offset + limit)} ${t("of")} ${total} `));
  if (offset + limit < total) nav.appendChild(h("a", { href: href(offset + limit) }, t("next")));
  return nav;
}

function ingestForm() {
  const area = h("textarea", { rows: 5, dir: "auto", placeholder: '[{"id": "...", "text": "...", "outlet": "...", "published": "2024-01-01"}]' });
  const token = h("input", { type: "password", placeholder: t("ingest.token"), autocomplete: "off" });
  const out = h("p", { class: "muted" });
  const submit = async (ev) => {
    ev.preventDefault();
    let body = area.value.trim();
    // JSON lines → array
    if (body && !body.startsWith("[") && body.includes("\n")) body = "[" + body.split(/\n+/).filter((l) => l.trim()).join(",") + "]";
    try {
      const r = await api("/api/ingest", { method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer " + token.value }, body });
      out.textContent = JSON.stringify(r);
      state.events = null;
      loadStats();
    } catch (e) { out.textContent = t("error") + ": " + e.message; }
  };
  return h("details", { class: "ingest" }, h("summary", {}, t("ingest.title")),
    h("form", { onsubmit: submit }, h("p", { class: "muted small" }, t("ingest.hint")), area, h("div", {}, token, h("button", { type: "submit" }, t("ingest.go")))), out);
}

const LAYERS = [["L-ent", "layer.entities"], ["L-stmt", "layer.statements"], ["L-time", "layer.times"], ["L-qty", "layer.quantities"], ["L-trig", "layer.triggers"]];

async function viewArticle(parts, params) {
  const id = parts[0] || "";
  const d = await api(`/api/articles/${encodeURIComponent(id)}`);
  const art = d.article || {}, an = d.analysis || {};
  const labels = { ent: (ty) => t("ent." + ty), source: t("a.source"), cue: t("a.cue"), content: t("a.content"), time: t("a.time"), quantity: t("a.quantity"), trigger: t("a.trigger") };
  const marks = analysisMarks(an, labels);
  const hl = (params.get("hl") || "").split(",").map(Number);
  if (hl.length === 2 && hl.every(Number.isInteger)) marks.push({ start: hl[0], end: hl[1], cls: ["quote"], id: "hl" });
  const text = ar("div", { class: "article-text", id: "article-text" }, highlight(art.text || "", marks));
  const toggles = h("div", { class: "layers" }, h("strong", {}, t("a.layers") + ": "), LAYERS.map(([cls, key]) => {
    const cb = h("input", { type: "checkbox", checked: true, "data-layer": cls, onchange: () => text.classList.toggle("hide-" + cls, !cb.checked) });
    return h("label", { class: "layer " + cls }, cb, h("span", { class: "sample " + cls }, t(key)));
  }));
  const legend = h("div", { class: "legend-row" }, ["PER", "ORG", "GPE", "LOC", "FAC"].map((ty) => h("span", { class: "hl L-ent ent-" + ty }, t("ent." + ty))),
    h("span", { class: "hl L-stmt st-source" }, t("a.source")), h("span", { class: "hl L-stmt st-cue" }, t("a.cue")), h("span", { class: "hl L-stmt st-content" }, t("a.content")),
    h("span", { class: "hl L-time" }, t("a.time")), h("span", { class: "hl L-qty" }, t("a.quantity")), h("span", { class: "hl L-trig" }, t("a.trigger")));
  const url = safeUrl(art.url);
  const stmts = h("ol", { class: "stmt-list" }, (an.statements || []).map((s) => h("li", {},
    h("a", { href: "#", onclick: (ev) => { ev.preventDefault(); const el = document.getElementById("st-" + s.id); if (el) { el.scrollIntoView({ block: "center" }); el.classList.add("flash"); setTimeout(() => el.classList.remove("flash"), 1200); } } },
      ar("span", { class: "hl st-source" }, s.source && s.source.text || "—"), " ", ar("span", { class: "hl st-cue" }, s.cue && s.cue.text || ""),
      (s.via || []).length ? [" ", h("span", { class: "muted" }, t("c.via")), " ", ar("span", {}, s.via.map((v) => v.text).join("، "))] : null),
    ar("p", { class: "stmt-content" }, s.content && s.content.text || ""))));
  const props = h("ul", { class: "prop-list" }, (an.propositions || []).map((p) => h("li", {},
    h("span", { class: "swatch", style: { background: kindColour(p.type) } }), " ", kindLabel(p.type), " · ", ar("span", {}, p.trigger && p.trigger.text || ""))));
  const contras = h("ul", { class: "prop-list" }, (an.contradictions || []).map((c) => h("li", {}, h("span", { class: "chip kind-" + c.kind }, c.kind), " ", auto("span", {}, c.explanation || ""))));
  main.appendChild(h("section", { class: "article-view" },
    h("p", {}, h("a", { href: "#/articles" }, t("a.back"))),
    ar("h1", {}, art.title || art.id || id),
    h("p", { class: "meta" }, auto("span", {}, art.outlet || "—"), " · ", art.published || "—", url ? [" · ", h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, t("a.original"))] : null),
    toggles, legend,
    h("div", { class: "article-grid" }, text,
      h("aside", {}, h("h2", {}, t("a.statements")), stmts, h("h2", {}, t("a.events")), props, (an.contradictions || []).length ? [h("h2", {}, t("a.contradictions")), contras] : null))));
  const target = document.getElementById("hl");
  if (target) target.scrollIntoView({ block: "center" });
}

// ---------- sources ----------
async function viewSources(_parts, params) {
  const q = params.get("q") || "";
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const input = h("input", { type: "search", id: "source-q", value: q, placeholder: t("s.search"), dir: "auto" });
  const form = h("form", { class: "searchbar", onsubmit: (ev) => { ev.preventDefault(); location.hash = `#/sources?q=${encodeURIComponent(input.value.trim())}`; } }, input);
  main.appendChild(h("h1", {}, t("s.title")));
  main.appendChild(form);
  const page = await api(`/api/sources?limit=100&offset=${offset}${q ? "&q=" + encodeURIComponent(q) : ""}`);
  const cols = ["s.grade", "s.name", "s.party", "s.outlets", "s.statements", "s.claims", "s.contradicted", "s.confirmed", "s.by"];
  const table = h("table", { class: "sources" }, h("thead", {}, h("tr", {}, cols.map((c) => h("th", {}, t(c))))),
    h("tbody", {}, page.items.map((s) => h("tr", {},
      h("td", {}, h("span", { class: GRADE_CLASS(s.grade) }, s.grade || "?")),
      h("td", {}, h("a", { href: `#/source/${encodeURIComponent(s.key)}` }, auto("span", {}, s.name || s.key))),
      h("td", {}, s.party || "—"), auto("td", {}, (s.outlets || []).join("، ")),
      h("td", { class: "num" }, s.statements ?? 0), h("td", { class: "num" }, s.claims ?? 0), h("td", { class: "num" }, s.contradicted ?? 0), h("td", { class: "num" }, s.confirmed ?? 0),
      auto("td", {}, (s.contradicted_by || []).join("، "))))));
  main.appendChild(page.items.length ? table : h("p", { class: "muted" }, t("s.none")));
  main.appendChild(pager({ ...page, limit: 100 }, (o) => `#/sources?q=${encodeURIComponent(q)}&offset=${o}`));
}

async function viewSource(parts) {
  const key = parts[0] || "";
  const d = await api(`/api/sources/${encodeURIComponent(key)}`);
  const s = d.row || {};
  const stat = (k, v) => h("div", { class: "stat" }, h("span", { class: "n" }, String(v ?? 0)), h("span", { class: "l" }, t(k)));
  main.appendChild(h("section", { class: "source-view" },
    h("p", {}, h("a", { href: "#/sources" }, t("a.back"))),
    h("div", { class: "source-head" }, h("span", { class: GRADE_CLASS(s.grade) + " big" }, s.grade || "?"),
      h("div", {}, auto("h1", {}, s.name || key), h("p", { class: "meta" }, s.party ? h("span", { class: "party" }, s.party) : null, " ", auto("span", {}, (s.outlets || []).join("، "))))),
    h("h2", {}, t("s.record")),
    h("div", { class: "stats-grid" }, stat("s.statements", s.statements), stat("s.claims", s.claims), stat("s.contradicted", s.contradicted), stat("s.confirmed", s.confirmed)),
    (s.contradicted_by || []).length ? h("p", {}, h("strong", {}, t("s.by") + ": "), (s.contradicted_by || []).map((b) => auto("span", { class: "chip" }, b))) : null,
    (d.contradictions || []).length ? [h("h2", {}, t("a.contradictions")), h("div", { class: "board" }, d.contradictions.map(contradictionCard))] : null,
    h("h2", {}, t("s.said")),
    h("ul", { class: "stmt-list" }, (d.statements || []).map(statementItem))));
}

function statementItem(r) {
  const s = r.statement || {};
  const span = s.content && s.content.span;
  return h("li", {},
    h("p", { class: "meta" }, auto("span", {}, r.outlet || "—"), " · ", day(r.published) || "—", " · ",
      h("a", { href: `#/article/${encodeURIComponent(r.article_id)}${span ? `?hl=${span[0]},${span[1]}` : ""}` }, t("event.article"))),
    ar("p", {}, ar("span", { class: "hl st-source" }, s.source && s.source.text || r.source_canonical || ""), " ", ar("span", { class: "hl st-cue" }, s.cue && s.cue.text || ""), " ", ar("span", { class: "stmt-content" }, s.content && s.content.text || "")));
}

// ---------- claim check ----------
async function viewCheck() {
  const area = h("textarea", { id: "claim", rows: 3, lang: "ar", dir: "rtl", placeholder: t("check.placeholder") });
  const out = h("div", { class: "check-out" });
  const go = async (ev) => {
    ev.preventDefault();
    clear(out).appendChild(h("p", { class: "muted" }, t("loading")));
    try {
      const r = await api("/api/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ claim: area.value }) });
      clear(out);
      if (!(r.groups || []).length) out.appendChild(h("p", { class: "muted" }, t("check.none")));
      for (const g of r.groups || []) {
        out.appendChild(h("section", { class: "check-group stance-" + g.stance },
          h("h3", {}, h("span", { class: "chip" }, t("check." + g.stance)), " ", auto("span", {}, g.outlet || "—"), g.party ? h("span", { class: "party" }, g.party) : null),
          h("ul", { class: "stmt-list" }, (g.items || []).map(statementItem))));
      }
    } catch (e) { clear(out).appendChild(errorBox(e)); }
  };
  main.appendChild(h("section", {}, h("h1", {}, t("check.title")), h("form", { class: "check-form", onsubmit: go }, area, h("button", { type: "submit" }, t("check.go"))), out));
}

// ---------- boot ----------
document.getElementById("lang").addEventListener("click", () => { setLang(getLang() === "ar" ? "en" : "ar"); loadStats(); route(); });
window.addEventListener("hashchange", route);
applyStatic();
loadStats();
route();
