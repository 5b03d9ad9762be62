#!/usr/bin/env python3
"""isnad on Apache Spark: extraction, cross-article contradictions and source records, with
Parquet in and out. The analysis itself is the `isnad` binary, piped partition by partition; the
cross-article decision is `isnad conflict`, the store's own policy. See tools/spark/README.md.

    spark-submit tools/spark/isnad_spark.py --input ARTICLES --out OUT [--isnad PATH] [--crawled D]

ARTICLES: a JSONL file or folder of JSONL files (one article a line: {"id","text","published",
"outlet","url","title"}), or a folder of Parquet files with those columns. OUT gets one Parquet
folder per table: articles, entities, statements, propositions, claims (docs/PARQUET.md),
contradictions (the in-article ones and the cross-article ones), confirmations, sources; and
metrics.json (row counts, pairs, shuffle bytes per stage, seconds per step).

Order matters to the store (a later claim is compared with earlier ones, and the first of two
equivalent contradictions is kept), so the job keeps the store's ingest order: files in sorted
path order, lines in file order.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request

from pyspark.sql import SparkSession, Window  # noqa: F401
from pyspark.sql import functions as F
from pyspark.sql import types as T

TABLES = ["articles", "entities", "statements", "propositions", "claims", "contradictions"]


def isnad_path(arg):
    """The binary on this machine: --isnad, else one shipped with --files, else PATH."""
    if arg:
        return arg
    try:
        from pyspark import SparkFiles

        p = SparkFiles.get("isnad")
        if os.path.exists(p):
            return p
    except Exception:
        pass
    return shutil.which("isnad") or "isnad"


def pipe_partition(argv, lines):
    """Feed lines to a subprocess and yield its output lines (stdin written from a thread, so a
    full stdout pipe never blocks the writer)."""
    if argv[0] == "@isnad":  # resolved on the executor: its copy shipped with --files, or PATH
        argv = [isnad_path(None)] + argv[1:]
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1 << 20)
    err = []

    def feed():
        try:
            for line in lines:
                p.stdin.write(line.encode("utf-8"))
                p.stdin.write(b"\n")
        except BrokenPipeError:
            err.append("broken pipe")
        finally:
            p.stdin.close()

    t = threading.Thread(target=feed, daemon=True)
    t.start()
    for out in p.stdout:
        yield out.decode("utf-8").rstrip("\n")
    t.join()
    rc = p.wait()
    # 1: some input was skipped and named on stderr (as `isnad ingest` skips it); more is a failure.
    if rc not in (0, 1):
        raise RuntimeError(f"{argv[0]} exited with {rc} {err}")


def schemas(binary):
    out = subprocess.run([binary, "extract", "--print-schema"], check=True, capture_output=True)
    return dict(line.split("\t", 1) for line in out.stdout.decode().splitlines())


def read_articles(spark, path, fmt):
    """Articles as (ord, value): `value` the article's JSON, `ord` a string that sorts in the
    store's ingest order (sorted file path, then file order) — the file's rank, the split's
    offset and the row's position, zero-padded — computed without moving any text."""
    if fmt == "parquet":
        df = spark.read.parquet(path)
        cols = [c for c in ["id", "text", "published", "outlet", "url", "title"] if c in df.columns]
        value = F.to_json(F.struct(*cols))
    else:
        df = spark.read.text(path)
        value = F.col("value")
    df = df.select(
        value.alias("value"),
        F.col("_metadata.file_path").alias("f"),
        F.col("_metadata.file_block_start").alias("b"),
        # increasing within a split (rows of one split stay together in one partition)
        F.monotonically_increasing_id().alias("m"),
    ).where(F.length(F.trim("value")) > 0)
    files = sorted(r.f for r in df.select("f").distinct().collect())
    ranks = spark.createDataFrame(list(enumerate(files)), "r long, f string")
    return df.join(F.broadcast(ranks), "f").select(
        F.format_string("%09d%015d%019d", "r", "b", "m").alias("ord"), "value"
    )


