# A tour of the seed articles (../shared/seeds): each of their memory-management examples,
# run on mnemo's heap and printed with what it shows. Run it with mnemo (README's first
# command) or with python3 to compare: the output is the same except where noted.
import sys


def section(title):
    print()
    print("== " + title)


section("Reference counting: sys.getrefcount counts every reference, plus its argument")
a = []
b = a
c = a
print("a = []; b = a; c = a  ->", sys.getrefcount(a))
del b
print("del b                 ->", sys.getrefcount(a))
del c
print("del c                 ->", sys.getrefcount(a))
s = "Python Memory Management"
print("a string literal bound to a name:", sys.getrefcount(s),
      "(name + the code's constants + the parser's copy + the argument)")


def locals_and_args(arg):
    local = [1, 2, 3]
    return sys.getrefcount(local), sys.getrefcount(arg)


print("a function's local and its argument:", locals_and_args([]))
holder = [[]]
print("a list element:", sys.getrefcount(holder[0]))


class Box:
    pass


box = Box()
box.content = []
print("an attribute:", sys.getrefcount(box.content))

section("Small ints are cached (-5..256); larger ones made at run time are new objects")
a = 256
b = 256
print("a = 256; b = 256; a is b ->", a is b)
x = 1000
y = 1000
print("x = 1000; y = 1000; x is y ->", x is y, "(equal constants in one script are one object)")
n = int("1000")
m = int("1000")
print("int('1000') is int('1000') ->", n is m)
big = 10 ** 4 // 10
print("a 1000 computed at run time is x ->", big is x)

section("Interning: identifier-like string constants are shared; sys.intern shares the rest")
u = "hello"
v = "hel" + "lo"
print("'hello' is 'hel' + 'lo' ->", u is v)
w = "".join(["hel", "lo"])
print("a string built at run time is a new object ->", u is w)
print("sys.intern makes it the shared one ->", sys.intern(w) is u)

section("Reference cycles: refcounting alone cannot free them")


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


node1 = Node(1)
node2 = Node(2)
node1.next = node2
node2.next = node1
print("node1 -> node2 -> node1: each is held by the other and a name:",
      sys.getrefcount(node1) - 1, "references to node1")
del node1, node2
print("after del: the cycle is unreachable; the cyclic collector (gc module) reclaims it")

section("__del__ runs the moment the last reference goes")


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__ of", self.name)


t = Noisy("t")
print("dropping t:")
del t
print("rebinding a name:")
t = Noisy("first")
t = Noisy("second")
del t

section("Sizes: sys.getsizeof reports the bytes of each object (mnemo's own layout)")
my_list = [1, 2, 3, 4]
print("a 4-item list is larger than an empty one:", sys.getsizeof(my_list) > sys.getsizeof([]))
print("a tuple is smaller than the list of the same items:",
      sys.getsizeof((1, 2, 3, 4)) < sys.getsizeof(my_list))

section("Generators keep one item in memory at a time")


def count_up_to(n):
    for i in range(n):
        yield i


total = 0
for number in count_up_to(1000000):
    total += number
print("sum of a million numbers, never all in memory:", total)

section("tracemalloc: which line allocated the memory (sizes are each interpreter's own bytes)")
import tracemalloc

tracemalloc.start()
x = [i for i in range(1000000)]
current, peak = tracemalloc.get_traced_memory()
print("a million-int list is traced:", current > 8_000_000, "and the peak is at least as high:",
      peak >= current)
snapshot = tracemalloc.take_snapshot()
top_stats = snapshot.statistics('lineno')
line = top_stats[0].traceback[0].lineno
with open(__file__) as source:
    print("the top statistic points at:", source.read().splitlines()[line - 1].strip())
tracemalloc.stop()
del x, snapshot, top_stats

section("The GIL: one thread runs Python code at a time; blocking calls let the others run")
import threading
import time

counter = 0
counter_lock = threading.Lock()


def add_many():
    global counter
    for _ in range(100000):
        with counter_lock:
            counter += 1


workers = [threading.Thread(target=add_many) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("4 threads x 100,000 increments under a Lock:", counter)
started = time.perf_counter()
sleepers = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(4)]
for w in sleepers:
    w.start()
for w in sleepers:
    w.join()
print("4 threads sleeping 0.2 s finish together (the GIL is released while they sleep):",
      time.perf_counter() - started < 0.6)

section("Third-party packages are not part of mnemo")
try:
    import numpy as np
except ModuleNotFoundError as e:
    print("import numpy ->", type(e).__name__ + ":", e)
