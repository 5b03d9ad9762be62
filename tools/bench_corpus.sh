#!/usr/bin/env bash
# Whole-corpus timing: UnifiedFC (../shared/data/unifiedfc) through `isnad extract --jsonl`, on
# one core and on all cores, with peak memory. Skips when ../shared is absent.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
D="$ROOT/../shared/data/unifiedfc/dataset"
[ -d "$D" ] || { echo "bench_corpus: $D not found, skipping"; exit 0; }
cd "$ROOT" && cargo build --release -q -p isnad-cli
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
python3 tools/unifiedfc_to_jsonl.py "$D" > "$T/ufc.jsonl"
BYTES=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$T/ufc.jsonl")
N=$(wc -l < "$T/ufc.jsonl")
for J in 1 0; do
  /usr/bin/time -f "%e %M" -o "$T/time" target/release/isnad extract --jsonl "$T/ufc.jsonl" -j "$J" -o "$T/out.jsonl"
  read -r SECS KB < "$T/time"
  python3 -c "import sys; s,b,n,kb,j=float(sys.argv[1]),int(sys.argv[2]),int(sys.argv[3]),int(sys.argv[4]),sys.argv[5]; print(f'{\"1 core\" if j==\"1\" else \"all cores\"}: {n} articles, {b/1e6:.1f} MB in {s:.2f} s = {b/1e6/s:.1f} MB/s, {n/s:.0f} articles/s, peak {kb/1024:.0f} MB')" "$SECS" "$BYTES" "$N" "$KB" "$J"
done
