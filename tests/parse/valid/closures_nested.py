# Nested functions and classes, closures, recursion.
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    class View:
        def get(self):
            return count

    return increment, reset, View()


def fib(n):
    def go(a, b, k):
        return a if k == 0 else go(b, a + b, k - 1)
    return go(0, 1, n)


def decorator_factory(tag):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            print(tag)
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator
