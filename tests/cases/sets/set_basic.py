# set creation, add/remove/discard/pop, membership.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s)
s.add(4); s.add(1)
s.discard(10)
s.remove(3)
print(sorted(s), set(), set('aab') == {'a', 'b'}, set([1, 1, 2]), set(range(5)))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print('KeyError:', e)
print({1, 2} == {2, 1}, {1} != {1, 2}, {1.0, 1, True}, {0, False})
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
print({1, 2, 3}, {0, 5, 7}, set([5, 4, 3, 2, 1]))
c = s.copy(); c.clear()
print(c, sorted(s))
print(sorted({x % 4 for x in range(20)}))
