# json.dumps: byte-identical output for nested structures, indent, sort_keys, separators,
# ensure_ascii, non-string keys, default=, custom encoders, and its errors.
import json
from collections import OrderedDict

data = {
    "name": "mnemo",
    "version": [0, 1, 2],
    "ratio": 0.1,
    "big": 10 ** 30,
    "neg": -7.25e-12,
    "flags": {"on": True, "off": False, "none": None},
    "nested": [[1, [2, [3, {}]]], {"x": []}, (4, 5)],
    "text": "tab\there \"quoted\" back\\slash \u00e9 \u4e2d \U0001f600 \x00\x1f\x7f",
    3: "int key",
    2.5: "float key",
    True: "bool key",
    None: "none key",
}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, separators=(',', ': '), ensure_ascii=False))
print(json.dumps(data, indent='\t'))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps({"b": 1, "a": [3, 2, {"d": 0, "c": 1}]}, sort_keys=True, indent=1))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
for v in [0, -0.0, 1e16, 1e-7, 123456789.123, 3.0, float('inf'), float('-inf'), float('nan'),
          "", "a", [1, "2"], 10 ** 25, True, None, (1,)]:
    print(json.dumps(v))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])))
print(json.dumps({'skip': 1, (1, 2): 'tuple key'}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')


print(json.dumps([Point(1, 2), Point(3, [4])], default=encode_point))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder))
print(SetEncoder(indent=1).encode({'f': frozenset([2, 1])}))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


print(json.dumps([MyInt(5), MyFloat(1.5), True]))


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


t(lambda: json.dumps(Point(1, 2)))
t(lambda: json.dumps({(1, 2): 3}))
t(lambda: json.dumps(float('nan'), allow_nan=False))
t(lambda: json.dumps([float('inf')], allow_nan=False))
t(lambda: json.dumps({1j: 1}))
t(lambda: json.dumps(b'bytes'))
t(lambda: json.dumps({'s': {1}}))
loop = []
loop.append(loop)
t(lambda: json.dumps(loop))
d = {}
d['d'] = d
t(lambda: json.dumps(d))
t(lambda: json.dumps(loop, check_circular=False) if False else 'skipped')
t(lambda: json.dumps([1], indent=-1))
