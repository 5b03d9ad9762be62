// Unit test of web/highlight.js without a browser: a minimal document shim records what the
// function builds. Run: node --test tests/e2e/highlight.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";

class Node_ { constructor() { this.children = []; } appendChild(c) { this.children.push(c); return c; } }
class Text_ extends Node_ { constructor(t) { super(); this.data = t; } get textContent() { return this.data; } }
class El extends Node_ {
  constructor(tag) { super(); this.tag = tag; this.className = ""; this.title = ""; this.id = ""; this._text = ""; }
  set textContent(t) { this._text = String(t); }
  get textContent() { return this._text + this.children.map((c) => c.textContent).join(""); }
  set innerHTML(_) { throw new Error("markup sink used"); }
}
class Frag extends Node_ { get textContent() { return this.children.map((c) => c.textContent).join(""); } }
globalThis.document = { createElement: (t) => new El(t), createTextNode: (t) => new Text_(t), createDocumentFragment: () => new Frag() };

const { highlight, analysisMarks } = await import("../../web/highlight.js");

test("pieces reassemble the original text and carry the covering marks", () => {
  const text = "قال المرصد السوري إن طائرات حربية قصفت سراقب 🙂 يوم الاثنين.";
  const cps = Array.from(text);
  const marks = [
    { start: 0, end: 3, cls: ["st-cue"] },
    { start: 4, end: 17, cls: ["st-source"] },
    { start: 21, end: cps.length - 1, cls: ["st-content"] },
    { start: 39, end: 44, cls: ["L-ent", "ent-GPE"] },
  ];
  const frag = highlight(text, marks);
  assert.equal(frag.textContent, text);
  const covered = (cls) => frag.children.filter((c) => c instanceof El && c.className.split(" ").includes(cls)).map((c) => c.textContent).join("");
  assert.equal(covered("st-cue"), "قال");
  assert.equal(covered("st-source"), cps.slice(4, 17).join(""));
  assert.equal(covered("ent-GPE"), cps.slice(39, 44).join(""));
  // the place sits inside the content: its piece carries both classes
  const place = frag.children.find((c) => c instanceof El && c.className.includes("ent-GPE"));
  assert.ok(place.className.includes("st-content"));
});

test("markup in the text stays text; bad spans are ignored", () => {
  const text = "<img src=x onerror=alert(1)> خبر";
  const frag = highlight(text, [{ start: 0, end: 5, cls: ["quote"] }, { start: -1, end: 3, cls: ["x"] }, { start: 5, end: 999, cls: ["y"] }, { start: 3, end: 3, cls: ["z"] }]);
  assert.equal(frag.textContent, text);
  assert.equal(frag.children.filter((c) => c instanceof El).length, 1);
});

test("random marks never lose or duplicate text", () => {
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const alphabet = Array.from("ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.0123456789\n🙂ـًٌ");
  for (let i = 0; i < 300; i++) {
    const text = Array.from({ length: rnd(60) }, () => alphabet[rnd(alphabet.length)]).join("");
    const n = Array.from(text).length;
    const marks = Array.from({ length: rnd(8) }, () => { const a = rnd(n + 2) - 1, b = a + rnd(12); return { start: a, end: b, cls: ["m" + rnd(3)] }; });
    assert.equal(highlight(text, marks).textContent, text);
  }
});

test("analysis layers become marks with their classes", () => {
  const an = {
    entities: [{ id: "e1", text: "المرصد", span: [4, 10], type: "ORG", canonical: "SOHR", actor: { party: null } }],
    statements: [{ id: "s1", source: { span: [4, 10] }, cue: { span: [0, 3], stance: "assert" }, content: { span: [14, 30] }, via: [] }],
    times: [{ span: [31, 35], value: "2024-05-06" }], quantities: [{ span: [20, 22], value: 4, unit: "strikes" }],
    propositions: [{ type: "airstrike", trigger: { span: [14, 19] } }],
  };
  const labels = { ent: (t) => t, source: "source", cue: "cue", content: "content", time: "time", quantity: "quantity", trigger: "trigger" };
  const cls = analysisMarks(an, labels).map((m) => m.cls.join(" "));
  for (const c of ["L-ent ent-ORG", "L-stmt st-source", "L-stmt st-cue", "L-stmt st-content", "L-time", "L-qty", "L-trig"]) assert.ok(cls.includes(c), c);
});
