# Example 4 (unfenced) of seeds/001_7e4ff41e4f75ebf5.txt, extracted by scripts/gen_parse_cases.py.
gc.disable() # Disable the garbage collector # Perform memory-intensive operations gc.enable() # Re-enable the garbage collector
