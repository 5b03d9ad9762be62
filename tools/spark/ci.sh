#!/usr/bin/env bash
# CI step for isnad on Spark (tools/spark/README.md): installs what the local-mode tests need
# (Java from Debian, pyspark and pytest from PyPI), builds `isnad`, and runs tools/spark/tests:
# the Spark job against the embedded store on the samples, the e2e fixtures and, when ../shared
# is there, UnifiedFC. Called from .ci/run as `bash tools/spark/ci.sh`.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v java >/dev/null 2>&1; then
  echo "== installing Java (default-jre-headless)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
fi
if ! python3 -c "import pyspark, pytest" 2>/dev/null; then
  echo "== installing pyspark and pytest"
  python3 -m pip install -q pyspark pytest 2>/dev/null \
    || python3 -m pip install -q --break-system-packages pyspark pytest
fi

# The debug binary: `cargo test --workspace` has built it already (a release build from scratch
# takes about 23 minutes on CI's 2 cores; debug extracts UnifiedFC in about 1.5 minutes).
echo "== building isnad"
cargo build -q -p isnad-cli
export ISNAD_BIN="${CARGO_TARGET_DIR:-$PWD/target}/debug/isnad"

echo "== Spark job in local mode vs the embedded store"
python3 -m pytest -q -rs tools/spark/tests
