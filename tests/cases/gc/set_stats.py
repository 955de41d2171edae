# gc.set_stats (a name used in one of the seeds) does not exist.
import gc

try:
    gc.set_stats(700, 10, 10)
except AttributeError as e:
    print(e)
print(hasattr(gc, "get_stats"), hasattr(gc, "set_stats"))
