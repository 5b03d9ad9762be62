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
# grep over the same JSONL in the same run: absolute times swing on shared machines, the ratio
# to grep much less (issue 14 asks for it).
G0=$(date +%s.%N); grep -c 'قال' "$T/ufc.jsonl" > /dev/null; G1=$(date +%s.%N)
GREP=$(python3 -c "import sys; print(max(float(sys.argv[2]) - float(sys.argv[1]), 1e-3))" "$G0" "$G1")
# Start-up: one tiny article (lexicons, gazetteer, recogniser and automata built).
head -1 "$T/ufc.jsonl" > "$T/one.jsonl"
/usr/bin/time -f "%e" -o "$T/time" target/release/isnad extract --jsonl "$T/one.jsonl" -j 1 -o "$T/one.out"
echo "start-up (one article): $(cat "$T/time") s"
for J in 1 0; do
  /usr/bin/time -f "%e %U %M" -o "$T/time" target/release/isnad extract --jsonl "$T/ufc.jsonl" -j "$J" -o "$T/out.jsonl"
  read -r SECS USER KB < "$T/time"
  python3 -c "import sys; s,u,b,n,kb,j,g=float(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),int(sys.argv[4]),int(sys.argv[5]),sys.argv[6],float(sys.argv[7]); print(f'{\"1 core\" if j==\"1\" else \"all cores\"}: {n} articles, {b/1e6:.1f} MB in {s:.2f} s ({u:.2f} s CPU) = {b/1e6/s:.1f} MB/s, {n/s:.0f} articles/s, peak {kb/1024:.0f} MB, {s/g:.0f}x grep -c ({g*1000:.0f} ms)')" "$SECS" "$USER" "$BYTES" "$N" "$KB" "$J" "$GREP"
done
