#!/usr/bin/env python3
"""Measure how much of each embedded Python module (src/modules/py/) also occurs in CPython.

    python3 scripts/provenance.py            # table for every module
    python3 scripts/provenance.py json stat  # only modules whose name contains a filter

For each file, the "substantial" lines are those that, stripped of surrounding whitespace, are
longer than 25 characters and are neither comments nor docstring-only lines (lines inside a
triple-quoted string that starts a statement). The share is how many of them also occur
(stripped) anywhere in the CPython file of the same relative path under the running python3's
standard library (sysconfig.get_paths()['stdlib']). Packages are reported per file and as a
whole. A file with no CPython counterpart is shown as "-".
"""

from __future__ import annotations

import pathlib
import sys
import sysconfig

ROOT = pathlib.Path(__file__).resolve().parent.parent
PY_DIR = ROOT / "src" / "modules" / "py"
MIN_LEN = 25


def substantial_lines(text: str) -> list[str]:
    """The stripped lines of `text` worth comparing: long enough, not comments, not docstrings."""
    kept = []
    in_doc = None  # the quote that closes the docstring we are inside, if any
    for raw in text.splitlines():
        line = raw.strip()
        if in_doc is not None:
            if in_doc in line:
                in_doc = None
            continue
        opener = next((q for q in ('"""', "'''") if line.lstrip("rbuRBU").startswith(q)), None)
        if opener is not None:
            body = line.lstrip("rbuRBU")[3:]
            if opener not in body:
                in_doc = opener
            continue
        if line.startswith("#") or len(line) <= MIN_LEN:
            continue
        if line[0] in "'\"" and line[-1] == line[0]:
            continue  # a one-line docstring (or other lone string literal)
        kept.append(line)
    return kept


def stripped_set(path: pathlib.Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()}


def main(argv: list[str]) -> int:
    stdlib = pathlib.Path(sysconfig.get_paths()["stdlib"])
    filters = argv[1:]
    groups: dict[str, list[tuple[str, int, int | None]]] = {}
    for path in sorted(PY_DIR.rglob("*.py")):
        rel = path.relative_to(PY_DIR)
        module = rel.parts[0] if len(rel.parts) > 1 else rel.stem
        if filters and not any(f in str(rel) for f in filters):
            continue
        ours = substantial_lines(path.read_text(encoding="utf-8"))
        theirs_path = stdlib / rel
        if theirs_path.is_file():
            theirs = stripped_set(theirs_path)
            common = sum(1 for line in ours if line in theirs)
        else:
            common = None
        groups.setdefault(module, []).append((str(rel), len(ours), common))

    print(f"{'file':40} {'lines':>6} {'shared':>7} {'share':>6}")
    for module, rows in groups.items():
        for rel, total, common in rows:
            share = "-" if common is None else f"{100 * common / max(total, 1):5.0f}%"
            print(f"{rel:40} {total:6} {'-' if common is None else common:>7} {share:>6}")
        if len(rows) > 1:
            total = sum(r[1] for r in rows)
            common = sum(r[2] or 0 for r in rows)
            print(f"{module + '/ (all)':40} {total:6} {common:7} {100 * common / max(total, 1):5.0f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
