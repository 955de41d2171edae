# An exception in a finally block chains onto the one being propagated.
def work():
    try:
        return [][0]
    finally:
        cleanup()

def cleanup():
    raise RuntimeError('cleanup failed')

work()
