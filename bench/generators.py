# Generators: pipelines of generator functions and generator expressions, yield from, send.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def scaled(it, k):
    for x in it:
        yield x * k

def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

def flatten(nested):
    for chunk in nested:
        yield from chunk

def running_total():
    total = 0
    while True:
        x = yield total
        total += x

print(sum(scaled(evens(numbers(3000000)), 3)))
print(sum(len(c) for c in chunks(numbers(1500000), 7)))
print(sum(flatten(chunks(numbers(1000000), 5))))
print(sum(x * x for x in range(1500000) if x % 3))
acc = running_total()
next(acc)
last = 0
for i in range(1000000):
    last = acc.send(i)
print(last)
print(max(y for y in (x ^ 0x5A5A for x in range(1500000))))
