"""A calculator language: tokenizer, Pratt parser, compiler to bytecode, and a stack VM.

    let x = 2 ** 10; let f = fn(a, b) a * b + x; print(f(3, 4) // 5)
"""
import operator
import re
import sys
from enum import IntEnum, auto
from typing import NamedTuple, Iterator, Sequence

TOKEN_RE = re.compile(r'''
    (?P<ws>\s+)
  | (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<op>\*\*|//|==|!=|<=|>=|[-+*/%<>(),;=])
''', re.VERBOSE)

KEYWORDS = frozenset({'let', 'fn', 'print', 'if', 'then', 'else'})


class Tok(NamedTuple):
    kind: str
    text: str
    pos: int


class CalcError(Exception):
    pass


def tokenize(src: str) -> Iterator[Tok]:
    pos = 0
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise CalcError(f'bad character {src[pos]!r} at {pos}')
        kind = m.lastgroup
        text = m.group()
        if kind == 'name' and text in KEYWORDS:
            kind = text
        if kind != 'ws':
            yield Tok(kind, text, pos)
        pos = m.end()
    yield Tok('eof', '', pos)


class Op(IntEnum):
    CONST = auto()
    LOAD = auto()
    STORE = auto()
    BINARY = auto()
    NEG = auto()
    CALL = auto()
    MAKE_FN = auto()
    JUMP = auto()
    JUMP_IF_FALSE = auto()
    PRINT = auto()
    POP = auto()
    RETURN = auto()


BINARY = {
    '+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
    '//': operator.floordiv, '%': operator.mod, '**': operator.pow,
    '==': operator.eq, '!=': operator.ne, '<': operator.lt, '<=': operator.le,
    '>': operator.gt, '>=': operator.ge,
}
# binding power: (left, right); ** is right-associative
BP = {'==': (1, 2), '!=': (1, 2), '<': (3, 4), '<=': (3, 4), '>': (3, 4), '>=': (3, 4),
      '+': (5, 6), '-': (5, 6), '*': (7, 8), '/': (7, 8), '//': (7, 8), '%': (7, 8),
      '**': (12, 11)}


class Code:
    __slots__ = ('ops', 'consts', 'name', 'params')

    def __init__(self, name='<main>', params=()):
        self.ops: list[tuple[Op, object]] = []
        self.consts: list[object] = []
        self.name = name
        self.params = tuple(params)

    def emit(self, op: Op, arg: object = None) -> int:
        self.ops.append((op, arg))
        return len(self.ops) - 1

    def const(self, value) -> int:
        try:
            return self.consts.index(value)
        except ValueError:
            self.consts.append(value)
            return len(self.consts) - 1

    def patch(self, at: int, target: int) -> None:
        op, _ = self.ops[at]
        self.ops[at] = (op, target)

    def disassemble(self, indent: str = '') -> str:
        out = [f'{indent}code {self.name}({", ".join(self.params)})']
        for i, (op, arg) in enumerate(self.ops):
            shown = '' if arg is None else repr(self.consts[arg]) if op is Op.CONST and not isinstance(self.consts[arg], Code) else arg
            out.append(f'{indent}  {i:>3} {op.name:<14} {shown}')
        for c in self.consts:
            if isinstance(c, Code):
                out.append(c.disassemble(indent + '    '))
        return '\n'.join(out)


class Compiler:
    def __init__(self, src: str):
        self.toks = list(tokenize(src))
        self.i = 0
        self.code = Code()

    @property
    def tok(self) -> Tok:
        return self.toks[self.i]

    def take(self, *kinds: str) -> Tok:
        t = self.tok
        if kinds and t.kind not in kinds and t.text not in kinds:
            raise CalcError(f'expected {"/".join(kinds)} but found {t.text or t.kind!r} at {t.pos}')
        self.i += 1
        return t

    def at(self, *texts: str) -> bool:
        return self.tok.text in texts or self.tok.kind in texts

    def program(self) -> Code:
        while not self.at('eof'):
            self.statement()
            if not self.at('eof'):
                self.take(';')
        self.code.emit(Op.CONST, self.code.const(None))
        self.code.emit(Op.RETURN)
        return self.code

    def statement(self) -> None:
        if self.at('let'):
            self.take()
            name = self.take('name').text
            self.take('=')
            self.expr()
            self.code.emit(Op.STORE, name)
        elif self.at('print'):
            self.take()
            self.take('(')
            count = self.args(')')
            self.code.emit(Op.PRINT, count)
        else:
            self.expr()
            self.code.emit(Op.POP)

    def args(self, closer: str) -> int:
        count = 0
        while not self.at(closer):
            self.expr()
            count += 1
            if not self.at(closer):
                self.take(',')
        self.take(closer)
        return count

    def expr(self, min_bp: int = 0) -> None:
        self.prefix()
        while (op := self.tok.text) in BP and BP[op][0] > min_bp:
            self.take()
            self.expr(BP[op][1])
            self.code.emit(Op.BINARY, op)

    def prefix(self) -> None:
        t = self.take()
        c = self.code
        if t.kind == 'num':
            c.emit(Op.CONST, c.const(float(t.text) if set('.eE') & set(t.text) else int(t.text)))
        elif t.kind == 'str':
            c.emit(Op.CONST, c.const(bytes(t.text[1:-1], 'utf-8').decode('unicode_escape')))
        elif t.kind == 'name':
            c.emit(Op.LOAD, t.text)
        elif t.text == '-':
            self.expr(10)
            c.emit(Op.NEG)
        elif t.text == '(':
            self.expr()
            self.take(')')
        elif t.kind == 'if':
            self.expr()
            self.take('then')
            jump_else = c.emit(Op.JUMP_IF_FALSE, None)
            self.expr()
            jump_end = c.emit(Op.JUMP, None)
            c.patch(jump_else, len(c.ops))
            self.take('else')
            self.expr()
            c.patch(jump_end, len(c.ops))
        elif t.kind == 'fn':
            self.take('(')
            params = []
            while not self.at(')'):
                params.append(self.take('name').text)
                if not self.at(')'):
                    self.take(',')
            self.take(')')
            outer, self.code = self.code, Code(f'<fn@{t.pos}>', params)
            try:
                self.expr()
                self.code.emit(Op.RETURN)
                inner = self.code
            finally:
                self.code = outer
            self.code.emit(Op.MAKE_FN, self.code.const(inner))
        else:
            raise CalcError(f'unexpected {t.text!r} at {t.pos}')
        while self.at('('):
            self.take()
            self.code.emit(Op.CALL, self.args(')'))


