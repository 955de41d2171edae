# Example 1 (unfenced) of seeds/001_7e4ff41e4f75ebf5.txt, extracted by scripts/gen_parse_cases.py.
import gc # Force a garbage collection cycle gc.collect()
