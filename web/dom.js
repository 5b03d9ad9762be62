// Small DOM and API helpers shared by the page's modules. Text only ever goes through
// textContent / text nodes, never parsed as markup.
import { t } from "./i18n.js";

const SVGNS = "http://www.w3.org/2000/svg";

export function h(tag, attrs, ...kids) {
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
export function append(el, kids) {
  for (const k of kids.flat(Infinity)) {
    if (k == null || k === false) continue;
    el.appendChild(typeof k === "string" || typeof k === "number" ? document.createTextNode(String(k)) : k);
  }
  return el;
}
/** Content in Arabic: right-to-left whatever the interface language. */
export const ar = (tag, attrs, ...kids) => h(tag, { lang: "ar", dir: "rtl", ...attrs }, ...kids);
/** Names and outlets: direction from their own first strong character, isolated from what is around. */
export const auto = (tag, attrs, ...kids) => h(tag, { dir: "auto", ...attrs }, ...kids);
/** isnad's explanations are English sentences that may start with an Arabic name: always
 *  left-to-right, isolated (CSS unicode-bidi: isolate), whatever the page's direction. */
export const english = (tag, attrs, ...kids) => h(tag, { lang: "en", dir: "ltr", ...attrs, class: ((attrs && attrs.class) || "") + " en" }, ...kids);
/** A date: left-to-right even in Arabic text (2024-03-16 must not read 16-03-2024). */
export const dateEl = (d) => (d ? h("bdi", { dir: "ltr", class: "date" }, d) : "—");
export const clear = (el) => { while (el.firstChild) el.removeChild(el.firstChild); return el; };
export const safeUrl = (u) => (typeof u === "string" && /^https?:\/\//i.test(u) ? u : null);
export const day = (s) => (typeof s === "string" && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null);

export async function api(path, opts) {
  const res = await fetch(path, opts);
  let body = null;
  try { body = await res.json(); } catch (_) { /* empty or not JSON */ }
  if (!res.ok) throw new Error((body && body.error) || res.status + " " + res.statusText);
  return body;
}
/** Every row of a paginated endpoint (pages of 200), up to `max`. */
export async function fetchAll(path, max = 5000) {
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
export function errorBox(e) {
  return h("div", { class: "error", role: "alert" }, t("error") + ": " + (e && e.message ? e.message : String(e)));
}

/** Query string of the non-empty values of `obj`. */
export function qs(obj) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) if (v != null && v !== "") p.set(k, v);
  return p.toString();
}
/** Puts a view's state in the address (replacing the entry: filters are not history steps). */
export function setHash(view, params) {
  const q = qs(params);
  const hash = `#/${view}${q ? "?" + q : ""}`;
  if (location.hash !== hash) history.replaceState(null, "", hash);
}

// ---------- event types, parties ----------
export const KIND_COLOURS = {
  airstrike: "#d1495b", shelling: "#e76f51", bombing: "#9b2226", attack: "#c44536", clash: "#f4a261",
  shootdown: "#8d5a97", casualties: "#6d597a", capture: "#2a9d8f", control: "#4d908e", withdrawal: "#90be6d",
  advance: "#43aa8b", siege: "#577590", support: "#277da1", deployment: "#4361ee", agreement: "#06a77d",
  arrest: "#b5838d", protest: "#f9c74f", displacement: "#a68a64", other: "#8d99ae",
};
export const kindColour = (k) => KIND_COLOURS[k] || KIND_COLOURS.other;
/** Event type in the interface language (the English key is the type itself). */
export const kindLabel = (k) => { const s = t("ev." + k); return s === "ev." + k ? k : s; };
/** A party code with its name in the interface language as a tooltip and for screen readers. */
export function partyBadge(code) {
  const name = t("party." + code);
  const known = name !== "party." + code;
  return h("abbr", { class: "party", title: known ? name : code, "aria-label": known ? `${code}: ${name}` : code }, code);
}
export const partyName = (code) => { const n = t("party." + code); return n === "party." + code ? code : n; };
