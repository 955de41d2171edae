# Cycle-heavy allocation: 1,000,000 reference cycles made and dropped in a loop, reclaimed only by
# the collector's automatic collections (peak memory stays bounded, as in CPython).
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.other = None


def churn(n):
    for i in range(n):
        a = Node(i)
        b = Node(i)
        a.other = b
        b.other = a
    return n


gc.collect()
print(churn(1000000))
stats = gc.get_stats()
print(stats[0]["collections"] > 0, sum(s["collected"] for s in stats) > 1900000)
