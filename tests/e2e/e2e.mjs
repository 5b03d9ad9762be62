// Browser test of the isnad page: node e2e.mjs BASE_URL SCREENSHOT_DIR TOKEN [archive]
// Drives Debian's Chromium through playwright-core; prints "N passed, M failed" and exits non-zero
// on any failure. With "archive" (a store of all UnifiedFC) it runs the checks that matter at
// scale (counts, permalinks, exports, direction, search, accessibility) and saves archive-*.png.
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const [base, shots, token, mode] = process.argv.slice(2);
if (!base || !shots) {
  console.error("usage: node e2e.mjs BASE_URL SCREENSHOT_DIR [TOKEN] [archive]");
  process.exit(2);
}
const archive = mode === "archive";
const prefix = archive ? "archive-" : "";
mkdirSync(shots, { recursive: true });
const here = dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(createRequire(join(here, "package.json")).resolve("axe-core/axe.min.js"), "utf8");
const profile = mkdtempSync(join(tmpdir(), "isnad-e2e-"));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
  viewport: { width: 1400, height: 900 },
  deviceScaleFactor: 1,
  acceptDownloads: true,
});
const page = browser.pages()[0] || await browser.newPage();
const pageErrors = [];
page.on("pageerror", (e) => pageErrors.push(String(e)));
page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text()); });
// Nothing may be fetched from anywhere but the server itself.
const foreign = [];
page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) foreign.push(r.url()); });

let passed = 0, failed = 0;
const timings = {};
async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL - ${name}: ${e && e.stack ? e.stack.split("\n").slice(0, 3).join(" | ") : e}`);
    await page.screenshot({ path: join(tmpdir(), `isnad-e2e-failure-${prefix}${name.replace(/\W+/g, "-")}.png`) }).catch(() => {});
  }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }
const shot = (name, fullPage = false) => page.screenshot({ path: join(shots, prefix + name), fullPage });
const api = async (path) => { const r = await page.request.get(base + path); assert(r.ok(), `${path}: ${r.status()}`); return r.json(); };
const hashQuery = () => new URL(page.url()).hash.split("?")[1] || "";
const mapTotal = async () => Number(await page.getAttribute("#map-total", "data-n"));
async function mapReady() {
  await page.waitForSelector("#map-total", { timeout: 30000 });
  // The count and the list are redrawn on every change: either may be absent for a moment, and a
  // filter may leave no event at all.
  await page.waitForFunction(() => {
    const count = document.querySelector("#map-count");
    const total = document.querySelector("#map-total");
    if (!count || !total || count.textContent.includes("…")) return false;
    return Number(total.getAttribute("data-n")) === 0 || document.querySelectorAll("#event-list li").length > 0;
  }, null, { timeout: 30000 });
}
async function setLang(lang) {
  const dir = lang === "ar" ? "rtl" : "ltr";
  if ((await page.evaluate(() => document.documentElement.dir)) !== dir) {
    await page.click("#lang");
    await page.waitForFunction((d) => document.documentElement.dir === d, dir);
  }
}
/** axe-core in the page (evaluated over the DevTools protocol, so the page's CSP stays on). */
async function axe(where) {
  await page.evaluate(axeSource);
  const r = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  const bad = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert(!bad.length, `${where}: ` + bad.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(" | ")})`).join("; "));
}