def run(args):
    t_start = time.time()
    timings = {}
    spark = SparkSession.builder.appName("isnad").getOrCreate()
    sc = spark.sparkContext
    # an explicit --isnad path is used as it is everywhere; otherwise each executor finds its own
    binary = args.isnad or "@isnad"
    ddl = schemas(isnad_path(args.isnad))

    def step(name, t0):
        timings[name] = round(time.time() - t0, 2)
        return time.time()

    t0 = time.time()
    sc.setJobDescription("1 extract")
    # (1) extraction: partitions of `ORD<TAB>JSON` lines through `isnad extract --format rows`.
    arts = read_articles(spark, args.input, args.input_format)
    if args.partitions:
        arts = arts.repartition(args.partitions)
    extract = [binary, "extract", "--format", "rows", "-j", str(args.threads), "-"]
    if args.crawled:
        extract += ["--crawled", args.crawled]
    piped = (
        arts.rdd.map(lambda r: f"{r.ord}\t{r.value}")
        .mapPartitions(lambda it: pipe_partition(extract, it))
        .map(lambda l: l.split("\t", 2))
    )
    rows = (
        spark.createDataFrame(piped, "t string, ord string, json string")
        # row order within an article's output is the store's insertion order (its claims)
        .withColumn("seq", F.monotonically_increasing_id())
    )
    rows = rows.persist()

    def table(name):
        return (
            rows.where(F.col("t") == name)
            .select("ord", "seq", F.from_json("json", ddl[name]).alias("r"))
            .select("ord", "seq", "r.*")
        )

    articles = table("articles")
    # one article per content hash (first met), and per id the last met (the store replaces
    # an article whose id comes back with other content)
    w = Window.partitionBy("hash")
    keep = articles.withColumn("first", F.min("ord").over(w)).where(F.col("ord") == F.col("first"))
    w = Window.partitionBy("article_id")
    keep = keep.withColumn("last", F.max("ord").over(w)).where(F.col("ord") == F.col("last"))
    kept = keep.select("ord").persist()
    tables = {}
    for t in TABLES:
        tables[t] = table(t).join(F.broadcast(kept) if args.broadcast else kept, "ord", "left_semi")
    n_articles = kept.count()
    t0 = step("extract", t0)

    sc.setJobDescription("2 pairs")
    # (2) candidate pairs: a keyed join on the store's buckets (family|place|party), windows
    # overlapping, a later claim with each earlier one of another article and document.
    claims = tables["claims"].where((F.size("keys") > 0) & (F.col("doc") != ""))
    # Only the narrow keys are shuffled for the join; the records are attached to the pairs after.
    # The join key is (bucket, week): a dated claim (window of at most 14 days) is keyed on each
    # week its window touches, so two windows that overlap share a week; an undated claim
    # (0000-01-01 … 9999-12-31) meets every claim of its bucket, on the bucket alone.
    keyed = claims.select(
        "ord", "seq", "article_id", "doc", "k0", "k1", F.explode("keys").alias("bucket"),
        (F.col("k0") == "0000-01-01").alias("undated"),
    ).persist()  # read by three joins
    monday = lambda c: F.date_trunc("week", F.to_date(c)).cast("date")
    dated = keyed.where(~F.col("undated")).withColumn(
        "week", F.explode(F.sequence(monday("k0"), monday("k1"), F.expr("interval 7 days")))
    )
    undated = keyed.where(F.col("undated"))
    k = ["a_ord", "a_seq", "b_ord", "b_seq"]

    def matched(a, b, on):
        return (
            a.alias("a").join(b.alias("b"), on)
            .where(
                (F.col("a.ord") < F.col("b.ord"))
                & (F.col("a.article_id") != F.col("b.article_id"))
                & (F.col("a.doc") != F.col("b.doc"))
                & (F.col("a.k0") <= F.col("b.k1"))
                & (F.col("a.k1") >= F.col("b.k0"))
            )
            .select(
                F.col("a.ord").alias("a_ord"), F.col("a.seq").alias("a_seq"),
                F.col("b.ord").alias("b_ord"), F.col("b.seq").alias("b_seq"),
            )
        )

    same = lambda c: F.col(f"a.{c}") == F.col(f"b.{c}")
    pairs = (
        matched(dated, dated, same("bucket") & same("week"))
        .unionByName(matched(undated, keyed, same("bucket")))
        .unionByName(matched(keyed, undated, same("bucket")))
        .dropDuplicates(k)
        .persist()
    )
    n_pairs = pairs.count()
    recs = claims.select("ord", "seq", "record")
    ra = recs.select(F.col("ord").alias("a_ord"), F.col("seq").alias("a_seq"), F.col("record").alias("a_rec"))
    rb = recs.select(F.col("ord").alias("b_ord"), F.col("seq").alias("b_seq"), F.col("record").alias("b_rec"))

    def with_lines(p):
        """`{"key":[a_ord,a_seq,b_ord,b_seq],"a":RECORD,"b":RECORD}`: a pair as `isnad conflict`
        reads it (the records as the claims table holds them, byte for byte)."""
        return p.join(ra, ["a_ord", "a_seq"]).join(rb, ["b_ord", "b_seq"]).select(
            *k,
            F.concat(
                F.lit('{"key":["'), F.concat_ws('","', *k),
                F.lit('"],"a":'), "a_rec", F.lit(',"b":'), "b_rec", F.lit("}"),
            ).alias("line"),
        )

    t0 = step("pairs", t0)

    sc.setJobDescription("3 decide")
    # (3) decisions: every pair through `isnad conflict` in parallel; then the contradictions,
    # in the store's order, through `isnad conflict --once` in one stream (the store keeps the
    # first of equivalent ones).
    decide = [binary, "conflict"]
    dschema = T.StructType(
        [T.StructField("key", T.ArrayType(T.StringType())), T.StructField("decision", T.StringType())]
    )
    decided = spark.createDataFrame(
        with_lines(pairs).select("line").rdd.map(lambda r: r.line)
        .mapPartitions(lambda it: pipe_partition(decide, it))
        .map(lambda l: (l,)), "out string"
    )
    decided = (
        decided.select(F.from_json("out", dschema).alias("d"))
        .select(
            F.col("d.key")[0].alias("a_ord"), F.col("d.key")[1].cast("long").alias("a_seq"),
            F.col("d.key")[2].alias("b_ord"), F.col("d.key")[3].cast("long").alias("b_seq"),
            F.col("d.decision").alias("decision"),
        )
        .persist()
    )
    found = with_lines(decided.where(F.col("decision") == "contradiction").select(*k))
    ordered = found.repartition(1).sortWithinPartitions("b_ord", "b_seq", "a_ord", "a_seq")
    xschema = T.StructType(
        [T.StructField(n, T.StringType()) for n in
         ["a_article", "a_claim", "b_article", "b_claim", "kind", "basis", "party", "explanation",
          "date", "place_name", "proposition_type"]]
        + [T.StructField("key", T.ArrayType(T.StringType()))]
    )
    once = [binary, "conflict", "--once"]
    cross = spark.createDataFrame(
        ordered.select("line").rdd.map(lambda r: r.line)
        .mapPartitions(lambda it: pipe_partition(once, it))
        .map(lambda l: (l,)), "out string"
    )
    cross = (
        cross.select(F.from_json("out", xschema).alias("x")).select("x.*")
        .select(
            F.lit("corpus").alias("scope"),
            F.col("a_article").alias("article_id"), F.col("a_claim").alias("claim_a"),
            F.col("b_article").alias("article_b"), F.col("b_claim").alias("claim_b"),
            F.lit(None).cast("string").alias("contradiction_id"),
            "kind", "basis", "party", "explanation",
            F.lit(None).cast("boolean").alias("headline"),
            "date", "place_name", "proposition_type",
            F.col("key")[2].alias("b_ord"), F.col("key")[3].cast("long").alias("b_seq"),
            F.col("key")[0].alias("a_ord"), F.col("key")[1].cast("long").alias("a_seq"),
        )
        .persist()
    )
    n_cross = cross.count()
    t0 = step("decide", t0)

    sc.setJobDescription("4 write")
    # (4) Parquet out: the tables, the contradictions (in-article, then cross-article in the
    # store's order), confirmations, and a record per source.
    out = args.out.rstrip("/")
    for t in TABLES[:-1]:
        tables[t].drop("ord", "seq").write.mode("overwrite").parquet(f"{out}/{t}")
    inner = tables["contradictions"].drop("seq").withColumn("b_ord", F.col("ord")).drop("ord")
    cols = ["scope", "article_id", "claim_a", "article_b", "claim_b", "contradiction_id", "kind",
            "basis", "party", "explanation", "headline", "date", "place_name", "proposition_type"]
    allx = (
        inner.select(*cols, F.lit(0).alias("s"), "b_ord", F.lit(0).cast("long").alias("b_seq"),
                     F.lit("").alias("a_ord"), F.lit(0).cast("long").alias("a_seq"))
        .unionByName(cross.select(*cols, F.lit(1).alias("s"), "b_ord", "b_seq", "a_ord", "a_seq"))
        .orderBy("s", "b_ord", "b_seq", "a_ord", "a_seq")
        .select(*cols)
    )
    allx.write.mode("overwrite").parquet(f"{out}/contradictions")
    conf = decided.where(F.col("decision") == "confirmation")
    cl = tables["claims"].select("ord", "seq", "article_id", "claim_id", "source_key")
    confirmations = (
        conf.join(cl.select(F.col("ord").alias("a_ord"), F.col("seq").alias("a_seq"),
                            F.col("article_id").alias("article_a"), F.col("claim_id").alias("claim_a")),
                  ["a_ord", "a_seq"])
        .join(cl.select(F.col("ord").alias("b_ord"), F.col("seq").alias("b_seq"),
                        F.col("article_id").alias("article_b"), F.col("claim_id").alias("claim_b")),
                  ["b_ord", "b_seq"])
        .select("article_a", "claim_a", "article_b", "claim_b")
    )
    confirmations.write.mode("overwrite").parquet(f"{out}/confirmations")
    sources = source_records(spark, out, tables)
    sources.write.mode("overwrite").parquet(f"{out}/sources")
    t0 = step("write", t0)

    metrics = {
        "articles": n_articles,
        "pairs": n_pairs,
        "cross_article_contradictions": n_cross,
        "seconds": timings,
        "total_seconds": round(time.time() - t_start, 2),
        "shuffle": shuffle_bytes(sc),
        "default_parallelism": sc.defaultParallelism,
    }
    path = args.metrics or (None if "://" in out else os.path.join(out, "metrics.json"))
    if path:
        with open(path, "w") as f:
            json.dump(metrics, f, indent=1)
    print(json.dumps({k: v for k, v in metrics.items() if k != "shuffle"}))
    spark.stop()
    return 0


