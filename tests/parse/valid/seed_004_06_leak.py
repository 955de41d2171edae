# Example 6 (fenced) of seeds/004_3521acaed918f488.txt, extracted by scripts/gen_parse_cases.py.
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
