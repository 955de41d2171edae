#!/usr/bin/env python3
"""Regenerate the expected output of the runtime case corpus (tests/cases) with CPython 3.11.

    python3 scripts/gen_cases.py              # run every case, rewrite the expected files
    python3 scripts/gen_cases.py --check      # write nothing; exit 1 if anything is stale
    python3 scripts/gen_cases.py dicts/ refc  # only cases whose path contains one of the filters

The corpus (tests/cases.rs runs it against mnemo with the same conventions):

Cases
    tests/cases/<area>/<name>.py, for files directly inside an area folder whose name does not
    start with '_'. Subfolders and '_'-prefixed files are helpers (modules and packages that cases
    import), never cases. Files directly in tests/cases/ (known_failures.txt) are not cases either.

Command line
    Every case runs with the repository root as the working directory, as
        <interpreter> tests/cases/<area>/<name>.py [ARGS...]
    so the script path is relative and identical for python3 and mnemo. ARGS come from
    <name>.args (one argument per line; a trailing newline ends the last one, an empty line is an
    empty argument). A case with <name>.cmd replaces the whole argument vector (one per line) to
    test other command lines: '{py}' in an argument becomes the case's path, '{src}' the case's
    source text (for `-c {src}`).

Standard input
    <name>.in if it exists; otherwise the case's own source when the argument vector starts with
    '-' (`mnemo -` reads the program from stdin); otherwise empty.

Expected files
    <name>.out     stdout, byte for byte (always written)
    <name>.err     the last line of stderr (trailing newlines stripped), when stderr is not empty
    <name>.rc      the exit status, when it is not 0
    <name>.stderr  for cases under tracebacks/ and repl/ only: the whole stderr, to compare
                   traceback shape (and, for repl/, the prompts of a `-i` session)
    Absent .err means stderr must be empty; absent .rc means exit status 0.

Normalization (applied to stderr by this script and by the harness alike)
    - '<repo root>/' is removed everywhere: CPython prints the absolute path of the main script
      and of imported modules in tracebacks and in some messages;
    - a leading '<interpreter path>: ' (CPython's "can't open file" report names argv[0]) becomes
      'mnemo: '.
    stdout is never normalized: cases must not print paths, addresses, byte sizes or hashes of
    str/bytes (randomized); they print comparisons instead.

Determinism
    Each case runs twice, with PYTHONHASHSEED=0 and 1; differing results are reported as an error
    (a case whose output depends on string hashing, e.g. printing a set of strings).

The interpreter is the running python3 (sys.executable, which must be 3.11), called by its real
path, with PYTHON* variables removed from the environment, PYTHONDONTWRITEBYTECODE=1 (no
__pycache__ beside the helpers) and PYTHONUTF8=1.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / 'tests' / 'cases'
FULL_STDERR_AREAS = {'tracebacks', 'repl'}
EXPECTED_SUFFIXES = ('.out', '.err', '.rc', '.stderr')
INPUT_SUFFIXES = ('.args', '.cmd', '.in')
TIMEOUT = 120


def discover(filters: list[str]) -> list[Path]:
    """Every case (absolute paths), sorted; only those matching a filter if any are given."""
    found = []
    for area in sorted(p for p in CASES.iterdir() if p.is_dir() and not p.name.startswith(('_', '.'))):
        for f in sorted(area.glob('*.py')):
            if not f.name.startswith('_'):
                found.append(f)
    if filters:
        found = [f for f in found if any(flt in rel(f) for flt in filters)]
    return found


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def arg_lines(path: Path) -> list[str]:
    text = path.read_text(encoding='utf-8')
    if text.endswith('\n'):
        text = text[:-1]
    return text.split('\n') if text else []


def command(case: Path) -> tuple[list[str], bytes]:
    """The interpreter's arguments and the stdin bytes for one case."""
    cmd_file = case.with_suffix('.cmd')
    args_file = case.with_suffix('.args')
    in_file = case.with_suffix('.in')
    if cmd_file.exists():
        if args_file.exists():
            raise SystemExit(f'{rel(case)}: has both .cmd and .args; use one')
        src = case.read_text(encoding='utf-8')
        args = [a.replace('{py}', rel(case)).replace('{src}', src) for a in arg_lines(cmd_file)]
    else:
        args = [rel(case)] + (arg_lines(args_file) if args_file.exists() else [])
    if in_file.exists():
        stdin = in_file.read_bytes()
    elif args and args[0] == '-':
        stdin = case.read_bytes()
    else:
        stdin = b''
    return args, stdin


