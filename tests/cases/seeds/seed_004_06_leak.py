# Example 6 (fenced) of seeds/004_3521acaed918f488.txt, verbatim (same as tests/parse/valid/seed_004_06_leak.py).
class Leak:
    def __init__(self):
        self.ref = self

leak = Leak()
del leak

# Fix by breaking the cycle
class NoLeak:
    def __init__(self):
        self.ref = None

no_leak = NoLeak()
del no_leak
