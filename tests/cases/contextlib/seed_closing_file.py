# Example of seeds/001_7e4ff41e4f75ebf5.txt (contextlib.closing around open()), adapted: the
# article reads 'file.txt' without creating it, so the case writes it first, and prints
# what it read and that the file was closed.
from contextlib import closing

with open('file.txt', 'w') as out:
    out.write('memory management\n')

with closing(open('file.txt')) as f:
    data = f.read()

print(repr(data), f.closed)
import os
os.remove('file.txt')
