# An unfenced example of seeds/001_7e4ff41e4f75ebf5.txt, adapted: the article's one line puts
# gc.set_stats(...) inside a comment; here the call is a statement, which CPython rejects with an
# AttributeError (the function is gc.set_threshold).
import gc # Set the thresholds for the garbage collector
gc.set_stats(700, 10, 10) # Example values for tuning
