// isnad web page: router and the article, source and claim-check views. The map lives in
// map.js, the contradiction board in board.js, shared helpers in dom.js. Article text only
// ever goes through textContent / text nodes, never parsed as markup.
import { t, setLang, getLang, applyStatic } from "./i18n.js";
import { highlight, analysisMarks } from "./highlight.js";
import { h, ar, auto, english, append, clear, api, safeUrl, day, dateEl, qs, errorBox, kindColour, kindLabel, partyBadge } from "./dom.js";
import { viewMap } from "./map.js";
import { viewContradictions, viewContradiction, contradictionCard } from "./board.js";

const main = document.getElementById("main");

// ---------- router ----------
function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const parts = path.split("/").map((p) => { try { return decodeURIComponent(p); } catch (_) { return p; } });
  const params = new URLSearchParams(query || "");
  const view = parts[0] || "map";
  const navOf = { article: "articles", source: "sources", contradiction: "contradictions" };
  for (const a of document.querySelectorAll("nav a")) {
    const on = a.dataset.view === view || a.dataset.view === navOf[view];
    a.classList.toggle("active", on);
    if (on) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  clear(main);
  main.dataset.view = view;
  // Each view draws into its own box: a slower view still loading when the address changed
  // (a language switch, then a link) fills a box no longer on the page.
  const box = h("div", { class: "view" });
  main.appendChild(box);
  const views = { map: viewMap, contradictions: viewContradictions, contradiction: viewContradiction, articles: viewArticles, article: viewArticle, sources: viewSources, source: viewSource, check: viewCheck };
  (views[view] || viewMap)(box, parts.slice(1), params).catch((e) => box.appendChild(errorBox(e)));
}

async function loadStats() {
  const el = document.getElementById("stats");
  try {
    const s = await api("/api/stats");
    clear(el);
    append(el, [`${s.articles ?? 0} ${t("stats.articles")} · ${s.events ?? 0} ${t("stats.events")} · ${s.contradictions ?? 0} ${t("stats.contradictions")}`]);
  } catch (_) { /* the header count is decoration */ }
}

