# Decorators: plain, with arguments, stacked, on classes.
def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('ret', result)
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
def times(n):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco
@trace
def add(a, b=1):
    return a + b
add(2, b=3)
@times(3)
@trace
def hello(name):
    return 'hi ' + name
print(hello('bob'))
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class Plugin:
    pass
print(registry, add.__name__)
order = []
def mark(tag):
    order.append('make ' + tag)
    def d(f):
        order.append('apply ' + tag)
        return f
    return d
@mark('a')
@mark('b')
def marked():
    pass
print(order)
