# f-strings: expressions, conversions, specs, nesting, = debugging.
name = 'World'
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f'Hello, {name}!', f'{n + 1}', f'{items[1]}', f"{'nested'}", f'{{literal}}')
print(f'{name!r}', f'{name!s}', f'{"é"!a}', f'{n:5}|', f'{n:<5}|', f'{n:^5}|', f'{n:05}')
print(f'{pi:.2f}', f'{pi:10.3f}|', f'{pi:e}', f'{n:x}', f'{n:#o}', f'{n:b}', f'{n:,}', f'{10**7:_}')
width, prec = 10, 3
print(f'{pi:{width}.{prec}f}|', f'{name:>{width}}|')
print(f'{n=}', f'{pi = :.1f}', f'{name!r:>8}')
print(f'{"a" if n > 0 else "b"}', f'{[x * 2 for x in items]}', f'{ {"k": 1}["k"] }')
print(f'multi' f'{n}' 'plain')
class P:
    def __format__(self, spec):
        return f'P<{spec}>'
print(f'{P():abc}', f'{P()}', format(P(), 'xyz'))
print(f'{3.0}', f'{1e20}', f'{None}', f'{True:d}', f'{-0.0}')
