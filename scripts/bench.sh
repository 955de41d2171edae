#!/usr/bin/env bash
# Benchmarks mnemo against CPython 3.11 on bench/*.py, side by side in one run.
#
#   scripts/bench.sh                    # build release, 3 runs per interpreter per program
#   scripts/bench.sh -n 5 fib loops     # 5 runs, only bench/fib.py and bench/loops.py
#   scripts/bench.sh --no-build         # use the existing target/release/mnemo
#
# For every program the two interpreters alternate run by run (python3, mnemo, python3, mnemo,
# ...), so drift in the machine's speed hits both; the best (lowest) time of each is kept.
# Times are CPU seconds of the child (user + system, from wait4): on a shared or loaded machine
# wall time mostly measures the waits for a CPU, which differ from run to run. BENCH_CLOCK=wall
# compares wall times instead.
# CPython is called by its real path (sys.executable), not through the python3 on PATH, which may
# be a wrapper script that adds tens of milliseconds to every run. mnemo's stdout and exit status
# must equal python3's: a mismatch is reported as FAIL and the program is left out of the
# geometric mean. Peak memory is the maximum resident set size of the best run (wait4 rusage).
# Start-up time is measured on an empty program. The script reports; it never fails the build
# (exit status 0 unless the usage is wrong or mnemo cannot be built).
#
# Options: -n RUNS (default 3), --no-build, --timeout SECONDS per run (default 300).
# MNEMO_BIN=path benchmarks another binary instead of target/release/mnemo (implies nothing about
# building: combine with --no-build).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
build=1
timeout=300
programs=()
while [ $# -gt 0 ]; do
    case "$1" in
        -n) runs="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        --timeout) timeout="$2"; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) programs+=("$1"); shift ;;
    esac
done

python=$(python3 -c 'import sys; print(sys.executable)')
mnemo=${MNEMO_BIN:-target/release/mnemo}
if [ "$build" = 1 ]; then
    echo "building release..." >&2
    if ! cargo build --release --bin mnemo >&2; then
        echo "error: cargo build --release failed; nothing to benchmark" >&2
        exit 1
    fi
fi
if [ ! -x "$mnemo" ]; then
    echo "error: $mnemo does not exist (run without --no-build)" >&2
    exit 1
fi

exec "$python" - "$python" "$mnemo" "$runs" "$timeout" "${programs[@]+"${programs[@]}"}" <<'PYEOF'
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

python, mnemo, runs, timeout = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
use_wall = os.environ.get('BENCH_CLOCK', 'cpu') == 'wall'
wanted = sys.argv[5:]
bench = Path('bench')
programs = sorted(bench.glob('*.py'))
if wanted:
    names = {w[:-3] if w.endswith('.py') else w for w in (Path(w).name for w in wanted)}
    programs = [p for p in programs if p.stem in names]
    missing = names - {p.stem for p in programs}
    if missing:
        sys.exit(f'no such benchmark: {", ".join(sorted(missing))}')


class Result:
    def __init__(self, seconds, rc, stdout, stderr, maxrss_kb, timed_out):
        self.seconds, self.rc, self.stdout, self.stderr = seconds, rc, stdout, stderr
        self.maxrss_kb, self.timed_out = maxrss_kb, timed_out


def run(exe, script):
    """One run: time (CPU or wall), exit status, output and peak RSS of the child alone."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen([exe, script], stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        killed = []
        timer = threading.Timer(timeout, lambda: (killed.append(1), p.kill()))
        timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        seconds = time.perf_counter() - start
        if not use_wall:
            seconds = usage.ru_utime + usage.ru_stime
        timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Result(seconds, p.returncode, out.read(), err.read(), usage.ru_maxrss, bool(killed))


def why_different(ref, got):
    if got.timed_out:
        return f'timed out after {timeout:.0f}s'
    if got.rc != ref.rc:
        last = got.stderr.decode('utf-8', 'replace').strip().splitlines()[-1:] or ['']
        return f'exit status {got.rc} (python3: {ref.rc}): {last[0][:80]}'
    if got.stdout != ref.stdout:
        a = ref.stdout.decode('utf-8', 'replace').splitlines()
        b = got.stdout.decode('utf-8', 'replace').splitlines()
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return f'stdout line {i + 1}: {y[:40]!r} instead of {x[:40]!r}'
        return f'stdout has {len(b)} lines instead of {len(a)}'
    return None


def compare(script, n):
    """Alternate python3 and mnemo n times; best python3 run, best mnemo run, failure or None."""
    best_py = best_mn = None
    failure = None
    for _ in range(n):
        r = run(python, script)
        if r.rc != 0:
            return r, None, f'python3 itself failed (exit status {r.rc})'
        best_py = r if best_py is None or r.seconds < best_py.seconds else best_py
        if failure is None:
            m = run(mnemo, script)
            failure = why_different(r, m)
            if failure is None:
                best_mn = m if best_mn is None or m.seconds < best_mn.seconds else best_mn
    return best_py, (None if failure else best_mn), failure


def mb(kb):
    return f'{kb / 1024:.1f}'


print(f'python3: {python} ({sys.version.split()[0]})')
print(f'mnemo:   {mnemo}')
print(f'runs:    {runs} per interpreter, alternating; best run kept')
print(f'clock:   {"wall time" if use_wall else "CPU time (user + system) of the child"}')
print()

with tempfile.TemporaryDirectory() as tmp:
    empty = os.path.join(tmp, 'empty.py')
    Path(empty).write_text('')
    sp, sm, sfail = compare(empty, max(runs, 10))
    if sfail:
        print(f'start-up: python3 {sp.seconds * 1000:.1f} ms, mnemo FAIL ({sfail})')
    else:
        print(f'start-up (empty program): python3 {sp.seconds * 1000:.1f} ms, mnemo {sm.seconds * 1000:.1f} ms, '
              f'ratio {sm.seconds / sp.seconds:.2f}; peak RSS python3 {mb(sp.maxrss_kb)} MB, mnemo {mb(sm.maxrss_kb)} MB')
print()

header = f'{"program":<18} {"python3 s":>10} {"mnemo s":>10} {"mnemo/python3":>14} {"py3 MB":>8} {"mnemo MB":>9}'
print(header)
print('-' * len(header))
ratios = []
failed = []
for prog in programs:
    bp, bm, failure = compare(str(prog), runs)
    name = prog.stem
    if failure:
        failed.append(name)
        print(f'{name:<18} {bp.seconds:>10.3f} {"FAIL":>10} {"":>14} {mb(bp.maxrss_kb):>8} {"":>9}  {failure}')
        continue
    ratio = bm.seconds / bp.seconds
    ratios.append(ratio)
    print(f'{name:<18} {bp.seconds:>10.3f} {bm.seconds:>10.3f} {ratio:>14.2f} {mb(bp.maxrss_kb):>8} {mb(bm.maxrss_kb):>9}')
    sys.stdout.flush()
print('-' * len(header))
if ratios:
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f'geometric mean of mnemo/python3 over {len(ratios)} program(s): {geo:.2f}'
          + (f'   ({len(failed)} FAIL left out: {", ".join(failed)})' if failed else ''))
else:
    print(f'no program ran correctly under mnemo ({len(failed)} FAIL); no geometric mean')
PYEOF
