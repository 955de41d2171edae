# sys.setrecursionlimit changes where RecursionError happens.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0))
sys.setrecursionlimit(5000)
print(depth(0))
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print('TypeError:', e)
