# Tuples as dict keys and their hashes.
d = {(1, 2): 'a', (1, (2, 3)): 'b'}
print(d[(1, 2)], d[1, (2, 3)], hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash((1, 2)), hash(()), hash((1,)), hash((-1, -2)))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
try:
    {([1],): 1}
except TypeError as e:
    print('TypeError:', e)
