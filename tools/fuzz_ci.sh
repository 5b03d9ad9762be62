#!/usr/bin/env bash
# Time-boxed fuzzing of every target (CI runs this; before a release run it longer):
#   tools/fuzz_ci.sh            # FUZZ_SECONDS per target (default 120)
#   FUZZ_SECONDS=3600 tools/fuzz_ci.sh
# The seed corpus (fuzz/seeds/<target>/) holds the reproducers of every input that once broke
# isnad; libFuzzer works on a scratch copy so the repository is not touched. Needs cargo-fuzz
# (installed from crates.io when missing) and a C++ compiler for libFuzzer; on a stable
# toolchain RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its -Z flags (no sanitizer: speed over depth).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECS="${FUZZ_SECONDS:-120}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --quiet
export RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$ROOT/target/fuzz"
cd "$ROOT/fuzz"
for t in $(cargo fuzz list); do
  work="$CARGO_TARGET_DIR/corpus/$t"
  mkdir -p "$work"
  cp -n seeds/"$t"/* "$work"/ 2>/dev/null || true
  echo "== fuzz $t for ${SECS}s"
  cargo fuzz run -s none -O "$t" "$work" -- -max_total_time="$SECS" -max_len=8192 -print_final_stats=1 2>&1 \
    | grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|panicked|ERROR|SUMMARY|crash-" || true
  # A crash leaves artifacts/<target>/crash-*: fail with its path.
  if ls artifacts/"$t"/crash-* >/dev/null 2>&1; then
    echo "fuzz $t found a crash:"; ls artifacts/"$t"/; exit 1
  fi
done
