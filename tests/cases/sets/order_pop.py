# set.pop() takes from a finger that moves on, and clear() keeps it.
s = set(range(20))
print([s.pop() for _ in range(5)], s)
s.add(0); s.add(1); s.add(100)
print(s.pop(), s.pop(), s)
while s:
    v = s.pop()
    if v % 3 == 0:
        s.discard(v + 1)
    print(v, end=' ')
print()
t = {64, 1, 128, 2, 33}
print(t.pop(), t.pop(), t)
t.clear()
t.update([5, 6, 7, 1])
print(t.pop(), t)
u = set(range(0, 1000, 7))
popped = [u.pop() for _ in range(30)]
print(popped)
print(len(u), list(u)[:10])
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
