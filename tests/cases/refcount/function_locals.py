# References held by a function's local variables.
import sys
def f():
    x = []
    print('one local', sys.getrefcount(x))
    y = x
    print('two locals', sys.getrefcount(x))
    z = [x, x]
    print('plus two list slots', sys.getrefcount(x))
    del z
    print('list freed', sys.getrefcount(x))
    y = 0
    print('alias rebound', sys.getrefcount(x))
    return x
r = f()
print('returned and bound', sys.getrefcount(r))
def make():
    return {}
print('temporary result', sys.getrefcount(make()))
def nested():
    obj = []
    def peek():
        return sys.getrefcount(obj)
    return sys.getrefcount(obj), peek()
print('cell variable', nested())
