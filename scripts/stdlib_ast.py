#!/usr/bin/env python3
"""Compare `mnemo --ast` with CPython's ast.dump over every top-level .py file of the stdlib.

    python3 scripts/stdlib_ast.py [MNEMO] [-j JOBS] [-v]

MNEMO defaults to target/release/mnemo. The stdlib is the one this python3 (3.11) names in
sysconfig.get_paths()['stdlib']. Each file's expected output is what the `mnemo --ast` contract
says: ast.dump(ast.parse(open(path).read())). Files that use a `match` statement are not part of
the target (mnemo refuses match on purpose) and are counted apart. Each mismatching file is printed
with the first position where the dumps differ. The last line is the summary:

    stdlib: M/N files match (K files use match: skipped from the target)

Exit status: 0 when all N match, 1 otherwise, 2 when mnemo cannot be run.
"""
import argparse
import ast
import os
import subprocess
import sys
import sysconfig
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def stdlib_files() -> list[Path]:
    stdlib = Path(sysconfig.get_paths()['stdlib'])
    return sorted(p for p in stdlib.glob('*.py') if p.is_file())


def expected_dump(path: Path):
    """(dump, uses_match), or (None, reason) when CPython itself cannot parse the file."""
    try:
        with open(path) as f:
            tree = ast.parse(f.read())
    except (SyntaxError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        return None, f'{type(exc).__name__}: {exc}'
    return ast.dump(tree) + '\n', any(isinstance(n, ast.Match) for n in ast.walk(tree))


def excerpt(s: str, at: int, width: int = 70) -> str:
    lo, hi = max(0, at - width), min(len(s), at + width)
    return ('…' if lo else '') + s[lo:hi].rstrip('\n') + ('…' if hi < len(s) else '')


def check(mnemo: str, path: Path, expected: str) -> str | None:
    """None when mnemo's output matches, else a description of the first difference."""
    try:
        proc = subprocess.run([mnemo, '--ast', str(path)], capture_output=True, timeout=120,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return 'timed out after 120 s'
    if proc.returncode != 0:
        lines = proc.stderr.decode('utf-8', 'replace').strip().splitlines()
        where = next((l.strip() for l in lines if l.lstrip().startswith('File ')), '')
        return f'exit code {proc.returncode}: {lines[-1] if lines else "(no stderr)"} {where}'.rstrip()
    actual = proc.stdout.decode('utf-8', 'replace')
    if actual == expected:
        return None
    at = next((i for i, (a, b) in enumerate(zip(expected, actual)) if a != b), min(len(expected), len(actual)))
    return (f'dumps differ at character {at} of {len(expected)} (mnemo printed {len(actual)})\n'
            f'    expected: {excerpt(expected, at)}\n'
            f'    mnemo:    {excerpt(actual, at)}')


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('mnemo', nargs='?', default=str(ROOT / 'target' / 'release' / 'mnemo'))
    ap.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 2)
    ap.add_argument('-v', '--verbose', action='store_true', help='also list the matching files')
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        print(f'warning: expected CPython 3.11, this is {sys.version.split()[0]}', file=sys.stderr)
    if not (os.path.isfile(args.mnemo) and os.access(args.mnemo, os.X_OK)):
        print(f'error: no mnemo binary at {args.mnemo} (cargo build --release, or pass its path)', file=sys.stderr)
        return 2

    target: list[tuple[Path, str]] = []
    uses_match: list[Path] = []
    cpython_fails: list[str] = []
    for path in stdlib_files():
        dump, extra = expected_dump(path)
        if dump is None:
            cpython_fails.append(f'{path.name}: {extra}')
        elif extra:
            uses_match.append(path)
        else:
            target.append((path, dump))

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda item: check(args.mnemo, *item), target))

    matched = 0
    for (path, _), problem in zip(target, results):
        if problem is None:
            matched += 1
            if args.verbose:
                print(f'ok       {path.name}')
        else:
            print(f'MISMATCH {path.name}: {problem}')
    for line in cpython_fails:
        print(f'skipped (CPython cannot parse it either): {line}')
    if args.verbose and uses_match:
        print('uses match:', ' '.join(p.name for p in uses_match))
    print(f'stdlib: {matched}/{len(target)} files match ({len(uses_match)} files use match: skipped from the target)')
    return 0 if matched == len(target) else 1


if __name__ == '__main__':
    sys.exit(main())
