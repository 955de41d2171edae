#!/usr/bin/env python3
"""Regenerate the expected outputs of the parser corpus in tests/parse/ with CPython 3.11.

    python3 scripts/gen_parse_cases.py            # rewrite seeds, .ast and .err files
    python3 scripts/gen_parse_cases.py --check    # change nothing; exit 1 if anything is stale

What it does, in order:

1. Re-extracts the code examples of the seed articles (../shared/seeds/*.txt) into
   tests/parse/valid/seed_NNN_KK_TOPIC.py (NNN: the seed's number, KK: the example's index in
   it). Old seed_* files are removed first, so the set always matches the articles.
2. For every tests/parse/valid/NAME.py writes NAME.ast: exactly the line that
       python3 -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read())))" NAME.py
   prints under a UTF-8 locale (the contract of `mnemo --ast`). A valid file must not contain a
   `match` statement: mnemo refuses those (see tests/parse/unsupported/).
3. For every tests/parse/invalid/NAME.py checks that CPython fails to *parse* it (ast.parse raises
   SyntaxError or a subclass: IndentationError, TabError) -- so running it can never execute
   anything -- then runs `python3 tests/parse/invalid/NAME.py` from the repository root and
   writes its stderr to NAME.err, with the repository's absolute path taken out of it (CPython
   prints the script's absolute path; the .err files hold it relative to the root). Errors that only the compiler's later passes raise (symtable:
   "duplicate argument", "'return' outside function", "nonlocal at module level", ...) are not
   parse errors and do not belong in the corpus; the assertion rejects them.
4. Checks that every tests/parse/unsupported/*.py is valid 3.11 that uses a `match` statement.
5. Removes .ast/.err files whose .py is gone.
"""
import argparse
import ast
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / 'tests' / 'parse'
VALID = CORPUS / 'valid'
INVALID = CORPUS / 'invalid'
UNSUPPORTED = CORPUS / 'unsupported'
DEFAULT_SEEDS = ROOT.parent / 'shared' / 'seeds'

PARSE_ERRORS = ('SyntaxError:', 'IndentationError:', 'TabError:')


def uses_match(tree: ast.AST) -> bool:
    return any(isinstance(node, ast.Match) for node in ast.walk(tree))


# ---------------------------------------------------------------------------------------------
# Seed extraction.
#
# The seed articles are scraped web pages. Their code comes in two shapes:
#   - fenced Markdown blocks (```python ... ```), sometimes indented inside list items;
#   - unfenced snippets mixed into the prose, whose indentation was lost in the scrape and whose
#     lines are sometimes run together (`import sys my_list = [1, 2] print(...)`), or have the
#     next heading glued onto the last line (`x = f('lineno')Best Practices`).
# Fenced blocks are taken whole (dedented). Unfenced snippets are found as runs of consecutive
# lines that look like code (CODE_LINE below); a `#` comment line continues a run but does not
# start one. A run whose last line has a prose heading glued to it after a closing bracket or
# quote is repaired by cutting the heading off, and only if that makes it parse.
#
# DELIBERATELY SKIPPED: every candidate that is not valid Python 3.11 after that. This drops the
# snippets whose block indentation was flattened by the scrape (`class Node:` followed by an
# unindented `def`), the ones run together onto one line, and the C example. Re-indenting or
# re-splitting them would mean guessing what the author meant, and a guessed program is not a
# seed example. Snippets with a `match` statement would be skipped too (mnemo refuses match);
# there are none today. The script prints what it skipped with --verbose.
# ---------------------------------------------------------------------------------------------

FENCE = re.compile(r'^\s*```\s*([\w+-]*)\s*$')
PYTHON_FENCES = {'python', 'py', 'python3', ''}
CODE_LINE = re.compile(r'''^(?:
      (?:import|from)\s+[\w.]+
    | (?:async\s+)?(?:def|class)\s+\w+
    | (?:if|elif|while|for|with|except|assert|del|raise|return|yield|global|nonlocal|await)\b
    | (?:else|try|finally)\s*:
    | (?:pass|break|continue)\s*(?:\#.*)?$
    | @\w
    | [A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\s*,\s*[A-Za-z_][\w.]*)*\s*(?:[-+*/%&|^@]|\*\*|//|<<|>>)?=[^=]
    | [A-Za-z_][\w.]*\(.*\)\s*(?:\#.*)?$
)''', re.VERBOSE)
GLUED_HEADING = re.compile(r'''^(.*[)\]'"])\s*([A-Z][A-Za-z’' ()-]*)$''')