await test("map: counts equal the API's, every place drawn or counted", async () => {
  const t0 = Date.now();
  await page.goto(base + "/#/map");
  await mapReady();
  timings.map_ms = Date.now() - t0;
  const q = hashQuery();
  assert(/since=\d{4}-\d{2}-\d{2}/.test(q), "the default date window is not in the address: " + q);
  const m = await api("/api/events/map?" + q.replace(/&?(offset|ev|all)=[^&]*/g, ""));
  const list = await api("/api/events?limit=1&" + q.replace(/&?(offset|ev|all)=[^&]*/g, ""));
  const shown = await mapTotal();
  assert(shown === m.total && shown === list.total, `map says ${shown}, API map ${m.total}, list ${list.total}`);
  assert(Number(await page.getAttribute("#map-placed", "data-n")) === m.placed, "placed count differs");
  const clusters = await page.$$eval(".cluster", (cs) => cs.reduce((a, c) => a + Number(c.dataset.n), 0));
  assert(clusters === m.placed, `clusters hold ${clusters} events, the API placed ${m.placed}`);
  const stats = await api("/api/stats");
  assert((await page.textContent("#map-count")).includes(String(stats.events)), "the store's total (M of 'N of M') is not shown");
  assert((await page.locator("#map path.leaflet-interactive, #map svg path").count()) > 100, "country outlines missing");
  assert((await page.locator("#timeline rect.bar").count()) > 0, "timeline empty");
  // The details panel is beside the map, above the fold at 1400×900.
  await page.locator("#event-list .event-item").first().click();
  await page.waitForSelector("#event-details blockquote.sentence mark", { timeout: 15000 });
  const box = await page.locator("#event-details").boundingBox();
  assert(box && box.y < 900 && box.x > 700, "event details not beside the map: " + JSON.stringify(box));
  const mark = await page.textContent("#event-details mark");
  assert(mark.length > 0, "the trigger is not marked in its sentence");
  await shot("map.png");
  console.log(`  map: ${shown} of ${stats.events} events in the window, ${m.placed} placed at ${m.places.length} places; loaded in ${timings.map_ms} ms`);
});

await test("map: zoom, pan and a place label", async () => {
  const before = await page.$$eval(".cluster", (cs) => cs.length);
  await page.click(".leaflet-control-zoom-in");
  await page.waitForTimeout(600);
  await page.click(".leaflet-control-zoom-in");
  await page.waitForTimeout(600);
  const after = await page.$$eval(".cluster", (cs) => cs.length);
  assert(after >= before, `zooming in merged clusters (${before} → ${after})`);
  assert((await page.locator(".place-label").count()) > 0, "no place labels");
  // The list in step with the map: only what the zoomed-in map shows.
  const listed = Number((await page.textContent("#list-range")).match(/(\d+)\s*$/)[1]);
  await page.check("#f-inview");
  await page.waitForFunction((n) => { const m = document.querySelector("#list-range").textContent.match(/(\d+)\s*$/); return m && Number(m[1]) <= n && location.hash.includes("inview=1"); }, listed);
  const inview = Number((await page.textContent("#list-range")).match(/(\d+)\s*$/)[1]);
  assert(inview <= listed, `the list did not follow the map (${listed} → ${inview})`);
  await page.uncheck("#f-inview");
  const c0 = await page.evaluate(() => document.querySelector(".leaflet-map-pane").style.transform);
  await page.mouse.move(500, 500); await page.mouse.down(); await page.mouse.move(600, 560, { steps: 5 }); await page.mouse.up();
  const c1 = await page.evaluate(() => document.querySelector(".leaflet-map-pane").style.transform);
  assert(c0 !== c1, "dragging does not pan");
});

await test("map: a filter and its permalink reopen the same view", async () => {
  const total = await mapTotal();
  const kinds = await page.$$eval("#f-kind option", (os) => os.map((o) => o.value).filter(Boolean));
  let chosen = null;
  for (const k of kinds) {
    await page.selectOption("#f-kind", k);
    await mapReady();
    const t = await mapTotal();
    if (t !== total && t > 0) { chosen = k; break; }
  }
  assert(chosen, "no event type changes the count");
  const n = await mapTotal();
  assert(hashQuery().includes("kind=" + chosen), "the filter is not in the address");
  await page.locator("#event-list .event-item").first().click();
  await page.waitForSelector("#event-details .permalink");
  const ev = await page.locator("#event-list .event-item").first().getAttribute("data-ev");
  const link = await page.getAttribute("#event-details .permalink", "href");
  // A fresh tab on the link: same filter, same count, same event open.
  const other = await browser.newPage();
  await other.goto(base + "/" + link);
  await other.waitForSelector("#event-details blockquote.sentence", { timeout: 30000 });
  assert(Number(await other.getAttribute("#map-total", "data-n")) === n, "the permalink shows another count");
  assert((await other.inputValue("#f-kind")) === chosen, "the permalink lost the filter");
  assert(decodeURIComponent(link).includes(ev), "the permalink does not name the event");
  await other.close();
  // Exports of exactly what is shown.
  const m = await api("/api/events/map?" + hashQuery().replace(/&?(offset|ev|all)=[^&]*/g, ""));
  for (const fmt of ["jsonl", "geojson", "acled-csv"]) {
    const href = await page.getAttribute(`a.export[data-format="${fmt}"]`, "href");
    const [dl] = await Promise.all([page.waitForEvent("download"), page.click(`a.export[data-format="${fmt}"]`)]);
    const body = readFileSync(await dl.path(), "utf8");
    assert(href.includes("kind=" + chosen), `${fmt} export ignores the filter`);
    if (fmt === "jsonl") assert(body.trim().split("\n").filter(Boolean).length === m.total, `JSONL has not ${m.total} lines`);
    if (fmt === "geojson") assert(JSON.parse(body).features.length === m.placed, "GeoJSON has not every placed event");
    if (fmt === "acled-csv") assert(body.startsWith("event_id_cnty,") && body.trim().split("\n").length - 1 <= m.total, "ACLED CSV");
  }
  await page.click("#f-reset");
  await mapReady();
});

