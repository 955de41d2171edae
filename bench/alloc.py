# Allocation-heavy: building and dropping many small tuples, lists, dicts and instances.
class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def linked(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    total = 0
    while head is not None:
        total += head.value
        head = head.next
    return total

def tuples(n):
    acc = 0
    for i in range(n):
        t = (i, i + 1, (i, i * 2))
        acc += t[2][1] - t[0]
    return acc

def lists(n):
    acc = 0
    for i in range(n):
        lst = [i, i, i]
        lst.append(len(lst))
        acc += lst[-1] + lst[0] % 7
    return acc

def dicts_and_points(n):
    acc = 0
    for i in range(n):
        d = {'x': i, 'y': i + 1}
        p = Point(d['x'], d['y'])
        acc += p.y - p.x
    return acc

def tree(depth):
    if depth == 0:
        return None
    return [tree(depth - 1), tree(depth - 1)]

def count(t):
    if t is None:
        return 1
    return count(t[0]) + count(t[1])

print(linked(600000))
print(tuples(900000))
print(lists(900000))
print(dicts_and_points(600000))
print(sum(count(tree(14)) for _ in range(8)))
