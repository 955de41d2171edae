#!/usr/bin/env bash
# Runs the whole runtime case suite (tests/cases) twice more, under the collector's test modes:
#
#   MNEMO_GC_STRESS=1   a collection at every container allocation (traverse/clear bugs show up
#                       as crashes or wrong output; the cases of tests/cases/gc_timing.txt, whose
#                       output shows when the collector runs, only have to exit as expected);
#   MNEMO_LEAKCHECK=1   at exit, after a last collection, any container still alive that the
#                       interpreter's roots do not reach is reported on stderr (and so fails
#                       the case, whose stderr is compared).
#
# Both must pass as the plain run does (tests/cases/known_failures.txt applies). Extra
# arguments are passed to cargo test.
set -euo pipefail
cd "$(dirname "$0")/.."

for mode in "MNEMO_GC_STRESS=1" "MNEMO_LEAKCHECK=1"; do
    echo "== case suite under $mode"
    MNEMO_EXTRA_ENV="$mode" cargo test --release --test cases "$@"
done
