# Example 4 (unfenced) of seeds/001_7e4ff41e4f75ebf5.txt, verbatim (same as tests/parse/valid/seed_001_04_gc_disable.py).
gc.disable() # Disable the garbage collector # Perform memory-intensive operations gc.enable() # Re-enable the garbage collector
