# Example 2 (unfenced) of seeds/000_77660ae18a97e83a.txt, extracted by scripts/gen_parse_cases.py.
import gc
gc.collect() # Forces garbage collectionGlobal Interpreter Lock (GIL) and Its Impact
