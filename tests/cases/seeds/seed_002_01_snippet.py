# Example 1 (fenced) of seeds/002_a93e45387ecf14fe.txt, verbatim (same as tests/parse/valid/seed_002_01_snippet.py).
x = [1, 2, 3]  # A list is created in memory, reference count = 1
y = x          # Reference count = 2 (x and y point to the same object)
del x          # Reference count = 1 (only y points to the object)
del y          # Reference count = 0 (object is deallocated)
