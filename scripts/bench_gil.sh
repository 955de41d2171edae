#!/usr/bin/env bash
# The GIL benchmark (bench/gil/threads.py) under CPython 3.11 and mnemo, one after the other:
# CPU-bound work in 4 threads versus 4 runs in one thread, and 4 threads sleeping 0.2 s.
#
#   scripts/bench_gil.sh              # build release first
#   scripts/bench_gil.sh --no-build
#
# A report, not a test: wall-clock times on a shared machine vary from run to run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
    cargo build --release --quiet
fi
py=$(python3 -c 'import sys; print(sys.executable)')
echo "== CPython ($py)"
"$py" bench/gil/threads.py
echo "== mnemo"
target/release/mnemo bench/gil/threads.py
