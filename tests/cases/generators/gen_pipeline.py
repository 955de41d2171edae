# Chained generator pipelines.
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v
def squared(src):
    for v in src:
        yield v * v
def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v
print(list(take(5, squared(evens(numbers(10 ** 9))))))
print(sum(squared(evens(numbers(1000)))))
def windows(seq, k):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(windows(range(6), 3)))
print(list(zip(numbers(3), 'abc', evens(numbers(100)))))
