"""The Spark job in local mode against the embedded store, one contradiction for one.

Runs `tools/spark/isnad_spark.py` with spark-submit (local[2]) and `isnad ingest` + `isnad export
--format parquet` on the same articles, then compares the cross-article contradictions, the claim
records and the per-source counts. Skips without Java or pyspark; the UnifiedFC case skips
without ../shared. The binary: $ISNAD_BIN, else target/release/isnad, else target/debug/isnad
(under $CARGO_TARGET_DIR when set).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
JOB = ROOT / "tools" / "spark" / "isnad_spark.py"
UFC = ROOT.parent / "shared" / "data" / "unifiedfc" / "dataset"
CRAWLED = "2018-01-21"  # the day UnifiedFC was saved (as in the README's ingest)

pyspark = pytest.importorskip("pyspark")
if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
    pytest.skip("no Java (apt-get install default-jre-headless)", allow_module_level=True)


def isnad_bin():
    if os.environ.get("ISNAD_BIN"):
        return os.environ["ISNAD_BIN"]
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    for kind in ["release", "debug"]:
        p = target / kind / "isnad"
        if p.exists():
            return str(p)
    pytest.skip("no isnad binary: cargo build -p isnad-cli (or set ISNAD_BIN)")


BIN = isnad_bin()
SUBMIT = str(Path(pyspark.__file__).parent / "bin" / "spark-submit")


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    s = (
        SparkSession.builder.master("local[1]")
        .appName("isnad-test")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def run_job(inp, out, crawled=None):
    cmd = [
        SUBMIT, "--master", "local[2]", "--driver-memory", "2g",
        "--conf", "spark.sql.shuffle.partitions=4",
        str(JOB), "--input", str(inp), "--out", str(out), "--isnad", BIN,
    ]
    if crawled:
        cmd += ["--crawled", crawled]
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-4000:]
    return json.loads((Path(out) / "metrics.json").read_text())


def run_store(inp, tmp, crawled=None):
    db = tmp / "store.db"
    cmd = [BIN, "--db", str(db), "ingest", "--no-progress", str(inp)]
    if crawled:
        cmd += ["--crawled", crawled]
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode in (0, 1), r.stderr[-4000:]
    exp = tmp / "export"
    r = subprocess.run([BIN, "--db", str(db), "export", "--format", "parquet", "-o", str(exp)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    sources = []
    while True:
        r = subprocess.run([BIN, "--db", str(db), "sources", "--json", "--limit", "500",
                            "--offset", str(len(sources))], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        page = json.loads(r.stdout)
        sources += page["items"]
        if not page["items"] or len(sources) >= page["total"]:
            break
    return exp, sources


COLS = ["article_id", "claim_a", "article_b", "claim_b", "kind", "basis", "party", "explanation",
        "date", "place_name", "proposition_type"]


def corpus_rows(spark, folder):
    df = spark.read.parquet(str(folder / "contradictions")).where("scope = 'corpus'")
    return sorted(tuple(r[c] for c in COLS) for r in df.collect())


def compare(spark, inp, tmp, crawled=None, expect_some=False):
    m = run_job(inp, tmp / "spark", crawled)
    exp, sources = run_store(inp, tmp, crawled)
    store = corpus_rows(spark, exp)
    job = corpus_rows(spark, tmp / "spark")
    assert job == store, f"spark {len(job)} vs store {len(store)}"
    assert m["cross_article_contradictions"] == len(store)
    if expect_some:
        assert store, "the fixture should have a cross-article contradiction"
    # every claim record (what `isnad conflict` reads) is the store's
    rec = lambda f: sorted(r.record or "" for r in spark.read.parquet(str(f / "claims")).collect())
    assert rec(tmp / "spark") == rec(exp)
    n = lambda f, t: spark.read.parquet(str(f / t)).count()
    for t in ["articles", "entities", "statements", "propositions", "claims", "contradictions"]:
        assert n(tmp / "spark", t) == n(exp, t), t
    # per-source records: the store's statements, claims, contradicted and confirmed counts
    mine = {r.key: r for r in spark.read.parquet(str(tmp / "spark" / "sources")).collect()}
    for s in sources:
        r = mine.get(s["key"])
        assert r is not None, s["key"]
        got = (r.statements, r.claims, r.contradicted, r.confirmed, sorted(r.contradicted_by))
        want = (s["statements"], s["claims"], s["contradicted"], s["confirmed"], sorted(s["contradicted_by"]))
        assert got == want, s["key"]
    assert len(mine) == len(sources)
    return m, len(store)


def test_samples(spark, tmp_path):
    compare(spark, ROOT / "samples" / "articles.jsonl", tmp_path)


def test_fixtures_with_a_cross_article_contradiction(spark, tmp_path):
    compare(spark, ROOT / "tests" / "e2e" / "fixtures.jsonl", tmp_path, expect_some=True)


def test_parquet_reads_back_with_the_documented_schema(spark, tmp_path):
    out = tmp_path / "pq"
    r = subprocess.run([BIN, "extract", "--format", "parquet", "-o", str(out),
                        str(ROOT / "samples" / "articles.jsonl")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    ddl = subprocess.run([BIN, "extract", "--print-schema"], capture_output=True, text=True,
                         check=True).stdout
    doc = (ROOT / "docs" / "PARQUET.md").read_text()
    for line in ddl.splitlines():
        table, cols = line.split("\t")
        want = [(c.split("` ")[0].strip("` "), c.split("` ")[1]) for c in cols.split(", `")]
        df = spark.read.parquet(str(out / table))
        got = [(f.name, f.dataType.simpleString()) for f in df.schema.fields]
        assert got == want, table
        for name, ty in got:
            assert f"| `{name}` | {ty} |" in doc, (table, name)
    assert spark.read.parquet(str(out / "articles")).count() == 5


def unifiedfc_jsonl(folder, dest, repeat=1):
    """The corpus as `isnad ingest` reads it (id CLAIM/i, text, url; outlet and date filled in by
    isnad as in the store), one article a line, files in sorted order."""
    with open(dest, "w", encoding="utf-8") as out:
        for r in range(repeat):
            for name in sorted(os.listdir(folder)):
                if not name.endswith(".json") or name.endswith((".gold.json", ".meta.json")):
                    continue
                d = json.load(open(os.path.join(folder, name), encoding="utf-8"))
                cid = d["id"] if isinstance(d["id"], str) else json.dumps(d["id"])
                if r:
                    cid = f"{cid}~{r}"
                urls = d.get("url") or []
                for i, text in enumerate(d.get("article") or []):
                    url = urls[i] if i < len(urls) else None
                    out.write(json.dumps({"id": f"{cid}/{i}", "text": text, "url": url},
                                         ensure_ascii=False) + "\n")


@pytest.mark.skipif(not UFC.is_dir(), reason="../shared/data/unifiedfc not present")
def test_unifiedfc_corpus(spark, tmp_path):
    src = tmp_path / "ufc.jsonl"
    unifiedfc_jsonl(UFC, src)
    m, n = compare(spark, src, tmp_path, crawled=CRAWLED, expect_some=True)
    # and the store fed the corpus folder itself (the README's ingest) finds the same ones
    r = subprocess.run([BIN, "--db", str(tmp_path / "dir.db"), "ingest", "--no-progress",
                        "--crawled", CRAWLED, str(UFC)], capture_output=True, text=True)
    assert r.returncode in (0, 1), r.stderr[-2000:]
    exp = tmp_path / "dir-export"
    subprocess.run([BIN, "--db", str(tmp_path / "dir.db"), "export", "--format", "parquet",
                    "-o", str(exp)], check=True, capture_output=True)
    assert corpus_rows(spark, exp) == corpus_rows(spark, tmp_path / "spark")
    print(json.dumps({"unifiedfc": m, "contradictions": n}), file=sys.stderr)
