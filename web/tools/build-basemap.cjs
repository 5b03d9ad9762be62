// Builds web/assets/world.geojson: Natural Earth 1:50m country outlines (npm world-atlas, TopoJSON)
// (1:110m far from the Middle East) as GeoJSON for the page's Leaflet map, coordinates rounded to 0.01° (about 1 km), each country
// with its English name, ISO alpha-2 code and Arabic name from the bundled gazetteer
// (data/gazetteer/geonames.tsv, feature A.PCLI). Run once; the output is committed.
// Usage: (cd /tmp/x && npm i world-atlas@2 topojson-client@3) &&
//        node web/tools/build-basemap.cjs /tmp/x/node_modules web/assets/world.geojson
const fs = require("fs");
const path = require("path");
const [nm, out] = process.argv.slice(2);
const topo = require(path.join(nm, "topojson-client"));
const world = require(path.join(nm, "world-atlas/countries-50m.json"));
// 1:50m where the corpus is (Europe to Central Asia, North and East Africa), 1:110m elsewhere.
const coarse = require(path.join(nm, "world-atlas/countries-110m.json"));
const BOX = { w: -20, e: 80, s: -5, n: 60 };
const inBox = (g) => { let hit = false; const walk = (c) => { if (typeof c[0] === "number") { if (c[0] >= BOX.w && c[0] <= BOX.e && c[1] >= BOX.s && c[1] <= BOX.n) hit = true; } else c.forEach(walk); }; walk(g.coordinates); return hit; };
const coarseByName = new Map(topo.feature(coarse, coarse.objects.countries).features.map((f) => [f.properties.name, f.geometry]));
const gaz = path.join(__dirname, "../../data/gazetteer/geonames.tsv");

// English name → [alpha-2, Arabic] from the gazetteer's countries.
const byName = new Map();
for (const line of fs.readFileSync(gaz, "utf8").split("\n")) {
  const f = line.split("\t");
  if (f[8] !== "A.PCLI") continue;
  byName.set(f[1].toLowerCase(), [f[6], (f[3] || "").split("|")[0]]);
}
// world-atlas spellings that differ from GeoNames'.
const ALIAS = {
  "united states of america": "united states", "dem. rep. congo": "democratic republic of the congo",
  "central african rep.": "central african republic", "s. sudan": "south sudan", "bosnia and herz.": "bosnia and herzegovina",
  "dominican rep.": "dominican republic", "eq. guinea": "equatorial guinea", "w. sahara": "western sahara",
  "n. cyprus": "cyprus", "czechia": "czech republic", "macedonia": "north macedonia", "palestine": "palestinian territory",
  "côte d'ivoire": "ivory coast", "congo": "republic of the congo", "eswatini": "swaziland", "solomon is.": "solomon islands",
};
const round = (c) => (typeof c[0] === "number" ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round));
// Consecutive equal points after rounding are dropped (rings keep at least 4 points).
const thin = (g) => {
  const ring = (r) => { const o = r.filter((p, i) => i === 0 || p[0] !== r[i - 1][0] || p[1] !== r[i - 1][1]); return o.length >= 4 ? o : null; };
  if (g.type === "Polygon") return { type: g.type, coordinates: g.coordinates.map(ring).filter(Boolean) };
  return { type: g.type, coordinates: g.coordinates.map((p) => p.map(ring).filter(Boolean)).filter((p) => p.length) };
};
// A ring that crosses the antimeridian jumps from 180 to -180 (Russia's Chukotka, Fiji): its
// western points are moved past 180, or Leaflet draws a band across the whole map.
const unwrap = (g) => {
  const fix = (r) => (r.some((p, i) => i && Math.abs(p[0] - r[i - 1][0]) > 180) ? r.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : r);
  if (g.type === "Polygon") return { type: g.type, coordinates: g.coordinates.map(fix) };
  return { type: g.type, coordinates: g.coordinates.map((p) => p.map(fix)) };
};
const fc = topo.feature(world, world.objects.countries);
const features = [];
let missing = [];
for (const f of fc.features) {
  if (!f.geometry || f.properties.name === "Antarctica") continue;
  const name = f.properties.name;
  const hit = byName.get((ALIAS[name.toLowerCase()] || name).toLowerCase());
  if (!hit) missing.push(name);
  const src = inBox(f.geometry) ? f.geometry : coarseByName.get(name);
  if (!src) continue; // a small island far from the corpus, absent at 1:110m
  const geometry = thin(unwrap({ type: src.type, coordinates: round(src.coordinates) }));
  features.push({ type: "Feature", properties: { name, cc: hit ? hit[0] : null, name_ar: hit ? hit[1] : null }, geometry });
}
fs.writeFileSync(out, JSON.stringify({ type: "FeatureCollection", features }));
console.error(`${features.length} countries, ${fs.statSync(out).size} bytes; without a gazetteer match: ${missing.join(", ")}`);
