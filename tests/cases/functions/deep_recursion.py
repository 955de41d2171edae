# With a raised limit, 50,000-deep Python recursion works.
import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(50000))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(20000)
n = 0
while x:
    x = x[0]
    n += 1
print(n)
