# A closure keeps its own cell per call of the outer function.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
a = make_counter()
b = make_counter(100)
print(a(), a(), a(5), b(), a())
print(a.__closure__[0].cell_contents, type(a.__closure__[0]).__name__, a.__code__.co_freevars)
print(make_counter.__code__.co_cellvars, make_counter.__closure__)
