# Closures capture variables, not values.
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def make():
    out = []
    for i in range(3):
        out.append(lambda: i * 10)
    i = 99
    return out
print([f() for f in make()])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
