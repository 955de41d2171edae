# Dict and set displays, with ** and * unpacking.
a = {}
b = {1: 2}
c = {1: 2, 3: 4,}
d = {'a': 1, **other}
e = {**first, **second}
f = {**first, 'k': 'v', **second, 'z': 0}
g = {1}
h = {1, 2, 3,}
i = {*x, *y}
j = {1, *rest}
k = {(1, 2): [3, 4], None: {5: 6}}
l = {x: y for x, y in z}
m = {
    'multi': 1,
    'line': 2,
}
n = {**{'nested': 1}}
o = {f(x): g(y)}
p = {a if b else c: d}
q = {lambda: 1: 2}
r = {**a}
s = {*a}