def normalize_stderr(text: str, interpreter: str) -> str:
    lines = text.split('\n')
    for i, line in enumerate(lines):
        for name in (interpreter, os.path.basename(interpreter)):
            if line.startswith(name + ': '):
                lines[i] = 'mnemo: ' + line[len(name) + 2:]
                break
    text = '\n'.join(lines)
    for prefix in {str(ROOT) + '/', os.path.realpath(ROOT) + '/'}:
        text = text.replace(prefix, '')
    return text


def last_line(stderr: str) -> str:
    stripped = stderr.rstrip('\n')
    return stripped.split('\n')[-1] if stripped else ''


@dataclass
class Result:
    stdout: bytes
    stderr: str  # normalized
    rc: int


def run_once(case: Path, hashseed: str) -> Result:
    args, stdin = command(case)
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env.update(PYTHONDONTWRITEBYTECODE='1', PYTHONUTF8='1', PYTHONHASHSEED=hashseed)
    try:
        p = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, cwd=ROOT,
                           env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise SystemExit(f'{rel(case)}: timed out after {TIMEOUT}s under python3')
    stderr = normalize_stderr(p.stderr.decode('utf-8', 'replace'), sys.executable)
    return Result(p.stdout, stderr, p.returncode)


def expected_files(case: Path, r: Result) -> dict[Path, bytes | None]:
    """Expected file -> content (None: the file must not exist)."""
    area = case.parent.name
    out: dict[Path, bytes | None] = {
        case.with_suffix('.out'): r.stdout,
        case.with_suffix('.err'): (last_line(r.stderr) + '\n').encode() if r.stderr else None,
        case.with_suffix('.rc'): f'{r.rc}\n'.encode() if r.rc != 0 else None,
        case.with_suffix('.stderr'): r.stderr.encode() if area in FULL_STDERR_AREAS and r.stderr else None,
    }
    return out


def process(case: Path, twice: bool) -> tuple[Path, Result, str | None]:
    first = run_once(case, '0')
    problem = None
    if twice:
        second = run_once(case, '1')
        if (first.stdout, first.stderr, first.rc) != (second.stdout, second.stderr, second.rc):
            problem = 'output depends on PYTHONHASHSEED (nondeterministic case)'
    return case, first, problem


def orphans(cases: list[Path]) -> list[Path]:
    """Expected or input files whose case no longer exists."""
    stems = {c.with_suffix('') for c in cases}
    out = []
    for area in sorted(p for p in CASES.iterdir() if p.is_dir()):
        for f in sorted(area.iterdir()):
            if f.is_file() and f.suffix in EXPECTED_SUFFIXES + INPUT_SUFFIXES and f.with_suffix('') not in stems:
                out.append(f)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('filters', nargs='*', help='only cases whose path contains one of these')
    ap.add_argument('--check', action='store_true', help='write nothing; exit 1 if any expected file is stale')
    ap.add_argument('--once', action='store_true', help='skip the second (determinism) run')
    ap.add_argument('-j', '--jobs', type=int, default=2, help='parallel runs (default 2)')
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        print(f'error: expected CPython 3.11, this is {sys.version.split()[0]}', file=sys.stderr)
        return 2

    cases = discover(args.filters)
    if not cases:
        print('no cases match', file=sys.stderr)
        return 2
    stale: list[str] = []
    errors: list[str] = []
    noisy: list[str] = []
    failing = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda c: process(c, not args.once), cases))
    for case, r, problem in results:
        if problem:
            errors.append(f'{rel(case)}: {problem}')
        if r.rc != 0:
            failing += 1
        elif r.stderr:
            noisy.append(rel(case))
        for path, content in expected_files(case, r).items():
            current = path.read_bytes() if path.exists() else None
            if current == content:
                continue
            stale.append(rel(path) + (' (should not exist)' if content is None else ''))
            if args.check:
                continue
            if content is None:
                path.unlink()
            else:
                path.write_bytes(content)
    if not args.filters:
        for f in orphans(cases):
            stale.append(rel(f) + ' (orphan: no such case)')
            if not args.check and f.suffix in EXPECTED_SUFFIXES:
                f.unlink()
    areas = sorted({c.parent.name for c in cases})
    print(f'cases: {len(cases)} in {len(areas)} areas ({failing} exit non-zero)')
    if noisy:
        print(f'exit 0 but wrote to stderr ({len(noisy)}): ' + ', '.join(noisy))
    for e in errors:
        print('error:', e, file=sys.stderr)
    if stale:
        verb = 'stale' if args.check else 'updated'
        print(f'{verb} ({len(stale)}):')
        for s in stale:
            print('  ' + s)
    else:
        print('all expected files up to date')
    if errors:
        return 1
    return 1 if (args.check and stale) else 0


if __name__ == '__main__':
    sys.exit(main())
