# Example 5 (fenced) of seeds/004_3521acaed918f488.txt, extracted by scripts/gen_parse_cases.py.
import sys

def memory_usage():
    import os, psutil
    process = psutil.Process(os.getpid())
    return process.memory_info().rss

print(f"Memory usage: {memory_usage()} bytes")
