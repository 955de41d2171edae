# Extracted from seeds/001_7e4ff41e4f75ebf5.txt (unfenced example 3) by scripts/gen_parse_cases.py.
import gc # Set the thresholds for the garbage collector gc.set_stats(700, 10, 10) # Example values for tuning
