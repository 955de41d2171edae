"""A small JSON reader and writer, written the long way.

It tokenizes text into a stream of tokens, parses them with recursive descent,
and prints values back with optional indentation. Errors carry line and column.
"""
from __future__ import annotations

import enum
import math
import sys
from dataclasses import dataclass, field
from typing import Any, Iterator, Union

JSONValue = Union[None, bool, int, float, str, list, dict]

__all__ = ['loads', 'dumps', 'JSONError']


class JSONError(ValueError):
    """Raised for malformed input, with a position."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(f'{message} at line {line}, column {column}')
        self.line = line
        self.column = column


class Kind(enum.Enum):
    LBRACE = '{'
    RBRACE = '}'
    LBRACKET = '['
    RBRACKET = ']'
    COLON = ':'
    COMMA = ','
    STRING = 'string'
    NUMBER = 'number'
    TRUE = 'true'
    FALSE = 'false'
    NULL = 'null'
    EOF = 'eof'


@dataclass(frozen=True)
class Token:
    kind: Kind
    value: Any
    line: int
    column: int

    def __str__(self) -> str:
        return f'{self.kind.name}({self.value!r})@{self.line}:{self.column}'


PUNCTUATION = {c.value: c for c in (Kind.LBRACE, Kind.RBRACE, Kind.LBRACKET,
                                    Kind.RBRACKET, Kind.COLON, Kind.COMMA)}
KEYWORDS = {'true': (Kind.TRUE, True), 'false': (Kind.FALSE, False), 'null': (Kind.NULL, None)}
ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


@dataclass
class Lexer:
    text: str
    pos: int = 0
    line: int = 1
    column: int = 1
    _pending: list[Token] = field(default_factory=list)

    def error(self, message: str) -> JSONError:
        return JSONError(message, self.line, self.column)

    def advance(self, n: int = 1) -> str:
        chunk = self.text[self.pos:self.pos + n]
        for ch in chunk:
            if ch == '\n':
                self.line += 1
                self.column = 1
            else:
                self.column += 1
        self.pos += n
        return chunk

    def skip_whitespace(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in ' \t\r\n':
            self.advance()

    def tokens(self) -> Iterator[Token]:
        while True:
            self.skip_whitespace()
            if self.pos >= len(self.text):
                yield Token(Kind.EOF, None, self.line, self.column)
                return
            ch = self.text[self.pos]
            line, column = self.line, self.column
            if (kind := PUNCTUATION.get(ch)) is not None:
                self.advance()
                yield Token(kind, ch, line, column)
            elif ch == '"':
                yield Token(Kind.STRING, self.read_string(), line, column)
            elif ch == '-' or ch.isdigit():
                yield Token(Kind.NUMBER, self.read_number(), line, column)
            elif ch.isalpha():
                word = self.read_word()
                try:
                    kind, value = KEYWORDS[word]
                except KeyError:
                    raise self.error(f'unknown word {word!r}') from None
                yield Token(kind, value, line, column)
            else:
                raise self.error(f'unexpected character {ch!r}')

    def read_word(self) -> str:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isalpha():
            self.advance()
        return self.text[start:self.pos]

    def read_number(self) -> int | float:
        start = self.pos
        if self.text[self.pos] == '-':
            self.advance()
        digits = '0123456789'
        while self.pos < len(self.text) and self.text[self.pos] in digits:
            self.advance()
        is_float = False
        if self.text[self.pos:self.pos + 1] == '.':
            is_float = True
            self.advance()
            while self.pos < len(self.text) and self.text[self.pos] in digits:
                self.advance()
        if self.text[self.pos:self.pos + 1] in ('e', 'E'):
            is_float = True
            self.advance()
            if self.text[self.pos:self.pos + 1] in ('+', '-'):
                self.advance()
            while self.pos < len(self.text) and self.text[self.pos] in digits:
                self.advance()
        literal = self.text[start:self.pos]
        try:
            return float(literal) if is_float else int(literal)
        except ValueError:
            raise self.error(f'bad number {literal!r}')

    def read_string(self) -> str:
        self.advance()  # opening quote
        parts: list[str] = []
        while True:
            if self.pos >= len(self.text):
                raise self.error('unterminated string')
            ch = self.advance()
            if ch == '"':
                return ''.join(parts)
            if ch == '\\':
                esc = self.advance()
                if esc == 'u':
                    code = self.advance(4)
                    if len(code) != 4 or any(c not in '0123456789abcdefABCDEF' for c in code):
                        raise self.error(f'bad unicode escape \\u{code}')
                    parts.append(chr(int(code, 16)))
                elif esc in ESCAPES:
                    parts.append(ESCAPES[esc])
                else:
                    raise self.error(f'bad escape \\{esc}')
            elif ord(ch) < 0x20:
                raise self.error('control character in string')
            else:
                parts.append(ch)


class Parser:
    def __init__(self, text: str) -> None:
        self._tokens = Lexer(text).tokens()
        self.current: Token = next(self._tokens)

    def expect(self, *kinds: Kind) -> Token:
        token = self.current
        if token.kind not in kinds:
            wanted = ' or '.join(k.value for k in kinds)
            raise JSONError(f'expected {wanted}, got {token.kind.value}', token.line, token.column)
        self.current = next(self._tokens, token)
        return token

    def parse(self) -> JSONValue:
        value = self.value()
        self.expect(Kind.EOF)
        return value

    def value(self) -> JSONValue:
        kind = self.current.kind
        if kind is Kind.LBRACE:
            return self.object()
        if kind is Kind.LBRACKET:
            return self.array()
        return self.expect(Kind.STRING, Kind.NUMBER, Kind.TRUE, Kind.FALSE, Kind.NULL).value

    def object(self) -> dict[str, JSONValue]:
        self.expect(Kind.LBRACE)
        result: dict[str, JSONValue] = {}
        if self.current.kind is Kind.RBRACE:
            self.expect(Kind.RBRACE)
            return result
        while True:
            key = self.expect(Kind.STRING).value
            self.expect(Kind.COLON)
            result[key] = self.value()
            if self.expect(Kind.COMMA, Kind.RBRACE).kind is Kind.RBRACE:
                return result

    def array(self) -> list[JSONValue]:
        self.expect(Kind.LBRACKET)
        items = []
        if self.current.kind is not Kind.RBRACKET:
            items.append(self.value())
            while self.expect(Kind.COMMA, Kind.RBRACKET).kind is Kind.COMMA:
                items.append(self.value())
        else:
            self.expect(Kind.RBRACKET)
        return items


def loads(text: str) -> JSONValue:
    return Parser(text).parse()


def _quote(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append('\\' + ch)
        elif ch == '\n':
            out.append('\\n')
        elif ord(ch) < 0x20:
            out.append(f'\\u{ord(ch):04x}')
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def dumps(value: JSONValue, indent: int | None = None, *, _level: int = 0) -> str:
    pad = '' if indent is None else '\n' + ' ' * (indent * (_level + 1))
    end = '' if indent is None else '\n' + ' ' * (indent * _level)
    sep = ', ' if indent is None else ','
    if value is None:
        return 'null'
    elif value is True or value is False:
        return 'true' if value else 'false'
    elif isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f'cannot encode {value}')
        return repr(value)
    elif isinstance(value, str):
        return _quote(value)
    elif isinstance(value, list):
        if not value:
            return '[]'
        inner = sep.join(pad + dumps(v, indent, _level=_level + 1) for v in value)
        return f'[{inner}{end}]'
    elif isinstance(value, dict):
        if not value:
            return '{}'
        inner = sep.join(f'{pad}{_quote(k)}: {dumps(v, indent, _level=_level + 1)}'
                         for k, v in value.items())
        return '{' + inner + end + '}'
    raise TypeError(f'not JSON serializable: {type(value).__name__}')


def main(argv: list[str] = sys.argv[1:]) -> int:
    samples = argv or ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9"}}']
    status = 0
    for i, sample in enumerate(samples, start=1):
        try:
            value = loads(sample)
        except JSONError as exc:
            print(f'sample {i}: error: {exc} (line {exc.line})', file=sys.stderr)
            status = 1
            continue
        print(f'sample {i}:', dumps(value, indent=2))
        assert loads(dumps(value)) == value, 'round trip failed'
    return status


if __name__ == '__main__':
    raise SystemExit(main())
