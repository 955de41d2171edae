# json: error messages and positions, escapes, hooks, encoder options and module-level names.
import io
import json
import json.decoder
import json.encoder
import json.scanner
from collections import OrderedDict

bad_docs = ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{a:1}',
            '{"a":1 "b":2}', '[', '[1', '[1,', '[1,]', '[1 2]', '[,1]', ']', '}', '"abc',
            '"a\\', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"a\nb"', '"a\tb"', '"\x00"', '01', '1.',
            '1e', '1e+', '-', '-a', '--1', '+1', '.5', 'nul', 'tru', 'True', 'NAN', '-Inf',
            '[1]x', '1 2', '{"a":[1,2}', '{"a":{"b":1]}', '  \n  [\n1,\n]', '\n\n  x',
            '[1,\n2,\n  3 4]', '\ufeff1', '{"a":1}}', 'nan', '[-]', '{"\\',
            '"\\u0041', '"\\u00', '"\\ud83d\\uzzzz"', '"\\ud83d\\u00', '"\\ud83d\\ude00', '"\\u004"',
            '"\\u+041"', '"\\u0_41"', '"\\u 041"', '"\\u00zz"', '[1,,2]', '{"a":1,,"b":2}', '{"a"::1}',
            '[1e5x]', '-01', '0.5.1', '1.5e3.2', '[true false]', '{"a":true,"b":nullx}', '"\\', '"\\"']
for doc in bad_docs:
    try:
        print(repr(doc), "->", repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), "JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

good_docs = ['0', '-0', '-0.0', '1e5', '1E-2', '2.5e+3', '-12.75', '123456789012345678901234567890',
             '1.7976931348623157e309', '-1e400', 'NaN', 'Infinity', '-Infinity', 'true', 'false',
             'null', '""', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u20AC"', '"\\ud83d\\ude00"',
             '"caf\u00e9 \U0001f600"', ' [ 1 , [ ] , { } , [ [ ] ] ] ',
             '{"a": {"b": [1, {"c": null}]}, "d": "e"}', '{"k": 1, "k": 2}', '\t\r\n 7 \t\r\n',
             '[1.0, 10, 1.5E3, -0, 0.1]']
for doc in good_docs:
    v = json.loads(doc)
    print(repr(doc), "->", repr(v), type(v).__name__)

print(json.loads('"a\x01b"', strict=False), json.loads('["\x1f"]', strict=False))
print(json.loads('[1, 2.5, "x", NaN]', parse_int=str, parse_float=lambda s: "F" + s,
                 parse_constant=lambda s: "C" + s))
print(json.loads('{"a": {"b": 1}, "c": []}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": {"x": 2}, "a": 3}', object_pairs_hook=list))
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{}', object_hook=lambda d: ("hook", d)), json.loads('{}', object_pairs_hook=tuple))
print(json.loads('{"a": 1}', object_hook=lambda d: "oh", object_pairs_hook=lambda p: "ph"))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"a": 2}')), json.loads(b'\xef\xbb\xbf[3]'))
for raw in [b'[1]', b'[\x00', b'\x00[', b'1\x00', b'\x001', b'[\x00\x00\x00', b'\x00\x00\x00[',
            b'\xfe\xff\x00[', b'\xff\xfe\x00\x00[\x00\x00\x00', b'\x00\x00\xfe\xff', b'12', b'x']:
    print(raw, json.detect_encoding(raw))
print(json.detect_encoding(b'\xff\xfe[\x00'), json.detect_encoding(b''), json.detect_encoding(b'\xef\xbb\xbf{}'))
for bad in [1, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)

dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx{"a": 1}yy', 2), dec.decode('  "s"  '))
try:
    dec.raw_decode(' 1')
except json.JSONDecodeError as e:
    print(e)
print(dec.strict, dec.object_hook, dec.parse_float is float, dec.parse_int is int)
print(json.decoder.scanstring('"abc\\n" rest', 1), json.decoder.scanstring('x"\\u0041"', 2))
print(json.decoder.py_scanstring('"q"', 1))
e = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno, e.args, isinstance(e, ValueError), e.__reduce__()[1])
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__name__, json.decoder.JSONDecodeError is json.JSONDecodeError)

