# A traceback from `mnemo -` (program on stdin): the file is "<stdin>".
def fail(items):
    return items[3]
fail([1, 2])
