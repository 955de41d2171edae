# print with sep, end, file and flush.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='-')
print('a', 'b', sep='')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep=', ', end='!\n')
print(1, 2.5, None, True, [1, 'two'], {'k': (3,)})
print('to stdout', file=sys.stdout, flush=True)
print('to stderr', file=sys.stderr)
print(*range(5))
print(*[], sep='x')
print('end', sep=None, end=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('captured', 42, file=w)
print(w.parts)
