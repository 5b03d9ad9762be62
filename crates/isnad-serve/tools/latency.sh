#!/usr/bin/env bash
# p50/p95 latency per endpoint of a running `isnad serve` (loopback only): latency.sh BASE [N]
# e.g. latency.sh http://127.0.0.1:8080 200. Uses curl's own timer (connect + request + full body).
set -euo pipefail
BASE="${1:?usage: latency.sh BASE_URL [N]}"
N="${2:-100}"
AID="$(curl -fsS "$BASE/api/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
SKEY="$(curl -fsS "$BASE/api/sources?limit=1" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["items"][0]["key"]))')"
Q="$(python3 -c 'import urllib.parse; print(urllib.parse.quote("قصف"))')"
ENDPOINTS=(
  "GET /api/stats" "GET /api/articles" "GET /api/articles/$AID" "GET /api/statements"
  "GET /api/events?limit=200" "GET /api/contradictions" "GET /api/sources" "GET /api/sources/$SKEY"
  "GET /api/search?q=$Q" "POST /api/check" "GET /" "GET /assets/world.geojson"
)
CLAIM='{"claim":"شن الطيران الروسي غارات على مدينة إدلب"}'
printf '%-34s %8s %8s %8s\n' endpoint p50_ms p95_ms max_ms
for e in "${ENDPOINTS[@]}"; do
  m="${e%% *}"; p="${e#* }"
  for _ in $(seq 1 "$N"); do
    if [ "$m" = POST ]; then
      curl -s -o /dev/null -w '%{time_total}\n' -X POST -H 'Content-Type: application/json' --data "$CLAIM" "$BASE$p"
    else
      curl -s -o /dev/null -w '%{time_total}\n' "$BASE$p"
    fi
  done | python3 -c '
import sys
v = sorted(float(x) * 1000 for x in sys.stdin if x.strip())
q = lambda f: v[min(len(v) - 1, int(round(f * (len(v) - 1))))]
print("%-34s %8.1f %8.1f %8.1f" % (sys.argv[1][:34], q(0.5), q(0.95), v[-1]))' "$m ${p%%\?*}"
done
