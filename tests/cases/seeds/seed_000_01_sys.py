# Example 1 (unfenced) of seeds/000_77660ae18a97e83a.txt, verbatim (same as tests/parse/valid/seed_000_01_sys.py).
import sys
a = "Python Memory Management"
print(sys.getrefcount(a)) # Outputs the reference countGarbage Collection for Cyclic References