await test("timeline: a click chooses dates", async () => {
  await page.locator("#timeline rect.hit").last().click();
  await mapReady();
  assert(/^\d{4}-\d{2}-\d{2}$/.test(await page.inputValue("#f-since")), "clicking a bar did not set the date filter");
  assert(hashQuery().includes("since="), "dates not in the address");
});

await test("board: both quotes highlighted, explanation left-to-right, permalink, verdict", async () => {
  await page.goto(base + "/#/contradictions");
  await page.waitForSelector(".contradiction", { timeout: 15000 });
  const card = page.locator(".contradiction").first();
  const quotes = await card.locator(".side blockquote mark.q").allTextContents();
  assert(quotes.length === 2, "a card needs two sides");
  if (!archive) {
    await card.locator("button.open").click();
    await page.waitForFunction(() => document.querySelectorAll(".contradiction.expanded .article-pane .article-text").length === 2, null, { timeout: 15000 });
    const panes = card.locator(".article-pane");
    for (let i = 0; i < 2; i++) {
      const hl = (await panes.nth(i).locator(".quote").allTextContents()).join("");
      assert(hl === quotes[i], `side ${i}: highlighted text differs from the quote (${hl} vs ${quotes[i]})`);
      assert((await panes.nth(i).locator(".article-text").getAttribute("dir")) === "rtl", "article text must be right-to-left");
    }
  }
  for (const lang of ["en", "ar"]) {
    await setLang(lang);
    await page.waitForSelector(".contradiction .explanation");
    const dirs = await page.$$eval(".explanation", (es) => es.map((e) => getComputedStyle(e).direction));
    assert(dirs.length && dirs.every((d) => d === "ltr"), `${lang}: an explanation is not left-to-right`);
  }
  await setLang("en");
  await page.waitForSelector(".contradiction");
  await shot("contradictions.png");
  const id = await page.locator(".contradiction").first().getAttribute("data-id");
  await page.locator(".contradiction .permalink").first().click();
  // The hash changes on the click, the router runs on the later hashchange: wait for the
  // permalink's own view, not for the board's card that is still on the page.
  await page.waitForFunction((i) => location.hash === "#/contradiction/" + i && document.getElementById("main").dataset.view === "contradiction" &&
    document.querySelector(`.contradiction[data-id="${i}"]`), id, { timeout: 15000 });
  assert((await page.locator(".contradiction").count()) === 1, "the permalink shows more than its contradiction");
  await shot("contradiction.png");
  if (token) {
    await page.evaluate((tok) => sessionStorage.setItem("isnad.token", tok), token);
    await page.click(".contradiction .v-wrong");
    await page.waitForSelector(".verdict-state.v-wrong");
    assert((await api(`/api/contradictions/${id}`)).verdict === "wrong", "the verdict was not stored");
    await page.click(".contradiction .v-clear");
    await page.waitForFunction(() => !document.querySelector(".verdict-state.v-wrong"));
    assert((await api(`/api/contradictions/${id}`)).verdict == null, "the verdict was not cleared");
  }
  // Board filters in the address.
  await page.goto(base + "/#/contradictions");
  await page.waitForSelector(".contradiction");
  const kinds = await page.$$eval("#c-kind option", (os) => os.map((o) => o.value).filter(Boolean));
  await page.selectOption("#c-kind", kinds[0]);
  assert(hashQuery().includes("kind=" + kinds[0]), "board filter not in the address");
});

