// The contradiction board (#/contradictions?party=…&outlet=…&kind=…&scope=…), one contradiction
// (#/contradiction/ID, its permalink), and the analyst's judgement of a card (right / wrong,
// stored in the store with the server's token).
import { t, getLang } from "./i18n.js";
import { h, ar, auto, english, append, clear, api, fetchAll, day, dateEl, setHash, kindColour, kindLabel, partyBadge } from "./dom.js";
import { highlight } from "./highlight.js";

const label = (prefix, v) => { const k = prefix + "." + v; const s = t(k); return s === k ? v : s; };
const BOARD_FILTERS = ["party", "outlet", "kind", "scope", "verdict"];

export async function viewContradictions(main, _parts, params) {
  const f = {};
  for (const k of BOARD_FILTERS) f[k] = params.get(k) || "";
  main.appendChild(h("h1", {}, t("c.title")));
  const list = h("div", { class: "board" }, h("p", { class: "muted" }, t("loading")));
  main.appendChild(list);
  const rows = await fetchAll("/api/contradictions", 1000);
  clear(list);
  if (!rows.length) { list.appendChild(h("p", { class: "muted" }, t("c.none"))); return; }
  const uniq = (xs) => [...new Set(xs.filter(Boolean))].sort((a, b) => a.localeCompare(b));
  const values = {
    party: uniq(rows.flatMap((c) => [c.party, ...(c.sides || []).map((s) => s.source_party)])),
    outlet: uniq(rows.flatMap((c) => (c.sides || []).map((s) => s.outlet))),
    kind: uniq(rows.map((c) => c.kind)),
    scope: uniq(rows.map((c) => c.scope)),
    verdict: ["right", "wrong", "none"],
  };
  const shows = { kind: (v) => label("kind", v), scope: (v) => label("scope", v), verdict: (v) => (v === "none" ? "—" : t("c." + v)) };
  const names = { party: t("filter.party"), outlet: t("filter.outlet"), kind: t("c.kind"), scope: t("c.scope"), verdict: t("c.verdict") };
  const sel = (key) => {
    const s = h("select", { id: "c-" + key }, h("option", { value: "" }, t("filter.all")), values[key].map((v) => h("option", { value: v }, (shows[key] || ((x) => x))(v))));
    s.value = f[key];
    s.addEventListener("change", () => { f[key] = s.value; draw(); });
    return h("label", { class: "filter" }, h("span", {}, names[key]), s);
  };
  const count = h("p", { class: "count", role: "status" });
  main.insertBefore(h("div", { class: "filters" }, BOARD_FILTERS.map(sel), count), list);
  main.appendChild(h("p", {}, h("a", { href: "/api/contradictions/export", download: "", id: "c-export" }, t("c.export"))));
  function draw() {
    if (main.isConnected) setHash("contradictions", f);
    const shown = rows.filter((c) =>
      (!f.party || c.party === f.party || (c.sides || []).some((s) => s.source_party === f.party)) &&
      (!f.outlet || (c.sides || []).some((s) => s.outlet === f.outlet)) &&
      (!f.kind || c.kind === f.kind) && (!f.scope || c.scope === f.scope) &&
      (!f.verdict || (f.verdict === "none" ? !c.verdict : c.verdict === f.verdict)));
    // The same two quotes read twice (two propositions of one sentence, copies of a page) are
    // one card that says how often.
    const groups = new Map();
    for (const c of shown) {
      const key = (c.sides || []).map((s) => `${s.article_id}|${(s.content_span || []).join(",")}`).sort().join("#");
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(c);
    }
    clear(list);
    for (const g of groups.values()) list.appendChild(contradictionCard(g[0], g.length));
    count.textContent = `${groups.size} ${t("c.shown")} (${shown.length} ${t("map.of")} ${rows.length})`;
  }
  draw();
}

export async function viewContradiction(main, parts) {
  const id = parts[0] || "";
  const c = await api(`/api/contradictions/${encodeURIComponent(id)}`);
  main.appendChild(h("p", {}, h("a", { href: "#/contradictions" }, t("c.all"))));
  main.appendChild(h("h1", {}, t("c.title")));
  const card = contradictionCard(c, 1);
  main.appendChild(h("div", { class: "board" }, card));
  card.querySelector("button.open").click();
}

function chain(side) {
  // outlet ← via … ← source: who passed the words to whom, read from the outlet back to the speaker.
  const links = [side.outlet, ...(side.via || []), side.source_canonical || side.source_text].filter(Boolean);
  const el = h("p", { class: "chain" });
  links.forEach((l, i) => {
    if (i) el.appendChild(h("span", { class: "arrow", "aria-hidden": "true" }, getLang() === "ar" ? " → " : " ← "));
    el.appendChild(auto("bdi", { class: i === links.length - 1 ? "link src" : "link" }, l));
  });
  if (side.source_party) el.appendChild(partyBadge(side.source_party));
  return el;
}

const token = () => sessionStorage.getItem("isnad.token") || "";

