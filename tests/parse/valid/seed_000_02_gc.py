# Extracted from seeds/000_77660ae18a97e83a.txt (unfenced example 2) by scripts/gen_parse_cases.py.
import gc
gc.collect() # Forces garbage collectionGlobal Interpreter Lock (GIL) and Its Impact
