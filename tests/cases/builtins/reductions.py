# min, max, sum, abs, any, all, sorted with keys and defaults.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('abc'), min('b', 'a', key=str.upper), max([], default='empty'))
print(max([(1, 'b'), (1, 'a')]), min({'x': 3, 'y': 1}, key=lambda k: {'x': 3, 'y': 1}[k]), max([1, 3, 3], key=lambda v: -v))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(range(101)), sum([0.1, 0.2]), sum([]), sum([], start=5))
print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 70), abs(True))
print(any([]), all([]), any([0, None, '']), any([0, 1]), all([1, 'a']), all([1, 0]))
for bad in (lambda: min([]), lambda: max(), lambda: sum(['a', 'b']), lambda: min(1, 'a'), lambda: abs('x')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
