# Reading a local before assignment raises UnboundLocalError.
count = 10
def f():
    print(count)
    count = 1
f()
