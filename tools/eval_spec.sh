#!/usr/bin/env bash
# Scores isnad on the reference example and the development set of ../shared/spec with
# ../shared/tools/score.py. Usage: tools/eval_spec.sh [path/to/isnad]. Skips when ../shared is absent.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
S="$ROOT/../shared/spec"
[ -d "$S" ] || { echo "eval_spec: $S not found, skipping"; exit 0; }
B="${1:-$ROOT/target/release/isnad}"
[ -x "$B" ] || (cd "$ROOT" && cargo build --release -q -p isnad-cli)
T="$(mktemp -d)"; trap 'rm -rf "$T"' EXIT
mkdir -p "$T/dev" "$T/devgold"
"$B" extract --id albukamal --published 2017-11-13 --outlet "العربي الجديد" "$S/examples/albukamal.txt" > "$T/albukamal.json"
for t in "$S"/dev/*.txt; do
  id="$(basename "$t" .txt)"
  read -r pub outlet < <(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m["published"], m["outlet"])' "$S/dev/$id.meta.json")
  "$B" extract --id "$id" --published "$pub" --outlet "$outlet" "$t" > "$T/dev/$id.json"
  cp "$S/dev/$id.gold.json" "$T/devgold/$id.json"
done
echo "== example (albukamal)"
python3 "$S/../tools/score.py" "$S/examples/albukamal.gold.json" "$T/albukamal.json"
echo "== development set"
python3 "$S/../tools/score.py" "$T/devgold" "$T/dev"
