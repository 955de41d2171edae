# References held by arguments: the caller's binding and the callee's parameter.
import sys
def count(arg):
    return sys.getrefcount(arg)
def count_twice(a, b):
    return sys.getrefcount(a)
def count_star(*args):
    return sys.getrefcount(args[0])
def count_kw(**kw):
    return sys.getrefcount(kw['k'])
g = []
print('global passed', count(g))
print('temporary passed', count([]))
print('same object twice', count_twice(g, g))
print('via *args', count_star(g))
print('via **kwargs', count_kw(k=g))
def chain(x):
    return count(x)
print('passed down two calls', chain(g))
def default(d=[]):
    return sys.getrefcount(d)
print('default value', default())
print('default overridden', default(g))
