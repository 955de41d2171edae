# Example 2 (unfenced) of seeds/000_77660ae18a97e83a.txt, verbatim (same as tests/parse/valid/seed_000_02_gc.py).
import gc
gc.collect() # Forces garbage collectionGlobal Interpreter Lock (GIL) and Its Impact
