# Left-to-right evaluation: operands, arguments, displays, assignments, comparisons.
def v(tag, value=None):
    print('eval', tag)
    return tag if value is None else value
print(v('a', 1) + v('b', 2) * v('c', 3))
def f(*args, **kwargs):
    return args, kwargs
f(v('p1'), v('p2'), k=v('kw'), **{v('dk'): v('dv')})
d = {v('k1'): v('v1'), v('k2'): v('v2')}
l = [v('e1'), v('e2')]
x = {}
x[v('subscript')] = v('rhs')
a = b = v('chained')
print(v('c1', 1) < v('c2', 2) < v('c3', 3))
v('obj', x)[v('key')] = v('value')
print(v('cond', True) and v('then'), v('alt', 0) or v('other'))
print(v('t', 1) if v('test', False) else v('e', 2))
