# globals() and locals().
g = globals()
print(g['__name__'], '__builtins__' in g, 'g' in g)
g['injected'] = 'via globals()'
print(injected)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g2():
    return sorted(locals())
print(g2())
class K:
    x = 1
    names = sorted(n for n in locals() if not n.startswith('__'))
print(K.names)
print(sorted(k for k in locals() if not k.startswith('__'))[:3], locals() is globals())