class Function:
    def __init__(self, code: Code, env: dict):
        self.code, self.env = code, env

    def __repr__(self) -> str:
        return f'<function {self.code.name}/{len(self.code.params)}>'


class VM:
    MAX_DEPTH = 200

    def __init__(self, out=sys.stdout):
        self.globals: dict[str, object] = {'abs': abs, 'min': min, 'max': max, 'len': len}
        self.out = out
        self.depth = 0

    def run(self, code: Code, env: dict | None = None) -> object:
        env = self.globals if env is None else env
        stack: list[object] = []
        pc = 0
        ops, consts = code.ops, code.consts
        while True:
            op, arg = ops[pc]
            pc += 1
            if op is Op.CONST:
                stack.append(consts[arg])
            elif op is Op.LOAD:
                scope = env
                while arg not in scope:
                    scope = scope.get('__outer__')
                    if scope is None:
                        raise CalcError(f'undefined name {arg!r}')
                stack.append(scope[arg])
            elif op is Op.STORE:
                env[arg] = stack.pop()
            elif op is Op.BINARY:
                right = stack.pop()
                left = stack.pop()
                try:
                    stack.append(BINARY[arg](left, right))
                except (ZeroDivisionError, TypeError, OverflowError) as exc:
                    raise CalcError(f'{arg}: {exc}') from exc
            elif op is Op.NEG:
                stack[-1] = -stack[-1]
            elif op is Op.CALL:
                args = stack[len(stack) - arg:] if arg else []
                del stack[len(stack) - arg:]
                stack.append(self.call(stack.pop(), args))
            elif op is Op.MAKE_FN:
                stack.append(Function(consts[arg], env))
            elif op is Op.JUMP:
                pc = arg
            elif op is Op.JUMP_IF_FALSE:
                if not stack.pop():
                    pc = arg
            elif op is Op.PRINT:
                values = stack[len(stack) - arg:]
                del stack[len(stack) - arg:]
                print(*values, file=self.out)
            elif op is Op.POP:
                stack.pop()
            elif op is Op.RETURN:
                return stack.pop()
            else:  # pragma: no cover
                raise AssertionError(f'unknown op {op}')

    def call(self, fn, args: Sequence[object]) -> object:
        if callable(fn) and not isinstance(fn, Function):
            return fn(*args)
        if not isinstance(fn, Function):
            raise CalcError(f'{fn!r} is not callable')
        if len(args) != len(fn.code.params):
            raise CalcError(f'{fn!r} takes {len(fn.code.params)} arguments, got {len(args)}')
        if self.depth >= self.MAX_DEPTH:
            raise CalcError('recursion too deep')
        self.depth += 1
        try:
            return self.run(fn.code, {'__outer__': fn.env, **dict(zip(fn.code.params, args))})
        finally:
            self.depth -= 1


def evaluate(src: str, *, show_code: bool = False) -> VM:
    code = Compiler(src).program()
    if show_code:
        print(code.disassemble())
    vm = VM()
    vm.run(code)
    return vm


EXAMPLES = [
    'print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, 7 // 2, 7 % 3)',
    'let x = 2 ** 10; let f = fn(a, b) a * b + x; print(f(3, 4) // 5)',
    'let fact = fn(n) if n <= 1 then 1 else n * fact(n - 1); print(fact(20))',
    'let adder = fn(n) fn(m) n + m; let add5 = adder(5); print(add5(10), max(1, 9, 3))',
    'print("tab\\tand newline\\n", 1.5e3, 1 / 4)',
    'print(1 / 0)',
    'print(undefined)',
]

if __name__ == '__main__':
    for source in EXAMPLES:
        try:
            evaluate(source, show_code='-v' in sys.argv)
        except CalcError as err:
            print(f'error: {err}')
