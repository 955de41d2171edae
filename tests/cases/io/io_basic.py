# io: StringIO and BytesIO (write/read/seek/tell/readline/iteration/getvalue/truncate) and
# their errors, print(file=...).
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('world\n'))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(0)
print([line for line in s])
s.seek(2)
s.write('LL')
print(repr(s.getvalue()))
s.truncate(5)
print(repr(s.getvalue()), s.tell())
t = io.StringIO('line1\nline2\nline3')
print(t.readlines(), t.read(), t.seek(0), t.read(3), t.readline(), t.readline(2))
print('to stringio', 42, sep='-', file=t)
print(repr(t.getvalue()))
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
tests = [
    ('write int', lambda: io.StringIO().write(1)),
    ('read str', lambda: io.StringIO().read('x')),
    ('seek -1', lambda: io.StringIO().seek(-1)),
    ('seek whence', lambda: io.StringIO().seek(0, 5)),
    ('seek cur', lambda: io.StringIO('abc').seek(1, 1)),
    ('init int', lambda: io.StringIO(1)),
    ('closed read', lambda: c.read()),
    ('bytes str', lambda: io.BytesIO().write('x')),
]
for text, f in tests:
    try:
        print(text, '->', f())
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)
b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), b.read(), b.getvalue())
b.seek(0, 2)
b.write(b'ghi')
b.seek(1)
b.write(b'X')
print(b.getvalue(), list(io.BytesIO(b'x\ny\n')), b.seek(-2, 2), b.read())
b.truncate(2)
print(b.getvalue(), isinstance(b, io.BufferedIOBase), isinstance(s, io.TextIOBase), io.SEEK_END)