def seed_candidates(text: str):
    """Yield (kind, code) for every code example candidate in one seed article."""
    lines = text.splitlines()
    outside: list[str | None] = []  # lines outside fences; None marks a fenced block's place
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            outside.append(lines[i])
            i += 1
            continue
        lang = m.group(1).lower()
        j = i + 1
        while j < len(lines) and not FENCE.match(lines[j]):
            j += 1
        if lang in PYTHON_FENCES:
            yield 'fenced', textwrap.dedent('\n'.join(lines[i + 1:j])).strip('\n') + '\n'
        outside.append(None)
        i = j + 1
    run: list[str] = []
    for line in outside + [None]:
        if line is not None and (CODE_LINE.match(line) or (run and line.lstrip().startswith('#'))):
            run.append(line)
            continue
        if run:
            yield 'unfenced', '\n'.join(run) + '\n'
        run = []


def parses(code: str):
    try:
        return ast.parse(code)
    except (SyntaxError, ValueError):
        return None


def repair_glued_heading(code: str) -> str | None:
    lines = code.rstrip('\n').split('\n')
    m = GLUED_HEADING.match(lines[-1])
    if not m:
        return None
    fixed = '\n'.join(lines[:-1] + [m.group(1)]) + '\n'
    return fixed if parses(fixed) is not None else None


def topic(tree: ast.Module) -> str:
    """A short name for the example: its first def/class, import or called function."""
    for kinds in ((ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef), (ast.Import, ast.ImportFrom)):
        for node in ast.walk(tree):
            if isinstance(node, kinds):
                if isinstance(node, ast.Import):
                    return node.names[0].name
                if isinstance(node, ast.ImportFrom):
                    return node.module or 'relative'
                return node.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            return ast.unparse(node.func)
    return 'snippet'


def extract_seeds(seeds_dir: Path, verbose: bool) -> dict[str, str]:
    """Return {file name: content} for every valid seed example."""
    out: dict[str, str] = {}
    for seed in sorted(seeds_dir.glob('*.txt')):
        number = seed.name.split('_', 1)[0]
        index = 0
        for kind, code in seed_candidates(seed.read_text(encoding='utf-8')):
            tree = parses(code)
            if tree is None and kind == 'unfenced':
                repaired = repair_glued_heading(code)
                if repaired is not None:
                    code, tree = repaired, parses(repaired)
            if tree is None or not tree.body or uses_match(tree):
                if verbose:
                    why = 'no statements' if tree is not None and not tree.body else \
                          'match statement' if tree is not None else 'not valid 3.11'
                    first = code.strip().splitlines()[0][:70] if code.strip() else ''
                    print(f'  skip {seed.name} ({kind}, {why}): {first}')
                continue
            index += 1
            slug = re.sub(r'[^0-9a-zA-Z]+', '_', topic(tree)).strip('_').lower()[:30] or 'snippet'
            header = f'# Example {index} ({kind}) of seeds/{seed.name}, extracted by scripts/gen_parse_cases.py.\n'
            out[f'seed_{number}_{index:02d}_{slug}.py'] = header + code
    return out


# ---------------------------------------------------------------------------------------------
# Expected outputs.
# ---------------------------------------------------------------------------------------------

def expected_ast(path: Path) -> str:
    # The contract's command: ast.parse(open(path).read()) -- text mode, so universal newlines.
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read())
    if uses_match(tree):
        raise AssertionError(f'{path}: valid cases must not use a match statement (mnemo refuses it); '
                             f'put it in tests/parse/unsupported/')
    return ast.dump(tree) + '\n'


