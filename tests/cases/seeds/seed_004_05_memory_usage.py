# Example 5 (fenced) of seeds/004_3521acaed918f488.txt, verbatim (same as tests/parse/valid/seed_004_05_memory_usage.py).
# Imports os (not a feature of the runtime issue) before psutil: CPython fails on psutil.
import sys

def memory_usage():
    import os, psutil
    process = psutil.Process(os.getpid())
    return process.memory_info().rss

print(f"Memory usage: {memory_usage()} bytes")
