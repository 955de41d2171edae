#!/usr/bin/env bash
# Rewrites tests/cases/known_failures.txt from a run of the case harness (tests/cases.rs).
#
#   scripts/update_known_failures.sh                       # run every case, list the failing ones
#   MNEMO_CASES_FILTER=dicts/ scripts/update_known_failures.sh
#                                                          # rerun only matching cases; entries for
#                                                          # other cases are kept as they are
#
# Entries of cases that still fail keep their line (and any '# comment' on it); cases that now
# pass are dropped; new failures are added. The file stays sorted. Extra arguments are passed to
# cargo test (e.g. --features ...). Environment variables of the harness (MNEMO_EXTRA_ENV,
# MNEMO_CASES_JOBS) apply.
set -euo pipefail
cd "$(dirname "$0")/.."

list=tests/cases/known_failures.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures="$tmp/failures"

# The harness fails when a case fails that is not listed yet; that is expected here.
MNEMO_CASES_FAILURES_OUT="$failures" cargo test --release --test cases "$@" -- cases_behave_like_cpython \
    >"$tmp/log" 2>&1 || true
if [ ! -f "$failures" ]; then
    echo "error: the harness did not run (build failure?); last lines of its output:" >&2
    tail -n 30 "$tmp/log" >&2
    exit 1
fi
grep -E '^cases: ' "$tmp/log" || true

python3 - "$list" "$failures" "${MNEMO_CASES_FILTER:-}" <<'EOF'
import sys
from pathlib import Path

list_path, failures_path, flt = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
cases_dir = list_path.parent
failing = {l.strip() for l in failures_path.read_text().splitlines() if l.strip()}
existing = {p.relative_to(cases_dir).as_posix()
            for area in cases_dir.iterdir() if area.is_dir() and not area.name.startswith(('_', '.'))
            for p in area.glob('*.py') if not p.name.startswith('_')}

HEADER = """\
# Cases of tests/cases that are expected to fail while the runtime is being written.
# One case per line, as <area>/<name>.py; '#' starts a comment. tests/cases.rs runs them and
# counts them, but they do not fail `cargo test`; one that passes is reported as "now passing".
# Regenerate with scripts/update_known_failures.sh (a harness run); shrink it as features land.
"""

old_lines = {}
if list_path.exists():
    for line in list_path.read_text().splitlines():
        entry = line.split('#', 1)[0].strip()
        if entry:
            old_lines[entry] = line.rstrip()

entries = {}
for entry, line in old_lines.items():
    if entry not in existing:
        continue                      # the case is gone
    if flt and flt not in f'tests/cases/{entry}':
        entries[entry] = line         # not rerun: keep
    elif entry in failing:
        entries[entry] = line         # still failing: keep its line and comment
for entry in failing:
    entries.setdefault(entry, entry)

removed = sorted(set(old_lines) - set(entries))
added = sorted(set(entries) - set(old_lines))
list_path.write_text(HEADER + ''.join(entries[k] + '\n' for k in sorted(entries)))
print(f'{list_path}: {len(entries)} entries ({len(added)} added, {len(removed)} removed)')
for k in removed:
    print(f'  - {k}')
for k in added:
    print(f'  + {k}')
EOF
