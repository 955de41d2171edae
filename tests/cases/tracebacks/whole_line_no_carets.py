# When the failing expression spans the whole line, no caret line is printed.
def fail():
    raise ValueError('explicit raise has no carets')

def call_it():
    fail()

call_it()