// ---------- articles ----------
async function viewArticles(main, _parts, params) {
  const f = { q: params.get("q") || "", outlet: params.get("outlet") || "", since: params.get("since") || "", until: params.get("until") || "" };
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const limit = 50;
  const field = (key, type, label) => h("label", { class: "filter" }, h("span", {}, label), h("input", { type, id: "a-" + key, name: key, value: f[key], dir: type === "search" ? "auto" : null }));
  const form = h("form", { class: "filters searchbar", role: "search", onsubmit: (ev) => {
    ev.preventDefault();
    const v = (k) => form.querySelector(`[name=${k}]`).value.trim();
    location.hash = "#/articles?" + qs({ q: v("q"), outlet: v("outlet"), since: v("since"), until: v("until") });
  } }, field("q", "search", t("a.search")), field("outlet", "search", t("a.outlet")), field("since", "date", t("filter.since")), field("until", "date", t("filter.until")),
  h("button", { type: "submit" }, t("a.go")));
  const list = h("ul", { class: "article-list" });
  main.appendChild(h("section", {}, h("h1", {}, t("a.title")), form, list));
  // Full-text search ranks hits; without words the list is filtered by outlet and dates.
  const page = f.q
    ? await api("/api/search?" + qs({ q: f.q, offset, limit }))
    : await api("/api/articles?" + qs({ outlet: f.outlet, since: f.since, until: f.until, offset, limit }));
  if (!page.items.length) list.appendChild(h("li", { class: "muted" }, t("a.none")));
  for (const a of page.items) {
    const id = a.id || a.article_id;
    const hl = a.spans && a.spans[0] ? `?hl=${a.spans[0][0]},${a.spans[0][1]}` : "";
    list.appendChild(h("li", {},
      h("a", { href: `#/article/${encodeURIComponent(id)}${hl}` }, a.title ? ar("span", { class: "title" }, a.title) : h("span", { class: "title muted" }, t("a.untitled"))),
      h("span", { class: "meta" }, auto("bdi", {}, a.outlet || "—"), " · ", dateEl(day(a.published)),
        a.n_statements != null ? ` · ${a.n_statements} ${t("a.n_statements")} · ${a.n_events} ${t("stats.events")} · ${a.n_contradictions} ${t("stats.contradictions")}` : ""),
      a.snippet ? ar("p", { class: "snippet" }, highlight(a.snippet, (a.snippet_spans || []).map(([s, e]) => ({ start: s, end: e, cls: ["hit"] })))) : null));
  }
  main.appendChild(pager(page, (o) => "#/articles?" + qs({ ...f, offset: o })));
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
  const area = h("textarea", { rows: 5, dir: "auto", "aria-label": t("ingest.title"), placeholder: '[{"id": "...", "text": "...", "outlet": "...", "published": "2024-01-01"}]' });
  const token = h("input", { type: "password", placeholder: t("ingest.token"), "aria-label": t("ingest.token"), autocomplete: "off" });
  const out = h("p", { class: "muted" });
  const submit = async (ev) => {
    ev.preventDefault();
    let body = area.value.trim();
    // JSON lines → array
    if (body && !body.startsWith("[") && body.includes("\n")) body = "[" + body.split(/\n+/).filter((l) => l.trim()).join(",") + "]";
    try {
      const r = await api("/api/ingest", { method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer " + token.value }, body });
      out.textContent = JSON.stringify(r);
      sessionStorage.setItem("isnad.token", token.value);
      loadStats();
    } catch (e) { out.textContent = t("error") + ": " + e.message; }
  };
  return h("details", { class: "ingest" }, h("summary", {}, t("ingest.title")),
    h("form", { onsubmit: submit }, h("p", { class: "muted small" }, t("ingest.hint")), area, h("div", {}, token, h("button", { type: "submit" }, t("ingest.go")))), out);
}

const LAYERS = [["L-ent", "layer.entities"], ["L-stmt", "layer.statements"], ["L-time", "layer.times"], ["L-qty", "layer.quantities"], ["L-trig", "layer.triggers"]];

async function viewArticle(main, parts, params) {
  const id = parts[0] || "";
  const d = await api(`/api/articles/${encodeURIComponent(id)}`);
  const art = d.article || {}, an = d.analysis || {};
  const labels = { ent: (ty) => t("ent." + ty), source: t("a.source"), cue: t("a.cue"), content: t("a.content"), time: t("a.time"), quantity: t("a.quantity"), trigger: t("a.trigger") };
  const marks = analysisMarks(an, labels);
  const hl = (params.get("hl") || "").split(",").map(Number);
  if (hl.length === 2 && hl.every(Number.isInteger)) marks.push({ start: hl[0], end: hl[1], cls: ["quote"], id: "hl" });
  const text = ar("div", { class: "article-text", id: "article-text", tabindex: 0 }, highlight(art.text || "", marks));
  const toggles = h("div", { class: "layers" }, h("strong", {}, t("a.layers") + ": "), LAYERS.map(([cls, key]) => {
    const cb = h("input", { type: "checkbox", checked: true, "data-layer": cls, "aria-label": t(key), onchange: () => text.classList.toggle("hide-" + cls, !cb.checked) });
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
  const contras = h("ul", { class: "prop-list" }, (an.contradictions || []).map((c) => h("li", {}, h("span", { class: "chip kind-" + c.kind }, t("kind." + c.kind)), " ", english("span", {}, c.explanation || ""))));
  main.appendChild(h("section", { class: "article-view" },
    h("p", {}, h("a", { href: "#/articles" }, t("a.back"))),
    art.title ? ar("h1", {}, art.title) : h("h1", {}, t("a.untitled")),
    h("p", { class: "meta" }, auto("span", {}, art.outlet || "—"), " · ", dateEl(art.published), url ? [" · ", h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, t("a.original"))] : null),
    toggles, legend,
    h("div", { class: "article-grid" }, text,
      h("aside", {}, h("h2", {}, t("a.statements")), stmts, h("h2", {}, t("a.events")), props, (an.contradictions || []).length ? [h("h2", {}, t("a.contradictions")), contras] : null))));
  const target = document.getElementById("hl");
  if (target) target.scrollIntoView({ block: "center" });
}

// ---------- sources ----------
const gradeBadge = (g, big) => (/^[A-E]$/.test(g || "")
  ? h("span", { class: "grade grade-" + g + (big ? " big" : "") }, g)
  : h("span", { class: "grade grade-na" + (big ? " big" : ""), title: t("s.na.title") }, t("s.na")));

const howGraded = () => h("details", { class: "how" }, h("summary", {}, t("s.how")), h("p", {}, t("s.how.text")));

async function viewSources(main, _parts, params) {
  const f = { q: params.get("q") || "", kind: params.get("kind") || "speaker", party: params.get("party") || "" };
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const input = h("input", { type: "search", id: "source-q", value: f.q, placeholder: t("s.search"), "aria-label": t("s.search"), dir: "auto" });
  const form = h("form", { class: "searchbar", role: "search", onsubmit: (ev) => { ev.preventDefault(); location.hash = "#/sources?" + qs({ ...f, q: input.value.trim() }); } }, input);
  const tabs = h("div", { class: "tabs", role: "group", "aria-label": t("s.kind") }, [["speaker", "s.speakers"], ["outlet", "s.outlets_only"]].map(([k, key]) =>
    h("a", { href: "#/sources?" + qs({ ...f, kind: k }), class: "tab" + (f.kind === k ? " on" : ""), "aria-current": f.kind === k ? "true" : null, id: "s-" + k }, t(key))));
  main.appendChild(h("h1", {}, t("s.title")));
  append(main, [tabs, form, howGraded()]);
  const page = await api("/api/sources?" + qs({ limit: 100, offset, q: f.q, kind: f.kind, party: f.party }));
  const cols = ["s.grade", "s.name", "s.party", "s.outlets", "s.statements", "s.claims", "s.contradicted", "s.confirmed", "s.marked", "s.by"];
  const table = h("table", { class: "sources" }, h("thead", {}, h("tr", {}, cols.map((c) => h("th", { scope: "col" }, t(c))))),
    h("tbody", {}, page.items.map((s) => h("tr", {},
      h("td", {}, gradeBadge(s.grade)),
      h("td", {}, h("a", { href: `#/source/${encodeURIComponent(s.key)}` }, auto("bdi", {}, s.name || s.key))),
      h("td", {}, s.party ? partyBadge(s.party) : "—"), auto("td", {}, (s.outlets || []).slice(0, 5).join("، ") + ((s.outlets || []).length > 5 ? "…" : "")),
      h("td", { class: "num" }, s.statements ?? 0), h("td", { class: "num" }, s.claims ?? 0), h("td", { class: "num" }, s.contradicted ?? 0), h("td", { class: "num" }, s.confirmed ?? 0),
      h("td", { class: "num" }, s.marked_wrong ?? 0),
      auto("td", {}, (s.contradicted_by || []).join("، "))))));
  main.appendChild(page.items.length ? table : h("p", { class: "muted" }, t("s.none")));
  main.appendChild(pager({ ...page, limit: 100 }, (o) => "#/sources?" + qs({ ...f, offset: o })));
}

async function viewSource(main, parts, params) {
  const key = parts[0] || "";
  const d = await api(`/api/sources/${encodeURIComponent(key)}`);
  const s = d.row || {};
  const stat = (k, v) => h("div", { class: "stat" }, h("span", { class: "n" }, String(v ?? 0)), h("span", { class: "l" }, t(k)));
  // A source with hundreds of statements: pages of 30, the page number in the address.
  const per = 30;
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const stmts = d.statements || [];
  main.appendChild(h("section", { class: "source-view" },
    h("p", {}, h("a", { href: "#/sources" }, t("a.back"))),
    h("div", { class: "source-head" }, gradeBadge(s.grade, true),
      h("div", {}, auto("h1", {}, s.name || key), h("p", { class: "meta" }, s.party ? partyBadge(s.party) : null, " ", auto("bdi", {}, (s.outlets || []).join("، "))),
        (s.aliases || []).length ? h("p", { class: "meta" }, t("s.aliases") + ": ", s.aliases.map((a) => auto("bdi", { class: "chip" }, a.replace(/^[a-z]+:/, "")))) : null)),
    h("h2", {}, t("s.record")),
    h("div", { class: "stats-grid" }, stat("s.statements", s.statements), stat("s.claims", s.claims), stat("s.contradicted", s.contradicted), stat("s.confirmed", s.confirmed), stat("s.marked", s.marked_wrong)),
    howGraded(),
    (s.contradicted_by || []).length ? h("p", {}, h("strong", {}, t("s.by") + ": "), (s.contradicted_by || []).map((b) => auto("bdi", { class: "chip" }, b))) : null,
    (d.contradictions || []).length ? [h("h2", {}, t("a.contradictions")), h("div", { class: "board" }, d.contradictions.map((c) => contradictionCard(c)))] : null,
    h("h2", {}, t("s.said")),
    h("ul", { class: "stmt-list" }, stmts.slice(offset, offset + per).map(statementItem)),
    pager({ offset, limit: per, total: stmts.length }, (o) => `#/source/${encodeURIComponent(key)}?offset=${o}`)));
}

function statementItem(r) {
  const s = r.statement || {};
  const span = s.content && s.content.span;
  return h("li", {},
    h("p", { class: "meta" }, auto("bdi", {}, r.outlet || "—"), " · ", dateEl(day(r.published)), " · ",
      h("a", { href: `#/article/${encodeURIComponent(r.article_id)}${span ? `?hl=${span[0]},${span[1]}` : ""}` }, t("event.article"))),
    ar("p", {}, ar("span", { class: "hl st-source" }, s.source && s.source.text || r.source_canonical || ""), " ", ar("span", { class: "hl st-cue" }, s.cue && s.cue.text || ""), " ", ar("span", { class: "stmt-content" }, s.content && s.content.text || "")));
}

// ---------- claim check ----------
async function viewCheck(main) {
  const area = h("textarea", { id: "claim", rows: 3, lang: "ar", dir: "rtl", "aria-label": t("check.title"), placeholder: t("check.placeholder") });
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
          h("h2", { class: "h3" }, h("span", { class: "chip" }, t("check." + g.stance)), " ", auto("bdi", {}, g.outlet || "—"), g.party ? partyBadge(g.party) : null),
          h("ul", { class: "stmt-list" }, (g.items || []).map(statementItem))));
      }
    } catch (e) { clear(out).appendChild(errorBox(e)); }
  };
  main.appendChild(h("section", {}, h("h1", {}, t("check.title")), h("form", { class: "check-form", onsubmit: go }, area, h("button", { type: "submit" }, t("check.go"))), out));
}

// ---------- boot ----------
document.getElementById("lang").addEventListener("click", () => { setLang(getLang() === "ar" ? "en" : "ar"); loadStats(); route(); });
window.addEventListener("hashchange", route);
// The address is the router's: the skip link moves focus instead of following "#main".
document.querySelector(".skip").addEventListener("click", (ev) => { ev.preventDefault(); main.focus(); });
applyStatic();
loadStats();
route();
