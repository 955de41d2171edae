# Iterating over sys.stdin line by line.
import sys
total = 0
for line in sys.stdin:
    total += int(line)
    print('read', line.strip())
print('total', total)
