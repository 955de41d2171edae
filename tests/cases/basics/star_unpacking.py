# Extended unpacking and star expressions in displays and calls.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
[x, *ys] = (9,)
print(x, ys)
print([*range(3), *'ab', 0])
print((*[1, 2], 3))
print({*[1, 2], 2, 3} == {1, 2, 3})
print({**{'a': 1}, 'b': 2, **{'a': 3}})

def f(*args, **kwargs):
    return args, kwargs

print(f(*[1, 2], 3, *(4,), **{'k': 1}, j=2))
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
