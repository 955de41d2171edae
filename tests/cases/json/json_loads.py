# json.loads / load / dump: values, hooks, parse_* options, errors with CPython's messages
# and positions (JSONDecodeError's msg, lineno, colno, pos).
import io
import json
from collections import OrderedDict

doc = '''
{
  "a": [1, 2.5, -0, 1e3, 1E-2, -12.5e+2, 100000000000000000000000],
  "b": {"c": null, "d": true, "e": false},
  "s": "x\\ny\\t\\"q\\" \\\\ \\/ \\u00e9 \\ud83d\\ude00 \\b\\f\\r",
  "empty": {}, "list": [], "u": "\u4e2d"
}
'''
v = json.loads(doc)
print(v)
print(sorted(v), type(v['a'][2]).__name__, type(v['a'][3]).__name__)
print(json.loads('"abc"'), json.loads(' 42 '), json.loads('NaN'), json.loads('-Infinity'),
      json.loads('[Infinity]'), json.loads('true'), json.loads('null'))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'[2]')),
      json.loads('\ufeff[1]'.encode('utf-8')))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1.5, 2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('"ctl\x01char"', strict=False))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.raw_decode('{"k": "v"}xyz'))

buf = io.StringIO()
json.dump({'k': [1, 2, {'n': None}]}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('[3, 4]')))

for bad in ['', ' ', '[', '[1,', '[1,]', '{', '{"a"', '{"a" 1}', '{"a": 1,}', '{1: 2}',
            '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', 'tru', 'nul', '01', '-',
            '1.', '.5', '[1] [2]', '"\x01"', '{"a": 1}}', '\n\n  [1,\n   oops]', "'single'",
            '[-]', '1e', '{"a":1 "b":2}', '"\\', '[\n"x",\n"unterminated\n]']:
    try:
        json.loads(bad)
        print(repr(bad), 'parsed?')
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.lineno, e.colno, e.pos)
try:
    json.loads(1)
except TypeError as e:
    print('TypeError:', e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
for bad in ['"\\u1234', '"\\u+123"', '"\\u1_23"', '"\\u12', '"\\', '["\\ud83d\\u12"]']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e)
print(json.loads('"\\ud83d\\ude00 \\u0041"'))
