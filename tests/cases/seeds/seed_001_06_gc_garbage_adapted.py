# An unfenced example of seeds/001_7e4ff41e4f75ebf5.txt, adapted: the article runs two statements
# together on one line ("unreachable_objects = gc.garbage print(unreachable_objects)"); here they
# are on two lines, after the article's gc.collect()/gc.disable()/gc.enable() lines.
import gc
gc.collect()
gc.disable() # Disable the garbage collector
gc.enable() # Re-enable the garbage collector
unreachable_objects = gc.garbage
print(unreachable_objects)
