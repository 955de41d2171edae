# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)

def define_global():
    global made_here
    made_here = 'yes'
define_global()
print(made_here)

def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'changed by inner'
    inner()
    return x
print(outer())

def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make()
print(acc(1), acc(10), acc(100))

x = 'global x'
def reader():
    return x
def shadow():
    x = 'local x'
    return x
print(reader(), shadow(), x)
