# The Node cycle and Leak/NoLeak examples of the seeds, with what the collector finds.
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


gc.collect()
node1 = Node(1)
node2 = Node(2)
node1.next = node2
node2.next = node1
del node1, node2
print("Node cycle:", gc.collect())


class Leak:
    def __init__(self):
        self.ref = self


leak = Leak()
del leak
print("Leak:", gc.collect())


class NoLeak:
    def __init__(self):
        self.ref = None


no_leak = NoLeak()
del no_leak
print("NoLeak:", gc.collect())
