#!/usr/bin/env bash
# tracemalloc's overhead (bench/tracemalloc/overhead.py) under CPython 3.11 and mnemo: the same
# workload without and with tracing, in one process each. A report, not a test.
#
#   scripts/bench_tracemalloc.sh              # build release first
#   scripts/bench_tracemalloc.sh --no-build
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
    cargo build --release --quiet
fi
py=$(python3 -c 'import sys; print(sys.executable)')
echo "== CPython ($py)"
"$py" bench/tracemalloc/overhead.py
echo "== mnemo"
target/release/mnemo bench/tracemalloc/overhead.py