# encoding
samples = ["", "plain", 'q"b\\s/', "\x00\x01\x1f\x7f\x80", "\b\f\n\r\t", "é€😀", "\u2028\u2029"]
for s in samples:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False), json.encoder.encode_basestring(s),
          json.encoder.encode_basestring_ascii(s), json.encoder.py_encode_basestring_ascii(s) == json.encoder.encode_basestring_ascii(s))
nums = [0, -1, 2**70, 1.0, -0.0, 0.1, 1e22, 1e-7, 123.456, float("inf"), float("-inf"), float("nan"),
        True, False, None]
print(json.dumps(nums))
for bad in [[float("nan")], {"a": float("inf")}, float("-inf")]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
data = {"b": [1, 2, {"y": None, "x": (3, 4)}], "a": {}, "c": [], "d": "é", 3: "int", 2.5: "f",
        True: "t", None: "n", False: "f"}
for kw in [{}, {"indent": 2}, {"indent": 0}, {"indent": "\t"}, {"indent": "--"},
           {"separators": (",", ":")}, {"indent": 1, "separators": (" ,", " : ")},
           {"ensure_ascii": False}, {"indent": 3, "ensure_ascii": False}]:
    print(kw, json.dumps(data, **kw))
print(json.dumps({"b": 1, "a": {"d": 1, "c": [{"f": 1, "e": 2}]}}, sort_keys=True, indent=2))
print(json.dumps({2: "a", 1: "b"}, sort_keys=True), json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
for bad in [{(1, 2): 3}, {b"k": 1}, {frozenset(): 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps(bad, skipkeys=True), json.dumps(dict(bad, ok=1), skipkeys=True, indent=1))
for bad in [set(), b"x", object, 1j]:
    try:
        json.dumps([bad])
    except TypeError as e:
        print("TypeError:", e)
circ = []
circ.append(circ)
d = {}
d["self"] = d
for c in (circ, d, [d]):
    try:
        json.dumps(c)
    except ValueError as e:
        print("ValueError:", e)
shared = [1]
print(json.dumps([shared, shared, {"s": shared}]))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1}], cls=Enc), json.dumps(Point(0, 0), cls=Enc, indent=1))
print(json.dumps({"p": Point(5, 6)}, default=lambda o: [o.x, o.y]))
loop = Point(0, 0)
try:
    json.dumps(loop, default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
try:
    Enc().encode(object())
except TypeError as e:
    print("TypeError:", e)
e = json.JSONEncoder(indent=2)
print(repr(e.item_separator), repr(e.key_separator), e.indent, e.sort_keys, e.skipkeys, e.ensure_ascii,
      e.check_circular, e.allow_nan)
e2 = json.JSONEncoder()
print(repr(e2.item_separator), repr(e2.key_separator), e2.encode("x"), e2.encode({"a": [1]}))
print("".join(e2.iterencode({"a": [1, 2]})), "".join(e.iterencode([1, {"k": []}])))
buf = io.StringIO()
try:
    json.dump([1, "two", {"three": 3, "four": object()}], buf)
except TypeError as exc:
    print("TypeError:", exc, repr(buf.getvalue()))
print("".join(json.JSONEncoder(sort_keys=True).iterencode({"b": 1, "a": 2}, _one_shot=True)))


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1]), MyDict(a=1), (1,), {MyStr("k"): MyInt(1)}]))
print(json.dumps({MyFloat(1.5): 1, MyInt(7): 2}))
print(json.dumps("x" * 3, indent=4), json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=2))
import io
buf = io.StringIO()
json.dump({"a": [1, 2, 3], "b": None}, buf, indent=1, sort_keys=True)
print(buf.getvalue())
buf = io.StringIO('{"x": [true, false]}')
print(json.load(buf), json.load(io.StringIO("[1]"), object_hook=dict))
print(sorted(json.__all__), json.__version__)
print(json.dumps(json.loads('{"a": [1, 2.5, "é", null, true]}'), ensure_ascii=False))
print(json.decoder.JSONArray, json.decoder.JSONObject) if False else None

for o in [{"a": [1, 2]}, [1, {"k": [], "j": 2, "m": {"z": "s"}}, [3, [4]], "x", None], {}, [], {"a": 1, "b": {}}]:
    for ind in [None, 2]:
        print(list(json.JSONEncoder(indent=ind).iterencode(o)))
