# Reference counts at the prompt (refcounts.in): each input line is its own code object, so a literal belongs to its line and is released with it; interned strings count as in CPython.
