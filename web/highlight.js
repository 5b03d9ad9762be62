// Renders article text with overlapping annotation layers. Spans are code points [start, end)
// into the original text; the text is cut at every span boundary and each piece becomes a
// <span> carrying the classes of every mark covering it. Only textContent is ever set.

/**
 * @param {string} text
 * @param {{start:number,end:number,cls:string[],title?:string,id?:string}[]} marks
 * @returns {DocumentFragment}
 */
export function highlight(text, marks) {
  const cps = Array.from(text || "");
  const n = cps.length;
  const ok = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end && m.start >= 0 && m.end <= n);
  const cuts = new Set([0, n]);
  for (const m of ok) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  // Marks by start so each piece only scans the ones that can cover it.
  const sorted = ok.slice().sort((a, b) => a.start - b.start);
  const frag = document.createDocumentFragment();
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    while (next < sorted.length && sorted[next].start <= a) active.push(sorted[next++]);
    active = active.filter((m) => m.end > a);
    const piece = cps.slice(a, b).join("");
    if (!active.length) { frag.appendChild(document.createTextNode(piece)); continue; }
    const span = document.createElement("span");
    const classes = new Set(["hl"]);
    const titles = [];
    for (const m of active) {
      for (const c of m.cls) classes.add(c);
      if (m.title) titles.push(m.title);
      if (m.id && m.start === a) span.id = m.id;
    }
    span.className = [...classes].join(" ");
    if (titles.length) span.title = titles.join(" · ");
    span.textContent = piece;
    frag.appendChild(span);
  }
  return frag;
}

/** Marks for every layer of an isnad/1 analysis. */
export function analysisMarks(an, labels) {
  const marks = [];
  const sp = (x) => (x && Array.isArray(x.span) ? x.span : null);
  for (const e of an.entities || []) {
    const s = sp(e); if (!s) continue;
    const party = e.actor && e.actor.party ? " · " + e.actor.party : "";
    marks.push({ start: s[0], end: s[1], cls: ["L-ent", "ent-" + String(e.type || "X").replace(/[^A-Za-z]/g, "")], title: (labels.ent(e.type)) + (e.canonical ? ": " + e.canonical : "") + party });
  }
  for (const st of an.statements || []) {
    const src = sp(st.source), cue = sp(st.cue), con = sp(st.content);
    if (src) marks.push({ start: src[0], end: src[1], cls: ["L-stmt", "st-source"], title: labels.source + " (" + st.id + ")" });
    if (cue) marks.push({ start: cue[0], end: cue[1], cls: ["L-stmt", "st-cue"], title: labels.cue + ": " + (st.cue.stance || "") });
    if (con) marks.push({ start: con[0], end: con[1], cls: ["L-stmt", "st-content"], title: labels.content + " (" + st.id + ")", id: "st-" + st.id });
    for (const v of st.via || []) { const s = sp(v); if (s) marks.push({ start: s[0], end: s[1], cls: ["L-stmt", "st-via"], title: "via" }); }
  }
  for (const tm of an.times || []) { const s = sp(tm); if (s) marks.push({ start: s[0], end: s[1], cls: ["L-time"], title: labels.time + (tm.value ? ": " + tm.value : "") }); }
  for (const q of an.quantities || []) { const s = sp(q); if (s) marks.push({ start: s[0], end: s[1], cls: ["L-qty"], title: labels.quantity + ": " + q.value + " " + (q.unit || "") + (q.of ? " " + q.of : "") }); }
  for (const p of an.propositions || []) { const s = sp(p.trigger); if (s) marks.push({ start: s[0], end: s[1], cls: ["L-trig"], title: labels.trigger + ": " + p.type }); }
  return marks;
}
