# A literal used at module level and inside a function is one constant held by both code objects.
import sys
s = 'shared literal text'
print(sys.getrefcount(s))
def f():
    t = 'shared literal text'
    return sys.getrefcount(t)
print(f())
def g():
    u = 'only in g, a long phrase'
    return sys.getrefcount(u)
print(g())
