#!/usr/bin/env bash
# Byte-for-byte check of a refactor: runs the whole UnifiedFC corpus (and the bundled samples)
# through this tree's release `isnad extract -j 1` and compares with a reference.
#
#   tools/same_output.sh REF            REF: a reference `isnad` binary, or a reference JSONL
#                                       output of the corpus (then the samples are not compared)
#   ISNAD_BIN=path tools/same_output.sh REF   compare another binary instead of building this tree
#
# Prints the first differing article id and exits 1 on any difference; prints both single-core
# times. Skips cleanly (exit 0) when ../shared is absent.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
D="${ISNAD_SHARED:-$ROOT/../shared}/data/unifiedfc/dataset"
[ -d "$D" ] || { echo "same_output: $D not found, skipping"; exit 0; }
[ $# -eq 1 ] || { echo "usage: $0 REFERENCE_BINARY|REFERENCE_OUTPUT.jsonl" >&2; exit 2; }
REF="$1"
cd "$ROOT"
if [ -z "${ISNAD_BIN:-}" ]; then
  cargo build --release -q -p isnad-cli
  BIN="$ROOT/target/release/isnad"
else
  BIN="$ISNAD_BIN"
fi
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
python3 tools/unifiedfc_to_jsonl.py "$D" > "$T/ufc.jsonl"

run() { # BIN INPUT OUTPUT LABEL
  /usr/bin/time -f "%e" -o "$T/time" "$1" extract --jsonl "$2" -j 1 -o "$3"
  echo "$4: $(cat "$T/time") s (1 core)"
}

first_diff() { # A B
  python3 - "$1" "$2" <<'EOF'
import json, sys
a, b = open(sys.argv[1], encoding="utf-8").readlines(), open(sys.argv[2], encoding="utf-8").readlines()
for n, (x, y) in enumerate(zip(a, b), 1):
    if x != y:
        try:
            aid = json.loads(x)["doc"]["id"]
        except Exception:
            aid = "?"
        print(f"first difference: line {n}, article {aid}")
        break
else:
    print(f"outputs differ in length: {len(a)} vs {len(b)} lines")
EOF
}

status=0
if [ -x "$REF" ] && ! head -c 1 "$REF" | grep -q '{'; then
  run "$REF" "$T/ufc.jsonl" "$T/ref.jsonl" "reference"
  REF_OUT="$T/ref.jsonl"
  run "$REF" samples/articles.jsonl "$T/ref-samples.jsonl" "reference, samples"
else
  REF_OUT="$REF"
fi
run "$BIN" "$T/ufc.jsonl" "$T/new.jsonl" "this tree"
if cmp -s "$REF_OUT" "$T/new.jsonl"; then
  echo "corpus: identical ($(wc -l < "$T/new.jsonl") articles)"
else
  echo "corpus: DIFFERENT"; first_diff "$REF_OUT" "$T/new.jsonl"; status=1
fi
if [ -f "$T/ref-samples.jsonl" ]; then
  run "$BIN" samples/articles.jsonl "$T/new-samples.jsonl" "this tree, samples"
  if cmp -s "$T/ref-samples.jsonl" "$T/new-samples.jsonl"; then
    echo "samples: identical"
  else
    echo "samples: DIFFERENT"; first_diff "$T/ref-samples.jsonl" "$T/new-samples.jsonl"; status=1
  fi
fi
exit $status
