# RecursionError at the default limit of 1000, caught; the depth reached matches CPython.
import sys
print(sys.getrecursionlimit())
depth = 0
def down(n):
    global depth
    depth = n
    down(n + 1)
try:
    down(1)
except RecursionError as e:
    print('RecursionError:', e)
print(depth)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0))
print('still works after:', sum(range(10)))
