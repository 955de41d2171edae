# DEBUG_STATS prints the collector's report on stderr (its last line is compared).
import gc

gc.collect()
gc.set_debug(gc.DEBUG_STATS)
x = []
x.append(x)
del x
n = gc.collect()
gc.set_debug(0)
print(n)
import sys

# The report's last line holds the elapsed time; end with a line of our own.
sys.stderr.write("end of report\n")
