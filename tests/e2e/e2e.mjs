// Browser test of the isnad page: node e2e.mjs BASE_URL SCREENSHOT_DIR TOKEN
// Drives Debian's Chromium through playwright-core; prints "N passed, M failed" and exits non-zero
// on any failure.
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, shots, token] = process.argv.slice(2);
if (!base || !shots) {
  console.error("usage: node e2e.mjs BASE_URL SCREENSHOT_DIR [TOKEN]");
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), "isnad-e2e-"));
// A persistent context on a fresh, empty profile folder (playwright's way of --user-data-dir).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
  viewport: { width: 1400, height: 1000 },
  deviceScaleFactor: 1,
});
const page = browser.pages()[0] || await browser.newPage();
const pageErrors = [];
page.on("pageerror", (e) => pageErrors.push(String(e)));
page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text()); });

let passed = 0, failed = 0;
async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL - ${name}: ${e && e.stack ? e.stack.split("\n").slice(0, 3).join(" | ") : e}`);
    await page.screenshot({ path: join(tmpdir(), `isnad-e2e-failure-${name.replace(/\W+/g, "-")}.png`) }).catch(() => {});
  }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }
const shot = (name, fullPage = false) => page.screenshot({ path: join(shots, name), fullPage });
const markers = () => page.locator("#map .marker").count();

await test("map shows event markers", async () => {
  await page.goto(base + "/#/map");
  await page.waitForSelector("#map .marker", { timeout: 15000 });
  const n = await markers();
  assert(n > 0, "no markers");
  assert((await page.locator("#map path.country").count()) > 10, "country outlines missing");
  assert((await page.locator("#map path.admin1").count()) > 100, "admin-1 outlines missing");
  assert((await page.locator("#timeline rect.bar").count()) > 0, "timeline empty");
  await shot("map.png", true);
});

await test("party filter changes the markers", async () => {
  const all = await markers();
  const parties = await page.$$eval("#f-party option", (os) => os.map((o) => o.value).filter(Boolean));
  assert(parties.length > 0, "no parties to filter by");
  let changed = null;
  for (const p of parties) {
    await page.selectOption("#f-party", p);
    const n = await markers();
    if (n !== all) { changed = [p, n]; break; }
  }
  assert(changed, `no party changes the marker count (${all}; parties ${parties.join(",")})`);
  const text = await page.textContent("#map-count");
  assert(text.includes(String(changed[1])), "count text does not follow the filter");
  await shot("map-filtered.png");
  await page.selectOption("#f-party", "");
  assert((await markers()) === all, "clearing the filter does not restore the markers");
});

await test("timeline click filters by day", async () => {
  const all = await markers();
  const bar = page.locator("#timeline rect.hit").first();
  await bar.click();
  const since = await page.inputValue("#f-since");
  assert(/^\d{4}-\d{2}-\d{2}$/.test(since), "clicking a day did not set the date filter");
  const n = await markers();
  assert(n <= all, "a day filter cannot add markers");
  await page.click("#f-reset");
  await page.waitForSelector("#map .marker");
});

await test("contradiction board shows both quotes highlighted in their articles", async () => {
  await page.goto(base + "/#/contradictions");
  await page.waitForSelector(".contradiction", { timeout: 15000 });
  const card = page.locator(".contradiction").first();
  const quotes = await card.locator(".side blockquote").allTextContents();
  assert(quotes.length === 2, "a card needs two sides");
  await card.locator("button.open").click();
  await page.waitForFunction(() => document.querySelectorAll(".contradiction.expanded .article-pane .article-text").length === 2, null, { timeout: 15000 });
  const panes = card.locator(".article-pane");
  for (let i = 0; i < 2; i++) {
    const hl = (await panes.nth(i).locator(".quote").allTextContents()).join("");
    assert(hl.length > 0, `side ${i}: quote not highlighted`);
    assert(hl === quotes[i], `side ${i}: highlighted text differs from the quote (${hl} vs ${quotes[i]})`);
    const dir = await panes.nth(i).locator(".article-text").getAttribute("dir");
    assert(dir === "rtl", "article text must be right-to-left");
  }
  await card.scrollIntoViewIfNeeded();
  await shot("contradictions.png");
});

await test("article view highlights every layer", async () => {
  const link = page.locator(".contradiction.expanded .article-pane h4 a").first();
  await link.click();
  await page.waitForSelector("#article-text .hl", { timeout: 15000 });
  for (const sel of [".L-ent", ".st-source", ".st-cue", ".st-content"]) {
    assert((await page.locator(`#article-text ${sel}`).count()) > 0, `no ${sel} in the article`);
  }
  assert((await page.locator("#article-text .quote").count()) > 0, "the quote from the board is not marked");
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot("article-quote.png");
  // and the same article with only its analysis layers (no quote from the board)
  await page.goto(page.url().replace(/\?.*$/, ""));
  await page.waitForSelector("#article-text .st-content");
  await shot("article.png");
  // Layer switches toggle the class on the text.
  await page.locator('input[data-layer="L-ent"]').uncheck();
  assert(await page.locator("#article-text").evaluate((el) => el.classList.contains("hide-L-ent")), "layer toggle");
});

await test("sources list and a source's track record", async () => {
  await page.goto(base + "/#/sources");
  await page.waitForSelector("table.sources tbody tr", { timeout: 15000 });
  const grades = await page.$$eval("table.sources .grade", (gs) => gs.map((g) => g.textContent));
  assert(grades.every((g) => /^[A-F?]$/.test(g)), "grades are A-F");
  await shot("sources.png");
  await page.locator("table.sources tbody tr a").first().click();
  await page.waitForSelector(".source-view .stats-grid", { timeout: 15000 });
  await shot("source.png");
});

await test("language switch flips the interface to Arabic", async () => {
  await page.goto(base + "/#/map");
  await page.waitForSelector("#map .marker");
  await page.click("#lang");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  const nav = await page.textContent("nav");
  assert(nav.includes("الخريطة") && nav.includes("التناقضات"), "nav not translated: " + nav);
  await page.waitForSelector("#map .marker");
  await shot("map-ar.png", true);
  await page.goto(base + "/#/contradictions");
  await page.waitForSelector(".contradiction");
  await shot("contradictions-ar.png");
  await page.click("#lang");
  await page.waitForFunction(() => document.documentElement.dir === "ltr");
});

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
});

await test("no script errors", async () => {
  assert(pageErrors.length === 0, `${pageErrors.length} errors: ` + pageErrors.slice(0, 3).join(" | "));
});

await browser.close();
rmSync(profile, { recursive: true, force: true });
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