def source_records(spark, out, tables):
    """Per source (the store's source key): statements, claims, outlets, claims contradicted by
    another source (in or across articles) and by whom, claims confirmed across articles."""
    claims = spark.read.parquet(f"{out}/claims").where(F.col("source_key").isNotNull())
    statements = spark.read.parquet(f"{out}/statements")
    x = spark.read.parquet(f"{out}/contradictions")
    confs = spark.read.parquet(f"{out}/confirmations")
    st = statements.groupBy(F.col("source_key").alias("key")).agg(
        F.max("source_name").alias("s_name"), F.max("source_party").alias("s_party"),
        F.count("*").alias("statements"), F.collect_set("outlet").alias("s_outlets"),
    )
    cl = claims.groupBy(F.col("source_key").alias("key")).agg(
        F.max("source_name").alias("c_name"), F.max("party").alias("c_party"),
        F.count("*").alias("claims"), F.collect_set("outlet").alias("c_outlets"),
    )
    c = claims.select("article_id", "claim_id", "source_key", "source_name", "party")
    me = c.select(F.col("article_id").alias("ma"), F.col("claim_id").alias("mc"),
                  F.col("source_key").alias("key"))
    by = c.select(F.col("article_id").alias("oa"), F.col("claim_id").alias("oc"),
                  F.col("source_key").alias("okey"), F.col("source_name").alias("oname"),
                  F.col("party").alias("oparty"))
    sides = x.select(F.col("article_id").alias("ma"), F.col("claim_a").alias("mc"),
                     F.col("article_b").alias("oa"), F.col("claim_b").alias("oc")).unionByName(
        x.select(F.col("article_b").alias("ma"), F.col("claim_b").alias("mc"),
                 F.col("article_id").alias("oa"), F.col("claim_a").alias("oc")))
    contradicted = (
        sides.join(me, ["ma", "mc"]).join(by, ["oa", "oc"]).where(F.col("key") != F.col("okey"))
        .groupBy("key").agg(
            F.countDistinct("ma", "mc").alias("contradicted"),
            F.array_sort(F.collect_set(F.when(F.col("oparty").isNull(), F.col("oname")).otherwise(
                F.concat("oname", F.lit(" ["), "oparty", F.lit("]"))))).alias("contradicted_by"),
        )
    )
    conf_sides = confs.select(F.col("article_a").alias("ma"), F.col("claim_a").alias("mc")).unionByName(
        confs.select(F.col("article_b").alias("ma"), F.col("claim_b").alias("mc")))
    confirmed = conf_sides.join(me, ["ma", "mc"]).groupBy("key").agg(
        F.countDistinct("ma", "mc").alias("confirmed"))
    return (
        st.join(cl, "key", "full_outer").join(contradicted, "key", "left").join(confirmed, "key", "left")
        .select(
            "key",
            F.coalesce("s_name", "c_name").alias("name"),
            F.coalesce("s_party", "c_party").alias("party"),
            F.array_sort(F.array_distinct(F.concat(
                F.coalesce("s_outlets", F.array().cast("array<string>")),
                F.coalesce("c_outlets", F.array().cast("array<string>"))))).alias("outlets"),
            F.coalesce("statements", F.lit(0)).alias("statements"),
            F.coalesce("claims", F.lit(0)).alias("claims"),
            F.coalesce("contradicted", F.lit(0)).alias("contradicted"),
            F.coalesce("contradicted_by", F.array().cast("array<string>")).alias("contradicted_by"),
            F.coalesce("confirmed", F.lit(0)).alias("confirmed"),
        )
    )


