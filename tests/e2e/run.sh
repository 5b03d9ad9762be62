#!/usr/bin/env bash
# End-to-end browser test of `isnad serve`: installs what is missing (Debian chromium + Arabic
# fonts, playwright-core), builds the binary, ingests tests/e2e/fixtures.jsonl through the API
# with a token, drives the page in headless Chromium and saves screenshots to docs/screenshots/.
# Then, when ../shared holds UnifiedFC, the same page on a store of all of it (release build;
# ISNAD_E2E_ARCHIVE_DB=FILE reuses a store already ingested, ISNAD_E2E_ARCHIVE=0 skips it).
# Exits non-zero on any failure.
set -euo pipefail
E2E="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$E2E/../.." && pwd)"
SHOTS="${SHOTS:-$ROOT/docs/screenshots}"

FONTS="$(fc-list : family 2>/dev/null || true)"
if [ ! -x /usr/bin/chromium ] || ! grep -qi "Noto Naskh Arabic" <<<"$FONTS"; then
  echo "e2e: installing chromium and Arabic fonts" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null
fi
if [ ! -d "$E2E/node_modules/playwright-core" ] || [ ! -d "$E2E/node_modules/axe-core" ]; then
  (cd "$E2E" && npm ci --no-audit --no-fund --silent)
fi

cd "$ROOT"
# The highlighter on its own first (no browser needed).
node --test "$E2E/highlight.test.mjs"
TMP="$(mktemp -d)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
TOKEN="e2e-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
BASE="http://127.0.0.1:$PORT"
cargo build -q -p isnad-cli --bin isnad
SERVE=("$ROOT/target/debug/isnad" --db "$TMP/e2e.db" serve --addr "127.0.0.1:$PORT" --token "$TOKEN")

PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
# The server process itself is the background job, so $PID is what must be stopped.
"${SERVE[@]}" >"$TMP/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 100); do
  curl -fsS "$BASE/api/stats" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { cat "$TMP/serve.log" >&2; echo "e2e: server died" >&2; exit 1; }
  sleep 0.1
done

# JSONL → JSON array, posted with the token (the first request builds the extractor).
python3 -c 'import json,sys; print(json.dumps([json.loads(l) for l in open(sys.argv[1]) if l.strip()]))' \
  "$E2E/fixtures.jsonl" >"$TMP/batch.json"
curl -fsS -X POST "$BASE/api/ingest" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data-binary "@$TMP/batch.json" >"$TMP/ingest.json" || { cat "$TMP/serve.log" >&2; exit 1; }
echo "e2e: ingest $(cat "$TMP/ingest.json"); stats $(curl -fsS "$BASE/api/stats")"

node "$E2E/e2e.mjs" "$BASE" "$SHOTS" "$TOKEN"

# ---- the archive: all of UnifiedFC, when ../shared has it ----
UFC="$ROOT/../shared/data/unifiedfc/dataset"
if [ "${ISNAD_E2E_ARCHIVE:-1}" = 0 ] || [ ! -d "$UFC" ]; then
  echo "e2e: archive part skipped (ISNAD_E2E_ARCHIVE=0, or no $UFC)"
  exit 0
fi
kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=""
cargo build -q --release -p isnad-cli --bin isnad
BIN="$ROOT/target/release/isnad"
DB="${ISNAD_E2E_ARCHIVE_DB:-$TMP/ufc.db}"
if [ ! -s "$DB" ]; then
  echo "e2e: ingesting all of UnifiedFC into $DB" >&2
  "$BIN" --db "$DB" ingest --crawled 2018-01-21 "$UFC" >"$TMP/ufc-ingest.log" 2>&1 || { tail -5 "$TMP/ufc-ingest.log" >&2; exit 1; }
fi
"$BIN" --db "$DB" serve --addr "127.0.0.1:$PORT" --token "$TOKEN" >"$TMP/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 100); do
  curl -fsS "$BASE/api/stats" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { cat "$TMP/serve.log" >&2; echo "e2e: archive server died" >&2; exit 1; }
  sleep 0.1
done
echo "e2e: archive stats $(curl -fsS "$BASE/api/stats")"
node "$E2E/e2e.mjs" "$BASE" "$SHOTS" "$TOKEN" archive
