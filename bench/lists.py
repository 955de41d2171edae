# List work: comprehensions, indexing, slicing, append/pop, sort with keys, in-place updates.
n = 1000000
data = [(i * 7919) % 100003 for i in range(n)]
print(sum(data), max(data), min(data))

evens = [x for x in data if x % 2 == 0]
print(len(evens), evens[:3])

data.sort()
print(data[0], data[n // 2], data[-1])
by_digit = sorted(data[:300000], key=lambda x: (x % 10, -x))
print(by_digit[:3], by_digit[-1])

stack = []
for x in data[:600000]:
    if x % 3 == 0 and stack:
        stack.pop()
    else:
        stack.append(x)
print(len(stack), stack[-1])

matrix = [[i * j for j in range(300)] for i in range(300)]
transposed = [[row[i] for row in matrix] for i in range(300)]
print(sum(sum(r) for r in transposed), transposed[7][9])

window = data[1000:1100]
acc = 0
for i in range(20000):
    acc += sum(window[i % 50:i % 50 + 10])
    window[i % 100] = (window[i % 100] + i) % 1000
print(acc)
rev = data[::-1]
print(rev[:2], data.index(rev[-1]), data.count(data[100]))
