# Run as `mnemo -` with this file on stdin: sys.argv is ['-'].
import sys
print(sys.argv, __name__)
def f(n):
    return n * 2
print(f(21))
