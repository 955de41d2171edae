# A bare re-raise keeps the original traceback and adds the frames it passes through.
def inner():
    return {}['key']

def middle():
    try:
        inner()
    except KeyError:
        print('logging and re-raising')
        raise

def outer():
    middle()

outer()