function verdictBox(c) {
  const out = h("span", { class: "verdict-state", role: "status" });
  const show = (v) => { out.textContent = v ? t("c.marked." + v) : ""; out.className = "verdict-state" + (v ? " v-" + v : ""); };
  show(c.verdict);
  const send = async (v) => {
    let tok = token();
    if (!tok) { tok = window.prompt(t("c.token")) || ""; if (!tok) return; sessionStorage.setItem("isnad.token", tok); }
    try {
      const r = await api(`/api/contradictions/${c.id}/verdict`, { method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer " + tok }, body: JSON.stringify({ verdict: v }) });
      c.verdict = r.verdict; show(r.verdict);
    } catch (e) {
      if (/token/i.test(e.message)) sessionStorage.removeItem("isnad.token");
      out.textContent = t("error") + ": " + e.message;
    }
  };
  return h("div", { class: "verdict", role: "group", "aria-label": t("c.verdict") }, h("span", { class: "muted small" }, t("c.verdict") + ": "),
    h("button", { type: "button", class: "v-right", onclick: (ev) => { ev.stopPropagation(); send("right"); } }, t("c.right")),
    h("button", { type: "button", class: "v-wrong", onclick: (ev) => { ev.stopPropagation(); send("wrong"); } }, t("c.wrong")),
    h("button", { type: "button", class: "v-clear", onclick: (ev) => { ev.stopPropagation(); send(null); } }, t("c.clear")), " ", out);
}

/** The explanation's gist in Arabic, from the row's fields: who said what against whom, and why
 *  it cannot hold (isnad writes its explanations in English; they follow, left-to-right). */
function arabicSummary(c, sides) {
  const who = (s) => s.source_text || s.source_canonical || "—";
  const said = (s) => (s.stance ? label("stance", s.stance) : "");
  const parts = [];
  sides.forEach((s, i) => {
    if (i) parts.push(" ↔ ");
    parts.push(h("bdi", {}, "«" + who(s) + "»"), said(s) ? ` (${said(s)})` : "");
  });
  return ar("p", { class: "summary-ar" }, parts, " — ", label("basis", c.basis), c.proposition_type ? ` · ${kindLabel(c.proposition_type)}` : "");
}

export function contradictionCard(c, copies = 1) {
  const sides = (c.sides || []).slice(0, 2);
  const panes = h("div", { class: "articles-pair" });
  const card = h("article", { class: "contradiction", "data-id": c.id, id: "c" + c.id },
    h("header", {},
      h("span", { class: "chip kind-" + c.kind }, label("kind", c.kind)),
      c.scope ? h("span", { class: "chip" }, label("scope", c.scope)) : null,
      c.basis ? h("span", { class: "chip", title: c.basis }, t("c.basis") + ": " + label("basis", c.basis)) : null,
      c.proposition_type ? h("span", { class: "chip", style: { borderColor: kindColour(c.proposition_type) } }, kindLabel(c.proposition_type)) : null,
      c.party ? partyBadge(c.party) : null,
      c.place_name ? auto("bdi", { class: "chip" }, (getLang() === "ar" && c.place_ar) || c.place_name) : null,
      c.date ? h("span", { class: "chip" }, dateEl(c.date)) : null,
      copies > 1 ? h("span", { class: "chip dupes" }, `${t("c.dupes")} ${copies} ${t("c.times")}`) : null,
      h("a", { href: `#/contradiction/${c.id}`, class: "permalink" }, t("c.permalink"))),
    getLang() === "ar" ? arabicSummary(c, sides) : null,
    c.explanation ? english("p", { class: "explanation" }, c.explanation) : null,
    h("div", { class: "sides" }, sides.map((s, i) => {
      // The quote inside its sentence («بالانسحاب» alone says nothing), the quote marked.
      const sent = s.sentence && typeof s.sentence.text === "string" ? Array.from(s.sentence.text) : null;
      const [qa, qb] = (s.sentence && s.sentence.quote) || [0, 0];
      const quote = sent && qb <= sent.length
        ? ar("blockquote", {}, sent.slice(0, qa).join(""), h("mark", { class: "q" }, s.content_text || ""), sent.slice(qb).join(""))
        : ar("blockquote", {}, h("mark", { class: "q" }, s.content_text || ""));
      const box = h("div", { class: "side side-" + i },
        chain(s),
        h("p", { class: "meta" }, auto("bdi", {}, s.outlet || "—"), " · ", dateEl(s.published ? day(s.published) || s.published : null),
          s.cue_text ? [" · ", ar("span", { class: "cue" }, s.cue_text)] : null, s.stance ? h("span", { class: "stance" }, " (" + label("stance", s.stance) + ")") : null,
          s.polarity === "negative" ? h("span", { class: "chip neg" }, "¬") : null),
        quote);
      return box;
    })),
    verdictBox(c),
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
        const text = ar("div", { class: "article-text small", tabindex: 0 }, highlight(d.article.text, marks));
        append(pane, [h("h3", { class: "pane-title" }, h("a", { href: `#/article/${encodeURIComponent(s.article_id)}?hl=${a},${b}` }, auto("bdi", {}, d.article.title || t("a.untitled"))), " · ", auto("bdi", {}, s.outlet || "")), text]);
        const q = text.querySelector(".quote");
        if (q) text.scrollTop = Math.max(0, q.offsetTop - text.offsetTop - 40);
      }).catch((e) => { clear(pane); pane.appendChild(h("div", { class: "error", role: "alert" }, String(e.message || e))); });
    }
  };
  toggle.addEventListener("click", (ev) => { ev.stopPropagation(); flip(); });
  return card;
}
