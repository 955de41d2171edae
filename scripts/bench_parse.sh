#!/usr/bin/env bash
# Parser throughput, mnemo against CPython 3.11, over the stdlib's top-level .py files.
#
#   scripts/bench_parse.sh            # builds target/release/mnemo if needed
#   MNEMO=path/to/mnemo scripts/bench_parse.sh
#
# mnemo: `mnemo --bench-parse FILE...` lexes and parses every file in one process and prints
#   files=N bytes=B seconds=S failed=F
# CPython: the real executable (sys.executable, not a python3 wrapper on PATH) reads the same
# files as bytes first, then times only the loop of ast.parse(bytes) over them, and prints the
# same line. ast.parse includes building the Python-level AST objects, as mnemo's time includes
# building its Rust AST. Files that use a `match` statement are left out of both (mnemo refuses
# match on purpose), as are files CPython cannot parse.
# The two alternate, A B A B, 3 runs each, so drift in the machine's speed hits both; the best
# run of each counts. The report gives MB/s (10^6 bytes per second) for both and the ratio of
# mnemo's throughput to CPython's (above 1: mnemo parses faster). It reports; it never fails on
# a slow result.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
if [[ -z "${MNEMO:-}" ]]; then
    cargo build --release --quiet
    MNEMO=target/release/mnemo
fi
PYTHON=$(python3 -c 'import sys; print(sys.executable)')

list=$(mktemp)
timer=$(mktemp --suffix=.py)
trap 'rm -f "$list" "$timer"' EXIT

# The file set: top-level stdlib modules that CPython parses and that use no match statement.
"$PYTHON" - "$list" <<'EOF'
import ast, sys, sysconfig
from pathlib import Path
stdlib = Path(sysconfig.get_paths()['stdlib'])
keep = []
for p in sorted(stdlib.glob('*.py')):
    try:
        tree = ast.parse(p.read_bytes())
    except (SyntaxError, ValueError):
        continue
    if not any(isinstance(n, ast.Match) for n in ast.walk(tree)):
        keep.append(str(p))
Path(sys.argv[1]).write_text('\n'.join(keep) + '\n')
EOF
mapfile -t files <"$list"

cat >"$timer" <<'EOF'
import ast, sys, time
datas = []
for name in sys.argv[1:]:
    with open(name, 'rb') as f:
        datas.append(f.read())
failed = 0
start = time.perf_counter()
for data in datas:
    try:
        ast.parse(data)
    except SyntaxError:
        failed += 1
seconds = time.perf_counter() - start
print(f'files={len(datas)} bytes={sum(map(len, datas))} seconds={seconds:.6f} failed={failed}')
EOF

field() { # field NAME LINE -> the value of NAME=value in LINE
    sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"
}

echo "parse benchmark: ${#files[@]} stdlib files, $RUNS runs each, alternating"
echo "  mnemo:   $MNEMO"
echo "  CPython: $PYTHON ($("$PYTHON" -c 'import sys; print(sys.version.split()[0])'))"
best_m= best_c= bytes_m= bytes_c=
for ((i = 1; i <= RUNS; i++)); do
    m=$("$MNEMO" --bench-parse "${files[@]}")
    c=$("$PYTHON" "$timer" "${files[@]}")
    echo "  run $i: mnemo   $m"
    echo "  run $i: CPython $c"
    if [[ "$(field failed "$m")" != 0 ]]; then
        echo "  warning: mnemo failed to parse $(field failed "$m") file(s); see scripts/stdlib_ast.py" >&2
    fi
    s_m=$(field seconds "$m") s_c=$(field seconds "$c")
    bytes_m=$(field bytes "$m") bytes_c=$(field bytes "$c")
    best_m=$(awk -v a="$s_m" -v b="${best_m:-$s_m}" 'BEGIN { print (a < b ? a : b) }')
    best_c=$(awk -v a="$s_c" -v b="${best_c:-$s_c}" 'BEGIN { print (a < b ? a : b) }')
done

awk -v bm="$bytes_m" -v sm="$best_m" -v bc="$bytes_c" -v sc="$best_c" 'BEGIN {
    mm = bm / sm / 1e6; mc = bc / sc / 1e6
    printf "best of each: mnemo %.3f s, CPython %.3f s over %d bytes\n", sm, sc, bm
    printf "mnemo:   %8.2f MB/s\n", mm
    printf "CPython: %8.2f MB/s\n", mc
    printf "ratio mnemo/CPython throughput: %.2f\n", mm / mc
    if (bm != bc) printf "warning: the two read different byte counts (%d vs %d)\n", bm, bc
}'