def expected_err(path: Path) -> bytes:
    data = path.read_bytes()
    try:
        ast.parse(data)
    except SyntaxError:
        pass  # includes IndentationError and TabError
    except ValueError:
        # CPython before 3.11.4 or so raised ValueError for NUL bytes; 3.11.7 raises SyntaxError.
        if b'\0' not in data:
            raise
    else:
        raise AssertionError(f'{path}: ast.parse accepts it; an invalid case must fail to parse '
                             f'(errors raised only by compile()/symtable do not belong here)')
    rel = path.relative_to(ROOT).as_posix()
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    proc = subprocess.run([sys.executable, rel], cwd=ROOT, capture_output=True, env=env,
                          timeout=60, stdin=subprocess.DEVNULL)
    err_lines = proc.stderr.decode('utf-8', 'replace').splitlines()
    last = err_lines[-1] if err_lines else ''
    if proc.returncode != 1 or proc.stdout or not last.startswith(PARSE_ERRORS) \
            or any(l.startswith('Traceback') for l in err_lines):
        raise AssertionError(f'{rel}: expected a compile-time syntax error, got rc={proc.returncode}, '
                             f'stdout={proc.stdout!r}, stderr={proc.stderr!r}')
    # CPython makes the script's path absolute (since 3.9) before it reports an error in it, so
    # its File line reads "/abs/repo/tests/parse/invalid/NAME.py". Keep the expectation
    # independent of where the repository is checked out: store the path relative to the root.
    # The test harness accepts either form from mnemo.
    return proc.stderr.replace(str(ROOT).encode() + b'/', b'')


def sync(path: Path, content: bytes, check: bool, changed: list[str]) -> None:
    old = path.read_bytes() if path.exists() else None
    if old == content:
        return
    changed.append(str(path.relative_to(ROOT)))
    if not check:
        path.write_bytes(content)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--check', action='store_true', help='write nothing; exit 1 if something is stale')
    ap.add_argument('--seeds', type=Path, default=DEFAULT_SEEDS, help=f'seed articles (default {DEFAULT_SEEDS})')
    ap.add_argument('-v', '--verbose', action='store_true', help='list the seed snippets that were skipped')
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        print(f'error: run this with CPython 3.11 (this is {sys.version.split()[0]})', file=sys.stderr)
        return 2
    changed: list[str] = []

    # 1. seeds
    if args.seeds.is_dir():
        seeds = extract_seeds(args.seeds, args.verbose)
        for old in VALID.glob('seed_*.py'):
            if old.name not in seeds:
                changed.append(str(old.relative_to(ROOT)) + ' (removed)')
                if not args.check:
                    old.unlink()
        for name, code in seeds.items():
            sync(VALID / name, code.encode('utf-8'), args.check, changed)
    else:
        seeds = {}
        print(f'warning: no seed directory at {args.seeds}; seed_* files left as they are', file=sys.stderr)

    # 2. valid
    valid = sorted(VALID.glob('*.py'))
    if args.check:  # seed files that would be written do not exist yet
        valid = sorted(set(valid) | {VALID / n for n in seeds})
    failures = []
    for py in valid:
        try:
            text = expected_ast(py) if py.exists() else ast.dump(ast.parse(seeds[py.name])) + '\n'
        except (SyntaxError, ValueError, AssertionError) as exc:
            failures.append(f'{py.relative_to(ROOT)}: {exc}')
            continue
        sync(py.with_suffix('.ast'), text.encode('utf-8'), args.check, changed)

    # 3. invalid
    invalid = sorted(INVALID.glob('*.py'))
    for py in invalid:
        try:
            sync(py.with_suffix('.err'), expected_err(py), args.check, changed)
        except AssertionError as exc:
            failures.append(str(exc))

    # 4. unsupported
    unsupported = sorted(UNSUPPORTED.glob('*.py'))
    for py in unsupported:
        tree = ast.parse(py.read_bytes())
        if not uses_match(tree):
            failures.append(f'{py.relative_to(ROOT)}: expected a match statement in it')

    # 5. stale expectations
    for directory, suffix in ((VALID, '.ast'), (INVALID, '.err')):
        for exp in directory.glob('*' + suffix):
            if not exp.with_suffix('.py').exists() and exp.with_suffix('.py').name not in seeds:
                changed.append(str(exp.relative_to(ROOT)) + ' (removed)')
                if not args.check:
                    exp.unlink()

    for f in failures:
        print('error:', f, file=sys.stderr)
    verb = 'stale' if args.check else 'updated'
    for c in changed:
        print(f'{verb}: {c}')
    print(f'parse corpus: {len(valid)} valid ({len(seeds)} from seeds), {len(invalid)} invalid, '
          f'{len(unsupported)} unsupported; {len(changed)} file(s) {verb}, {len(failures)} error(s)')
    if failures:
        return 1
    return 1 if args.check and changed else 0


if __name__ == '__main__':
    sys.exit(main())