await test("search: a hit is highlighted in its snippet", async () => {
  const word = "قصف";
  await page.goto(base + "/#/articles?q=" + encodeURIComponent(word));
  await page.waitForSelector(".article-list li", { timeout: 15000 });
  const hits = await page.locator(".snippet .hit").allTextContents();
  assert(hits.length > 0, "no highlighted hit");
  assert(hits.some((h) => h.includes(word)), "highlighted text is not the word: " + hits.slice(0, 3).join(" | "));
  assert(!(await page.textContent(".article-list")).match(/\bR-\d+\/\d+/), "an id is shown instead of a title");
  await shot("articles.png");
});

if (!archive) {
  await test("article view highlights every layer", async () => {
    await page.locator(".article-list li a").first().click();
    await page.waitForSelector("#article-text .hl", { timeout: 15000 });
    for (const sel of [".L-ent", ".st-source", ".st-cue", ".st-content"]) {
      assert((await page.locator(`#article-text ${sel}`).count()) > 0, `no ${sel} in the article`);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot("article.png");
    await page.locator('input[data-layer="L-ent"]').uncheck();
    assert(await page.locator("#article-text").evaluate((el) => el.classList.contains("hide-L-ent")), "layer toggle");
  });
}

await test("sources: n/a instead of a failing grade, grading explained, outlets apart", async () => {
  await page.goto(base + "/#/sources");
  await page.waitForSelector("table.sources tbody tr", { timeout: 15000 });
  const grades = await page.$$eval("table.sources .grade", (gs) => gs.map((g) => g.textContent));
  assert(grades.every((g) => /^[A-E]$/.test(g) || g === "n/a"), "grades: " + grades.slice(0, 5));
  assert(!grades.includes("F"), "grade F is back");
  assert((await page.locator("details.how").count()) === 1, "grading not explained");
  await shot("sources.png");
  await page.click("#s-outlet");
  await page.waitForFunction(() => location.hash.includes("kind=outlet"));
  await page.waitForSelector("table.sources tbody tr, p.muted");
  await page.goto(base + "/#/sources");
  await page.waitForSelector("table.sources tbody tr a");
  await page.locator("table.sources tbody tr a").first().click();
  await page.waitForSelector(".source-view .stats-grid", { timeout: 15000 });
  await shot("source.png");
});

await test("Arabic interface: every view", async () => {
  await setLang("ar");
  await page.goto(base + "/#/map");
  await mapReady();
  const nav = await page.textContent("nav");
  assert(nav.includes("الخريطة") && nav.includes("التناقضات"), "nav not translated: " + nav);
  const legend = await page.textContent("#legend");
  assert(!/[a-z]{4,}/.test(legend), "event types left in Latin: " + legend);
  await page.locator("#event-list .event-item").first().click();
  await page.waitForSelector("#event-details blockquote.sentence mark", { timeout: 15000 });
  // The view left while it was still loading (a language switch, then a link) is gone.
  assert((await page.locator("main .view").count()) === 1 && (await page.locator("main .source-view, main table.sources").count()) === 0, "another view leaked onto the map");
  await shot("map-ar.png");
  for (const [view, file, sel] of [["#/contradictions", "contradictions-ar.png", ".contradiction"], ["#/articles?q=" + encodeURIComponent("قصف"), "articles-ar.png", ".article-list li"],
    ["#/sources", "sources-ar.png", "table.sources"], ["#/check", "check-ar.png", "#claim"]]) {
    await page.goto(base + "/" + view);
    await page.waitForSelector(sel, { timeout: 15000 });
    await shot(file);
  }
  if (!archive) {
    await page.goto(base + "/#/articles");
    await page.waitForSelector(".article-list li a");
    await page.locator(".article-list li a").first().click();
    await page.waitForSelector("#article-text .hl");
    await shot("article-ar.png");
    await page.goto(base + "/#/sources");
    await page.waitForSelector("table.sources tbody tr a");
    await page.locator("table.sources tbody tr a").first().click();
    await page.waitForSelector(".source-view .stats-grid");
    await shot("source-ar.png");
  }
  await setLang("en");
});

await test("accessibility: axe-core finds no serious violation, keyboard reaches the list", async () => {
  for (const lang of ["en", "ar"]) {
    await setLang(lang);
    for (const [view, sel] of [["#/map", "#event-list li"], ["#/contradictions", ".contradiction"], ["#/articles?q=" + encodeURIComponent("قصف"), ".article-list li"], ["#/sources", "table.sources"], ["#/check", "#claim"]]) {
      await page.goto(base + "/" + view);
      await page.waitForSelector(sel, { timeout: 30000 });
      if (view === "#/map") await mapReady();
      await axe(`${lang} ${view}`);
    }
  }
  await setLang("en");
  // Markers are not Tab stops: the event list is reached in a few presses.
  await page.goto(base + "/#/map");
  await mapReady();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => !!document.activeElement && document.activeElement.classList.contains("event-item"));
  }
  assert(reached, "the event list is not reachable by keyboard within 40 Tab presses");
});