def shuffle_bytes(sc):
    """Shuffle bytes written and read per stage, from the Spark UI's REST API (when it is on)."""
    url = sc.uiWebUrl
    if not url:
        return {}
    try:
        app = sc.applicationId
        with urllib.request.urlopen(f"{url}/api/v1/applications/{app}/stages", timeout=10) as r:
            stages = json.load(r)
    except Exception as e:  # the UI may be off (spark.ui.enabled=false)
        return {"error": str(e)}
    per_step = {}
    for s in stages:
        if s.get("status") != "COMPLETE":
            continue
        d = per_step.setdefault(s.get("description") or "other", {
            "stages": 0, "shuffle_write": 0, "shuffle_read": 0, "shuffle_records": 0,
            "task_seconds": 0.0})
        d["stages"] += 1
        d["shuffle_write"] += s.get("shuffleWriteBytes", 0)
        d["shuffle_read"] += s.get("shuffleReadBytes", 0)
        d["shuffle_records"] += s.get("shuffleWriteRecords", 0)
        d["task_seconds"] = round(d["task_seconds"] + s.get("executorRunTime", 0) / 1000, 2)
    return per_step


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--input", required=True, help="JSONL file or folder, or Parquet folder")
    p.add_argument("--input-format", choices=["jsonl", "parquet"], default=None)
    p.add_argument("--out", required=True)
    p.add_argument("--isnad", help="the isnad binary (default: shipped with --files, else PATH)")
    p.add_argument("--crawled", help="as `isnad ingest --crawled`: the day the pages were saved")
    p.add_argument("--partitions", type=int, default=0, help="extraction partitions")
    p.add_argument("--threads", type=int, default=1, help="isnad threads per task (-j)")
    p.add_argument("--broadcast", action="store_true", help="broadcast the kept-article ids")
    p.add_argument("--metrics", help="write metrics.json here (default: OUT/metrics.json)")
    args = p.parse_args(argv)
    if args.input_format is None:
        args.input_format = "jsonl" if args.input.endswith(".jsonl") or any(
            n.endswith(".jsonl") for n in (os.listdir(args.input) if os.path.isdir(args.input) else [])
        ) else "parquet"
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
