# An uncaught exception whose str is empty, raised inside a nested call.
def check(items):
    if not items:
        raise IndexError

check([1])
check([])
