# Example 3 (fenced) of seeds/004_3521acaed918f488.txt, verbatim (same as tests/parse/valid/seed_004_03_node.py).
class Node:
    def __init__(self, value):
        self.value = value
        self.ref = None

n1 = Node(1)
n2 = Node(2)

n1.ref = n2
n2.ref = n1

# Even though we delete the references, the objects are not freed immediately due to the cycle
del n1
del n2