if (!archive) {
  await test("claim check answers", async () => {
    await page.goto(base + "/#/check");
    await page.fill("#claim", "شن الطيران الروسي غارات على مدينة إدلب");
    await page.click(".check-form button");
    await page.waitForFunction(() => { const o = document.querySelector(".check-out"); return o && o.textContent && !o.textContent.includes("Loading"); }, null, { timeout: 30000 });
    assert(!(await page.locator(".check-out .error").count()), "check failed: " + (await page.textContent(".check-out")));
    await shot("check.png");
  });

  await test("article text is never parsed as markup", async () => {
    assert(token, "no token given");
    const hostile = { id: "fx-hostile", outlet: "<b>منفذ</b>", published: "2024-03-16", title: "<img src=x onerror=\"window.__pwned=1\">",
      text: "قال مصدر محلي <img src=x onerror=\"window.__pwned=1\"> إن قصفاً استهدف مدينة حلب.<script>window.__pwned=2</script>" };
    const res = await page.request.post(base + "/api/ingest", { data: [hostile], headers: { Authorization: "Bearer " + token } });
    assert(res.ok(), "ingest with token failed: " + res.status());
    const denied = await page.request.post(base + "/api/ingest", { data: [hostile], headers: { Authorization: "Bearer nope" } });
    assert(denied.status() === 401, "wrong token accepted");
    await page.goto(base + "/#/article/fx-hostile");
    await page.waitForSelector("#article-text");
    assert((await page.locator("main img, main script, main b").count()) === 0, "markup from the article reached the DOM");
    assert(!(await page.evaluate(() => window.__pwned)), "script ran");
    assert((await page.textContent("#article-text")).includes("<img src=x"), "text not shown literally");
    // and on the map: an event named after article text goes through text nodes too
    await page.goto(base + "/#/map?all=1&q=" + encodeURIComponent("حلب"));
    await mapReady();
    assert((await page.locator("main img, main script, main b").count()) === 0, "markup reached the map");
  });

  await test("phone: the map and its list fit a 390-pixel screen", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base + "/#/map");
    await mapReady();
    const size = await page.$eval(".cluster", (c) => c.getBoundingClientRect().width);
    assert(size >= 16, "markers too small to touch: " + size);
    await shot("map-phone.png");
    await page.setViewportSize({ width: 1400, height: 900 });
  });
}

await test("no script errors, nothing fetched from elsewhere", async () => {
  assert(pageErrors.length === 0, `${pageErrors.length} errors: ` + pageErrors.slice(0, 3).join(" | "));
  assert(foreign.length === 0, "fetched from elsewhere: " + foreign.slice(0, 3).join(" "));
});

await browser.close();
rmSync(profile, { recursive: true, force: true });
console.log(`e2e${archive ? " (archive)" : ""}: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
